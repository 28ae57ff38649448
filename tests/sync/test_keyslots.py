"""Key slots of the encrypted database: each operator's password opens the same key, a wrong one or an unknown
name does not (after the same work), removing a slot locks that person out, the escrow key recovers it."""

import os

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from jamsos_desktop.sync import keyslots
from jamsos_desktop.sync.envelope import x25519_raw
from jamsos_desktop.sync.keyslots import KeySlotError, KeySlots


def test_every_operator_opens_the_same_key_and_only_with_their_password(tmp_path):
    key = keyslots.new_database_key()
    slots = KeySlots.create(key, office={"kelurahan_code": "21.71.02.1002", "name": "Kelurahan Sungai Jodoh"})
    slots.set_password(key, "admin", "rahasia123")
    slots.set_password(key, "ani", "anisandi123")
    slots.save(tmp_path / "jamsos.keys")
    loaded = KeySlots.load(tmp_path / "jamsos.keys")
    assert loaded.unlock("admin", "rahasia123") == key == loaded.unlock("ani", "anisandi123")
    assert loaded.unlock("ani", "rahasia123") is None and loaded.unlock("budi", "rahasia123") is None
    loaded.remove("ani")
    assert loaded.unlock("ani", "anisandi123") is None
    with pytest.raises(KeySlotError):
        loaded.set_password(keyslots.new_database_key(), "mallory", "x1234567")  # not this database's key
    if os.name == "posix":  # Windows has no file modes: the user profile's permissions protect it (safefile.py)
        assert (tmp_path / "jamsos.keys").stat().st_mode & 0o077 == 0


def test_the_escrow_key_recovers_the_database_key():
    key = keyslots.new_database_key()
    slots = KeySlots.create(key, office={})
    with pytest.raises(KeySlotError, match="no recovery slot"):
        slots.recover(X25519PrivateKey.generate())
    escrow = X25519PrivateKey.generate()
    slots.set_recovery(key, x25519_raw(escrow.public_key()))
    again = KeySlots.from_bytes(slots.to_bytes())
    assert again.recover(escrow) == key
    with pytest.raises(KeySlotError):
        again.recover(X25519PrivateKey.generate())


def test_a_swapped_or_edited_slot_does_not_open():
    key = keyslots.new_database_key()
    slots = KeySlots.create(key, office={})
    slots.set_password(key, "admin", "rahasia123")
    slots.slots["ani"] = dict(slots.slots["admin"])  # ani's name over admin's slot: the name is authenticated
    assert slots.unlock("ani", "rahasia123") is None
    slots.slots["admin"]["m"] = 10**9
    assert slots.unlock("admin", "rahasia123") is None
    for junk in (b"", b"{}", b'{"format": "lain"}', b"\xff"):
        with pytest.raises(KeySlotError):
            KeySlots.from_bytes(junk)


def test_a_slot_made_from_an_argon2id_password_hash_opens_with_the_password():
    from jamsos_desktop.services.passwords import hash_password

    key = keyslots.new_database_key()
    slots = KeySlots.create(key, office={})
    assert slots.set_from_hash(key, "ani", hash_password("anisandi123"))
    assert slots.from_hash("ani")
    again = KeySlots.from_bytes(slots.to_bytes())
    assert again.unlock("ani", "anisandi123") == key and again.unlock("ani", "anisandi124") is None
    scrypt_01 = "scrypt$16384$8$1$c2FsdA==$aGFzaA=="  # a version 0.1.0 hash: no slot can be made from it
    assert not slots.set_from_hash(key, "budi", scrypt_01) and "budi" not in slots.slots
    with pytest.raises(KeySlotError):
        slots.set_from_hash(keyslots.new_database_key(), "mallory", hash_password("x1234567"))
