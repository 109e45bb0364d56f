"""The reader keeps the last messages it read (``parse_message``): the same words under the same circumstances
are read once, every caller gets a result of its own, and anything the reading depends on tells them apart."""

from __future__ import annotations

from assistant.interview.reading import parse_message
from assistant.interview.reading.message import _READINGS, _read
from tools.results import Conventions


def _volume(text: str, conventions: Conventions | None = None) -> float:
    found = [u.value for u in parse_message(text, [], conventions).updates if u.field == "tokens_per_month"]
    assert found, text
    return float(found[0])


def test_a_message_read_again_gives_the_same_reading_as_reading_it_afresh() -> None:
    text = "about 37M tokens a day, mostly input; we have 2 ML engineers and run Kubernetes"
    first = parse_message(text, ["tokens_per_month"])
    again = parse_message(text, ["tokens_per_month"])
    fresh = _read(text, ["tokens_per_month"], None, False, False)  # the reading itself, no memory involved
    assert again == first == fresh
    assert again is not first


def test_changing_a_reading_changes_no_later_one() -> None:
    text = "steady traffic, HIPAA applies, about 5M tokens a day"
    first = parse_message(text)
    expected = first.model_copy(deep=True)
    first.updates.clear()
    first.intents.append("question")
    first.problems.append("changed by its caller")
    assert parse_message(text) == expected


def test_the_question_asked_and_the_conventions_tell_readings_apart() -> None:
    _READINGS.clear()
    assert "compliance" in parse_message("no", ["compliance"]).fields()
    assert "compliance" not in parse_message("no", ["traffic_shape"]).fields()
    # a rate per day is a monthly volume by the days of the month in force: a 22-day month is another reading
    assert _volume("10M tokens a day") == 10e6 * Conventions().days_per_month
    assert _volume("10M tokens a day", Conventions(days_per_month=22)) == 10e6 * 22
    assert _volume("10M tokens a day") == 10e6 * Conventions().days_per_month


def test_what_is_kept_is_bounded() -> None:
    for n in range(_READINGS.SIZE + 25):
        parse_message(f"about {n + 1}M tokens a day")
    assert len(_READINGS.entries) == _READINGS.SIZE
