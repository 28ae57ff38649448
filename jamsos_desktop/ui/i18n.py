"""Languages of the interface: Indonesian source strings, English from Qt Linguist, and string stretching.

The source strings in the code and the forms are Indonesian, so Indonesian needs no translation file;
English comes from resources/translations/jamsos_en.qm. Qt's own strings in Indonesian come from
resources/translations/qtbase_id.qm (Qt ships none), and the locale (dates, numbers) follows the language.
`StretchingTranslator` lengthens every string by a factor (JAMSOS_TRANS_SCALE=1.5) so a developer can see
which layouts break with long text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from jamsos_desktop.paths import resource

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
SCALE_ENV = "JAMSOS_TRANS_SCALE"
_LANGUAGE_KEY = "ui/language"


def translation_file(language: str) -> str:
    return str(resource("translations", f"jamsos_{language}.qm"))


class StretchingTranslator(QTranslator):
    """Returns every string (translated or not) stretched to `scale` times its length."""

    def __init__(self, scale: float, base: QTranslator | None = None) -> None:
        super().__init__()
        self._scale = scale
        self._base = base

    def isEmpty(self) -> bool:  # noqa: N802 - Qt virtual
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = ""
        if self._base is not None:
            text = self._base.translate(context, source, disambiguation, n) or ""
        return stretch(text or source, self._scale)


def stretch(text: str, scale: float) -> str:
    """`text` lengthened with dots to about `scale` times its length; placeholders like {n} stay intact."""
    if scale <= 1 or not text:
        return text
    extra = int(len(text) * (scale - 1))
    return text + " " + "·" * max(extra - 1, 0)


def parse_scale(value: str | None) -> float:
    try:
        return max(float(value), 1.0) if value else 1.0
    except ValueError:
        return 1.0


class LanguagePreference:
    """The interface language chosen on this PC (kept in the data folder, not in the office database)."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def get(self) -> str:
        value = str(self._settings.value(_LANGUAGE_KEY, DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set(self, language: str) -> None:
        self._settings.setValue(_LANGUAGE_KEY, language if language in LANGUAGES else DEFAULT_LANGUAGE)
        self._settings.sync()


def locale_for(language: str) -> QLocale:
    """Dates, month and day names and numbers as the office reads them: Indonesian (Rp 16.800) by default."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def apply_locale(language: str) -> None:
    """Make the language's locale every widget's default (calendars, QLocale.toString, spin boxes)."""
    QLocale.setDefault(locale_for(language))


def install_translators(app: QCoreApplication, language: str, *, scale: float = 1.0) -> list[QTranslator]:
    """Load the chosen language (and Qt's own strings for it) and install them; returns them to keep alive."""
    installed: list[QTranslator] = []
    base: QTranslator | None = None
    if language != DEFAULT_LANGUAGE:
        base = QTranslator(app)
        if base.load(translation_file(language)):
            app.installTranslator(base)
            installed.append(base)
        else:
            base = None
    apply_locale(language)
    qt_translator = QTranslator(app)
    # Qt's own words (right-click menus, standard buttons, dialogs): Qt ships none for Indonesian, so ours is
    # in resources/translations/qtbase_id.ts; other languages come from Qt's folder.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale_for(language), "qtbase", "_", str(resource("translations"))) or \
            qt_translator.load(locale_for(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if scale > 1:
        stretcher = StretchingTranslator(scale, base)
        app.installTranslator(stretcher)
        installed.append(stretcher)
    return installed
