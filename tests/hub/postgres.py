"""A throwaway PostgreSQL server for the hub's store tests: initdb in a temporary folder, a Unix socket only.

PostgreSQL refuses to run as root, so when the tests run as root the server runs as the `postgres` system
user (runuser), in a folder handed to that user. The binaries come from Debian's postgresql package
(/usr/lib/postgresql/<version>/bin); without them the PostgreSQL tests are skipped with the fix to apply.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

SKIP_REASON = ("Windows: the test server runs on a Unix socket as the postgres user, which Windows lacks; "
               "the PostgreSQL tests run on Linux (make test)" if sys.platform == "win32"
               else "install PostgreSQL: apt-get install postgresql")


def find_bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
                   if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    bin_dir: Path
    base: Path
    port: int
    run_as: str | None

    @property
    def socket_dir(self) -> Path:
        return self.base / "sock"

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    def start(self) -> None:
        (self.socket_dir).mkdir()
        if self.run_as:
            import pwd  # Unix only: imported here so that the module loads (and its tests skip) on Windows

            user = pwd.getpwnam(self.run_as)
            for path in (self.base, self.socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", str(self.base / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = f"-p {self.port} -k {self.socket_dir} -c listen_addresses='' -c fsync=off"
        self._run("pg_ctl", "-D", str(self.base / "data"), "-o", options, "-l", str(self.base / "log"), "-w",
                  "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.base / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def create_database(self) -> str:
        name = f"hub_{uuid.uuid4().hex[:12]}"
        engine = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine.dispose()
        return name

    def drop_database(self, name: str) -> None:
        engine = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


def start_server() -> PostgresServer | None:
    bin_dir = find_bin_dir() if sys.platform != "win32" else None
    if bin_dir is None:
        return None
    run_as = "postgres" if os.geteuid() == 0 else None
    server = PostgresServer(bin_dir, Path(tempfile.mkdtemp(prefix="jamsos-hub-pg-")), _free_port(), run_as)
    try:
        server.start()
    except BaseException:
        shutil.rmtree(server.base, ignore_errors=True)
        raise
    return server
