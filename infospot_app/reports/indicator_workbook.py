"""The Ministry's indicator workbook: a summary of every indicator against its target, per
office and in total, then the rows behind the numbers (companies, visits, trainings with
participants, certificates, clusters with members, measurements, grants).

Every number comes from ``core.indicators`` and every detail sheet lists exactly the rows an
indicator counts (its drill-down), so the workbook, the dashboard and ``infospot indicators``
agree by construction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import Workbook
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..core.indicators import Indicators, Scope, by_office, compute, drill_down
from ..core.indicators.cluster_figures import (
    live_membership,
    productivity_figures,
    smes_in_clusters_ids,
)
from ..core.indicators.reach import attended_enrollments
from ..core.indicators.training_figures import participant_ids
from ..core.models import Certificate, Enrollment, Membership, Person, Training
from ..core.models import ProductivityMeasurement as Measurement
from ..core.services.listing import ListQuery
from . import list_columns as cols
from . import list_rows as rows
from .code_labels import label, yes_no
from .indicator_summary import LINES, province_columns, province_lines, summary_columns
from .list_export import LISTS, load_rows
from .xlsx_export import Column, Progress, discard, save_atomically, write_sheet

TOTAL = "TOPLAM"


@dataclass(frozen=True)
class WorkbookFigures:
    """The figures a workbook shows: one column group per office, then the total."""

    scope: Scope
    total: Indicators
    offices: dict[str, Indicators]
    men: dict[str, int]

    def columns(self) -> dict[str, Indicators]:
        """Office code → figures, then the total ("TOPLAM"); one group for a single office."""
        if self.scope.office is not None:
            return {self.scope.office: self.total}
        return {**self.offices, TOTAL: self.total}


def _men(session: Session, scope: Scope) -> int:
    stmt = participant_ids(scope).where(Person.gender == "male")
    return len(list(session.scalars(stmt)))


def gather(session: Session, scope: Scope) -> WorkbookFigures:
    """The scope's indicators, and for a national scope those of every office."""
    total = compute(session, scope)
    offices = by_office(session, scope) if scope.office is None else {}
    men = {code: _men(session, Scope(scope.start, scope.end, code)) for code in offices}
    men[scope.office or TOTAL] = _men(session, scope)
    return WorkbookFigures(scope, total, offices, men)


def _in_list_order(session: Session, kind: str, wanted: set[str]) -> list[str]:
    """The ids of ``wanted`` in the order the list shows them."""
    return [i for i in LISTS[kind].service.ids(session, ListQuery(limit=None)) if i in wanted]


def _list_rows(session: Session, kind: str, wanted: set[str]) -> list[Any]:
    """The rows of list ``kind`` with these ids, in list order."""
    return list(load_rows(session, kind, _in_list_order(session, kind, wanted)))


class TrainingFigures(NamedTuple):
    line: rows.TrainingLine
    participants: int
    women: int
    men: int


def _training_sheet(session: Session, scope: Scope) -> list[TrainingFigures]:
    attended = attended_enrollments(scope).subquery()
    stmt = (
        select(Enrollment.training_id, Person.id, Person.gender)
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.id.in_(select(attended.c.id)), Person.deleted_at.is_(None))
        .distinct()
    )
    people: dict[str, Counter[str]] = {}
    for training_id, _person, gender in session.execute(stmt):
        people.setdefault(training_id, Counter())[gender] += 1
    wanted = set(drill_down(session, "trainings_held", scope)) | set(people)
    ids = _in_list_order(session, "trainings", wanted)
    return [
        TrainingFigures(
            line,
            sum(people.get(line.training.id, Counter()).values()),
            people.get(line.training.id, Counter())["female"],
            people.get(line.training.id, Counter())["male"],
        )
        for line in rows.training_rows(session, ids)
    ]


def _training_columns(lang: str) -> list[Column]:
    extra = [
        Column("participants", "Katılımcı", "Participants", lambda r: r.participants, "int"),
        Column("women", "Kadın", "Women", lambda r: r.women, "int"),
        Column("men", "Erkek", "Men", lambda r: r.men, "int"),
    ]
    base = [_on(c, lambda r: r.line) for c in cols.training_columns(lang)]
    return base[:4] + extra + base[4:]


def _on(column: Column, part: Callable[[Any], Any]) -> Column:
    """The same column reading from a part of a wider row."""
    get = column.value
    return Column(column.key, column.header_tr, column.header_en, lambda r: get(part(r)),
                  column.kind, column.width)  # fmt: skip


class CertificateLine(NamedTuple):
    certificate: Certificate
    person: str
    gender: str
    training: str
    company: str


def _certificate_sheet(session: Session, scope: Scope) -> list[CertificateLine]:
    ids = drill_down(session, "certificates_issued", scope)
    stmt = (
        select(
            Certificate, Person.full_name, Person.gender, Training.title, Enrollment.company_name
        )
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .join(Person, Person.id == Enrollment.person_id)
        .join(Training, Training.id == Enrollment.training_id)
        .where(Certificate.id.in_(ids))
        .order_by(Certificate.number)
    )
    return [CertificateLine(*row) for row in session.execute(stmt)]


def _certificate_columns(lang: str) -> list[Column]:
    return [
        Column("number", "Belge no", "Certificate no.", lambda r: r.certificate.number, width=18),
        Column("issued_on", "Veriliş", "Issued", lambda r: r.certificate.issued_on, "date"),
        Column("person", "Katılımcı", "Participant", lambda r: r.person, width=28),
        Column("gender", "Cinsiyet", "Gender", lambda r: label("gender", r.gender, lang)),
        Column("training", "Eğitim", "Training", lambda r: r.training, width=36),
        Column("company", "Firma", "Company", lambda r: r.company, width=36),
        Column("office", "Ofis", "Office", lambda r: r.certificate.office, width=8),
    ]  # fmt: skip


def _member_ids(session: Session, scope: Scope) -> set[str]:
    stmt: Select[Any] = live_membership(scope).with_only_columns(Membership.id)
    return set(session.scalars(stmt))


def _measurement_ids(session: Session, scope: Scope) -> set[str]:
    members = smes_in_clusters_ids(scope).subquery()
    stmt = select(Measurement.id).where(
        Measurement.deleted_at.is_(None),
        Measurement.company_id.in_(select(members)),
        Measurement.measured_on <= scope.as_of,
    )
    return set(session.scalars(stmt))


def write_workbook(
    session: Session,
    scope: Scope,
    path: Path,
    *,
    lang: str = "tr",
    progress: Progress | None = None,
) -> WorkbookFigures:
    """Write the Ministry's workbook for ``scope`` to ``path``; returns the figures shown."""
    figures = gather(session, scope)
    en = lang == "en"
    benchmarked = set(drill_down(session, "clusters_benchmarked", scope))
    changes = productivity_figures(session, scope).changes
    cluster_cols = [
        *cols.cluster_columns(lang),
        Column("benchmarked", "Ulusal kıyaslama", "Benchmarked",
               lambda r: yes_no(r.cluster.id in benchmarked, lang)),
    ]  # fmt: skip
    measurement_cols = [
        *cols.measurement_columns(lang),
        Column("change", "Firmanın değişimi, %", "Company's change, %",
               lambda r: changes.get(r.measurement.company_id), "decimal"),
    ]  # fmt: skip
    sheets: list[tuple[str, Callable[[], list[Any]], list[Column]]] = [
        ("Companies" if en else "Firmalar",
         lambda: _list_rows(session, "companies",
                             set(drill_down(session, "smes_reached", scope))),
         cols.company_columns(lang)),
        ("Visits" if en else "Ziyaretler",
         lambda: _list_rows(session, "visits", set(drill_down(session, "visits", scope))),
         cols.visit_columns(lang)),
        ("Trainings" if en else "Eğitimler", lambda: _training_sheet(session, scope),
         _training_columns(lang)),
        ("Certificates" if en else "Belgeler", lambda: _certificate_sheet(session, scope),
         _certificate_columns(lang)),
        ("Clusters" if en else "Kümeler",
         lambda: _list_rows(session, "clusters", set(drill_down(session, "clusters", scope))),
         cluster_cols),
        ("Cluster members" if en else "Küme üyeleri",
         lambda: _list_rows(session, "members", _member_ids(session, scope)),
         cols.member_columns(lang)),
        ("Measurements" if en else "Verimlilik",
         lambda: _list_rows(session, "measurements", _measurement_ids(session, scope)),
         measurement_cols),
        ("Grants" if en else "Hibeler",
         lambda: _list_rows(session, "grants",
                             set(drill_down(session, "grant_applications", scope))),
         cols.grant_columns(lang)),
    ]  # fmt: skip
    workbook = Workbook(write_only=True)
    steps = len(sheets) + 2
    try:
        scopes = figures.columns()
        write_sheet(workbook, "Summary" if en else "Özet", summary_columns(scopes, figures.men,
                    lang), LINES, lang=lang)  # fmt: skip
        write_sheet(workbook, "Clusters by province" if en else "İllere göre kümeler",
                    province_columns(figures.total.targets), province_lines(scopes), lang=lang)  # fmt: skip
        for step, (title, load, columns) in enumerate(sheets, 3):
            write_sheet(workbook, title, columns, load(), lang=lang)
            if progress is not None:
                progress(step, steps)
    except BaseException:
        discard(workbook)
        raise
    save_atomically(workbook, path)
    return figures
