"""Answers about the advice at their less common turns (``assistant.decision.explain``): "why not X?" for the
recommendation itself, an option compared and dearer, a model without a price and the recommended kind of option;
keeping the data in a region when the recommendation already does; self-hosting priced for this workload; and where
owned GPUs keep the data under a residency rule.

The phrases checked are the ones a user would read; figures are worked out by hand where one is checked.
"""

from __future__ import annotations

from assistant.decision import explain
from assistant.decision.analysis import analyze
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import AdviceQuestion
from tools.catalog import Catalog


def _profile(**facts: object) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v, quote=f"user said {k}")
    return p


def _why(a: Analysis, profile: WorkloadProfile, catalog: Catalog, question: AdviceQuestion) -> str:
    context = (profile.workload(), catalog, AnalysisOptions())
    return explain.why_answer(a, profile, 30, lambda s: s, question, context).markdown


SMALL_TEAM = {"tokens_per_month": 1e8, "input_share": 0.8}  # 80M in, 20M out a month, nobody to run GPUs
OWN_FLEET = {
    "tokens_per_month": 5e10,
    "owned_gpus": {"gpu": "h100", "count": 16, "paid_for": True},
    "team": {"ml_engineers": 3, "devops": 2, "gpu_infra": True},
}


def test_why_not_the_recommended_model_says_it_is_the_recommendation(catalog: Catalog) -> None:
    profile = _profile(**SMALL_TEAM)
    a = analyze(profile, catalog)
    md = _why(a, profile, catalog, AdviceQuestion(kind="why", models=[a.chosen.model]))
    assert "**The option you asked about, priced for your workload:**" in md
    assert f"**{a.chosen.name}** at your volume: 80M input tokens x" in md
    assert "it is the recommendation." in md


def test_why_not_a_dearer_model_in_the_comparison_says_what_it_costs_more(catalog: Catalog) -> None:
    # GPT-5 mini: 80M x $0.25/M + 20M x $2/M = $60 a month, compared and eligible, dearer than the pick
    profile = _profile(**SMALL_TEAM)
    a = analyze(profile, catalog)
    assert a.chosen.model != "gpt-5-mini" and a.chosen.monthly_usd < 60
    md = _why(a, profile, catalog, AdviceQuestion(kind="why", models=["gpt-5-mini"]))
    assert "**GPT-5 mini** at your volume: 80M input tokens x $0.25/M + 20M output x $2/M = $60.00 a month" in md
    assert "it meets your constraints but costs" in md
    assert "more than the recommendation" in md


def test_why_not_a_model_without_a_price_says_it_cannot_compare(catalog: Catalog) -> None:
    profile = _profile(**SMALL_TEAM)
    a = analyze(profile, catalog)
    md = _why(a, profile, catalog, AdviceQuestion(kind="why", models=["no-such-model"]))
    assert "- I have no price for no-such-model, so I can't compare it." in md


def test_why_not_the_kind_of_option_recommended_names_the_pick(catalog: Catalog) -> None:
    profile = _profile(**SMALL_TEAM)
    a = analyze(profile, catalog)
    md = _why(a, profile, catalog, AdviceQuestion(kind="why", topic=a.chosen.kind))
    assert f"is the recommendation: {a.chosen.name}." in md


def test_keeping_the_data_in_the_region_the_recommendation_already_serves(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=1e8, compliance=["data_residency"], data_region="eu")
    a = analyze(profile, catalog)
    assert a.runs_in.startswith("in the EU")
    md = explain.region_answer(a, profile, catalog, AnalysisOptions()).markdown
    assert md.startswith("### Keeping the data in your region\n\nThe recommendation already does:")
    assert "in the EU" in md
    assert "|---|" not in md  # nothing to compare: no table


def test_keeping_the_data_in_the_region_on_your_own_gpus(catalog: Catalog) -> None:
    # GPUs enough for the whole load (with 16 they carry three quarters of it beside an API, test_owned_split)
    profile = _profile(**{**OWN_FLEET, "owned_gpus": {"gpu": "h100", "count": 20, "paid_for": True}})
    a = analyze(profile, catalog)
    assert a.option == "self_host"
    md = explain.region_answer(a, profile, catalog, AnalysisOptions()).markdown
    assert "runs in your own cloud tenant or on your own GPUs, in the region you choose." in md


def test_self_hosting_priced_for_this_workload(catalog: Catalog) -> None:
    profile = _profile(**OWN_FLEET)
    a = analyze(profile, catalog)
    md = explain.capability_answer(a).markdown
    assert md.startswith("### Yes: every recommendation prices self-hosting beside the APIs")
    assert "For your workload: Self-host" in md
    assert f"against the recommendation {a.chosen.name}" in md


def test_owned_gpus_under_a_residency_rule_stay_where_they_are_placed(catalog: Catalog) -> None:
    profile = _profile(**OWN_FLEET, compliance=["data_residency"], data_region="eu")
    a = analyze(profile, catalog)
    assert a.option == "self_host"
    assert a.runs_in == "in the EU: on your own hardware, placed in the EU"


def test_a_bill_beside_no_volume_asks_to_check_the_volume(catalog: Catalog) -> None:
    # $500 a month said, 0 tokens read: every API prices at $0, so nothing compares to the bill; the volume is asked
    a = analyze(_profile(tokens_per_month=0, current_spend_usd_per_month=500), catalog)
    assert [c.kind for c in a.checks] == ["tiny_total"]
    assert "At the volume I understood (0 tokens a month, 0 a day)" in a.checks[0].text
    assert "please check the volume" in a.checks[0].text


def test_a_planned_precision_that_meets_the_latency_target_is_kept(catalog: Catalog) -> None:
    # 1B tokens a month with a 500 ms target, planned at fp8: fp8 is tried first, and not again as a lever
    profile = _profile(tokens_per_month=1e9, latency_p99_ms=500, team=OWN_FLEET["team"])
    a = analyze(profile, catalog, AnalysisOptions(precision="fp8"))
    assert a.self_host.available
    assert a.self_host.precision == "fp8"
    assert "served at" not in a.self_host.name


def test_why_not_a_cheaper_option_set_aside_gives_its_reason(catalog: Catalog) -> None:
    # 1B tokens a month, 50/50, frontier: GPT-5 at 500M x $1.25/M + 500M x $10/M = $5,625 a month; routing most
    # of it to a small self-hosted model costs less but saves under the 25% a router must save, so it is set aside
    profile = _profile(tokens_per_month=1e9, team=OWN_FLEET["team"], quality="frontier")
    a = analyze(profile, catalog)
    assert a.headline.endswith("GPT-5, about $5,625.00 a month")
    md = _why(a, profile, catalog, AdviceQuestion(kind="why", topic="hybrid"))
    asked = md.split("**The option you asked about, priced for your workload:**\n")[1].split("\n\n")[0]
    assert asked.startswith("- **Hybrid:")
    assert "a month less than the recommendation; it meets your constraints but was set aside:" in asked
    assert "under the 25% that pays for a router" in asked
