"""Questions about the advice: recognised in many phrasings, answered from the analysis and the engine."""

from __future__ import annotations

import asyncio
import re

import pytest

from assistant.agent.grounding import allowed_values, ungrounded
from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.prompts import QUESTIONS
from assistant.conversation.session import AdvisorSession
from assistant.decision import explain
from assistant.decision.analysis import analyze
from assistant.decision.inputs import AnalysisOptions
from assistant.interview.describe import describe_fact
from assistant.interview.facts import FIELDS, WorkloadProfile
from assistant.interview.policy import AdviceQuestion

INTERNAL = re.compile(r"\b(?:True|False|None)\b|\b[a-z]+_[a-z_]+\b|\d+\.0\b|[{}]")


@pytest.fixture(scope="module")
def resolver(catalog) -> explain.Resolver:
    return explain.resolver_for(catalog)


def kind(text: str, resolver: explain.Resolver, baseline: bool = True) -> str | None:
    q = explain.classify(text, resolver, has_baseline=baseline)
    return q.kind if q else None


@pytest.mark.parametrize(
    "text",
    [
        "why?",
        "Why that one?",
        "but why not self-host?",
        "how come you picked the API?",
        "what's the reasoning behind this?",
        "can you explain the recommendation",
        "what made you choose that?",
        "on what basis?",
        "justify it",
        "what is cheapest option?",  # the pick is the cheapest that meets every constraint: why, and what was set aside
        "which one is the cheapest??",
        "is this really the cheapest?",
        "whats the least expensive way to run this",
    ],
)
def test_why_phrasings(text: str, resolver) -> None:
    assert kind(text, resolver) == "why"


@pytest.mark.parametrize(
    "text",
    [
        "how did you compute the self-host cost?",
        "how was the API figure calculated?",
        "show me the math",
        "where does the 1.4 come from?",
        "can you break that number down",
        "walk me through the calculation",
        "how did you get $3,528?",
        "what's behind the monthly cost?",
    ],
)
def test_how_phrasings(text: str, resolver) -> None:
    assert kind(text, resolver) == "how"


@pytest.mark.parametrize(
    "text",
    [
        "what do you know about us?",
        "what's my profile",
        "what have I told you so far?",
        "what are you assuming?",
        "recap what we said so far",
        "what info do you have on us",
    ],
)
def test_profile_phrasings(text: str, resolver) -> None:
    assert kind(text, resolver, baseline=False) == "profile"


@pytest.mark.parametrize(
    ("text", "models", "gpus"),
    [
        ("compare with claude sonnet 4.5", ["claude-sonnet-4.5"], []),
        ("what about GPT-4o?", ["gpt-4o"], []),
        ("how much would gemini 2.5 flash cost us?", ["gemini-2.5-flash"], []),
        ("vs deepseek?", ["deepseek-v3.2"], []),
        ("how about on A100s?", [], ["a100-80gb"]),
        ("what if we switched to GPT-5 instead", ["gpt-5"], []),
    ],
)
def test_compare_phrasings_resolve_names(text: str, models: list[str], gpus: list[str], resolver) -> None:
    q = explain.classify(text, resolver, has_baseline=True)
    assert q is not None and q.kind == "compare"
    assert q.models == models and q.gpus == gpus


def test_unknown_model_is_named_not_priced(resolver) -> None:
    q = explain.classify("compare with gpt-9000", resolver, has_baseline=True)
    assert q is not None and q.kind == "compare" and q.unknown == ["gpt-9000"] and not q.models


@pytest.mark.parametrize(
    "text", ["what's the capital of France?", "tell me a joke", "can you write me a poem about cats?"]
)
def test_off_topic_gets_the_scope_note(text: str, resolver) -> None:
    assert kind(text, resolver) == "scope"


@pytest.mark.parametrize(
    "text",
    [
        "what is a brokered GPU service?",
        "How does batch pricing work?",
        "with spot instances?",
        "is this right?",
        "what if volume triples?",
        "on H100s?",
        "we have 3 ML engineers",
        "banana",
        "what is the cheapest gpu for a 70b model?",  # a guidance question about GPUs, not about the pick
        "why would anyone need an article instantly?",  # before any advice: not about the advice
    ],
)
def test_other_messages_are_not_advice_questions(text: str, resolver) -> None:
    baseline = not text.startswith("why would")
    assert kind(text, resolver, baseline=baseline) is None


def test_every_fact_has_plain_words() -> None:
    samples = {
        "tokens_per_month": 1.5e9,
        "input_share": 0.85,
        "traffic_shape": "business_hours",
        "compliance": ["pci_dss", "soc2"],
        "team": {"ml_engineers": 3, "devops": 1, "mlops": True, "gpu_infra": False, "kubernetes": True},
        "quality": "open_weight_ok",
        "latency_p99_ms": 1500.0,
        "request_input_tokens": 1500.0,
        "peak_to_average": 3.0,
        "fine_tuning": False,
        "candidate_models": ["claude-sonnet-4.5"],
        "budget_usd_per_month": 5000.0,
        "batch_ok": True,
        "data_boundary": "cloud_tenant",
        "latency_kind": "ttft",
        "owned_gpus": {"gpu": "h100", "count": 16, "paid_for": True},
        "simple_share": 0.75,
        "current_model": "gpt-4o",
        "current_spend_usd_per_month": 12000.0,
        "request_output_tokens": 300.0,
        "batch_deadline_hours": 8.0,
        "own_adapters": True,
        "small_model_ok": True,
        "cloud_provider": "azure",
        "business_hours_per_week": 45.0,
        "data_region": "not_us",
        "data_country": "Turkey",
        "current_spend_in_currency": {"amount_per_month": 9500.0, "currency": "EUR", "rate": "assumed"},
        "budget_in_currency": {"amount_per_month": 4000.0, "currency": "GBP", "rate": "assumed"},
        "quality_reference": "gpt-4o-mini",
        "languages": ["Italian", "German"],
        "exchange_rate": {"currency": "EUR", "usd_per_unit": 1.1},
        "vendor_homes_excluded": ["us", "cn"],
        "cached_share": 0.6,
    }
    assert set(samples) == set(FIELDS)
    for field, value in samples.items():
        text = describe_fact(field, value)
        assert text and text != "noted" and not INTERNAL.search(text), (field, text)
    assert describe_fact("compliance", ["pci_dss", "soc2"]) == "PCI-DSS and SOC 2 apply"
    assert describe_fact("vendor_homes_excluded", ["us", "cn"]) == "no US or Chinese company may receive the data"
    assert describe_fact("owned_gpus", samples["owned_gpus"]) == "you already have 16 H100 GPUs (already paid for)"
    assert describe_fact("latency_p99_ms", 1500.0) == "a latency target of 1.5 seconds"
    assert describe_fact("data_region", "not_us") == "the data must stay outside the US"
    assert describe_fact("data_region", "eu") == "the data must stay in the EU"
    assert describe_fact("tokens_per_month", 1.5e9, days_per_month=22) == (
        "about 68.2M tokens a day (about 1.5B a month)"
    )


def _profile(**facts) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v, quote=f"user said {k}")
    return p


def test_how_shows_the_self_host_arithmetic_with_its_inputs(catalog) -> None:
    profile = _profile(tokens_per_month=1.5e9, team={"ml_engineers": 2, "gpu_infra": True})
    opts = AnalysisOptions(gpu="h100", pricing="on_demand")
    a = analyze(profile, catalog, opts)
    offer = catalog.gpu_offer("h100")
    gpus = a.self_host.gpus
    expected = gpus * offer.usd_per_gpu_hour * 720 * 1.4
    answer = explain.how_answer(AdviceQuestion(kind="how", topic="self_host"), a, profile.workload(), catalog, opts)
    line = f"{gpus} x H100 x ${offer.usd_per_gpu_hour:g}/h x 720 h x 1.4 = ${expected:,.2f}"
    assert line in answer.markdown, answer.markdown


def test_how_shows_the_api_arithmetic(catalog) -> None:
    profile = _profile(tokens_per_month=3e8, input_share=0.8, quality="frontier")
    a = analyze(profile, catalog)
    q = AdviceQuestion(kind="how", topic="api", models=["gpt-5"])
    answer = explain.how_answer(q, a, profile.workload(), catalog, AnalysisOptions())
    price = catalog.api_price("gpt-5")
    monthly = 240 * price.price.input_usd_per_mtok + 60 * price.price.output_usd_per_mtok
    assert f"240M input tokens x ${price.price.input_usd_per_mtok:,.4g}/M" in answer.markdown
    assert f"= ${monthly:,.2f} a month" in answer.markdown


def test_why_names_the_facts_the_rules_and_each_cheaper_option_set_aside(catalog) -> None:
    profile = _profile(tokens_per_month=1.5e9, compliance=["hipaa"], quality="frontier", team={"ml_engineers": 0})
    a = analyze(profile, catalog)
    answer = explain.why_answer(a, profile, 30, lambda s: s).markdown
    assert a.headline in answer and all(r in answer for r in a.reasons)
    assert "HIPAA applies" in answer and "“user said compliance”" in answer
    cheaper = [x for x in [*a.set_aside, *a.excluded] if x.monthly_usd < a.chosen.monthly_usd]
    assert cheaper, "this profile has cheaper options that break its constraints"
    for x in cheaper[:3]:
        assert f"{x.name} (${x.monthly_usd:,.2f} a month): {x.reason}" in answer
    assert all(c in answer for c in a.constraints)


def test_compare_prices_models_beside_the_recommendation(catalog) -> None:
    profile = _profile(tokens_per_month=6e7, input_share=0.8)
    a = analyze(profile, catalog)
    q = AdviceQuestion(kind="compare", models=["claude-sonnet-4.5"], unknown=["gpt-9000"])
    answer = explain.compare_answer(q, a, profile, profile.workload(), catalog, AnalysisOptions()).markdown
    price = catalog.api_price("claude-sonnet-4.5").price
    monthly = 48 * price.input_usd_per_mtok + 12 * price.output_usd_per_mtok
    assert f"${monthly:,.2f}" in answer and f"${a.chosen.monthly_usd:,.2f}" in answer
    assert f"${monthly - a.chosen.monthly_usd:,.2f} a month more" in answer
    assert "no price for “gpt-9000”" in answer and "+0.00" not in answer


def test_profile_answer_separates_said_from_assumed() -> None:
    profile = _profile(tokens_per_month=1.5e9)
    profile.skipped.append("team")
    answer = explain.profile_answer(profile, 30, lambda s: s).markdown
    said, assumed = answer.split("**I assumed")
    assert "about 50M tokens a day" in said
    assert "a 50/50 input/output split" in assumed and "(you skipped this)" in assumed


@pytest.fixture(scope="module")
def advisor() -> Advisor:
    return Advisor(OfflineAdvisorModel(), None)


def test_questions_about_the_advice_end_to_end(advisor: Advisor, catalog) -> None:
    session = AdvisorSession(catalog)
    turns = [
        "about 2M tokens a day, mostly input",
        "spiky traffic, no compliance stuff",
        "no ML people, open source models are fine",
    ]
    for t in turns:
        asyncio.run(advisor.turn(session, t))
    assert session.baseline is not None
    asked = [
        ("why did you pick that?", "### Why:"),
        ("how did you compute that?", "### How I computed"),
        ("what do you know about us?", "**You told me:**"),
        ("compare with claude sonnet 4.5", "Claude Sonnet 4.5"),
        ("what about gpt-9000?", "no price for “gpt-9000”"),
        ("what's the capital of France?", "outside what I can help with"),
    ]
    payloads: list = []
    for text, marker in asked:
        record = asyncio.run(advisor.turn(session, text))
        assert [c.name for c in record.tool_calls] == ["explain_advice"], text
        assert marker in record.assistant, (text, record.assistant[:300])
        assert not record.notices, record.notices
        payloads += [c.result for c in record.tool_calls]
        profile = {k: v["value"] for k, v in session.profile.summary().items()}
        allowed = allowed_values([*payloads, profile], [*turns, *QUESTIONS.values()])
        assert ungrounded(record.assistant, allowed) == [], text
    assert session.baseline is not None and len(session.scenarios) == 0
