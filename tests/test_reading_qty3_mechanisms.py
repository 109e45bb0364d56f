"""Request sizes and volumes read by mechanism (issue 10, readqty3): ranges of text units, an item named in a few
words before its size, a request's side never read as a month's volume, "support" as a noun, and the limits of a
model. Each mechanism is tested in several voices, with the near-misses that must not be stored.

Expected values are worked out by hand from the sentence (30 days a month; a page is 500 tokens, a word 4/3 of a
token, a minute of speech 200 tokens, as in ``data/text_units.toml``).
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading import ParseResult, parse_message

DAY = 30
IN, OUT, VOL = "request_input_tokens", "request_output_tokens", "tokens_per_month"


def read(text: str, expecting: list[str] | None = None) -> ParseResult:
    return parse_message(text, expecting or [])


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in read(text, expecting).updates}


# ------------------------------------------------------------- a range of pages or minutes is no ratio


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("10 to 12 pages in", 11 * 500),
        ("docs r between 4 and 6 pages going in", 5 * 500),
        ("2-4 pages in, half a page out", 3 * 500),
        ("each request is like 300 to 500 words in", 400 * 4 / 3),
    ],
)
def test_a_narrow_range_of_text_units_is_read_at_its_middle(text: str, tokens: float) -> None:
    assert facts(text, ["request_size"]).get(IN) == pytest.approx(tokens, rel=0.02)


@pytest.mark.parametrize(
    "text",
    [
        "10 to 60 pages in",
        "between 10 and 60 pages in, a page out",
        "anywhere from 2-20 pages going in",
        "we get 2k contracts a month, 10 to 60 pages in, a 1 page summary out",
    ],
)
def test_a_wide_range_of_text_units_is_no_size_and_no_ratio(text: str) -> None:
    got = facts(text, ["request_size"])
    assert IN not in got  # neither end of a range six times wide is the size
    assert "input_share" not in got  # never a "10:60" ratio
    assert VOL not in got  # and the one-page output is no month's volume


@pytest.mark.parametrize(
    ("text", "share"),
    [("3 to 1 input to output", 0.75), ("two to one in favour of input", 2 / 3), ("ratio in to out is 4 to 1", 0.8)],
)
def test_a_ratio_said_with_to_is_still_a_mix(text: str, share: float) -> None:
    assert facts(text).get("input_share") == pytest.approx(share, abs=0.01)


# ------------------------------------------------------------- an item named in a few words, then its size


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("40-60k claims a month, call it 50k, each claim packet maybe 3k tokens, we want ~200 tokens out", 3200),
        ("we get 5k tickets a day, each support ticket is roughly 900 tokens", 900),
        ("3000 loan files/month. every loan file is about 6k tokens", 6000),
        ("1000 customer mails per day, each customer mail has ~700 tokens", 700),
    ],
)
def test_a_count_of_named_items_times_the_size_of_one(text: str, size: float) -> None:
    got = facts(text)
    per_month = {
        3200: 50e3,
        900: 5e3 * DAY,
        6000: 3000,
        700: 1000 * DAY,
    }[int(size)]
    assert got.get(VOL) == pytest.approx(per_month * size)


@pytest.mark.parametrize(
    "text",
    [
        "each day is about 5M tokens",  # a stretch of time, not an item: a volume
        "every month is 50M tokens",
    ],
)
def test_each_period_is_a_volume_not_an_item(text: str) -> None:
    got = read(text)
    assert IN not in got.fields()
    assert VOL in got.fields() or got.pending is not None


def test_each_user_is_no_item_size() -> None:
    assert IN not in facts("each user sends 20k tokens a day")


# ------------------------------------------------------------- a request's side is no month's volume


@pytest.mark.parametrize(
    "text",
    [
        "2k contracts a month; 500 tokens summary out",
        "we handle 300 claims per week. the reply is ~250 tokens out",
        "about 1k calls a day and a 400 tokens answer back",
    ],
)
def test_a_side_of_one_request_beside_a_count_is_no_volume(text: str) -> None:
    got = facts(text)
    assert VOL not in got or got[VOL] > 100_000  # never the 250-500 tokens of one answer as the month's volume


# ------------------------------------------------------------- "support" as a noun, a limit as a verb


def test_support_as_a_noun_is_no_limit() -> None:
    assert facts("each support ticket is roughly 900 tokens").get(IN) == 900
    assert facts("customer support convos ~ 1.2k tokens each, 2k convos a day").get(VOL) == pytest.approx(
        1200 * 2000 * DAY
    )


@pytest.mark.parametrize(
    "text", ["the model supports 128k tokens of context", "our deployment supports up to 32k tokens", "a 200k window"]
)
def test_what_a_model_supports_is_no_volume_nor_question(text: str) -> None:
    got = read(text)
    assert VOL not in got.fields()
    assert got.pending is None


def test_a_figure_after_in_that_belongs_to_out() -> None:
    got = facts("between 10 and 12 pages in, 500 tokens out", ["request_size"])
    assert got.get(IN) == pytest.approx(5500)
    assert got.get(OUT) == 500
    got = facts("input: 3000 tokens, output: 600 tokens")
    assert (got.get(IN), got.get(OUT)) == (3000, 600)


# ------------------------------------------------------------- a count said after its period


@pytest.mark.parametrize(
    ("text", "per_month", "unit"),
    [
        ("every day we get 5k tickets", 5e3 * DAY, "ticket"),
        ("daily: ~12k support chats", 12e3 * DAY, "chat"),
        ("each month we process 40k invoices", 40e3, "invoice"),
        ("per week roughly 1,400 episodes", 1400 * DAY / 7, "episode"),
        ("Nightly batch - 200k records", 200e3 * DAY, "record"),
    ],
)
def test_a_count_after_its_period_asks_the_size_of_one(text: str, per_month: float, unit: str) -> None:
    for expecting in ([], ["tokens_per_month"]):
        got = read(text, expecting)
        assert VOL not in got.fields()  # never the count read as tokens
        assert got.pending is not None
        assert got.pending["requests"] == pytest.approx(per_month, rel=0.01)
        assert got.pending["unit"] == unit


def test_a_count_after_its_period_with_its_size_is_a_volume() -> None:
    assert facts("every day we get 5k tickets, each about 800 tokens").get(VOL) == pytest.approx(5e3 * DAY * 800)
    assert facts("each day we push 2M tokens").get(VOL) == pytest.approx(2e6 * DAY)  # "each day" is a period


@pytest.mark.parametrize(
    "text",
    [
        "every day we get up to 5k tickets",  # a ceiling: asked, never stored
        "we get up to 5k tickets a day",
        "per day no more than 2k chats",
    ],
)
def test_a_ceiling_of_a_count_is_neither_money_nor_volume(text: str) -> None:
    got = facts(text)
    assert "budget_usd_per_month" not in got
    assert VOL not in got


def test_a_count_of_things_answering_the_volume_question_is_no_token_count() -> None:
    got = read("we get 2k contracts", ["tokens_per_month"])
    assert VOL not in got.fields()
    assert got.pending is None or "tokens" not in got.pending
    assert read("about 3M", ["tokens_per_month"]).pending == pytest.approx({"tokens": 3e6, "quote": "about 3M"})
