"""Benchmark: write (sign + encrypt) a bundle of 24,300 changes, then verify + decrypt it, against json.dumps.

The baseline is plain `json.dumps` of the same records in the same run, so the ratios say how much the format
costs on this machine, not how fast the machine is.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jamsos_desktop.sync.bundle import open_bundle, verify_bundle, write_bundle
from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file, read_hub_identity
from jamsos_desktop.sync.identity import create_identity

COUNT = 24_300
_FIRST = ["Siti", "Ahmad", "Rina", "Budi", "Dewi", "Hendra", "Nurul", "Joko", "Yanti", "Rudi", "Sri", "Agus"]
_LAST = ["Rahayu", "Saputra", "Lestari", "Hutapea", "Simanjuntak", "Wijaya", "Nasution", "Siregar", "Harahap"]
_CATEGORIES = ["ketua_rt", "kader_posyandu", "nelayan", "petani", "ojek_online", "penarik_becak", "rentan_keagamaan"]


def change_records(count: int = COUNT, seed: int = 7) -> list[dict[str, Any]]:
    """Change lines with participant snapshots of ~30 fields, as the office's outbox would hold them."""
    rnd = random.Random(seed)
    records = []
    for i in range(1, count + 1):
        name = f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}"
        birth = f"19{rnd.randint(55, 99)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        snapshot = {
            "id": f"{rnd.getrandbits(128):032x}", "nik": f"2171{rnd.randint(10**11, 10**12 - 1)}",
            "kk_number": f"2171{rnd.randint(10**11, 10**12 - 1)}", "full_name": name, "birth_place": "Batam",
            "birth_date": birth, "sex": rnd.choice("LP"), "mother_name": f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}",
            "marital_status": "kawin", "address": f"Perumahan Griya Batu Aji Asri Blok {rnd.choice('ABCDE')} "
                                                  f"No. {rnd.randint(1, 99)}",
            "rt": f"{rnd.randint(1, 20):03d}", "rw": f"{rnd.randint(1, 12):03d}", "kelurahan_code": "21.71.01.1002",
            "phone": f"08{rnd.randint(10**9, 10**10 - 1)}", "email": "", "category": rnd.choice(_CATEGORIES),
            "position": "", "sk_number": "", "posyandu_name": "", "company": "", "kusuka_number": "",
            "farmer_group": "", "job": "Nelayan tradisional", "work_location": "Pulau Buluh",
            "declared_income": rnd.randint(1, 40) * 100_000, "programs": ["JKK", "JKM"], "kpj_number": None,
            "status": "approved",
            "beneficiaries": [{"name": f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}", "relationship": "istri",
                               "phone": f"08{rnd.randint(10**9, 10**10 - 1)}", "birth_date": birth}],
        }
        records.append({"seq": i, "op": "upsert", "participant_id": snapshot["id"], "revision": rnd.randint(1, 3),
                        "snapshot": snapshot, "at": "2026-11-21T08:15:00Z", "by": "operator.belian"})
    return records


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def bench(emit: Callable[..., None]) -> None:
    records = change_records()
    with tempfile.TemporaryDirectory() as tmp:
        identity = create_identity(Path(tmp))
    hub, escrow = generate_hub_keys(), generate_escrow_key()
    trusted = read_hub_identity(hub_identity_file(hub, escrow_public=escrow.public_key(), name="Disnaker Batam"))
    keys = {identity.device_id: identity.public_raw}

    baseline, dumped = _timed(lambda: [json.dumps(r) for r in records])
    baseline_load, _ = _timed(lambda: [json.loads(line) for line in dumped])
    write_s, data = _timed(lambda: write_bundle(
        kind="changes", identity=identity, recipients=trusted.recipients(), kelurahan_code="21.71.01.1002",
        records=records, previous=None, app_version="bench"))
    verify_s, _ = _timed(lambda: verify_bundle(data, trusted_keys=keys.get))
    open_s, (_, opened) = _timed(lambda: open_bundle(data, trusted_keys=keys.get, decryption_key=hub.encryption_key))
    assert opened == records

    plain = sum(len(line) + 1 for line in dumped)
    emit("sync.bundle_write_24300", write_s, "s", baseline=baseline, target="< 5 s", ok=write_s < 5,
         records=len(records), bundle_bytes=len(data), plain_bytes=plain)
    emit("sync.bundle_verify_24300", verify_s, "s", target="< 5 s (part of verify + decrypt)", ok=verify_s < 5)
    emit("sync.bundle_verify_decrypt_24300", open_s, "s", baseline=baseline_load, target="< 5 s", ok=open_s < 5)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from run import emit as _emit

    bench(_emit)
