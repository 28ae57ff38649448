"""The installed app's self-test (`--self-test`): every part a kelurahan PC needs, exercised once.

Opens a database in a temporary folder (migrations), registers a participant, exports the list to .xlsx and
reads it back (python-calamine's compiled reader must load in the frozen app), renders one card with its QR
token and two specimen cards on two processes, builds, verifies and decrypts one bundle with a throwaway hub
key, then checks the audit chain.
Used by the frozen build in CI and by a technician on a new PC.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from jamsos_desktop.cards import CardData, split
from jamsos_desktop.io import xlsx_calamine
from jamsos_desktop.services import Services
from jamsos_desktop.services.cards import SPECIMEN_SERIAL
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.store import migrate
from jamsos_desktop.sync.bundle import open_bundle
from jamsos_desktop.sync.bundlefile import read_bundle_file
from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file


def _two_process_cards(out: Path) -> None:
    """A large print run uses a second process (cards/split.py): in the frozen app that needs freeze_support() in
    the entry, which only a real child proves. Two specimen cards, one drawn by each process."""
    cards = [CardData(serial=SPECIMEN_SERIAL, participant_id=f"0000000{i}-0000-4000-8000-000000000000",
                      full_name=f"Uji Mandiri {i}", kpj_number=None, masked_nik="2171 **** **** 0000",
                      category_label="Uji", rt="001", rw="001", kelurahan_name="Uji", kecamatan_name="",
                      programs=("JKK", "JKM"), coverage="-", issue_date=dt.date(2026, 1, 1), provisional=False,
                      token="CONTOH-TIDAK-BERLAKU", specimen=True) for i in (1, 2)]
    if not split.render_split(cards, str(out), layout="single", cut=1, report=lambda done: None):
        raise RuntimeError("proses kedua untuk mencetak kartu tidak dapat berjalan")
    if not out.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("kartu dua proses tidak terbentuk")


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
        (record,) = synthetic_records(1, seed=1, kelurahan_code="21.71.02.1002")
        (saved,) = services.participants.register_many([record])
        saved_nik = record["nik"]
        say("pendaftaran peserta: ok")
        services.imports.export(folder / "peserta.xlsx")
        table = services.imports.read(folder / "peserta.xlsx")
        if not xlsx_calamine.available() or [r.cells[table.headers.index("NIK")] for r in table.rows] != [saved_nik]:
            raise RuntimeError("berkas Excel tidak terbaca dengan pembaca cepat (python-calamine)")
        say("ekspor dan baca Excel: ok")
        card = services.cards.print_cards([saved.id], folder / "kartu.pdf", layout="single")
        if card.cards != 1 or not card.path.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("kartu tidak terbentuk")
        say(f"kartu PDF dengan QR: ok ({card.path.stat().st_size:,} byte)")
        _two_process_cards(folder / "kartu-dua-proses.pdf")
        say("kartu dengan dua proses: ok")
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
