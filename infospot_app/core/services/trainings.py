"""Trainings, their sessions, enrollments (with a company snapshot) and attendance."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import validation as v
from ..attendance import session_hours
from ..models import (
    Cluster,
    Company,
    Enrollment,
    Person,
    Training,
    TrainingSession,
    utcnow,
)
from ..models.training import TRAINING_STATUSES
from ..turkish import fold
from . import record
from .actor import Actor
from .aggregate import AggregateService
from .references import require_live

MAX_SESSION_HOURS = Decimal(24)


class TrainingService(AggregateService[Training]):
    """Create, edit, delete, find and list trainings."""

    model = Training
    noun_tr, noun_en = "eğitim", "training"
    turkish_columns = frozenset({"title", "topic", "status", "venue"})
    default_sort = "start_date"

    def normalize(
        self, session: Session, values: dict[str, Any], row: Training | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["title"] = check.check(v.required, values.get("title"), "title", "Eğitim adı", "Title")
        out["status"] = check.check(
            v.one_of,
            values.get("status") or "planned",
            "status",
            TRAINING_STATUSES,
            "Durum",
            "Status",
        )
        pct = values.get("min_attendance_pct")
        pct = check.check(v.percentage, 80 if v.is_blank(pct) else pct, "min_attendance_pct")
        out["min_attendance_pct"] = None if pct is None else int(pct)
        if pct is not None and pct != int(pct):
            check.errors.append(
                v.ValidationError(
                    "min_attendance_pct",
                    "Asgari katılım oranı tam sayı olmalıdır (örneğin 80).",
                    "Minimum attendance must be a whole percentage (e.g. 80).",
                )
            )
        out["capacity"] = check.check(v.non_negative_int, values.get("capacity"), "capacity")
        out["start_date"] = check.check(
            v.date_value, values.get("start_date"), "start_date", "Başlangıç tarihi", "Start date"
        )
        out["end_date"] = check.check(
            v.date_value, values.get("end_date"), "end_date", "Bitiş tarihi", "End date"
        )
        check.check(v.date_not_before, out["start_date"], out["end_date"], "end_date")
        for text_field in ("topic", "description", "venue", "trainers", "organiser"):
            out[text_field] = (values.get(text_field) or "").strip()
        if values.get("cluster_id"):
            check.check(
                require_live,
                session,
                Cluster,
                values["cluster_id"],
                "cluster_id",
                "Küme",
                "Cluster",
            )
        else:
            out["cluster_id"] = None
        check.raise_if_any()
        return out

    def derive(self, values: dict[str, Any]) -> dict[str, Any]:
        words = [values.get(k) or "" for k in ("title", "topic", "venue", "trainers")]
        return {"search_key": fold(" ".join(words))}

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        clauses = []
        if filters.get("date_from"):
            clauses.append(Training.start_date >= filters["date_from"])
        if filters.get("date_to"):
            clauses.append(Training.start_date <= filters["date_to"])
        for key in ("status", "topic", "cluster_id", "office"):
            if filters.get(key):
                clauses.append(getattr(Training, key) == filters[key])
        return clauses


class TrainingSessionService(AggregateService[TrainingSession]):
    """Sessions of a training; the training's start and end dates follow them."""

    model = TrainingSession
    noun_tr, noun_en = "oturum", "session"
    default_sort = "session_date"

    def normalize(
        self, session: Session, values: dict[str, Any], row: TrainingSession | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["training_id"] = check.check(
            require_live,
            session,
            Training,
            values.get("training_id"),
            "training_id",
            "Eğitim",
            "Training",
        )
        out["session_date"] = check.check(
            v.required_date,
            values.get("session_date"),
            "session_date",
            "Oturum tarihi",
            "Session date",
        )
        start = check.check(
            v.time_value, values.get("start_time"), "start_time", "Başlangıç saati", "Start time"
        )
        end = check.check(
            v.time_value, values.get("end_time"), "end_time", "Bitiş saati", "End time"
        )
        out["start_time"], out["end_time"] = start, end
        if start is not None and end is not None:
            if end <= start:
                check.errors.append(
                    v.ValidationError(
                        "end_time",
                        "Bitiş saati başlangıç saatinden sonra olmalıdır. Saatleri kontrol edin.",
                        "The end time must be after the start time. Please check the times.",
                    )
                )
            else:
                out["hours"] = session_hours(start, end)
        else:
            hours = check.check(v.required, values.get("hours"), "hours", "Saat", "Hours")
            out["hours"] = (
                None if hours is None else check.check(v.non_negative_decimal, hours, "hours")
            )
        if out.get("hours") is not None and not 0 < out["hours"] <= MAX_SESSION_HOURS:
            check.errors.append(
                v.ValidationError(
                    "hours",
                    "Oturum süresi 0'dan büyük ve en fazla 24 saat olmalıdır.",
                    "A session must last more than 0 and at most 24 hours.",
                )
            )
        check.raise_if_any()
        return out

    def create(self, session: Session, actor: Actor, values: dict[str, Any]) -> TrainingSession:
        row = super().create(session, actor, values)
        follow_sessions(session, actor, row.training_id)
        return row

    def update(
        self,
        session: Session,
        actor: Actor,
        row_id: str,
        values: dict[str, Any],
        expected_version: int | None = None,
    ) -> TrainingSession:
        before = self.get(session, row_id).training_id
        row = super().update(session, actor, row_id, values, expected_version)
        for training_id in {before, row.training_id}:
            follow_sessions(session, actor, training_id)
        return row

    def delete(self, session: Session, actor: Actor, row_id: str) -> None:
        training_id = self.get(session, row_id).training_id
        super().delete(session, actor, row_id)
        follow_sessions(session, actor, training_id)

    def of_training(self, session: Session, training_id: str) -> list[TrainingSession]:
        """The training's live sessions in date order."""
        stmt = (
            select(TrainingSession)
            .where(TrainingSession.training_id == training_id, TrainingSession.deleted_at.is_(None))
            .order_by(TrainingSession.session_date, TrainingSession.start_time, TrainingSession.id)
        )
        return list(session.scalars(stmt))


def follow_sessions(session: Session, actor: Actor, training_id: str) -> None:
    """Set the training's start and end dates to its first and last session (if it has any)."""
    first, last = session.execute(
        select(
            func.min(TrainingSession.session_date), func.max(TrainingSession.session_date)
        ).where(TrainingSession.training_id == training_id, TrainingSession.deleted_at.is_(None))
    ).one()
    if first is None:
        return
    training = session.get(Training, training_id)
    if training is not None and training.office == actor.office:
        record.change(session, actor, training, {"start_date": first, "end_date": last})


class EnrollmentService(AggregateService[Enrollment]):
    """Enrollments: one live per person and training, with the person's company at the time."""

    model = Enrollment
    noun_tr, noun_en = "kayıt", "enrollment"
    turkish_columns = frozenset({"company_name"})

    def normalize(
        self, session: Session, values: dict[str, Any], row: Enrollment | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["training_id"] = check.check(
            require_live,
            session,
            Training,
            values.get("training_id"),
            "training_id",
            "Eğitim",
            "Training",
        )
        out["person_id"] = check.check(
            require_live,
            session,
            Person,
            values.get("person_id"),
            "person_id",
            "Katılımcı",
            "Participant",
        )
        if out["training_id"] and out["person_id"]:
            other = self.pair(session, out["training_id"], out["person_id"])
            # A removed enrollment is revived by create(); an edit cannot take its pair.
            if (
                other is not None
                and (row is None or other.id != row.id)
                and (other.deleted_at is None or row is not None)
            ):
                check.errors.append(_already_enrolled())
            if row is None or row.person_id != out["person_id"]:
                out.update(_company_snapshot(session, out["person_id"]))
        check.raise_if_any()
        return out

    def create(self, session: Session, actor: Actor, values: dict[str, Any]) -> Enrollment:
        """Enroll a person; one removed earlier is enrolled again on the same row."""
        actor.require_edit()
        prepared = self._prepare(session, values, None)
        removed = self.pair(session, prepared["training_id"], prepared["person_id"])
        if removed is not None:
            # The pair is unique even among tombstones, so the removed row comes back to life.
            revived = {**prepared, "deleted_at": None, "withdrawn_at": None}
            record.change(session, actor, removed, revived)
            return removed
        return record.create(session, actor, Enrollment, prepared)

    def withdraw(self, session: Session, actor: Actor, enrollment_id: str) -> Enrollment:
        """Mark the participant as withdrawn (the row and attendance stay for the record)."""
        row = self.get(session, enrollment_id)
        record.change(session, actor, row, {"withdrawn_at": utcnow()})
        return row

    def pair(self, session: Session, training_id: str, person_id: str) -> Enrollment | None:
        """The enrollment of the person in the training: the live one, else a removed one."""
        return session.scalar(
            select(Enrollment)
            .where(Enrollment.training_id == training_id, Enrollment.person_id == person_id)
            .order_by(Enrollment.deleted_at.is_not(None), Enrollment.id)
            .limit(1)
        )

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        clauses = []
        for key in ("training_id", "person_id", "company_id", "office"):
            if filters.get(key):
                clauses.append(getattr(Enrollment, key) == filters[key])
        return clauses


def _already_enrolled() -> v.ValidationError:
    return v.ValidationError(
        "person_id",
        "Bu kişi bu eğitime zaten kayıtlı. Var olan kaydı açın.",
        "This person is already enrolled in this training. Open the existing enrollment.",
    )


def _company_snapshot(session: Session, person_id: str) -> dict[str, Any]:
    """The person's company now: its id and legal name, kept even if the person moves on."""
    found = session.execute(
        select(Company.id, Company.legal_name)
        .join(Person, Person.company_id == Company.id)
        .where(Person.id == person_id)
    ).first()
    return (
        {"company_id": found[0], "company_name": found[1]}
        if found
        else {
            "company_id": None,
            "company_name": "",
        }
    )


trainings = TrainingService()
training_sessions = TrainingSessionService()
enrollments = EnrollmentService()
