"""Importing chamber member lists into companies and their contact people.

File reading lives in ``infospot_app.imports`` (openpyxl); this package holds the domain
logic: header detection, column mapping, per-row validation through the services, duplicate
matching by tax id, the dry run (a plan) and applying it in one transaction.
"""

from .apply import ImportResult, apply_plan
from .fields import FIELDS, ImportField, find_header_row, recognise, recognise_columns
from .mapping import (
    ColumnMapping,
    apply_saved,
    guess_mapping,
    load_mapping_file,
    remember_mapping,
    remembered_mapping,
    save_mapping_file,
)
from .plan import ImportPlan, OnDuplicate, RowOutcome, plan_import

__all__ = [
    "FIELDS",
    "ColumnMapping",
    "ImportField",
    "ImportPlan",
    "ImportResult",
    "OnDuplicate",
    "RowOutcome",
    "apply_plan",
    "apply_saved",
    "find_header_row",
    "guess_mapping",
    "load_mapping_file",
    "plan_import",
    "recognise",
    "recognise_columns",
    "remember_mapping",
    "remembered_mapping",
    "save_mapping_file",
]
