"""Everything a printed certificate shows, gathered in plain values for the report layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Certificate, Enrollment, Office, Person, Training
from .certificates import TrainingSpan, facts_of, training_span


@dataclass(frozen=True)
class PrintableCertificate:
    """One certificate as printed."""

    number: str
    issued_on: date
    verification_code: str
    language: str
    full_name: str
    company_name: str
    training_title: str
    venue: str
    start_date: date | None
    end_date: date | None
    total_hours: Decimal
    office_name: str
    office_host: str
    revoked: bool = False


def printable(session: Session, certificates: list[Certificate]) -> list[PrintableCertificate]:
    """The printed form of each certificate, in the order given."""
    offices = {o.code: o for o in session.scalars(select(Office))}
    spans: dict[str, TrainingSpan] = {}
    result = []
    for certificate in certificates:
        enrollment = session.get(Enrollment, certificate.enrollment_id)
        training = session.get(Training, enrollment.training_id)  # type: ignore[union-attr]
        person = session.get(Person, enrollment.person_id)  # type: ignore[union-attr]
        training_id = enrollment.training_id  # type: ignore[union-attr]
        if training_id not in spans:
            spans[training_id] = training_span(session, training_id)
        facts = facts_of(
            session,
            enrollment,  # type: ignore[arg-type]
            certificate.number,
            certificate.issued_on,
            spans[training_id],
        )
        office = offices.get(certificate.office)
        result.append(
            PrintableCertificate(
                number=certificate.number,
                issued_on=certificate.issued_on,
                verification_code=certificate.verification_code,
                language=certificate.language,
                full_name=person.full_name if person else "",
                company_name=enrollment.company_name,  # type: ignore[union-attr]
                training_title=training.title,  # type: ignore[union-attr]
                venue=training.venue,  # type: ignore[union-attr]
                start_date=facts.start_date,
                end_date=facts.end_date,
                total_hours=facts.total_hours,
                office_name=office.name if office else certificate.office,
                office_host=office.host if office else "",
                revoked=certificate.revoked_at is not None,
            )
        )
    return result
