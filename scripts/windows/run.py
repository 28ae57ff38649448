"""`make test-windows`: the Windows build and its tests under Wine, from registry packages only.

    python scripts/windows/run.py                  every step (set-up, self-test, cli, build, frozen, gui, suite)
    python scripts/windows/run.py --only suite -- tests/cli     some steps; pytest arguments after --

Set-up is cached (see winenv.py) and repeats only what changed; a warm run spends its time in the checks.
Each step prints its time; the output ends with the suite's failed tests by name and pytest's summary line
(suite.py: workers, time limits).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gui  # noqa: E402
import setup_windows  # noqa: E402
import steps  # noqa: E402
import suite  # noqa: E402
from winenv import cache_lock  # noqa: E402

STEPS = ("setup", "selftest", "cli", "build", "frozen", "gui", "suite")


def timed(name: str, action: Callable[[], object], times: dict[str, float]) -> object:
    print(f"\n=== windows: {name} ===", flush=True)
    start = time.monotonic()
    try:
        return action()
    finally:
        times[name] = time.monotonic() - start
        print(f"--- windows: {name} took {times[name]:.0f} s", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(STEPS), help=f"comma-separated steps out of {','.join(STEPS)}")
    parser.add_argument("pytest_args", nargs="*", help="arguments for pytest in the suite step")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(STEPS))
    if unknown:
        parser.error(f"unknown steps {unknown}; choose from {', '.join(STEPS)}")
    times: dict[str, float] = {}
    started = time.monotonic()
    with cache_lock(exclusive=False):
        current = setup_windows.is_current()
    if not current:
        with cache_lock(exclusive=True):  # installs what changed while no other run uses the cache
            timed("setup", setup_windows.set_up, times)
    code = 0
    try:
        with cache_lock(exclusive=False):
            checks: dict[str, Callable[[], object]] = {
                "selftest": steps.self_test, "cli": steps.cli_smoke, "build": steps.build,
                "frozen": steps.frozen_self_test, "gui": gui.gui,
                "suite": lambda: suite.suite(args.pytest_args, steps.prebuilt_app(), setup_windows.REMOVABLE_DRIVE),
            }
            for name in STEPS[1:]:
                if name in chosen:
                    result = timed(name, checks[name], times)
                    if name == "suite":
                        code = int(result)  # type: ignore[call-overload]
    except steps.StepFailed as exc:
        print(f"\nWINDOWS CHECK FAILED: {exc}", flush=True)
        code = 1
    finally:
        summary = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in times.items())
        print(f"\nwindows: {summary}; total {time.monotonic() - started:.0f} s", flush=True)
        if "suite" in times:  # the failed tests by name and pytest's summary stay last, where CI shows them
            print(suite.summary(), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
