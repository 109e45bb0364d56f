"""Recommendations at the edges (``assistant.decision.analysis.analyze``): no option meets every constraint,
data that may not leave the premises, GPUs the user already owns, a zero volume."""

from __future__ import annotations

from typing import Any

from assistant.decision.analysis import analyze
from assistant.interview.facts import WorkloadProfile
from tools.catalog import Catalog


def _profile(**facts: Any) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v)
    return p


def test_when_nothing_meets_every_constraint_the_closest_says_what_to_relax(catalog: Catalog) -> None:
    # air-gapped leaves only self-hosting; nobody runs GPUs; a frontier model and a 50 ms p99 are out of reach
    profile = _profile(
        tokens_per_month=3e9, compliance=["air_gapped"], quality="frontier", team={"ml_engineers": 0}, latency_p99_ms=50
    )
    a = analyze(profile, catalog)
    assert not a.feasible
    assert a.relax and set(a.relax[0].constraints) == {"team", "latency", "quality"}
    assert a.relax[0].option_name == a.chosen.name
    assert a.reasons[0].startswith("no option meets every constraint")
    assert a.option == "self_host"  # the only kind an air-gapped network allows


def test_data_that_stays_on_premises_is_served_by_bought_gpus(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=3e9, data_boundary="on_prem", team={"ml_engineers": 2, "gpu_infra": True})
    a = analyze(profile, catalog)
    assert a.feasible and a.option == "self_host"
    assert a.self_host.hardware == "bought"
    assert "buying the GPUs keeps data on your premises; the price is spread over their life" in a.reasons
    assert all(r.kind == "self_host" for r in a.table)  # nothing that sends data elsewhere is listed


def test_owned_gpus_are_used_before_renting(catalog: Catalog) -> None:
    profile = _profile(
        tokens_per_month=3e9,
        data_boundary="on_prem",
        owned_gpus={"gpu": "h100", "count": 8, "paid_for": True},
        team={"ml_engineers": 2, "gpu_infra": True},
    )
    a = analyze(profile, catalog)
    assert a.option == "self_host" and a.self_host.hardware == "owned"
    assert "of your 8 NVIDIA H100" in a.chosen.name
    assert 1 <= a.self_host.gpus <= 8
    assert "your own GPUs cost only power, space and people to run: no rental" in a.reasons
    # the owned fleet costs less than buying the same GPUs would
    bought = analyze(_profile(tokens_per_month=3e9, data_boundary="on_prem", team={"ml_engineers": 2}), catalog)
    assert a.chosen.monthly_usd < bought.chosen.monthly_usd


def test_a_tiny_volume_does_not_route_to_a_small_model(catalog: Catalog) -> None:
    # 100k tokens a day: a GPU fleet for the simple share costs more than the API it would replace
    profile = _profile(tokens_per_month=3e6, simple_share=0.8, quality="frontier", team={"ml_engineers": 2})
    a = analyze(profile, catalog)
    assert a.option == "api"
    assert a.hybrid is not None
    # GPT-5 at 3M tokens, half input: 1.5M x $1.25/M + 1.5M x $10/M = $16.88 a month
    assert a.chosen.monthly_usd == 16.88
    hybrid = [r for r in a.table if r.kind == "hybrid"]
    assert hybrid and all(r.monthly_usd > 100 * a.chosen.monthly_usd for r in hybrid)
    assert a.hybrid.blended_monthly_usd > a.hybrid.all_api_monthly_usd
