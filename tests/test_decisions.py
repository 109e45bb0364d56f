import math

import pytest

from tools.api_cost import Workload, api_cost
from tools.breakeven import SelfHostLine, breakeven, sweep
from tools.compare import ComparisonInput, compare, default_hidden_costs, replica_for, replica_tokens_per_s
from tools.fleet import fleet_policy, fleet_tco, plan_fleet
from tools.hybrid import hybrid_fleet, hybrid_routing
from tools.outcome import OutcomeOption, cost_per_outcome
from tools.owned import OwnedInput, owned_cost


def test_breakeven_is_where_api_cost_equals_self_host(catalog) -> None:
    price = catalog.api_price("gpt-5", "articles")
    b = breakeven(price, 1440, catalog, capacity_tokens_per_month=3.9e9)
    assert b.breakeven_tokens_per_month == pytest.approx(256e6)
    assert b.breakeven_tokens_per_day == pytest.approx(256e6 / 30)
    assert b.reachable is True
    at = api_cost(Workload.from_total(b.breakeven_tokens_per_month), price, catalog)
    assert at.monthly_usd == pytest.approx(1440, rel=1e-6)


def test_breakeven_beyond_capacity_is_unreachable(catalog) -> None:
    b = breakeven(
        catalog.api_price("deepseek-v3.2", "articles"),
        3240,
        catalog,
        capacity_tokens_per_month=3.9e9,
    )
    assert b.reachable is False
    assert any("beyond" in n for n in b.notes)
    assert breakeven(catalog.api_price("gpt-5"), 1000, catalog).reachable is None


def test_breakeven_input_share_matters(catalog) -> None:
    price = catalog.api_price("gpt-5", "articles")
    output_heavy = breakeven(price, 1000, catalog, input_share=0.1)
    input_heavy = breakeven(price, 1000, catalog, input_share=0.9)
    assert input_heavy.breakeven_tokens_per_month > output_heavy.breakeven_tokens_per_month
    with pytest.raises(ValueError):
        breakeven(price, -1, catalog)


def test_sweep_crossing_agrees_with_breakeven(catalog) -> None:
    line = SelfHostLine(name="a100", fixed_monthly_usd=1440, unit_monthly_usd=0)
    s = sweep(["gpt-5"], [line], catalog, low=1e6, high=1e10, points=200, mode="articles")
    assert len(s.tokens_per_month) == 200 and len(s.series) == 2
    crossing = s.crossings[0].tokens_per_month
    step = (1e10 / 1e6) ** (1 / 199)
    assert 256e6 <= crossing <= 256e6 * step
    with pytest.raises(ValueError):
        sweep(["gpt-5"], [], catalog, low=10, high=1)


def test_self_host_line_adds_replicas_with_volume() -> None:
    line = SelfHostLine(name="x", fixed_monthly_usd=1000, unit_monthly_usd=500, unit_capacity_tokens_per_month=1e9)
    assert line.monthly_at(5e8) == 1500
    assert line.monthly_at(2.5e9) == 1000 + 3 * 500


def test_hybrid_routing_blends_and_compares(catalog) -> None:
    wl = Workload.from_total(100e6, per="day")
    price = catalog.api_price("gpt-5", "articles")
    r = hybrid_routing(wl, 0.9, price, 1504, catalog, all_self_host_monthly_usd=13275)
    all_api = 3e9 / 1e6 * 5.625
    assert r.all_api_monthly_usd == pytest.approx(all_api)
    assert r.api_monthly_usd == pytest.approx(all_api * 0.1)
    assert r.blended_monthly_usd == pytest.approx(1504 + all_api * 0.1)
    assert r.savings_vs_all_api_usd == pytest.approx(all_api - r.blended_monthly_usd)
    assert r.savings_vs_all_self_host_usd == pytest.approx(13275 - r.blended_monthly_usd)
    tiny = hybrid_routing(Workload.from_total(1e6, per="day"), 0.9, price, 1504, catalog)
    assert tiny.savings_vs_all_api_usd < 0 and tiny.notes
    capped = hybrid_routing(wl, 0.9, price, 1000, catalog, small_capacity_tokens_per_month=1e9)
    assert capped.small_replicas == 3
    with pytest.raises(ValueError):
        hybrid_routing(wl, 1.5, price, 1000, catalog)


def test_cost_per_outcome_prefers_reliable_model() -> None:
    r = cost_per_outcome(
        [
            OutcomeOption(
                name="7B",
                cost_per_attempt_usd=0.001,
                success_rate=0.2,
                max_attempts=5,
                human_correction_usd=2.0,
            ),
            OutcomeOption(name="70B", cost_per_attempt_usd=0.01, success_rate=0.95, human_correction_usd=2.0),
        ]
    )
    assert r.cheapest == "70B"
    seven = next(row for row in r.rows if row.name == "7B")
    attempts = sum(0.8**k for k in range(5))
    assert seven.expected_attempts == pytest.approx(attempts, rel=1e-4)
    assert seven.cost_per_successful_outcome_usd == pytest.approx(0.001 * attempts + 0.8**5 * 2.0, abs=0.01)
    no_human = cost_per_outcome([OutcomeOption(name="a", cost_per_attempt_usd=1, success_rate=0.5)])
    assert no_human.rows[0].cost_per_successful_outcome_usd == pytest.approx(2.0)
    with pytest.raises(ValueError):
        cost_per_outcome([])


def test_owned_hardware_amortises_and_meters_power(catalog) -> None:
    r = owned_cost(OwnedInput(hardware="rtx-4090", life_months=36, usd_per_kwh=0.15), catalog)
    assert r.amortisation_monthly_usd == pytest.approx(1600 / 36, abs=0.01)
    assert r.kwh_per_month == pytest.approx(450 * 720 / 1000)
    assert r.electricity_monthly_usd == pytest.approx(324 * 0.15)
    assert 30 <= r.electricity_monthly_usd <= 80  # the article's workstation range
    assert r.redundancy is False and any("no redundancy" in n for n in r.notes)


def test_comparison_covers_every_option_kind(catalog) -> None:
    wl = Workload.from_total(50e6, 0.8, per="day")
    r = compare(ComparisonInput(workload=wl), catalog)
    kinds = {o.kind for o in r.options}
    assert {"api", "managed_open_weight", "dedicated_deployment", "self_host", "batch_api"} <= kinds
    costs = [o.monthly_usd for o in r.options]
    assert costs == sorted(costs)
    assert len(r.sweep.tokens_per_month) == 200
    assert len(r.breakevens) == len(r.api)
    # the self-host figures are the TCO results themselves
    first = r.self_host[0]
    assert any(o.monthly_usd == first.tco.monthly_usd for o in r.options if o.kind == "self_host")


def test_comparison_skips_gpus_the_model_cannot_fit(catalog) -> None:
    wl = Workload.from_total(10e6, per="day")
    r = compare(
        ComparisonInput(workload=wl, open_model="llama-3.1-405b", precision="fp16", gpu_types=["l4", "h200"]),
        catalog,
    )
    assert any(s.startswith("l4") for s in r.skipped)


# ---------------------------------------------------------------- fleets


def test_fleet_replicas_cover_the_peak_with_headroom_and_a_spare() -> None:
    wl = Workload.from_total(10e9, 0.5)
    plan = plan_fleet(wl, replica_tokens_per_s=5000, gpus_per_replica=2, traffic_shape="steady", peak_to_average=1.5)
    # average 10e9 / (30 x 86,400) = 3,858 tokens/s; a replica carries 5,000 x 0.7 / (1.5 x 1.2) = 1,944 at the peak
    assert plan.serving_replicas == 2 and plan.spare_replicas == 1 and plan.replicas == 3
    assert plan.gpus == 6 and plan.schedule == "always_on"
    assert plan.gpu_hours_per_month == 6 * 720
    bigger = plan_fleet(wl.scaled(10), 5000, 2, traffic_shape="steady", peak_to_average=1.5)
    assert bigger.serving_replicas == 20  # 38,580 / 1,944 = 19.8
    assert bigger.capacity_tokens_per_month >= wl.scaled(10).total_tokens_per_month


def test_business_hours_and_batch_are_not_priced_on_round_the_clock_gpus(catalog) -> None:
    wl = Workload.from_total(3e9, 0.8)
    hidden = default_hidden_costs()
    steady = plan_fleet(wl, 3000, 1, traffic_shape="steady", peak_to_average=1.5)
    office = plan_fleet(wl, 3000, 1, traffic_shape="business_hours", peak_to_average=3.0)
    night = plan_fleet(wl, 3000, 1, batch=True)
    assert office.schedule == "business_hours" and office.window_hours_per_month == pytest.approx(
        50 / 168 * 720, abs=0.01
    )
    assert night.schedule == "batch_window" and night.window_hours_per_month == 8 * 30
    assert night.spare_replicas == 0
    # the overnight job fits its window: daily tokens / 8 h at the batch utilisation
    per_s = 3e9 / (8 * 30 * 3600)
    assert night.serving_replicas == math.ceil(per_s * 1.2 / (3000 * 0.9))
    night_cost = fleet_tco(night, "h100", hidden, catalog)
    assert night_cost.pricing == "on_demand"  # reserving 24/7 for 8 hours of work costs more
    assert night_cost.alternatives["on_demand"] < night_cost.alternatives["reserved"]
    assert night_cost.tco.raw_gpu_monthly_usd == pytest.approx(night.gpus * 3.5 * 240)
    steady_cost = fleet_tco(steady, "h100", hidden, catalog)
    assert steady_cost.alternatives["reserved"] < steady_cost.alternatives["on_demand"]


def test_staff_time_grows_with_the_fleet(catalog) -> None:
    hidden = default_hidden_costs()
    small = fleet_tco(plan_fleet(Workload.from_total(1e9), 3000, 1), "h100", hidden, catalog)
    large = fleet_tco(plan_fleet(Workload.from_total(100e9), 3000, 1), "h100", hidden, catalog)

    def hours(c) -> float:
        item = next(i for i in c.tco.line_items if i.name == "Engineering time (hours)")
        return item.monthly_usd / 100

    assert large.plan.gpus > 20 * small.plan.gpus / 2
    assert hours(small) == pytest.approx(15 + 4 * small.plan.gpus)
    assert hours(large) == pytest.approx(15 + 4 * large.plan.gpus)
    fewer = fleet_tco(
        plan_fleet(Workload.from_total(100e9), 3000, 1),
        "h100",
        hidden,
        catalog,
        policy=fleet_policy().with_overrides(staff_hours_per_gpu_month=1),
    )
    assert fewer.tco.monthly_usd < large.tco.monthly_usd


def test_fleet_breakeven_is_where_the_api_first_costs_as_much_as_the_growing_fleet() -> None:
    line = SelfHostLine(
        name="f", fixed_monthly_usd=2000, unit_monthly_usd=3000, unit_capacity_tokens_per_month=4e9, spare_units=1
    )
    rate = 2.0  # USD per million tokens
    found = line.breakeven_tokens(rate)
    assert found is not None
    # independent scan in 1M-token steps
    v = 1e6
    while v / 1e6 * rate < line.monthly_at(v):
        v += 1e6
    assert found == pytest.approx(v, abs=1e6)
    # a replica that costs more per token than the API never catches up
    assert line.breakeven_tokens(3000 / 4e9 * 1e6 * 0.99) is None
    assert line.monthly_at(4e9) == 2000 + 2 * 3000 and line.monthly_at(4.1e9) == 2000 + 3 * 3000


def test_hybrid_sizes_the_small_fleet_from_its_share(catalog) -> None:
    wl = Workload.from_total(5e9, 0.5, per="day")
    price = catalog.api_price("gpt-5", "articles")
    r = hybrid_fleet(wl, 0.75, price, catalog)
    # 3.75B tokens a day on 8B models: the same fleet model as every other self-hosted fleet
    replica, gpus, _ = replica_for("llama-3.1-8b", "fp16", "l4", catalog)
    assert replica is not None
    plan = plan_fleet(wl.scaled(0.75), replica_tokens_per_s(replica, 0.5), gpus)
    assert r.small_replicas == plan.replicas > 50
    assert r.small_gpus == plan.gpus
    assert r.blended_monthly_usd == pytest.approx(r.self_host_monthly_usd + r.api_monthly_usd, abs=0.02)
    assert r.api_monthly_usd == pytest.approx(r.all_api_monthly_usd * 0.25, rel=1e-6)


def test_breakeven_command_uses_the_fleet(advisor) -> None:
    r = advisor("breakeven", "--model", "gpt-5", "--fleet", "h100", "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["reachable"] is True and data["breakeven_tokens_per_month"] > 0
    assert any("spare" in a for a in data["assumptions"])
    cheap = advisor("breakeven", "--model", "deepseek-v3.2", "--fleet", "h100")
    assert cheap.code == 0 and "never breaks even" in cheap.out
    bad = advisor("breakeven", "--model", "gpt-5", "--fleet", "h100", "--self-host-monthly", "100")
    assert bad.code == 2 and "--fleet" in bad.err
