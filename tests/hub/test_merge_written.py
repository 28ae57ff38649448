"""The register rows the merge hands to persons.follow (instead of follow reading them back) are exactly what
the database holds after the merge: new registrations, corrections (a new NIK), a delete never seen before
(a tombstone), and the rows written only in part (a delete of a stored row), which follow reads itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.hub import importer, persons
from jamsos_desktop.hub.service import Hub

from .conftest import import_bytes
from .helpers import BELIAN


def test_the_rows_handed_to_follow_are_the_rows_written(hub: Hub, make_office: Any, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    checked: list[tuple[dict[str, persons.Registration], dict[str, persons.Registration]]] = []
    merge = importer.merge_changes

    def merge_and_compare(conn: Any, **kw: Any) -> Any:
        result = merge(conn, **kw)
        written = kw["written"]
        checked.append((written, {r.participant_id: r for r in persons._registrations(conn, list(written))}))
        return result

    monkeypatch.setattr(importer, "merge_changes", merge_and_compare)
    office = make_office(BELIAN)
    made = office.register(4)
    import_bytes(hub, tmp_path / "1", office.bundle())
    office.outbox = []
    office.update(made[0]["id"], nik=office.new_records(1)[0]["nik"])  # a corrected NIK
    office.update(made[1]["id"], full_name="Siti Koreksi")
    office.delete(made[2]["id"], "meninggal")  # a stored row: written only in part
    unseen = office.new_records(1)[0]
    office.records[unseen["id"]] = unseen
    office.delete(unseen["id"], "pindah")  # never registered here: a tombstone, written whole
    office.register(1)
    report = import_bytes(hub, tmp_path / "2", office.bundle())
    assert [b.status for b in report.bundles] == ["imported"]
    first, second = checked
    assert first[0] == first[1] and len(first[0]) == 4
    assert second[0] == second[1]
    assert set(second[0]) == {made[0]["id"], made[1]["id"], unseen["id"], office.outbox[-1]["participant_id"]}
    assert made[2]["id"] not in second[0]  # follow reads the delete of the stored row itself
