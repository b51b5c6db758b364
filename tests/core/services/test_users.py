"""User accounts: first admin, roles, sign-in, passwords."""

from __future__ import annotations

import pytest

from infospot_app.core.errors import PermissionDenied
from infospot_app.core.services import users
from infospot_app.core.services.actor import Actor
from infospot_app.core.validation import ValidationError

ADMIN = Actor(user="admin", office="TR19", role="admin")


@pytest.fixture
def with_admin(db):
    with db.transaction() as session:
        users.add_user(session, None, "admin", "Ayşe Yılmaz", "admin", "çok-gizli-1")
    return db


def test_first_account_needs_no_sign_in_then_admins_only(with_admin) -> None:
    with pytest.raises(users.SignInFailed), with_admin.transaction() as session:
        users.add_user(session, None, "mehmet", "Mehmet", "staff", "parola1234")
    staff = Actor(user="ali", office="TR19", role="staff")
    with pytest.raises(PermissionDenied), with_admin.transaction() as session:
        users.add_user(session, staff, "mehmet", "Mehmet", "staff", "parola1234")
    with with_admin.transaction() as session:
        users.add_user(session, ADMIN, "Mehmet", "Mehmet Kaya", "staff", "parola1234")
    with with_admin.session() as session:
        assert [u.username for u in users.list_users(session)] == ["admin", "mehmet"]


def test_sign_in_checks_the_password_and_gives_the_role(with_admin) -> None:
    with with_admin.transaction() as session:
        signed_in = users.authenticate(session, "ADMIN", "çok-gizli-1", "TR19")
        assert signed_in == Actor(user="admin", office="TR19", role="admin")
        with pytest.raises(users.SignInFailed):
            users.authenticate(session, "admin", "yanlış-parola", "TR19")


def test_passwords_are_hashed_and_short_ones_refused(with_admin) -> None:
    with with_admin.session() as session:
        stored = users.get_user(session, "admin").password_hash
    assert "çok-gizli-1" not in stored and stored.startswith("scrypt$")
    with pytest.raises(ValidationError), with_admin.transaction() as session:
        users.set_password(session, ADMIN, "admin", "kısa")


def test_deactivated_user_cannot_sign_in_and_last_admin_stays(with_admin) -> None:
    with with_admin.transaction() as session:
        users.add_user(session, ADMIN, "ali", "Ali", "staff", "parola1234")
        users.set_active(session, ADMIN, "ali", False)
        with pytest.raises(users.SignInFailed):
            users.authenticate(session, "ali", "parola1234", "TR19")
        with pytest.raises(ValidationError):
            users.set_active(session, ADMIN, "admin", False)
