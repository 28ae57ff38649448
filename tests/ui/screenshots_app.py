"""Open the real app windows on a demo office and save screenshots (run by test_ui_screenshots under Xvfb).

    python tests/ui/screenshots_app.py OUT_DIR [--scale 1.5] [--language en] [--size 1024x768]

The main window is shot at the size of an office screen (1366x768 by default; --size 1024x768 to look at
the smaller one). Text is typed into the real widgets with QTest, as a clerk would.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import create_demo_office
from jamsos_desktop.services.office import open_office
from jamsos_desktop.ui.i18n import LanguagePreference, install_translators
from jamsos_desktop.ui.main_window import MainWindow
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.theme import apply_theme
from jamsos_desktop.ui.views.session.login_dialog import LoginDialog
from jamsos_desktop.ui.views.session.session_controller import SessionController
from jamsos_desktop.ui.views.setup.setup_wizard import SetupWizard
from jamsos_desktop.ui.widgets.prompts import Prompter


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--language", default="id")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    keep = install_translators(app, args.language, scale=args.scale)
    work = Path(tempfile.mkdtemp(prefix="jamsos-shots-"))
    name = lambda base: args.out / f"{base}{args.suffix}.png"  # noqa: E731

    wizard_office = open_office(work / "fresh", startup_backup=False)
    wizard = SetupWizard(wizard_office)
    wizard.resize(760, 580)
    wizard.show()
    wizard.choose("21.71.02.1002")
    save(app, wizard, name("setup-wizard"))
    wizard.close()

    create_demo_office(work / "demo", participants=150)
    office = open_office(work / "demo", startup_backup=False)
    services = Services(office)
    login = LoginDialog(services.auth, office_name=services.settings.get("office.name"))
    login.show()
    login.panel.ui.username_edit.setText("operator")
    save(app, login, name("login"))
    login.close()

    services.auth.login("lurah", "lurah1234")
    session = SessionController(services, activity_source=app)
    language = LanguagePreference(QSettings(str(work / "desktop.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, session=session, tasks=TaskRunner(app), prompter=Prompter(), language=language)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    save(app, window, name("main-window"))

    window.participants.new_participant()
    form = window.participants.form_view
    for field, text in (("nik", "21710212058"), ("full_name", "Siti Rahmawati"), ("birth_place", "Batam"),
                        ("address", "Jl. Raja Ali Haji No. 7"), ("rt", "3"), ("rw", "12")):
        QTest.keyClicks(getattr(form.ui, f"{field}_edit"), text)
    QTest.keyClicks(form.ui.birth_date_edit.edit, "15 agustus 1980")
    QTest.keyClicks(form.ui.category_combo, "Kader P")
    form.save()  # refused: every problem shows, the cursor goes to the first field to fix
    save(app, window, name("participant-form"))
    QTest.keyClick(form.ui.birth_date_edit.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(app)
    popup = form.ui.birth_date_edit.popup
    if popup is not None:
        save(app, popup, name("date-calendar"))
        popup.close()

    window.show_page("persetujuan")
    window.approval.ui.approval_table.selectRow(1)
    window.approval.show_detail()  # what the pane shows once the selection rests
    save(app, window, name("approval"))

    window.show_page("pengaturan")
    save(app, window, name("settings"))
    window.settings.ui.settings_tabs.setCurrentWidget(window.settings.backup)
    save(app, window, name("settings-backup"))
    window.open_checklist()
    save(app, window.checklist_dialog, name("checklist"))
    window.checklist_dialog.close()
    window.on_user_guide_triggered()
    window.help_window.resize(900, 640)
    save(app, window.help_window, name("user-guide-window"))
    window.help_window.close()
    session.lock()
    save(app, window, name("lock-screen"))
    QCoreApplication.processEvents()
    del keep
    office.close()
    wizard_office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
