"""Times: stored as UTC text, entered and shown in Europe/Amsterdam whatever the machine's zone."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piket import timeutil
from piket.errors import PiketError


def test_input_without_offset_is_amsterdam_time():
    assert timeutil.to_db(timeutil.parse_time("2024-04-27T14:30")) == "2024-04-27T12:30:00Z"
    assert timeutil.to_db(timeutil.parse_time("2024-01-15")) == "2024-01-14T23:00:00Z"
    assert timeutil.to_db(timeutil.parse_time("2024-01-15T10:00:00Z")) == "2024-01-15T10:00:00Z"


def test_output_carries_the_offset_of_that_moment():
    assert timeutil.iso_local("2022-03-28T06:00:00Z") == "2022-03-28T08:00:00+02:00"
    assert timeutil.iso_local("2022-01-03T07:00:00Z") == "2022-01-03T08:00:00+01:00"


def test_date_range_includes_both_days():
    start, end = timeutil.day_range(date(2019, 1, 1), date(2019, 6, 30))
    assert (start, end) == ("2018-12-31T23:00:00Z", "2019-06-30T22:00:00Z")


@pytest.mark.parametrize("text", ["gisteren", "2024-13-01", "27-04-2024", ""])
def test_bad_times_are_refused_in_dutch(text):
    with pytest.raises(PiketError, match="ongeldige tijd"):
        timeutil.parse_time(text)


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_stored_form_round_trips_and_sorts_as_time(moment):
    moment = moment.replace(microsecond=0)
    stored = timeutil.to_db(moment)
    assert timeutil.from_db(stored) == moment
    later = timeutil.to_db(moment + timedelta(seconds=1))
    assert stored < later


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                    timezones=st.sampled_from([UTC, timeutil.TZ, timezone(timedelta(hours=-5, minutes=-30))])))
def test_stored_form_is_utc_to_the_second_whatever_the_zone(moment):
    assert timeutil.to_db(moment) == moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
