"""Every GUI setting, declared once with its type and default (as Picard does).

Stored with QSettings; ``PIKET_SETTINGS`` points at an ini file instead (tests, portable use).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
LAST_MODULE = Setting("window/last_module", str, "logbook")
ONCALL_POOLS = Setting("statusbar/oncall_pools", list, [])  # empty: every pool
ROSTER_POOLS = Setting("roster/grid_pools", list, [])  # the grid's columns; empty: every pool
DEFAULT_HANDOVER = Setting("roster/default_handover", str, "mon 08:00")
LOG_AUTHOR = Setting("logbook/author", str, "")


def store() -> QSettings:
    path = os.environ.get("PIKET_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("piket", "piket")


def get(setting: Setting):
    value = store().value(setting.key, setting.default)
    if value is None:
        return setting.default
    if setting.type is list:
        return value if isinstance(value, list) else [value]
    if setting.type is QByteArray:
        return value if isinstance(value, QByteArray) else setting.default
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting, value) -> None:
    store().setValue(setting.key, value)
