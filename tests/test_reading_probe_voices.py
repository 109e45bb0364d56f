"""Readings found missing by conversations written in new voices (a Manila BPO, a federal contractor,
a hospital CIO dictating, a legal-tech CTO who corrects himself): each mechanism with a phrasing of
its own, expectations worked out by hand."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.reading import facts as read


def test_a_corrected_request_rate_wins_even_when_only_the_number_is_repeated() -> None:
    got = read(
        "We process about 10,000 contracts a month, no, scratch that, it's 40,000 a month now. "
        "Average contract is about 25k tokens in, and the review output is about 2k tokens."
    )
    assert got["tokens_per_month"] == pytest.approx(40_000 * 27_000)  # not 10,000 x 27k
    got = read("we get 500 tickets a day, sorry, 800 tickets a day, each about 2k tokens total")
    assert got["tokens_per_month"] == pytest.approx(800 * 2_000 * 30)


def test_an_uncorrected_second_rate_does_not_replace_the_first() -> None:
    got = read("about 2000 requests a day, each 1,000 tokens in and 200 out")
    assert got["tokens_per_month"] == pytest.approx(2_000 * 1_200 * 30)


def test_gpus_procured_for_the_system_are_owned_a_competitors_are_not() -> None:
    owned = read("The program has procured four NVIDIA H100 80GB GPUs for this system.")["owned_gpus"]
    assert owned == {"gpu": "h100", "count": 4, "paid_for": True}
    assert "owned_gpus" not in read("our competitor procured 500 H100s")


def test_what_something_costs_a_month_today_is_the_spend_not_what_it_would_cost() -> None:
    assert read("right now we're piloting GPT-4o and it's costing about twelve hundred a month")[
        "current_spend_usd_per_month"
    ] == pytest.approx(1200)
    assert "current_spend_usd_per_month" not in read("self-hosting would be costing about 5000 a month")
    assert "current_spend_usd_per_month" not in read("an H100 costs about 30000")


def test_a_share_takes_its_side_from_the_clause_before_an_aside() -> None:
    got = read("The vast majority would be input, I suspect; perhaps 90 percent, with short labels coming back.")
    assert got["input_share"] == pytest.approx(0.9)
    assert read("mostly output, I think, maybe 70%")["input_share"] == pytest.approx(0.3)


def test_a_vendors_estimate_of_our_own_workload_is_about_us_its_own_setup_is_not() -> None:
    got = read("about 2000 notes a day and our vendor estimated each one is around 4000 tokens in and 600 tokens out")
    assert got["tokens_per_month"] == pytest.approx(2_000 * 4_600 * 30)
    assert "data_boundary" not in read("our vendor runs everything air-gapped")


def test_administrators_are_counted_as_ops_people() -> None:
    assert read("Staffing consists of two ML engineers and four systems administrators.")["team"] == {
        "ml_engineers": 2,
        "devops": 4,
    }


def test_a_bare_count_followed_by_a_size_each_is_items_not_tokens() -> None:
    got = read(
        "documents, of which we process approximately 120,000 per month, each with an average length of "
        "around 6,000 input tokens, whereby the generated summary comprises roughly 500 tokens."
    )
    assert got["tokens_per_month"] == pytest.approx(120_000 * 6_500)  # never 120,000 tokens a month
    assert read("we process approximately 120,000 per month, each around 6,000 tokens")[
        "tokens_per_month"
    ] == pytest.approx(120_000 * 6_000)
    assert read("5M per day, each day the same, in tokens")["tokens_per_month"] == pytest.approx(150e6)


def test_sizes_said_as_tokens_going_in_and_coming_out() -> None:
    got = read(
        "our support bot handles about 40,000 chats every day. "
        "Each chat is roughly 1,500 tokens going in and 300 coming out."
    )
    assert got["tokens_per_month"] == pytest.approx(40_000 * 1_800 * 30)  # not 40,000 x 1,500 x 30
    assert got["input_share"] == pytest.approx(1_500 / 1_800, abs=1e-3)
    got = read("2k requests a day, 1000 tokens sent in, 200 come back")
    assert (got["request_input_tokens"], got["request_output_tokens"]) == (1000, 200)


def test_a_count_of_items_without_their_size_is_asked_about_not_stored_as_tokens() -> None:
    for text in (
        "we process 120,000 per month, each one a scanned PDF, no idea about tokens",
        "roughly 50,000 a day, each with a long prompt, not sure about tokens",
    ):
        result = parse_message(text, [])
        assert "tokens_per_month" not in {u.field for u in result.updates}
        assert "tokens_per_month" in result.clarify


def test_numbers_that_are_not_a_token_volume() -> None:
    # "them" with no tokens in view, money where a volume could stand, a count of requests
    for text in (
        "we get 3 million of them per day",
        "our usage last month was $900",
        "monthly usage is 40k requests",
        "daily volume is $300",
    ):
        assert "tokens_per_month" not in read(text), text
