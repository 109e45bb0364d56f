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
