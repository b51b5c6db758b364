"""Checks that a row a form points to (a company, a person, a training …) exists and is live."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import validation as v
from ..models import Synced
from ..turkish import lower

KNOWN_LIVE = "known_live_ids"
"""``session.info`` key: ids this transaction itself created in bulk, so known to be live."""


def remember_live(session: Session, ids: list[str]) -> None:
    """Note rows created in bulk in this transaction, sparing one lookup per reference to them."""
    session.info.setdefault(KNOWN_LIVE, set()).update(ids)


def forget_live(session: Session) -> None:
    """Drop the bulk-created ids (at the end of a bulk operation)."""
    session.info.pop(KNOWN_LIVE, None)


def require_live(
    session: Session,
    model: type[Synced],
    row_id: str | None,
    field: str,
    label_tr: str,
    label_en: str,
) -> str:
    """``row_id`` if it names a live row of ``model``; else a ValidationError on ``field``."""
    if v.is_blank(row_id):
        raise v.ValidationError(
            field,
            f"{label_tr} zorunludur. Listeden seçin.",
            f"{label_en} is required. Pick it from the list.",
        )
    if row_id in session.info.get(KNOWN_LIVE, ()):
        return row_id  # type: ignore[return-value]
    deleted = session.execute(select(model.deleted_at).where(model.id == row_id)).first()
    if deleted is None or deleted[0] is not None:
        raise v.ValidationError(
            field,
            f"Seçilen {lower(label_tr)} bulunamadı ya da silinmiş. Listeden yeniden seçin.",
            f"The chosen {label_en.lower()} was not found or has been deleted. Pick it again.",
        )
    return row_id  # type: ignore[return-value]
