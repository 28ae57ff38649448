"""The app's text is set in the shipped Noto Sans on every system, and a missing font file never stops it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QTableView
from pytestqt.qtbot import QtBot

from jamsos_desktop.paths import resource
from jamsos_desktop.ui import fonts


@pytest.fixture
def app_fonts_restored(qapp: QApplication) -> Iterator[QApplication]:
    """Other tests measure text: put the application font (and the per-class ones) back afterwards."""
    saved = QFont(QApplication.font())
    per_class = {name: QFont(QApplication.font(name)) for name in fonts.THEMED_CLASSES}
    yield qapp
    QApplication.setFont(saved)
    for name, font in per_class.items():
        QApplication.setFont(font, name)


def test_the_shipped_font_and_its_licence_are_there() -> None:
    for name in fonts.UI_FONT_FILES:
        assert resource("fonts", name).read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType font
    licence = resource("fonts", "LICENSE-NotoSans.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_widgets_use_noto_sans_at_ten_points_or_more(qtbot: QtBot, app_fonts_restored: QApplication) -> None:
    fonts.apply_ui_font(app_fonts_restored)
    assert QFontInfo(QApplication.font()).family() == "Noto Sans"
    assert QApplication.font().pointSize() >= fonts.UI_POINT_SIZE
    table, label = QTableView(), QLabel("Çağlar Şükrü — 2171 **** **** 0003")
    for widget in (table, label):
        qtbot.addWidget(widget)
        assert QFontInfo(widget.font()).family() == "Noto Sans"
    for name in fonts.THEMED_CLASSES:  # on Windows these had "MS Shell Dlg 2" from the platform theme
        assert QApplication.font(name).family() == "Noto Sans", name


def test_without_the_font_files_the_default_font_stays(monkeypatch: pytest.MonkeyPatch,
                                                       app_fonts_restored: QApplication) -> None:
    monkeypatch.setattr(fonts, "_loaded", [])
    monkeypatch.setattr(fonts, "UI_FONT_FILES", ("weg.ttf",))
    assert fonts.load_ui_font() is None
    base = QFont("Sans Serif", 7)
    font = fonts.ui_font(base)
    assert font.family() == base.family() and font.pointSize() == fonts.UI_POINT_SIZE
