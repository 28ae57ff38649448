"""Retention (UU PDP Pasal 43-44): erase the personal data of records deleted or rejected long enough ago.

`plan()` is the dry run (who is due, who still waits for the hub's receipt, which old backups go);
`purge()` does it in one transaction, then folds the search index and rewrites the database file so the
erased values leave the disk too. The desktop runs `run_monthly_if_due()` after sign-in; `jamsos purge` is
the same from the command line. The hub hears of each erased record through a purge notice in a later
bundle (store/outbox.py), once it announces that it reads them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.retention import DEFAULT_YEARS, PURGE_REASON, REDACTED_MARK, check_years, years_before
from jamsos_desktop.services.office import SYSTEM, Actor, Office
from jamsos_desktop.store import settings as settings_store

if TYPE_CHECKING:  # the purge's own modules load SQLAlchemy: not at start, where only due_for_monthly runs
    from jamsos_desktop.store import purge

MONTHLY = dt.timedelta(days=30)
LAST_RUN_KEY = "pdp.last_purge_at"
YEARS_KEY = "pdp.retention_years"
REWRITE_KEY = "pdp.rewrite_pending"  # the last rewrite of the file found it busy: the next run does it
Progress = Callable[[int, int], None]


class PurgeRefused(Refused):
    """The purge cannot run now; the message says why and what to do."""

    code = "purge"


@dataclass(frozen=True)
class PurgePlan:
    years: int
    cutoff: dt.datetime  # records retired before this moment are due
    due: list[purge.Candidate]
    waiting: list[purge.Candidate]  # due, but a change of theirs has not reached the hub yet
    old_backups: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class PurgeResult:
    plan: PurgePlan
    erased: list[str]  # participant ids
    sealed_events: int
    backups_removed: list[str]


class RetentionService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def years(self) -> int:
        try:
            return check_years(self.office.setting(YEARS_KEY) or DEFAULT_YEARS)
        except Refused:  # a value edited outside the app: the documented default
            return DEFAULT_YEARS

    def last_run(self) -> dt.datetime | None:
        raw = self.office.setting(LAST_RUN_KEY)
        return dt.datetime.fromisoformat(raw) if raw else None

    def plan(self) -> PurgePlan:
        """Who would be erased now (names included: supervisors and admins only)."""
        self.office.require("data.purge")
        return self._plan()

    def _plan(self) -> PurgePlan:
        from jamsos_desktop.store import purge

        years = self.years()
        cutoff = years_before(self.office.now(), years)
        with self.office.db.read() as s:
            found = purge.candidates(s, cutoff)
        return PurgePlan(years, cutoff, [c for c in found if not c.waiting_for_hub],
                         [c for c in found if c.waiting_for_hub], self._old_backups(cutoff))

    def _old_backups(self, cutoff: dt.datetime) -> list[Path]:
        folder = self.office.backups_dir
        if not folder.is_dir():
            return []
        limit = cutoff.timestamp()
        return sorted(p for p in folder.glob("jamsos-*.sqlite") if p.stat().st_mtime < limit)

    def purge(self, *, progress: Progress | None = None) -> PurgeResult:
        actor = self.office.require("data.purge")
        return self._purge(actor, self._plan(), scheduled=False, progress=progress)

    def due_for_monthly(self) -> bool:
        last = self.last_run()
        return last is None or self.office.now() - last >= MONTHLY

    def run_monthly_if_due(self, *, progress: Progress | None = None) -> PurgeResult | None:
        """The monthly task: runs as the system (whoever is signed in), None when it is not due yet."""
        if not self.due_for_monthly():
            return None
        return self._purge(SYSTEM, self._plan(), scheduled=True, progress=progress)

    def _purge(self, actor: Actor, plan: PurgePlan, *, scheduled: bool, progress: Progress | None) -> PurgeResult:
        from jamsos_desktop.store import audit, audit_seals, purge, state

        with self.office.db.read() as s:
            broken = audit.verify_chain(s)
        if broken is not None:
            raise PurgeRefused(f"Jejak audit putus di peristiwa nomor {broken.event_id} ({broken.reason}); data "
                               "tidak dimusnahkan. Jalankan pemeriksaan data dan minta admin memulihkan cadangan.")
        removed = self._remove_backups(plan.old_backups)
        now, by = self.office.now(), actor.username
        ids = [c.participant_id for c in plan.due]
        with self.office.db.write() as s:
            for i, pid in enumerate(ids, 1):
                revision = purge.erase_participant(s, pid, now=now, by=by)
                purge.queue_notice(s, pid, revision=revision, at=now, by=by)
                if progress and i % 50 == 0:
                    progress(i, len(ids) + 1)
            pairs = audit_seals.erase_events(s, ids)
            audit.append(s, at=now, operator=by, action=audit_seals.PURGE_ACTION, entity="retention",
                         entity_id=now.strftime("%Y-%m-%d"), details={
                             "years": plan.years, "cutoff": plan.cutoff.isoformat(), "participants": ids,
                             "reason": PURGE_REASON, "scheduled": scheduled,
                             "signed_in": self.office.actor.username if scheduled and self.office.actor else "",
                             "backups_removed": removed, "sealed": len(pairs),
                             "seal_digest": audit_seals.seals_digest(pairs)})
            audit_seals.store_seals(s, pairs, audit.chain_head(s).last_id)
            # `jamsos check` compares each row with its latest event's state: record the erased rows' state
            state.stamp(s, ids, at=now, operator=by, action="purge_state",
                        details={pid: {REDACTED_MARK: True} for pid in ids})
            settings_store.put(s, LAST_RUN_KEY, now.isoformat())
            rewrite = bool(ids) or settings_store.get(s, REWRITE_KEY) == "1"
            if ids:
                purge.compact(s)
        if rewrite:  # committed: from here on nothing is cancelled
            done = purge.rewrite_file(self.office.db)
            with self.office.db.write() as s:
                settings_store.put(s, REWRITE_KEY, "" if done else "1")
        if progress:
            progress(len(ids) + 1, len(ids) + 1)
        return PurgeResult(plan, ids, len(pairs), removed)

    def _remove_backups(self, paths: list[Path]) -> list[str]:
        removed = []
        for path in paths:
            try:
                path.unlink()
            except OSError:
                continue  # still listed by the next run
            removed.append(path.name)
        return removed
