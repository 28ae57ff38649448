"""Format announcements at the hub: what each office reads decides what the hub writes to it; a later office's
additions are read, never refused ("next version" behaviour, by extending this version's formats in the test)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.bundle import read_manifest, write_bundle
from jamsos_desktop.sync.formats import READS
from jamsos_desktop.sync.hubkeys import read_hub_identity

from .conftest import import_bytes
from .helpers import BELIAN


def test_a_later_office_is_read_and_answered_in_what_both_read(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN, version="0.3.0")
    office.register(2)
    office.outbox[0]["record_schema"] = 3  # a change-line field of a later format
    later = {**READS, "manifest": 5, "receipt": 4, "transfer": 1}
    data = write_bundle(kind="changes", identity=office.identity, recipients=office.hub.recipients(),
                        kelurahan_code=BELIAN, records=office.outbox, previous=None, app_version="0.3.0",
                        reads=later, extra={"office_clock_ok": True})
    [bundle] = import_bytes(hub, tmp_path / "in", data).bundles
    assert bundle.status == "imported" and bundle.result.accepted == 2
    assert hub.device(office.device_id).reads == later  # type: ignore[union-attr]
    [receipt] = hub.issue_receipts(tmp_path / "out")
    assert read_manifest(receipt.data)[0].reads == READS  # the hub's own announcement
    assert [c.verdict for c in office.read_receipt(receipt.data).changes] == ["accepted"] * 2


def test_the_latest_message_decides_and_a_downgraded_office_gets_v010_again(hub: Hub, make_office, clock,
                                                                            tmp_path: Path) -> None:
    office = make_office(BELIAN, version="0.2.0")
    office.register(1)
    import_bytes(hub, tmp_path / "in1", office.bundle())
    assert read_manifest(hub.issue_receipts(tmp_path / "r1")[0].data)[0].reads == READS
    late = office.bundle()  # written now, carried in late on a stick
    clock.advance(minutes=5)
    office.app_version = "0.1.0"  # the office went back to the previous release
    office.register(1)
    import_bytes(hub, tmp_path / "in2", office.bundle())
    [answer] = hub.issue_receipts(tmp_path / "r2")
    assert read_manifest(answer.data)[0].reads is None  # exactly the v0.1.0 receipt
    import_bytes(hub, tmp_path / "in3", late)  # an older message never overrides a newer announcement
    assert hub.device(office.device_id).reads == {}  # type: ignore[union-attr]


def test_the_identity_file_announces_unless_written_for_v010(hub: Hub) -> None:
    assert read_hub_identity(hub.identity_file()).reads == READS
    assert read_hub_identity(hub.identity_file(previous_format=True)).reads is None
    assert b"reads" not in hub.identity_file(previous_format=True)


def test_enrolment_app_version_bridges_to_the_first_announcement(hub: Hub, make_office, tmp_path: Path,
                                                                 clock) -> None:
    office = make_office(BELIAN, version="0.2.0")
    office.app_version = "0.1.0"  # its first bundle says nothing (it had an old identity file) ...
    office.register(1)
    data = office.bundle()
    office.app_version = "0.2.0"
    clock.now += dt.timedelta(minutes=1)
    hub.enrol(hub.read_enrolment(office.enrolment()))  # ... but it re-enrolled as 0.2.0, a minute later
    assert hub.device(office.device_id).reads == {"manifest": 2}  # type: ignore[union-attr]
    import_bytes(hub, tmp_path / "in", data)  # the older bundle does not take that back
    assert hub.device(office.device_id).reads == {"manifest": 2}  # type: ignore[union-attr]
    assert read_manifest(hub.issue_receipts(tmp_path / "r")[0].data)[0].reads == READS
