"""Where the CLI finds its database: --db, else $PIKET_DB, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("piket", appauthor=False, ensure_exists=True) / "piket.sqlite"


def resolve_db_path(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get("PIKET_DB"):
        return Path(os.environ["PIKET_DB"]).expanduser()
    return default_db_path()


class Context:
    """The database of one CLI run, opened on first use and closed at the end."""

    def __init__(self, db_arg: str | None):
        self.db_arg = db_arg
        self._db: Database | None = None  # opened lazily: --help needs no database

    @property
    def path(self) -> Path:
        return resolve_db_path(self.db_arg)

    @property
    def db(self) -> Database:
        if self._db is None:
            from piket.storage import connect

            self._db = connect(self.path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
