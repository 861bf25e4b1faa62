"""``piket demo``: each module adds its part, deterministically, in module order."""

from __future__ import annotations

from sqlite_utils import Database

from piket.errors import PiketError
from piket.modules import parts


def load_demo(db: Database, *, years: int = 1, force: bool = False) -> list[str]:
    """Fill the database with demo data; returns one summary line per module."""
    demos = parts("demo")
    if not force:
        filled = [module.label for module, demo in demos if demo.has_data(db)]
        if filled:
            raise PiketError(
                f"de database bevat al gegevens ({', '.join(filled)}); gebruik --force om toch demogegevens toe te voegen"
            )
    return [f"{module.label}: {demo.add_demo(db, years)}" for module, demo in demos]
