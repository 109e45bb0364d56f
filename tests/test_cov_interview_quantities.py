"""Numbers in what people write (``assistant.interview.quantities``), read through the reader
(``parse_message``): the rarer number words, volumes beside sizes and money, the limits of a volume, and
the input/output mix written as labelled sides or shares.

Expected values are worked out by hand from the sentence (30 days a month).
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.quantities.words import normalize
from tests.reading import parsed as read

DAY = 30  # days a month by default


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in read(text, expecting).updates}


# ------------------------------------------------------------------------------------------ number words


def test_one_and_three_are_two_numbers_not_four() -> None:
    assert "4" not in normalize("between one and three seconds")
    # a range said as acceptable: anything up to its top is fine with the user, so the top (3 s) is the limit
    out = read("latency between one and three seconds is fine")
    assert [u.value for u in out.updates if u.field == "latency_p99_ms"] == [3000]
    # said without saying it is acceptable, the range is still asked about
    assert "latency_p99_ms" in read("latency between one and three seconds").clarify


@pytest.mark.parametrize(
    ("text", "digits"),
    [("we have an eighty percent cache hit rate", "80 percent"), ("about a ninety thousand tickets", "90 thousand")],
)
def test_a_number_word_after_an_article_becomes_digits(text: str, digits: str) -> None:
    assert digits in normalize(text)
    assert "one-off" in normalize("a one-off job")  # "a one-" stays a word


# ------------------------------------------------------------------------------------------ volume


def test_a_rate_written_before_the_word_tokens_is_a_volume() -> None:
    assert facts("we use 2B/month tokens")["tokens_per_month"] == pytest.approx(2e9)


def test_a_volume_beyond_any_real_workload_is_a_problem_not_a_fact() -> None:
    # 50,000 trillion = 5e16 tokens, read per day: 1.5e18 a month
    out = read("50000t tokens")
    assert "tokens_per_month" not in out.fields()
    assert out.pending is None
    assert any("beyond any real workload" in p for p in out.problems)


def test_zero_tokens_is_a_problem_not_a_fact() -> None:
    out = read("we have 0 tokens right now")
    assert "tokens_per_month" not in out.fields()
    assert any("zero tokens" in p for p in out.problems)


def test_a_context_window_is_not_a_daily_volume() -> None:
    assert "tokens_per_month" not in facts("the context window is 128k tokens and we run the job daily")


def test_a_daily_volume_beside_a_maximum_output_size() -> None:
    got = facts("we ingest 40M tokens of contracts daily and the max output is 2k tokens")
    assert got["tokens_per_month"] == pytest.approx(40e6 * DAY)
    assert got["request_output_tokens"] == 2000


def test_a_volume_in_dollars_is_not_tokens() -> None:
    got = facts("our API volume a month is around 20k dollars")
    assert "tokens_per_month" not in got


def test_labelled_sides_with_their_period() -> None:
    got = facts("input: 400M a month, output: 100M a month")
    assert got["tokens_per_month"] == pytest.approx(500e6)
    assert got["input_share"] == pytest.approx(0.8)


def test_two_input_labels_do_not_make_a_mix() -> None:
    out = read("input tokens: 300M a month, prompt tokens: 100M a month")
    assert "input_share" not in out.fields()
    assert "tokens_per_month" not in out.fields()  # 300M and 100M disagree: ask
    assert "tokens_per_month" in out.clarify


def test_labelled_sides_without_a_period_give_the_mix_and_no_volume() -> None:
    got = facts("input: 400M tokens, output: 100M tokens")
    assert got["input_share"] == pytest.approx(0.8)
    assert "tokens_per_month" not in got


def test_labelled_sides_in_the_hundreds_of_millions_are_not_request_sizes() -> None:
    got = facts("input: 400M tokens, output: 100M tokens")
    assert "request_input_tokens" not in got
    assert "request_output_tokens" not in got


# ------------------------------------------------------------------------------------------ mix


def test_a_share_of_prompts_that_are_easy_is_not_the_token_mix() -> None:
    got = facts("60% of prompts are easy classification")
    assert "input_share" not in got
    assert got["simple_share"] == pytest.approx(0.6)


def test_percent_in_slash_percent_out() -> None:
    got = facts("the split is 80% in / 20% out")
    assert got["input_share"] == pytest.approx(0.8)
    assert "request_input_tokens" not in got


def test_labelled_sides_in_dollars_are_neither_a_volume_nor_a_mix() -> None:
    got = facts("input: 400 usd a month, output: 100 usd a month")
    assert "tokens_per_month" not in got
    assert "input_share" not in got


@pytest.mark.parametrize(
    "text",
    ["we do 50M tokens a day, maybe 100M tokens a day at peak", "50M tokens a day today, 100M tokens a day at most"],
)
def test_todays_volume_beside_a_peak_is_todays(text: str) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(50e6 * DAY)


def test_todays_volume_beside_a_later_ceiling_is_todays() -> None:
    got = facts("currently 40M tokens a day; up to 80M tokens a day in december")
    assert got["tokens_per_month"] == pytest.approx(40e6 * DAY)


# ------------------------------------------------------------------------------------------ latency and GPUs


def test_an_update_every_two_seconds_is_not_a_latency_target() -> None:
    assert "latency_p99_ms" not in facts("we are streaming a status update every 2 seconds")


def test_gpus_someone_has_with_no_word_that_they_are_ours_are_not_owned() -> None:
    assert "owned_gpus" not in facts("the university lab has 8 H100s")


def test_gpus_we_have_are_owned() -> None:
    owned = facts("our lab has 8 H100s")["owned_gpus"]
    assert (owned["gpu"], owned["count"]) == ("h100", 8)
