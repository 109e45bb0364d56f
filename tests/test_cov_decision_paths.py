"""Recommendations at the edges (``assistant.decision.analysis.analyze``): no option meets every constraint,
data that may not leave the premises, GPUs the user already owns, a zero volume."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.decision.analysis import analyze
from assistant.interview.facts import WorkloadProfile
from tools.catalog import Catalog


def _profile(**facts: Any) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v)
    return p


def test_when_nothing_meets_every_constraint_the_closest_says_what_to_relax(catalog: Catalog) -> None:
    # air-gapped leaves only self-hosting; nobody runs GPUs; no open model is frontier; a small model on bought GPUs
    # meets the 50 ms p99, so the closest relaxes the team and the quality bar, not the latency too
    profile = _profile(
        tokens_per_month=3e9, compliance=["air_gapped"], quality="frontier", team={"ml_engineers": 0}, latency_p99_ms=50
    )
    a = analyze(profile, catalog)
    assert not a.feasible
    assert a.relax and set(a.relax[0].constraints) == {"team", "quality"}
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
    # the small model's fleet: far more than the API it would replace
    assert a.hybrid.small_route == "self_host" and a.hybrid.small_monthly_usd > 100 * a.chosen.monthly_usd
    assert a.hybrid.blended_monthly_usd > a.hybrid.all_api_monthly_usd
    # routing the simple share to a small model's API is cheaper, but saves far less than a router costs
    (routed,) = [s for s in a.set_aside if s.kind == "hybrid"]
    assert routed.monthly_usd < a.chosen.monthly_usd and "$200 a month" in routed.reason


def test_when_everything_is_simple_there_is_nothing_to_route(catalog: Catalog) -> None:
    a = analyze(_profile(tokens_per_month=3e9, simple_share=1.0, team={"ml_engineers": 2}), catalog)
    assert a.hybrid is None
    assert not any(r.kind == "hybrid" for r in a.table)


def test_when_nothing_is_simple_there_is_nothing_to_route(catalog: Catalog) -> None:
    a = analyze(_profile(tokens_per_month=3e9, simple_share=0.0, team={"ml_engineers": 2}), catalog)
    assert a.hybrid is None


def test_a_lax_latency_target_excludes_nothing(catalog: Catalog) -> None:
    a = analyze(_profile(tokens_per_month=3e9, latency_p99_ms=60_000), catalog)
    assert not any("cannot meet a p99" in r for r in a.reasons)
    strict = analyze(_profile(tokens_per_month=3e9, latency_p99_ms=50), catalog)
    assert any("cannot meet a p99 of 50 ms" in r for r in strict.reasons)


def test_self_host_latency_idle_and_saturated() -> None:
    import math

    from assistant.decision.latency import self_host_latency
    from assistant.decision.rules import rules

    net = rules().latency.self_host_network_ms.value
    # 1,000 prompt tokens at 10k tokens/s = 100 ms; one decode step at 50 tokens/s = 20 ms; no queue when idle
    idle = self_host_latency(10_000, 2_000, 50, 1_000, 200, 0.0)
    assert idle.ttft_p99_ms == pytest.approx(net + 120, abs=0.1)
    assert idle.total_p99_ms == pytest.approx(net + 120 + 200 / 50 * 1000, abs=0.1)  # 200 tokens at 50/s
    # a replica busy all the time on prompts alone never drains its queue
    assert math.isinf(self_host_latency(10_000, 2_000, 50, 1_000, 0, 1.0).ttft_p99_ms)


def test_owned_gpus_the_catalog_does_not_know_are_named_in_the_assumptions(catalog: Catalog) -> None:
    profile = _profile(
        tokens_per_month=3e8,
        data_boundary="on_prem",
        owned_gpus={"gpu": "voodoo-5", "count": 8, "paid_for": True},
        team={"ml_engineers": 2, "gpu_infra": True},
    )
    a = analyze(profile, catalog)
    assert any("voodoo-5" in x and "not in the catalog" in x for x in a.assumptions)
    assert a.self_host.hardware != "owned"


def test_owned_gpus_without_a_rental_offer_are_used(catalog: Catalog) -> None:
    # eight 48 GB RTX 6000 Ada hold Llama 3.3 70B at int4 (about 35 GB) on one card each; no cloud rents them,
    # and they are not among the GPUs one buys for a data centre, yet the ones you own are priced and used
    profile = _profile(
        tokens_per_month=1e8,
        data_boundary="on_prem",
        owned_gpus={"gpu": "rtx-6000-ada", "count": 8, "paid_for": True},
        team={"ml_engineers": 2, "gpu_infra": True},
    )
    a = analyze(profile, catalog)
    assert a.self_host.hardware == "owned"
    assert a.self_host.gpu == "rtx-6000-ada"
    assert "of your 8 NVIDIA RTX 6000 Ada 48GB (paid for)" in a.chosen.name
    assert a.self_host.gpus <= 8
    # nothing is rented: no line of the owned fleet is GPU rental
    assert not any(i.name.startswith("GPU rental") for i in a.self_host.line_items)
    assert not any("RTX 6000" in r.name and "(reserved)" in r.name for r in a.table)


def test_owned_gpus_too_few_for_the_load_and_no_price_to_buy_more(catalog: Catalog) -> None:
    # one card cannot serve 300M tokens a month with a spare; more RTX 6000 Ada have no purchase price in the
    # data, so the owned fleet is set aside with the reason and bought data-centre GPUs serve instead
    profile = _profile(
        tokens_per_month=3e8,
        data_boundary="on_prem",
        owned_gpus={"gpu": "rtx 6000 ada", "count": 1, "paid_for": True},
        team={"ml_engineers": 2, "gpu_infra": True},
    )
    a = analyze(profile, catalog)
    assert a.self_host.hardware == "bought"
    (note,) = [x for x in a.assumptions if "your 1 NVIDIA RTX 6000 Ada 48GB" in x]
    assert "Llama 3.3 70B needs" in note and "no purchase price is known for the rest" in note


def test_routing_beside_a_dedicated_deployment_in_the_users_cloud(catalog: Catalog) -> None:
    # frontier quality inside the user's cloud tenant: the API part of a hybrid is a dedicated deployment
    # (this crashed with AttributeError when the display name was read from the wrong object)
    profile = _profile(
        tokens_per_month=3e9,
        data_boundary="cloud_tenant",
        quality="frontier",
        simple_share=0.7,
        team={"ml_engineers": 2},
    )
    a = analyze(profile, catalog)
    assert a.hybrid is not None
    assert a.hybrid.api_tokens_per_month == pytest.approx(0.3 * 3e9)
    assert a.hybrid.small_tokens_per_month == pytest.approx(0.7 * 3e9)
    hybrid = [r for r in a.table if r.kind == "hybrid"]
    assert hybrid and "on Azure OpenAI" in hybrid[0].name
