"""Reference data of the events module: the risk scan, the classes, conflicts, the advice.

All of it is EXAMPLE policy in ``data/`` (see shared/domain.md section 5): no national
scoring system exists, so criteria, weights, thresholds and knock-outs are data.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

CLASSES = ("A", "B", "C")


class Band(BaseModel):
    """One score band of a numeric criterion: ``min`` (value >= min) or ``above`` (value > above)."""

    model_config = ConfigDict(extra="forbid")
    min: float | None = None
    above: float | None = None
    score: int = Field(ge=0)
    label: str = ""

    @model_validator(mode="after")
    def _one_bound(self):
        if (self.min is None) == (self.above is None):
            raise ValueError("geef precies een van 'min' of 'above'")
        return self

    def matches(self, value: float) -> bool:
        return value >= self.min if self.min is not None else value > self.above


class Choice(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1)
    label: str = Field(min_length=1)
    score: int = Field(ge=0)


class RiskCriterion(BaseModel):
    """One question of the risk scan and how its answers score."""

    model_config = ConfigDict(extra="forbid")
    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    dimension: str = Field(min_length=1)
    label: str = Field(min_length=1)
    question: str = Field(min_length=1)
    answer_type: Literal["number", "choice", "bool"]
    weight: float = Field(ge=0)
    unit: str = ""
    # number criteria may take their answer from the event itself (see scan.derived_value)
    from_field: Literal["visitors_peak", "density_peak"] | None = None
    bands: list[Band] = []
    choices: list[Choice] = []
    help: str = ""

    @model_validator(mode="after")
    def _scoring_fits_type(self):
        if self.answer_type == "number" and not self.bands:
            raise ValueError("een getal-criterium heeft 'bands' nodig")
        if self.answer_type != "number" and not self.choices:
            raise ValueError("een keuze-criterium heeft 'choices' nodig")
        if self.from_field and self.answer_type != "number":
            raise ValueError("'from_field' kan alleen bij answer_type 'number'")
        return self

    def ref_code(self) -> str:
        return self.key

    def ref_label(self) -> str:
        return self.label

    def ref_order(self, position: int) -> int:
        return position


class KnockoutRule(BaseModel):
    """All ``when`` criteria at least at their score: the class is at least this one."""

    model_config = ConfigDict(extra="forbid")
    when: dict[str, int] = Field(min_length=1)
    reason: str = Field(min_length=1)


class RiskClass(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    class_: Literal["A", "B", "C"] = Field(alias="class")
    label: str = Field(min_length=1)
    min_score: float = Field(ge=0)
    max_score: float | None = None
    colour: str = Field(pattern=r"^#[0-9a-fA-F]{6}$")
    lead_time_weeks: int | None = Field(default=None, ge=0)
    required_plans: list[str] = []
    knockout_rules: list[KnockoutRule] = []

    def ref_code(self) -> str:
        return self.class_

    def ref_label(self) -> str:
        return self.label

    def ref_order(self, position: int) -> int:
        return CLASSES.index(self.class_)


class ConflictRule(BaseModel):
    """A capacity limit on events that overlap in time (build-up and take-down included).

    ``resource``: ``location`` (same place at once; max_concurrent events), ``risk_events``
    (B/C events at once; max_concurrent) or ``visitors`` (peak visitors summed; max_concurrent
    is the visitor limit). ``message`` may use {location}, {count}, {visitors}, {limit}.
    """

    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1)
    resource: Literal["location", "risk_events", "visitors"]
    window_hours: float = Field(default=0, ge=0)
    max_concurrent: int = Field(ge=1)
    message: str = Field(min_length=1)

    def ref_code(self) -> str:
        return self.code

    def ref_label(self) -> str:
        return self.message

    def ref_order(self, position: int) -> int:
        return position


class AdviceTemplateItem(BaseModel):
    """A section of the advice (``kind`` section) or a proposed permit condition.

    A section with ``fill`` is built from the event (``event``), the scan
    (``classification``, ``risks``) or the calendar (``conflicts``). A condition is proposed
    when the event's class is at least ``min_class`` and every ``when`` criterion scores at
    least its value; ``risk`` names the criterion (or ``classificatie``) it answers to.
    """

    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1, pattern=r"^[a-z0-9_]+$")
    kind: Literal["section", "condition"]
    title: str = ""
    text: str = ""
    fill: Literal["event", "classification", "risks", "conflicts"] | None = None
    discipline: str | None = None
    risk: str | None = None
    when: dict[str, int] = {}
    min_class: Literal["A", "B", "C"] | None = None

    @model_validator(mode="after")
    def _complete(self):
        if self.kind == "section" and not self.title:
            raise ValueError("een sectie heeft een 'title'")
        if self.kind == "condition" and not (self.text and self.risk):
            raise ValueError("een voorschrift heeft 'text' en 'risk'")
        return self

    def ref_code(self) -> str:
        return self.code

    def ref_label(self) -> str:
        return self.title or self.text[:80]

    def ref_order(self, position: int) -> int:
        return position


KINDS: dict[str, type] = {
    "risk_criteria": RiskCriterion,
    "risk_classes": RiskClass,
    "conflict_rules": ConflictRule,
    "advice_template": AdviceTemplateItem,
}
