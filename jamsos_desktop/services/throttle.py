"""Sign-in throttling: after 5 wrong passwords for one user name, or on this PC as a whole, each further
attempt must wait, the wait doubling from 2 seconds up to 15 minutes. A correct sign-in clears the user's
count and the PC's.

Guessing through the app (the desktop window or a script calling `jamsos`) is therefore slow: 200 guesses
take days, not 9 seconds. The state is a small JSON file in the data folder, not the database, because the
database may not be writable (or, encrypted, not even readable) before someone has signed in. Deleting the
file resets the counts, but whoever can delete files there can copy the database too: against that, the
password hash cost and the encryption are the defence (docs/security.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FILE_NAME = "signin-attempts.json"
FREE_ATTEMPTS = 5
FIRST_WAIT_S = 2.0
MAX_WAIT_S = 15 * 60.0
MAX_USERS_KEPT = 200  # names typed at random must not grow the file without end


def wait_after(failures: int) -> float:
    """Seconds to wait after `failures` consecutive wrong passwords (0 for the first five)."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(FIRST_WAIT_S * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_S))


@dataclass
class _Count:
    failures: int = 0
    last: float = 0.0  # POSIX seconds of the last failure

    def remaining(self, now: float) -> float:
        return max(0.0, self.last + wait_after(self.failures) - now)


class SignInThrottle:
    def __init__(self, data_dir: Path, clock: Callable[[], dt.datetime]) -> None:
        self.path = data_dir / FILE_NAME
        self._clock = clock

    def _now(self) -> float:
        return self._clock().timestamp()

    def _load(self) -> tuple[_Count, dict[str, _Count]]:
        try:
            raw: Any = json.loads(self.path.read_text(encoding="utf-8"))
            pc = _Count(int(raw["pc"][0]), float(raw["pc"][1]))
            users = {str(k): _Count(int(v[0]), float(v[1])) for k, v in dict(raw["users"]).items()}
            return pc, users
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return _Count(), {}

    def _save(self, pc: _Count, users: dict[str, _Count]) -> None:
        newest = sorted(users.items(), key=lambda kv: kv[1].last, reverse=True)[:MAX_USERS_KEPT]
        data = {"pc": [pc.failures, pc.last], "users": {k: [v.failures, v.last] for k, v in newest}}
        tmp = self.path.with_name(self.path.name + ".tmp")
        with contextlib.suppress(OSError):  # a full disk must not stop a correct sign-in
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self.path)

    def wait_seconds(self, username: str) -> float:
        """How long `username` must still wait before the next attempt on this PC (0: go ahead)."""
        pc, users = self._load()
        now = self._now()
        return max(pc.remaining(now), users.get(username, _Count()).remaining(now))

    def failed(self, username: str) -> None:
        pc, users = self._load()
        now = self._now()
        user = users.setdefault(username, _Count())
        for count in (pc, user):
            count.failures += 1
            count.last = now
        self._save(pc, users)

    def succeeded(self, username: str) -> None:
        pc, users = self._load()
        if pc.failures or username in users:
            users.pop(username, None)
            self._save(_Count(), users)
