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


# Expectations below are worked out by hand from the published per-million prices.


def test_vendor_prices_for_deepseek_and_mistral(catalog) -> None:
    wl = Workload.from_total(10e6, 0.5, per="day")
    deepseek = cost(catalog, "deepseek-v3.2", wl, "auto")
    # 5M in x $0.28 + 5M out x $0.42 = $1.40 + $2.10 a day (DeepSeek's own price page)
    assert deepseek.daily_usd == pytest.approx(3.50)
    assert deepseek.monthly_usd == pytest.approx(105.00)
    assert deepseek.price_source == "vendor" and deepseek.source.kind == "vendor"
    mistral = cost(catalog, "mistral-small-3.1", wl, "auto")
    # 5M x $0.10 + 5M x $0.30 = $2.00 a day
    assert mistral.daily_usd == pytest.approx(2.00)
    # the article's figures are still there under --prices articles: 5M x $0.27 + 5M x $1.10
    assert cost(catalog, "deepseek-v3.2", wl).daily_usd == pytest.approx(6.85)


def test_gemini_batch_discount(catalog) -> None:
    wl = Workload.from_total(1e9, 0.5, batch_share=1.0)
    r = cost(catalog, "gemini-2.5-pro", wl, "auto")
    # (500 x $1.25 + 500 x $10) / 2
    assert r.monthly_usd == pytest.approx(2812.50)
    assert any(s.kind == "vendor" and "Batch" in s.title for s in r.sources)
    half = cost(catalog, "gemini-2.5-flash", Workload.from_total(1e9, 0.5, batch_share=0.5), "articles")
    # 500 x $0.15 + 500 x $0.60 = $375, three quarters of it after half the traffic at half price
    assert half.monthly_usd == pytest.approx(375 * 0.75)


def test_cache_writes_pay_the_providers_premium(catalog) -> None:
    wl = Workload.from_total(1e9, input_share=1.0, cached_share=0.5, cache_write_share=0.2)
    r = cost(catalog, "claude-sonnet-4.5", wl, "auto")
    # 500M reads x $0.30 + 200M writes x $3.75 + 300M uncached x $3.00
    assert r.monthly_usd == pytest.approx(150 + 750 + 900)
    assert r.cache_write_usd_per_mtok == pytest.approx(3.75)
    # OpenAI charges no premium to write: writes cost the input price ($1.25)
    gpt = cost(catalog, "gpt-5", wl, "articles")
    assert gpt.monthly_usd == pytest.approx(500 * 0.125 + 200 * 1.25 + 300 * 1.25)


def test_cache_read_without_write_share_warns_about_the_premium(catalog) -> None:
    wl = Workload.from_total(1e9, input_share=1.0, cached_share=0.5)
    sonnet = cost(catalog, "claude-sonnet-4.5", wl, "auto")
    assert sonnet.monthly_usd == pytest.approx(500 * 0.30 + 500 * 3.0)
    assert any("write the cache" in n for n in sonnet.notes)
    assert not any("write the cache" in n for n in cost(catalog, "gpt-5", wl, "auto").notes)


def test_article_prices_get_provider_cache_terms(catalog) -> None:
    wl = Workload.from_total(1e9, input_share=1.0, cached_share=0.5)
    opus = cost(catalog, "claude-opus", wl)
    # 500M x $15 + 500M x $1.50 (a tenth of the input price)
    assert opus.monthly_usd == pytest.approx(7500 + 750)
    assert not any("no cached-input price" in n for n in opus.notes)


def test_cache_and_batch_discounts_stack(catalog) -> None:
    wl = Workload.from_total(1e9, input_share=1.0, cached_share=0.5, batch_share=1.0)
    r = cost(catalog, "claude-sonnet-4.5", wl, "auto")
    assert r.monthly_usd == pytest.approx((500 * 0.30 + 500 * 3.0) / 2)


@pytest.mark.parametrize(("request_tokens", "monthly"), [(100_000, 5625.0), (300_000, 8750.0)])
def test_long_context_tier_under_article_prices(catalog, request_tokens, monthly) -> None:
    wl = Workload.from_total(1e9, 0.5, request_input_tokens=request_tokens)
    r = cost(catalog, "gemini-2.5-pro", wl, "articles")
    # 500 x $1.25 + 500 x $10 below 200K input tokens; 500 x $2.50 + 500 x $15 above
    assert r.monthly_usd == pytest.approx(monthly)
    assert r.price_source == "article"
    if request_tokens > 200_000:
        assert any(s.kind == "catalog" for s in r.sources)


def test_cache_reads_and_writes_cannot_exceed_input() -> None:
    with pytest.raises(ValidationError, match="cannot exceed"):
        Workload.from_total(1e6, cached_share=0.7, cache_write_share=0.4)


@pytest.mark.parametrize(
    ("slug", "daily"),
    [
        ("gpt-5-mini", 5 * 0.25 + 5 * 2.00),
        ("claude-haiku-4.5", 5 * 1.00 + 5 * 5.00),
        ("gemini-2.5-flash-lite", 5 * 0.10 + 5 * 0.40),
    ],
)
def test_cheaper_tiers_cost(catalog, slug, daily) -> None:
    r = cost(catalog, slug, Workload.from_total(10e6, 0.5, per="day"), "auto")
    assert r.daily_usd == pytest.approx(daily)


def test_compare_lists_cheaper_tiers_and_flags_small_models(catalog) -> None:
    from tools.compare import ComparisonInput, compare

    result = compare(ComparisonInput(workload=Workload.from_total(50e6, 0.5, per="day"), prices="articles"), catalog)
    names = {o.model for o in result.options}
    assert {"gpt-5-mini", "claude-haiku-4.5", "gemini-2.5-flash-lite"} <= names
    by_model = {(o.model, o.kind): o for o in result.options}
    nano = by_model[("gpt-4.1-nano", "api")]
    assert nano.quality_tier == "small" and nano.caveat and "frontier" in nano.caveat
    assert by_model[("gpt-4.1-nano", "batch_api")].caveat
    assert by_model[("gpt-5", "api")].caveat is None
    assert by_model[("gpt-5", "api")].quality_tier == "frontier"


def test_no_caveat_when_nothing_better_is_ranked(catalog) -> None:
    from tools.compare import ComparisonInput, compare

    wl = Workload.from_total(50e6, 0.5, per="day")
    only_small = compare(ComparisonInput(workload=wl, models=["gpt-4.1-nano", "gemini-2.5-flash-lite"]), catalog)
    assert all(o.caveat is None for o in only_small.options)
    with_strong = compare(ComparisonInput(workload=wl, models=["gpt-4.1-nano", "deepseek-v3.2"]), catalog)
    nano = next(o for o in with_strong.options if o.model == "gpt-4.1-nano" and o.kind == "api")
    assert nano.caveat and "strong" in nano.caveat


def test_cli_vendor_price_cache_writes_and_provider_terms(advisor) -> None:
    r = advisor("api-cost", "--model", "deepseek-v3.2", "--tokens-per-day", "10M", "--json")
    assert r.code == 0, r.err
    assert r.json()["monthly_usd"] == pytest.approx(105.0)
    assert r.json()["price_source"] == "vendor"
    r = advisor(
        "api-cost", "--model", "claude-haiku-4.5", "--tokens-per-month", "1B", "--input-share", "1",
        "--cached-share", "50%", "--cache-write-share", "0.2", "--json",
    )  # fmt: skip
    assert r.code == 0, r.err
    # 500M x $0.10 + 200M x $1.25 + 300M x $1.00
    assert r.json()["monthly_usd"] == pytest.approx(50 + 250 + 300)
    r = advisor("api-cost", "--model", "gpt-5", "--tokens-per-day", "1M", "--cached-share", "0.9",
                "--cache-write-share", "0.2")  # fmt: skip
    assert r.code == 2 and "--cache-write-share" in r.err
    terms = {t["provider"]: t for t in advisor("prices", "--json").json()["provider_terms"]}
    assert terms["google"]["batch_discount"] == 0.5 and terms["google"]["batch_discount_source"]["as_of"]
    assert terms["anthropic"]["cache_write_multiplier"] == 1.25
    one = advisor("prices", "--model", "gemini-2.5-pro", "--prices", "articles", "--json").json()["model"]
    assert one["tiers"][0]["input_usd_per_mtok"] == 2.5 and one["price_source"] == "article"
    text = advisor("compare", "--tokens-per-day", "50M").out
    assert "Quality caveats" in text and "GPT-4.1 Nano" in text


def test_cli_price_list_under_catalog_prices_names_what_the_snapshot_lacks(advisor) -> None:
    r = advisor("prices", "--prices", "catalog", "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert "llama-3.3-70b" in data["unpriced"]
    assert all(m["price_source"] == "catalog" for m in data["models"])
    assert "Traceback" not in advisor("prices", "--prices", "catalog").err


def test_ranking_flags_small_models_beside_frontier_ones(catalog, advisor) -> None:
    ranked = rank_api_costs(Workload.from_total(1e9), ["gpt-5", "gpt-4.1-nano", "gpt-5-mini"], catalog)
    caveats = {r.model: r.quality_caveat for r in ranked.results}
    assert caveats["gpt-4.1-nano"] and caveats["gpt-5"] is None and caveats["gpt-5-mini"] is None
    same_tier = rank_api_costs(Workload.from_total(1e9), ["gpt-4.1-nano", "gemini-2.5-flash-lite"], catalog)
    assert all(r.quality_caveat is None for r in same_tier.results)
    text = advisor("api-cost", "--model", "gpt-5,gpt-4.1-nano", "--tokens-per-day", "10M").out
    assert "Quality caveats" in text and "GPT-4.1 Nano" in text
