"""Languages: InfoSpot's own translations, Qt's Turkish strings, and the locale for numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core.paths import resource_path

LANGUAGES = ("tr", "en")
DEFAULT_LANGUAGE = "tr"
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []


def locale_for(lang: str) -> QLocale:
    """The locale of numbers and dates in ``lang``."""
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)


def saved_language() -> str:
    """The language the user chose last time on this computer (Turkish at first)."""
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    """Remember ``lang`` for the next start on this computer."""
    QSettings().setValue(SETTINGS_KEY, lang)


def install_language(lang: str) -> str:
    """Load the translations of ``lang`` (replacing the previous ones) and set the locale."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    own = QTranslator(app)
    if own.load(str(resource_path("translations", f"infospot_{lang}.qm"))):
        _installed.append(own)
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_dir):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(locale_for(lang))
    return lang


def current_language() -> str:
    """The language in use, from the default locale."""
    return "en" if QLocale().language() == QLocale.Language.English else "tr"
