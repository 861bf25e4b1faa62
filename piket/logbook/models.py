"""What a user may write into the logbook, validated before anything touches the database.

Messages are Dutch and name the field, because they reach the OvD-Bz as they are.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict, field_validator

from piket import timeutil
from piket.errors import PiketError
from piket.logbook.chain import REDACTED_PREFIX

MAX_TEXT = 20_000  # a long handover fits; a pasted file does not
MAX_SHORT = 200
ACTION_STATUSES = ("open", "in uitvoering", "gereed", "vervallen")
FUTURE_SLACK = timedelta(minutes=15)  # clocks of laptops and phones differ a little
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # all but tab and newline


def clean_text(value: str | None, field: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    if not text:
        if required:
            raise PiketError(f"{field} is leeg")
        return text
    if len(text) > limit:
        raise PiketError(f"{field} is te lang ({len(text)} tekens, maximaal {limit})")
    bad = CONTROL_CHARACTER.search(text)
    if bad is not None:
        raise PiketError(f"{field} bevat een stuurteken (code {ord(bad.group())}); dat kan niet worden opgeslagen")
    if text.startswith(REDACTED_PREFIX):
        raise PiketError(f"{field} mag niet beginnen met {REDACTED_PREFIX!r}")
    return text


def check_moment(moment: datetime, field: str) -> datetime:
    if moment > timeutil.now() + FUTURE_SLACK:
        raise PiketError(f"{field} ligt in de toekomst ({timeutil.display(moment)})")
    if moment.year < 1990:
        raise PiketError(f"{field} ligt vóór 1990 ({timeutil.display(moment)}); tikfout?")
    return moment


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)


class IncidentInput(_Input):
    title: str
    location: str = ""
    category: str | None = None
    grip: str | None = None
    at: datetime | None = None
    author: str
    role: str = ""
    lcms_ref: str = ""

    @field_validator("title")
    @classmethod
    def _title(cls, value):
        return clean_text(value, "titel", limit=MAX_SHORT)

    @field_validator("location")
    @classmethod
    def _location(cls, value):
        return clean_text(value, "locatie", required=False, limit=MAX_SHORT)

    @field_validator("author")
    @classmethod
    def _author(cls, value):
        return clean_text(value, "auteur", limit=MAX_SHORT)

    @field_validator("role", "lcms_ref")
    @classmethod
    def _short(cls, value, info):
        return clean_text(value, info.field_name, required=False, limit=MAX_SHORT)

    @field_validator("at")
    @classmethod
    def _at(cls, value):
        return None if value is None else check_moment(value, "tijdstip")


class EntryInput(_Input):
    """One new entry (any kind); the service fills in seq, times, salt and hashes."""

    text: str
    kind: str = "informatie"
    at: datetime | None = None
    at_approx: bool = False
    author: str
    role: str = ""
    team: str = ""
    source: str = ""
    channel: str = ""
    reliability: str = ""
    confidentiality: str = ""
    owner: str = ""
    deadline: datetime | None = None
    decision_seq: int | None = None
    lcms_ref: str = ""

    @field_validator("text")
    @classmethod
    def _text(cls, value):
        return clean_text(value, "tekst")

    @field_validator("author")
    @classmethod
    def _author(cls, value):
        return clean_text(value, "auteur", limit=MAX_SHORT)

    @field_validator("role", "team", "source", "channel", "reliability", "confidentiality", "owner", "lcms_ref")
    @classmethod
    def _short(cls, value, info):
        return clean_text(value, info.field_name, required=False, limit=MAX_SHORT)

    @field_validator("at")
    @classmethod
    def _at(cls, value):
        return None if value is None else check_moment(value, "tijdstip")
