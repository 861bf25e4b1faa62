"""Keep numpy out of every start-up: sqlite-utils imports it only to map numpy types.

``sqlite_utils.db`` imports numpy, when it is installed, just to add numpy scalar types
to its column-type table. piket never stores numpy values, yet that import cost about
110 ms of every window start and CLI command (numpy is installed for the roster solver,
which imports it itself when it fills). While ``sqlite_utils.db`` executes, numpy looks
absent to it; afterwards numpy imports normally.
"""

from __future__ import annotations

import importlib.machinery
import sys

_HIDDEN_FROM = "sqlite_utils.db"


class _WithoutNumpy:
    """Loader wrapper: runs the real loader while ``import numpy`` raises ImportError."""

    def __init__(self, loader) -> None:
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        if "numpy" in sys.modules:
            self.loader.exec_module(module)
            return
        sys.modules["numpy"] = None  # the import system's "not importable" marker
        try:
            self.loader.exec_module(module)
        finally:
            if sys.modules.get("numpy", ...) is None:
                del sys.modules["numpy"]


class _Finder:
    """Meta-path finder that wraps the loader of ``sqlite_utils.db`` and nothing else."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name != _HIDDEN_FROM:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _WithoutNumpy(spec.loader)
        return spec


def install() -> None:
    if _HIDDEN_FROM not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
