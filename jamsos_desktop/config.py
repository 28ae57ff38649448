"""Where the office's data lives: the user data folder (platformdirs) unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from jamsos_desktop import APP_ID

DATA_DIR_ENV = "JAMSOS_DATA_DIR"
DB_FILE = "jamsos.sqlite"


def default_data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else Path(user_data_dir(APP_ID, appauthor=False))


def resolve_data_dir(arg: str | os.PathLike[str] | None) -> Path:
    return Path(arg) if arg else default_data_dir()
