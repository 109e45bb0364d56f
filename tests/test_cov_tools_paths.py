"""The cost engine's less travelled paths: long-context tiers without their own cache prices, cache
writes with no write price, a window overrun, a rental offer's GPU count, capacity-plan limits, a
missing spot discount, shapes without a vocabulary, and the ranked catalog.

Every expected figure is worked out by hand in the comments.
"""

from __future__ import annotations

import copy

import pytest
from pydantic import ValidationError

from tools.api_cost import Workload, api_cost
from tools.catalog import Catalog, ResolvedPrice
from tools.catalog_models import ApiPrice, PriceTier
from tools.compare import ComparisonInput, compare
from tools.perf_specs import ModelShape
from tools.sources import Source
from tools.tco import TcoInput, compute_tco
from tools.throughput import (
    ThroughputInput,
    calibration_parameters,
    calibration_references,
    estimate_throughput,
    plan_capacity,
)
from tools.throughput.articles import _verdict
from tools.throughput.calibration import _CalibrationFile

USER = Source(kind="user", title="test prices", as_of="2026-11")


def _toy(**over: object) -> ResolvedPrice:
    fields: dict[str, object] = {
        "slug": "toy-model",
        "name": "Toy Model",
        "provider": "toyco",
        "input_usd_per_mtok": 2.0,
        "output_usd_per_mtok": 8.0,
        "source": USER,
    }
    fields.update(over)
    return ResolvedPrice(price=ApiPrice.model_validate(fields), origin="user")


# ------------------------------------------------------------------------------------------ API cost


def test_a_long_context_tier_without_cache_prices_scales_the_base_cache_prices(catalog: Catalog) -> None:
    # base: $2 in, cache read $0.50 (a quarter of input), cache write $2.50 (1.25x input)
    # tier above 200k input tokens: $4 in -> read 4 x 0.25 = $1, write 4 x 1.25 = $5
    price = _toy(
        cached_input_usd_per_mtok=0.5,
        cache_write_usd_per_mtok=2.5,
        tiers=(PriceTier(above_input_tokens=200_000, input_usd_per_mtok=4.0, output_usd_per_mtok=12.0),),
    )
    wl = Workload(
        input_tokens_per_month=100e6,
        output_tokens_per_month=0,
        request_input_tokens=300_000,
        cached_share=0.5,
        cache_write_share=0.1,
    )
    result = api_cost(wl, price, catalog)
    # 100 Mtok: 40% fresh at $4 = $160, 50% read at $1 = $50, 10% written at $5 = $50
    assert result.monthly_usd == pytest.approx(260.0)
    assert any("$1 per Mtok" in a for a in result.assumptions)
    assert any("$5 per Mtok" in a for a in result.assumptions)


def test_cache_writes_without_a_write_price_are_billed_at_the_input_price(catalog: Catalog) -> None:
    wl = Workload(input_tokens_per_month=100e6, output_tokens_per_month=10e6, cache_write_share=0.2)
    result = api_cost(wl, _toy(), catalog)
    # 100 Mtok in at $2 = $200 (writes at the input price), 10 Mtok out at $8 = $80
    assert result.monthly_usd == pytest.approx(280.0)
    assert any("no cache-write price" in n for n in result.notes)


def test_a_provider_with_no_known_batch_discount_bills_batch_traffic_in_full(catalog: Catalog) -> None:
    wl = Workload(input_tokens_per_month=100e6, output_tokens_per_month=10e6, batch_share=0.5)
    result = api_cost(wl, _toy(), catalog)
    # no discount: 100 Mtok in at $2 = $200, 10 Mtok out at $8 = $80
    assert result.monthly_usd == pytest.approx(280.0)
    assert any("no batch discount known" in n for n in result.notes)


def test_a_batch_discount_on_the_price_halves_batch_traffic(catalog: Catalog) -> None:
    wl = Workload(input_tokens_per_month=100e6, output_tokens_per_month=10e6, batch_share=0.5)
    result = api_cost(wl, _toy(batch_discount=0.5), catalog)
    # half the traffic at half price: $280 x (1 - 0.5 x 0.5) = $210
    assert result.monthly_usd == pytest.approx(210.0)
    assert any("50% off" in a for a in result.assumptions)


# ------------------------------------------------------------------------------------------ throughput


def test_requests_longer_than_the_models_window_are_flagged(catalog: Catalog) -> None:
    r = estimate_throughput(
        ThroughputInput(model="mistral-7b", gpu="h100", input_len=120_000, output_len=20_000), catalog
    )
    assert any("140,000 tokens is beyond" in a and "window" in a for a in r.assumptions)


def test_requests_inside_the_window_are_not_flagged(catalog: Catalog) -> None:
    r = estimate_throughput(ThroughputInput(model="mistral-7b", gpu="h100", input_len=2_000, output_len=500), catalog)
    assert not any("window" in a for a in r.assumptions)


def test_a_rental_offer_brings_its_gpu_count(catalog: Catalog) -> None:
    assert estimate_throughput(ThroughputInput(model="llama-3.3-70b", gpu="8x-h100"), catalog).gpus == 8


def test_older_callers_give_the_average_context_as_the_prompt_length() -> None:
    assert ThroughputInput(avg_context_tokens=3_000, output_len=200).lengths() == (3_000, 200)


def test_calibration_references_must_have_unique_ids() -> None:
    ref = calibration_references()[0]
    with pytest.raises(ValidationError, match="unique"):
        _CalibrationFile(parameters=calibration_parameters(), references=(ref, ref))


@pytest.mark.parametrize(
    ("low", "high", "estimate", "ceiling", "verdict"),
    [
        (900, 1_100, 500, 1_000, "impossible"),  # its upper end is above the physical ceiling
        (800, 900, 500, None, "optimistic"),  # 800 > 500 x 1.5 = 750
        (200, 300, 500, None, "pessimistic"),  # 300 < 500 / 1.5 = 333
        (400, 600, 500, None, "plausible"),
    ],
)
def test_verdict_on_a_claimed_throughput(
    low: float, high: float, estimate: float, ceiling: float | None, verdict: str
) -> None:
    assert _verdict(low, high, estimate, ceiling, 1.5) == verdict


@pytest.mark.parametrize("utilization", [0.0, 1.5])
def test_a_capacity_plan_needs_a_utilisation_in_range(catalog: Catalog, utilization: float) -> None:
    replica = estimate_throughput(ThroughputInput(model="llama-3.1-8b", gpu="h100", gpus=1), catalog)
    wl = Workload(input_tokens_per_month=1e9, output_tokens_per_month=1e8)
    with pytest.raises(ValueError, match="utilisation"):
        plan_capacity(wl, replica, target_utilization=utilization)


# ------------------------------------------------------------------------------------------ TCO


def test_spot_pricing_with_no_discount_known_asks_for_one(catalog: Catalog) -> None:
    bare = copy.copy(catalog)
    bare.spot_discount = None
    with pytest.raises(ValueError, match="no spot discount known"):
        compute_tco(TcoInput(gpu="h100", gpus=1, pricing="spot"), bare)


def test_spot_pricing_with_a_given_discount_needs_no_catalog_discount(catalog: Catalog) -> None:
    bare = copy.copy(catalog)
    bare.spot_discount = None
    on_demand = compute_tco(TcoInput(gpu="h100", gpus=1), bare)
    spot = compute_tco(TcoInput(gpu="h100", gpus=1, pricing="spot", spot_discount=0.5), bare)
    assert spot.monthly_usd == pytest.approx(on_demand.monthly_usd / 2, rel=1e-3)


# ------------------------------------------------------------------------------------------ shapes


def test_a_shape_without_a_vocabulary_has_no_embedding_and_counts_its_attention() -> None:
    shape = ModelShape(
        slug="toy-8b",
        name="Toy 8B",
        params_b=8,
        layers=32,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        hidden_size=4096,
        context_window=8192,
    )
    assert shape.embedding_b() == 0.0
    assert shape.head_b() == 0.0
    # 4096 x 128 x 2 x (32 + 8) = 41,943,040 per layer, x 32 layers = 1.342 billion
    assert shape.attention_b() == pytest.approx(1.34217728)


# ------------------------------------------------------------------------------------------ compare


def test_every_catalog_model_ranked_cheapest_first(catalog: Catalog) -> None:
    wl = Workload(input_tokens_per_month=100e6, output_tokens_per_month=0)
    result = compare(ComparisonInput(workload=wl, all_catalog_models=True, models=["gpt-4o"]), catalog)
    rows = result.catalog_ranked
    assert len(rows) > 10
    costs = [r.monthly_usd for r in rows]
    assert costs == sorted(costs)
    assert len({r.model for r in rows}) == len(rows)
