"""The dashboard, InfoSpot's home page: how far each target is, charts, the offices' figures."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.indicators import Indicators, Scope
from ..core.reference import office_info
from .context import AppContext
from .dashboard_cards import IndicatorCard, SmallFigure, progress_share
from .dashboard_charts import MonthlyReachChart, OfficeReachChart, ProvinceChart, province_name
from .dashboard_data import DashboardData, gather
from .dashboard_drill import LIST_OF, DrillDialog
from .dashboard_offices import OfficeTable
from .dashboard_period import PeriodSelector
from .display import format_decimal, format_int
from .failure import show_error


def percent_text(value: Decimal | None, decimals: int = 2, signed: bool = True) -> str:
    """ "+18,69 %" (signed, locale separators); "–" when not measured."""
    if value is None:
        return "–"
    sign = "+" if signed and value > 0 else ""
    number = sign + format_decimal(value, decimals)
    return QCoreApplication.translate("DashboardPage", "{n} %").format(n=number)


class DashboardPage(QWidget):
    """Cards per target indicator, secondary figures, charts and (centrally) every office."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: DashboardData | None = None
        self.drills: list[DrillDialog] = []
        self._generation = 0
        self._build()
        self.period.changed.connect(self.refresh)
        self.refresh()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Dashboard"), self)
        title.setObjectName("pageTitle")
        top.addWidget(title)
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("hint")
        top.addWidget(self.scope_label)
        top.addStretch(1)
        self.period = PeriodSelector(self)
        top.addWidget(self.period)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)
        self.status = QLabel(self)
        self.status.setObjectName("countLabel")
        outer.addWidget(self.status)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._cards(body)
        self._figures(body)
        charts = QGridLayout()
        self.province_chart = ProvinceChart(body)
        self.office_chart = OfficeReachChart(body)
        self.monthly_chart = MonthlyReachChart(body)
        charts.addWidget(self.province_chart, 0, 0)
        charts.addWidget(self.office_chart, 0, 1)
        charts.addWidget(self.monthly_chart, 1, 0, 1, 2)
        self.body.addLayout(charts)
        self.offices_title = QLabel(self.tr("Offices"), body)
        self.offices_title.setObjectName("emptyTitle")
        self.offices = OfficeTable(body)
        self.offices.drill.connect(self.open_drill)
        self.body.addWidget(self.offices_title)
        self.body.addWidget(self.offices)
        self.offices_title.hide()
        self.offices.hide()
        self.body.addStretch(1)

    def _cards(self, body: QWidget) -> None:
        grid = QGridLayout()
        titles = {
            "smes_reached": self.tr("SMEs reached"),
            "smes_in_clusters": self.tr("SMEs in clusters"),
            "clusters_per_province": self.tr("Clusters per province"),
            "clusters_benchmarked": self.tr("Clusters benchmarked (national system)"),
            "productivity_change_pct": self.tr("Productivity change of cluster SMEs"),
        }
        self.cards: dict[str, IndicatorCard] = {}
        for column, (name, title) in enumerate(titles.items()):
            card = IndicatorCard(name, title, body)
            card.drill.connect(self.open_drill)
            grid.addWidget(card, 0, column)
            self.cards[name] = card
        self.body.addLayout(grid)

    def _figures(self, body: QWidget) -> None:
        grid = QGridLayout()
        titles = {
            "visits": self.tr("Visits"),
            "follow_up_actions_overdue": self.tr("Follow-up actions overdue"),
            "trainings_held": self.tr("Trainings held"),
            "participants": self.tr("Participants"),
            "women_participants": self.tr("Women among participants"),
            "participant_hours": self.tr("Participant-hours"),
            "certificates_issued": self.tr("Certificates issued"),
            "grant_applications": self.tr("Grant applications"),
            "grant_amount_requested": self.tr("Requested (TRY)"),
            "grant_amount_granted": self.tr("Granted (TRY)"),
        }
        self.figures: dict[str, SmallFigure] = {}
        for index, (name, title) in enumerate(titles.items()):
            figure = SmallFigure(name, title, body)
            figure.drill.connect(self.open_drill)
            grid.addWidget(figure, index // 5, index % 5)
            self.figures[name] = figure
        self.body.addLayout(grid)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the indicators for the chosen period, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        start, end = self.period.period()
        office = self.context.actor.office
        self.status.setText(self.tr("Computing the indicators…"))
        self.context.tasks.run_database(
            lambda session, job: gather(session, start, end, office),
            lambda data: self._apply(generation, data),
            self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The indicators could not be computed."))
        show_error(self, error)

    def _apply(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:  # a newer period was chosen meanwhile
            return
        self.data = data
        self.status.setText("")
        self.scope_label.setText(self._scope_text(data))
        self._show_cards(data)
        self._show_figures(data.figures)
        self.province_chart.show_data(data)
        self.office_chart.show_data(data)
        self.monthly_chart.show_data(data)
        self.offices_title.setVisible(data.central)
        self.offices.setVisible(data.central)
        if data.central:
            self.offices.show_data(data)
        self.loaded.emit()

    def _scope_text(self, data: DashboardData) -> str:
        if data.central:
            return self.tr("All offices (national totals)")
        try:
            name = office_info(self.context.actor.office).name
        except KeyError:
            name = self.context.actor.office
        return f"{self.context.actor.office} — {name}"

    def _show_cards(self, data: DashboardData) -> None:
        f, t, cards = data.figures, data.targets, self.cards
        for name in ("smes_reached", "smes_in_clusters", "clusters_benchmarked"):
            value, target = getattr(f, name), t.get(name)
            cards[name].show_figure(
                format_int(value),
                self.tr("Target: {n}").format(n=format_int(target)) if target else "",
                progress_share(value, target),
            )
        self._show_band(data)
        target = t.get("productivity_change_pct")
        median = f.productivity_change_median
        share = progress_share(max(median, Decimal(0)) if median is not None else None, target)
        cards["productivity_change_pct"].show_figure(
            percent_text(median),
            self.tr("Target: {t} · median of {n} SMEs measured, mean {m}").format(
                t=percent_text(target, 0), n=format_int(f.productivity_measured),
                m=percent_text(f.productivity_change_mean),
            ),
            share if median is not None else None,
        )  # fmt: skip

    def _show_band(self, data: DashboardData) -> None:
        low, high = data.province_band()
        band = f"{format_int(low)}–{format_int(high)}" if low and high else format_int(low)
        card = self.cards["clusters_per_province"]
        if data.central:
            inside, total = data.provinces_in_band()
            card.show_figure(
                f"{inside} / {total}",
                self.tr("Provinces with {band} clusters · {n} clusters in all").format(
                    band=band, n=format_int(data.figures.clusters)
                ),
                progress_share(inside, total),
            )
            return
        own = data.offices[0].province if data.offices else ""
        count = data.figures.clusters_per_province.get(own, 0)
        card.show_figure(
            format_int(count),
            self.tr("Target: {band} in {province}").format(band=band, province=province_name(own)),
            progress_share(count, low),
        )

    def _show_figures(self, f: Indicators) -> None:
        texts = {
            "visits": format_int(f.visits),
            "follow_up_actions_overdue": format_int(f.follow_up_actions_overdue),
            "trainings_held": format_int(f.trainings_held),
            "participants": format_int(f.participants),
            "women_participants": f"{format_int(f.women_participants)}"
            + (
                f" ({percent_text(f.women_share, 1, signed=False)})"
                if f.women_share is not None
                else ""
            ),
            "participant_hours": format_decimal(f.participant_hours, 1),
            "certificates_issued": format_int(f.certificates_issued),
            "grant_applications": format_int(f.grant_applications),
            "grant_amount_requested": format_decimal(f.grant_amount_requested),
            "grant_amount_granted": format_decimal(f.grant_amount_granted),
        }
        for name, text in texts.items():
            self.figures[name].show_value(text, name in LIST_OF)

    # -- the list behind a number ------------------------------------------------------------
    def open_drill(self, name: str, office: str | None = None) -> DrillDialog | None:
        """Open the rows behind indicator ``name`` (for ``office``, or the page's scope)."""
        if self.data is None or name not in LIST_OF:
            return None
        scope = self.data.scope
        if office is not None:
            scope = Scope(scope.start, scope.end, office)
        title = self._title_of(name)
        dialog = DrillDialog(self.context, name, title, scope, self)
        dialog.finished.connect(lambda _r: self.drills.remove(dialog))
        self.drills.append(dialog)
        dialog.open()
        return dialog

    def _title_of(self, name: str) -> str:
        if name in self.cards:
            return self.cards[name].title.text()
        if name in self.figures:
            return self.figures[name].caption.text()
        return self.offices.title_of(name)
