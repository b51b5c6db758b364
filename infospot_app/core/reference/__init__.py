"""Reference data: provinces, districts, NACE Rev. 2, KOBİ thresholds, offices, targets."""

from infospot_app.core.reference.districts import (
    District,
    canonical_district,
    current_districts,
    districts,
    has_district_data,
    is_known_district,
)
from infospot_app.core.reference.kobi import (
    SIZE_CLASSES,
    Thresholds,
    all_thresholds,
    size_class,
    thresholds_for,
)
from infospot_app.core.reference.nace import (
    NaceEntry,
    division_of,
    is_valid_nace,
    nace_entries,
    nace_entry,
    nace_label,
    normalize_nace,
    search_nace,
    section_of,
)
from infospot_app.core.reference.offices import CENTRAL_OFFICE, OFFICES, OfficeInfo, office_info
from infospot_app.core.reference.provinces import PROVINCES, Province, find_province, province
from infospot_app.core.reference.targets import DEFAULT_TARGETS, TargetInfo, target_info

__all__ = [
    "CENTRAL_OFFICE",
    "DEFAULT_TARGETS",
    "OFFICES",
    "PROVINCES",
    "SIZE_CLASSES",
    "District",
    "NaceEntry",
    "OfficeInfo",
    "Province",
    "TargetInfo",
    "Thresholds",
    "all_thresholds",
    "canonical_district",
    "current_districts",
    "districts",
    "division_of",
    "find_province",
    "has_district_data",
    "is_known_district",
    "is_valid_nace",
    "nace_entries",
    "nace_entry",
    "nace_label",
    "normalize_nace",
    "office_info",
    "province",
    "search_nace",
    "section_of",
    "size_class",
    "target_info",
    "thresholds_for",
]
