"""The four modules, as rooms of one house.

Each module is a sub-package ``piket.<name>`` that may provide, by convention:

- ``schema.migrations``: a :class:`sqlite_utils.migrations.Migrations` set named after it;
- ``refdata.KINDS``: reference-data kinds it reads from ``data/`` (name -> pydantic model);
- ``cli.register(subparsers)``: its commands; ``cli.REF_LISTS``: lists for ``piket ref``;
- ``demo.add_demo(db, years)``: its part of ``piket demo``;
- ``checks.check(db)``: problems for ``piket check``;
- ``oncall.status_text(db)`` (roster only): the status-bar text;
- ``piket.gui.<name>.view.View``: its screen, created the first time it is shown.

Nothing here imports a module's code until it is used, so start-up stays fast.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Module:
    name: str  # code word, also the --module value
    label: str  # Dutch name in the side bar
    description: str  # one line under the title

    def part(self, part: str) -> ModuleType | None:
        """``piket.<name>.<part>``, or None where the module does not provide it."""
        qualified = f"piket.{self.name}.{part}"
        try:
            return importlib.import_module(qualified)
        except ModuleNotFoundError as exc:
            if exc.name == qualified:
                return None
            raise


# Order matters: migrations, demo data and checks run in this order
# (checklists may point at events, logbook authors may come from the roster).
MODULES: tuple[Module, ...] = (
    Module("roster", "Piketrooster", "Pools, weekdiensten, afwezigheid en wie er nu piket heeft"),
    Module("logbook", "Logboek", "Meldingen, GRIP-verloop en het onveranderbare logboek"),
    Module("events", "Evenementen", "Evenementenkalender, risicoscan A/B/C en advies"),
    Module("checklist", "Checklist", "Toetsing van veiligheidsplannen, thema voor thema"),
)


def by_name(name: str) -> Module:
    for module in MODULES:
        if module.name == name:
            return module
    raise KeyError(name)


def parts(part: str) -> list[tuple[Module, ModuleType]]:
    """Every module's ``part`` that exists, in module order."""
    found = []
    for module in MODULES:
        loaded = module.part(part)
        if loaded is not None:
            found.append((module, loaded))
    return found
