"""Attendance certificates: numbering, issuing, reissuing after a correction, revoking, verifying.

Numbers are ``<office>-<year>-<serial>`` (``TR19-2026-00042``), unique per office and year and
never reused: the next serial follows the highest ever allocated for that office and year,
revoked and deleted certificates included, and is taken inside the issuing transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import validation as v
from ..certificate_code import CertificateFacts, Signer, make_code, read_code
from ..errors import InfoSpotError
from ..models import Certificate, Enrollment, Office, Person, Training, utcnow
from . import record
from .actor import Actor
from .aggregate import AggregateService
from .attendance import ParticipantAttendance, training_attendance
from .trainings import training_sessions, trainings

SERIAL_WIDTH = 5
LANGUAGES = ("tr", "en")


class CertificateService(AggregateService[Certificate]):
    """Reads of certificates; every write goes through the functions of this module."""

    model = Certificate
    noun_tr, noun_en = "belge", "certificate"
    default_sort = "number"


certificates = CertificateService()


class NotEligible(InfoSpotError):
    """A selected participant's attendance is below the training's minimum."""


@dataclass(frozen=True)
class IssueResult:
    """What issuing did: new certificates, ones re-signed after a correction, those skipped."""

    issued: list[Certificate]
    reissued: list[Certificate]
    unchanged: list[Certificate]
    not_eligible: list[str]
    """Enrollment ids left without a certificate because their attendance is too low."""


def number_text(office: str, year: int, serial: int) -> str:
    """The printed number: ``TR19-2026-00042``."""
    return f"{office}-{year}-{serial:0{SERIAL_WIDTH}d}"


def next_serial(session: Session, office: str, year: int) -> int:
    """The next unused serial of the office and year (revoked and deleted ones count as used)."""
    prefix = f"{office}-{year}-"
    # Longest first, then highest: serials past 99999 grow a digit and still sort last.
    highest = session.scalar(
        select(Certificate.number)
        .where(Certificate.number.startswith(prefix, autoescape=True))
        .order_by(func.length(Certificate.number).desc(), Certificate.number.desc())
        .limit(1)
    )
    return int(highest.removeprefix(prefix)) + 1 if highest else 1


def next_number(session: Session, office: str, year: int) -> str:
    """The next unused number of the office and year."""
    return number_text(office, year, next_serial(session, office, year))


@dataclass(frozen=True)
class TrainingSpan:
    """What every certificate of one training states about it."""

    title: str
    start_date: date | None
    end_date: date | None
    total_hours: Decimal


def training_span(session: Session, training_id: str) -> TrainingSpan:
    """The training's title, first and last session day and total hours."""
    training = session.get(Training, training_id)
    sittings = training_sessions.of_training(session, training_id)
    days = [s.session_date for s in sittings]
    return TrainingSpan(
        title=training.title if training else "",
        start_date=min(days) if days else None,
        end_date=max(days) if days else None,
        total_hours=sum((s.hours for s in sittings), Decimal(0)),
    )


def facts_of(
    session: Session,
    enrollment: Enrollment,
    number: str,
    issued_on: date,
    span: TrainingSpan | None = None,
) -> CertificateFacts:
    """What a certificate of the enrollment states today (``span`` saves a lookup)."""
    person = session.get(Person, enrollment.person_id)
    span = span or training_span(session, enrollment.training_id)
    return CertificateFacts(
        number=number,
        full_name=person.full_name if person else "",
        training_title=span.title,
        start_date=span.start_date,
        end_date=span.end_date,
        total_hours=span.total_hours,
        issued_on=issued_on,
    )


def held_certificates(session: Session, enrollment_ids: list[str]) -> dict[str, Certificate]:
    """Enrollment id → its live, unrevoked certificate, for those that hold one."""
    found = session.scalars(
        select(Certificate).where(
            Certificate.enrollment_id.in_(enrollment_ids),
            Certificate.deleted_at.is_(None),
            Certificate.revoked_at.is_(None),
        )
    )
    return {c.enrollment_id: c for c in found}


def issue(
    session: Session,
    actor: Actor,
    training_id: str,
    signer: Signer,
    *,
    enrollment_ids: Iterable[str] | None = None,
    issued_on: date | None = None,
    language: str = "tr",
) -> IssueResult:
    """Issue certificates to the training's eligible participants (or the selected ones).

    Participants who hold a certificate keep it and its number; if their name or the training
    changed since, the certificate is re-signed so that its code states what is printed.
    Selected participants who are not eligible stop the whole issue with a message naming them.
    """
    actor.require_edit()
    training = trainings.get(session, training_id)
    if training.status == "cancelled":
        raise InfoSpotError(
            "İptal edilmiş bir eğitim için belge verilemez.",
            "Certificates cannot be issued for a cancelled training.",
        )
    if language not in LANGUAGES:
        raise v.ValidationError(
            "language", "Belge dili tr ya da en olmalı.", "The language must be tr or en."
        )
    attendance = {p.enrollment_id: p for p in training_attendance(session, training_id)}
    wanted = list(attendance) if enrollment_ids is None else list(dict.fromkeys(enrollment_ids))
    _refuse_foreign(wanted, attendance)
    if enrollment_ids is not None:
        _refuse_ineligible(session, [attendance[e] for e in wanted if not attendance[e].eligible])
    wanted = _in_name_order(session, wanted)
    day = issued_on or date.today()
    span = training_span(session, training_id)
    held = held_certificates(session, wanted)
    serial = next_serial(session, actor.office, day.year)
    issued, reissued, unchanged, skipped = [], [], [], []
    for enrollment_id in wanted:
        if enrollment_id in held:
            mine = held[enrollment_id]
            (reissued if _refresh(session, actor, mine, signer, span) else unchanged).append(mine)
        elif attendance[enrollment_id].eligible:
            number = number_text(actor.office, day.year, serial)
            issued.append(_new(session, actor, enrollment_id, signer, number, day, language, span))
            serial += 1
        else:
            skipped.append(enrollment_id)
    return IssueResult(issued, reissued, unchanged, skipped)


def _in_name_order(session: Session, enrollment_ids: list[str]) -> list[str]:
    """The enrollments in Turkish order of the participants' names, so numbers follow the list."""
    keys = dict(
        session.execute(
            select(Enrollment.id, Person.sort_key)
            .join(Person, Person.id == Enrollment.person_id)
            .where(Enrollment.id.in_(enrollment_ids))
        ).all()
    )
    return sorted(enrollment_ids, key=lambda e: (keys.get(e, ""), e))


def _refuse_foreign(wanted: list[str], attendance: dict[str, ParticipantAttendance]) -> None:
    if any(e not in attendance for e in wanted):
        raise InfoSpotError(
            "Seçilen katılımcılardan biri bu eğitime kayıtlı değil; listeyi yenileyip tekrar seçin.",
            "One of the selected participants is not enrolled in this training; refresh the list "
            "and select again.",
        )


def _refuse_ineligible(session: Session, below: list[ParticipantAttendance]) -> None:
    if not below:
        return
    names = []
    for p in below:
        enrollment = session.get(Enrollment, p.enrollment_id)
        person = session.get(Person, enrollment.person_id) if enrollment else None
        pct = "-" if p.attendance_pct is None else f"%{p.attendance_pct}"
        names.append(f"{person.full_name if person else '?'} ({pct})")
    listed = ", ".join(names)
    raise NotEligible(
        f"Katılımı yetersiz olduğu için belge verilemez: {listed}. Yoklamayı kontrol edin.",
        f"Attendance too low for a certificate: {listed}. Check the attendance marks.",
    )


def _new(
    session: Session,
    actor: Actor,
    enrollment_id: str,
    signer: Signer,
    number: str,
    day: date,
    language: str,
    span: TrainingSpan,
) -> Certificate:
    enrollment = session.get(Enrollment, enrollment_id)
    facts = facts_of(session, enrollment, number, day, span)  # type: ignore[arg-type]
    values = {
        "enrollment_id": enrollment_id,
        "number": number,
        "issued_on": day,
        "verification_code": make_code(facts, signer),
        "language": language,
    }
    return record.create(session, actor, Certificate, values)


def _refresh(
    session: Session,
    actor: Actor,
    certificate: Certificate,
    signer: Signer,
    span: TrainingSpan | None = None,
) -> bool:
    """Re-sign a certificate whose facts changed since it was signed; True if it did."""
    enrollment = session.get(Enrollment, certificate.enrollment_id)
    facts = facts_of(session, enrollment, certificate.number, certificate.issued_on, span)  # type: ignore[arg-type]
    if read_code(certificate.verification_code).facts == _as_signed(facts):
        return False
    code = make_code(facts, signer)
    return bool(record.change(session, actor, certificate, {"verification_code": code}))


def _as_signed(facts: CertificateFacts) -> CertificateFacts:
    """The facts as a code carries them (cleaned text, normalised hours)."""
    return read_code(make_code(facts, _NULL_SIGNER)).facts


_NULL_SIGNER = Signer(sign=lambda data: bytes(64), fingerprint="0" * 32)


def reissue(session: Session, actor: Actor, certificate_id: str, signer: Signer) -> Certificate:
    """Re-sign a certificate with today's facts; the number and issue date stay."""
    certificate = certificates.get(session, certificate_id)
    _refuse_revoked(certificate)
    _refresh(session, actor, certificate, signer)
    return certificate


def revoke(session: Session, actor: Actor, certificate_id: str, reason: str) -> Certificate:
    """Revoke a certificate, giving why; its number is never given to another."""
    certificate = certificates.get(session, certificate_id)
    reason = (reason or "").strip()
    if not reason:
        raise v.ValidationError(
            "revoked_reason",
            "İptal nedenini yazın; belgeyi elinde tutan kişiye bu neden gösterilir.",
            "Enter why the certificate is revoked; the holder is shown this reason.",
        )
    _refuse_revoked(certificate)
    record.change(
        session, actor, certificate, {"revoked_at": utcnow(), "revoked_reason": reason[:500]}
    )
    return certificate


def _refuse_revoked(certificate: Certificate) -> None:
    if certificate.revoked_at is not None:
        raise InfoSpotError(
            f"{certificate.number} numaralı belge zaten iptal edilmiş; yeni belge verebilirsiniz.",
            f"Certificate {certificate.number} is already revoked; you can issue a new one.",
        )


def of_training(
    session: Session, training_id: str, *, include_revoked: bool = False
) -> list[Certificate]:
    """The training's live certificates, by number."""
    stmt = (
        select(Certificate)
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .where(Enrollment.training_id == training_id, Certificate.deleted_at.is_(None))
        .order_by(Certificate.number)
    )
    if not include_revoked:
        stmt = stmt.where(Certificate.revoked_at.is_(None))
    return list(session.scalars(stmt))


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a code: ``valid``, ``revoked``, ``invalid`` or ``unknown_key``."""

    status: str
    facts: CertificateFacts
    revoked_at: datetime | None = None
    revoked_reason: str | None = None
    superseded: bool = False
    """True when this database holds a newer code for the same number (a corrected reprint)."""

    @property
    def valid(self) -> bool:
        return self.status == "valid"


def verify(
    session: Session, code: str, public_key_of: Callable[[str], bytes | None]
) -> Verification:
    """Check a code offline with the issuing office's public key (InvalidCode if not a code)."""
    reading = read_code(code)
    key = public_key_of(reading.facts.office)
    if key is None:
        return Verification("unknown_key", reading.facts)
    if not reading.signature_valid(key):
        return Verification("invalid", reading.facts)
    stored = session.scalar(
        select(Certificate).where(
            Certificate.number == reading.facts.number, Certificate.deleted_at.is_(None)
        )
    )
    superseded = stored is not None and stored.verification_code != code.strip()
    if stored is not None and stored.revoked_at is not None:
        return Verification(
            "revoked", reading.facts, stored.revoked_at, stored.revoked_reason, superseded
        )
    return Verification("valid", reading.facts, superseded=superseded)


def office_public_key(session: Session, office: str) -> str | None:
    """The office's signing public key (base64) as pinned in the offices table."""
    return session.scalar(
        select(Office.signing_key).where(Office.code == office, Office.deleted_at.is_(None))
    )
