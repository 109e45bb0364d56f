"""Read API prices from the bundled, dated snapshot of the `genai-prices` package (no network)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import cache
from importlib.metadata import version
from typing import Any

from tools.catalog_models import ApiKind, ApiPrice, Cloud, PriceTier
from tools.sources import Source

# Release dates of the genai-prices versions this project has been checked against.
SNAPSHOT_DATES = {"0.2.3": "2026-11-10"}

# Where the article slugs live in the catalog: (provider id, model ref).
ARTICLE_TO_CATALOG: dict[str, tuple[str, str]] = {
    "gpt-5": ("openai", "gpt-5"),
    "claude-sonnet-4.5": ("anthropic", "claude-sonnet-4-5"),
    "gemini-2.5-pro": ("google", "gemini-2.5-pro"),
    "grok-3": ("x-ai", "grok-3"),
    "deepseek-v3.2": ("deepseek", "deepseek-v3.2"),
    "gemini-2.5-flash": ("google", "gemini-2.5-flash"),
    "gpt-4.1-nano": ("openai", "gpt-4.1-nano"),
    "mistral-small-3.1": ("mistral", "mistral-small-3.1-24b-instruct"),
    "mistral-medium-3.1": ("mistral", "mistral-medium-3-1"),
    "gpt-4o": ("openai", "gpt-4o"),
    "claude-3.5-sonnet": ("anthropic", "claude-3-5-sonnet"),
    "claude-opus": ("anthropic", "claude-3-opus"),
    "claude-opus-4.5": ("anthropic", "claude-opus-4-5"),
    "together/llama-3.3-70b": ("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    "groq/llama-3.3-70b": ("groq", "llama-3.3-70b-versatile"),
    "gpt-5-mini": ("openai", "gpt-5-mini"),
    "gpt-5-nano": ("openai", "gpt-5-nano"),
    "claude-haiku-4.5": ("anthropic", "claude-haiku-4-5"),
    "gemini-2.5-flash-lite": ("google", "gemini-2.5-flash-lite"),
}

# Dedicated cloud deployments of the same models (data stays in your cloud tenancy and region), each model on
# every cloud the snapshot prices it on. Google's entries are its list prices for Gemini and for the Claude
# models on Vertex AI.
DEDICATED_EQUIVALENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "gpt-5": (("Azure OpenAI", "azure/gpt-5"),),
    "gpt-4o": (("Azure OpenAI", "azure/gpt-4o"),),
    "gpt-4.1-nano": (("Azure OpenAI", "azure/gpt-4.1-nano"),),
    "gpt-5-mini": (("Azure OpenAI", "azure/gpt-5-mini"),),
    "gpt-5-nano": (("Azure OpenAI", "azure/gpt-5-nano"),),
    # not in the default price list, priced when the user names them (today's model, a comparison)
    "gpt-4o-mini": (("Azure OpenAI", "azure/gpt-4o-mini"),),
    "gpt-4.1": (("Azure OpenAI", "azure/gpt-4.1"),),
    "gpt-4.1-mini": (("Azure OpenAI", "azure/gpt-4.1-mini"),),
    "claude-sonnet-4.5": (
        ("AWS Bedrock", "aws/global.anthropic.claude-sonnet-4-5-20250929-v1:0"),
        ("Google Vertex AI", "google/claude-sonnet-4-5"),
    ),
    "claude-opus-4.5": (
        ("AWS Bedrock", "aws/global.anthropic.claude-opus-4-5-v1:0"),
        ("Google Vertex AI", "google/claude-opus-4-5"),
    ),
    "claude-3.5-sonnet": (("AWS Bedrock", "aws/regional.anthropic.claude-3-5-sonnet-20241022-v2:0"),),
    "claude-haiku-4.5": (
        ("AWS Bedrock", "aws/global.anthropic.claude-haiku-4-5-20251001-v1:0"),
        ("Google Vertex AI", "google/claude-haiku-4-5"),
    ),
    "gemini-2.5-pro": (("Google Vertex AI", "google/gemini-2.5-pro"),),
    "gemini-2.5-flash": (("Google Vertex AI", "google/gemini-2.5-flash"),),
    "gemini-2.5-flash-lite": (("Google Vertex AI", "google/gemini-2.5-flash-lite"),),
}
# the vendors whose own models the clouds above deploy: a model priced from the snapshot under its vendor's id
# ("openai/gpt-4o-mini", named by the user) is the same model as the key without it
_DEPLOYED_VENDORS = ("openai/", "anthropic/", "google/")


def dedicated_equivalents(slug: str) -> tuple[tuple[str, str], ...]:
    """The dedicated cloud deployments of the model ``slug`` (a price-list slug or a snapshot id under its own
    vendor): (label, catalog ref) pairs, none for a model no cloud deploys or one sold by a reseller."""
    if slug in DEDICATED_EQUIVALENTS:
        return DEDICATED_EQUIVALENTS[slug]
    vendor = next((v for v in _DEPLOYED_VENDORS if slug.startswith(v)), None)
    return DEDICATED_EQUIVALENTS.get(slug[len(vendor) :], ()) if vendor else ()


# the cloud each deployment runs in, by its label above (carried on the price and the option as ``cloud``)
DEDICATED_CLOUD_OF: dict[str, Cloud] = {"Azure OpenAI": "azure", "AWS Bedrock": "aws", "Google Vertex AI": "gcp"}


# Pricing a dedicated deployment that must keep processing in one region. AWS Bedrock's "global." profiles may
# route a request to any commercial Region; the snapshot's "regional." entry for the same model is the in-Region
# and geographic-profile (EU, US, ...) price. Where a cloud's snapshot prices are its global ones and no regional
# entry exists, the global price is used and this note says so (each note cites where it comes from).
GLOBAL_PREFIX = "global."
REGIONAL_PREFIX = "regional."
GLOBAL_PRICE_NOTES: dict[str, str] = {
    "aws": (
        "regional price not in the catalog: the global cross-Region profile's price is used; in-region endpoints "
        "can cost more (AWS lists global cross-Region inference at about 10% below geographic profiles: Amazon "
        "Bedrock user guide, Global cross-Region inference)"
    ),
    "azure": (
        "regional price not in the catalog: the catalog's Azure prices are for Global deployments, which may "
        "process in any region; Data Zone and Regional deployments can cost more (genai-prices' own note on its "
        "Azure prices: regional ones are often slightly higher)"
    ),
    "google": (
        "regional price not in the catalog: Google's list price is used; some models cost more on a regional "
        "endpoint than on the global one (check the Vertex AI pricing page for the region)"
    ),
}
OPEN_WEIGHT_HOSTS = {
    "together",
    "groq",
    "fireworks",
    "cerebras",
    "novita",
    "baseten",
    "avian",
    "deepseek",
    "modal",
    "ovhcloud",
    "arcee",
    "quicksilverpro",
    "doubleword",
}
DEDICATED_CLOUDS = {"azure", "aws"}
# Providers that resell other vendors' models at their own (or passed-through) prices.
RESELLERS = {"openrouter", "cloudflare", "avian", "quicksilverpro", "github-copilot", "typesafe", "doubleword"}
# Words in a snapshot entry's comment that say its price was copied from a reseller.
_IMPORTED = ("imported from", "openrouter pricing")


@cache
def snapshot_version() -> str:
    return version("genai-prices")


def snapshot_date() -> str:
    """Release date of the installed snapshot, or 'unknown' for an unchecked version."""
    return SNAPSHOT_DATES.get(snapshot_version(), "unknown")


def catalog_source(model_id: str, provider_id: str) -> Source:
    as_of = snapshot_date()
    return Source(
        kind="catalog",
        title=f"genai-prices {snapshot_version()} bundled snapshot",
        section=f"{provider_id} / {model_id}",
        as_of=as_of if as_of != "unknown" else "2026",
    )


def _kind(provider_id: str) -> ApiKind:
    if provider_id in DEDICATED_CLOUDS:
        return "dedicated_deployment"
    if provider_id in OPEN_WEIGHT_HOSTS or provider_id.startswith("huggingface_"):
        return "open_weight_host"
    return "proprietary"


def _split(value: Any) -> tuple[float | None, dict[int, float]]:
    """Base price and {threshold: price} tiers of one genai-prices price value."""
    if value is None:
        return None, {}
    if isinstance(value, Decimal | int | float):
        return float(value), {}
    base = float(value.base)
    return base, {int(t.start): float(t.price) for t in value.tiers}


def _batch_discount(provider: Any) -> float | None:
    comments = (provider.price_comments or "").lower()
    if "batch" in comments and "50%" in comments and "only realtime" not in comments:
        return 0.5
    return None


# Brand spellings for the snapshot's all-lower-case names ("gpt 4o mini" -> "GPT-4o mini").
_BRANDS = {
    "gpt": "GPT",
    "gemini": "Gemini",
    "claude": "Claude",
    "llama": "Llama",
    "mistral": "Mistral",
    "qwen": "Qwen",
    "deepseek": "DeepSeek",
    "gemma": "Gemma",
    "grok": "Grok",
    "flash": "Flash",
    "pro": "Pro",
    "lite": "Lite",
    "turbo": "Turbo",
    "sonnet": "Sonnet",
    "haiku": "Haiku",
    "opus": "Opus",
    "vision": "Vision",
    "instruct": "Instruct",
}


def display_name(name: str) -> str:
    """A model name as its vendor writes it, where the snapshot has only a lower-case one; others unchanged."""
    if name != name.lower() or "/" in name:
        return name
    words = [_BRANDS.get(w, w) for w in name.split(" ")]
    text = " ".join(words)
    return re.sub(r"\bGPT[ -](\d)", r"GPT-\1", text)  # "GPT 4o" -> "GPT-4o", as OpenAI writes it


def convert(provider: Any, model: Any, at: datetime) -> ApiPrice | None:
    """One catalog model as an ApiPrice, or None if it has no per-token text prices."""
    prices = model.get_prices(at)
    inp, in_tiers = _split(getattr(prices, "input_mtok", None))
    out, out_tiers = _split(getattr(prices, "output_mtok", None))
    if inp is None or out is None:
        return None
    cached, cached_tiers = _split(getattr(prices, "cache_read_mtok", None))
    write, write_tiers = _split(getattr(prices, "cache_write_mtok", None))
    write_1h, _ = _split(getattr(prices, "cache_write_1h_mtok", None))
    tiers = tuple(
        PriceTier(
            above_input_tokens=start,
            input_usd_per_mtok=in_tiers.get(start, inp),
            output_usd_per_mtok=out_tiers.get(start, out),
            cached_input_usd_per_mtok=cached_tiers.get(start, cached),
            cache_write_usd_per_mtok=write_tiers.get(start, write),
        )
        for start in sorted(set(in_tiers) | set(out_tiers))
    )
    return ApiPrice(
        slug=f"{provider.id}/{model.id}".lower(),
        name=display_name(model.name or model.id),
        provider=provider.id,
        kind=_kind(provider.id),
        input_usd_per_mtok=inp,
        output_usd_per_mtok=out,
        cached_input_usd_per_mtok=cached,
        cache_write_usd_per_mtok=write,
        cache_write_1h_usd_per_mtok=write_1h,
        tiers=tiers,
        batch_discount=_batch_discount(provider),
        aliases=(model.id.lower(),),
        context_window=model.context_window,
        source=catalog_source(model.id, provider.id),
        note="deprecated by the provider" if model.deprecated else None,
    )


def evaluation_time(as_of: date | None = None) -> datetime:
    """Prices are read as in force at noon UTC on the snapshot date (or a chosen date)."""
    if as_of is None:
        known = snapshot_date()
        as_of = date.fromisoformat(known) if known != "unknown" else date.today()
    return datetime.combine(as_of, time(12, 0), tzinfo=UTC)


@cache
def all_catalog_prices(as_of: date | None = None) -> dict[str, ApiPrice]:
    """Every text model of the snapshot, keyed by 'provider/model-id'."""
    from genai_prices import data_snapshot

    at = evaluation_time(as_of)
    out: dict[str, ApiPrice] = {}
    for provider in data_snapshot.get_snapshot().providers:
        for model in provider.models:
            entry = convert(provider, model, at)
            if entry is not None:
                out[entry.slug] = entry
    return out


@cache
def find_catalog_price(ref: str, as_of: date | None = None) -> ApiPrice | None:
    """The catalog's entry for an article slug or any reference genai-prices can match."""
    from genai_prices import data_snapshot

    snap = data_snapshot.get_snapshot()
    provider_id, model_ref = ARTICLE_TO_CATALOG.get(ref, (None, ref))
    if "/" in ref and provider_id is None:
        head, tail = ref.split("/", 1)
        if any(p.id == head for p in snap.providers):
            provider_id, model_ref = head, tail
    try:
        provider, model = snap.find_provider_model(model_ref, None, provider_id, None)
    except (LookupError, ValueError):
        return None
    return convert(provider, model, evaluation_time(as_of))


def _price_pairs(model: Any) -> list[tuple[float, float]]:
    """Every (input, output) base price a snapshot model has had, over all its dated price sets."""
    entries = model.prices if isinstance(model.prices, list) else [model.prices]
    pairs = []
    for entry in entries:
        prices = getattr(entry, "prices", entry)
        inp, _ = _split(getattr(prices, "input_mtok", None))
        out, _ = _split(getattr(prices, "output_mtok", None))
        if inp is not None and out is not None:
            pairs.append((inp, out))
    return pairs


def _tail(model_id: str) -> str:
    return "".join(ch for ch in model_id.rsplit("/", 1)[-1].lower() if ch.isalnum())


@cache
def reseller_origin(ref: str, as_of: date | None = None) -> str | None:
    """A reseller whose listing the snapshot's entry for ``ref`` matches, if any.

    Either the entry's own comment says it was imported from a reseller, or a reseller lists the
    same model at exactly the same input and output price. Resellers often pass the vendor's price
    through, so a match alone proves nothing: it counts as evidence only where the vendor's own
    published price (``vendor_api`` in the data files) differs from the entry.
    """
    from genai_prices import data_snapshot

    snap = data_snapshot.get_snapshot()
    provider_id, model_ref = ARTICLE_TO_CATALOG.get(ref, (None, ref))
    if "/" in ref and provider_id is None:
        provider_id, model_ref = ref.split("/", 1)
    try:
        provider, model = snap.find_provider_model(model_ref, None, provider_id, None)
    except (LookupError, ValueError):
        return None
    comment = (getattr(model, "price_comments", None) or "").lower()
    if any(word in comment for word in _IMPORTED):
        return "openrouter" if "openrouter" in comment else "a reseller"
    current = convert(provider, model, evaluation_time(as_of))
    if current is None:
        return None
    pair = (current.input_usd_per_mtok, current.output_usd_per_mtok)
    key = _tail(model.id)
    for other in snap.providers:
        if other.id not in RESELLERS:
            continue
        for candidate in other.models:
            if _tail(candidate.id) == key and pair in _price_pairs(candidate):
                return str(other.id)
    return None
