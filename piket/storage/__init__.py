"""Storage: one SQLite file, opened safely, upgraded by named migration sets."""

from piket.storage.database import connect, explain_sqlite_error, write

__all__ = ["connect", "explain_sqlite_error", "write"]
