"""Keys pinned on first contact, and their confirmation by phone (Settings and Sync pages).

HQ pins an office's signing key from its first package, an office pins HQ's from its setup file
(trust on first use). Until someone has read the fingerprint to the other side over the phone
and they agree, the key is only pinned, not confirmed; these functions list such keys and
record a confirmation. A confirmation belongs to this database only (it is local knowledge, not
synced), so it is kept in ``settings`` under ``sync_key_confirmed:<CODE>`` with the fingerprint
confirmed, who confirmed it and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.errors import InfoSpotError
from ..core.models import Office, PackageLog, utcnow
from ..core.services import record, settings
from ..core.services.actor import Actor
from ..core.services.setup import HQ

CONFIRMED_PREFIX = "sync_key_confirmed:"


@dataclass(frozen=True)
class PinnedKey:
    """A key this database pinned: whose, its fingerprint, when first seen, confirmed or not."""

    code: str
    name: str
    fingerprint: str
    first_contact: datetime | None
    confirmed_by: str | None
    confirmed_at: datetime | None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_by is not None


def pinned_keys(session: Session) -> list[PinnedKey]:
    """Every pinned key, confirmed or not: the offices' keys at HQ, HQ's key at an office."""
    central = settings.is_central(session)
    stmt = select(Office).where(Office.deleted_at.is_(None), Office.key_fingerprint.is_not(None))
    stmt = stmt.where(Office.central.is_(False)) if central else stmt.where(Office.code == HQ)
    out = []
    for office in session.scalars(stmt.order_by(Office.code)):
        mark = settings.get_setting(session, CONFIRMED_PREFIX + office.code) or {}
        confirmed = mark.get("fingerprint") == office.key_fingerprint
        out.append(
            PinnedKey(
                office.code,
                office.name,
                office.key_fingerprint or "",
                _first_contact(session, office.code) if central else None,
                mark.get("by") if confirmed else None,
                datetime.fromisoformat(mark["at"]) if confirmed else None,
            )
        )
    return out


def unconfirmed_keys(session: Session) -> list[PinnedKey]:
    """Pinned keys nobody has confirmed by phone yet."""
    return [key for key in pinned_keys(session) if not key.confirmed]


def confirm_key(session: Session, actor: Actor, code: str, fingerprint: str) -> PinnedKey:
    """Record that ``code``'s pinned key was checked by phone and is ``fingerprint``.

    The fingerprint read over the phone must be the pinned one (spaces, dashes and case do not
    matter), so a key can only be confirmed for what the other side actually said.
    """
    actor.require_edit()
    code = code.strip().upper()
    key = next((k for k in pinned_keys(session) if k.code == code), None)
    if key is None:
        raise InfoSpotError(
            f"{code} için kaydedilmiş bir anahtar yok (henüz paket ya da kurulum dosyası gelmedi).",
            f"No key is pinned for {code} (no package or setup file has come from it yet).",
        )
    if _plain(fingerprint) != _plain(key.fingerprint):
        raise InfoSpotError(
            f"Söylenen parmak izi {code} için kayıtlı olanla aynı değil. Anahtar onaylanmadı; "
            "parmak izini yeniden karşılaştırın. Tutmuyorsa bu ofisin paketlerini almayın ve "
            "destek ekibine bildirin.",
            f"The fingerprint given is not the one pinned for {code}. The key was not "
            "confirmed; compare the fingerprint again. If it still differs, do not import this "
            "office's packages and report it to support.",
        )
    now = utcnow()
    mark = {"fingerprint": key.fingerprint, "by": actor.user, "at": now.isoformat()}
    settings.set_setting(session, CONFIRMED_PREFIX + code, mark)
    change = {"fingerprint": key.fingerprint, "confirmed": True}
    record.audit(session, actor, "offices", _office_id(session, code), "confirm key", change)
    session.flush()
    return PinnedKey(key.code, key.name, key.fingerprint, key.first_contact, actor.user, now)


def _plain(fingerprint: str) -> str:
    return "".join(ch for ch in fingerprint.upper() if ch.isalnum())


def _first_contact(session: Session, code: str) -> datetime | None:
    log = PackageLog.__table__
    return session.scalar(
        select(func.min(log.c.created_at)).where(log.c.direction == "in", log.c.office == code)
    )


def _office_id(session: Session, code: str) -> str:
    return session.scalar(select(Office.id).where(Office.code == code)) or ""
