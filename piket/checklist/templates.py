"""Checklist templates: themes with check questions, as shareable JSON.

A template is a document ``{"name", "title", "version", "valid_from", "description",
"disciplines": [...], "themes": [{"code", "title", "discipline", "items": [...]}]}``.
Bundled templates live in ``data/checklists/<name>.json`` and are (re)loaded into the
database whenever a file changes; imported ones (shared by another municipality) live only
in the database. Reviews copy the template they start from, so editing a template never
changes an old review.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlite_utils import Database

from piket import timeutil
from piket.errors import NotFound, PiketError

CODE = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Discipline(_Strict):
    code: str = Field(min_length=1, pattern=CODE)
    label: str = Field(min_length=1)


class TemplateItem(_Strict):
    code: str = Field(min_length=1, max_length=40, pattern=CODE)
    question: str = Field(min_length=1)
    guidance: str = ""
    discipline: str | None = None
    confidential: bool = False


class TemplateTheme(_Strict):
    code: str = Field(min_length=1, max_length=40, pattern=CODE)
    title: str = Field(min_length=1)
    discipline: str | None = None
    items: list[TemplateItem] = Field(min_length=1)


class Template(_Strict):
    name: str = Field(min_length=1, max_length=60, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str = Field(min_length=1)
    version: int | str
    valid_from: date | None = None
    description: str = ""
    disciplines: list[Discipline] = Field(min_length=1)
    themes: list[TemplateTheme] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Template:
        known = {d.code for d in self.disciplines}
        if len(known) != len(self.disciplines):
            raise ValueError("een disciplinecode komt dubbel voor")
        themes, items = set(), set()
        for theme in self.themes:
            if theme.code in themes:
                raise ValueError(f"themacode {theme.code!r} komt dubbel voor")
            themes.add(theme.code)
            for item in theme.items:
                if item.code.upper() in items:
                    raise ValueError(f"itemcode {item.code!r} komt dubbel voor")
                items.add(item.code.upper())
                discipline = item.discipline or theme.discipline
                if discipline is None:
                    raise ValueError(f"item {item.code}: geen discipline (ook niet bij het thema)")
                if discipline not in known:
                    raise ValueError(f"item {item.code}: onbekende discipline {discipline!r}")
        return self

    def item_count(self) -> int:
        return sum(len(theme.items) for theme in self.themes)

    def discipline_labels(self) -> dict[str, str]:
        return {d.code: d.label for d in self.disciplines}


_MESSAGES = {
    "missing": "ontbreekt",
    "extra_forbidden": "onbekend veld",
    "string_too_short": "mag niet leeg zijn",
    "too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang",
    "string_pattern_mismatch": "ongeldige code (letters, cijfers, '-', '_', '.')",
    "string_type": "moet tekst zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn",
    "date_from_datetime_parsing": "ongeldige datum (JJJJ-MM-DD)",
}


def _describe(raw, exc: ValidationError) -> str:
    """The first error as Dutch text naming theme, item and field."""
    error = exc.errors()[0]
    loc = list(error.get("loc", ()))
    parts, node = [], raw
    while loc:
        key = loc.pop(0)
        if key == "themes" and loc and isinstance(loc[0], int):
            index = loc.pop(0)
            node = _at(node, "themes", index)
            parts.append(f"thema {index + 1}{_named(node)}")
        elif key == "items" and loc and isinstance(loc[0], int):
            index = loc.pop(0)
            node = _at(node, "items", index)
            parts.append(f"item {index + 1}{_named(node)}")
        elif key == "disciplines" and loc and isinstance(loc[0], int):
            parts.append(f"discipline {loc.pop(0) + 1}")
        else:
            parts.append(f"veld {key!r}")
    if error["type"] == "value_error":
        message = str(error.get("ctx", {}).get("error", error["msg"]))
    else:
        message = _MESSAGES.get(error["type"], error["msg"])
    return ": ".join([*parts, message])


def _at(node, key, index):
    try:
        return node[key][index]
    except (KeyError, IndexError, TypeError):
        return None


def _named(node) -> str:
    code = node.get("code") if isinstance(node, dict) else None
    return f" ({code})" if code else ""


def parse_template(data: bytes | str, source: str = "sjabloon") -> Template:
    """Validate a template document; a bad one is refused with the reason."""
    try:
        raw = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PiketError(f"{source}: geen geldige JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise PiketError(f"{source}: verwacht een JSON-object met 'name' en 'themes'")
    try:
        return Template.model_validate(raw)
    except ValidationError as exc:
        raise PiketError(f"{source}: {_describe(raw, exc)}") from None


def bundled_dir():
    from piket.refdata import data_dir

    return data_dir() / "checklists"


def sync_bundled(db: Database) -> int:
    """Load bundled template files that changed since last time; returns how many."""
    from piket.storage import write

    stored = {
        row[0]: (row[1], row[2])
        for row in db.execute("SELECT name, sha256, source FROM checklist_templates")
    }
    changed = []
    directory = bundled_dir()
    for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        known = stored.get(path.stem)
        if known and (known[0] == digest or known[1] != "data"):
            continue  # unchanged, or an imported template of the same name wins
        template = parse_template(data, path.name)
        if template.name != path.stem:
            raise PiketError(f"{path.name}: naam {template.name!r} wijkt af van de bestandsnaam")
        changed.append((template, digest))
    if changed:
        with write(db):
            for template, digest in changed:
                _store(db, template, digest, "data")
    return len(changed)


def _store(db: Database, template: Template, digest: str, source: str) -> None:
    db["checklist_templates"].upsert(
        {
            "name": template.name,
            "title": template.title,
            "version": str(template.version),
            "source": source,
            "sha256": digest,
            "data": template.model_dump_json(),
            "loaded_at": timeutil.to_db(timeutil.now()),
        },
        pk="name",
    )


def list_templates(db: Database) -> list[dict]:
    sync_bundled(db)
    rows = db.execute(
        "SELECT name, title, version, source, data FROM checklist_templates ORDER BY name"
    ).fetchall()
    result = []
    for name, title, version, source, data in rows:
        template = Template.model_validate_json(data)
        result.append({
            "code": name, "label": title, "version": version, "source": source,
            "themes": len(template.themes), "items": template.item_count(),
        })
    return result


def get_template(db: Database, name: str) -> Template:
    sync_bundled(db)
    key = (name or "").strip().lower()
    row = db.execute("SELECT data FROM checklist_templates WHERE name = ?", [key]).fetchone()
    if row is None:
        known = ", ".join(r[0] for r in db.execute("SELECT name FROM checklist_templates ORDER BY name"))
        raise NotFound(f"onbekend sjabloon: {name!r} (bekend: {known or 'geen'})")
    return Template.model_validate_json(row[0])


def export_template(db: Database, name: str) -> bytes:
    template = get_template(db, name)
    text = json.dumps(template.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def import_template(db: Database, data: bytes, *, name: str | None = None) -> Template:
    """Store a shared template; refuses a bad one or a name already in use."""
    from piket.storage import write

    sync_bundled(db)
    template = parse_template(data)
    if name:
        raw = template.model_dump()
        raw["name"] = name.strip().lower()
        try:
            template = Template.model_validate(raw)
        except ValidationError as exc:
            raise PiketError(f"sjabloon: {_describe(raw, exc)}") from None
    exists = db.execute(
        "SELECT 1 FROM checklist_templates WHERE name = ?", [template.name]
    ).fetchone()
    if exists:
        raise PiketError(
            f"sjabloon {template.name!r} bestaat al; kies een andere naam met --as NAAM"
        )
    with write(db):
        _store(db, template, hashlib.sha256(bytes(data)).hexdigest(), "import")
    return template
