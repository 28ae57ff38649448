"""Where the hub keeps its things: the data folder, the key files in it, and the database URL.

The data folder is `--data-dir`, else JAMSOS_HUB_DATA_DIR, else the user data folder ("jamsos-hub"). The
database is `--db URL`, else JAMSOS_HUB_DB, else a SQLite file in the data folder. A PostgreSQL URL looks like
`postgresql+psycopg://jamsos@dbserver/jamsos_hub`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "JAMSOS_HUB_DATA_DIR"
DB_ENV = "JAMSOS_HUB_DB"
DB_FILE = "jamsos-hub.sqlite"


@dataclass(frozen=True)
class HubPaths:
    """The files of one hub installation."""

    data_dir: Path

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def signing_key(self) -> Path:
        return self.keys_dir / "hub_signing_ed25519.pem"

    @property
    def encryption_key(self) -> Path:
        return self.keys_dir / "hub_encryption_x25519.pem"

    @property
    def escrow_public(self) -> Path:
        return self.keys_dir / "escrow_public_x25519.b64"

    @property
    def error_log(self) -> Path:
        return self.data_dir / "jamsos-hub-error.log"

    def default_db_url(self) -> str:
        return f"sqlite:///{self.data_dir / DB_FILE}"


def resolve_paths(data_dir: str | os.PathLike[str] | None) -> HubPaths:
    if data_dir:
        return HubPaths(Path(data_dir))
    env = os.environ.get(DATA_DIR_ENV)
    return HubPaths(Path(env) if env else Path(user_data_dir("jamsos-hub", appauthor=False)))


def resolve_db_url(db: str | None, paths: HubPaths) -> str:
    return db or os.environ.get(DB_ENV) or paths.default_db_url()
