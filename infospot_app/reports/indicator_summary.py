"""The summary sheet of the Ministry's workbook: every indicator against its target, per office
and in total, with exactly the numbers of ``core.indicators.compute``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..core.indicators import Indicators
from .code_labels import province_name
from .xlsx_export import Column, ColumnKind


@dataclass(frozen=True)
class SummaryLine:
    """One indicator of the summary: its stable key, names, value type and target key."""

    key: str
    name_tr: str
    name_en: str
    kind: ColumnKind = "int"
    target: str | None = None

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_tr


LINES: tuple[SummaryLine, ...] = (
    SummaryLine("smes_reached", "Ulaşılan KOBİ", "SMEs reached", target="smes_reached"),
    SummaryLine("smes_in_clusters", "Kümelerdeki KOBİ", "SMEs in clusters",
                target="smes_in_clusters"),
    SummaryLine("clusters", "Belirlenen küme", "Clusters identified"),
    SummaryLine("clusters_benchmarked", "Ulusal kıyaslamaya katılan küme",
                "Clusters benchmarked (national system)", target="clusters_benchmarked"),
    SummaryLine("productivity_change_median", "Küme KOBİ'lerinde verimlilik değişimi, % (medyan)",
                "Productivity change of cluster SMEs, % (median)", "percent",
                "productivity_change_pct"),
    SummaryLine("productivity_change_mean", "Verimlilik değişimi, % (ortalama)",
                "Productivity change, % (mean)", "percent"),
    SummaryLine("productivity_measured", "Verimliliği ölçülen küme KOBİ'si",
                "Cluster SMEs with both measurements"),
    SummaryLine("trainings_held", "Yapılan eğitim", "Trainings held"),
    SummaryLine("participants", "Katılımcı", "Participants"),
    SummaryLine("women_participants", "Kadın katılımcı", "Women participants"),
    SummaryLine("men_participants", "Erkek katılımcı", "Men participants"),
    SummaryLine("women_share", "Kadın katılımcı oranı, %", "Share of women, %", "percent"),
    SummaryLine("participant_hours", "Katılımcı-saat", "Participant-hours", "decimal"),
    SummaryLine("certificates_issued", "Verilen katılım belgesi", "Certificates issued"),
    SummaryLine("visits", "Firma ziyareti", "Company visits"),
    SummaryLine("follow_up_actions_overdue", "Geciken takip eylemi", "Overdue follow-up actions"),
    SummaryLine("grant_applications", "Hibe başvurusu", "Grant applications"),
    SummaryLine("grants_approved", "Onaylanan başvuru", "Applications approved"),
    SummaryLine("grant_amount_requested", "Talep edilen tutar (TL)", "Amount requested (TRY)",
                "money"),
    SummaryLine("grant_amount_granted", "Hibe tutarı (TL)", "Amount granted (TRY)", "money"),
)  # fmt: skip
"""The indicators of the summary, in the order the Ministry reads them."""


def indicator_value(figures: Indicators, key: str, men: int | None = None) -> Any:
    """The value of one summary line (men are counted separately, see ``gender_counts``)."""
    if key == "men_participants":
        return men
    if key == "women_share":
        return figures.women_share
    return getattr(figures, key)


def summary_columns(scopes: dict[str, Indicators], men: dict[str, int], lang: str) -> list[Column]:
    """Indicator, code, then for each scope (office codes, then the total) value and target."""
    columns = [
        Column("indicator", "Gösterge", "Indicator", lambda line: line.name(lang), width=48),
        Column("code", "Kod", "Code", lambda line: line.key, width=26),
    ]
    for label, figures in scopes.items():
        columns.append(
            Column(
                f"{label}_value",
                f"{label} değer",
                f"{label} value",
                _value_of(figures, men.get(label)),
                "decimal",
                width=14,
            )
        )
        columns.append(
            Column(
                f"{label}_target",
                f"{label} hedef",
                f"{label} target",
                _target_of(figures),
                "decimal",
                width=14,
            )
        )
    return columns


def _value_of(figures: Indicators, men: int | None) -> Callable[[SummaryLine], Any]:
    def value(line: SummaryLine) -> Any:
        found = indicator_value(figures, line.key, men)
        return _as_written(found, line.kind)

    return value


def _target_of(figures: Indicators) -> Callable[[SummaryLine], Any]:
    def target(line: SummaryLine) -> Any:
        found = figures.targets.get(line.target) if line.target else None
        return _as_written(found, line.kind)

    return target


def _as_written(value: Any, kind: str) -> Any:
    """Percent indicators are kept in percent points (20 = 20 %), as the dashboard shows them."""
    if value is None:
        return None
    return Decimal(str(value)) if kind in ("percent", "money", "decimal") else value


def province_lines(scopes: dict[str, Indicators]) -> list[tuple[str, str, int]]:
    """(scope, province name, clusters) for every province with a cluster, per scope."""
    return [
        (label, province_name(code), count)
        for label, figures in scopes.items()
        for code, count in figures.clusters_per_province.items()
    ]


def province_columns(targets: dict[str, Decimal]) -> list[Column]:
    """Clusters per province against the minimum and maximum target."""
    low, high = targets.get("clusters_per_province_min"), targets.get("clusters_per_province_max")
    return [
        Column("scope", "Kapsam", "Scope", lambda r: r[0], width=10),
        Column("province", "İl", "Province", lambda r: r[1], width=20),
        Column("clusters", "Küme", "Clusters", lambda r: r[2], "int"),
        Column("min", "Hedef (en az)", "Target (min)", lambda r: low, "decimal"),
        Column("max", "Hedef (en çok)", "Target (max)", lambda r: high, "decimal"),
    ]
