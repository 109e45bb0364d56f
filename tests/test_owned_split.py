"""GPUs you own too few for the whole load: the share they carry, the rest sent to an API (the overflow split).

The arithmetic is checked against sums worked by hand; the advice against the alternatives it must beat (the API
alone, and your GPUs topped up with bought ones) and the constraints it must keep."""

from __future__ import annotations

import pytest

from assistant.decision.analysis import analyze
from assistant.decision.explain.how import how_answer
from assistant.decision.inputs import AnalysisOptions
from assistant.interview.policy import AdviceQuestion
from tests.profiles import profile
from tools.api_cost import Workload
from tools.hybrid import owned_split

TEAM = {"ml_engineers": 3, "devops": 2, "gpu_infra": True}
OWNED_H100 = {"gpu": "h100", "count": 8, "paid_for": True}


def facts(**over: object) -> dict[str, object]:
    base: dict[str, object] = dict(
        tokens_per_month=30e9,
        input_share=0.8,
        traffic_shape="steady",
        compliance=["none"],
        team=TEAM,
        quality="open_weight_ok",
        latency_p99_ms=1000.0,
        latency_kind="ttft",
        data_boundary="any_vendor",
        owned_gpus=OWNED_H100,
    )
    return {**base, **over}


def test_the_split_adds_the_running_cost_to_the_apis_share_of_its_bill() -> None:
    wl = Workload(input_tokens_per_month=24e9, output_tokens_per_month=6e9)
    res = owned_split(wl, 0.7, 4191.44, 8, "h100", "llama-3.3-70b", 9240.0, "deepseek-v3.2", "DeepSeek V3.2")
    assert res.api_monthly_usd == 2772.0  # 30% of 9,240
    assert res.blended_monthly_usd == 6963.44  # 4,191.44 + 2,772
    assert res.savings_vs_all_api_usd == 2276.56
    assert res.savings_vs_all_api_pct == 24.64
    assert res.small_tokens_per_month == 21e9 and res.api_tokens_per_month == 9e9
    assert res.small_route == "owned" and res.small_gpus == 8


@pytest.mark.parametrize("share", [0.0, 1.0, -0.1, 1.5])
def test_a_split_needs_a_share_strictly_between_none_and_all(share: float) -> None:
    wl = Workload(input_tokens_per_month=8e6, output_tokens_per_month=2e6)
    with pytest.raises(ValueError):
        owned_split(wl, share, 100.0, 1, "h100", "llama-3.3-70b", 50.0, "gpt-5-mini", "GPT-5 mini")


def test_a_split_dearer_than_the_api_says_so() -> None:
    wl = Workload(input_tokens_per_month=8e6, output_tokens_per_month=2e6)
    res = owned_split(wl, 0.5, 900.0, 1, "l40s", "llama-3.3-70b", 100.0, "gpt-5-mini", "GPT-5 mini")
    assert res.savings_vs_all_api_usd == -850.0
    assert res.notes


def test_owned_gpus_too_few_carry_their_share_beside_the_api(catalog) -> None:
    a = analyze(profile(**facts()), catalog)
    assert a.option == "hybrid"
    hy = a.hybrid
    assert hy is not None and hy.small_route == "owned"
    assert hy.small_gpu == "h100" and 0 < hy.small_gpus <= 8
    assert 0 < hy.small_share < 1
    assert a.chosen.monthly_usd == pytest.approx(
        hy.self_host_monthly_usd + hy.all_api_monthly_usd * (1 - hy.small_share)
    )
    # cheaper than what it stands beside: the API alone and your GPUs topped up with bought ones
    api_alone = next(r for r in a.table if r.model == a.chosen.model and r.kind != "hybrid")
    assert api_alone.monthly_usd == pytest.approx(hy.all_api_monthly_usd)
    topped_up = [r for r in a.table if "of your 8" in r.name and "bought" in r.name]
    assert topped_up and all(r.monthly_usd > a.chosen.monthly_usd for r in topped_up)
    assert any("GPUs you already have" in r for r in a.reasons)


def test_twice_the_gpus_carry_a_larger_share(catalog) -> None:
    def share(a: object) -> int:
        rows = [r for r in a.table if r.kind == "hybrid" and "your" in r.name]  # type: ignore[attr-defined]
        assert len(rows) == 1
        return int(rows[0].name.split("Hybrid: ")[1].split("%")[0])

    four = analyze(profile(**facts(owned_gpus={"gpu": "h100", "count": 4, "paid_for": True})), catalog)
    eight = analyze(profile(**facts()), catalog)
    assert 0 < share(four) < share(eight) < 100


def test_no_split_where_the_api_part_would_break_the_data_boundary(catalog) -> None:
    a = analyze(profile(**facts(data_boundary="on_prem")), catalog)
    assert a.option == "self_host"
    assert not [r for r in a.table if r.kind == "hybrid"]


def test_owned_gpus_of_any_share_are_shown_though_dearer(catalog) -> None:
    p = profile(
        **facts(
            tokens_per_month=1.8e9,
            input_share=0.85,
            traffic_shape="business_hours",
            latency_p99_ms=3000.0,
            owned_gpus={"gpu": "l40s", "count": 4, "paid_for": True},
        )
    )
    a = analyze(p, catalog)
    assert a.option != "hybrid"
    assert [r for r in a.table if r.kind == "hybrid" and "your 4 x L40S" in r.name]


def test_how_the_split_was_computed(catalog) -> None:
    p = profile(**facts())
    a = analyze(p, catalog)
    hy = a.hybrid
    assert hy is not None
    wl = p.workload()
    text = how_answer(AdviceQuestion(kind="how", topic="hybrid"), a, wl, catalog, AnalysisOptions()).markdown
    assert f"go to your {hy.small_gpus} x H100" in text
    assert f"{1 - hy.small_share:.0%} of its ${hy.all_api_monthly_usd:,.2f} bill" in text


def test_a_pick_processed_in_china_says_so_and_how_to_set_it_aside(catalog) -> None:
    p = profile(
        tokens_per_month=1.8e9,
        input_share=0.85,
        traffic_shape="business_hours",
        compliance=["none"],
        team={"ml_engineers": 0},
        quality="open_weight_ok",
        data_boundary="any_vendor",
    )
    a = analyze(p, catalog)
    assert a.chosen.model.startswith("deepseek")  # DeepSeek's own API is the cheapest here (the bundled prices)
    assert any("DeepSeek's API processes and stores the data in China" in r for r in a.reasons)
    p.set("vendor_homes_excluded", ["cn"])
    b = analyze(p, catalog)
    assert not b.chosen.model.startswith("deepseek")
    assert not any("in China" in r for r in b.reasons)


def test_bought_gpus_kept_are_those_breaking_the_fewest_constraints(catalog) -> None:
    """The hospital of probe 33: PHI on premises, a 70B-class bar, a whole answer in 10 s, nobody runs GPUs yet. Every
    bought fleet breaks 'people to run GPUs'; the one also meeting the bar and the latency is kept and picked, not a
    cheaper 8B fleet that breaks the bar too."""
    p = profile(
        tokens_per_month=164.7e6,
        input_share=0.79,
        traffic_shape="business_hours",
        compliance=["hipaa"],
        team={"devops": 4, "gpu_infra": False},
        quality="open_weight_ok",
        latency_p99_ms=10_000.0,
        latency_kind="total",
        request_input_tokens=3000.0,
        request_output_tokens=800.0,
        data_boundary="on_prem",
    )
    a = analyze(p, catalog)
    assert not a.feasible
    assert a.relax[0].constraints == ["team"]
    assert "70B" in a.chosen.name and "bought" in a.chosen.name
