"""Full-text search: words not syntax, accents ignored, hits marked, best first."""

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
