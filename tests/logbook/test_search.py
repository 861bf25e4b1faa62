"""Full-text search: words not syntax, accents ignored, hits marked, best first."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piket.logbook import search, service
from piket.logbook.search import MARK_END, MARK_START, snippet


def test_words_prefixes_and_accents(db):
    target = service.open_incident(db, title="Woningbrand", author="x")
    service.append_entry(db, target, text="Bewoners geëvacueerd naar sporthal De Marken", author="x")
    service.append_entry(db, target, text="Sporthal gesloten", author="x")
    hits = search.search(db, "geevacueerd sport")
    assert [(h["incident"], h["seq"]) for h in hits] == [(target, 2)]
    assert f"{MARK_START}geëvacueerd{MARK_END}" in hits[0]["snippet"]
    assert len(search.search(db, "sporthal")) == 2
    assert search.search(db, "") == [] and search.search(db, '"*) OR (') == []


def test_fts_syntax_in_the_query_is_just_text(db):
    target = service.open_incident(db, title="Brand", author="x")
    service.append_entry(db, target, text="NOT AND OR NEAR kolom:waarde", author="x")
    assert len(search.search(db, "NOT kolom:waarde")) == 1


def test_search_within_one_incident(db):
    first = service.open_incident(db, title="Brand een", author="x")
    second = service.open_incident(db, title="Brand twee", author="x")
    assert [h["incident"] for h in search.search(db, "brand", incident=second)] == [second]
    assert {h["incident"] for h in search.search(db, "brand")} == {first, second}


def test_snippet_windows_long_text_around_the_first_hit():
    words = [f"w{n}" for n in range(40)]
    text = " ".join(words[:10] + ["brand"] + words[10:])
    marked = snippet(text, ["brand"])
    assert marked.startswith("…") and marked.endswith("…")
    assert f"{MARK_START}brand{MARK_END}" in marked and len(marked.split()) == 16


def _index_is_sound(db) -> bool:
    """Brought up to date, the index holds exactly the entries' texts, none twice, none
    missing (FTS5's own check against the log; it raises otherwise)."""
    search.update_index(db)
    db.execute("INSERT INTO log_entries_fts (log_entries_fts, rank) VALUES ('integrity-check', 1)")
    return True


def test_an_entry_saved_by_another_process_is_found(db, db_path):
    """Saving does not index (that is left out of the durable commit); a search must still
    find whatever was saved, by any connection, and index it only once."""
    from piket.storage import connect

    target = service.open_incident(db, title="Gaslekkage", author="x")
    other = connect(db_path)
    service.append_entry(other, target, text="Netbeheerder ter plaatse", author="y")
    assert [h["seq"] for h in search.search(db, "netbeheerder")] == [2]
    assert [h["seq"] for h in search.search(other, "netbeheerder")] == [2]
    service.append_entry(db, target, text="Netbeheerder heeft de leiding afgesloten", author="x")
    assert [h["seq"] for h in search.search(other, "netbeheerder afgesloten")] == [3]
    assert _index_is_sound(db)
    other.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["append", "search"]), st.booleans(),
                                st.sampled_from(["brand", "rook", "water"])), max_size=12))
def test_search_finds_exactly_the_saved_entries_whatever_the_order(tmp_path_factory, steps):
    """Appends and searches from two connections in any order: every search returns every
    saved entry with the word, and the index never holds an entry twice."""
    from piket.storage import connect

    path = tmp_path_factory.mktemp("index") / "piket.sqlite"
    connections = [connect(path), connect(path)]
    target = service.open_incident(connections[0], title="Incident", author="x")
    saved: dict[str, set[int]] = {"brand": set(), "rook": set(), "water": set()}
    for action, first, word in steps:
        db = connections[0 if first else 1]
        if action == "append":
            saved[word].add(service.append_entry(db, target, text=f"Melding {word}", author="x"))
        else:
            assert {h["seq"] for h in search.search(db, word)} == saved[word]
    assert _index_is_sound(connections[0])
    for db in connections:
        db.close()
