"""Benchmark: the hub merges 64 bundles (one per kelurahan) holding 24,300 changes in total, on SQLite.

The same-run baseline is the decrypt-only time of the same 64 bundles (verify + decrypt + parse with
sync.open_bundle, no database): the ratio says what validating every record, finding duplicates and writing
the register costs on top of opening the files. Also timed: importing the same folder again (all replays)
and issuing the 64 receipts; then the programme's loop (issue 16): export-bpjs of all 24,300, import-kpj of
24,300 KPJ numbers (first cover and ledger months), the 64 receipts that carry them, and a month's recap.
An office's upload (a bundle of two corrections, imported and answered with a receipt) is timed twice: while
export-bpjs writes its list (in another thread, as the HTTP server's thread pool would run it), and alone just
before (its same-run baseline).
"""

from __future__ import annotations

import datetime as dt
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.sync.bundle import open_bundle, write_bundle
from jamsos_desktop.sync.canonical import utc_timestamp
from jamsos_desktop.sync.enrolment import enrolment_file
from jamsos_desktop.sync.hubkeys import read_hub_identity
from jamsos_desktop.sync.identity import DeviceIdentity, create_identity

TOTAL = 24_300


Office = tuple[DeviceIdentity, str, list[dict[str, Any]]]  # device, kelurahan code, change lines sent


def _bundles(hub: Hub, folder: Path, offices: list[Office]) -> tuple[list[bytes], dict[str, bytes]]:
    identity = read_hub_identity(hub.identity_file())
    kelurahan = batam().kelurahan
    at = utc_timestamp()
    datas: list[bytes] = []
    keys: dict[str, bytes] = {}
    for i, kel in enumerate(kelurahan):
        count = TOTAL // len(kelurahan) + (1 if i < TOTAL % len(kelurahan) else 0)
        device: DeviceIdentity = create_identity(folder / f"dev{i}")
        hub.enrol(hub.read_enrolment(enrolment_file(device, kelurahan_code=kel.code, office_name=f"Kantor {kel.name}",
                                                    app_version="bench")))
        keys[device.device_id] = device.public_raw
        lines: list[dict[str, Any]] = []
        for seq, rec in enumerate(synthetic_records(count, seed=i + 1, kelurahan_code=kel.code), 1):
            rec.update(id=str(uuid.uuid4()), status="approved", kpj_number="")
            lines.append({"seq": seq, "op": "upsert", "participant_id": rec["id"], "revision": 1, "snapshot": rec,
                          "at": at, "by": "operator"})
        data = write_bundle(kind="changes", identity=device, recipients=identity.recipients(),
                            kelurahan_code=kel.code, records=lines, previous=None, app_version="bench")
        (folder / "stick").mkdir(exist_ok=True)
        (folder / "stick" / f"jamsos-{kel.code}-{i:02d}.jamsos").write_bytes(data)
        datas.append(data)
        offices.append((device, kel.code, lines))
    return datas, keys


def _corrections(hub: Hub, office: Office) -> bytes:
    """The office's next bundle: new versions of two of its registrations (an upload that changes no count)."""
    device, code, lines = office
    again = [{**line, "seq": len(lines) + n, "revision": 2, "at": utc_timestamp()} for n, line in enumerate(lines[:2], 1)]
    return write_bundle(kind="changes", identity=device, recipients=read_hub_identity(hub.identity_file()).recipients(),
                        kelurahan_code=code, records=again, previous=None, app_version="bench")


def _upload(hub: Hub, data: bytes, device_id: str) -> float:
    seconds, received = _timed(lambda: hub.receive(data, device_id=device_id))
    assert received.report.status == "imported" and received.report.result.accepted == 2, received.report
    return seconds


def _export_with_upload(hub: Hub, out: Path, data: bytes, device_id: str) -> tuple[float, Any, float, bool]:
    """export-bpjs in a thread, and meanwhile (once it is under way) an office's upload: (export seconds, its
    result, upload seconds, whether the export was still running when the upload was answered)."""
    done: dict[str, Any] = {}

    def export() -> None:
        done["s"], done["result"] = _timed(lambda: hub.export_bpjs(out))

    thread = threading.Thread(target=export)
    thread.start()
    time.sleep(0.2)  # the export is reading its snapshot or writing the workbook
    upload_s = _upload(hub, data, device_id)
    overlapped = thread.is_alive()
    thread.join()
    return done["s"], done["result"], upload_s, overlapped


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the merge's worker, hub/prepare.py); 0 on Windows."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench(emit: Callable[..., None]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        hub = Hub.open(data_dir=folder / "hub")
        try:
            hub.init(escrow_out=folder / "escrow.pem", escrow_passphrase=b"bench-escrow-passphrase")
            offices: list[Office] = []
            datas, keys = _bundles(hub, folder, offices)
            alone, during = _corrections(hub, offices[0]), _corrections(hub, offices[1])
            key = hub.keys.encryption_key
            cpu = time.process_time()
            baseline, opened = _timed(lambda: [open_bundle(d, trusted_keys=keys.get, decryption_key=key)
                                               for d in datas])
            baseline_cpu = time.process_time() - cpu
            assert sum(len(records) for _, records in opened) == TOTAL
            del opened
            cpu, worker = time.process_time(), _children_cpu()
            merge_s, report = _timed(lambda: hub.import_paths([folder / "stick"]))
            merge_cpu, worker_cpu = time.process_time() - cpu, _children_cpu() - worker
            totals = report.totals()
            assert totals["imported"] == 64 and totals["accepted"] == TOTAL, totals
            again_s, again = _timed(lambda: hub.import_paths([folder / "stick"]))
            assert again.totals()["replay"] == 64
            receipts_s, issued = _timed(lambda: hub.issue_receipts(folder / "receipts"))
            assert len(issued) == 64
            upload_alone_s = _upload(hub, alone, offices[0][0].device_id)
            export_s, exported, upload_s, overlapped = _export_with_upload(hub, folder / "bpjs.xlsx", during,
                                                                           offices[1][0].device_id)
            assert exported.count == TOTAL
            kpj = _kpj_file(hub, folder / "kpj.csv")
            kpj_s, assigned = _timed(lambda: hub.import_kpj(kpj))
            assert assigned.assigned == TOTAL
            # include_online: the two offices that uploaded over HTTP above get their files too, as before
            news_s, news = _timed(lambda: hub.issue_receipts(folder / "receipts-kpj", include_online=True))
            assert len(news) == 64
            month = hub.clock().date().replace(day=28) + dt.timedelta(days=5)
            recap_s, recap = _timed(lambda: hub.recap(f"{month:%Y-%m}"))
            assert recap["people"] == TOTAL
        finally:
            hub.close()
    emit("hub.merge_64_bundles_24300", merge_s, "s", baseline=baseline, target="< 1.5 s and <= 2x baseline",
         ok=merge_s < 1.5 and merge_s <= 2 * baseline, bundles=64, changes=TOTAL,
         baseline_is="verify + decrypt only (open_bundle)", cpu_s=round(merge_cpu, 3),
         worker_cpu_s=round(worker_cpu, 3), baseline_cpu_s=round(baseline_cpu, 3),
         cpu_ratio=round(merge_cpu / baseline_cpu, 3))
    emit("hub.reimport_64_bundles_replay", again_s, "s", target="< 5 s", ok=again_s < 5)
    emit("hub.receipts_64_offices", receipts_s, "s", target="< 1 s", ok=receipts_s < 1)
    emit("hub.export_bpjs_24300", export_s, "s", target="< 3 s", ok=export_s < 3)
    emit("hub.upload_during_export", upload_s, "s", baseline=upload_alone_s, target="< 0.2 s", ok=upload_s < 0.2,
         export_still_running=overlapped, baseline_is="the same upload with the hub idle")
    emit("hub.import_kpj_24300", kpj_s, "s", target="< 3 s", ok=kpj_s < 3)
    emit("hub.receipts_64_offices_with_kpj", news_s, "s", target="< 1 s", ok=news_s < 1)
    emit("hub.month_recap_24300", recap_s, "s", target="< 1 s", ok=recap_s < 1)


def _kpj_file(hub: Hub, path: Path) -> Path:
    """BPJS's return: a KPJ for every person in the register."""
    with hub.store.read() as conn:
        niks = [r[0] for r in conn.execute(sa.select(t.participant.c.nik).where(t.participant.c.nik.is_not(None)))]
    path.write_text("NIK;Nomor KPJ\n" + "".join(f"{nik};{i:011d}\n" for i, nik in enumerate(niks, 1)),
                    encoding="utf-8")
    return path


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from run import emit as _emit

    bench(_emit)
