import pytest
from pydantic import ValidationError

from tools.tco import TcoInput, compute_tco, preset_tco, presets


def test_production_preset_reproduces_the_eleven_line_table(catalog) -> None:
    r = preset_tco("production-70b-2xh100", catalog)
    assert len(r.line_items) == 11
    assert r.monthly_usd == 13275
    assert r.raw_gpu_monthly_usd == 5100
    assert r.multiplier == pytest.approx(2.6, abs=0.01)
    items = {i.name: i.monthly_usd for i in r.line_items}
    assert items["GPU failover / hot standby"] == 2550
    assert items["Engineering time (FTE share)"] == 3200
    assert r.sources[0].article == "self-hosting-worth-it-2026"


def test_devtk_true_cost_preset(catalog) -> None:
    r = preset_tco("devtk-a100-true-cost", catalog)
    assert (r.raw_gpu_monthly_usd, r.monthly_usd) == (1440, 3240)
    assert r.capacity_tokens_per_month == pytest.approx(3.888e9)
    assert r.usd_per_mtok_at_capacity == pytest.approx(3240 / 3888, rel=1e-3)


def test_every_preset_computes(catalog) -> None:
    for name in presets():
        assert preset_tco(name, catalog).monthly_usd > 0


def test_itemised_costs_add_up(catalog) -> None:
    spec = TcoInput(
        gpu="h100",
        gpus=2,
        engineering_hours_per_month=15,
        engineering_rate_usd=100,
        overhead_monthly_usd=300,
        upgrades_per_year=3,
        weeks_per_upgrade=2,
        monitoring_monthly_usd=420,
    )
    r = compute_tco(spec, catalog)
    raw = 2 * 3.5 * 720
    upgrades = 3 * 2 * 40 * 100 / 12
    assert r.raw_gpu_monthly_usd == raw
    assert r.monthly_usd == pytest.approx(raw + 1500 + 300 + upgrades + 420)
    assert sum(i.monthly_usd for i in r.line_items) == pytest.approx(r.monthly_usd)


def test_spot_and_reserved_take_the_middle_of_the_range(catalog) -> None:
    on_demand = compute_tco(TcoInput(gpu="h100"), catalog)
    spot = compute_tco(TcoInput(gpu="h100", pricing="spot"), catalog)
    reserved = compute_tco(TcoInput(gpu="h100", pricing="reserved", reserved_discount=0.25), catalog)
    assert spot.raw_gpu_monthly_usd == pytest.approx(on_demand.raw_gpu_monthly_usd * 0.5)
    assert reserved.raw_gpu_monthly_usd == pytest.approx(on_demand.raw_gpu_monthly_usd * 0.75)
    assert any("reclaimed" in a for a in spot.assumptions)


def test_multiplier_view_and_hours_convention(catalog) -> None:
    r = compute_tco(TcoInput(gpu="a100", multiplier=2.5), catalog)
    assert r.monthly_usd == pytest.approx(1440 * 2.5)
    assert compute_tco(TcoInput(gpu="a100", hours_per_month=730), catalog).monthly_usd == 1460
    assert len(r.multiplier_ranges) == 4


def test_idle_cost_follows_traffic_shape(catalog) -> None:
    steady = compute_tco(TcoInput(gpu="a100"), catalog)
    office = compute_tco(TcoInput(gpu="a100", traffic_shape="business_hours"), catalog)
    bursty = compute_tco(TcoInput(gpu="a100", traffic_shape="bursty", peak_to_average=10), catalog)
    assert steady.idle_gpu_monthly_usd < office.idle_gpu_monthly_usd < bursty.idle_gpu_monthly_usd
    assert office.utilization == pytest.approx(50 / 168, rel=1e-3)
    assert bursty.idle_gpu_monthly_usd == pytest.approx(1440 * 0.9)


def test_gpu_only_result_warns(catalog) -> None:
    assert any("1.3-3.5x" in n for n in compute_tco(TcoInput(gpu="l4"), catalog).notes)


def test_negative_and_unknown_inputs_are_refused(catalog) -> None:
    with pytest.raises(ValidationError):
        TcoInput(gpu_hourly_usd=-1)
    with pytest.raises(ValidationError):
        TcoInput(monitoring_monthly_usd=-5)
    with pytest.raises(LookupError):
        compute_tco(TcoInput(gpu="voodoo-5"), catalog)
    with pytest.raises(KeyError):
        preset_tco("nope", catalog)
