"""`jamsos list --json` on a small office, the whole process, against `python -c pass` started the same way in
the same run (issue 18: < 0.25 s and <= 10x), and whether a reading command wrote anything to the data folder.

Both are fresh processes of the same interpreter, alternated, the median of RUNS each; the office is a plain
one of 300 participants signed in by the environment (JAMSOS_USER / JAMSOS_PASSWORD), as a script would.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_gui import build_office  # plain imports: run.py puts this folder on sys.path

RUNS = 9
PEOPLE = 300


def _timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def _files(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def bench(emit) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        office = Path(tmp) / "office"
        build_office(office, PEOPLE, seed=3)
        env = {**os.environ, "JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "bench1234"}
        listing = [sys.executable, "-m", "jamsos_desktop.cli", "--data-dir", str(office), "list", "--json"]
        _timed(listing, env)  # the first one may make the backup the office's creation is owed
        _timed([sys.executable, "-c", "pass"], env)
        before = _files(office)
        floor, cli = [], []
        for _ in range(RUNS):
            floor.append(_timed([sys.executable, "-c", "pass"], env))
            cli.append(_timed(listing, env))
        after = _files(office)
        floor_s, cli_s = statistics.median(floor), statistics.median(cli)
        emit("cli_python_pass_s", floor_s, "s", runs=RUNS)
        emit("cli_list_json_small_office_s", cli_s, "s", baseline=floor_s, target="< 0.25 s and <= 10x python -c pass",
             ok=cli_s < 0.25 and cli_s <= 10 * floor_s, runs=RUNS)
        written = sorted(name for name in after if name not in before and not name.startswith("jamsos.sqlite"))
        emit("cli_list_files_written", len(written), "files", target="0 (reading writes no backup)",
             ok=not written, names=written[:5])
