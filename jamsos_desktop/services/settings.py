"""Office settings (approval on/off, auto-lock, hub address in the clerk's words: "Disnaker"): read by anyone, changed by a supervisor."""

from __future__ import annotations

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.retention import check_years
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import settings as settings_store

EDITABLE = {
    "approval.required": "Persetujuan supervisor sebelum dikirim (1 = ya, 0 = tidak)",
    "session.autolock_minutes": "Kunci otomatis setelah menganggur (menit, 0 = tidak pernah)",
    "sync.hub_url": "Alamat Disnaker (kantor kota; kosong = hanya lewat flashdisk)",
    "sync.allow_plain_http": "Izinkan alamat Disnaker http:// tanpa enkripsi di jaringan tertutup (1 = ya, 0 = tidak)",
    "cards.valid_years": "Masa berlaku kartu (tahun)",
    "pdp.retention_years": "Masa simpan data yang dihapus atau ditolak (tahun)",
    "pdp.contact": "Kontak pelindungan data pribadi (dicetak di formulir persetujuan)",
}


class SettingRefused(Refused):
    code = "setting"


def _check(key: str, value: str) -> str:
    value = value.strip()
    if key == "approval.required" and value not in ("0", "1"):
        raise SettingRefused("Persetujuan supervisor harus 1 (ya) atau 0 (tidak).")
    if key == "sync.allow_plain_http" and value not in ("0", "1"):
        raise SettingRefused("Izin http:// harus 1 (ya) atau 0 (tidak).")
    if key in ("session.autolock_minutes", "cards.valid_years") and (not value.isdigit() or int(value) > 600):
        raise SettingRefused(f"{EDITABLE[key]}: isi angka bulat 0-600.")
    if key == "pdp.retention_years":
        return str(check_years(value))
    if key == "pdp.contact" and len(value) > 200:
        raise SettingRefused("Kontak pelindungan data terlalu panjang: paling banyak 200 huruf.")
    if key == "sync.hub_url" and value and not value.startswith(("http://", "https://")):
        raise SettingRefused("Alamat Disnaker harus diawali http:// atau https://, misalnya https://jamsos.batam.go.id.")
    return value


class SettingsService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def all(self) -> dict[str, str]:
        with self.office.db.read() as s:
            return settings_store.all_settings(s)

    def get(self, key: str) -> str:
        return self.office.setting(key)

    def set(self, key: str, value: str) -> None:
        from jamsos_desktop.store import audit  # SQLAlchemy: not on the way to the main window (issue 18)

        if key not in EDITABLE:
            raise SettingRefused(f"Pengaturan {key} tidak bisa diubah di sini.")
        actor = self.office.require("settings.change")
        value = _check(key, value)
        with self.office.db.write() as s:
            old = settings_store.get(s, key)
            if old == value:
                return
            settings_store.put(s, key, value)
            audit.append(s, at=self.office.now(), operator=actor.username, action="setting_change",
                         entity="setting", entity_id=key, details={"old": old, "new": value})
