"""Volumes said in the voices of probe 18 (a terse Slack message, a German insurer, an Indian payments company, an
agency content lead, a South African controller): each was priced at the example volume because nothing in it was
read. Expected figures worked by hand: a word is 4/3 of a token, a page 500 tokens, a minute of speech 200 tokens,
30 days a month and about 21.67 working days (52 x 5 / 12)."""

from __future__ import annotations

import pytest

from assistant.interview.reading.message import parse_message
from tests.reading import facts as read


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 40,000 x (600 + 80) on 21.67 working days
        (
            "vol ~40k tix/day weekdays, weekends basically dead. each tix ~450 words w/ thread, out is ~60 words "
            "summary + tags. so mostly readin",
            40_000 * 680 * 52 * 5 / 12,
        ),
        # 2,500 x 4 pages x 500 x 30
        ("Per day we receive approximately 2,500 reports, on average 4 pages each.", 2_500 * 2_000 * 30),
        # 18,000 x (6 x 200 + 200 words x 4/3) x 30
        (
            "Daily we are getting around 18,000 calls, average 6 minutes each. Output will be summary plus score "
            "card, around 200 words.",
            18_000 * (1_200 + 267) * 30,
        ),
        # 12,000 x (50 + 150 words) x 4/3
        (
            "so roughly we generate maybe twelve thousand product descriptions a month? each one comes out around "
            "150 words, and what we put in is short, like the product name plus a few bullet specs, 50 words tops",
            12_000 * (67 + 200),
        ),
    ],
)
def test_a_volume_said_in_these_voices_is_read(text: str, tokens_per_month: float) -> None:
    assert read(text).get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


@pytest.mark.parametrize(
    ("text", "requests", "unit"),
    [
        ("maybe 300 new leases a month", 300, "lease"),
        ("40k tix/day", 40_000 * 30, "ticket"),
        ("we generate maybe 12k descriptions a month?", 12_000, "description"),
    ],
)
def test_a_count_said_without_its_size_waits_for_it(text: str, requests: float, unit: str) -> None:
    pending = parse_message(text, []).pending
    assert pending is not None and pending["requests"] == pytest.approx(requests) and pending["unit"] == unit


@pytest.mark.parametrize(
    "text",
    ["so 10M tokens a day is too much for self-hosting?", "do we need maybe 12k tokens a day?"],
)
def test_a_figure_in_a_real_question_is_still_not_stored(text: str) -> None:
    assert "tokens_per_month" not in read(text)


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("the output is a JSON with 40 fields, 300 tokens", None, 300.0),
        ("Output is basically a yes/no label, on roughly a 1k token input.", 1000.0, None),
    ],
)
def test_a_side_described_then_sized(text: str, inp: float | None, out: float | None) -> None:
    facts = read(text)
    assert (facts.get("request_input_tokens"), facts.get("request_output_tokens")) == (inp, out)
