"""The analysis memo: the same values give the same analysis, said or assumed; anything else recomputes."""

from __future__ import annotations

from assistant.decision.analysis import _MEMO, AnalysisOptions, analyze
from assistant.interview.facts import WorkloadProfile
from tools.catalog import Catalog, load_catalog


def _profile() -> WorkloadProfile:
    p = WorkloadProfile()
    p.set("tokens_per_month", 1.5e9)
    p.set("input_share", 0.8)
    p.set("traffic_shape", "steady")
    p.set("compliance", ["none"])
    p.set("team", {"ml_engineers": 2})
    return p


def test_confirming_an_assumption_reuses_the_figures_and_drops_it_from_the_assumed(catalog: Catalog) -> None:
    p = _profile()
    first = analyze(p, catalog)
    assert "assumed: an open-weight model is good enough" in first.assumptions
    assert len(_MEMO.entries) == 1
    p.set("quality", "open_weight_ok")  # what was assumed, now said
    second = analyze(p, catalog)
    assert len(_MEMO.entries) == 1  # found, not computed again
    assert "assumed: an open-weight model is good enough" not in second.assumptions
    _MEMO.clear()
    fresh = analyze(p, catalog)
    assert second.model_dump() == fresh.model_dump()
    assert first.chosen == second.chosen and first.table == second.table


def test_a_changed_value_options_or_catalog_is_computed_afresh(catalog: Catalog) -> None:
    p = _profile()
    base = analyze(p, catalog)
    p.set("tokens_per_month", 4.5e9)
    tripled = analyze(p, catalog)
    assert tripled.tokens_per_month == 4.5e9 and base.tokens_per_month == 1.5e9
    assert tripled.chosen.monthly_usd > base.chosen.monthly_usd
    assert len(_MEMO.entries) == 2
    analyze(p, catalog, AnalysisOptions(days_per_month=22))
    assert len(_MEMO.entries) == 3
    other = load_catalog()  # an equal catalog, but another object (e.g. other settings): not mixed up
    analyze(p, other)
    assert len(_MEMO.entries) == 4


def test_changing_a_returned_analysis_does_not_change_the_next_one(catalog: Catalog) -> None:
    p = _profile()
    first = analyze(p, catalog)
    kept = first.model_dump()
    first.reasons.append("scribbled on")
    first.chosen.monthly_usd = -1
    again = analyze(p, catalog)
    assert again.model_dump() == kept
