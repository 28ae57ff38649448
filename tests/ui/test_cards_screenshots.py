"""Screenshots of the Kartu page with a preview and of the import wizard's mapping and report, under Xvfb.

Run by pytest (starts Xvfb, then this file as a script against a demo office):
    python tests/ui/test_cards_screenshots.py OUT_DIR
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

EXPECTED = ("cards-page", "import-mapping", "import-report")

if __name__ != "__main__":
    def test_screenshots_of_cards_page_and_import_report(x_display: str, shots: Path) -> None:
        env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        result = subprocess.run([sys.executable, __file__, str(shots)], env=env, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, result.stderr[-2000:]
        for name in EXPECTED:
            png = shots / f"{name}.png"
            assert png.exists() and png.stat().st_size > 10_000, png


def messy_workbook(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kader"
    ws.append(["DAFTAR KADER POSYANDU KELURAHAN SUNGAI JODOH"])
    ws.append([])
    ws.append(["No", "NIK", "Nama Lengkap", "Tempat/Tgl Lahir", "JK", "Alamat", "RT/RW", "No HP", "Nama Posyandu"])
    rows = [
        [1, "2171024505800003", "Siti Aminah", "Batam, 05-05-1980", "P", "Jl. Mawar 1", "RT 03/RW 12", "0812 3456 7890"],
        [2, 2171024606810004, "Dewi Lestari", "Batam, 06-06-1981", "P", "Jl. Mawar 2", "3/12", "081234567891"],
        [3, "2171024707820005", "Rina 99", "Batam, 07-07-1982", "P", "Jl. Mawar 3", "03/012", "081234567892"],
        [4, "2171024808830006", "Fitri Yanti", "Batam, 8 Agustus 1983", "Perempuan", "Jl. Mawar 4", "RT 3 / RW 12",
         "+6281234567893"],
        [5, "2171025909840007", "Nurul Huda", "Batam, 19-09-1984", "P", "", "3/12", "081234567894"],
        [6, "2171024505800003", "Siti Aminah", "Batam, 05-05-1980", "P", "Jl. Mawar 1", "3/12", "0812 3456 7890"],
        [7, "2171025010850008", "Yuliana", "Tanjungpinang, 10-10-1985", "P", "Jl. Melati 7", "4/12", "0813 1111 2222"],
    ]
    for row in rows:
        ws.append([*row, "Posyandu Melati"])
    for (cell,) in ws.iter_rows(min_row=4, min_col=2, max_col=2):
        if isinstance(cell.value, str):
            cell.number_format = "@"
    wb.save(path)
    return path


def first_qr_token(document) -> str:  # type: ignore[no-untyped-def]
    import io

    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, QSize

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    document.render(0, QSize(1654, 2339)).save(buffer, "PNG")
    return zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))[0].text


def main() -> int:
    from PySide6.QtCore import QItemSelectionModel, QSettings
    from PySide6.QtWidgets import QApplication, QWizard

    from jamsos_desktop.services import Services
    from jamsos_desktop.services.demo import create_demo_office
    from jamsos_desktop.services.office import open_office
    from jamsos_desktop.ui.i18n import LanguagePreference, install_translators
    from jamsos_desktop.ui.main_window import MainWindow
    from jamsos_desktop.ui.tasks import TaskRunner
    from jamsos_desktop.ui.theme import apply_theme
    from jamsos_desktop.ui.views.session.session_controller import SessionController
    from jamsos_desktop.ui.widgets.prompts import Prompter

    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="id")
    parser.add_argument("--size", default="1366x768")  # an office screen; 1024x768 to look at the small one
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    keep = install_translators(app, args.language)
    work = Path(tempfile.mkdtemp(prefix="jamsos-shots-"))
    create_demo_office(work / "demo", participants=60)
    office = open_office(work / "demo", startup_backup=False)
    services = Services(office)
    services.auth.login("operator", "operator123")
    language = LanguagePreference(QSettings(str(work / "desktop.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner(app)
    window = MainWindow(services, session=SessionController(services, activity_source=app), tasks=tasks,
                        prompter=Prompter(), language=language)
    window.resize(*(int(v) for v in args.size.split("x")))
    window.show()

    def wait_for(condition, what: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(2000):
            app.processEvents()
            if condition():
                return
            tasks.wait(5)
        raise SystemExit(f"timed out waiting for {what}")

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(10):
            app.processEvents()
        path = args.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not save {path}")
        print(path)

    window.show_page("kartu")
    cards = window.cards
    selection = cards.ui.table_view.selectionModel()
    for row in range(4):
        selection.select(cards.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    cards.make_cards(cards.selected_ids())  # what "Terbitkan kartu…" does once confirmed
    wait_for(lambda: cards.result is not None, "the cards")
    cards.ui.bottom_tabs.setCurrentWidget(cards.ui.check_tab)
    cards.ui.token_edit.setText(first_qr_token(cards.document))  # as a scanner would type it
    cards.history.on_check_clicked()
    save(window, "cards-page")

    window.show_page("peserta")
    workbook = messy_workbook(work / "kader-posyandu.xlsx")
    wizard = window.participants.spreadsheets.open_import_wizard()
    wizard.resize(980, 680)
    wizard.load_file(workbook)
    wait_for(lambda: wizard.table is not None, "the sheet")
    wizard.next()
    combo = wizard.ui.category_combo
    combo.setCurrentIndex(combo.findData("kader_posyandu"))
    save(wizard, "import-mapping")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait_for(lambda: wizard.currentPage() is wizard.ui.report_page, "the dry run")
    wizard.ui.report_table.selectRow(1)
    save(wizard, "import-report")
    wizard.reject()
    tasks.wait(5000)
    del keep
    office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
