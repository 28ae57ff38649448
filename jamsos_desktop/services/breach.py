"""The breach clock (UU PDP Pasal 46): what data of how many people a lost stick, a lost backup or a stolen PC
exposed, and a pre-filled, dated letter to the city office with the 3 x 24-hour deadline.

`sources()` lists what could be lost (bundles written, backups made); `exposure()` works out who and what;
`write_report()` writes the letter (PDF) and the list of people affected (XLSX, for notifying them) and
records it in the audit. The deadline runs from when the loss was discovered, not from when the letter is made.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.record import age_on
from jamsos_desktop.services import record_text as rt
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import audit, exposure
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.purge import as_utc

NOTICE_HOURS = 72  # 3 x 24 jam
INCIDENTS = {"bundle": "Flashdisk berisi berkas kiriman hilang",
             "backup": "Berkas cadangan basis data hilang atau dicuri",
             "pc": "Komputer kantor hilang atau dicuri"}
DATA_KINDS = ("NIK dan Nomor KK", "nama lengkap dan nama ibu kandung", "tempat dan tanggal lahir, jenis kelamin",
              "alamat, RT/RW dan nomor HP", "kategori, jabatan dan nomor SK atau kartu", "penghasilan per bulan",
              "ahli waris (nama, hubungan, tanggal lahir, nomor HP)")


class BreachRefused(Refused):
    """The report cannot be made as asked; the message says what to choose instead."""

    code = "breach"


@dataclass(frozen=True)
class Source:
    kind: str  # bundle, backup
    key: str  # bundle id or backup file name
    label: str
    at: dt.datetime


@dataclass
class Exposure:
    incident: str
    source: str  # what was lost, in words
    discovered_at: dt.datetime
    note: str
    encrypted: bool
    people: list[dict[str, Any]] = field(default_factory=list)
    erased_since: int = 0  # in the lost copy, but erased here since: cannot be named any more
    heirs: int = 0
    children: int = 0

    @property
    def deadline(self) -> dt.datetime:
        return self.discovered_at + dt.timedelta(hours=NOTICE_HOURS)


class BreachService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def sources(self) -> list[Source]:
        """Bundles this office wrote and backups it made, newest first (what a lost stick may have held)."""
        self.office.require("audit.view")
        with self.office.db.read() as s:
            bundles = exposure.bundles_sent(s)
            backups = exposure.backups_made(s)
        out = [Source("bundle", b.bundle_id, f"Berkas kiriman {b.file_name} ({b.record_count} perubahan)", b.created_at)
               for b in bundles]
        out += [Source("backup", b["file"], f"Cadangan {b['file']}", as_utc(b["at"])) for b in backups]
        folder = self.office.backups_dir
        for path in sorted(folder.glob("jamsos-*.sqlite"), reverse=True) if folder.is_dir() else []:
            made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
            out.append(Source("backup", path.name, f"Cadangan otomatis {path.name}", made))
        return sorted(out, key=lambda src: src.at, reverse=True)

    def exposure(self, incident: str, *, source: str = "", discovered_at: dt.datetime | None = None,
                 note: str = "") -> Exposure:
        self.office.require("audit.view")
        if incident not in INCIDENTS:
            raise BreachRefused("Jenis kejadian harus salah satu dari: " + ", ".join(INCIDENTS) + ".")
        found = Exposure(incident, INCIDENTS[incident], discovered_at or self.office.now(), note.strip()[:1000],
                         encrypted=incident == "bundle")
        if found.discovered_at > self.office.now() + dt.timedelta(minutes=5):
            raise BreachRefused("Waktu diketahui belum lewat: isi kapan kehilangan itu diketahui.")
        if incident == "bundle":
            self._bundle(found, source)
        else:
            self._database(found, incident, source)
        return found

    def _bundle(self, found: Exposure, bundle_id: str) -> None:
        with self.office.db.read() as s:
            log = exposure.bundle(s, bundle_id)
            if log is None or log.direction != "out":
                raise BreachRefused("Pilih berkas kiriman yang hilang dari daftar berkas kiriman yang pernah dibuat kantor ini.")
            rows = exposure.bundle_snapshots(s, bundle_id)
        found.source = f"{INCIDENTS['bundle']}: berkas {log.file_name}, dibuat {rt.moment(log.created_at)}"
        seen: dict[str, dict[str, Any]] = {}
        heirs: list[dict[str, Any]] = []
        for raw in rows:
            rec = json.loads(raw)
            if set(rec) == {"id"}:
                found.erased_since += 1
                continue
            seen[rec["id"]] = {k: rec.get(k) for k in exposure.PEOPLE_COLUMNS} | {
                "heirs": len(rec.get("beneficiaries") or [])}
            heirs += [{"participant_id": rec["id"], **b} for b in rec.get("beneficiaries") or []]
        found.people = list(seen.values())
        self._count_heirs(found, heirs)

    def _database(self, found: Exposure, incident: str, backup_name: str) -> None:
        with self.office.db.read() as s:
            if incident == "backup":
                made = next((src.at for src in self.sources() if src.kind == "backup" and src.key == backup_name),
                            None)
                if made is None:
                    raise BreachRefused("Pilih cadangan yang hilang dari daftar cadangan kantor ini.")
                found.source = f"{INCIDENTS['backup']}: {backup_name}, dibuat {rt.moment(made)}"
            else:
                made = self.office.now()
                found.source = (f"{INCIDENTS['pc']} (perangkat {settings_store.get(s, 'office.device_id')}): "
                                "seluruh basis data kantor, folder cadangannya dan kunci perangkat")
            people = exposure.people_at(s, made)
            heirs = exposure.heirs_of(s, [p["id"] for p in people])
        found.people = [p for p in people if p["purged_at"] is None]
        found.erased_since = len(people) - len(found.people)
        self._count_heirs(found, heirs)

    def _count_heirs(self, found: Exposure, heirs: list[dict[str, Any]]) -> None:
        on = found.discovered_at.date()
        found.heirs = len(heirs)
        found.children = sum(1 for h in heirs if _child(h, on))

    def write_report(self, found: Exposure, folder: Path) -> tuple[Path, Path]:
        """The letter (PDF) and the list of people affected (XLSX) in `folder`; audited."""
        from jamsos_desktop.reports.breach_letter import write_breach_letter, write_people_list

        actor = self.office.require("audit.view")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BreachRefused(f"Folder {folder} tidak bisa dibuat ({exc.strerror}): pilih folder lain.") from exc
        with self.office.db.read() as s:
            office_name = settings_store.get(s, "office.name")
        stamp = f"{found.discovered_at.astimezone():%Y%m%d-%H%M}"
        letter = write_breach_letter(folder / f"surat-pemberitahuan-kegagalan-pdp-{stamp}.pdf", found,
                                     office_name=office_name, made_at=self.office.now(), data_kinds=DATA_KINDS)
        people = write_people_list(folder / f"lampiran-daftar-terdampak-{stamp}.xlsx", found, office_name=office_name)
        with self.office.db.write() as s:
            audit.append(s, at=self.office.now(), operator=actor.username, action="breach_report", entity="incident",
                         entity_id=found.incident, details={"incident": found.incident, "people": len(found.people),
                                                            "file": letter.name,
                                                            "discovered_at": found.discovered_at.isoformat()})
        return letter, people


def _child(heir: dict[str, Any], on: dt.date) -> bool:
    """Under 18 on the day; a son or daughter whose birth date is unknown counts as a child (the safe side)."""
    born = heir.get("birth_date")
    if not born:
        return heir.get("relationship") == "anak"
    return bool(age_on(dt.date.fromisoformat(str(born)[:10]), on) < 18)
