"""Crash-test worker: registers participants one by one in a real process until it is killed.

To keep 100 kills fast, the test starts this file once as a *zygote* that imports everything, then asks it
to fork a fresh worker process per round ("go SEED OUTFILE" on stdin; the zygote answers "PID n"). Each
worker writes READY once signed in, then `SAVED <nik>` after each register() call has returned (committed),
to OUTFILE. The test kills the worker with SIGKILL; the zygote reaps it and answers "EXIT n status".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import Office


def work(data_dir: Path, seed: int, out_path: Path) -> None:
    out = open(out_path, "w", buffering=1)  # noqa: SIM115 - line-buffered: each line reaches the kernel at once
    office = Office(data_dir)  # already migrated by the test: a quick start
    services = Services(office)
    services.auth.login("admin", "rahasia123")
    records = synthetic_records(400, seed=seed)
    out.write("READY\n")
    for i, record in enumerate(records):
        saved = services.participants.register(record)
        out.write(f"SAVED {record['nik']}\n")
        if i % 3 == 0:
            services.participants.update(saved.id, {"address": f"Jl. Ganti No. {i}"})
        if i % 5 == 0:
            services.participants.approve([saved.id])


def export(data_dir: Path, seed: int, out_path: Path) -> None:
    """Register one participant and export a bundle, again and again (approval is off in this office)."""
    out = open(out_path, "w", buffering=1)  # noqa: SIM115
    services = Services(Office(data_dir))
    services.auth.login("admin", "rahasia123")
    records = synthetic_records(200, seed=seed)
    stick = data_dir.parent / "stick"
    out.write("READY\n")
    for record in records:
        services.participants.register(record)
        out.write(f"SAVED {record['nik']}\n")
        result = services.sync.export_bundle(stick)
        out.write(f"EXPORTED {result.path.name}\n")


MODES = {"register": work, "export": export}


def zygote(data_dir: Path, mode: str) -> None:
    print("ZYGOTE", flush=True)
    for line in sys.stdin:
        cmd, seed, out_path = line.split()
        assert cmd == "go"
        pid = os.fork()
        if pid == 0:
            try:
                MODES[mode](data_dir, int(seed), Path(out_path))
            finally:
                os._exit(0)
        print(f"PID {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"EXIT {pid} {status}", flush=True)


if __name__ == "__main__":
    zygote(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "register")
