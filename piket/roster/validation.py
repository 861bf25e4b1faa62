"""Input models for the roster services: pydantic, with Dutch messages naming the field."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from piket.errors import PiketError

FIELD_NAMES = {
    "name": "naam", "phone": "telefoon", "email": "e-mail", "municipality": "gemeente",
    "reason": "reden",
}


class PersonIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)
    name: str
    phone: str = ""
    email: str = ""
    municipality: str = ""

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not value:
            raise ValueError("mag niet leeg zijn")
        if len(value) > 200:
            raise ValueError("is te lang (max. 200 tekens)")
        return " ".join(value.split())

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        if value and not re.fullmatch(r"\+?[0-9][0-9 ()\-]{5,24}", value):
            raise ValueError(f"{value!r} is geen telefoonnummer")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and not re.fullmatch(r"[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+", value):
            raise ValueError(f"{value!r} is geen e-mailadres")
        return value


def validated(model: type[BaseModel], **data) -> BaseModel:
    """``model(**data)`` or a PiketError like ``naam: mag niet leeg zijn``."""
    try:
        return model(**data)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error.get("loc") else "invoer"
        message = str(error.get("msg", "")).removeprefix("Value error, ")
        raise PiketError(f"{FIELD_NAMES.get(field, field)}: {message}") from None

