"""Render every main screen with demo data, in Turkish and English, to build/screenshots/.

Run with `make screenshots`. Offscreen; an office database (TR19) and the central office's
database are filled with `infospot demo` data first, so the pages show realistic content.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from infospot_app.cli import main as cli  # noqa: E402
from infospot_app.core.services.actor import Actor  # noqa: E402
from infospot_app.core.storage import open_database  # noqa: E402
from infospot_app.ui.app import application  # noqa: E402
from infospot_app.ui.context import AppContext  # noqa: E402
from infospot_app.ui.i18n import install_language  # noqa: E402
from infospot_app.ui.main_window import MainWindow  # noqa: E402
from infospot_app.ui.pages import default_pages  # noqa: E402
from infospot_app.ui.tasks import TaskManager  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "build" / "screenshots"


def make_databases(folder: Path) -> dict[str, Path]:
    """An office database and the central one, each with demo data."""
    office, hq = folder / "ofis.db", folder / "merkez.db"
    for args in (
        ["--db", str(hq), "init", "--central"],
        ["--db", str(hq), "demo", "--companies", "400", "--seed", "11"],
        ["--db", str(office), "init", "--office", "TR19"],
        ["--db", str(office), "demo", "--companies", "300", "--seed", "7"],
    ):
        if cli(args) != 0:
            raise SystemExit(f"failed: infospot {' '.join(args)}")
    return {"tr19": office, "hq": hq}


def settle(app, tasks: TaskManager) -> None:  # noqa: ANN001
    for _ in range(5):
        app.processEvents()
        tasks.wait()
    app.processEvents()


def shoot(app, name: str, path: Path, office: str, lang: str) -> list[Path]:  # noqa: ANN001
    """Every page of the main window on ``path``, in ``lang``."""
    install_language(lang)
    made = []
    with open_database(path, daily_backup=False) as db:
        tasks = TaskManager(db)
        window = MainWindow(
            AppContext(
                db, Actor("ayse", office, "admin"), tasks, "central" if office == "HQ" else "office"
            )
        )
        window.resize(1280, 800)
        window.show()
        for spec in default_pages():
            window.show_page(spec.key)
            settle(app, tasks)
            target = OUT / f"{spec.key}_{name}_{lang}.png"
            window.grab().save(str(target))
            made.append(target)
        window.close()
        window.deleteLater()
        settle(app, tasks)
    return made


def run() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    app.setOrganizationName("InfoSpot-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    with tempfile.TemporaryDirectory() as folder:
        databases = make_databases(Path(folder))
        made = []
        for lang in ("tr", "en"):
            made += shoot(app, "tr19", databases["tr19"], "TR19", lang)
            made += shoot(app, "hq", databases["hq"], "HQ", lang)
    print("\n".join(str(p) for p in made))
    return 0


if __name__ == "__main__":
    sys.exit(run())
