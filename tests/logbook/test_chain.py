"""The hash chain: any single change, deletion, reordering or truncation is found by check.

Mutations are made the way an attacker with the file would: triggers dropped, the rows
changed, the triggers put back, so that only the chain itself can tell.
"""

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from piket.logbook import chain, service
from piket.logbook.checks import check
from piket.logbook.schema import TRIGGERS


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    from piket.storage import connect

    database = connect(tmp_path_factory.mktemp("chain") / "template.sqlite")
    yield database
    database.close()


def fresh_copy(template) -> Database:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    template.conn.backup(memory)
    return Database(memory)


def build(db, sizes) -> list[int]:
    targets = []
    for number, size in enumerate(sizes):
        target = service.open_incident(db, title=f"Incident {number}", author="OvD")
        for index in range(size - 1):
            service.append_entry(db, target, text=f"Feit {index}", author="OvD", kind="beeld")
        targets.append(target)
    return targets


def tamper(db, *statements):
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER {name}")
    for sql, params in statements:
        db.execute(sql, params)
    for sql in TRIGGERS.values():
        db.execute(sql)


FIELDS = [f for f in chain.STORED_FIELDS if f not in ("incident_id", "seq")] + ["hash", "prev_hash"]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _names_incident(problems, target):
    return problems and all(f"incident {target}" in p for p in problems)


@SETTINGS
@given(size=st.integers(1, 6), data=st.data())
def test_any_field_change_is_found(template, size, data):
    db = fresh_copy(template)
    other, target = build(db, [2, size])
    seq = data.draw(st.integers(1, size))
    field = data.draw(st.sampled_from(FIELDS))
    old = db.execute(f"SELECT [{field}] FROM log_entries WHERE incident_id = ? AND seq = ?", [target, seq]).fetchone()[0]
    new = data.draw(st.one_of(st.text(min_size=1, max_size=8), st.integers(-5, 5)).filter(
        lambda v: v != old and str(v) != str(old) and not str(v).startswith("sha256:")))
    tamper(db, (f"UPDATE log_entries SET [{field}] = ? WHERE incident_id = ? AND seq = ?", [new, target, seq]))
    problems = check(db)
    assert _names_incident(problems, target)
    assert f"regel {seq}" in problems[0] or field == "hash"


@SETTINGS
@given(size=st.integers(1, 6), data=st.data())
def test_deleting_any_entry_is_found(template, size, data):
    db = fresh_copy(template)
    (target,) = build(db, [size])
    seq = data.draw(st.integers(1, size))
    tamper(db, ("DELETE FROM log_entries WHERE incident_id = ? AND seq = ?", [target, seq]))
    assert _names_incident(check(db), target)


@SETTINGS
@given(size=st.integers(2, 6), data=st.data())
def test_reordering_is_found(template, size, data):
    db = fresh_copy(template)
    (target,) = build(db, [size])
    first = data.draw(st.integers(1, size - 1))
    second = data.draw(st.integers(first + 1, size))
    tamper(db,
           ("UPDATE log_entries SET seq = -1 WHERE incident_id = ? AND seq = ?", [target, first]),
           ("UPDATE log_entries SET seq = ? WHERE incident_id = ? AND seq = ?", [first, target, second]),
           ("UPDATE log_entries SET seq = ? WHERE incident_id = ? AND seq = -1", [second, target]))
    assert _names_incident(check(db), target)


@SETTINGS
@given(size=st.integers(1, 6), data=st.data())
def test_truncation_is_found_through_the_chain_head(template, size, data):
    db = fresh_copy(template)
    (target,) = build(db, [size])
    keep = data.draw(st.integers(0, size - 1))
    tamper(db, ("DELETE FROM log_entries WHERE incident_id = ? AND seq > ?", [target, keep]))
    problems = check(db)
    assert _names_incident(problems, target) and "ketenkop" in problems[0]


def test_moving_an_entry_to_another_incident_is_found(template):
    db = fresh_copy(template)
    first, second = build(db, [2, 2])
    tamper(db, ("UPDATE log_entries SET incident_id = ?, seq = 3 WHERE incident_id = ? AND seq = 2",
                [second, first]))
    problems = check(db)
    assert any(f"incident {first}" in p for p in problems) and any(f"incident {second}" in p for p in problems)


def test_anonymising_a_name_keeps_the_chain_intact(template):
    db = fresh_copy(template)
    (target,) = build(db, [3])
    salt, author = db.execute("SELECT salt, author FROM log_entries WHERE incident_id = ? AND seq = 2",
                              [target]).fetchone()
    tamper(db, ("UPDATE log_entries SET author = ? WHERE incident_id = ? AND seq = 2",
                [chain.digest(salt, author), target]))
    assert check(db) == []


def test_missing_trigger_is_reported(template):
    db = fresh_copy(template)
    build(db, [1])
    db.execute("DROP TRIGGER log_entry_no_update")
    assert check(db) == ["logboek: beveiligingstrigger log_entry_no_update ontbreekt"]


# An entry as piket wrote it before BOB meetings existed, and the hash it was given then.
OLD_ENTRY = dict(
    incident_id=7, seq=3, at="2024-04-23T12:05:00Z", at_approx=0, recorded_at="2024-04-23T12:06:10Z",
    kind="besluit", author="Carmen Bakker", role="OvD-Bz", team="", source="", channel="", reliability="",
    confidentiality="", text="NL-Alert uitsturen voor Almere Haven", grip_level=None, corrects=None, reason="",
    owner="", deadline=None, status=None, action_seq=None, decision_seq=None, lcms_ref="", salt="00112233aabbccdd",
)
OLD_HASH = "cb1b5c5e71ddfc46cebd341e5f06b247a866f961bc1fb95abf9d1128083c2887"


def test_entries_from_before_meetings_keep_their_hash():
    assert chain.entry_hash("ab" * 32, {**OLD_ENTRY, "meeting_seq": None}) == OLD_HASH
    assert chain.entry_hash("ab" * 32, {**OLD_ENTRY, "meeting_seq": 2}) != OLD_HASH


def test_taking_an_entry_out_of_its_meeting_is_found(template):
    from piket.logbook import meetings

    db = fresh_copy(template)
    (target,) = build(db, [1])
    opened = meetings.open_meeting(db, target, team="ROT", chair="Voorzitter")
    seq = service.append_entry(db, target, text="Besluit: NL-Alert", kind="besluit", author="OvD",
                               meeting_seq=opened)
    assert check(db) == []
    tamper(db, ("UPDATE log_entries SET meeting_seq = NULL WHERE incident_id = ? AND seq = ?", [target, seq]))
    problems = check(db)
    assert _names_incident(problems, target) and f"regel {seq}" in problems[0]


def _reference_canonical(entry) -> bytes:
    """The canonical bytes as first defined: json.dumps of the content, keys sorted."""
    import json

    content = {field: entry[field] for field in chain.HASHED_FIELDS}
    for field in chain.OPTIONAL_HASHED_FIELDS:
        if entry.get(field) is not None:
            content[field] = entry[field]
    for field in chain.DIGESTED_FIELDS:
        content[field] = chain.digest(entry["salt"], entry[field] or "")
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_ANY_VALUE = st.one_of(st.none(), st.integers(), st.text(), st.floats(allow_nan=False), st.booleans())


@settings(max_examples=200, deadline=None)
@given(values=st.fixed_dictionaries({field: _ANY_VALUE for field in chain.STORED_FIELDS
                                     if field not in chain.DIGESTED_FIELDS and field != "salt"}),
       people=st.fixed_dictionaries({field: st.one_of(st.none(), st.text()) for field in chain.DIGESTED_FIELDS}),
       salt=st.text(min_size=1, max_size=16))
def test_canonical_bytes_are_those_of_json_dumps(values, people, salt):
    """The hand-built JSON is byte for byte what json.dumps made, for any value SQLite can
    hold (quotes, backslashes, control characters, non-ASCII, percent signs included)."""
    entry = {**values, **people, "salt": salt}
    assert chain.canonical(entry) == _reference_canonical(entry)
