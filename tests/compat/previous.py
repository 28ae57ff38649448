"""The previous release, for version-skew tests: its real code, extracted from git, run in a subprocess.

Offices and the hub never upgrade on the same day, so every format this version writes (records, bundles,
receipts, key files, database files) must be read by the previous release, and the other way round. These
tests do not imitate the old version: they extract the tagged release (`git archive`) into a temporary
folder and run its own `jamsos` / `jamsos-hub` with this checkout's virtual environment, putting the old
tree first on PYTHONPATH. Its pinned dependencies are the same or a subset of today's.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PREVIOUS_TAG = "v0.1.0"
# The commit the tag names, for clones made without tags.
PREVIOUS_COMMIT = "1ed32c9b0f32aab0256c809a54f0bb368c3d5b6a"
FETCH_TAGS = "git fetch --tags"
# `git archive --format=tar v0.1.0 jamsos_desktop resources`, made beforehand where git cannot run (Wine)
RELEASE_ARCHIVE_ENV = "JAMSOS_PREVIOUS_RELEASE_TAR"
# A hang guard, not a measurement (under Wine tests/conftest.py stretches it by JAMSOS_TEST_TIME_SCALE).
HANG_S = 120


class PreviousReleaseMissing(RuntimeError):
    """The tag is not in this clone (a shallow clone or one without tags)."""


def extract_release(tag: str, dest: Path) -> Path:
    """Write the tree of `tag` (package and resources) into `dest` and return it."""
    archive = os.environ.get(RELEASE_ARCHIVE_ENV) if tag == PREVIOUS_TAG else None
    data = Path(archive).read_bytes() if archive else b""  # no git under Wine: make test-windows wrote it
    for ref in [] if data else [tag, PREVIOUS_COMMIT if tag == PREVIOUS_TAG else tag]:
        try:
            data = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", ref, "jamsos_desktop",
                                   "resources"], check=True, capture_output=True).stdout
            break
        except (OSError, subprocess.CalledProcessError):
            continue
    if not data:
        raise PreviousReleaseMissing(f"release {tag} is not in this clone; run `{FETCH_TAGS}`")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return dest


@dataclass(frozen=True)
class Release:
    """One extracted release and how to run its commands."""

    tag: str
    root: Path

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        env["PYTHONPATH"] = str(self.root)
        env.update(extra or {})
        return env

    def run(self, module: str, *args: str, env: dict[str, str] | None = None, input: str | None = None,
            timeout: float = HANG_S) -> subprocess.CompletedProcess[str]:
        """Run `python -m <module> args...` of this release (module: "jamsos_desktop.cli" or ".hub")."""
        return subprocess.run([sys.executable, "-m", module, *args], env=self.env(env), input=input,
                              capture_output=True, text=True, timeout=timeout, cwd=self.root)

    def jamsos(self, *args: str, **kw: object) -> subprocess.CompletedProcess[str]:
        return self.run("jamsos_desktop.cli", *args, **kw)  # type: ignore[arg-type]

    def hub(self, *args: str, **kw: object) -> subprocess.CompletedProcess[str]:
        return self.run("jamsos_desktop.hub", *args, **kw)  # type: ignore[arg-type]

    def python(self, code: str, *, env: dict[str, str] | None = None,
               timeout: float = HANG_S) -> subprocess.CompletedProcess[str]:
        """Run a snippet of Python against this release's package (for library-level checks)."""
        return subprocess.run([sys.executable, "-c", code], env=self.env(env), capture_output=True, text=True,
                              timeout=timeout, cwd=self.root)
