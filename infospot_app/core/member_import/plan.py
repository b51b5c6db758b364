"""The dry run of a member list import: what each row would do, and why rows are refused.

Every row is validated by the company and people services themselves (tax id checksum, NACE,
e-mail, required fields …); duplicates are matched by tax id, inside the file and against
the database. ``apply.apply_plan`` then carries the plan out, so a dry run and the real import
cannot disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import validation as v
from ..errors import InfoSpotError
from ..models import Company, Office, Person
from ..services.actor import Actor
from ..services.companies import companies
from ..services.people import people
from ..turkish import fold
from .cells import company_values, contact_values
from .mapping import ColumnMapping

Status = Literal["new", "update", "unchanged", "skipped", "rejected", "duplicate"]
OnDuplicate = Literal["update", "skip"]
STATUSES: tuple[Status, ...] = ("new", "update", "unchanged", "skipped", "rejected", "duplicate")
REQUIRED = ("legal_name", "tax_id")
PROGRESS_EVERY = 500


@dataclass
class RowOutcome:
    """What one row of the list does, with the reasons when it is refused or skipped."""

    line: int
    cells: tuple[Any, ...]
    status: Status = "new"
    reasons_tr: list[str] = field(default_factory=list)
    reasons_en: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    contact: dict[str, Any] | None = None
    company_id: str | None = None

    def reasons(self, lang: str = "tr") -> list[str]:
        return self.reasons_en if lang == "en" else self.reasons_tr

    def refuse(self, status: Status, tr: str, en: str) -> None:
        self.status = status
        self.reasons_tr.append(tr)
        self.reasons_en.append(en)


@dataclass
class ImportPlan:
    """The outcome of every non-empty row, in file order."""

    headers: tuple[Any, ...]
    mapping: ColumnMapping
    on_duplicate: OnDuplicate
    outcomes: list[RowOutcome]

    def counts(self) -> dict[str, int]:
        found = Counter(o.status for o in self.outcomes)
        return {status: found.get(status, 0) for status in STATUSES}

    def refused(self) -> list[RowOutcome]:
        """Rows that cannot be imported as they are (invalid, or repeated in the file)."""
        return [o for o in self.outcomes if o.status in ("rejected", "duplicate")]

    def summary(self, lang: str = "tr") -> dict[str, Any]:
        """Counts and the reasons of every refused or skipped row, as plain values."""
        return {
            "rows": len(self.outcomes),
            **self.counts(),
            "problems": [
                {"line": o.line, "status": o.status, "reasons": o.reasons(lang)}
                for o in self.outcomes
                if o.reasons_tr
            ],
        }


def _check_mapping(mapping: ColumnMapping) -> None:
    missing = [f for f in REQUIRED if f not in mapping.fields()]
    if missing:
        raise InfoSpotError(
            "Firma unvanı ve vergi numarası sütunları eşleştirilmeli. Başlık satırını ve "
            "sütun eşleştirmesini kontrol edin.",
            "The legal name and tax id columns must be mapped. Check the header row and the "
            "column mapping.",
        )


def _own_province(session: Session, office: str) -> str | None:
    return session.scalar(select(Office.province).where(Office.code == office)) or None


def _errors(error: v.ValidationError | v.ValidationErrors) -> list[v.ValidationError]:
    return error.errors if isinstance(error, v.ValidationErrors) else [error]


class Planner:
    """Plans rows one by one, remembering the tax ids seen earlier in the file."""

    def __init__(self, session: Session, actor: Actor, on_duplicate: OnDuplicate) -> None:
        self.session, self.actor, self.on_duplicate = session, actor, on_duplicate
        self.province = _own_province(session, actor.office)
        self.seen: dict[str, int] = {}

    def plan_row(self, outcome: RowOutcome, cells: dict[str, Any]) -> None:
        try:
            values = company_values(cells)
            contact = contact_values(cells)
        except v.ValidationError as error:
            outcome.refuse("rejected", error.message_tr, error.message_en)
            return
        if v.is_blank(values.get("province")) and self.province:
            values["province"] = self.province
        tax = self._tax_id(values.get("tax_id"))
        if tax is not None and tax in self.seen:
            first = self.seen[tax]
            outcome.refuse(
                "duplicate",
                f"Aynı vergi numarası dosyanın {first}. satırında da var; yalnızca o satır alınır.",
                f"The same tax id is on line {first} of the file; only that line is imported.",
            )
            return
        existing = companies.find_by_tax_id(self.session, tax) if tax else None
        if existing is None:
            self._validate(outcome, values, None)
        else:
            self._existing(outcome, values, existing)
        if contact is not None and outcome.status not in ("rejected", "skipped"):
            self._contact(outcome, contact, existing)
        if tax is not None and outcome.status != "rejected":
            self.seen[tax] = outcome.line

    def _tax_id(self, raw: Any) -> str | None:
        try:
            return v.tax_id(raw)
        except v.ValidationError:
            return None  # reported by the company's own validation

    def _validate(self, outcome: RowOutcome, values: dict[str, Any], row: Company | None) -> None:
        try:
            normalized = companies.normalize(self.session, dict(values), row)
        except (v.ValidationError, v.ValidationErrors) as error:
            for problem in _errors(error):
                outcome.refuse("rejected", problem.message_tr, problem.message_en)
            return
        outcome.values = {k: normalized[k] for k in values}

    def _existing(self, outcome: RowOutcome, values: dict[str, Any], existing: Company) -> None:
        outcome.company_id = existing.id
        if existing.office != self.actor.office:
            outcome.refuse(
                "skipped",
                f"Bu firma {existing.office} ofisinin kaydı; yalnızca o ofis değiştirebilir.",
                f"This company belongs to office {existing.office}; only that office edits it.",
            )
            return
        if self.on_duplicate == "skip":
            outcome.refuse(
                "skipped",
                "Bu vergi numarasıyla kayıtlı bir firma var; olduğu gibi bırakıldı.",
                "A company with this tax id is already registered; it was left as it is.",
            )
            return
        given = {k: val for k, val in values.items() if not v.is_blank(val)}
        current = {k: getattr(existing, k) for k in companies.editable()}
        self._validate(outcome, {**current, **given}, existing)
        if outcome.status == "rejected":
            return
        outcome.values = {
            k: outcome.values[k] for k in given if outcome.values[k] != getattr(existing, k)
        }
        outcome.status = "update" if outcome.values else "unchanged"

    def _contact(
        self, outcome: RowOutcome, contact: dict[str, Any], existing: Company | None
    ) -> None:
        try:
            outcome.contact = people.normalize(self.session, dict(contact), None)
        except (v.ValidationError, v.ValidationErrors) as error:
            for problem in _errors(error):
                outcome.refuse(
                    "rejected", f"Yetkili: {problem.message_tr}", f"Contact: {problem.message_en}"
                )
            return
        known = existing is not None and find_contact(
            self.session, existing.id, contact["full_name"]
        )
        if outcome.status == "unchanged" and not known:
            outcome.status = "update"


def find_contact(session: Session, company_id: str, full_name: str) -> Person | None:
    """The company's live contact with this name (compared the Turkish way), if any."""
    wanted = fold(full_name)
    for person in session.scalars(
        select(Person).where(Person.company_id == company_id, Person.deleted_at.is_(None))
    ):
        if fold(person.full_name) == wanted:
            return person
    return None


def plan_import(
    session: Session,
    actor: Actor,
    rows: Sequence[Sequence[Any]],
    mapping: ColumnMapping,
    on_duplicate: OnDuplicate = "skip",
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """What importing ``rows`` (a sheet's rows, header included) would do, row by row."""
    _check_mapping(mapping)
    headers = tuple(rows[mapping.header_row]) if len(rows) > mapping.header_row else ()
    planner = Planner(session, actor, on_duplicate)
    outcomes = []
    data = rows[mapping.header_row + 1 :]
    for offset, row in enumerate(data):
        if all(v.is_blank(cell) for cell in row):
            continue  # empty rows in the middle of a list are skipped silently
        outcome = RowOutcome(line=mapping.header_row + 2 + offset, cells=tuple(row))
        cells = {f: (row[i] if i < len(row) else None) for i, f in mapping.columns.items()}
        planner.plan_row(outcome, cells)
        outcomes.append(outcome)
        if progress is not None and (offset + 1) % PROGRESS_EVERY == 0:
            progress(offset + 1, len(data))
    if progress is not None:
        progress(len(data), len(data))
    return ImportPlan(headers, mapping, on_duplicate, outcomes)
