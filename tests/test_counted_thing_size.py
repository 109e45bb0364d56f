"""The size of one counted thing of any name ("2,000 recipes a day. A recipe is ~900 tokens"): the thing a count of
no known kind counted, named as the subject of its size, is priced like a request (issue 10). One notion of the
counted thing (``item_size.OTHER_COUNTED``) serves the rate and the size readers."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message

DAYS = 30


def volume(text: str) -> float | None:
    found = [u.value for u in parse_message(text).updates if u.field == "tokens_per_month"]
    return float(found[0]) if found else None


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("we generate about 2,000 recipes a day. A recipe is ~900 tokens", 2000 * DAYS * 900),
        ("roughly 400 itineraries a day; an itinerary is around 1,500 tokens", 400 * DAYS * 1500),
        ("we write 120 itineraries per week, the typical itinerary runs ~2k tokens", 120 * DAYS / 7 * 2000),
        ("We draft ~90 eulogies a month for funeral homes, and a eulogy is maybe 700 tokens.", 90 * 700),
        ("5k quizzes per day. quiz is like 350 tokens", 5000 * DAYS * 350),
    ],
)
def test_the_size_of_the_thing_counted_prices_the_count(text: str, tokens: float) -> None:
    got = volume(text)
    assert got is not None and got == pytest.approx(tokens, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "we generate 2,000 recipes a day. A menu is ~900 tokens",  # another thing than the one counted
        "2,000 recipes and 300 menus a day; a recipe is ~900 tokens",  # two things counted: whose size is it?
        "we generate 2,000 recipes a day. if a recipe were 900 tokens what would it cost?",
        "we generate 2,000 recipes a day; is a recipe about 900 tokens?",
        "A recipe is ~900 tokens",  # a size with no count is no volume
    ],
)
def test_no_volume_from_a_size_that_is_not_the_counted_things(text: str) -> None:
    assert volume(text) is None
