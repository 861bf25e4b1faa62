"""Pydantic models of the reference-data files shared by the whole app.

Modules add their own kinds in ``piket/<module>/refdata.py`` (``KINDS``).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class RefFile(BaseModel):
    """The header every data file carries."""

    model_config = ConfigDict(extra="forbid")
    version: int | str
    valid_from: date | None = None
    description: str | None = None


class RefItem(BaseModel):
    """An item with a stable code and a changeable label."""

    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.*-]+$")
    label: str = Field(min_length=1)
    order: int | None = None

    def ref_code(self) -> str:
        return self.code

    def ref_label(self) -> str:
        return self.label

    def ref_order(self, position: int) -> int:
        return self.order if self.order is not None else position


class CodeList(RefItem):
    """``code, label, order``: teams, levels, sources, channels, scales, categories."""


class GripLevel(RefItem):
    teams: list[str] = []
    leading_role: str = ""
    statutory: bool = False
    active: bool = True
    note: str = ""


class Function(RefItem):
    team: str
    default_level: str
    piket_kind: str = Field(pattern=r"^(hard|zacht|configureerbaar)$")
    opkomsttijd_min: int | None = Field(default=None, ge=0, le=24 * 60)
    required_qualifications: list[str] = []
    bz_function: bool = True


class Qualification(RefItem):
    validity_months: int | None = Field(default=None, ge=1)
    renewal: str = ""
    warn_days: int = Field(default=90, ge=0)


class Municipality(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1)
    name: str = Field(min_length=1)
    region: str = ""
    active_from: date | None = None
    active_to: date | None = None

    def ref_code(self) -> str:
        return self.code

    def ref_label(self) -> str:
        return self.name

    def ref_order(self, position: int) -> int:
        return position


class LogEntryKind(RefItem):
    needs_owner: bool = False
    counts_as_decision: bool = False
    shortcut: str | None = None
    # The section of a BOB meeting's verslag this kind falls in; None: cannot be in a meeting.
    bob: Literal["beeld", "oordeel", "besluit"] | None = None


class SpecialWeek(BaseModel):
    """An unpopular week for fairness: fixed dates or a rule such as ``koningsdag``."""

    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1)
    name: str = Field(min_length=1)
    rule_or_dates: str = Field(min_length=1)
    weight: float = Field(ge=0)

    def ref_code(self) -> str:
        return self.code

    def ref_label(self) -> str:
        return self.name

    def ref_order(self, position: int) -> int:
        return position


class EventStatus(RefItem):
    hev_step: int | None = None


class Verdict(RefItem):
    colour: str = Field(pattern=r"^#[0-9a-fA-F]{6}$")


class Retention(BaseModel):
    model_config = ConfigDict(extra="forbid")
    record_type: str = Field(min_length=1)
    retention: str = Field(min_length=1)
    basis: str = ""
    note: str = ""

    def ref_code(self) -> str:
        return self.record_type

    def ref_label(self) -> str:
        return self.retention

    def ref_order(self, position: int) -> int:
        return position


CORE_KINDS: dict[str, type] = {
    "grip_levels": GripLevel,
    "functions": Function,
    "qualifications": Qualification,
    "municipalities": Municipality,
    "teams": CodeList,
    "pool_levels": CodeList,
    "sources": CodeList,
    "channels": CodeList,
    "reliability_scale": CodeList,
    "confidentiality_levels": CodeList,
    "incident_categories": CodeList,
    "affected_categories": CodeList,
    "log_entry_kinds": LogEntryKind,
    "special_weeks": SpecialWeek,
    "event_statuses": EventStatus,
    "verdicts": Verdict,
    "retention": Retention,
}
