"""The dashboard's charts (QtCharts): clusters per province against the target band, SMEs
reached per office against their targets, and SMEs reached month by month."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ..core.reference import find_province
from .dashboard_data import DashboardData
from .display import format_int
from .theme import ACCENT, ERROR

MUTED = "#8c959f"
TARGET = "#2e7d32"


def _text_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


def province_name(code: str) -> str:
    """ "TR-19" → "Çorum"."""
    found = find_province(code)
    return found.name if found is not None else code


def nice_maximum(value: float) -> int:
    """An axis maximum a little above ``value``, rounded to a readable step."""
    value = max(value, 1.0) * 1.1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value / step <= 8:
            return int(-(-value // step) * step)
    return int(value)


class DashboardChart(QChartView):
    """A chart view with the palette's colours, a title and no animation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setChart(self._empty_chart())

    def _empty_chart(self) -> QChart:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setLabelColor(_text_colour())
        chart.setTitleBrush(_text_colour())
        return chart

    def replace_chart(self, title: str) -> QChart:
        """A fresh chart titled ``title`` (the previous one is deleted with the view's)."""
        chart = self._empty_chart()
        chart.setTitle(title)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def axes(
        self, chart: QChart, categories: list[str], maximum: float, series: list
    ) -> tuple[QBarCategoryAxis, QValueAxis]:
        """A category axis at the bottom and a whole-number axis at the left, for ``series``."""
        x = QBarCategoryAxis()
        x.append(categories)
        y = QValueAxis()
        y.setRange(0, nice_maximum(maximum))
        y.setLabelFormat("%d")
        y.applyNiceNumbers()
        for axis in (x, y):
            axis.setLabelsColor(_text_colour())
            axis.setGridLineColor(QColor(MUTED).lighter(150))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            s.attachAxis(x)
            s.attachAxis(y)
        return x, y


def target_line(name: str, value: float, categories: int, colour: str) -> QLineSeries:
    """A horizontal dashed line across every category at ``value``."""
    line = QLineSeries()
    line.setName(name)
    line.append(-0.5, value)
    line.append(categories - 0.5, value)
    pen = QPen(QColor(colour))
    pen.setWidth(2)
    pen.setStyle(Qt.PenStyle.DashLine)
    line.setPen(pen)
    return line


class ProvinceChart(DashboardChart):
    """Clusters identified per province, coloured by whether they are within the target band."""

    def show_data(self, data: DashboardData) -> None:
        chart = self.replace_chart(self.tr("Clusters per province"))
        codes = data.pilot_provinces()
        counts = data.figures.clusters_per_province
        low, high = data.province_band()
        inside = QBarSet(self.tr("Within the target band"))
        below = QBarSet(self.tr("Below the target"))
        inside.setColor(QColor(ACCENT))
        below.setColor(QColor(ERROR))
        for code in codes:
            n = counts.get(code, 0)
            ok = low is None or n >= low
            inside.append(n if ok else 0)
            below.append(0 if ok else n)
        bars = QStackedBarSeries()
        bars.append(inside)
        bars.append(below)
        chart.addSeries(bars)
        series: list = [bars]
        for value, name in ((low, self.tr("Target: at least")), (high, self.tr("at most"))):
            if value is not None:
                line = target_line(f"{name} {format_int(value)}", float(value), len(codes), TARGET)
                chart.addSeries(line)
                series.append(line)
        top = max([*counts.values(), float(high or 0), 1])
        self.axes(chart, [province_name(c) for c in codes], top, series)


class OfficeReachChart(DashboardChart):
    """SMEs reached and SMEs in clusters per office, each beside its target."""

    def show_data(self, data: DashboardData) -> None:
        chart = self.replace_chart(self.tr("SMEs reached per office"))
        if data.central:
            figures = data.office_figures
            targets = data.office_targets
        else:
            figures = {o.code: data.figures for o in data.offices}
            targets = {o.code: data.targets for o in data.offices}
        codes = list(figures)
        sets = [
            (self.tr("SMEs reached"), ACCENT, lambda c: figures[c].smes_reached),
            (
                self.tr("Target"),
                MUTED,
                lambda c: float(targets[c].get("smes_reached") or 0),
            ),
            (self.tr("SMEs in clusters"), TARGET, lambda c: figures[c].smes_in_clusters),
            (
                self.tr("Target (clusters)"),
                QColor(TARGET).lighter(160).name(),
                lambda c: float(targets[c].get("smes_in_clusters") or 0),
            ),
        ]
        bars = QBarSeries()
        top = 1.0
        for name, colour, value in sets:
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            for code in codes:
                number = float(value(code))
                bar_set.append(number)
                top = max(top, number)
            bars.append(bar_set)
        chart.addSeries(bars)
        self.axes(chart, codes, top, [bars])


class MonthlyReachChart(DashboardChart):
    """SMEs newly reached each month (bars) and the running total (line)."""

    def show_data(self, data: DashboardData) -> None:
        chart = self.replace_chart(self.tr("SMEs reached by month"))
        locale = QLocale()
        labels = [
            locale.toString(QDate(m.month.year, m.month.month, 1), "MMM yy") for m in data.monthly
        ]
        new = QBarSet(self.tr("Newly reached"))
        new.setColor(QColor(ACCENT))
        total = QLineSeries()
        total.setName(self.tr("Running total"))
        total.setPen(QPen(QColor(TARGET), 2))
        for index, month in enumerate(data.monthly):
            new.append(month.new)
            total.append(index, month.cumulative)
        bars = QBarSeries()
        bars.append(new)
        chart.addSeries(bars)
        chart.addSeries(total)
        series: list = [bars, total]
        target = data.targets.get("smes_reached")
        peak = max([m.cumulative for m in data.monthly] + [1])
        if target is not None and Decimal(target) <= peak * 2:
            line = target_line(self.tr("Target"), float(target), len(labels), MUTED)
            chart.addSeries(line)
            series.append(line)
            peak = max(peak, float(target))
        x, _y = self.axes(chart, labels or [""], peak, series)
        if len(labels) > 12:  # slanted, so that every month keeps its whole name
            x.setLabelsAngle(-60)
