"""'Why' and 'how' answers at the edges (``assistant.decision.explain``): no volume at all, a fleet that no
volume makes cheaper than any API, a bill lowered by prompt caching; and a regime the rules do not know."""

from __future__ import annotations

import pytest

from assistant.decision import explain
from assistant.decision.analysis import analyze
from assistant.decision.constraints import needs_from
from assistant.decision.inputs import AnalysisOptions
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import AdviceQuestion
from tools.api_cost import Workload
from tools.catalog import Catalog


def _profile(**facts: object) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v, quote=f"user said {k}")
    return p


def test_with_no_volume_nothing_is_cheaper_than_the_pick(catalog: Catalog) -> None:
    # no tokens: every API costs $0.00, so no option can be cheaper than the one recommended
    profile = _profile(tokens_per_month=0)
    a = analyze(profile, catalog)
    assert a.chosen.monthly_usd == 0
    md = explain.why_answer(a, profile, 30, lambda s: s).markdown
    assert f"No option in the comparison is cheaper than {a.chosen.name} at $0.00 a month." in md
    assert "Cheaper options set aside" not in md


def test_how_breakeven_when_no_volume_makes_the_fleet_cheaper(catalog: Catalog) -> None:
    # A100 replicas of Llama 3.1 405B at ten times the raw GPU bill cost more per token than every API compared,
    # so no breakeven volume exists and the answer says so instead of listing divisions
    profile = _profile(tokens_per_month=3e9)
    opts = AnalysisOptions(gpu="a100-80gb", hidden_multiplier=10, open_model="llama-3.1-405b")
    a = analyze(profile, catalog, opts)
    assert a.breakevens and not any(b.breakeven_tokens_per_month for b in a.breakevens[:4])
    md = explain.how_answer(
        AdviceQuestion(kind="how", topic="breakeven"), a, profile.workload(), catalog, opts
    ).markdown
    assert md.startswith("### How I computed the breakeven volumes")
    assert "divided by" not in md
    assert "there is none: even fully used, a self-hosted replica costs more per million tokens than each API" in md


def test_how_an_api_was_priced_says_when_caching_lowered_the_bill(catalog: Catalog) -> None:
    # 100M tokens a month, 80% input, half the input read from the prompt cache: GPT-5 at $1.25/M input,
    # $0.125/M cached input and $10/M output costs 40M x $1.25 + 40M x $0.125 + 20M x $10 = $255 a month,
    # less than the plain input + output lines would say ($100 + $200), and the answer says why
    profile = _profile(tokens_per_month=1e8, input_share=0.8)
    a = analyze(profile, catalog)
    wl = Workload.from_total(1e8, 0.8, per="month", cached_share=0.5)
    q = AdviceQuestion(kind="how", topic="api", models=["gpt-5"])
    answer = explain.how_answer(q, a, wl, catalog, AnalysisOptions())
    assert answer.figures["monthly_usd"] == pytest.approx(255.0)
    assert "(after caching and batch discounts)" in answer.markdown


def test_a_regime_the_rules_do_not_know_adds_no_constraint() -> None:
    # a model may record a regime the rules have no entry for (ISO 27001 said in passing): it neither moves the
    # data boundary nor asks anything of providers
    needs = needs_from(_profile(compliance=["iso27001"]))
    assert needs.boundary == "any_vendor" and needs.provider_needs == []
    assert needs_from(_profile(compliance=["iso27001", "hipaa"])).provider_needs == [("hipaa", "hipaa_baa")]
