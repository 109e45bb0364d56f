"""Clock words and spans in batch deadlines that the main deadline tests leave out (``batch_deadline_hours``)."""

import pytest

from assistant.interview.reading import parse_message


def deadline(text: str) -> list[float]:
    return [u.value for u in parse_message(text).updates if u.field == "batch_deadline_hours"]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # 18:00 to midnight is six hours
        ("Our nightly batch job starts at 18:00 and the results must be ready by midnight.", 6.0),
        # 2 in the morning to noon is ten hours
        ("The batch job kicks off at 2am and has to be done by noon.", 10.0),
        # 8 pm to 12 am (midnight) is four hours
        ("Our batch run starts at 8pm and the results are due by 12am.", 4.0),
        # 7 in the evening to 6 in the morning is eleven hours
        ("The nightly job starts at 7 in the evening and must finish by 6 in the morning.", 11.0),
    ],
)
def test_clock_words_give_the_span_from_start_to_deadline(text: str, hours: float) -> None:
    assert deadline(text) == [pytest.approx(hours)]


def test_a_next_morning_deadline_with_no_start_is_the_overnight_window() -> None:
    # "by 7am tomorrow" names the end only: the nominal evening-to-morning window (12 hours) applies
    assert deadline("We run a batch job and need the results by 7am tomorrow.") == [12.0]


def test_an_impossible_clock_time_states_no_deadline() -> None:
    # 25:00 is no hour of the day, and nothing else in the message names a deadline
    assert deadline("Our batch job starts at 20:00 and must be done by 25:00.") == []
