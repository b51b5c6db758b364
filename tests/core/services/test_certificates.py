"""Certificates: eligibility, numbering that never reuses, reprint, revoke, signed codes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from infospot_app.core.certificate_code import InvalidCode, make_code, read_code
from infospot_app.core.errors import InfoSpotError, PermissionDenied
from infospot_app.core.models import Certificate
from infospot_app.core.services import certificates as certs
from infospot_app.core.services import record
from infospot_app.core.services.attendance import set_attendance
from infospot_app.core.services.certificate_print import printable
from infospot_app.core.services.people import people
from infospot_app.core.validation import ValidationError

from .certificate_data import NAMES, arrange_training, key_signer
from .write_path import VIEWER

DAY = date(2026, 3, 10)


def issue_all(db, actor, training, signer, **extra):
    with db.transaction() as session:
        return certs.issue(session, actor, training.id, signer, issued_on=DAY, **extra)


def test_issue_all_gives_eligible_participants_consecutive_numbers(db, actor) -> None:
    # 18 hours in total; 80 % needs 14.4: two sessions (12 h) are not enough.
    arranged = arrange_training(db, actor, present={0: (0, 1, 2), 1: (0, 1), 2: (0, 1, 2)})
    signer, _ = key_signer()
    result = issue_all(db, actor, arranged.training, signer)
    numbers = [c.number for c in result.issued]
    assert numbers == ["TR19-2026-00001", "TR19-2026-00002"]
    holders = {c.enrollment_id for c in result.issued}
    assert holders == {arranged.enrollments[0].id, arranged.enrollments[2].id}
    assert set(result.not_eligible) == {
        e.id for e in arranged.enrollments[1:2] + arranged.enrollments[3:]
    }


def test_eligibility_at_the_threshold_edges(db, actor) -> None:
    # Minimum 50 % of 18 h is 9 h: 9 h exactly qualifies, 8.99 h does not.
    arranged = arrange_training(
        db, actor, names=NAMES[:2], present={0: (0,), 1: (0,)}, min_attendance_pct=50
    )
    first, second = arranged.enrollments
    with db.transaction() as session:
        set_attendance(session, actor, first.id, arranged.sessions[1].id, True, Decimal(3))
        set_attendance(session, actor, second.id, arranged.sessions[1].id, True, Decimal("2.99"))
    result = issue_all(db, actor, arranged.training, key_signer()[0])
    assert [c.enrollment_id for c in result.issued] == [first.id]
    assert result.not_eligible == [second.id]


def test_selected_participant_below_minimum_is_refused_by_name(db, actor) -> None:
    arranged = arrange_training(db, actor, present={0: (0, 1, 2), 1: (0,)})
    selected = [arranged.enrollments[0].id, arranged.enrollments[1].id]
    with pytest.raises(certs.NotEligible) as error:
        issue_all(db, actor, arranged.training, key_signer()[0], enrollment_ids=selected)
    assert "İpek Öztürk (%33.33)" in error.value.message_tr
    with db.session() as session:
        assert session.scalars(select(Certificate)).all() == []


def test_selected_issue_only_issues_the_selected(db, actor) -> None:
    arranged = arrange_training(db, actor)
    chosen = arranged.enrollments[3].id
    result = issue_all(db, actor, arranged.training, key_signer()[0], enrollment_ids=[chosen])
    assert [c.enrollment_id for c in result.issued] == [chosen]


def test_reprint_keeps_the_number_and_code(db, actor) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:2])
    signer, _ = key_signer()
    first = issue_all(db, actor, arranged.training, signer)
    again = issue_all(db, actor, arranged.training, signer)
    assert again.issued == [] and again.reissued == []
    assert [(c.number, c.verification_code) for c in again.unchanged] == [
        (c.number, c.verification_code) for c in first.issued
    ]


def test_corrected_name_is_resigned_under_the_same_number(db, actor) -> None:
    arranged = arrange_training(db, actor, names=("Sukru Caglayan",))
    signer, public = key_signer()
    [issued] = issue_all(db, actor, arranged.training, signer).issued
    with db.transaction() as session:
        person_id = arranged.enrollments[0].person_id
        people.update(session, actor, person_id, {"full_name": "Şükrü Çağlayan"})
    result = issue_all(db, actor, arranged.training, signer)
    [fixed] = result.reissued
    assert fixed.number == issued.number and fixed.issued_on == issued.issued_on
    reading = read_code(fixed.verification_code)
    assert reading.facts.full_name == "Şükrü Çağlayan" and reading.signature_valid(public)


def test_numbers_are_never_reused_after_revocation_or_deletion(db, actor) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:3])
    signer, _ = key_signer()
    one, two, three = issue_all(db, actor, arranged.training, signer).issued
    with db.transaction() as session:
        certs.revoke(session, actor, three.id, "Yanlış kişiye verildi")
        record.tombstone(session, actor, session.get(Certificate, two.id))
    result = issue_all(db, actor, arranged.training, signer)
    # The revoked holder and the deleted one get new numbers after the highest ever used.
    assert sorted(c.number for c in result.issued) == ["TR19-2026-00004", "TR19-2026-00005"]
    assert [c.number for c in result.unchanged] == [one.number]


def test_numbering_restarts_each_year_and_is_per_office(db, actor) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:2])
    signer, _ = key_signer()
    first = arranged.enrollments[0].id
    with db.transaction() as session:
        made = certs.issue(
            session,
            actor,
            arranged.training.id,
            signer,
            enrollment_ids=[first],
            issued_on=date(2025, 12, 31),
        )
    assert made.issued[0].number == "TR19-2025-00001"
    result = issue_all(db, actor, arranged.training, signer)
    assert [c.number for c in result.issued] == ["TR19-2026-00001"]
    with db.session() as session:
        assert certs.next_number(session, "TR55", 2026) == "TR55-2026-00001"
        assert certs.next_number(session, "TR19", 2026) == "TR19-2026-00002"


def test_serials_past_five_digits_keep_counting(db, actor) -> None:
    assert certs.number_text("TR19", 2026, 100000) == "TR19-2026-100000"


def test_revoke_needs_a_reason_and_happens_once(db, actor) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:1])
    [issued] = issue_all(db, actor, arranged.training, key_signer()[0]).issued
    with db.transaction() as session, pytest.raises(ValidationError):
        certs.revoke(session, actor, issued.id, "  ")
    with db.transaction() as session:
        revoked = certs.revoke(session, actor, issued.id, "Katılım kaydı hatalıydı")
    assert revoked.revoked_reason == "Katılım kaydı hatalıydı" and revoked.revoked_at
    with db.transaction() as session, pytest.raises(InfoSpotError):
        certs.revoke(session, actor, issued.id, "ikinci kez")
    with db.session() as session:
        assert certs.of_training(session, arranged.training.id) == []
        assert len(certs.of_training(session, arranged.training.id, include_revoked=True)) == 1


def test_viewer_cannot_issue(db, actor) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:1])
    with pytest.raises(PermissionDenied):
        issue_all(db, VIEWER, arranged.training, key_signer()[0])


def test_cancelled_training_gets_no_certificates(db, actor) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:1], status="cancelled")
    with pytest.raises(InfoSpotError):
        issue_all(db, actor, arranged.training, key_signer()[0])


def test_verify_accepts_the_real_code(db, actor) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:1])
    signer, public = key_signer()
    [issued] = issue_all(db, actor, arranged.training, signer).issued
    with db.session() as session:
        outcome = certs.verify(session, issued.verification_code, {"TR19": public}.get)
    assert outcome.status == "valid"
    facts = outcome.facts
    assert (facts.number, facts.full_name, facts.training_title) == (
        "TR19-2026-00001",
        "Şükrü Çağlayan",
        "Yalın Üretim ve Verimlilik",
    )
    assert (facts.start_date, facts.end_date, facts.total_hours) == (
        date(2026, 3, 2),
        date(2026, 3, 4),
        Decimal(18),
    )


@pytest.mark.parametrize(
    ("original", "forged"),
    [
        ("|Şükrü Çağlayan|", "|Şukru Çağlayan|"),
        ("TR19-2026-00001|", "TR19-2026-00002|"),
        ("|02.03.2026|", "|01.03.2026|"),
        ("|04.03.2026|", "|05.03.2026|"),
        ("|18|", "|180|"),
        ("|10.03.2026|", "|10.03.2025|"),
        ("|Yalın Üretim ve Verimlilik|", "|Yalın Üretim|"),
    ],
)
def test_verify_rejects_a_changed_fact(db, actor, original, forged) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:1])
    signer, public = key_signer()
    [issued] = issue_all(db, actor, arranged.training, signer).issued
    assert original in issued.verification_code
    tampered = issued.verification_code.replace(original, forged, 1)
    with db.session() as session:
        assert certs.verify(session, tampered, {"TR19": public}.get).status == "invalid"


def test_verify_rejects_another_key_and_reports_revocation(db, actor) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:1])
    signer, public = key_signer()
    [issued] = issue_all(db, actor, arranged.training, signer).issued
    _, stranger = key_signer()
    with db.session() as session:
        assert (
            certs.verify(session, issued.verification_code, {"TR19": stranger}.get).status
            == "invalid"
        )
        assert certs.verify(session, issued.verification_code, {}.get).status == "unknown_key"
    with db.transaction() as session:
        certs.revoke(session, actor, issued.id, "Mükerrer")
    with db.session() as session:
        outcome = certs.verify(session, issued.verification_code, {"TR19": public}.get)
    assert outcome.status == "revoked" and outcome.revoked_reason == "Mükerrer"


def test_text_that_is_not_a_code_says_so() -> None:
    for text in (
        "",
        "hello",
        "a|b|c|d|e|f|g|h|i",
        "TR19-1|x|y|02.03.2026|04.03.2026|1|1.1.2026|K|AAAA",
    ):
        with pytest.raises(InvalidCode):
            read_code(text)


def test_separator_in_a_name_cannot_shift_the_fields() -> None:
    signer, public = key_signer()
    facts = certs.CertificateFacts(
        "TR19-2026-00009",
        "Ali | Veli",
        "Eğitim",
        date(2026, 1, 2),
        date(2026, 1, 2),
        Decimal("2.50"),
        DAY,
    )
    reading = read_code(make_code(facts, signer))
    assert reading.facts.full_name == "Ali ¦ Veli" and reading.facts.total_hours == Decimal("2.5")
    assert reading.signature_valid(public)


def test_printable_certificate_carries_company_office_and_venue(db, actor) -> None:
    arranged = arrange_training(db, actor, names=NAMES[:1])
    issue_all(db, actor, arranged.training, key_signer()[0])
    with db.session() as session:
        [sheet] = printable(session, certs.of_training(session, arranged.training.id))
    assert sheet.company_name == "Çorum Döküm Sanayi ve Ticaret A.Ş."
    assert sheet.office_host == "Çorum Ticaret ve Sanayi Odası"
    assert sheet.venue == "Çorum TSO Konferans Salonu" and sheet.total_hours == Decimal(18)
