"""Settings of this database (a key → JSON value store)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from ..models import Setting
from .actor import Actor

OFFICE_CODE = "office_code"
MODE = "mode"  # "office" or "central"
BACKUP_KEEP = "backup_keep"
LANGUAGE = "language"


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """The value stored under ``key`` or ``default``."""
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store ``value`` (JSON-serialisable) under ``key``."""
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def office_code(session: Session) -> str | None:
    """This database's own office code ("HQ" at the central office), None before init."""
    return get_setting(session, OFFICE_CODE)


def is_central(session: Session) -> bool:
    """True in the central office's database."""
    return get_setting(session, MODE) == "central"


def change_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    """Store a setting on behalf of ``actor``: administrators only, audited old → new."""
    from .record import audit, jsonable

    actor.require_admin()
    old = get_setting(session, key)
    if old == value:
        return
    set_setting(session, key, value)
    audit(session, actor, "settings", key, "update", {key: [jsonable(old), jsonable(value)]})
