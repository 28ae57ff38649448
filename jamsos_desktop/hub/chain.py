"""Where a bundle sits in its office's chain, and which change numbers of an office never arrived.

Each bundle names the previous one from the same device (its id and file hash). The hub uses that to tell a
replay (this very bundle again), a late bundle (its successor came first), a missing predecessor, a restart
(a new chain after a reinstall) and a fork (two bundles after the same one: a restored backup). The chain only
explains; what is actually missing is told by the seq numbers: every number from 1 to the highest received
must be there, since offices number their released changes without gaps.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import schema as t
from jamsos_desktop.sync.manifest import Manifest

CHAIN_WORDS = {
    "start": "bundle pertama dari perangkat ini",
    "linked": "menyambung bundle sebelumnya",
    "late": "datang terlambat: bundle sesudahnya sudah diterima lebih dulu",
    "missing_previous": "bundle sebelumnya belum pernah diterima",
    "restart": "memulai rantai baru (misalnya aplikasi dipasang ulang)",
    "fork": "menyambung bundle yang sudah disambung bundle lain: kantor mungkin memulihkan cadangan lama",
    "broken": "menyebut bundle sebelumnya dengan sidik (hash) berbeda dari yang diterima",
    "replay": "bundle ini sudah pernah diterima: tidak ada yang berubah",
}
UNUSUAL = {"missing_previous", "restart", "fork", "broken", "late"}


@dataclass(frozen=True)
class Gap:
    device_id: str
    first: int
    last: int

    def words(self, office: str) -> str:
        numbers = f"nomor {self.first}" if self.first == self.last else f"nomor {self.first}-{self.last}"
        return f"Perubahan {numbers} dari {office} belum diterima."


def classify(conn: Connection, manifest: Manifest, sha256: str) -> str:
    """One of CHAIN_WORDS' keys; 'replay' means this exact file was imported before, 'id_clash' that another
    file with this bundle id was (never legitimate: the bundle is refused)."""
    b = t.bundle.c
    seen = conn.execute(sa.select(b.sha256).where(b.bundle_id == manifest.bundle_id)).first()
    if seen is not None:
        return "replay" if seen.sha256 == sha256 else "id_clash"
    mine = b.device_id == manifest.device_id
    successor = conn.execute(sa.select(b.bundle_id).where(mine, b.previous_bundle_id == manifest.bundle_id)).first()
    if successor is not None:
        return "late"
    if manifest.previous is None:
        any_before = conn.execute(sa.select(b.bundle_id).where(mine).limit(1)).first()
        return "restart" if any_before else "start"
    before = conn.execute(sa.select(b.sha256).where(mine, b.bundle_id == manifest.previous.bundle_id)).first()
    if before is None:
        return "missing_previous"
    if before.sha256 != manifest.previous.sha256:
        return "broken"
    sibling = conn.execute(sa.select(b.bundle_id).where(mine, b.previous_bundle_id == manifest.previous.bundle_id)
                           ).first()
    return "fork" if sibling is not None else "linked"


def gaps(conn: Connection, device_id: str) -> list[Gap]:
    """Ranges of seq numbers below the highest one received from this device that never arrived."""
    seqs = conn.execute(sa.select(t.change.c.seq).where(t.change.c.device_id == device_id)
                        .order_by(t.change.c.seq)).scalars().all()
    found: list[Gap] = []
    expected = 1
    for seq in seqs:
        if seq > expected:
            found.append(Gap(device_id, expected, seq - 1))
        expected = seq + 1
    return found
