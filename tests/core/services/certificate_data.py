"""A real training to certify: three sessions, participants with Turkish names, attendance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from infospot_app.core.certificate_code import Signer
from infospot_app.core.models import Enrollment, Training, TrainingSession
from infospot_app.core.services.actor import Actor
from infospot_app.core.services.attendance import set_attendance
from infospot_app.core.services.trainings import enrollments, training_sessions, trainings

from .write_path import add_company, add_person

NAMES = (
    "Şükrü Çağlayan",
    "İpek Öztürk",
    "Ümran Işıkgöz",
    "Gülşah Ilgaz",
    "Çiğdem Ünlüer",
)


@dataclass
class CertifiedTraining:
    """The arranged training, its sessions and enrollments (in ``NAMES`` order)."""

    training: Training
    sessions: list[TrainingSession]
    enrollments: list[Enrollment]


def key_signer() -> tuple[Signer, bytes]:
    """A signer with a fresh Ed25519 key and that key's raw public bytes."""
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw()
    return Signer(sign=key.sign, fingerprint="AB12-CD34-" + "0" * 24), public


def arrange_training(
    db: Any,
    actor: Actor,
    names: tuple[str, ...] = NAMES,
    present: dict[int, tuple[int, ...]] | None = None,
    **training_values: Any,
) -> CertifiedTraining:
    """A training of three 6-hour sessions; ``present`` maps participant index → sessions
    attended (default: everyone attends every session)."""
    company = add_company(db, actor, 7, "Çorum Döküm Sanayi ve Ticaret A.Ş.")
    people = [add_person(db, actor, name, company) for name in names]
    with db.transaction() as session:
        values = {"title": "Yalın Üretim ve Verimlilik", "venue": "Çorum TSO Konferans Salonu"}
        training = trainings.create(session, actor, {**values, **training_values})
        sittings = [
            training_sessions.create(
                session,
                actor,
                {
                    "training_id": training.id,
                    "session_date": date(2026, 3, day),
                    "start_time": time(9, 0),
                    "end_time": time(15, 0),
                },
            )
            for day in (2, 3, 4)
        ]
        enrolled = [
            enrollments.create(session, actor, {"training_id": training.id, "person_id": p.id})
            for p in people
        ]
        present = present if present is not None else {i: (0, 1, 2) for i in range(len(names))}
        for index, attended in present.items():
            for s in attended:
                set_attendance(session, actor, enrolled[index].id, sittings[s].id, True)
        training = trainings.get(session, training.id)
    return CertifiedTraining(training, sittings, enrolled)
