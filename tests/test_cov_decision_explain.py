"""'Why' and 'how' answers at the edges (``assistant.decision.explain``): no volume at all, and a fleet that no
volume makes cheaper than any API."""

from __future__ import annotations

from assistant.decision import explain
from assistant.decision.analysis import AnalysisOptions, analyze
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import AdviceQuestion
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
    # A10G replicas of Llama 3.3 70B at ten times the raw GPU bill cost more per token than every API compared,
    # so no breakeven volume exists and the answer says so instead of listing divisions
    profile = _profile(tokens_per_month=3e9)
    opts = AnalysisOptions(gpu="a10g", hidden_multiplier=10)
    a = analyze(profile, catalog, opts)
    assert a.breakevens and not any(b.breakeven_tokens_per_month for b in a.breakevens[:4])
    md = explain.how_answer(
        AdviceQuestion(kind="how", topic="breakeven"), a, profile.workload(), catalog, opts
    ).markdown
    assert md.startswith("### How I computed the breakeven volumes")
    assert "divided by" not in md
    assert "at no volume: a full self-hosted replica costs more per token than each API compared" in md
