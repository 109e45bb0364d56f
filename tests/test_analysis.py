import re

import pytest

from assistant.decision.analysis import analyze
from assistant.decision.frameworks import (
    agreement,
    decision_matrix,
    factor_table,
    five_questions,
    five_steps,
    flowchart,
)
from assistant.decision.inputs import AnalysisOptions
from tests.profiles import profile

BASE = dict(input_share=0.8, traffic_shape="steady", compliance=["none"], quality="open_weight_ok")


API_KINDS = ("api", "managed_open_weight", "dedicated_deployment", "batch_api")


def eligible(a, kinds=API_KINDS) -> list:
    return [r for r in a.table if r.kind in kinds]


def test_small_volume_without_team_goes_to_an_api(catalog) -> None:
    a = analyze(profile(tokens_per_month=60e6, team={"ml_engineers": 0}, **BASE), catalog)
    assert a.option in ("api", "managed_open_weight")
    assert a.feasible and not a.relax
    assert a.chosen.monthly_usd == min(r.monthly_usd for r in a.table)
    # self-hosting was priced but nobody can run it: excluded, with that reason
    hosts = [e for e in a.excluded if e.kind == "self_host"]
    assert hosts and all(e.constraint == "team" or "team" in e.also for e in hosts)
    assert any(f.kind == "volume" for f in a.flip_points)
    assert any(f.kind == "staffing" for f in a.flip_points)


def test_the_recommendation_is_in_the_table_and_the_chart_exactly_once(catalog) -> None:
    for facts in (
        dict(tokens_per_month=60e6, team={"ml_engineers": 0}, **BASE),
        dict(tokens_per_month=3e9, team={"ml_engineers": 2}, **dict(BASE, compliance=["air_gapped"])),
        dict(tokens_per_month=3e9, team={"ml_engineers": 0}, batch_ok=True, **BASE),
    ):
        a = analyze(profile(**facts), catalog)
        marked = [r for r in a.table if r.status == "recommended"]
        assert len(marked) == 1 and marked[0].name == a.chosen.name
        assert sum(1 for s in a.chart.series if s.recommended) == 1
        drawn = next(s for s in a.chart.series if s.recommended)
        assert len(drawn.monthly_usd) == len(a.chart.tokens_per_month)


def test_cheaper_options_are_set_aside_or_excluded_each_with_a_reason(catalog) -> None:
    a = analyze(profile(tokens_per_month=3e9, team={"ml_engineers": 2}, **BASE), catalog)
    excluded = {e.name for e in a.excluded}
    for s in a.set_aside:
        assert s.monthly_usd < a.chosen.monthly_usd and s.reason and s.name not in excluded
    for e in a.excluded:
        assert e.reason and e.name != a.chosen.name
    # every option in the table meets every constraint
    assert not {r.name for r in a.table} & excluded
    # nothing cheaper went unexplained
    explained = excluded | {s.name for s in a.set_aside}
    assert all(r.name in explained for r in a.table if r.monthly_usd < a.chosen.monthly_usd)


def test_self_host_needs_capacity_and_the_2x_margin(catalog) -> None:
    p = profile(tokens_per_month=60e9, team={"ml_engineers": 3, "kubernetes": True}, **BASE)
    a = analyze(p, catalog)
    others = [r.monthly_usd for r in a.table if r.kind != "self_host" and r.kind != "hybrid"]
    host = min(r.monthly_usd for r in a.table if r.kind == "self_host")
    if a.option == "self_host":
        assert min(others) >= 2 * a.chosen.monthly_usd
    else:
        assert min(others) < 2 * host
        if host < a.chosen.monthly_usd:
            aside = next(s for s in a.set_aside if s.kind == "self_host")
            assert "2x" in aside.reason
    # the same workload with nobody to run it never self-hosts
    none = analyze(profile(tokens_per_month=60e9, team={"ml_engineers": 0}, **BASE), catalog)
    assert none.option != "self_host" and none.feasible


def test_air_gap_leaves_only_hardware_you_own_or_buy(catalog) -> None:
    air = analyze(
        profile(tokens_per_month=60e6, team={"ml_engineers": 1}, **dict(BASE, compliance=["air_gapped"])), catalog
    )
    assert air.option == "self_host" and air.self_host.hardware in ("owned", "bought")
    assert "bought" in air.chosen.name and any("offline" in r for r in air.reasons)
    assert all(r.kind == "self_host" for r in air.table)
    # nobody to run it: nothing meets every constraint, and the answer says which one to relax
    alone = analyze(
        profile(tokens_per_month=60e6, team={"ml_engineers": 0}, **dict(BASE, compliance=["air_gapped"])), catalog
    )
    assert not alone.feasible and alone.relax[0].constraints == ["team"]
    assert alone.option == "self_host" and "relax" in alone.headline


def test_where_data_may_go_is_the_last_thing_to_relax(catalog) -> None:
    # air-gapped, frontier quality and nobody to run GPUs: only hardware on the premises can hold the data,
    # so the answer asks for people and a strong open model, never for sending data to an API
    a = analyze(
        profile(
            tokens_per_month=100e6,
            team={"ml_engineers": 0},
            **dict(BASE, compliance=["air_gapped"], quality="frontier"),
        ),
        catalog,
    )
    assert not a.feasible and a.option == "self_host" and a.self_host.hardware in ("owned", "bought")
    assert all("data_boundary" not in r.constraints for r in a.relax)
    assert set(a.relax[0].constraints) == {"team", "quality"}
    assert "people to run GPUs" in a.headline and "quality" in a.headline


def test_hybrid_needs_volume_and_a_real_saving(catalog) -> None:
    low = analyze(profile(tokens_per_month=150e6, team={"ml_engineers": 3}, **dict(BASE, quality="frontier")), catalog)
    assert low.option != "hybrid"  # 5M tokens a day: below where routing pays
    high = analyze(profile(tokens_per_month=1.5e9, team={"ml_engineers": 3}, **dict(BASE, quality="frontier")), catalog)
    assert high.hybrid is not None
    if high.option == "hybrid":
        assert high.hybrid.savings_vs_all_api_pct >= 25
        assert high.chosen.monthly_usd == pytest.approx(high.hybrid.blended_monthly_usd, abs=0.02)
    else:
        assert high.hybrid.savings_vs_all_api_pct < 25 or high.chosen.monthly_usd <= high.hybrid.blended_monthly_usd
    # the small model's fleet grows with its share of a large volume
    big = analyze(profile(tokens_per_month=150e9, team={"ml_engineers": 3}, simple_share=0.75, **BASE), catalog)
    fleets = [re.search(r"\((\d+) x L4\)", r.name) for r in big.table if r.kind == "hybrid"]
    sizes = [int(m.group(1)) for m in fleets if m]
    assert sizes and sizes[0] > 20


def test_staffing_flip_point_tells_the_truth(catalog) -> None:
    for tpm in (60e6, 3e9, 60e9):
        a = analyze(profile(tokens_per_month=tpm, team={"ml_engineers": 0}, **BASE), catalog)
        flip = next(f for f in a.flip_points if f.kind == "staffing")
        amounts = [float(x.replace(",", "")) for x in re.findall(r"\$([\d,]+\.\d\d)", flip.text)]
        assert len(amounts) == 2
        if "fall to" in flip.text:
            assert amounts[0] < amounts[1]
        else:
            assert amounts[0] >= amounts[1]


def test_settings_change_the_numbers(catalog) -> None:
    p = profile(tokens_per_month=1.5e9, team={"ml_engineers": 0}, **BASE)
    base = analyze(p, catalog)
    pricey = analyze(p, catalog, AnalysisOptions(gpu="h100", gpu_hourly_usd=9.0))
    assert pricey.self_host.gpu == "h100"
    assert pricey.self_host.raw_gpu_monthly_usd > base.self_host.raw_gpu_monthly_usd
    mult = analyze(p, catalog, AnalysisOptions(hidden_multiplier=3.0))
    assert mult.self_host.multiplier == pytest.approx(3.0)
    articles = analyze(p, catalog, AnalysisOptions(prices="articles"))
    assert any("2026-02-24" in s for s in articles.price_sources)
    lean = analyze(p, catalog, AnalysisOptions(staff_hours_per_gpu_month=0))
    assert lean.self_host.monthly_usd < base.self_host.monthly_usd


def test_every_analysis_has_the_parts_of_an_answer(catalog) -> None:
    a = analyze(profile(tokens_per_month=300e6, team={"ml_engineers": 1}, **BASE), catalog)
    assert a.headline and a.reasons and len(a.table) >= 5 and a.breakevens and a.flip_points
    assert len(a.frameworks) == 5 and a.agreement and a.assumptions and a.price_sources and a.constraints
    assert a.self_host.line_items[0].name == "GPU rental (primary)"
    assert len(a.chart.tokens_per_month) == 60 and a.chart.series
    # typed all the way: a saved analysis loads back
    assert type(a).model_validate(a.model_dump(mode="json")) == a


# ---------------------------------------------------------------- the reviewer's cases, as profiles


def test_bank_whose_data_may_not_leave_its_data_centre(catalog) -> None:
    bank = dict(
        tokens_per_month=600e6,
        input_share=0.75,
        traffic_shape="business_hours",
        compliance=["pci_dss", "soc2"],
        data_boundary="on_prem",
        team={"ml_engineers": 3, "mlops": True},
        quality="open_weight_ok",
    )
    a = analyze(profile(**bank), catalog)
    assert a.feasible and a.option == "self_host" and a.self_host.hardware in ("owned", "bought")
    assert not any(w in a.chosen.name for w in ("Azure", "Bedrock", "GPT", "on-demand", "reserved"))
    gpt5 = [e for e in a.excluded if e.name.startswith("GPT-5")]
    assert gpt5 and all(e.constraint == "data_boundary" for e in gpt5)
    azure = [e for e in a.excluded if "Azure" in e.name]
    assert azure and all(e.constraint == "data_boundary" for e in azure)
    # wanting frontier quality inside the data centre: nothing fits, and the answer names what to relax
    strict = analyze(profile(**dict(bank, quality="frontier")), catalog)
    assert not strict.feasible and strict.relax[0].constraints == ["quality"]
    assert strict.option == "self_host" and "relax" in strict.headline


def test_idle_owned_h100s_with_a_validated_open_model(catalog) -> None:
    a = analyze(
        profile(
            tokens_per_month=3e9,
            input_share=0.6,
            traffic_shape="steady",
            compliance=["none"],
            team={"ml_engineers": 2, "gpu_infra": True},
            quality="open_weight_ok",
            owned_gpus={"gpu": "h100", "count": 16, "paid_for": True},
            current_model="llama-3.3-70b",
        ),
        catalog,
    )
    assert a.option == "self_host" and a.self_host.hardware == "owned"
    assert "H100" in a.headline and "your 16" in a.chosen.name
    assert not any(i.name.startswith("GPU rental") for i in a.self_host.line_items)
    assert any("electricity" in i.name.lower() for i in a.self_host.line_items)
    rented = [r for r in a.table if r.kind == "self_host" and ("on-demand" in r.name or "reserved" in r.name)]
    assert all(r.monthly_usd > a.chosen.monthly_usd for r in rented)
    # a different hosted model would need validating again
    other = [e for e in a.excluded if e.name.startswith("DeepSeek")]
    assert other and other[0].constraint == "quality"


def test_voice_agent_under_100ms_to_first_token_without_ml_engineers(catalog) -> None:
    a = analyze(
        profile(
            tokens_per_month=600e6,
            input_share=0.8,
            traffic_shape="business_hours",
            compliance=["none"],
            team={"ml_engineers": 0},
            quality="open_weight_ok",
            latency_p99_ms=100,
            latency_kind="ttft",
        ),
        catalog,
    )
    # no hosted API answers in under 100 ms at p99 (the articles: 200-400 ms of round trip alone)
    apis = [e for e in a.excluded if e.kind in ("api", "managed_open_weight", "dedicated_deployment")]
    assert apis and all(e.constraint == "latency" or "latency" in e.also for e in apis)
    assert not any(r.kind in ("api", "managed_open_weight", "dedicated_deployment") for r in a.table if a.feasible)
    # so nothing meets every constraint: the answer says so and names what to relax
    assert not a.feasible
    relaxed = [tuple(r.constraints) for r in a.relax]
    # Relaxing the latency target always helps. Relaxing only the team does not here: with prefill counted,
    # a 4-bit 70B prompt of 1,000 tokens takes ~40 ms of prefill even on 8 x H100 (FP16 math for 4-bit
    # weights), so self-hosting misses 100 ms at p99 too (it would meet it at FP8).
    assert ("latency",) in relaxed
    assert any("latency" in r for r in a.reasons)


def test_overnight_batch_job_with_a_next_morning_deadline(catalog) -> None:
    job = dict(
        tokens_per_month=3e9,
        input_share=0.85,
        batch_ok=True,
        compliance=["none"],
        team={"ml_engineers": 1},
        quality="open_weight_ok",
    )
    a = analyze(profile(**job), catalog)
    # the cheapest way to get the answers by morning wins; open-weight was accepted, so no frontier batch
    assert a.chosen.monthly_usd == min(r.monthly_usd for r in a.table)
    assert a.chosen.model not in ("gpt-5", "claude-sonnet-4.5", "gemini-2.5-pro", "claude-opus-4.5")
    # self-hosting is priced on an overnight window, not on GPUs running around the clock
    hosts = [r for r in a.table if r.kind == "self_host"]
    assert hosts and all("overnight" in r.detail for r in hosts)
    assert all("around the clock" not in r.detail for r in hosts)
    # needing frontier quality, the batch API of a frontier model beats its real-time price
    frontier = analyze(profile(**dict(job, quality="frontier")), catalog)
    assert frontier.option == "batch_api"
    sync = next(e for e in frontier.excluded if e.name.startswith("GPT-4.1 Nano"))
    assert sync.constraint == "quality"


def test_legal_tech_wanting_lora_fine_tuning_in_its_cloud_vpc(catalog) -> None:
    a = analyze(
        profile(
            tokens_per_month=300e6,
            input_share=0.85,
            traffic_shape="business_hours",
            compliance=["none"],
            data_boundary="cloud_tenant",
            fine_tuning=True,
            team={"ml_engineers": 2},
            quality="open_weight_ok",
        ),
        catalog,
    )
    assert a.feasible and a.option in ("self_host", "dedicated_deployment")
    assert "gpt-5" not in a.chosen.model
    if a.option == "self_host":
        assert a.self_host.hardware == "rented"  # in their own cloud
    else:
        assert "fine-tuned" in a.chosen.name
    azure_gpt5 = next(e for e in a.excluded if "GPT-5" in e.name and "Azure" in e.name)
    assert azure_gpt5.constraint == "fine_tuning"
    public = next(e for e in a.excluded if e.name == "GPT-5")
    assert public.constraint == "data_boundary"


def test_consumer_app_at_five_billion_tokens_a_day_with_a_gpu_team(catalog) -> None:
    a = analyze(
        profile(
            tokens_per_month=150e9,
            input_share=0.6,
            traffic_shape="steady",
            compliance=["none"],
            team={"ml_engineers": 6, "gpu_infra": True, "kubernetes": True},
            quality="open_weight_ok",
        ),
        catalog,
    )
    h = a.self_host
    assert h.available and h.replicas >= 10 and h.spare_replicas >= 1
    # capacity, breakeven and the chart come from the same fleet
    assert h.capacity_tokens_per_month >= 150e9
    drawn = next(s for s in a.chart.series if s.kind == "self_host")
    i = min(range(len(a.chart.tokens_per_month)), key=lambda j: abs(a.chart.tokens_per_month[j] - 150e9))
    assert drawn.monthly_usd[i] == pytest.approx(h.monthly_usd, rel=0.15)
    others = [r.monthly_usd for r in a.table if r.kind in ("api", "managed_open_weight")]
    if a.option == "self_host":
        assert min(others) >= 2 * a.chosen.monthly_usd
    else:
        assert a.chosen.monthly_usd == min(r.monthly_usd for r in a.table)


def test_mid_size_saas_with_soc2_only(catalog) -> None:
    a = analyze(
        profile(
            tokens_per_month=900e6,
            input_share=0.7,
            traffic_shape="business_hours",
            compliance=["soc2"],
            team={"ml_engineers": 0, "devops": 2},
            quality="open_weight_ok",
        ),
        catalog,
    )
    # SOC 2 audits your controls; it does not keep data from vendors with their own report, only from the
    # ones without (DeepSeek's first-party API has none)
    assert a.option in ("api", "managed_open_weight") and a.feasible
    boundary = [e for e in a.excluded if e.constraint == "data_boundary"]
    assert boundary and all(e.reason.startswith("SOC 2: ") for e in boundary)
    assert any("DeepSeek" in e.name for e in boundary)
    assert not any("GPT" in e.name or "Claude" in e.name for e in boundary)
    assert not any(c.startswith("data boundary") for c in a.constraints)
    assert "SOC 2: providers must offer a SOC 2 Type II report" in a.constraints


def test_four_person_startup_needing_frontier_quality(catalog) -> None:
    a = analyze(
        profile(
            tokens_per_month=30e6,
            input_share=0.6,
            traffic_shape="bursty",
            compliance=["none"],
            team={"ml_engineers": 0},
            quality="frontier",
        ),
        catalog,
    )
    assert a.option == "api" and a.feasible
    assert a.chosen.model in ("gpt-5", "claude-sonnet-4.5", "gemini-2.5-pro", "grok-3", "claude-opus-4.5")
    hosts = [e for e in a.excluded if e.name.startswith("Llama 3.3 70B")]
    assert hosts and all(e.constraint == "quality" for e in hosts)


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


def test_models_the_catalog_cannot_price_are_named_not_fatal(catalog) -> None:
    a = analyze(
        profile(tokens_per_month=1e9, current_model="our-inhouse-model-7", candidate_models=["gpt-4o"], **BASE),
        catalog,
    )
    assert any("our-inhouse-model-7" in x for x in a.assumptions)
    assert a.chosen.monthly_usd > 0


def test_the_written_answer_shows_the_decision(catalog) -> None:
    from assistant.agent import compose

    a = analyze(
        profile(tokens_per_month=600e6, team={"ml_engineers": 0}, **dict(BASE, data_boundary="cloud_tenant")),
        catalog,
    )
    text = compose.recommendation(a, [])
    assert text.count("✅ recommended") == 1
    section = text.split("#### Why not the cheaper options")[1].split("####")[0]
    cheaper = [e for e in a.excluded if e.monthly_usd < a.chosen.monthly_usd]
    assert cheaper and "Excluded by where your data may go" in section
    assert cheaper[0].name in section
    assert "data boundary" in section  # the constraints are stated before what they rule out


def test_a_validated_open_model_is_the_one_self_hosted(catalog) -> None:
    p = profile(
        tokens_per_month=3e9,
        team={"ml_engineers": 2},
        current_model="Qwen2.5 72B",
        **dict(BASE, quality="open_weight_ok"),
    )
    saved = AnalysisOptions(**AnalysisOptions().model_dump())  # options as the settings panel re-applies them
    for opts in (AnalysisOptions(), saved):
        a = analyze(p, catalog, opts)
        assert a.self_host.model == "qwen2.5-72b"
    chosen = analyze(p, catalog, AnalysisOptions(open_model="llama-3.1-8b"))
    assert chosen.self_host.model == "llama-3.1-8b"


VOICE = dict(
    tokens_per_month=600e6,
    input_share=0.7,
    traffic_shape="business_hours",
    compliance=["none"],
    quality="open_weight_ok",
    latency_p99_ms=100.0,
    latency_kind="ttft",
)


def test_cheaper_latency_levers_come_before_excluding_self_hosting(catalog) -> None:
    # with people to run GPUs, self-hosting meets 100 ms once sized for it (fp8, more GPUs a replica, fewer busy hours)
    a = analyze(profile(**VOICE, team={"ml_engineers": 2, "gpu_infra": True}), catalog)
    assert a.feasible and a.option == "self_host", a.headline
    # the GPU types no lever brings under 100 ms stay excluded for latency, with their estimate
    slow = [e for e in a.excluded if e.kind == "self_host" and e.constraint == "latency"]
    assert slow and all("ms" in e.reason for e in slow)
    # a small model the user named as good enough is the cheaper lever: it is the one recommended
    small = analyze(profile(**VOICE, team={"ml_engineers": 2}, candidate_models=["llama-3.1-8b"]), catalog)
    assert small.feasible and small.option == "self_host" and "8b" in small.chosen.name.lower()
    assert small.chosen.monthly_usd < a.chosen.monthly_usd
    # without that, the small model is listed, excluded by the quality bar
    below = [e for e in a.excluded if e.kind == "self_host" and "8b" in e.name.lower()]
    assert below and all(e.constraint == "quality" for e in below)


def test_without_people_self_hosting_is_excluded_for_staffing_and_the_answer_says_what_to_relax(catalog) -> None:
    a = analyze(profile(**VOICE, team={"ml_engineers": 0}), catalog)
    hosts = [e for e in a.excluded if e.kind == "self_host"]
    assert hosts and all(e.constraint == "team" for e in hosts)
    assert not a.feasible and a.relax
    assert a.relax[0].constraints == ["team"] and a.option == "self_host"
    # relaxing the latency target picks an option close to it, not the cheapest slow one
    by_latency = next(r for r in a.relax if r.constraints == ["latency"])
    ms = {
        e.name: float(m.group(1).replace(",", ""))
        for e in a.excluded
        if e.constraint == "latency" and (m := re.search(r"about ([\d,]+) ms", e.reason))
    }
    assert ms[by_latency.option_name] <= 1.25 * min(ms.values())
    assert any("no option meets every constraint" in r for r in a.reasons)


def test_a_batch_deadline_shorter_than_the_batch_window_excludes_batch_apis(catalog) -> None:
    night = dict(
        tokens_per_month=6e9,
        input_share=0.9,
        batch_ok=True,
        compliance=["none"],
        team={"ml_engineers": 1},
        quality="frontier",
    )
    # answers can wait a day: the frontier batch API wins on price
    assert analyze(profile(**night, batch_deadline_hours=36.0), catalog).option == "batch_api"
    # results needed by the next morning: no batch API, each excluded with the window as its reason
    a = analyze(profile(**night, batch_deadline_hours=8.0), catalog)
    assert a.option != "batch_api" and a.feasible
    batch = [e for e in a.excluded if e.kind == "batch_api"]
    assert batch and any(e.constraint == "deadline" and "24 hours" in e.reason for e in batch)
    assert any("8 hours" in c for c in a.constraints)


def test_a_self_hosted_batch_fleet_runs_in_the_window_the_deadline_leaves(catalog) -> None:
    job = dict(tokens_per_month=6e9, input_share=0.9, batch_ok=True, team={"ml_engineers": 2})
    usual = analyze(profile(**job), catalog).self_host
    short = analyze(profile(**job, batch_deadline_hours=4.0), catalog).self_host
    assert "240 h a month" in usual.schedule and "120 h a month" in short.schedule
    # half the hours for the same tokens: at least as much capacity an hour
    assert short.capacity_tokens_per_month >= 6e9 and usual.capacity_tokens_per_month >= 6e9


def test_a_fine_tune_on_a_named_open_model_is_served_on_that_model(catalog) -> None:
    a = analyze(
        profile(
            tokens_per_month=1.8e9,
            input_share=0.9,
            traffic_shape="business_hours",
            compliance=["soc2"],
            data_boundary="cloud_tenant",
            fine_tuning=True,
            current_model="llama-3.1-70b",
            team={"ml_engineers": 2, "kubernetes": True},
        ),
        catalog,
    )
    assert a.option == "self_host" and a.self_host.hardware == "rented", a.headline
    closed = [e for e in a.excluded if e.kind == "dedicated_deployment"]
    assert closed and all(e.constraint in ("fine_tuning", "data_boundary") for e in closed)
    assert any(e.constraint == "fine_tuning" and "adapters" in e.reason for e in closed)


def test_buying_gpus_is_recommended_only_where_data_must_stay_on_premises(catalog) -> None:
    cloud = dict(
        tokens_per_month=6e9,
        input_share=0.9,
        traffic_shape="steady",
        compliance=["none"],
        data_boundary="cloud_tenant",
        fine_tuning=True,
        current_model="llama-3.3-70b",
        team={"ml_engineers": 2, "kubernetes": True},
    )
    a = analyze(profile(**cloud), catalog)
    assert a.option == "self_host" and a.self_host.hardware == "rented"
    # at this steady volume buying is the cheaper fleet, but nothing keeps the work off the cloud
    bought = [s for s in a.set_aside if "bought" in s.name]
    assert bought and all("data centre" in s.reason for s in bought)
    on_prem = analyze(profile(**dict(cloud, data_boundary="on_prem")), catalog)
    assert on_prem.option == "self_host" and on_prem.self_host.hardware in ("bought", "owned")
