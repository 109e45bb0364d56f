"""Inputs the cost engine refuses with a clear message, and owned hardware with no rental to compare."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from tools.api_cost import Workload
from tools.breakeven import sweep
from tools.catalog import Catalog, CatalogError, load_catalog
from tools.catalog_models import ApiPrice
from tools.fleet import plan_fleet
from tools.owned import OwnedGpuInput, owned_gpu_cost

WL = Workload.from_total(1e9, 0.5, per="month")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"replica_tokens_per_s": 0, "gpus_per_replica": 1}, "replica throughput must be positive"),
        ({"replica_tokens_per_s": 1000, "gpus_per_replica": 1, "peak_to_average": 0.5}, "at least 1"),
    ],
)
def test_fleet_inputs(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        plan_fleet(WL, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"low": 1e9, "high": 1e6}, "0 < low < high"),
        ({"low": 0, "high": 1e6}, "0 < low < high"),
        ({"points": 1}, "2 to 5000 points"),
        ({"points": 5001}, "2 to 5000 points"),
    ],
)
def test_sweep_inputs(catalog: Catalog, kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        sweep(["gpt-5"], [], catalog, **kwargs)  # type: ignore[arg-type]


def test_a_quality_tier_needs_its_source() -> None:
    with pytest.raises(ValidationError, match="quality_tier needs a quality_source"):
        ApiPrice.model_validate(
            {
                "slug": "x",
                "name": "X",
                "provider": "p",
                "input_usd_per_mtok": 1,
                "output_usd_per_mtok": 2,
                "quality_tier": "strong",
                "source": {"kind": "user", "title": "f", "as_of": "2025"},
            }
        )


def test_a_discount_range_must_be_ordered(tmp_path: Path) -> None:
    f = tmp_path / "p.toml"
    f.write_text("[spot_discount]\nlow = 0.7\nhigh = 0.5\n")
    with pytest.raises(CatalogError, match="low must not exceed high"):
        load_catalog(f)


def test_buying_a_gpu_without_a_known_price_asks_for_one(catalog: Catalog) -> None:
    with pytest.raises(ValueError, match="no purchase price known for rtx-6000-ada; give one"):
        owned_gpu_cost(OwnedGpuInput(gpu="rtx-6000-ada", units=2), catalog)
    # with a price given (0 is valid) it is costed
    free = owned_gpu_cost(OwnedGpuInput(gpu="rtx-6000-ada", units=2, price_usd_per_gpu=0), catalog)
    assert free.purchase_usd == 0


def test_owned_gpus_without_a_rental_offer_have_nothing_to_compare(catalog: Catalog) -> None:
    r = owned_gpu_cost(OwnedGpuInput(gpu="rtx-6000-ada", units=2, paid_for=True), catalog)
    assert r.rental_usd_per_gpu_hour is None and r.rental_monthly_usd is None
    assert r.monthly_usd > 0  # power and operations still cost money
    assert r.units == 2 and r.used_units == 2


# ------------------------------------------------------------------------------------------ breakeven steps


@pytest.mark.parametrize(
    ("line", "usd_per_mtok", "expected"),
    [
        # no capacity limit: $1,000 fixed + one $2,000 replica = $3,000 a month, at $2/M -> 1.5B tokens
        ({"fixed_monthly_usd": 1000, "unit_monthly_usd": 2000}, 2.0, 1.5e9),
        ({"fixed_monthly_usd": 1000, "unit_monthly_usd": 2000}, 0.0, None),  # a free API never loses
        # a replica carries 1B tokens for $2,000 while the API charges $1,000 for them: never
        ({"fixed_monthly_usd": 1000, "unit_monthly_usd": 2000, "unit_capacity_tokens_per_month": 1e9}, 1.0, None),
        # $500 replicas of 1B tokens, one spare, $1,000 fixed, API $1/M: at 3B tokens both cost $3,000
        (
            {
                "fixed_monthly_usd": 1000,
                "unit_monthly_usd": 500,
                "unit_capacity_tokens_per_month": 1e9,
                "spare_units": 1,
            },
            1.0,
            3e9,
        ),
    ],
)
def test_self_host_line_breakeven(line: dict[str, float], usd_per_mtok: float, expected: float | None) -> None:
    from tools.breakeven import SelfHostLine

    got = SelfHostLine(name="fleet", **line).breakeven_tokens(usd_per_mtok)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)
        fleet = SelfHostLine(name="fleet", **line)
        assert fleet.monthly_at(got) == pytest.approx(got / 1e6 * usd_per_mtok)


def test_routing_nothing_costs_the_all_api_bill(catalog: Catalog) -> None:
    from tools.hybrid import hybrid_routing

    price = catalog.api_price("gpt-5")
    r = hybrid_routing(WL, 0.0, price, 1000, catalog)
    p = price.price
    all_api = 500 * p.input_usd_per_mtok + 500 * p.output_usd_per_mtok  # 1B tokens, half input
    assert r.self_host_monthly_usd == 0
    assert r.blended_monthly_usd == pytest.approx(all_api)
    assert r.all_api_monthly_usd == pytest.approx(all_api)


def test_batch_discounts_need_sources() -> None:
    from tools.catalog_models import CatalogData

    with pytest.raises(ValidationError, match="batch discount without a source"):
        CatalogData.model_validate({"batch_discounts": {"acme": 0.5}})


def test_unknown_gpu_without_a_catalog() -> None:
    from tools.catalog import UnknownNameError
    from tools.perf_specs import find_gpu

    with pytest.raises(UnknownNameError):
        find_gpu("voodoo-5")
