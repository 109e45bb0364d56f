"""Hardware you own or buy: marginal cost of paid-for GPUs, purchase over a life, and the command."""

import pytest
from pydantic import ValidationError

from tools.owned import OwnedGpuInput, owned_gpu_cost, purchase_data


def test_paid_for_gpus_cost_power_and_people_only(catalog) -> None:
    r = owned_gpu_cost(
        OwnedGpuInput(gpu="h100", units=16, paid_for=True, usd_per_kwh=0.10, pue=1.4, ops_hours_per_gpu_month=2),
        catalog,
    )
    items = {i.name: i.monthly_usd for i in r.line_items}
    # 16 GPUs x 1,275 W (DGX H100: 10.2 kW / 8) x 720 h x PUE 1.4 = 20,563 kWh at $0.10
    assert r.kwh_per_month == pytest.approx(16 * 1.275 * 720 * 1.4, rel=1e-6)
    assert items["Electricity"] == pytest.approx(16 * 1.275 * 720 * 1.4 * 0.10, abs=0.01)
    assert items["Purchase (already paid)"] == 0
    assert "Space and cooling" not in items  # already housed
    assert items["Operations time"] == pytest.approx(16 * 2 * 100)
    assert r.monthly_usd == pytest.approx(sum(items.values()), abs=0.02)
    # far below renting the same GPU-hours
    assert r.rental_monthly_usd == pytest.approx(16 * 720 * 3.5)
    assert r.monthly_usd < r.rental_monthly_usd / 3


def test_buying_spreads_the_purchase_over_its_life_and_adds_space(catalog) -> None:
    r = owned_gpu_cost(
        OwnedGpuInput(gpu="h100", units=8, price_usd_per_gpu=30_000, life_months=48, space_usd_per_kw_month=200),
        catalog,
    )
    items = {i.name: i.monthly_usd for i in r.line_items}
    assert items["Purchase, spread over its life"] == pytest.approx(8 * 30_000 / 48)
    assert items["Space and cooling"] == pytest.approx(8 * 1.275 * 200)
    assert r.purchase_usd == 240_000


def test_a_price_of_zero_is_a_price(catalog) -> None:
    r = owned_gpu_cost(OwnedGpuInput(gpu="a100-80gb", units=2, price_usd_per_gpu=0), catalog)
    assert r.purchase_usd == 0
    with pytest.raises(ValidationError):
        OwnedGpuInput(gpu="h100", price_usd_per_gpu=-1)


def test_opportunity_cost_and_partial_use(catalog) -> None:
    r = owned_gpu_cost(
        OwnedGpuInput(
            gpu="h100", units=16, used_units=4, paid_for=True, opportunity_usd_per_gpu_hour=1.0, load_share=0.5
        ),
        catalog,
    )
    items = {i.name: i.monthly_usd for i in r.line_items}
    assert items["Opportunity cost"] == pytest.approx(4 * 360 * 1.0)
    assert r.used_units == 4 and any("12 of 16" in n for n in r.notes)


def test_purchase_data_is_dated_and_sourced() -> None:
    data = purchase_data()
    gpus = {g.gpu for g in data.gpus}
    assert {"h100", "h200", "a100-80gb", "l40s", "l4", "b200", "mi300x"} <= gpus
    for g in data.gpus:
        assert g.usd_per_gpu > 0 and g.price_source.as_of and g.power_source.as_of
        assert g.price_source.kind in ("assumption", "article", "catalog", "spec")


def test_owned_command_for_data_centre_gpus(advisor) -> None:
    r = advisor("owned", "--gpu", "h100", "--units", "16", "--paid-for", "--json")
    assert r.code == 0
    data = r.json()
    assert data["paid_for"] is True and data["units"] == 16
    purchase = next(i for i in data["line_items"] if i["name"].startswith("Purchase"))
    assert purchase["monthly_usd"] == 0  # sunk: counted nowhere in the monthly cost
    # the --hardware spelling reaches the same data-centre GPU
    same = advisor("owned", "--hardware", "h100", "--units", "16", "--paid-for", "--json")
    assert same.code == 0 and same.json()["monthly_usd"] == data["monthly_usd"]
    free = advisor("owned", "--gpu", "h100", "--units", "4", "--price", "0", "--json")
    assert free.code == 0 and free.json()["purchase_usd"] == 0
    # consumer hardware keeps its own path
    desk = advisor("owned", "--hardware", "rtx-4090", "--json")
    assert desk.code == 0 and desk.json()["hardware"] == "rtx-4090"
    bad = advisor("owned", "--gpu", "h100", "--price", "-5")
    assert bad.code == 2 and "--price" in bad.err and len(bad.err.strip().splitlines()) == 1
    text = advisor("owned", "--gpu", "h100", "--units", "16", "--paid-for")
    assert text.code == 0 and "renting the same GPU-hours" in text.out
