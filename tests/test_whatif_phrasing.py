"""What-ifs phrased as hypotheticals ("what if we had ...") carry the changed fact, like plain statements."""

from __future__ import annotations

import pytest

from assistant.interview import whatif


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("what if we had 2 ML engineers?", "ml_engineers", 2),
        ("What if we hired two ML engineers?", "ml_engineers", 2),
        ("suppose we had 500M tokens a day", "tokens_per_month", 500e6 * 30),
        ("what if traffic were bursty?", "traffic_shape", "bursty"),
        ("what if volume triples?", "volume_factor", 3.0),
    ],
)
def test_hypothetical_what_ifs_carry_the_changed_fact(text: str, field: str, expected: object) -> None:
    change = whatif.detect(text)
    assert change is not None
    assert getattr(change, field) == expected


def test_text_without_a_what_if_is_not_one() -> None:
    assert whatif.detect("what's the weather?") is None


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("what if volume triples?", "What if volume triples"),
        ("What if we had 2 ML engineers?", "What if we had 2 ML engineers"),
        ("and what if, traffic were bursty", "What if traffic were bursty"),
        ("on H100s?", "What if: on H100s"),
        ("with spot instances", "What if: with spot instances"),
        ("what if?", "What if: what if"),
    ],
)
def test_a_scenario_is_titled_from_the_users_words_without_saying_what_if_twice(label: str, title: str) -> None:
    from assistant.interview.whatif import title as scenario_title

    assert scenario_title(label) == title
