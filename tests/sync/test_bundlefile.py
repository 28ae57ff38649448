"""Bundle files on disk: names, the crash-safe write (also under SIGKILL), and the size-checked read."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.sync.bundle import read_manifest, verify_bundle, write_bundle
from jamsos_desktop.sync.bundlefile import (
    TEMP_PREFIX,
    bundle_file_name,
    read_bundle_file,
    remove_stale_temp_files,
    write_bundle_file,
)
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.hubkeys import HubIdentity
from jamsos_desktop.sync.identity import DeviceIdentity
from jamsos_desktop.sync.limits import MAX_BUNDLE_BYTES

from .conftest import KELURAHAN, change

NAME = "jamsos-21.71.01.1002-20261121-000001-000002-3f2a9c1e.jamsos"


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def bundle(identity: DeviceIdentity, hub_identity: HubIdentity) -> bytes:
    return write_bundle(kind="changes", identity=identity, recipients=hub_identity.recipients(),
                        kelurahan_code=KELURAHAN, records=[change(1), change(2)], previous=None,
                        app_version="0.1.0", bundle_id="3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b")


def test_the_name_tells_office_date_and_range(bundle: bytes) -> None:
    manifest, _ = read_manifest(bundle)
    assert bundle_file_name(manifest) == bundle_file_name(manifest)
    name = bundle_file_name(manifest)
    assert name.startswith(f"jamsos-{KELURAHAN}-") and name.endswith("-000001-000002-3f2a9c1e.jamsos")


def test_the_date_in_the_name_is_batam_time(identity: DeviceIdentity, hub_identity: HubIdentity) -> None:
    import datetime as dt

    data = write_bundle(kind="changes", identity=identity, recipients=hub_identity.recipients(),
                        kelurahan_code=KELURAHAN, records=[change(123), change(456)], previous=None,
                        app_version="0.1.0", created_at=dt.datetime(2026, 11, 20, 17, 30, tzinfo=dt.UTC))
    manifest, _ = read_manifest(data)
    assert bundle_file_name(manifest).startswith(f"jamsos-{KELURAHAN}-20261121-000123-000456-")  # 00:30 WIB


def test_write_reads_back_and_leaves_only_the_final_file(stick: Path, bundle: bytes, trusted: Any) -> None:
    checked: list[bytes] = []
    path = write_bundle_file(stick, NAME, bundle, check=lambda data: checked.append(data))
    assert path == stick / NAME and path.read_bytes() == bundle and checked == [bundle]
    assert os.listdir(stick) == [NAME]
    verify_bundle(read_bundle_file(path), trusted_keys=trusted)
    with pytest.raises(FileExistsError):
        write_bundle_file(stick, NAME, bundle)


@pytest.mark.parametrize("name", ["../x.jamsos", "a/b.jamsos", "a\\b.jamsos", ".hidden.jamsos", "x.txt", "",
                                  "C:x.jamsos", "x..jamsos", "con .jamsos"])
def test_unsafe_names_are_refused(stick: Path, name: str) -> None:
    with pytest.raises(BundleRefused) as info:
        write_bundle_file(stick, name, b"data")
    assert info.value.reason == "unsafe_name"
    assert os.listdir(stick) == []


def _failing(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    if where == "write":  # the stick is pulled halfway through
        real_write = os.write

        def half_write(fd: int, data: Any) -> int:
            real_write(fd, bytes(data[: len(data) // 2]))
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(os, "write", half_write)
    elif where == "fsync":
        monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space")))
    elif where == "rename":
        monkeypatch.setattr(os, "replace", lambda a, b: (_ for _ in ()).throw(OSError(13, "Denied")))
    elif where == "read_back":
        monkeypatch.setattr(Path, "read_bytes", lambda self: b"corrupted on the stick")
    elif where == "interrupt":
        monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(KeyboardInterrupt()))


@pytest.mark.parametrize("where", ["write", "fsync", "rename", "read_back", "interrupt"])
def test_a_failed_write_leaves_nothing_behind(stick: Path, bundle: bytes, monkeypatch: pytest.MonkeyPatch,
                                              where: str) -> None:
    _failing(monkeypatch, where)
    with pytest.raises((OSError, KeyboardInterrupt)):
        write_bundle_file(stick, NAME, bundle)
    monkeypatch.undo()
    assert os.listdir(stick) == []


def test_a_refusing_check_removes_the_final_file(stick: Path, bundle: bytes) -> None:
    def refuse(data: bytes) -> None:
        raise BundleRefused("bad_signature")

    with pytest.raises(BundleRefused):
        write_bundle_file(stick, NAME, bundle, check=refuse)
    assert os.listdir(stick) == []


_CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from jamsos_desktop.sync import bundlefile
    from jamsos_desktop.sync.bundlefile import write_bundle_file
    real_write = os.write
    def slow_write(fd, data):  # a slow USB stick: most kills land in the middle of a write
        time.sleep(0.001)
        return real_write(fd, data)
    os.write = slow_write
    bundlefile._CHUNK = 1 << 16
    folder = Path(sys.argv[1])
    print("ready", flush=True)
    for i in range(1000):
        data = f"{i:08d}".encode() * (1 << 20)  # 8 MiB, different per file
        write_bundle_file(folder, f"jamsos-{i:04d}.jamsos", data)
        print(i, flush=True)
""")


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX: Windows has no such signal")
def test_sigkill_at_random_moments_never_leaves_a_partial_final_file(tmp_path: Path) -> None:
    rnd = random.Random(2026)
    caught_mid_write = 0
    for round_number in range(5):
        folder = tmp_path / f"round{round_number}"
        folder.mkdir()
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(folder)], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"  # imported: a busy PC starts late
        time.sleep(0.3 + rnd.random() * 0.7)
        child.send_signal(signal.SIGKILL)
        child.wait()
        finals = sorted(folder.glob("*.jamsos"))
        for path in finals:
            index = int(path.stem.split("-")[1])
            assert path.read_bytes() == f"{index:08d}".encode() * (1 << 20), f"{path.name} is not whole"
        leftovers = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
        assert len(leftovers) <= 1
        caught_mid_write += len(leftovers)
        assert remove_stale_temp_files(folder) == leftovers
        assert all(not p.name.startswith(TEMP_PREFIX) for p in folder.iterdir())
    assert caught_mid_write >= 1  # the test did kill writes in progress, not only between files


def test_read_refuses_an_oversized_file_before_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.jamsos"
    with big.open("wb") as handle:
        handle.truncate(MAX_BUNDLE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(BundleRefused) as info:
        read_bundle_file(big)
    assert info.value.reason == "too_large"
    with pytest.raises(BundleRefused) as info:
        read_bundle_file(tmp_path / "missing.jamsos")
    assert info.value.reason == "unreadable"


def test_stale_temp_files_respect_their_age(stick: Path) -> None:
    stale = stick / f"{TEMP_PREFIX}abcd-{NAME}"
    stale.write_bytes(b"half")
    (stick / NAME).write_bytes(b"keep")
    assert remove_stale_temp_files(stick, older_than_seconds=3600) == []
    assert remove_stale_temp_files(stick) == [stale]
    assert os.listdir(stick) == [NAME]
