"""NACE Rev. 2 (not 2.1) from python-stdnum's registry, with Turkish labels."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from stdnum import numdb

from infospot_app.core.paths import resource_path
from infospot_app.core.turkish import fold, search_terms

__all__ = [
    "NaceEntry",
    "division_of",
    "is_valid_nace",
    "nace_entries",
    "nace_entry",
    "nace_label",
    "normalize_nace",
    "search_nace",
    "section_of",
]

_REGISTRY = "eu/nace20"  # python-stdnum defaults to Rev. 2.1 ("eu/nace21")
_LEVELS = {1: "section", 2: "division", 3: "group", 4: "class"}
_CODE_CHARS = re.compile(r"[\s.]")


@dataclass(frozen=True, slots=True)
class NaceEntry:
    """One NACE Rev. 2 item: code ("C", "10", "10.7", "10.71"), level and labels."""

    code: str
    level: str  # section / division / group / class
    label_en: str
    label_tr: str | None
    section: str

    def label(self, lang: str = "tr") -> str:
        """The label in the language, Turkish falling back to English."""
        return (self.label_tr or self.label_en) if lang == "tr" else self.label_en


def _format(digits: str) -> str:
    """Canonical presentation of a letter or 2-6 digits: "10", "10.7", "10.71", "10.71.01"."""
    if len(digits) <= 2:
        return digits
    if len(digits) <= 4:
        return f"{digits[:2]}.{digits[2:]}"
    return f"{digits[:2]}.{digits[2:4]}.{digits[4:]}"


@cache
def _turkish_labels() -> dict[str, str]:
    with resource_path("reference", "nace_tr.json").open(encoding="utf-8") as fh:
        return json.load(fh)["labels"]


def _label_en(props: dict[str, str]) -> str:
    label = props.get("label", "")
    return label.capitalize() if label.isupper() else label


@cache
def _entries() -> tuple[NaceEntry, ...]:
    tr = _turkish_labels()
    result: list[NaceEntry] = []
    divisions: list[NaceEntry] = []
    sections: dict[str, NaceEntry] = {}

    def add(digits: str, props: dict[str, str], section: str, into: list[NaceEntry]) -> None:
        code = _format(digits)
        level = _LEVELS[len(digits)] if digits.isdigit() else "section"
        # Groups and classes without a Turkish label of their own carry their division's, so
        # a Turkish screen never shows English; the code tells the class apart.
        turkish = tr.get(code) or tr.get(_format(digits[:3])) or tr.get(_format(digits[:2]))
        into.append(NaceEntry(code, level, _label_en(props), turkish, section))

    for _len, low, _high, props, groups in numdb.get(_REGISTRY).prefixes:
        if low.isalpha():
            entry = NaceEntry(low, "section", _label_en(props), tr.get(low), low)
            sections[low] = entry
            continue
        section = props["section"]
        add(low, props, section, divisions)
        for _l2, group, _h2, gprops, classes in groups:
            add(low + group, gprops, section, divisions)
            for _l3, cls, _h3, cprops, _children in classes:
                add(low + group + cls, cprops, section, divisions)
    # Sections first-in-order: each section just before its first division.
    seen: set[str] = set()
    for entry in divisions:
        if entry.section not in seen:
            seen.add(entry.section)
            result.append(sections[entry.section])
        result.append(entry)
    return tuple(result)


@cache
def _by_code() -> dict[str, NaceEntry]:
    return {e.code: e for e in _entries()}


@cache
def _search_text() -> dict[str, str]:
    return {e.code: fold(f"{e.label_tr or ''} {e.label_en}") for e in _entries()}


def nace_entries() -> list[NaceEntry]:
    """All sections, divisions, groups and classes, in classification order."""
    return list(_entries())


def normalize_nace(text: str) -> str:
    """Canonical code: "1071", "10.71" → "10.71"; "107101" → "10.71.01"; "c" → "C".

    Raises ValueError when the text is not shaped like a NACE code (existence is not checked).
    """
    compact = _CODE_CHARS.sub("", str(text or "")).upper()
    if len(compact) == 1 and "A" <= compact <= "U":
        return compact
    if not compact.isascii() or not compact.isdigit() or len(compact) not in (2, 3, 4, 6):
        raise ValueError(f"not a NACE code: {text!r}")
    return _format(compact)


def nace_entry(code: str) -> NaceEntry | None:
    """The entry for a code (a national 6-digit code gives its class), or None."""
    try:
        canonical = normalize_nace(code)
    except ValueError:
        return None
    return _by_code().get(canonical[:5])


def is_valid_nace(code: str) -> bool:
    """Whether the code exists in NACE Rev. 2 (a national extension needs an existing class)."""
    return nace_entry(code) is not None


def nace_label(code: str, lang: str = "tr") -> str:
    """The label of a code in "tr" or "en"; Turkish falls back to English.

    A national 6-digit code gets its class's label; raises KeyError for unknown codes.
    """
    entry = nace_entry(code)
    if entry is None:
        raise KeyError(code)
    return entry.label(lang)


def section_of(code: str) -> str:
    """The section letter of a code ("10.71" → "C"); raises KeyError if unknown."""
    canonical = normalize_nace(code)
    entry = _by_code().get(canonical if len(canonical) == 1 else canonical[:2])
    if entry is None:
        raise KeyError(code)
    return entry.section


def division_of(code: str) -> str:
    """The two-digit division of a code ("10.71.01" → "10"); ValueError for a section."""
    canonical = normalize_nace(code)
    if len(canonical) == 1:
        raise ValueError(f"a section has no division: {code!r}")
    return canonical[:2]


def search_nace(query: str, limit: int = 50) -> list[NaceEntry]:
    """Entries whose code starts with the query, or whose labels contain every query word."""
    query = (query or "").strip()
    if not query or limit <= 0:
        return []
    compact = _CODE_CHARS.sub("", query)
    if compact.isascii() and compact.isdigit():
        hits = [e for e in _entries() if e.code.replace(".", "").startswith(compact[:4])]
        return hits[:limit]
    if len(compact) == 1 and compact.isascii() and compact.isalpha():
        letter = compact.upper()
        hits = [e for e in _entries() if e.section == letter and e.level in ("section", "division")]
        if hits:
            return hits[:limit]
    terms = search_terms(query)
    text = _search_text()
    hits = [e for e in _entries() if all(t in text[e.code] for t in terms)]
    return hits[:limit]
