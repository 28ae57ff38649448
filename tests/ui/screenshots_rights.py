"""Screenshots of the Hak Peserta page (consent forms, retention, breach report) and of the participant page's
rights button, on a demo office (run by test_rights_page under Xvfb).

    python tests/ui/screenshots_rights.py OUT_DIR
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import create_demo_office
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.office import open_office
from jamsos_desktop.ui.i18n import LanguagePreference, install_translators
from jamsos_desktop.ui.main_window import MainWindow
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.theme import apply_theme
from jamsos_desktop.ui.views.session.session_controller import SessionController
from jamsos_desktop.ui.widgets.prompts import Prompter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots_pages import save, settle  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    keep = install_translators(app, "id", scale=1.0)
    work = Path(tempfile.mkdtemp(prefix="jamsos-shots-rights-"))
    create_demo_office(work / "demo", participants=60)
    services = Services(open_office(work / "demo", startup_backup=False))
    services.auth.login("lurah", "lurah1234")
    for row in services.consent.missing(limit=40)[::2]:  # about half the forms came back
        services.consent.record_received(row["id"])
    session = SessionController(services, activity_source=app)
    language = LanguagePreference(QSettings(str(work / "desktop.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, session=session, tasks=TaskRunner(app), prompter=Prompter(), language=language)
    window.resize(1366, 768)  # an office screen, like the other pages' screenshots
    window.show()

    window.show_page("hak")
    consent = window.rights.consent
    consent.ui.table_view.selectRow(1)
    save(app, window, args.out / "rights-consent.png")

    window.rights.ui.tabs.setCurrentWidget(window.rights.retention)
    window.rights.retention.ui.check_button.click()
    save(app, window, args.out / "rights-retention.png")

    window.rights.ui.tabs.setCurrentWidget(window.rights.breach)
    window.rights.breach.ui.pc_radio.click()
    window.rights.breach.ui.note_edit.setPlainText("Komputer hilang dari kantor saat libur akhir pekan.")
    settle(app, 0.5)
    save(app, window, args.out / "rights-breach.png")

    first = services.participants.page(ListFilter(), limit=1)[0]
    window.on_open_requested(first["id"])
    save(app, window, args.out / "participant-rights-button.png")
    menu = window.rights_button.menu()
    menu.aboutToShow.emit()
    menu.adjustSize()
    save(app, menu, args.out / "participant-rights-menu.png")
    del keep
    services.office.close()
    time.sleep(0.1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
