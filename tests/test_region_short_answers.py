"""Short answers naming where data may stay, and questions about it: one region named is that region (the
narrowest of nested ones), a language or the pronoun "us" is no place, and "without the US" is anywhere else."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from assistant.interview.reading.region import asked_region, named_place


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Germany please", "de"),
        ("EU", "eu"),
        ("in europe", "eu"),
        ("US", "us"),
        ("the US", "us"),
        ("EU, Germany ideally", "de"),  # Germany is inside the EU: the narrower one
        ("EU or Japan", None),  # two places, neither inside the other: which one is not said
        ("answers in Italian", None),  # a language, not a place
        ("it should stay with us", None),  # the pronoun
        ("wherever", None),
    ],
)
def test_a_short_answer_names_one_region(text: str, region: str | None) -> None:
    assert named_place(text) == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("can we do it without sending data to the US?", "not_us"),
        ("anything that never touches american servers?", "not_us"),
        ("is there something european?", "eu"),
        ("could it stay in the EU?", "eu"),
        ("in our region?", None),
    ],
)
def test_a_question_about_where_data_stays(text: str, region: str | None) -> None:
    assert asked_region(text) == region


@pytest.mark.parametrize("text", ["we have 0 H100s", "we own zero A100s for now"])
def test_no_gpus_owned_is_not_a_fleet(text: str) -> None:
    got = {u.field for u in parse_message(text).updates}
    assert "owned_gpus" not in got
