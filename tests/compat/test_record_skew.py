"""Participant records across versions, against the real v0.1.0 release.

v0.1.0's hub refuses any record key it does not know, so this version's office must send it exactly a v0.1.0
record (record schema 1), whatever fields this version added since; every field this version fills in must
still pass v0.1.0's rules.
"""

from __future__ import annotations

import json
from pathlib import Path

from jamsos_desktop.domain.registry import FIELDS
from jamsos_desktop.services import Services

from .previous import Release

ESCROW = {"JAMSOS_HUB_ESCROW_PASSPHRASE": "escrow-passphrase-for-tests"}


def _v010_hub(release: Release, folder: Path) -> tuple[list[str], Path]:
    base = ["--data-dir", str(folder / "hub"), "--db", f"sqlite:///{folder / 'hub.sqlite'}"]
    done = release.hub(*base, "init", "--name", "Hub Lama", "--escrow-out", str(folder / "escrow.pem"), env=ESCROW)
    assert done.returncode == 0, done.stderr
    identity = folder / "hub-identity.json"
    done = release.hub(*base, "identity", "--out", str(identity))
    assert done.returncode == 0, done.stderr
    return base, identity


def test_a_v010_hub_accepts_every_field_this_office_fills(previous_release: Release, services: Services,
                                                          tmp_path: Path, valid_record: dict) -> None:
    base, identity = _v010_hub(previous_release, tmp_path)
    enrolment = tmp_path / "enrolment.json"
    enrolment.write_bytes(services.sync.enrolment())
    done = previous_release.hub(*base, "enrol", str(enrolment), "--yes")
    assert done.returncode == 0, done.stderr
    services.sync.trust_hub(identity)
    # Every text field this version has, filled (the later ones the old hub has never heard of).
    full = {**valid_record, "kk_number": "2171020101200001", "email": "siti@contoh.com", "job": "Kader",
            "marital_status": "kawin", "declared_income": 1_500_000,
            "beneficiaries": [{"name": "Budi", "relationship": "suami", "phone": "081311112222",
                               "birth_date": "1978-01-02"}]}
    for spec in FIELDS:
        if spec.since > 1 and spec.widget is not None:
            full[spec.name] = "Isian versi baru"
    saved = services.participants.register(full)
    services.participants.approve([saved.id])
    stick = tmp_path / "stick"
    stick.mkdir()
    services.sync.export_bundle(stick)
    done = previous_release.hub(*base, "--json", "import", str(stick))
    assert done.returncode == 0, done.stdout + done.stderr
    totals = json.loads(done.stdout)["totals"]
    assert (totals["imported"], totals["accepted"], totals.get("rejected", 0)) == (1, 1, 0), done.stdout
