"""What a list of participants shows, and how it pages: the types the GUI and the CLI build and the services
turn into a query (store/participants.py runs it; no face sees SQL or the store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Order = Literal["full_name", "updated_at", "rt_rw"]
PAGE_SIZE = 200
COUNT_CAP = 1000
"""A list counts its matches up to this many (then says "lebih dari 1.000"): no keystroke counts a million rows."""


@dataclass(frozen=True)
class ListFilter:
    """Free text (any 3+ characters of a name, NIK, phone or address), status, category, RT/RW, chosen ids;
    deleted rows only on request."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    category: str = ""
    rt: str = ""
    rw: str = ""
    include_deleted: bool = False
    ids: tuple[str, ...] = field(default=())

    def criteria(self) -> dict[str, Any]:
        """The filter as the store's query criteria."""
        return {"text": self.text, "statuses": tuple(self.statuses), "category": self.category, "rt": self.rt,
                "rw": self.rw, "include_deleted": self.include_deleted, "ids": tuple(self.ids)}
