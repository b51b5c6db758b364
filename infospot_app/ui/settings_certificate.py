"""Settings: the certificate's signatories (up to three) and logos (PNG or JPEG, previewed)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.services import settings
from .context import AppContext
from .failure import show_error
from .icons import icon

SIGNATORIES = "certificate.signatories"
LOGOS = "certificate.logos"
MAX_SIGNATORIES = 3
PREVIEW_HEIGHT = 56


class CertificateBox(QGroupBox):
    """Who signs the certificates and which logos they carry."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Certificates"), parent)
        self.context = context
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Signatory name"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Title"), self), 0, 2)
        self.names: list[QLineEdit] = []
        self.titles: list[QLineEdit] = []
        for n in range(MAX_SIGNATORIES):
            grid.addWidget(QLabel(f"{n + 1}.", self), n + 1, 0, Qt.AlignmentFlag.AlignRight)
            name, title = QLineEdit(self), QLineEdit(self)
            name.setMaxLength(120)
            title.setMaxLength(160)
            grid.addWidget(name, n + 1, 1)
            grid.addWidget(title, n + 1, 2)
            self.names.append(name)
            self.titles.append(title)
        layout.addLayout(grid)
        self.save_button = QPushButton(icon("save"), self.tr("Save signatories"), self)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.logo_row = QHBoxLayout()
        layout.addLayout(self.logo_row)
        buttons = QHBoxLayout()
        self.add_logo_button = QPushButton(icon("new"), self.tr("Add logo…"), self)
        self.remove_logo_button = QPushButton(icon("delete"), self.tr("Remove last logo"), self)
        buttons.addWidget(self.add_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for widget in (*self.names, *self.titles, self.save_button):
            widget.setEnabled(context.is_admin)
        self.add_logo_button.setEnabled(context.is_admin)
        self.remove_logo_button.setEnabled(context.is_admin)
        self.save_button.clicked.connect(self.save_signatories)
        self.add_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        with context.db.session() as session:
            signatories = settings.get_setting(session, SIGNATORIES, []) or []
            self.logos: list[str] = list(settings.get_setting(session, LOGOS, []) or [])
        for n, person in enumerate(signatories[:MAX_SIGNATORIES]):
            self.names[n].setText(person.get("name", ""))
            self.titles[n].setText(person.get("title", ""))
        self._preview()

    def signatories(self) -> list[dict[str, str]]:
        """The filled-in name/title pairs, in order."""
        pairs = [
            (n.text().strip(), t.text().strip())
            for n, t in zip(self.names, self.titles, strict=True)
        ]
        return [{"name": name, "title": title} for name, title in pairs if name]

    def save_signatories(self) -> None:
        """Store the signatories (administrators only)."""
        try:
            with self.context.db.transaction() as session:
                settings.change_setting(
                    session, self.context.actor, SIGNATORIES, self.signatories()
                )
        except Exception as error:
            show_error(self, error)

    def choose_logo(self) -> None:
        """Pick an image file and add it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.add_logo(Path(name))

    def add_logo(self, source: Path) -> None:
        """Copy the image next to the database (so it stays when the original moves) and add it."""
        if QPixmap(str(source)).isNull():
            QMessageBox.warning(
                self,
                self.tr("Add logo"),
                self.tr("{name} is not a PNG or JPEG image. Choose another file.").format(
                    name=source.name
                ),
            )
            return
        try:
            self.context.actor.require_admin()
            folder = self.context.db.path.parent / "logos"
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / source.name
            if source.resolve() != target.resolve():
                shutil.copy2(source, target)
            self._store([*self.logos, str(target)])
        except Exception as error:
            show_error(self, error)

    def remove_logo(self) -> None:
        """Take the last logo off the certificates (the file stays)."""
        if self.logos:
            try:
                self.context.actor.require_admin()
                self._store(self.logos[:-1])
            except Exception as error:
                show_error(self, error)

    def _store(self, logos: list[str]) -> None:
        with self.context.db.transaction() as session:
            settings.change_setting(session, self.context.actor, LOGOS, logos)
        self.logos = logos
        self._preview()

    def _preview(self) -> None:
        while self.logo_row.count():
            item = self.logo_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.previews: list[QLabel] = []
        for path in self.logos:
            label = QLabel(self)
            picture = QPixmap(path)
            if picture.isNull():
                label.setText(self.tr("{name} (missing)").format(name=Path(path).name))
            else:
                label.setPixmap(picture.scaledToHeight(PREVIEW_HEIGHT))
            label.setToolTip(path)
            self.logo_row.addWidget(label)
            self.previews.append(label)
        if not self.logos:
            label = QLabel(
                self.tr("No logos yet — the certificates are printed without one."), self
            )
            label.setObjectName("hint")
            self.logo_row.addWidget(label)
        self.logo_row.addStretch(1)
