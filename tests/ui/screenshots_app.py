"""Open the real app windows on a demo office and save screenshots (run by test_ui_screenshots under Xvfb).

    python tests/ui/screenshots_app.py OUT_DIR [--scale 1.5] [--language en]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
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
    window.resize(1280, 800)
    window.show()
    save(app, window, name("main-window"))

    window.participants.new_participant()
    form = window.participants.form_view
    for field, text in (("nik", "21710212058"), ("full_name", "Siti Rahmawati"), ("birth_place", "Batam"),
                        ("address", "Jl. Raja Ali Haji No. 7"), ("rt", "3"), ("rw", "12")):
        edit = getattr(form.ui, f"{field}_edit")
        edit.setText(text)
        edit.textEdited.emit(text)
    form.ui.category_combo.setCurrentIndex(form.ui.category_combo.findData("kader_posyandu"))
    form.ui.category_combo.activated.emit(form.ui.category_combo.currentIndex())
    form.ui.posyandu_name_edit.textEdited.emit("")
    form.check_now()
    form.ui.nik_edit.setFocus()
    save(app, window, name("participant-form"))

    window.show_page("persetujuan")
    window.approval.ui.approval_table.selectRow(1)
    for row in (2, 4):
        window.approval.ui.approval_table.selectionModel().select(
            window.approval.model.index(row, 0),
            window.approval.ui.approval_table.selectionModel().SelectionFlag.Select
            | window.approval.ui.approval_table.selectionModel().SelectionFlag.Rows)
    save(app, window, name("approval"))

    window.show_page("pengaturan")
    save(app, window, name("settings"))
    session.lock()
    save(app, window, name("lock-screen"))
    QCoreApplication.processEvents()
    del keep
    office.close()
    wizard_office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
