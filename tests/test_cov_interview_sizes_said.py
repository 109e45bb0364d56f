"""Volumes and request sizes said loosely or in units of text, read through ``parse_message``: a volume given as
"7 or 8 billion", a size given in pages, sentences, characters or minutes of speech, and the size of one request
said beside a limit, a ratio or another side.

Expected values are worked out by hand from the sentence (30 days a month; a page is 500 tokens, a sentence 20,
a character a quarter of a token and a minute of speech 200, as ``data/text_units.toml`` states).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import parsed as read

DAY = 30  # days a month by default
PAGE, SENTENCE, MINUTE = 500, 20, 200  # tokens in a page, a sentence and a minute of speech (data/text_units.toml)


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in read(text, expecting).updates}


# ------------------------------------------------------------------------------------------ volume ranges


def test_a_narrow_volume_range_joined_by_or_is_read_at_its_middle() -> None:
    # "7 or 8 billion" is 8/7 = 1.14x wide: the middle, 7.5 billion a month
    assert facts("7 or 8 billion tokens a month")["tokens_per_month"] == pytest.approx(7.5e9)


def test_a_wide_volume_range_joined_by_or_is_asked_about() -> None:
    out = read("we process 5 or 10M tokens a day")
    assert "tokens_per_month" not in out.fields()
    assert "tokens_per_month" in out.clarify


@pytest.mark.parametrize(
    "text",
    [
        "we process 20M tokens a day for 5 or 10k users",  # a count of people, no volume
        "we process 20M tokens a day and spend 5 or 10k a month on it",  # money
        "we process 20M tokens a day; if we grew to 40 or 80M tokens a day what then",  # a hypothetical
    ],
)
def test_a_loose_range_beside_a_stated_volume_leaves_the_volume(text: str) -> None:
    out = read(text)
    assert {u.field: u.value for u in out.updates}["tokens_per_month"] == pytest.approx(20e6 * DAY)
    assert "tokens_per_month" not in out.clarify


# ------------------------------------------------------------------------------------------ units of text


def test_a_half_page_in_and_a_page_out() -> None:
    got = facts("a half page in, a page out", ["request_size"])
    assert got["request_input_tokens"] == PAGE / 2
    assert got["request_output_tokens"] == PAGE
    assert got["input_share"] == pytest.approx(250 / 750)


def test_a_narrow_range_of_sentences_is_read_at_its_middle() -> None:
    got = facts("2-3 sentences in, a paragraph out", ["request_size"])
    assert got["request_input_tokens"] == 2.5 * SENTENCE  # 50
    assert got["request_output_tokens"] == 100  # a paragraph


def test_a_wide_range_of_sentences_is_no_size() -> None:
    # 2 to 10 sentences is 5x wide: too loose to pick a size from
    out = read("prompts are 2-10 sentences", ["request_size"])
    assert not {"request_input_tokens", "request_output_tokens"} & set(out.fields())


def test_pages_or_more_is_no_size() -> None:
    # "3 pages or more" is a floor, not the size of a prompt
    assert "request_input_tokens" not in facts("prompts are 3 pages or more", ["request_size"])
    assert facts("prompts are 3 pages", ["request_size"])["request_input_tokens"] == 3 * PAGE


def test_the_users_own_token_count_beats_the_pages() -> None:
    # 10 pages would be 5,000 tokens; the user says 7k
    assert facts("prompts of 10 pages, call it 7k tokens")["request_input_tokens"] == 7000


def test_a_couple_of_characters_is_no_size() -> None:
    # 2 characters are half a token: nothing to store
    assert not {"request_input_tokens", "request_output_tokens"} & set(facts("prompts of 2 chars"))
    assert not {"request_input_tokens", "request_output_tokens"} & set(facts("0.4 chars in", ["request_size"]))


def test_minutes_of_calls_said_twice_are_read_once() -> None:
    # "transcripts of 10 minute calls": one size, 10 minutes of speech = 2,000 tokens in
    got = facts("we summarise transcripts of 10 minute calls", ["request_size"])
    assert got["request_input_tokens"] == 10 * MINUTE


def test_a_range_of_pages_is_a_prompt_size_not_a_mix() -> None:
    got = facts("prompts are 40 to 60 pages each")
    assert "input_share" not in got
    assert got.get("request_input_tokens") == 50 * PAGE


# ------------------------------------------------------------------------------------------ sizes of a request


def test_seventy_in_thirty_out_without_tokens_is_a_mix() -> None:
    got = facts("prompts are 70 in 30 out")
    assert got["input_share"] == pytest.approx(0.7)
    assert "request_input_tokens" not in got


def test_a_cap_on_a_request_is_no_size() -> None:
    assert not {"request_input_tokens", "request_output_tokens"} & set(facts("requests are capped at 4000 tokens each"))


def test_the_output_side_named_first_then_the_input() -> None:
    got = facts("completion size ~250, prompt ~3k")
    assert got["request_input_tokens"] == 3000
    assert got["request_output_tokens"] == 250
    assert got["input_share"] == pytest.approx(3000 / 3250)


def test_a_cap_on_the_output_is_no_budget() -> None:
    got = facts("1.2k tokens per prompt, max 200 per completion")
    assert got["request_input_tokens"] == 1200
    assert "budget_usd_per_month" not in got


def test_tokens_out_for_every_thousand_in_is_a_ratio() -> None:
    got = facts("for every 1000 tokens in we get 250 tokens out")
    assert "request_output_tokens" not in got
    assert got["input_share"] == pytest.approx(1000 / 1250)


@pytest.mark.parametrize("said", ["0", "5000000"])
def test_a_bare_answer_beyond_any_request_is_no_size(said: str) -> None:
    # asked how long a prompt is: 0 tokens, or 5 million tokens (beyond any context window), is no answer
    assert "request_input_tokens" not in facts(said, ["request_input_tokens"])
    assert facts("2000", ["request_input_tokens"])["request_input_tokens"] == 2000


def test_pages_in_and_a_bare_figure_out_note_only_the_pages() -> None:
    out = read("3 pages in, 400 out", ["request_size"])
    got = {u.field: u for u in out.updates}
    assert got["request_input_tokens"].value == 3 * PAGE
    assert "3 pages read as about 1,500 tokens" in (got["request_input_tokens"].note or "")
    assert got["request_output_tokens"].value == 400
    assert not got["request_output_tokens"].note  # said in tokens: nothing converted
    assert got["input_share"].value == pytest.approx(1500 / 1900)


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("3 pages in, 400 tokens out", ["request_size"]),
        ("1500 tokens in, half a page out", ["request_size"]),
        ("prompts are 3 pages, answers are 400 tokens", []),
    ],
)
def test_pages_on_one_side_and_tokens_on_the_other(text: str, expecting: list[str]) -> None:
    got = facts(text, expecting)
    sides = (got.get("request_input_tokens"), got.get("request_output_tokens"))
    assert sides in ((3 * PAGE, 400), (1500, PAGE / 2))
