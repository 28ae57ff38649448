"""Health of the office data: integrity and audit-chain check, backup and restore."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.services.office import Office
from jamsos_desktop.services.sync import realign_sequence
from jamsos_desktop.store import audit, backup, cipher, migrate, restore_check, state
from jamsos_desktop.store.engine import Database


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    chain_break: audit.ChainBreak | None = None
    audit_events: int = 0
    outbox_mismatches: list[str] = field(default_factory=list)
    state_mismatches: list[state.Mismatch] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.integrity and self.chain_break is None and not self.outbox_mismatches
                and not self.state_mismatches)

    def lines(self) -> list[str]:
        out = []
        out.append("Integritas basis data: " + ("baik" if not self.integrity else "RUSAK: " + "; ".join(
            self.integrity[:5])))
        if self.chain_break is None:
            out.append(f"Jejak audit: utuh ({self.audit_events} peristiwa)")
        else:
            out.append(f"Jejak audit: PUTUS di peristiwa nomor {self.chain_break.event_id} "
                       f"({self.chain_break.reason})")
        out.append("Antrean kirim sesuai data peserta: " + ("ya" if not self.outbox_mismatches else
                   f"TIDAK untuk {len(self.outbox_mismatches)} peserta, mis. {self.outbox_mismatches[0]}"))
        if not self.state_mismatches:
            out.append("Data peserta dan akun operator sesuai jejak audit: ya")
        else:
            out.append(f"Data peserta dan akun operator sesuai jejak audit: TIDAK ({len(self.state_mismatches)}):")
            out += [f"  - {m.text()}" for m in self.state_mismatches[:20]]
            if len(self.state_mismatches) > 20:
                out.append(f"  ... dan {len(self.state_mismatches) - 20} lagi")
        return out


OUTBOX_MISMATCH_SQL = """
SELECT p.id FROM participant p
LEFT JOIN (SELECT participant_id, max(revision) AS rev FROM outbox GROUP BY participant_id) o
  ON o.participant_id = p.id
WHERE o.rev IS NULL OR o.rev != p.revision
"""


class RestoreRefused(Refused):
    code = "restore"


class MaintenanceService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def check(self) -> CheckReport:
        report = CheckReport(integrity=self.office.db.integrity_problems())
        with self.office.db.read() as s:
            report.chain_break = audit.verify_chain(s)
            report.audit_events = audit.count(s)
            report.outbox_mismatches = [r[0] for r in s.execute(text(OUTBOX_MISMATCH_SQL))]
            report.state_mismatches = state.mismatches(s)
        return report

    def backup(self, target: Path) -> Path:
        actor = self.office.actor
        if target.is_dir():
            target = target / f"jamsos-cadangan-{self.office.now():%Y%m%d-%H%M%S}.sqlite"
        backup.backup_to(self.office.db_path, target, self.office.db.key)
        with self.office.db.write() as s:
            audit.append(s, at=self.office.now(), operator=actor.username if actor else "system", action="backup",
                         entity="database", entity_id=target.name)
        return target

    def restore(self, source: Path) -> Path:
        """Replace the database with a backup; the current file is backed up first. Returns that safety copy.

        The backup is copied beside the database and checked in full (restore_check.py) before anything is
        replaced: a refused file changes nothing. The safety copy is pinned: no rotation ever deletes it."""
        actor = self.office.require("backup.restore")
        office = self.office
        staging = office.db_path.with_name(office.db_path.name + ".restoring")
        backup.discard(staging)
        try:
            key = office.db.key  # an encrypted office: its backups are encrypted under the same key
            backup.stage_copy(source, staging, encrypted_ok=key is not None)
            facts = restore_check.read_facts(staging, known_revisions=migrate.known_revisions(), key=key)
            restore_check.check_identity(facts, kelurahan_code=office.setting("office.kelurahan_code"),
                                         device_id=office.setting("office.device_id"))
            restore_check.check_audit_chain(staging, key)
            if key is not None and not cipher.is_encrypted(staging):
                cipher.encrypt_in_place(staging, key)  # a plain backup from before the office was encrypted
            with office.db.read() as s:
                mark = audit.change_mark(s)
            safety = backup.automatic_backup(office.db_path, office.backups_dir, reason="before-restore", state=mark,
                                             key=office.db.key)
        except backup.BackupRefused as exc:
            backup.discard(staging)
            raise RestoreRefused(f"{source.name} tidak dipulihkan, data sekarang tidak diubah: {exc}") from exc
        except BaseException:
            backup.discard(staging)
            raise
        assert safety is not None
        office.db.dispose()
        backup.replace_live(staging, office.db_path)
        office.db = Database(office.db_path, office.db.key)
        migrate.upgrade(office.db, backups_dir=office.backups_dir)
        renumbered = realign_sequence(office)
        with office.db.write() as s:
            state.ensure_baseline(s, at=office.now())
            audit.append(s, at=office.now(), operator=actor.username, action="restore", entity="database",
                         entity_id=source.name, details={"restored_at": dt.datetime.now(dt.UTC).isoformat(),
                                                          "renumbered_changes": renumbered,
                                                          "participants": facts.participants,
                                                          "safety_copy": safety.name})
        return safety
