"""Screenshots of the Kirim Data page, the Laporan page and the audit viewer on a demo office that has sent
a bundle and received a receipt (run by test_reports_page under Xvfb).

    python tests/ui/screenshots_pages.py OUT_DIR [--language en]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import create_demo_office
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.office import open_office
from jamsos_desktop.sync.bundle import open_bundle
from jamsos_desktop.sync.bundlefile import read_bundle_file
from jamsos_desktop.sync.device_keys import device_encryption_public
from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file
from jamsos_desktop.sync.receipt import ChangeVerdict, DuplicateOf, ParticipantUpdate, write_receipt
from jamsos_desktop.ui.i18n import LanguagePreference, install_translators
from jamsos_desktop.ui.main_window import MainWindow
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.theme import apply_theme
from jamsos_desktop.ui.views.session.session_controller import SessionController
from jamsos_desktop.ui.widgets.prompts import Prompter


def settle(app: QApplication, seconds: float = 0.0) -> None:
    deadline = time.monotonic() + seconds
    for _ in range(5):  # layout requests cascade up the parents one posted event at a time
        app.processEvents()
    while time.monotonic() < deadline:
        time.sleep(0.02)
        app.processEvents()


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path)


def office_with_history(folder: Path) -> Services:
    """The demo office after one bundle went to the city and came back with verdicts, and a second went out."""
    create_demo_office(folder / "demo", participants=150)
    services = Services(open_office(folder / "demo", startup_backup=False))
    services.auth.login("admin", "admin123")
    hub_keys = generate_hub_keys()
    identity_file = folder / "hub-identity.json"
    identity_file.write_bytes(hub_identity_file(hub_keys, escrow_public=generate_escrow_key().public_key(),
                                                name="Hub Disnaker Kota Batam"))
    services.sync.trust_hub(identity_file)
    stick = folder / "KINGSTON"
    stick.mkdir()
    sent = services.sync.export_bundle(stick)
    me = services.sync.identity()
    _, lines = open_bundle(read_bundle_file(sent.path), trusted_keys={me.device_id: me.public_raw}.get,
                           decryption_key=hub_keys.encryption_key)  # what the hub reads
    verdicts, updates = [], []
    for i, line in enumerate(lines):
        verdict = "rejected" if i % 25 == 3 else "duplicate" if i % 30 == 7 else "accepted"
        verdicts.append(ChangeVerdict(
            me.device_id, line["seq"], line["participant_id"], line["revision"], verdict,
            reason="Nama tidak sesuai data Dukcapil" if verdict == "rejected" else None,
            duplicate_of=DuplicateOf(line["snapshot"]["nik"], "21.71.01.1002", "Pemping")
            if verdict == "duplicate" else None))
        if verdict == "accepted" and i % 2 == 0:
            updates.append(ParticipantUpdate(line["participant_id"], f"{26000000000 + i:011d}"))
    receipt = write_receipt(hub=hub_keys, device_id=me.device_id, kelurahan_code=sent_code(services),
                            device_key=device_encryption_public(me), changes=verdicts,
                            participants=tuple(updates), previous=None, app_version="demo")
    services.sync.apply_receipt(receipt, file_name="jamsos-receipt-21.71.02.1002-20261121.jamsos")
    waiting = services.participants.ids(ListFilter(statuses=("ready",)))
    services.participants.approve(waiting[:20])
    services.sync.export_bundle(stick)
    first = services.participants.page(ListFilter(statuses=("ready",)), limit=1)[0]
    services.participants.update(first["id"], {"full_name": first["full_name"] + " Putri", "phone": "081277001122"})
    services.auth.logout()
    return services


def sent_code(services: Services) -> str:
    return services.settings.get("office.kelurahan_code")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="id")
    parser.add_argument("--size", default="1366x768")  # an office screen; 1024x768 to look at the small one
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    keep = install_translators(app, args.language, scale=1.0)
    work = Path(tempfile.mkdtemp(prefix="jamsos-shots-pages-"))
    services = office_with_history(work)
    services.auth.login("lurah", "lurah1234")
    session = SessionController(services, activity_source=app)
    language = LanguagePreference(QSettings(str(work / "desktop.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, session=session, tasks=TaskRunner(app), prompter=Prompter(), language=language)
    window.resize(*(int(v) for v in args.size.split("x")))
    window.show()

    window.show_page("kirim")
    window.sync_page.ui.bundle_table.selectRow(0)
    save(app, window, args.out / "sync-page.png")

    window.show_page("laporan")
    deadline = time.monotonic() + 30
    while window.reports.model.rowCount() == 0 and time.monotonic() < deadline:  # read on the worker
        settle(app, 0.05)
    save(app, window, args.out / "reports-page.png")

    window.show_page("audit")
    audit = window.audit
    update_row = next(r for r in range(audit.model.rowCount()) if audit.model.audit_event(r).action == "update")
    audit.ui.audit_table.selectRow(update_row)
    audit.ui.check_button.click()
    deadline = time.monotonic() + 10
    while "Jejak audit:" not in audit.ui.check_label.text() and time.monotonic() < deadline:
        settle(app, 0.05)
    save(app, window, args.out / "audit-viewer.png")
    del keep
    services.office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
