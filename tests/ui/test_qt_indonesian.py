"""Qt's own words in Indonesian: right-click menus, standard buttons, wizards; dates and rupiah in the Indonesian
locale. Seen before: Undo/Cut/Copy/Paste and the calendar were English (Qt ships no Indonesian translation).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox, QLineEdit, QTextEdit, QWizard
from pytestqt.qtbot import QtBot

from jamsos_desktop.paths import resource
from jamsos_desktop.ui.i18n import install_translators
from jamsos_desktop.ui.models.recap_table import rupiah


@pytest.fixture
def indonesian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The translators the app installs for Indonesian, removed again after the test."""
    installed = install_translators(qapp, "id")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_right_click_menus_and_buttons_are_indonesian(qtbot: QtBot, indonesian: None) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert texts(edit.createStandardContextMenu()) == ["&Urungkan", "&Ulangi", "Po&tong", "&Salin", "&Tempel",
                                                       "Hapus", "Pilih semua"]
    text = QTextEdit()
    qtbot.addWidget(text)
    assert "&Salin" in texts(text.createStandardContextMenu()) and "Pilih semua" in texts(
        text.createStandardContextMenu())
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"Batal", "Tutup", "&Ya", "&Tidak"}
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Batal"
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "").startswith("Lanjut")


def test_calendar_dates_and_money_read_indonesian(qtbot: QtBot) -> None:
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    locale = calendar.locale()
    assert locale.language() == QLocale.Language.Indonesian
    assert [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in (1, 7)] == ["Sen", "Min"]
    assert locale.monthName(8) == "Agustus"
    assert rupiah(16800) == "Rp16.800" and QLocale().toString(24300) == "24.300"


def test_every_translated_qt_string_is_one_qt_really_uses() -> None:
    """A source string Qt does not have is never shown: each one must be in Qt's own catalogue (checked
    against Qt's German translation, which covers them all), so a typo or a Qt change fails here."""
    german = QTranslator()
    assert german.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = ET.parse(resource("translations", "qtbase_id.ts"))
    unknown = [(ctx.findtext("name"), m.findtext("source")) for ctx in ours.iter("context")
               for m in ctx.iter("message") if not german.translate(ctx.findtext("name") or "", m.findtext("source") or "")]
    assert not unknown, f"not Qt strings: {unknown}"
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Copy"  # nothing installed outside the fixture
