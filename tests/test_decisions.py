import pytest

from tools.api_cost import Workload, api_cost
from tools.breakeven import SelfHostLine, breakeven, sweep
from tools.compare import ComparisonInput, compare
from tools.hybrid import hybrid_routing
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
