"""Operator password hashes: argon2id at OWASP cost, in the standard PHC text form ($argon2id$v=19$m=...).

Hashes of older versions (scrypt N=2^14) and hashes made at a lower cost still verify, and `needs_rehash`
tells the sign-in to store a new hash at today's cost. The cost, and the switch that makes it cheap for the
test suite, live in one place: jamsos_desktop/kdfcost.py.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from jamsos_desktop.kdfcost import CHEAP_ENV, Cost
from jamsos_desktop.kdfcost import PASSWORD as PRODUCTION_COST
from jamsos_desktop.kdfcost import password_cost as current_cost

__all__ = ["CHEAP_ENV", "PRODUCTION_COST", "hash_password", "needs_rehash", "password_problem", "verify_nobody",
           "verify_password"]


def _hasher(cost: Cost | None = None) -> PasswordHasher:
    cost = cost or current_cost()
    return PasswordHasher(time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism,
                          hash_len=32, salt_len=16, type=Type.ID)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password: str, stored: str) -> bool:
    if stored.startswith("scrypt$"):
        return _verify_scrypt(password, stored)
    try:
        return _hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """True when the hash is of an older scheme or cheaper than today's cost (store a new one at sign-in).
    A hash dearer than today's (a production hash seen by the test suite) is left alone."""
    if not stored.startswith("$argon2id$"):
        return True
    try:
        params = extract_parameters(stored)
    except InvalidHashError:
        return True
    cost = current_cost()
    return params.memory_cost < cost.memory_kib or params.time_cost < cost.time_cost


_DUMMY: dict[Cost, str] = {}


def verify_nobody(password: str) -> bool:
    """Spend the same work as verifying a real account, then fail: an unknown or disabled user name takes as
    long to refuse as a wrong password, so timing does not tell which user names exist."""
    cost = current_cost()
    if cost not in _DUMMY:
        _DUMMY[cost] = _hasher(cost).hash("jamsos-no-such-user")
    verify_password(password, _DUMMY[cost])
    return False


def _verify_scrypt(password: str, stored: str) -> bool:
    """Hashes written by version 0.1.0: scrypt$N$r$p$salt$digest (base64)."""
    try:
        _, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def password_problem(password: str) -> str | None:
    """Why a new password is not acceptable, or None."""
    if len(password) < 8:
        return "Kata sandi minimal 8 karakter."
    if len(password) > 256:
        return "Kata sandi terlalu panjang (maksimal 256 karakter)."
    if password.isdigit() or password.isalpha():
        return "Kata sandi harus memuat huruf dan angka."
    return None
