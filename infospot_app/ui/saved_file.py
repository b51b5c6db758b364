"""Choosing where an Excel file goes (or which one to read), and saying where it went: open the
file or its folder. The last folder used is remembered on this computer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from .display import DATE_FORMAT

FOLDER_KEY = "excel/folder"


def _t(text: str) -> str:
    return QCoreApplication.translate("SavedFile", text)


def dated_name(name: str, day: date | None = None, suffix: str = ".xlsx") -> str:
    """ "Firmalar 05.03.2025.xlsx": the name and the day (dd.MM.yyyy), safe as a file name."""
    day = day or date.today()
    cleaned = "".join("-" if ch in '\\/:*?"<>|' else ch for ch in name).strip()
    return f"{cleaned} {QDate(day.year, day.month, day.day).toString(DATE_FORMAT)}{suffix}"


def last_folder() -> Path:
    """The folder used last time, else the user's documents."""
    saved = QSettings().value(FOLDER_KEY, "")
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(path: Path) -> None:
    """Start the next file dialog where this file is."""
    QSettings().setValue(FOLDER_KEY, str(Path(path).parent))


def ask_save_path(
    parent: QWidget | None,
    caption: str,
    suggested: str,
    file_filter: str | None = None,
    suffix: str = ".xlsx",
) -> Path | None:
    """Ask where to save; None when the user cancels. The suffix is added when missing."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(last_folder() / suggested),
        file_filter or _t("Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    remember_folder(path)
    return path


def ask_open_path(
    parent: QWidget | None, caption: str, file_filter: str | None = None
) -> Path | None:
    """Ask for a file to read; None when the user cancels."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        caption,
        str(last_folder()),
        file_filter or _t("Excel workbooks (*.xlsx *.xlsm *.xls);;All files (*)"),
    )
    if not chosen:
        return None
    remember_folder(Path(chosen))
    return Path(chosen)


def open_file(path: Path) -> bool:
    """Open the file in the program the system uses for it (Excel, LibreOffice …)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    """Open the folder holding the file in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def show_saved(parent: QWidget | None, text: str, path: Path) -> QMessageBox:
    """Say the file was written, with buttons to open it or its folder (non-modal)."""
    box = QMessageBox(parent)
    box.setWindowTitle("InfoSpot")
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(text)
    box.setInformativeText(str(path))
    open_button = box.addButton(_t("Open the file"), QMessageBox.ButtonRole.ActionRole)
    folder_button = box.addButton(_t("Open the folder"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)

    def clicked(button: QPushButton) -> None:
        if button is open_button:
            open_file(path)
        elif button is folder_button:
            open_folder(path)

    box.buttonClicked.connect(clicked)
    box.open()
    return box
