"""Who may do what: operator roles and the actions each one is allowed."""

from __future__ import annotations

from enum import StrEnum

from jamsos_desktop.domain.errors import Refused


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLE_LABELS = {Role.OPERATOR: "Operator", Role.SUPERVISOR: "Supervisor (Lurah)", Role.ADMIN: "Admin"}

PERMISSIONS: dict[str, frozenset[Role]] = {
    "participant.write": frozenset({Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN}),
    "participant.approve": frozenset({Role.SUPERVISOR, Role.ADMIN}),
    "operator.manage": frozenset({Role.ADMIN}),
    "settings.change": frozenset({Role.SUPERVISOR, Role.ADMIN}),
    "audit.view": frozenset({Role.SUPERVISOR, Role.ADMIN}),
    "backup.restore": frozenset({Role.ADMIN}),
    "sync.export": frozenset({Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN}),
    "cards.print": frozenset({Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN}),
    "data.purge": frozenset({Role.SUPERVISOR, Role.ADMIN}),
}
PERMISSION_LABELS = {
    "participant.write": "mengubah data peserta",
    "participant.approve": "menyetujui atau menolak data peserta",
    "operator.manage": "mengelola akun operator",
    "settings.change": "mengubah pengaturan",
    "audit.view": "melihat jejak audit",
    "backup.restore": "memulihkan cadangan",
    "sync.export": "mengekspor bundel",
    "cards.print": "mencetak kartu",
    "data.purge": "memusnahkan data pribadi yang masa simpannya habis",
}


def allowed(role: str, permission: str) -> bool:
    try:
        return Role(role) in PERMISSIONS[permission]
    except ValueError:
        return False


class NotAllowed(Refused):
    code = "not_allowed"

    def __init__(self, role: str, permission: str) -> None:
        self.permission = permission
        label = ROLE_LABELS.get(Role(role), role) if role in Role.__members__.values() else role
        super().__init__(f"Akun dengan peran {label} tidak boleh {PERMISSION_LABELS.get(permission, permission)}: "
                         "minta supervisor atau admin.")
