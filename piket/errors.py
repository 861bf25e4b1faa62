"""Errors a user can cause. Their message is Dutch and fit to show as it is."""


class PiketError(Exception):
    """Refused input or a failed operation: exit 1 on the CLI, a dialog in the GUI."""

    exit_code = 1


class NotFound(PiketError):
    """A person, pool, incident, event or checklist that does not exist."""


class DatabaseError(PiketError):
    """The database file cannot be used: missing folder, garbage, locked, read-only, newer."""


def from_validation_error(exc) -> PiketError:
    """A pydantic ValidationError as one Dutch line naming the field."""
    error = exc.errors()[0]
    field = ".".join(str(part) for part in error.get("loc", ())) or "invoer"
    return PiketError(f"ongeldige waarde voor {field}: {error.get('msg', exc)}")
