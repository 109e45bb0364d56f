"""Readings from probe 37 (a county hospital's nurse informaticist, a Turkish marketplace, a Lyon insurer's DPO, a
Discord bot, an Ontario credit union, ...): a limit said firmly ("10 seconds, no longer"), a whole piece of output
with its time, a permission on condition of a place, a yes/no fact denied beside other sentences, things counted
each with their own rate."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("I'd say the whole note within about 10 seconds, no longer", 10_000),
        ("answers within 3 seconds, no longer.", 3_000),
        ("first token in 800 ms, not more", 800),
        ("the summary should be ready in 20 seconds and no longer", 20_000),
    ],
)
def test_no_longer_after_a_limit_says_it_firmly(text: str, ms: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("latency_p99_ms") == ms


@pytest.mark.parametrize(
    "text",
    [
        "we no longer need answers within 2 seconds",
        "we had a 2 second target for the old bot, but no longer",
    ],
)
def test_a_limit_that_no_longer_holds_is_no_target(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "latency_p99_ms" not in facts


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("the whole note within about 10 seconds", 10_000),
        ("the full description in under 5 seconds", 5_000),
        ("each complete memo within 30 seconds please", 30_000),
        ("the entire brief in less than 45 seconds is fine", 45_000),
    ],
)
def test_a_whole_piece_of_output_with_its_time_is_the_total(text: str, ms: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("latency_p99_ms") == ms
    assert facts.get("latency_kind") == "total"


@pytest.mark.parametrize(
    "text",
    [
        "we process 2M pages in 3 days",
        "the page loads in under 2 seconds on our website",
    ],
)
def test_in_under_a_time_of_something_else_is_no_target(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "latency_p99_ms" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "It can't be an overnight thing. We use Azure for email.",
        "So it can't be an overnight thing. Our CFO signs off on the vendor anyway.",
        "Results can't wait until the next morning. Our team is two people.",
    ],
)
def test_a_denied_yes_no_fact_holds_beside_other_sentences(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is False


@pytest.mark.parametrize(
    ("text", "boundary", "region"),
    [
        (
            "He says he'd accept our own Azure tenant if it's in a US region and covered under the BAA, just not "
            "some consumer AI service.",
            "cloud_tenant",
            "us",
        ),
        ("our own AWS account is fine if it's in an EU region", "cloud_tenant", "eu"),
        ("any vendor is ok as long as it's hosted in Canada", "any_vendor", "ca"),
    ],
)
def test_a_permission_on_condition_of_a_place_is_a_rule(text: str, boundary: str, region: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") == boundary
    assert facts.get("data_region") == region
    assert "data_residency" in facts["compliance"]


@pytest.mark.parametrize(
    "text",
    [
        "if it's in a US region we could use our own tenant",
        "we might use our own AWS account if it's cheaper",
    ],
)
def test_a_real_condition_is_no_rule(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "data_boundary" not in facts
    assert "data_region" not in facts


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 200 x 3 x 6,500 x 30
        ("200 occupied beds, each gets 3 handoff notes a day, each note 6,000 tokens in and 500 out", 117_000_000),
        # 40 x 100 x 300 x 30
        ("we have 40 trucks, each sends 100 messages a day of 300 tokens", 36_000_000),
        # 25 x 48 x 1,000 x 30
        ("25 cameras on site, each produces 48 incident captions a day, ~1k tokens per caption", 36_000_000),
    ],
)
def test_things_counted_each_with_their_own_rate_make_the_volume(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)
