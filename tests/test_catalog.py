from pathlib import Path

import pytest

from tools.catalog import CatalogError, UnknownNameError, load_catalog
from tools.genai_catalog import all_catalog_prices, snapshot_date

ARTICLE_SLUGS = [
    "gpt-5",
    "claude-sonnet-4.5",
    "gemini-2.5-pro",
    "grok-3",
    "deepseek-v3.2",
    "gemini-2.5-flash",
    "gpt-4.1-nano",
    "mistral-small-3.1",
    "llama-3.3-70b",
    "gpt-4o",
    "claude-3.5-sonnet",
    "claude-opus",
    "claude-opus-4.5",
    "together/llama-3.3-70b",
    "groq/llama-3.3-70b",
]


@pytest.mark.parametrize("slug", ARTICLE_SLUGS)
def test_every_article_model_has_a_sourced_article_price(catalog, slug) -> None:
    resolved = catalog.api_price(slug, "articles")
    assert resolved.origin == "article"
    assert resolved.price.source.kind == "article"
    assert resolved.price.source.section
    assert resolved.price.source.as_of.startswith("2026")


def test_article_prices_are_the_articles(catalog) -> None:
    def pair(slug):
        p = catalog.api_price(slug, "articles").price
        return (p.input_usd_per_mtok, p.output_usd_per_mtok)

    assert pair("gpt-5") == (1.25, 10.0)
    assert pair("claude-opus") == (15.0, 75.0)
    assert pair("claude-opus-4.5") == (5.0, 25.0)
    assert pair("groq/llama-3.3-70b") == (0.59, 0.79)
    assert pair("deepseek-v3.2") == (0.27, 1.10)


@pytest.mark.parametrize("name", ["GPT-5", "gpt5", "gpt 5", " Gpt-5 ", "openai gpt-5"])
def test_names_match_case_and_spelling_insensitively(catalog, name) -> None:
    assert catalog.api_price(name, "articles").price.slug == "gpt-5"


def test_auto_prefers_catalog_and_says_where_prices_differ(catalog) -> None:
    flash = catalog.api_price("gemini-2.5-flash")
    assert flash.origin == "catalog"
    assert flash.price.source.kind == "catalog"
    assert flash.price.source.as_of == snapshot_date() == "2026-11-10"
    assert any("article price differs" in n and "$0.15" in n for n in flash.notes)
    same = catalog.api_price("gpt-5")
    assert same.origin == "catalog" and same.notes == ()


def test_auto_falls_back_to_article_when_catalog_lacks_model(catalog) -> None:
    meta = catalog.api_price("llama-3.3-70b")
    assert meta.origin == "article"
    assert meta.notes
    with pytest.raises(LookupError, match="--prices articles"):
        catalog.api_price("llama-3.3-70b", "catalog")


def test_catalog_knows_models_the_articles_do_not(catalog) -> None:
    gpt41 = catalog.api_price("gpt-4.1")
    assert gpt41.origin == "catalog"
    assert gpt41.price.input_usd_per_mtok > 0
    with pytest.raises(UnknownNameError):
        catalog.api_price("gpt-4.1", "articles")


def test_long_context_tiers_and_cached_prices_come_from_catalog(catalog) -> None:
    pro = catalog.api_price("gemini-2.5-pro").price
    assert pro.tiers and pro.tiers[0].above_input_tokens == 200_000
    assert pro.tiers[0].input_usd_per_mtok > pro.input_usd_per_mtok
    assert catalog.api_price("gpt-5").price.cached_input_usd_per_mtok == pytest.approx(0.125)


def test_unknown_model_gives_close_matches(catalog) -> None:
    with pytest.raises(UnknownNameError) as info:
        catalog.api_price("claude-sonet-4.5")
    assert "claude-sonnet-4.5" in info.value.hints


def test_catalog_snapshot_is_large_and_text_only() -> None:
    prices = all_catalog_prices()
    assert len(prices) > 500
    assert all(p.input_usd_per_mtok >= 0 and p.output_usd_per_mtok >= 0 for p in prices.values())


def test_batch_discounts_per_provider(catalog) -> None:
    discount, source = catalog.batch_discount(catalog.api_price("gpt-4o").price)
    assert discount == 0.5 and source is not None and source.article == "cost-illusion"
    # Gemini's batch mode is half price (Google, July 2025); the snapshot does not say so
    for model, provider in [
        ("gemini-2.5-pro", "google"),
        ("gemini-2.5-flash", "google"),
        ("claude-sonnet-4.5", "anthropic"),
    ]:
        price = catalog.api_price(model).price
        assert price.provider == provider
        value, src = catalog.batch_discount(price)
        assert value == 0.5, model
        assert src is not None and src.kind == "vendor" and src.as_of.startswith("2025"), model
    assert catalog.batch_discount(catalog.api_price("grok-3").price)[0] is None
    # a provider spelled differently in the snapshot ('x-ai') and in the data ('xai') is one provider
    assert catalog.cache_terms_for("x-ai") is catalog.cache_terms_for("xai") is not None


VENDOR_PRICES = [
    # slug, the vendor's published input / output / cache-hit USD per Mtok
    ("deepseek-v3.2", 0.28, 0.42, 0.028),  # DeepSeek API docs, Models & Pricing (V3.2)
    ("mistral-small-3.1", 0.10, 0.30, None),  # Mistral pricing, mistral-small-2503
]


@pytest.mark.parametrize(("slug", "inp", "out", "hit"), VENDOR_PRICES)
def test_vendor_price_replaces_a_resellers_copy_in_the_snapshot(catalog, slug, inp, out, hit) -> None:
    resolved = catalog.api_price(slug)
    assert resolved.origin == "vendor"
    assert resolved.price.source.kind == "vendor" and resolved.price.source.as_of.startswith("2025")
    assert (resolved.price.input_usd_per_mtok, resolved.price.output_usd_per_mtok) == (inp, out)
    assert resolved.price.cached_input_usd_per_mtok == hit
    assert any("reseller" in n for n in resolved.notes)
    # the snapshot's own entry is still what --prices catalog shows, with the vendor's price beside it
    snap = catalog.api_price(slug, "catalog")
    assert snap.origin == "catalog"
    assert (snap.price.input_usd_per_mtok, snap.price.output_usd_per_mtok) != (inp, out)
    assert any(f"${inp:g} in / ${out:g} out" in n for n in snap.notes)
    # and the article's own figure under --prices articles
    assert catalog.api_price(slug, "articles").origin == "article"


def test_vendor_entry_is_used_only_against_a_resellers_copy(catalog) -> None:
    # GPT-5's snapshot entry is OpenAI's own price: the catalog stays the source
    assert catalog.api_price("gpt-5").origin == "catalog"
    # a snapshot entry that agrees with the vendor is kept, whatever resellers list
    assert catalog.api_price("claude-haiku-4.5").origin == "catalog"


CHEAPER_TIERS = [
    # slug, vendor, input / output USD per Mtok from the vendors' price pages, quality tier
    ("gpt-5-mini", "openai", 0.25, 2.00, "strong"),
    ("claude-haiku-4.5", "anthropic", 1.00, 5.00, "strong"),
    ("gemini-2.5-flash-lite", "google", 0.10, 0.40, "small"),
]


@pytest.mark.parametrize(("slug", "provider", "inp", "out", "tier"), CHEAPER_TIERS)
@pytest.mark.parametrize("mode", ["auto", "articles", "catalog"])
def test_cheaper_same_vendor_tiers_are_priced_in_every_mode(catalog, slug, provider, inp, out, tier, mode) -> None:
    resolved = catalog.api_price(slug, mode)
    p = resolved.price
    assert p.slug == slug and p.provider == provider
    assert (p.input_usd_per_mtok, p.output_usd_per_mtok) == (inp, out)
    assert p.quality_tier == tier and p.quality_source is not None
    assert resolved.origin == ("vendor" if mode == "articles" else "catalog")


@pytest.mark.parametrize("name", ["Claude Haiku 4.5", "haiku-4.5", "GPT-5 mini", "gpt5 mini", "Gemini Flash-Lite"])
def test_cheaper_tiers_are_found_by_their_usual_names(catalog, name) -> None:
    assert catalog.api_price(name).price.slug in {s for s, *_ in CHEAPER_TIERS}


def test_every_featured_model_has_a_sourced_quality_tier(catalog) -> None:
    from tools.compare import FEATURED_MODELS

    for slug in FEATURED_MODELS:
        p = catalog.api_price(slug, "articles").price
        assert p.quality_tier in {"frontier", "strong", "small"}, slug
        assert p.quality_source is not None and p.quality_source.as_of, slug
    assert catalog.api_price("gpt-4.1-nano").price.quality_tier == "small"
    assert catalog.api_price("gpt-5").price.quality_tier == "frontier"


def test_cache_write_premium_per_provider(catalog) -> None:
    sonnet = catalog.api_price("claude-sonnet-4.5").price
    # Anthropic: 5-minute write 1.25x, one-hour write 2x, read 0.1x the $3 input price
    assert sonnet.cache_write_usd_per_mtok == pytest.approx(3.75)
    assert sonnet.cache_write_1h_usd_per_mtok == pytest.approx(6.0)
    assert sonnet.cached_input_usd_per_mtok == pytest.approx(0.30)
    # article prices carry no cache prices; the provider's terms fill them ($15 x 1.25, $15 x 0.1)
    opus = catalog.api_price("claude-opus", "articles").price
    assert opus.cache_write_usd_per_mtok == pytest.approx(18.75)
    assert opus.cached_input_usd_per_mtok == pytest.approx(1.5)
    assert opus.cache_source is not None and opus.cache_source.kind in {"vendor", "catalog"}
    # OpenAI and Gemini: no write premium
    assert catalog.api_price("gpt-5", "articles").price.cache_write_usd_per_mtok == pytest.approx(1.25)
    flash = catalog.api_price("gemini-2.5-flash", "articles").price
    assert flash.cache_write_usd_per_mtok == pytest.approx(0.15)
    assert flash.cached_input_usd_per_mtok == pytest.approx(0.015)


@pytest.mark.parametrize(
    ("slug", "inp", "out"),
    [("gemini-2.5-pro", 2.50, 15.00), ("claude-sonnet-4.5", 6.00, 22.50)],  # above 200K input tokens
)
def test_long_context_tiers_also_under_article_prices(catalog, slug, inp, out) -> None:
    resolved = catalog.api_price(slug, "articles")
    assert resolved.origin == "article"
    (tier,) = resolved.price.tiers
    assert tier.above_input_tokens == 200_000
    assert (tier.input_usd_per_mtok, tier.output_usd_per_mtok) == (inp, out)
    assert tier.source is not None and tier.source.kind == "catalog"
    assert any("long-context" in n for n in resolved.notes)


def test_override_file_can_set_batch_cache_terms_and_vendor_prices(tmp_path: Path) -> None:
    f = tmp_path / "terms.toml"
    f.write_text(
        "[batch_discounts]\nxai = 0.25\n\n"
        "[cache_terms.mistral]\nread_multiplier = 0.2\nwrite_multiplier = 1.5\n\n"
        '[[vendor_api]]\nslug = "mistral-small-3.1"\nname = "Mistral Small 3.1"\nprovider = "mistral"\n'
        "input_usd_per_mtok = 0.12\noutput_usd_per_mtok = 0.36\n"
    )
    cat = load_catalog(f)
    value, source = cat.batch_discount(cat.api_price("grok-3").price)
    assert value == 0.25 and source is not None and source.kind == "user"
    small = cat.api_price("mistral-small-3.1").price
    assert (small.input_usd_per_mtok, small.output_usd_per_mtok) == (0.12, 0.36)
    assert small.cached_input_usd_per_mtok == pytest.approx(0.024)
    assert small.cache_write_usd_per_mtok == pytest.approx(0.18)
    bad = tmp_path / "bad.toml"
    bad.write_text("[batch_discounts]\nopenai = 1.5\n")
    with pytest.raises(CatalogError, match="batch_discounts"):
        load_catalog(bad)


def test_gpu_offers_and_discount_ranges(catalog) -> None:
    for name, rate in [
        ("L4", 0.70),
        ("a10g", 1.0),
        ("A100", 2.0),
        ("h100", 3.5),
        ("4x-a100-80gb", 8.0),
        ("8x H100", 30.0),
    ]:
        assert catalog.gpu_offer(name).usd_per_hour == pytest.approx(rate)
    assert catalog.gpu_offer("a100-40gb").source.kind == "assumption"
    assert catalog.gpu_offer("h200").gpu == "h200"
    assert (catalog.spot_discount.low, catalog.spot_discount.high) == (0.4, 0.6)
    assert catalog.reserved_discount.source.kind == "assumption"
    assert catalog.hardware_item("4090").price_usd == 1600
    assert catalog.hardware_item("mac-m4-max-128gb").memory_gb == 128


def test_override_file_adds_and_replaces(tmp_path: Path) -> None:
    f = tmp_path / "prices.toml"
    f.write_text(
        '[[api]]\nslug = "gpt-5"\nname = "GPT-5 (negotiated)"\nprovider = "openai"\n'
        "input_usd_per_mtok = 1.0\noutput_usd_per_mtok = 8.0\n\n"
        '[[api]]\nslug = "inhouse-router"\nname = "Router"\nprovider = "us"\n'
        "input_usd_per_mtok = 0.01\noutput_usd_per_mtok = 0.02\n\n"
        '[[gpu_offers]]\nslug = "h100"\ngpu = "h100"\ncount = 1\nusd_per_hour = 2.10\n'
    )
    cat = load_catalog(f)
    gpt5 = cat.api_price("gpt-5")
    assert gpt5.origin == "user" and gpt5.price.output_usd_per_mtok == 8.0
    assert gpt5.price.source.kind == "user" and gpt5.price.source.title == "prices.toml"
    assert cat.api_price("inhouse-router").price.input_usd_per_mtok == 0.01
    assert cat.gpu_offer("h100").usd_per_hour == 2.10
    # the base catalog is untouched
    assert load_catalog().gpu_offer("h100").usd_per_hour == 3.5


@pytest.mark.parametrize(
    ("body", "needles"),
    [
        (
            '[[api]]\nslug = "x"\nname = "X"\nprovider = "p"\ninput_usd_per_mtok = -1\noutput_usd_per_mtok = 1\n',
            ["api[0]", "'x'", "input_usd_per_mtok"],
        ),
        (
            '[[gpu_offers]]\nslug = "g"\ngpu = "h100"\ncount = 1\n',
            ["gpu_offers[0]", "usd_per_hour"],
        ),
        ("[[api]]\nslug = ", ["not valid toml"]),
        (
            '[[api]]\nslug = "x"\nname = "X"\nprovider = "p"\ninput_usd_per_mtok = 1\n'
            'output_usd_per_mtok = 1\ncolour = "red"\n',
            ["api[0]", "colour"],
        ),
    ],
)
def test_bad_override_file_names_file_entry_and_field(tmp_path: Path, body, needles) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(body)
    with pytest.raises(CatalogError) as info:
        load_catalog(f)
    message = str(info.value)
    assert str(f) in message
    for needle in needles:
        assert needle in message


def test_override_file_in_json_and_unknown_gpu_reference(tmp_path: Path) -> None:
    good = tmp_path / "p.json"
    good.write_text(
        '{"api": [{"slug": "m", "name": "M", "provider": "p", "input_usd_per_mtok": 2, "output_usd_per_mtok": 3}]}'
    )
    assert load_catalog(good).api_price("m").price.output_usd_per_mtok == 3
    bad = tmp_path / "g.json"
    bad.write_text('{"gpu_offers": [{"slug": "z", "gpu": "tpu-v9", "count": 1, "usd_per_hour": 1}]}')
    with pytest.raises(CatalogError, match="tpu-v9"):
        load_catalog(bad)
    yaml = tmp_path / "p.yaml"
    yaml.write_text("api: []")
    with pytest.raises(CatalogError, match=r"\.toml or \.json"):
        load_catalog(yaml)
    with pytest.raises(CatalogError, match="cannot read"):
        load_catalog(tmp_path / "missing.toml")


def test_quality_tiers_agree_with_the_decision_rules(catalog) -> None:
    from assistant.decision.rules import model_data

    facts = model_data().models
    assert {"gpt-5-mini", "claude-haiku-4.5", "gemini-2.5-flash-lite"} <= {m.slug for m in facts}
    for m in facts:
        assert catalog.api_price(m.slug, "articles").price.quality_tier == m.tier, m.slug


def test_lower_case_snapshot_names_are_written_as_their_vendors_write_them() -> None:
    from tools.genai_catalog import display_name

    assert display_name("gpt 4o mini") == "GPT-4o mini"
    assert display_name("gpt 3.5 turbo") == "GPT-3.5 Turbo"
    assert display_name("gemini 2.0 flash lite") == "Gemini 2.0 Flash Lite"
    assert display_name("gpt-oss-120b") == "gpt-oss-120b"  # OpenAI writes this one in lower case
    assert display_name("Claude Sonnet 4.5") == "Claude Sonnet 4.5"  # a vendor's spelling is kept
    price = load_catalog().api_price("gpt-4o-mini").price
    assert price.name == "GPT-4o mini", price.name
