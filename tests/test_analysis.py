import pytest

from assistant.decision.analysis import AnalysisOptions, analyze
from assistant.decision.frameworks import (
    agreement,
    decision_matrix,
    factor_table,
    five_questions,
    five_steps,
    flowchart,
)
from assistant.interview.facts import WorkloadProfile


def profile(**facts: object) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v)
    return p


BASE = dict(input_share=0.8, traffic_shape="steady", compliance=["none"], quality="open_weight_ok")


def test_small_volume_without_team_goes_to_an_api(catalog) -> None:
    a = analyze(profile(tokens_per_month=60e6, team={"ml_engineers": 0}, **BASE), catalog)
    assert a.option in ("api", "managed_open_weight")
    assert a.chosen.monthly_usd == min(r.monthly_usd for r in a.table if r.kind in ("api", "managed_open_weight"))
    assert any(f.kind == "volume" for f in a.flip_points)
    assert any(f.kind == "staffing" for f in a.flip_points)


def test_self_host_needs_capacity_and_the_2x_margin(catalog) -> None:
    strong = dict(BASE, quality="open_weight_ok")
    # an expensive API pinned as the only candidate, huge steady volume, a team: self-host
    p = profile(tokens_per_month=60e9, team={"ml_engineers": 3, "kubernetes": True}, **strong)
    opts = AnalysisOptions()
    a = analyze(p, catalog, opts)
    api_best = min(r.monthly_usd for r in a.table if r.kind in ("api", "managed_open_weight"))
    host = a.self_host["monthly_usd"]
    assert (a.option == "self_host") == (api_best >= 2 * host)
    # the same workload with nobody to run it never self-hosts
    none = analyze(profile(tokens_per_month=60e9, team={"ml_engineers": 0}, **strong), catalog)
    assert none.option != "self_host"


def test_hard_constraints(catalog) -> None:
    air = analyze(
        profile(tokens_per_month=60e6, team={"ml_engineers": 1}, **dict(BASE, compliance=["air_gapped"])),
        catalog,
    )
    assert air.option == "self_host" and "air-gapped" in air.reasons[0]
    hipaa = analyze(
        profile(
            tokens_per_month=300e6,
            team={"ml_engineers": 0},
            **dict(BASE, compliance=["hipaa"], quality="frontier"),
        ),
        catalog,
    )
    assert (hipaa.option == "dedicated_deployment" and "Azure" in hipaa.chosen.name) or "Bedrock" in hipaa.chosen.name
    batch = analyze(profile(tokens_per_month=500e6, team={"ml_engineers": 0}, batch_ok=True, **BASE), catalog)
    assert batch.option == "batch_api" and "batch" in batch.chosen.name.lower()
    voice = analyze(profile(tokens_per_month=900e6, team={"ml_engineers": 4}, latency_p99_ms=80, **BASE), catalog)
    assert voice.option == "self_host"


def test_frontier_quality_at_volume_with_a_team_routes(catalog) -> None:
    a = analyze(profile(tokens_per_month=1.5e9, team={"ml_engineers": 3}, **dict(BASE, quality="frontier")), catalog)
    assert a.option == "hybrid"
    assert a.hybrid is not None and a.hybrid["savings_vs_all_api_pct"] >= 25
    assert a.chosen.monthly_usd == a.hybrid["blended_monthly_usd"]


def test_settings_change_the_numbers(catalog) -> None:
    p = profile(tokens_per_month=1.5e9, team={"ml_engineers": 0}, **BASE)
    base = analyze(p, catalog)
    pricey = analyze(p, catalog, AnalysisOptions(gpu="h100", gpu_hourly_usd=9.0))
    assert pricey.self_host["gpu"] == "h100"
    assert pricey.self_host["raw_gpu_monthly_usd"] > base.self_host["raw_gpu_monthly_usd"]
    mult = analyze(p, catalog, AnalysisOptions(hidden_multiplier=3.0))
    assert mult.self_host["multiplier"] == pytest.approx(3.0)
    articles = analyze(p, catalog, AnalysisOptions(prices="articles"))
    assert any("2026-02-24" in s for s in articles.price_sources)


def test_every_analysis_has_the_parts_of_an_answer(catalog) -> None:
    a = analyze(profile(tokens_per_month=300e6, team={"ml_engineers": 1}, **BASE), catalog)
    assert a.headline and a.reasons and len(a.table) >= 5 and a.breakevens and a.flip_points
    assert len(a.frameworks) == 5 and a.agreement and a.assumptions and a.price_sources
    assert a.self_host["line_items"][0]["name"] == "GPU rental (primary)"
    assert len(a.chart["tokens_per_month"]) == 60 and a.chart["series"]


def test_frameworks_follow_the_articles() -> None:
    hi = profile(
        tokens_per_month=20e9,
        traffic_shape="steady",
        compliance=["hipaa"],
        fine_tuning=True,
        team={"ml_engineers": 3, "mlops": True},
        latency_p99_ms=100,
        quality="open_weight_ok",
    )
    lo = profile(
        tokens_per_month=1e6,
        traffic_shape="bursty",
        compliance=["none"],
        team={"ml_engineers": 0},
        latency_p99_ms=2000,
        quality="frontier",
    )
    assert factor_table(hi).verdict == "self_host" and factor_table(lo).verdict == "api"
    assert five_questions(hi).verdict == "self_host" and five_questions(lo).verdict == "api"
    assert five_steps(lo, api_monthly=100, raw_gpu_monthly=1440).verdict == "api"
    steps = five_steps(profile(compliance=["none"]), api_monthly=10_000, raw_gpu_monthly=1000)
    assert steps.verdict == "self_host" and "x 3 = $3,000.00" in steps.steps[1]
    assert five_steps(hi, 10_000, 1000).verdict == "dedicated_deployment"
    assert flowchart(lo).verdict == "api"
    mid = profile(tokens_per_month=1.5e9, compliance=["hipaa"])
    assert flowchart(mid).verdict == "self_host" and "$3,000-5,000" in flowchart(mid).steps[-1]
    assert decision_matrix(lo).verdict == "api"
    assert decision_matrix(profile(batch_ok=True)).verdict == "batch_api"
    assert agreement([factor_table(lo), flowchart(lo)]) == "both frameworks point the same way: api"
    assert "api" in agreement([factor_table(lo), five_questions(lo)])
