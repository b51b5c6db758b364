"""Render installer/infospot.svg to the PNG and ICO files the builds use (run once by hand)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).parent


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs the application object
    renderer = QSvgRenderer(str(HERE / "infospot.svg"))
    render(renderer, 256).save(str(HERE / "linux" / "infospot.png"))
    render(renderer, 256).save(str(HERE.parent / "resources" / "icons" / "infospot.png"))
    from PIL import Image  # Pillow comes with ReportLab; it writes multi-size .ico files

    Image.open(HERE / "linux" / "infospot.png").save(
        HERE / "windows" / "infospot.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
