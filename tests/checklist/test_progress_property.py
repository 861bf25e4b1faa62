"""Property: whatever sequence of verdicts, progress agrees with the items and the history
holds exactly the real changes."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piket.checklist import progress, service

CODES = ["DOC-01", "DOC-02", "EVAC-02", "MED-02", "TRACE-03"]
VERDICTS = [None, "voldoet", "deels", "voldoet_niet", "onvoldoende_info", "nvt"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(CODES), st.sampled_from(VERDICTS)), max_size=15))
def test_progress_and_history_follow_the_changes(db, steps):
    review = service.new_checklist(db, "floriade")
    expected: dict[str, str | None] = {}
    changes = 0
    for code, verdict in steps:
        if expected.get(code) != verdict:
            changes += 1
        service.set_item(db, review, code, verdict=verdict)
        expected[code] = verdict
    counts = progress.show(db, review)["progress"]
    assessed = [v for v in expected.values() if v is not None]
    assert counts["assessed"] == len(assessed)
    assert counts["open"] == counts["total"] - len(assessed)
    for verdict in VERDICTS[1:]:
        assert counts["by_verdict"][verdict] == assessed.count(verdict)
    assert sum(t["assessed"] for t in counts["themes"]) == len(assessed)
    history = sum(len(service.item_history(db, review, code)) for code in CODES)
    assert history == changes
