"""An event's own data, validated: what ``event add``, ``event set``, the import and the
edit dialog all go through before anything is written."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from piket import timeutil
from piket.errors import PiketError, from_validation_error

# field -> Dutch words users may use for it (CSV columns, ``event set``), the first shown.
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("naam",),
    "start_at": ("start", "begin"),
    "end_at": ("einde", "end", "eind"),
    "location": ("locatie",),
    "visitors": ("bezoekers",),
    "visitors_peak": ("piek", "bezoekers_tegelijk", "peak"),
    "area_m2": ("oppervlakte", "area", "m2"),
    "organiser": ("organisator",),
    "contact": ("contactpersoon",),
    "buildup_at": ("opbouw", "buildup"),
    "teardown_at": ("afbouw", "teardown"),
    "latitude": ("lat", "breedtegraad"),
    "longitude": ("lon", "lengtegraad"),
    "permit_ref": ("vergunning", "permit"),
    "notes": ("opmerkingen", "notities"),
    "evaluation": ("evaluatie",),
    "status": (),
}
TIME_FIELDS = ("start_at", "end_at", "buildup_at", "teardown_at")
LABELS = {
    "name": "naam", "start_at": "start", "end_at": "einde", "location": "locatie",
    "visitors": "bezoekers", "visitors_peak": "bezoekers tegelijk", "area_m2": "oppervlakte (m²)",
    "organiser": "organisator", "contact": "contact", "buildup_at": "opbouw", "teardown_at": "afbouw",
    "latitude": "breedtegraad", "longitude": "lengtegraad", "permit_ref": "vergunningskenmerk",
    "notes": "opmerkingen", "evaluation": "evaluatie", "status": "status",
}


def field_for(word: str) -> str | None:
    """The field a user's word names (``einde`` -> ``end_at``), or None."""
    word = word.strip().lower()
    for name, aliases in FIELDS.items():
        if word == name or word in aliases or word == name.removesuffix("_at"):
            return name
    return None


class EventRecord(BaseModel):
    """The stored columns an event's user edits; times are aware datetimes."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)
    name: str = Field(min_length=1, max_length=200)
    start_at: datetime
    end_at: datetime
    location: str = Field(default="", max_length=200)
    visitors: int | None = Field(default=None, ge=0)
    visitors_peak: int | None = Field(default=None, ge=0)
    area_m2: float | None = Field(default=None, gt=0)
    organiser: str = ""
    contact: str = ""
    buildup_at: datetime | None = None
    teardown_at: datetime | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    permit_ref: str = ""
    notes: str = ""
    evaluation: str = ""
    status: str = "aangemeld"

    @field_validator("name", "location", "organiser", "contact", "permit_ref", mode="before")
    @classmethod
    def _strip(cls, value):
        return value.strip() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _consistent(self):
        if self.end_at <= self.start_at:
            raise PiketError("einde moet na de start liggen")
        if self.buildup_at and self.buildup_at > self.start_at:
            raise PiketError("opbouw moet voor of op de start liggen")
        if self.teardown_at and self.teardown_at < self.end_at:
            raise PiketError("afbouw moet na of op het einde liggen")
        if self.visitors is not None and self.visitors_peak is not None and self.visitors_peak > self.visitors:
            raise PiketError("bezoekers tegelijk kan niet meer zijn dan het totaal aantal bezoekers")
        return self

    def to_row(self) -> dict:
        row = self.model_dump()
        for name in TIME_FIELDS:
            row[name] = timeutil.to_db(row[name]) if row[name] else None
        return row

    @classmethod
    def from_row(cls, row: dict) -> EventRecord:
        values = {name: row[name] for name in cls.model_fields}
        for name in TIME_FIELDS:
            values[name] = timeutil.from_db(values[name])
        return cls.model_construct(**values)


def validated(values: dict) -> EventRecord:
    """An EventRecord from values that may be text (CLI, CSV); errors name the field."""
    try:
        return EventRecord.model_validate(values)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error.get("loc") else ""
        if field in LABELS:
            raise PiketError(f"{LABELS[field]}: {_dutch(error)}") from None
        raise from_validation_error(exc) from None


def _dutch(error: dict) -> str:
    kind = error.get("type", "")
    context = error.get("ctx") or {}
    if kind == "string_too_short":
        return "mag niet leeg zijn"
    if kind in ("greater_than_equal", "greater_than"):
        bound = context.get("ge", context.get("gt"))
        return f"moet {'minimaal' if 'ge' in context else 'groter dan'} {bound} zijn, niet {error.get('input')!r}"
    if kind in ("less_than_equal", "less_than"):
        return f"moet hoogstens {context.get('le', context.get('lt'))} zijn"
    if kind.startswith(("int_", "float_")):
        return f"{error.get('input')!r} is geen (geheel) getal"
    return error.get("msg", "ongeldig")


def parse_value(field: str, text):
    """A user's text for ``field`` as the value the record expects (times parsed, '' -> None)."""
    if not isinstance(text, str):
        return text
    text = text.strip()
    if field in TIME_FIELDS:
        if not text:
            if field in ("start_at", "end_at"):
                raise PiketError(f"{LABELS[field]}: mag niet leeg zijn")
            return None
        try:
            return timeutil.parse_time(text)
        except PiketError:
            raise PiketError(f"{LABELS[field]}: ongeldige tijd {text!r} (verwacht bv. 2025-04-27T10:00)") from None
    if field in ("visitors", "visitors_peak", "area_m2", "latitude", "longitude"):
        if not text:
            return None
        cleaned = text.replace(".", "").replace(" ", "") if field in ("visitors", "visitors_peak") else text.replace(",", ".")
        try:
            number = float(cleaned)
        except ValueError:
            raise PiketError(f"{LABELS[field]}: {text!r} is geen getal") from None
        if field in ("visitors", "visitors_peak"):
            if not number.is_integer():
                raise PiketError(f"{LABELS[field]}: {text!r} is geen geheel getal")
            return int(number)
        return number
    return text
