"""The cost of every password-based key derivation in the app, and the one switch that makes it cheap for tests.

- Operator passwords (services/passwords.py): argon2id, OWASP 2024 minimum m=19 MiB, t=2, p=1.
- The hub's offline escrow key file (sync/escrowfile.py): argon2id m=256 MiB, t=3, p=4, since it guards
  every office's data and is opened only on the city office's offline PC.

THE SWITCH: with the environment variable JAMSOS_TEST_CHEAP_PASSWORDS=1 (set by the test suite's conftest,
inherited by its subprocesses) every derivation uses `TEST`, so thousands of test sign-ins stay fast. Each
stored hash or file records its own parameters, so a cheap one still opens later, and a password hash made
cheaply is replaced at the next sign-in without the variable. Tests assert the production figures
(tests/services/test_passwords.py, tests/sync/test_escrowfile.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

CHEAP_ENV = "JAMSOS_TEST_CHEAP_PASSWORDS"


@dataclass(frozen=True)
class Cost:
    time_cost: int
    memory_kib: int
    parallelism: int


PASSWORD = Cost(time_cost=2, memory_kib=19 * 1024, parallelism=1)
ESCROW = Cost(time_cost=3, memory_kib=256 * 1024, parallelism=4)
TEST = Cost(time_cost=1, memory_kib=64, parallelism=1)


def cheap() -> bool:
    return os.environ.get(CHEAP_ENV) == "1"


def password_cost() -> Cost:
    return TEST if cheap() else PASSWORD


def escrow_cost() -> Cost:
    return TEST if cheap() else ESCROW
