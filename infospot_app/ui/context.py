"""What every screen is given: the database, the signed-in actor and the background worker."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.services.actor import Actor
from ..core.storage import OpenDatabase
from .tasks import TaskManager


@dataclass
class AppContext:
    """The open database, who is signed in, and the task manager."""

    db: OpenDatabase
    actor: Actor
    tasks: TaskManager
    mode: str = "office"

    @property
    def can_edit(self) -> bool:
        """Staff and administrators may change records; viewers only read."""
        return self.actor.role in ("staff", "admin")

    @property
    def is_admin(self) -> bool:
        """Administrators also manage users and settings."""
        return self.actor.role == "admin"
