"""The project's logframe targets (DESIGN.md), the default values HQ starts from."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["DEFAULT_TARGETS", "TargetInfo", "target_info"]


@dataclass(frozen=True, slots=True)
class TargetInfo:
    """One indicator with its default national target value."""

    indicator: str
    value: Decimal | int
    unit: str
    description_tr: str
    description_en: str


DEFAULT_TARGETS: tuple[TargetInfo, ...] = (
    TargetInfo(
        "smes_reached",
        400,
        "SMEs",
        "Ulaşılan KOBİ sayısı (en az bir ziyaret veya katılınan bir eğitim)",
        "SMEs reached (at least one visit or one attended training)",
    ),
    TargetInfo(
        "smes_in_clusters",
        200,
        "SMEs",
        "Bir iş kümesine üye olan KOBİ sayısı",
        "SMEs that are members of a business cluster",
    ),
    TargetInfo(
        "clusters_per_province_min",
        3,
        "clusters",
        "Pilot il başına belirlenen iş kümesi sayısı (en az)",
        "Business clusters identified per pilot province (minimum)",
    ),
    TargetInfo(
        "clusters_per_province_max",
        12,
        "clusters",
        "Pilot il başına belirlenen iş kümesi sayısı (en çok)",
        "Business clusters identified per pilot province (maximum)",
    ),
    TargetInfo(
        "clusters_benchmarked",
        20,
        "clusters",
        "Ulusal Kıyaslama Sistemine katılan sektörel küme sayısı",
        "Sectoral clusters that took part in the National Benchmarking System",
    ),
    TargetInfo(
        "productivity_change_pct",
        Decimal("20"),
        "%",
        "Küme KOBİ'lerinde verimlilik değişimi (son ölçüm ile başlangıç ölçümü arasında)",
        "Productivity change of cluster SMEs (latest vs baseline measurement)",
    ),
)


def target_info(indicator: str) -> TargetInfo:
    """The default target of an indicator; raises KeyError if unknown."""
    for target in DEFAULT_TARGETS:
        if target.indicator == indicator:
            return target
    raise KeyError(indicator)
