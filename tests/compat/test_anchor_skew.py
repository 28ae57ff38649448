"""Version skew for anchored audit history (hub/anchors.py): the real v0.1.0 release against this version.

- A v0.1.0 office and this hub: its bundles carry no audit anchor; they are imported, nothing is anchored and
  nothing is flagged (no anchor is not a break), and `jamsos-hub check` stays clean.
- This office and a v0.1.0 hub (which announced nothing): the office never writes the `audit` field, so the
  strict v0.1.0 reader imports every bundle, the second (which would carry marks) too.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.sync.bundle import read_manifest
from jamsos_desktop.sync.bundlefile import read_bundle_file

from .previous import Release
from .test_trust_skew import BELIAN, OldHub, _enrol_with_old_hub, _ok, _old_office_enrolled, hub, new_office

__all__ = ["hub", "new_office"]  # the fixtures, shared with the trust skew tests


def test_a_v010_office_sends_no_anchor_and_is_not_flagged(previous_release: Release, hub: Hub,
                                                          tmp_path: Path) -> None:
    office, records = _old_office_enrolled(previous_release, hub, tmp_path)
    for i, part in enumerate((records[:2], records[2:])):
        office.register(part, tmp_path)
        stick = tmp_path / f"stick{i}"
        stick.mkdir()
        _ok(office.run("bundle", "export", "--to", str(stick)))
        assert "audit" not in read_manifest(read_bundle_file(next(stick.glob("*.jamsos"))))[0].extra
        assert hub.import_paths([stick]).totals()["accepted"] == len(part)
    with hub.store.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.audit_anchor)).scalar() == 0
    assert hub.anchors.breaks(days=90) == [] and [e.kind for e in hub.security_events()] == []


def test_this_office_never_sends_the_anchor_to_a_v010_hub(previous_release: Release, new_office: Services,
                                                          tmp_path: Path) -> None:
    old = OldHub(previous_release, tmp_path / "old-hub", tmp_path)
    _enrol_with_old_hub(old, new_office, tmp_path)
    for i in range(2):
        if i:
            new_office.participants.register_many(synthetic_records(1, seed=43, kelurahan_code=BELIAN))
        stick = tmp_path / f"stick{i}"
        stick.mkdir()
        exported = new_office.sync.export_bundle(stick)
        manifest = read_manifest(read_bundle_file(exported.path))[0]
        assert manifest.extra == {} and manifest.reads is None  # exactly the v0.1.0 manifest
        done = old.run("import", str(stick))
        assert done.returncode == 0 and "1 bundle diimpor" in done.stdout, done.stdout + done.stderr
