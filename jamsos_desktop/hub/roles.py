"""Hub operators' roles and what each may do: the one table every console route and hub use case checks.

admin: operators, settings, office devices, opening a funded period, and everything an operator does. operator:
imports, duplicate decisions, transfers between kelurahan, BPJS files (the bill included), deactivating a
person. auditor: reads everything (the audit trail included), changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jamsos_desktop.hub.errors import HubRefused


class HubRole(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    AUDITOR = "auditor"


ROLE_LABELS = {HubRole.ADMIN: "Admin", HubRole.OPERATOR: "Operator", HubRole.AUDITOR: "Auditor (hanya baca)"}
_ALL = frozenset(HubRole)
_WORKERS = frozenset({HubRole.ADMIN, HubRole.OPERATOR})

PERMISSIONS: dict[str, frozenset[HubRole]] = {
    "read": _ALL,
    "nik.reveal": _ALL,
    "import": _WORKERS,
    "duplicates.decide": _WORKERS,
    "persons.transfer": _WORKERS,
    "bpjs": _WORKERS,
    "person.deactivate": _WORKERS,
    "period.open": frozenset({HubRole.ADMIN}),
    "devices.manage": frozenset({HubRole.ADMIN}),
    "settings.change": frozenset({HubRole.ADMIN}),
    "operators.manage": frozenset({HubRole.ADMIN}),
}
PERMISSION_LABELS = {
    "read": "melihat data hub",
    "nik.reveal": "melihat NIK lengkap",
    "import": "mengimpor bundle kantor",
    "duplicates.decide": "memutuskan NIK ganda",
    "persons.transfer": "memindahkan peserta ke kelurahan lain",
    "bpjs": "mengunduh dan mengunggah berkas BPJS",
    "person.deactivate": "menonaktifkan peserta",
    "period.open": "membuka periode pendanaan",
    "devices.manage": "mendaftarkan atau mencabut perangkat kantor",
    "settings.change": "mengubah pengaturan hub",
    "operators.manage": "mengelola akun petugas",
}


def parse_role(value: str) -> HubRole:
    try:
        return HubRole(value.strip().lower())
    except ValueError:
        raise HubRefused(f"Peran {value!r} tidak dikenal; pilih admin, operator atau auditor.",
                         reason="bad_role") from None


@dataclass(frozen=True)
class Actor:
    """Who acts: a signed-in console operator, or the local operator of the command line."""

    name: str
    role: HubRole

    def may(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]

    def require(self, permission: str) -> None:
        if not self.may(permission):
            raise NotAllowed(self, permission)


class NotAllowed(HubRefused):
    def __init__(self, actor: Actor, permission: str) -> None:
        super().__init__(f"Akun {actor.name} ({ROLE_LABELS[actor.role]}) tidak boleh "
                         f"{PERMISSION_LABELS.get(permission, permission)}. Minta admin hub bila perlu.",
                         reason="not_allowed")
        self.permission = permission
