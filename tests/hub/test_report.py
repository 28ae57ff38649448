"""The coverage report: figures per kecamatan, kelurahan and category, quota, duplicates, silent offices."""

from __future__ import annotations

from pathlib import Path

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub.report_html import render_html
from jamsos_desktop.hub.service import Hub

from .conftest import import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG


def test_report_figures(hub: Hub, make_office, tmp_path: Path, clock) -> None:
    belian, uncang, quiet = make_office(BELIAN), make_office(TANJUNG_UNCANG), make_office(TANJUNG_UNCANG)
    people = belian.register(12)
    belian.delete(people[0]["id"])
    import_bytes(hub, tmp_path / "a", belian.bundle())
    uncang.register(5)
    uncang.register_record(people[1])
    import_bytes(hub, tmp_path / "b", uncang.bundle())
    hub.set_setting("quota", "100")
    clock.advance(days=20)
    uncang.register(1)
    import_bytes(hub, tmp_path / "c", uncang.bundle())

    report = hub.report()
    assert (report.total, report.quota, report.quota_percent) == (17, 100, 17.0)
    assert len(report.per_kecamatan) == len(batam().kecamatan) == 12
    assert len(report.per_kelurahan) == len(batam().kelurahan)
    kel = {k["code"]: k["count"] for k in report.per_kelurahan}
    assert (kel[BELIAN], kel[TANJUNG_UNCANG]) == (11, 6)
    kec = {k["name"]: k["count"] for k in report.per_kecamatan}
    assert (kec["Batam Kota"], kec["Batu Aji"], kec["Nongsa"]) == (11, 6, 0)
    cats = {c["code"]: c["count"] for c in report.per_category}
    assert sum(cats.values()) == 17 and set(default_categories().codes) <= set(cats)
    assert len(report.pending_duplicates) == 1
    assert report.pending_duplicates[0]["nik_masked"].count("*") == 8
    silent = {s["device_id"]: s for s in report.silent_offices}
    assert set(silent) == {belian.device_id, quiet.device_id}
    assert silent[quiet.device_id]["last_bundle_at"] is None and silent[belian.device_id]["days"] == 20
    # A device that never sent anything is flagged at once, whatever the number of days.
    assert [s["device_id"] for s in hub.report(silent_days=30).silent_offices] == [quiet.device_id]
    assert hub.report(quota=34).quota_percent == 50.0

    page = render_html(report)
    assert "Batam Kota" in page and "17</b> peserta aktif dari kuota <b>100" in page
    assert people[1]["nik"] not in page  # NIKs are masked on the page
