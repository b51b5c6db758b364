"""The page registry: the navigation's entries and how each page is built.

A page may offer ``focus_search()`` (Ctrl+F), ``new_record()`` (Ctrl+N) and ``refresh()``; the
main window calls them when present. Another issue mounts its page by replacing the ``factory`` of its entry (or by providing the
module the entry looks for, as Sync does with ``ui/sync_page.py``). Pages are built the first
time they are shown, so start-up stays fast.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .context import AppContext
from .unavailable_page import UnavailablePage

PageFactory = Callable[[AppContext, QWidget | None], QWidget]


@dataclass
class PageSpec:
    """One navigation entry: a stable key, a translated title, an icon name and a factory."""

    key: str
    title: Callable[[], str]
    icon: str
    factory: PageFactory


def unavailable(title: Callable[[], str], icon: str) -> PageFactory:
    """A factory of the honest "not yet available" page."""
    return lambda context, parent: UnavailablePage(title(), icon, parent)


def module_page(
    module: str,
    build: Callable[[object, AppContext, QWidget | None], QWidget],
    title: Callable[[], str],
    icon: str,
) -> PageFactory:
    """A factory using ``infospot_app.ui.<module>`` once that module exists."""

    def factory(context: AppContext, parent: QWidget | None) -> QWidget:
        name = f"{__package__}.{module}"
        if importlib.util.find_spec(name) is None:
            return UnavailablePage(title(), icon, parent)
        return build(importlib.import_module(name), context, parent)

    return factory


def _companies(context: AppContext, parent: QWidget | None) -> QWidget:
    from .company_list_page import CompanyListPage

    return CompanyListPage(context, parent)


def _page_class(name: str) -> Callable[[object, AppContext, QWidget | None], QWidget]:
    """Build ``module.<name>(context, parent)``."""
    return lambda module, context, parent: getattr(module, name)(context, parent)


def _sync(module: object, context: AppContext, parent: QWidget | None) -> QWidget:
    return module.SyncPage(context.db, context.actor, parent, tasks=context.tasks)  # type: ignore[attr-defined]


def _dashboard(context: AppContext, parent: QWidget | None) -> QWidget:
    from .dashboard_page import DashboardPage

    return DashboardPage(context, parent)


def _clusters(context: AppContext, parent: QWidget | None) -> QWidget:
    from .clusters_page import ClustersPage

    return ClustersPage(context, parent)


def _grants(context: AppContext, parent: QWidget | None) -> QWidget:
    from .grants_page import GrantsPage

    return GrantsPage(context, parent)


def default_pages() -> list[PageSpec]:
    """The navigation of the main window, in order."""
    titles = {
        "dashboard": lambda: QCoreApplication.translate("Pages", "Dashboard"),
        "companies": lambda: QCoreApplication.translate("Pages", "Companies"),
        "people": lambda: QCoreApplication.translate("Pages", "People"),
        "visits": lambda: QCoreApplication.translate("Pages", "Visits"),
        "trainings": lambda: QCoreApplication.translate("Pages", "Trainings"),
        "clusters": lambda: QCoreApplication.translate("Pages", "Clusters"),
        "grants": lambda: QCoreApplication.translate("Pages", "Grants"),
        "sync": lambda: QCoreApplication.translate("Pages", "Sync"),
        "reports": lambda: QCoreApplication.translate("Pages", "Reports"),
        "settings": lambda: QCoreApplication.translate("Pages", "Settings"),
    }
    t = titles

    def later(key: str, module: str, cls: str) -> PageSpec:
        # Mounted once ui/<module>.py exists (some come with other issues); honest "not yet available" until then.
        return PageSpec(key, t[key], key, module_page(module, _page_class(cls), t[key], key))

    return [
        later("dashboard", "dashboard_page", "DashboardPage"),
        PageSpec("companies", t["companies"], "companies", _companies),
        later("people", "people_page", "PeoplePage"),
        later("visits", "visits_page", "VisitsPage"),
        later("trainings", "trainings_page", "TrainingsPage"),
        later("clusters", "clusters_page", "ClustersPage"),
        later("grants", "grants_page", "GrantsPage"),
        PageSpec("sync", t["sync"], "sync", module_page("sync_page", _sync, t["sync"], "sync")),
        later("reports", "reports_page", "ReportsPage"),
        later("settings", "settings_page", "SettingsPage"),
    ]
