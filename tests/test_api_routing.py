"""Routing between two APIs: the simple share a user states goes to a small model's API, the rest to the cheapest
API meeting every constraint. No GPUs, so teams that cannot self-host get it too; the small part must meet every
constraint but the quality bar, and the saving must pay for a router."""

from __future__ import annotations

import pytest

from assistant.decision.analysis import analyze
from assistant.decision.explain.how import how_answer
from assistant.decision.inputs import AnalysisOptions
from assistant.interview.policy import AdviceQuestion
from tests.profiles import profile
from tools.api_cost import Workload, api_cost
from tools.hybrid import api_routing

# 400M tokens a month, 80% input; frontier quality; nobody to run GPUs; three quarters of requests are simple
SUPPORT = dict(
    tokens_per_month=400e6,
    input_share=0.8,
    traffic_shape="steady",
    compliance=["none"],
    quality="frontier",
    team={"ml_engineers": 0},
    simple_share=0.75,
)


def test_the_parts_are_shares_of_each_api_bill(catalog) -> None:
    wl = Workload(input_tokens_per_month=320e6, output_tokens_per_month=80e6)
    small = api_cost(wl, catalog.api_price("mistral-small-3.1"), catalog)
    big = api_cost(wl, catalog.api_price("gpt-5"), catalog)
    r = api_routing(wl, 0.75, small, big)
    # by hand: GPT-5 at $1.25 in / $10 out per Mtok: 320 x 1.25 + 80 x 10 = $1,200 for the whole workload
    assert big.monthly_usd == pytest.approx(1200.0)
    assert r.api_monthly_usd == pytest.approx(300.0)  # a quarter of it
    assert r.small_monthly_usd == pytest.approx(small.monthly_usd * 0.75)
    assert r.small_tokens_per_month == 300e6 and r.api_tokens_per_month == 100e6
    assert r.self_host_monthly_usd == 0 and r.small_replicas == 0 and r.small_route == "api"
    assert r.savings_vs_all_api_usd == pytest.approx(1200.0 - r.blended_monthly_usd)
    with pytest.raises(ValueError):
        api_routing(wl, 1.0, small, big)


def test_a_team_without_gpu_people_gets_routing_to_a_small_api(catalog) -> None:
    a = analyze(profile(**SUPPORT), catalog)
    assert a.option == "hybrid" and a.feasible
    assert a.hybrid is not None and a.hybrid.small_route == "api" and a.hybrid.small_share == 0.75
    assert a.chosen.monthly_usd == pytest.approx(a.hybrid.blended_monthly_usd, abs=0.01)
    # the rest goes to the cheapest frontier API: GPT-5, a quarter of $1,200
    assert a.hybrid.api_name == "GPT-5" and a.hybrid.api_monthly_usd == pytest.approx(300.0)
    # cheaper than every single API that meets the bar, and far cheaper than all-frontier
    singles = [r for r in a.table if r.kind in ("api", "managed_open_weight")]
    assert a.chosen.monthly_usd < min(r.monthly_usd for r in singles)
    assert a.hybrid.savings_vs_all_api_pct > 50
    # the self-hosted routing is still shown as excluded: nobody runs GPUs
    assert any(e.kind == "hybrid" and e.constraint == "team" for e in a.excluded)
    assert any("no GPUs to run" in r for r in a.reasons)


def test_no_routing_on_an_assumed_share(catalog) -> None:
    facts = {k: v for k, v in SUPPORT.items() if k != "simple_share"}
    a = analyze(profile(**facts), catalog)
    assert a.option != "hybrid"
    assert not any(r.kind == "hybrid" and "self-hosted" not in r.name for r in a.table)
    assert not any(e.kind == "hybrid" and "self-hosted" not in e.name for e in a.excluded)


def test_a_small_saving_is_set_aside_with_its_reason(catalog) -> None:
    # 20M tokens a month: routing saves about $40, under the $200 a month a router must save
    a = analyze(profile(**dict(SUPPORT, tokens_per_month=20e6)), catalog)
    assert a.option == "api"
    aside = [s for s in a.set_aside if s.kind == "hybrid"]
    assert aside and "$200 a month" in aside[0].reason


def test_the_small_part_meets_every_constraint_but_quality(catalog) -> None:
    # HIPAA: the small model must come from a provider that signs a BAA
    hipaa = analyze(profile(**dict(SUPPORT, compliance=["hipaa"])), catalog)
    assert hipaa.option == "hybrid" and hipaa.hybrid is not None
    small = hipaa.hybrid.small_name
    assert not any(e.name == small and e.constraint == "data_boundary" for e in hipaa.excluded)
    assert any(e.name == "Mistral Small 3.1" and e.constraint == "data_boundary" for e in hipaa.excluded)
    # data kept in the EU: both parts process there, and the answer says where
    eu = analyze(profile(**dict(SUPPORT, compliance=["data_residency"], data_region="eu")), catalog)
    assert eu.option == "hybrid"
    assert "the simple requests through" in eu.runs_in and "EU" in eu.runs_in
    # fine-tuning on their data: the small API would need tuning too; no routing
    tuned = analyze(profile(**dict(SUPPORT, fine_tuning=True)), catalog)
    assert tuned.option != "hybrid"


def test_how_the_routing_was_computed(catalog) -> None:
    a = analyze(profile(**SUPPORT), catalog)
    wl = profile(**SUPPORT).workload()
    text = how_answer(AdviceQuestion(kind="how", topic="hybrid"), a, wl, catalog, AnalysisOptions()).markdown
    assert "small model's API" in text and "GPT-5: $300.00 a month" in text
    assert "against $1,200.00 all-API" in text
    assert "replica" not in text


def test_routing_to_an_api_has_no_volume_threshold(catalog) -> None:
    # 9.6M tokens a day (under the 10M a day a small fleet needs), 90% output, 90% simple, frontier quality.
    # By hand: GPT-5 for the 10% rest: 2.88M x $1.25 + 25.92M x $10 = $262.80; Mistral Small 3.1 at its
    # vendor price ($0.10 in / $0.30 out) for the 90%: 25.92M x $0.10 + 233.28M x $0.30 = $72.58 (rounded)
    facts = dict(SUPPORT, tokens_per_month=2.88e8, input_share=0.1, simple_share=0.9, team={"ml_engineers": 2})
    a = analyze(profile(**facts), catalog)
    assert a.option == "hybrid" and a.hybrid is not None and a.hybrid.small_route == "api"
    assert a.hybrid.api_monthly_usd == pytest.approx(262.80)
    assert a.chosen.monthly_usd == pytest.approx(262.80 + 72.576, abs=0.01)
