"""The installed app's self-test (`--self-test`): every part a kelurahan PC needs, exercised once.

Opens a database in a temporary folder (migrations), registers a participant, renders one card with its QR
token, builds, verifies and decrypts one bundle with a throwaway hub key, then checks the audit chain.
Used by the frozen build in CI and by a technician on a new PC.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.store import migrate
from jamsos_desktop.sync.bundle import open_bundle
from jamsos_desktop.sync.bundlefile import read_bundle_file
from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file


def run_self_test(say: Callable[[str], None], *, keep: Path | None = None) -> Path:
    """Run every step, reporting each with `say`; raises on the first failure. Returns the card PDF path."""
    folder = keep or Path(tempfile.mkdtemp(prefix="jamsos-selftest-"))
    office = open_office(folder / "office")
    try:
        say(f"basis data dan migrasi: ok (revisi {migrate.current_revision(office.db)})")
        initialize(office, kelurahan="21.71.02.1002", admin_username="uji", admin_password="ujicoba123",
                   approval_required=False)
        services = Services(office)
        services.auth.login("uji", "ujicoba123")
        (saved,) = services.participants.register_many(synthetic_records(1, seed=1, kelurahan_code="21.71.02.1002"))
        say("pendaftaran peserta: ok")
        card = services.cards.print_cards([saved.id], folder / "kartu.pdf", layout="single")
        if card.cards != 1 or not card.path.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("kartu tidak terbentuk")
        say(f"kartu PDF dengan QR: ok ({card.path.stat().st_size:,} byte)")
        hub, escrow = generate_hub_keys(), generate_escrow_key()
        (folder / "hub.json").write_bytes(hub_identity_file(hub, escrow_public=escrow.public_key(), name="Uji"))
        services.sync.trust_hub(folder / "hub.json")
        (folder / "stick").mkdir()
        exported = services.sync.export_bundle(folder / "stick")
        _, lines = open_bundle(read_bundle_file(exported.path), trusted_keys=services.sync.trusted_keys(),
                               decryption_key=hub.encryption_key)
        if [ln["participant_id"] for ln in lines] != [saved.id]:
            raise RuntimeError("isi bundel tidak sesuai")
        say("bundel bertanda tangan dan terenkripsi: ok")
        report = services.maintenance.check()
        if not report.ok:
            raise RuntimeError("; ".join(report.lines()))
        say("integritas dan jejak audit: ok")
        return card.path
    finally:
        office.close()
