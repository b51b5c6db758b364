"""Settings changed on behalf of a user: administrators only, and audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from infospot_app.core.errors import PermissionDenied
from infospot_app.core.models import AuditEntry
from infospot_app.core.services import settings
from infospot_app.core.services.actor import Actor

ADMIN = Actor("admin", "TR19", "admin")


def test_only_an_admin_changes_settings_and_it_is_audited(db, actor) -> None:
    with pytest.raises(PermissionDenied), db.transaction() as session:
        settings.change_setting(session, actor, settings.BACKUP_KEEP, 3)
    with db.transaction() as session:
        settings.change_setting(session, ADMIN, settings.BACKUP_KEEP, 3)
    with db.session() as session:
        assert settings.get_setting(session, settings.BACKUP_KEEP) == 3
        entry = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "settings")).one()
    assert entry.user == "admin" and json.loads(entry.changes) == {"backup_keep": [None, 3]}
