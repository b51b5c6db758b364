"""Who is acting: the signed-in user, their office and role; the core checks every write."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import PermissionDenied

ROLE_LABELS = {
    "admin": ("yönetici", "administrator"),
    "staff": ("personel", "staff"),
    "viewer": ("izleyici", "viewer"),
}


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service acts."""

    user: str
    office: str
    role: str = "staff"

    def require_edit(self) -> None:
        """Refuse unless the role may change data (staff or admin)."""
        if self.role not in ("staff", "admin"):
            tr, en = ROLE_LABELS.get(self.role, (self.role, self.role))
            raise PermissionDenied(
                f"'{tr}' rolündeki kullanıcılar kayıt değiştiremez. Bir yöneticiden yetki isteyin.",
                f"Users with the '{en}' role cannot change records. Ask an administrator.",
            )

    def require_admin(self) -> None:
        """Refuse unless the user is an administrator."""
        if self.role != "admin":
            raise PermissionDenied(
                "Bu işlem yalnızca yöneticilere açıktır.",
                "Only administrators may do this.",
            )


SYSTEM = Actor(user="system", office="", role="admin")
