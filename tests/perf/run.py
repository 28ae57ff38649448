"""Run every benchmark module (bench_*.py) in this folder and print one JSON line per figure."""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any


def emit(name: str, value: float, unit: str, *, baseline: float | None = None, target: str | None = None,
         ok: bool | None = None, **extra: Any) -> None:
    """Print one figure; ratio = value / baseline when a same-run baseline is given."""
    line: dict[str, Any] = {"name": name, "value": round(value, 4), "unit": unit}
    if baseline is not None:
        line["baseline"] = round(baseline, 4)
        line["ratio"] = round(value / baseline, 3) if baseline else None
    if target is not None:
        line["target"] = target
    if ok is not None:
        line["ok"] = ok
    line.update(extra)
    print(json.dumps(line), flush=True)


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    sys.path.insert(0, str(here))  # bench modules share helpers (floor.py, xlsx_fixture.py) as plain imports
    wanted = set(argv)
    for path in sorted(here.glob("bench_*.py")):
        if wanted and path.stem.removeprefix("bench_") not in wanted:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        started = time.perf_counter()
        module.bench(emit)
        print(json.dumps({"name": f"{path.stem}.elapsed", "value": round(time.perf_counter() - started, 2),
                          "unit": "s"}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
