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
    anthropic, src = catalog.batch_discount(catalog.api_price("claude-sonnet-4.5").price)
    assert anthropic == 0.5 and src is not None and src.kind == "catalog"
    assert catalog.batch_discount(catalog.api_price("grok-3").price)[0] is None


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
