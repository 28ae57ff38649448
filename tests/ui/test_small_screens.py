"""Every page fits an office screen: 1024x768, and 1366x768 less a taskbar (1366x728).

Seen before: the window opened at 1280x800 (taller than a 1366x768 screen with its taskbar) with a minimum
width of 1167 px, so on 1024x768 Simpan and "Peserta baru" were off-screen and the heirs' names were cut.
The walk fails on any visible widget outside the window and any cut label, button, column title or tab.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.ui.views.shell.placement import GEOMETRY_KEY, WindowPlacement

from .conftest import KELURAHAN, ScriptedPrompter, open_main_window
from .layout_check import layout_problems
from .test_sync_page import TestHub

SIZES = [(1024, 768), (1024, 728), (1366, 728)]


def sign_in(services: Services, username: str, password: str) -> None:
    services.auth.logout()
    services.auth.login(username, password)


def settle() -> None:
    for _ in range(6):  # layout requests travel up one parent per posted event
        QCoreApplication.processEvents()


def walk(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The problems on every page (and the form, each settings tab, the lock screen), by page."""
    found: dict[str, list[str]] = {}

    def look(name: str) -> None:
        settle()
        found[name] = layout_problems(window)

    nav = window.ui.nav_list
    for row in range(nav.count()):
        if nav.isRowHidden(row):
            continue
        nav.setCurrentRow(row)
        look(nav.item(row).text())
    window.show_page("peserta")
    window.participants.new_participant()
    window.participants.form_view.save()  # every problem shown under its field
    look("Peserta baru (dengan kesalahan)")
    window.participants.show_list()
    window.show_page("pengaturan")
    tabs = window.settings.ui.settings_tabs
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            look(f"Pengaturan / {tabs.tabText(index)}")
    window.ui.action_lock.trigger()
    look("Layar terkunci")
    return found


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_fits(qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path,
                         size: tuple[int, int]) -> None:
    saved = services.participants.register_many(synthetic_records(120, seed=3, kelurahan_code=KELURAHAN))
    services.participants.approve([s.id for s in saved[:40]])
    services.participants.reject_many([s.id for s in saved[40:50]], reason="Foto KTP tidak terbaca")
    services.sync.trust_hub(TestHub(tmp_path).identity_file)  # a sent file in Kirim Data's list
    (tmp_path / "stick").mkdir()
    services.sync.export_bundle(tmp_path / "stick")
    services.cards.print_cards([s.id for s in saved[:3]], tmp_path / "kartu.pdf")  # past cards listed
    # A long name and three-digit counts: the longest status bar a clerk is likely to see.
    services.auth.create_operator(username="siti.rahma", display_name="Siti Rahmawati Lubis", password="sandi-12345",
                                  role="supervisor")
    sign_in(services, "siti.rahma", "sandi-12345")
    window = open_main_window(qtbot, services, prompter, tmp_path, size=size)
    settle()
    assert (window.width(), window.height()) == size, "the window cannot shrink to the screen"
    problems = {page: found for page, found in walk(window).items() if found}
    assert not problems, "\n".join(f"{page}:\n  " + "\n  ".join(found) for page, found in problems.items())


def test_the_form_reflows_to_one_column_when_narrow(qtbot: QtBot, services: Services,
                                                   prompter: ScriptedPrompter, tmp_path: Path) -> None:
    window = open_main_window(qtbot, services, prompter, tmp_path, size=(1366, 728))
    window.participants.new_participant()
    form = window.participants.form_view
    settle()
    left, right = form.ui.identity_group, form.ui.category_group
    assert right.mapTo(form, right.rect().topLeft()).x() > left.mapTo(form, left.rect().topLeft()).x()
    window.resize(1024, 728)
    settle()
    assert right.mapTo(form, right.rect().topLeft()).x() == left.mapTo(form, left.rect().topLeft()).x()
    assert right.mapTo(form, right.rect().topLeft()).y() > left.mapTo(form, left.rect().topLeft()).y()


def test_the_window_opens_on_the_free_area_and_remembers_its_place(qtbot: QtBot, services: Services,
                                                                   prompter: ScriptedPrompter,
                                                                   tmp_path: Path) -> None:
    free = QRect(0, 0, 1366, 728)  # a 1366x768 screen less its taskbar
    settings = QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat)
    placement = WindowPlacement(settings, areas=lambda: [free])
    window = open_main_window(qtbot, services, prompter, tmp_path)
    placement.restore(window)  # first start: nothing remembered
    assert window.isMaximized()
    window.showNormal()
    window.setGeometry(20, 30, 1100, 700)
    settle()
    placement.save(window)
    assert settings.value(GEOMETRY_KEY) == "20,30,1100,700"
    again = open_main_window(qtbot, services, prompter, tmp_path)
    WindowPlacement(QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat),
                    areas=lambda: [free]).restore(again)
    assert not again.isMaximized()
    assert (again.width(), again.height()) == (1100, 700)
    # A place that no longer fits any screen (a second monitor is gone) is dropped.
    again.setGeometry(1500, 30, 1100, 700)
    placement.save(again)
    third = open_main_window(qtbot, services, prompter, tmp_path)
    placement.restore(third)
    assert third.isMaximized()


def test_the_app_icon_is_on_the_window_and_the_windows_executable(qtbot: QtBot, services: Services,
                                                                  prompter: ScriptedPrompter, tmp_path: Path) -> None:
    """Seen: no window icon. The exe's icon is set in pyinstaller.spec from the shipped .ico."""
    window = open_main_window(qtbot, services, prompter, tmp_path)
    assert not window.windowIcon().isNull()
    assert window.windowIcon().pixmap(32, 32).width() == 32
    spec = (Path(__file__).resolve().parents[2] / "pyinstaller.spec").read_text(encoding="utf-8")
    assert 'icon=str(ROOT / "resources" / "app" / "jamsos.ico")' in spec
    ico = Path(__file__).resolve().parents[2] / "resources" / "app" / "jamsos.ico"
    assert ico.read_bytes()[:4] == b"\x00\x00\x01\x00"  # a Windows icon file
