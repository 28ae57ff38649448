"""Choose the tests `make check` leaves to `make test`, from measured durations.

    .venv/bin/python -m pytest -m "not slow" -p no:randomly -o junit_duration_report=total --junitxml=d.xml
    .venv/bin/python scripts/slow_tests.py d.xml

reads the time of each test `make check` runs today (set-up, call and tear-down, summed over its parameters; one
process, so the times add up) and adds to tests/slow_tests.txt the slowest test functions, as many as it takes
for the rest to need at most BUDGET of the measured total. Lines already in the list that the run did not measure
(they were slow already) stay. tests/conftest.py marks every test named there as slow. Re-run when `make check`
passes a minute; a stale line (a renamed test) is caught by tests/test_suite_truths.py.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIST = ROOT / "tests" / "slow_tests.txt"
BUDGET = 0.3  # the fast loop may take this share of the time the measured tests took
HEADER = """\
# Tests `make check` skips (marked slow by tests/conftest.py), chosen from measured durations by
# scripts/slow_tests.py from timed runs of `make check`'s tests (see its docstring). `make test` runs them all.
# One test function per line (parameters included); each measurement's additions slowest first, after the last.
"""


def function_id(classname: str, name: str) -> str:
    """`tests.ui.test_x` + `test_y[param]` -> `tests/ui/test_x.py::test_y` (a class level kept: `::Class::test`)."""
    parts = classname.split(".")
    module = next(i for i in range(len(parts), 0, -1) if (ROOT / Path(*parts[:i])).with_suffix(".py").exists())
    path = "/".join(parts[:module]) + ".py"
    return "::".join([path, *parts[module:], name.split("[")[0]])


def durations(junit: Path) -> dict[str, float]:
    found: dict[str, float] = defaultdict(float)
    for case in ET.parse(junit).getroot().iter("testcase"):
        found[function_id(case.get("classname", ""), case.get("name", ""))] += float(case.get("time", "0"))
    return dict(found)


def choose(times: dict[str, float], budget: float = BUDGET) -> list[str]:
    total, slow = sum(times.values()), []
    left = total
    for test, seconds in sorted(times.items(), key=lambda item: -item[1]):
        if left <= budget * total:
            break
        slow.append(test)
        left -= seconds
    return slow


def listed() -> list[str]:
    lines = LIST.read_text().splitlines() if LIST.exists() else []
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    times = durations(Path(argv[0]))
    slow = choose(times)
    kept = [line for line in listed() if line not in times]
    LIST.write_text(HEADER + "".join(f"{test}\n" for test in [*kept, *slow]))
    fast = sum(times.values()) - sum(times[t] for t in slow)
    print(f"{len(slow)} of {len(times)} test functions marked slow; the rest took {fast:.0f} s of "
          f"{sum(times.values()):.0f} s measured")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
