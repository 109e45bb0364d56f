"""Prompt caching: a cached share said as a figure is stored and prices every API option's input at the cache
price; "what about with caching?" is a what-if, priced at an example share said to be assumed."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from assistant.interview.whatif import detect
from tests.profiles import conversation
from tools.breakeven import SelfHostLine, fleet_breakeven


def stored(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text).updates}


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("cache hit rate is about 60%", 0.6),
        ("we get 70% cache hits on the system prompt", 0.7),
        ("70% of each prompt is the same system prompt", 0.7),
        ("about 80% of the input is cached", 0.8),
        ("Cache hit ratio: 45%", 0.45),
        ("with prompt caching ~80% of input tokens are cached", 0.8),
        ("like 60% of the prompt is the same repo context every time", 0.6),
    ],
)
def test_a_cached_share_said_as_a_figure_is_stored(text: str, share: float) -> None:
    facts = stored(text)
    assert facts.get("cached_share") == share
    assert "input_share" not in facts  # the cache's figure is no input/output mix


@pytest.mark.parametrize(
    "text",
    [
        "our KV cache uses 80% of GPU memory",
        "no caching, 50% of the prompt is the same tho",
        "most of the prompt is the same repo context",  # no figure: nothing stored
        "does caching help if 70% of the prompt is the same?",
        "we cache 30% of answers in redis",
    ],
)
def test_no_cached_share_is_stored_otherwise(text: str) -> None:
    assert "cached_share" not in stored(text)


def test_a_mix_and_a_cache_share_said_together_are_both_read() -> None:
    facts = stored("10M tokens a day, 90% input, cache hit rate 50%")
    assert facts["input_share"] == 0.9 and facts["cached_share"] == 0.5


def test_a_stated_cache_share_prices_the_input_at_the_cache_price(catalog) -> None:
    _, session = conversation(
        catalog,
        "20M tokens a day, 85% input, steady, no compliance, no ML team, GPT-5 class quality needed",
        "half of each prompt is the same system prompt, 50% of the input is cached",
        "just tell me",
    )
    analysis = session.analyze_baseline()
    gpt5 = next(r for r in analysis.table if r.name == "GPT-5")
    # 600M tokens a month: 510M input, half at GPT-5's $1.25 and half at its $0.125 cached price, 90M output at $10
    assert gpt5.monthly_usd == pytest.approx(255 * 1.25 + 255 * 0.125 + 90 * 10, abs=0.01)


def test_caching_named_without_a_share_is_a_what_if_at_an_assumed_share() -> None:
    change = detect("what about with prompt caching? most of the prompt is the same repo context")
    assert change is not None and change.cached_share == 0.5
    assert "assumed" in change.label
    said = detect("what if the cache hit rate were 70%?")
    assert said is not None and said.cached_share == 0.7 and "assumed" not in said.label
    assert detect("what about a cache miss storm") is None


def test_a_cached_api_price_moves_the_breakeven_further_out(catalog) -> None:
    line = SelfHostLine(name="fleet", fixed_monthly_usd=1000, unit_monthly_usd=2000, unit_capacity_tokens_per_month=1e9)
    price = catalog.api_price("gpt-5")
    plain = fleet_breakeven(price, line, catalog, 0.85)
    cached = fleet_breakeven(price, line, catalog, 0.85, cached_share=0.5)
    assert cached.blended_usd_per_mtok == pytest.approx(0.85 * (0.5 * 1.25 + 0.5 * 0.125) + 0.15 * 10, rel=1e-6)
    assert plain.blended_usd_per_mtok == pytest.approx(0.85 * 1.25 + 0.15 * 10, rel=1e-6)
    assert (cached.breakeven_tokens_per_month or 0) > (plain.breakeven_tokens_per_month or 0)
