"""The risk scan: the documented examples give the documented class, and classification is
monotonic in visitors and in every risk-raising answer (hypothesis)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piket.errors import PiketError
from piket.events import scan


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    from piket.storage import connect

    db = connect(tmp_path_factory.mktemp("rules") / "rules.sqlite")
    loaded = scan.load_rules(db)
    db.close()
    return loaded


def rank(risk_class: str) -> int:
    return scan.CLASSES.index(risk_class)


def test_nothing_answered_is_class_a(rules):
    result = scan.classify(rules, {}, {})
    assert (result.risk_class, result.score) == ("A", 0)
    assert result.reasons == ["geen verhoogde risico's in de scan"]


def test_documented_thresholds(rules):
    # weighted score <15 -> A, 15-29 -> B, >=30 -> C (domain.md, example rules)
    assert scan.class_for_score(rules, 14.9) == "A"
    assert scan.class_for_score(rules, 15) == "B"
    assert scan.class_for_score(rules, 29) == "B"
    assert scan.class_for_score(rules, 30) == "C"


def test_more_than_15000_at_once_is_at_least_b(rules):
    result = scan.classify(rules, {}, {"visitors_peak": 15001})
    assert result.risk_class == "B" and result.score == 9
    assert result.reasons[0] == "minimaal klasse B: meer dan 15.000 bezoekers tegelijk"
    assert scan.classify(rules, {}, {"visitors_peak": 15000}).risk_class == "A"


def test_concrete_threat_is_at_least_b(rules):
    assert scan.classify(rules, {"threat": "3"}).risk_class == "B"
    assert scan.classify(rules, {"threat": "2"}).risk_class == "A"


def test_density_above_limit_with_alcohol_is_c(rules):
    result = scan.classify(rules, {"alcohol_drugs": "2"}, {"density_peak": 2.6})
    assert result.risk_class == "C"
    assert "piekdichtheid boven 2,5" in result.reasons[0]
    assert scan.classify(rules, {"alcohol_drugs": "2"}, {"density_peak": 2.5}).risk_class == "A"


def test_weighted_score_and_heaviest_reasons(rules):
    answers = {"rival_groups": "3", "alcohol_drugs": "3", "activity_type": "dance", "night": "ja",
               "access": "2"}
    result = scan.classify(rules, answers, {"visitors_peak": 6000})
    # 3*3 + 3*2 + 2*2 + 2*1 + 2*2 + 2*3 (visitors 5-15k) = 31
    assert result.score == 31 and result.risk_class == "C"
    assert result.reasons[0].startswith("Rivaliserende groepen")
    assert len(result.reasons) == scan.MAX_REASONS


def test_answers_are_normalised_or_refused(rules):
    night = rules.criterion("night")
    assert scan.normalise_answer(night, "Ja") == "ja"
    assert scan.normalise_answer(night, "0") == "nee"
    activity = rules.criterion("activity_type")
    assert scan.normalise_answer(activity, "Dance-evenement") == "dance"
    with pytest.raises(PiketError, match="activity_type: onbekend antwoord 'rave'"):
        scan.normalise_answer(activity, "rave")
    with pytest.raises(PiketError, match="visitors_peak: moet 0 of meer"):
        scan.normalise_answer(rules.criterion("visitors_peak"), "-5")
    with pytest.raises(PiketError, match="onbekend criterium 'glitter'"):
        rules.criterion("glitter")


def answers_strategy(rules):
    choice_keys = {c.key: [ch.code for ch in c.choices] for c in rules.criteria if c.answer_type != "number"}
    return st.fixed_dictionaries({}, optional={k: st.sampled_from(v) for k, v in choice_keys.items()})


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(data=st.data(), peak=st.integers(0, 60000), more=st.integers(1, 60000),
       area=st.one_of(st.none(), st.floats(100, 50000)))
def test_more_visitors_never_lowers_the_class(rules, data, peak, more, area):
    answers = data.draw(answers_strategy(rules))

    def classify(visitors):
        density = visitors / area if area else None
        return scan.classify(rules, answers, {"visitors_peak": visitors, "density_peak": density})

    assert rank(classify(peak + more).risk_class) >= rank(classify(peak).risk_class)
    assert classify(peak + more).score >= classify(peak).score


@SETTINGS
@given(data=st.data())
def test_a_higher_answer_never_lowers_the_class(rules, data):
    answers = data.draw(answers_strategy(rules))
    facts = {"visitors_peak": data.draw(st.integers(0, 40000)), "density_peak": data.draw(st.floats(0, 5))}
    criterion = data.draw(st.sampled_from([c for c in rules.criteria if c.answer_type != "number"]))
    by_score = sorted(criterion.choices, key=lambda c: c.score)
    low, high = sorted(data.draw(st.lists(st.sampled_from(by_score), min_size=2, max_size=2)), key=lambda c: c.score)
    before = scan.classify(rules, answers | {criterion.key: low.code}, facts)
    after = scan.classify(rules, answers | {criterion.key: high.code}, facts)
    assert rank(after.risk_class) >= rank(before.risk_class)
    assert after.score >= before.score
