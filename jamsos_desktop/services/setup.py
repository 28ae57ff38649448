"""First set-up of an office: its kelurahan, the device key, and the first admin account."""

from __future__ import annotations

from dataclasses import dataclass

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.services.auth import AccountRefused, AuthService
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import audit
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.sync.identity import load_or_create_identity


class SetupRefused(Refused):
    code = "setup"


@dataclass(frozen=True)
class SetupResult:
    kelurahan_code: str
    office_name: str
    device_id: str
    fingerprint: str


def initialize(office: Office, *, kelurahan: str, admin_username: str, admin_password: str,
               admin_display_name: str = "", approval_required: bool = True) -> SetupResult:
    if office.initialized:
        raise SetupRefused("Kantor ini sudah disiapkan; pengaturan awal hanya dilakukan sekali.")
    kel = batam().find_kelurahan(kelurahan)
    if kel is None:
        raise SetupRefused(f"Kelurahan '{kelurahan}' tidak dikenal: pakai kode resmi (mis. 21.71.01.1002) atau "
                           "nama kelurahan di Kota Batam.")
    try:
        AuthService(office).create_operator(username=admin_username, display_name=admin_display_name,
                                            password=admin_password, role="admin", bootstrap=True)
    except AccountRefused as exc:
        raise SetupRefused(str(exc)) from exc
    identity = load_or_create_identity(office.keys_dir)
    name = f"Kelurahan {kel.name}"
    with office.db.write() as s:
        settings_store.put(s, "office.kelurahan_code", kel.code)
        settings_store.put(s, "office.name", name)
        settings_store.put(s, "office.device_id", identity.device_id)
        settings_store.put(s, "approval.required", "1" if approval_required else "0")
        audit.append(s, at=office.now(), operator=admin_username, action="init", entity="office",
                     entity_id=kel.code, details={"device_id": identity.device_id})
    return SetupResult(kel.code, name, identity.device_id, identity.fingerprint)
