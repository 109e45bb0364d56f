import pytest
from pydantic import ValidationError

from tools.api_cost import Workload, api_cost, rank_api_costs
from tools.results import Conventions


def cost(catalog, model, wl, mode="articles"):
    return api_cost(wl, catalog.api_price(model, mode), catalog)


def test_daily_monthly_yearly_from_a_split_workload(catalog) -> None:
    wl = Workload.from_total(10e6, 0.5, per="day")
    r = cost(catalog, "gpt-5", wl)
    # 5M in x $1.25 + 5M out x $10 per day
    assert r.daily_usd == pytest.approx(56.25)
    assert r.monthly_usd == pytest.approx(56.25 * 30)
    assert r.yearly_usd == pytest.approx(56.25 * 30 * 12)
    assert r.blended_usd_per_mtok == pytest.approx(5.625)
    assert r.price_source == "article" and r.source.article == "devtk-real-cost-breakdown-2026"
    assert any("30 days" in a for a in r.assumptions)


def test_zero_volume_costs_nothing(catalog) -> None:
    r = cost(catalog, "claude-opus", Workload.from_total(0))
    assert (r.daily_usd, r.monthly_usd, r.yearly_usd) == (0, 0, 0)


def test_all_input_pays_only_input_price(catalog) -> None:
    r = cost(catalog, "gpt-4o", Workload.from_total(1e9, input_share=1.0))
    assert r.output_monthly_usd == 0
    assert r.monthly_usd == pytest.approx(1000 * 2.5)


def test_huge_volume_stays_finite_and_linear(catalog) -> None:
    big = cost(catalog, "gpt-5", Workload.from_total(1e15, 0.5))
    small = cost(catalog, "gpt-5", Workload.from_total(1e9, 0.5))
    assert big.monthly_usd == pytest.approx(small.monthly_usd * 1e6, rel=1e-9)


def test_impossible_volumes_are_refused() -> None:
    with pytest.raises(ValidationError, match="beyond any real workload"):
        Workload.from_total(1e30)
    with pytest.raises(ValueError, match="negative"):
        Workload.from_total(-1)
    with pytest.raises(ValueError, match="input share"):
        Workload.from_total(1e6, input_share=1.5)


def test_days_per_month_convention_changes_monthly_not_daily(catalog) -> None:
    wl30 = Workload.from_total(1e6, per="day")
    wl31 = Workload.from_total(1e6, per="day", conventions=Conventions(days_per_month=31))
    a, b = cost(catalog, "gpt-5", wl30), cost(catalog, "gpt-5", wl31)
    assert a.daily_usd == b.daily_usd
    assert b.monthly_usd == pytest.approx(a.monthly_usd * 31 / 30, abs=0.01)
    assert any("31 days" in x for x in b.assumptions)


def test_long_context_tier_applies_above_threshold(catalog) -> None:
    short = cost(catalog, "gemini-2.5-pro", Workload.from_total(1e9, request_input_tokens=100_000), "auto")
    long = cost(catalog, "gemini-2.5-pro", Workload.from_total(1e9, request_input_tokens=300_000), "auto")
    assert long.input_usd_per_mtok > short.input_usd_per_mtok
    assert long.monthly_usd > short.monthly_usd
    assert any("long-context tier" in a for a in long.assumptions)


def test_cached_share_uses_cached_price(catalog) -> None:
    wl = Workload.from_total(1e9, input_share=1.0, cached_share=0.5)
    r = cost(catalog, "gpt-5", wl, "auto")
    assert r.monthly_usd == pytest.approx(500 * 1.25 + 500 * 0.125)
    no_cache_price = cost(catalog, "llama-3.3-70b", wl)
    assert any("no cached-input price" in n for n in no_cache_price.notes)


def test_batch_share_takes_provider_discount(catalog) -> None:
    full = cost(catalog, "gpt-4o", Workload.from_total(1e9))
    half = cost(catalog, "gpt-4o", Workload.from_total(1e9, batch_share=1.0))
    assert half.monthly_usd == pytest.approx(full.monthly_usd / 2)
    assert any(s.article == "cost-illusion" for s in half.sources)
    grok = cost(catalog, "grok-3", Workload.from_total(1e9, batch_share=1.0))
    assert any("no batch discount" in n for n in grok.notes)


def test_ranking_is_cheapest_first(catalog) -> None:
    ranked = rank_api_costs(Workload.from_total(1e9), ["claude-opus", "gpt-4.1-nano", "gpt-5"], catalog, "articles")
    assert [r.model for r in ranked.results] == ["gpt-4.1-nano", "gpt-5", "claude-opus"]
    assert len(ranked.sources) == 3
