"""What a list of participants shows, and how it pages: the types the GUI and the CLI build, and
`ParticipantList`, the service that reads a page and its count (store/listing.py runs the query through the
driver; no face sees SQL or the store). It imports no SQLAlchemy: `jamsos list` and the desktop's list need none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from jamsos_desktop.store import listing as store

if TYPE_CHECKING:
    from jamsos_desktop.services.office import Office

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


def _with_moves(conn: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows, each moved participant's with the kelurahan it moved to (`moved_to`)."""
    moved = store.moved_map(conn, [r["id"] for r in rows])
    return [{**r, "moved_to": moved[r["id"]]} if r["id"] in moved else r for r in rows]


class ParticipantList:
    """Pages, searches and counts of the participant list (ParticipantService's `page`, `search`, `count` and
    `first_page` are these)."""

    def __init__(self, office: Office) -> None:
        self.office = office

    def page(self, flt: ListFilter | None = None, *, offset: int = 0, limit: int = PAGE_SIZE,
             order: Order = "full_name") -> list[dict[str, Any]]:
        """One page of list rows (summaries, NIK in full: the faces mask it)."""
        with self.office.db.reading() as conn:
            rows = store.list_summaries(conn, (flt or ListFilter()).criteria(), offset=offset, limit=limit,
                                        order=order)
            return _with_moves(conn, rows)

    def search(self, text: str, *, limit: int = 50) -> list[dict[str, Any]]:
        return self.page(ListFilter(text=text), limit=limit)

    def first_page(self, flt: ListFilter | None = None, *, cap: int, limit: int = PAGE_SIZE,
                   order: Order = "full_name") -> tuple[int, list[dict[str, Any]]]:
        """What a keystroke in the list needs, in one read: the count up to cap + 1 and the first page (a text
        search reads the full-text index once for both)."""
        with self.office.db.reading() as conn:
            found, rows = store.first_page(conn, (flt or ListFilter()).criteria(), cap=cap, limit=limit, order=order)
            return found, _with_moves(conn, rows)

    def count(self, flt: ListFilter | None = None, *, cap: int | None = None) -> int:
        """How many participants match; with `cap`, at most cap + 1 (more than cap: "lebih dari")."""
        with self.office.db.reading() as conn:
            return store.count(conn, (flt or ListFilter()).criteria(), cap=cap)

    def status_counts(self) -> dict[str, int]:
        """Live participants per status."""
        with self.office.db.reading() as conn:
            return store.status_counts(conn)
