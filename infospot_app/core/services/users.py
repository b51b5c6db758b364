"""Local user accounts: adding, signing in, passwords (scrypt), deactivating."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InfoSpotError, NotFound
from ..models import AuditEntry, User, utcnow
from ..models.user import ROLES
from ..validation import ValidationError
from .actor import Actor

MIN_PASSWORD = 8
_N, _R, _P = 2**14, 8, 1


class SignInFailed(InfoSpotError):
    """Wrong user name or password, or an inactive account."""


def hash_password(password: str) -> str:
    """A salted scrypt hash in the form ``scrypt$n$r$p$salt$hash``."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    """True if ``password`` matches the stored hash."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    computed = hashlib.scrypt(
        password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(computed, base64.b64decode(digest))


def _check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            "password",
            f"Parola en az {MIN_PASSWORD} karakter olmalı.",
            f"The password must have at least {MIN_PASSWORD} characters.",
        )


def user_count(session: Session) -> int:
    """How many accounts exist (0 means the first admin may be created without signing in)."""
    return session.scalar(select(func.count()).select_from(User)) or 0


def add_user(
    session: Session, actor: Actor | None, username: str, full_name: str, role: str, password: str
) -> User:
    """Create an account; only an admin may, except for the very first account."""
    if user_count(session) > 0:
        if actor is None:
            raise SignInFailed(
                "Önce bir yönetici olarak giriş yapın.", "Sign in as an admin first."
            )
        actor.require_admin()
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("_", "").isalnum():
        raise ValidationError(
            "username",
            "Kullanıcı adı harf, rakam, nokta ya da _ içermeli.",
            "The user name may contain letters, digits, dots and _ only.",
        )
    if role not in ROLES:
        raise ValidationError(
            "role",
            f"Rol şunlardan biri olmalı: {', '.join(ROLES)}.",
            f"The role must be one of: {', '.join(ROLES)}.",
        )
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise ValidationError(
            "username",
            f"'{username}' kullanıcı adı zaten var; başka bir ad seçin.",
            f"The user name '{username}' is taken; choose another.",
        )
    _check_password_rules(password)
    user = User(
        username=username,
        full_name=full_name.strip() or username,
        role=role,
        password_hash=hash_password(password),
    )
    session.add(user)
    session.flush()
    _audit(session, actor, user, "create", {"role": role, "full_name": user.full_name})
    return user


def authenticate(session: Session, username: str, password: str, office: str) -> Actor:
    """Check the credentials and return the signed-in actor."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or not user.active or not check_password(password, user.password_hash):
        raise SignInFailed(
            "Kullanıcı adı ya da parola yanlış (ya da hesap devre dışı).",
            "Wrong user name or password (or the account is inactive).",
        )
    user.last_login_at = utcnow()
    return Actor(user=user.username, office=office, role=user.role)


def get_user(session: Session, username: str) -> User:
    """The account named ``username``."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFound(f"'{username}' adlı kullanıcı yok.", f"There is no user '{username}'.")
    return user


def list_users(session: Session) -> list[User]:
    """All accounts, by user name."""
    return list(session.scalars(select(User).order_by(User.username)))


def set_password(session: Session, actor: Actor, username: str, password: str) -> None:
    """Set a new password (an admin for anyone; a user for themselves)."""
    if actor.user != username:
        actor.require_admin()
    _check_password_rules(password)
    user = get_user(session, username)
    user.password_hash = hash_password(password)
    _audit(session, actor, user, "password", {})


def set_active(session: Session, actor: Actor, username: str, active: bool) -> None:
    """Activate or deactivate an account (admins only; never the last active admin)."""
    actor.require_admin()
    user = get_user(session, username)
    if not active and user.role == "admin":
        admins = session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == "admin", User.active.is_(True))
        )
        if (admins or 0) <= 1:
            raise ValidationError(
                "active",
                "Son etkin yönetici devre dışı bırakılamaz.",
                "The last active administrator cannot be deactivated.",
            )
    user.active = active
    _audit(session, actor, user, "activate" if active else "deactivate", {})


def _audit(session: Session, actor: Actor | None, user: User, action: str, changes: dict) -> None:
    session.add(
        AuditEntry(
            user=actor.user if actor else "setup",
            table_name="users",
            row_id=str(user.id),
            action=action,
            changes=json.dumps(changes, ensure_ascii=False),
        )
    )
