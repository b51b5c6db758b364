"""Which column of a member list goes to which field; mappings are saved by header name, so a
chamber's next list (with columns moved around) maps itself again."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..errors import InfoSpotError
from ..services.settings import get_setting, set_setting
from .fields import BY_KEY, find_header_row, header_key, recognise_columns

SETTING = "member_import_mapping"
FORMAT = 1


@dataclass
class ColumnMapping:
    """The header row (0-based index into the sheet's rows) and column index → field key."""

    header_row: int
    columns: dict[int, str] = field(default_factory=dict)

    def fields(self) -> set[str]:
        return set(self.columns.values())

    def by_header(self, headers: Sequence[Any]) -> dict[str, str]:
        """Header text → field, the form a mapping is saved in."""
        return {
            header_key(headers[i]): f
            for i, f in self.columns.items()
            if i < len(headers) and header_key(headers[i])
        }


def guess_mapping(rows: Sequence[Sequence[Any]]) -> ColumnMapping:
    """The header row found in ``rows`` and its columns recognised by name."""
    header_row = find_header_row(rows)
    headers = rows[header_row] if rows else ()
    return ColumnMapping(header_row, recognise_columns(headers))


def apply_saved(rows: Sequence[Sequence[Any]], saved: dict[str, str]) -> ColumnMapping:
    """A saved mapping (header text → field) applied to this file's header row; columns the
    saved mapping does not name are recognised as usual."""
    mapping = guess_mapping(rows)
    headers = rows[mapping.header_row] if rows else ()
    wanted = {header_key(k): v for k, v in saved.items() if v in BY_KEY}
    columns: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        if key in wanted and wanted[key] not in columns.values():
            columns[index] = wanted[key]
    for index, name in mapping.columns.items():
        if index not in columns and name not in columns.values():
            columns[index] = name
    return ColumnMapping(mapping.header_row, dict(sorted(columns.items())))


def save_mapping_file(path: Path, mapping: ColumnMapping, headers: Sequence[Any]) -> None:
    """Write the mapping as JSON (header text → field)."""
    data = {"format": FORMAT, "columns": mapping.by_header(headers)}
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def load_mapping_file(path: Path) -> dict[str, str]:
    """A mapping saved with ``save_mapping_file``: header text → field."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        columns = data["columns"]
        if not isinstance(columns, dict):
            raise TypeError
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InfoSpotError(
            f"Sütun eşleştirme dosyası okunamadı: {path}. Dosyayı InfoSpot ile yeniden kaydedin.",
            f"The column mapping file could not be read: {path}. Save it again from InfoSpot.",
        ) from error
    return {str(k): str(v) for k, v in columns.items()}


def remember_mapping(session: Session, mapping: ColumnMapping, headers: Sequence[Any]) -> None:
    """Keep the mapping in this database's settings, for the next import."""
    set_setting(session, SETTING, mapping.by_header(headers))


def remembered_mapping(session: Session) -> dict[str, str]:
    """The mapping used last time (header text → field), empty if none."""
    return dict(get_setting(session, SETTING, {}) or {})
