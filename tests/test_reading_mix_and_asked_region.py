"""The input/output mix in fractions, ratios and sides named in words; and the region a question about keeping
data somewhere names (anywhere but the US, the EU said as an adjective), beside a language that is no region."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from assistant.interview.reading.region import asked_region


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("3/4 of it is input", 0.75),
        ("1/5 output", 0.8),
        ("input and output in a 4:1 split, input first", 0.8),
        ("prompts vs completions are 3:1", 0.75),
        ("it's 80 to 20, prompts to completions", 0.8),
        ("output is maybe 10% of what we send in", 0.9),
    ],
)
def test_the_mix_in_many_forms(text: str, share: float) -> None:
    facts = {u.field: u.value for u in parse_message(text, ["input_share"]).updates}
    assert facts["input_share"] == pytest.approx(share)


def test_a_share_of_something_else_is_no_mix() -> None:
    assert not parse_message("20% of traffic is on weekends", ["input_share"]).updates


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("could it stay in the EU?", "eu"),
        ("without sending data to the US?", "not_us"),
        ("any EU-hosted option?", "eu"),
        ("is there something European we could use?", "eu"),
    ],
)
def test_the_region_a_question_names(text: str, region: str) -> None:
    assert asked_region(text) == region


def test_a_language_said_beside_a_country_is_no_second_region() -> None:
    facts = {u.field: u.value for u in parse_message("answers in Italian, data must stay in Italy", []).updates}
    assert facts["data_region"] == "it" and facts["languages"] == ["Italian"]
    assert facts["compliance"] == ["data_residency"]
