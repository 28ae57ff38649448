"""When HTTP sync tries again: the interval between rounds and the one retry policy after failures.

Apart from services/sync.py so the desktop's background uploader can be made without loading the storage layer
(issue 18: the main window's first page comes before SQLAlchemy).
"""

from __future__ import annotations

from dataclasses import dataclass

SYNC_INTERVAL_S = 5 * 60  # between rounds while the hub answers


@dataclass(frozen=True)
class Backoff:
    """The one retry policy for HTTP sync, used by the desktop's background uploader and by `jamsos sync`:
    wait `first_s` after the first failure, doubling each time, never more than `max_s`."""

    first_s: float = 30.0
    max_s: float = 15 * 60.0

    def delay_s(self, failures: int) -> float:
        return float(min(self.first_s * 2 ** max(failures - 1, 0), self.max_s))
