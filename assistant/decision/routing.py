"""Routing between two APIs: the simple share of requests to a small model's API, the rest to the cheapest API
that meets every constraint. No fleet and no team needed, so it is open to teams that cannot self-host; it is
built only from a share the user said (an assumed share would make the saving an assumption too).
"""

from __future__ import annotations

from assistant.decision.api_options import savings_words
from assistant.decision.constraints import Needs, check
from assistant.decision.results import Candidate, CostRow
from tools.api_cost import ApiCostResult, Workload
from tools.compare import ComparisonResult
from tools.hybrid import HybridResult, api_routing
from tools.results import money

PLAIN = ("api", "managed_open_weight")


def _small_enough(c: Candidate) -> bool:
    """A small model's API that breaks nothing but the quality bar: fit for the simple share only."""
    return c.traits.kind in PLAIN and c.traits.tier == "small" and c.broken_kinds == {"quality"}


def _priced(result: ComparisonResult, c: Candidate) -> ApiCostResult | None:
    """The comparison's pricing of this option's model for the whole workload."""
    kind = "proprietary" if c.traits.kind == "api" else "open_weight_host"
    return next((r for r in result.api if r.model == c.row.model and r.kind == kind), None)


def api_routing_candidate(
    wl: Workload, cands: list[Candidate], share: float, result: ComparisonResult, needs: Needs
) -> tuple[Candidate, HybridResult] | None:
    """Route ``share`` of the traffic to the cheapest small API fit for it, the rest to the cheapest API meeting
    every constraint; None when either part is missing or the small one is no cheaper."""
    if wl.total_tokens_per_month <= 0 or not 0 < share < 1 or needs.fine_tuning:
        return None
    bases = sorted((c for c in cands if c.traits.kind in PLAIN and not c.broken), key=lambda c: c.cost)
    smalls = sorted((c for c in cands if _small_enough(c)), key=lambda c: c.cost)
    if not bases or not smalls or smalls[0].cost >= bases[0].cost:
        return None
    base, small = bases[0], smalls[0]
    small_priced, base_priced = _priced(result, small), _priced(result, base)
    if small_priced is None or base_priced is None:
        return None
    res = api_routing(wl, share, small_priced, base_priced)
    row = CostRow(
        kind="hybrid",
        name=f"Hybrid: {share:.0%} to {small.row.name}, rest to {base.row.name}",
        model=base.row.model,
        monthly_usd=money(res.blended_monthly_usd),
        detail=savings_words(res.savings_vs_all_api_pct, f"all on {base.row.name}")
        + "; the simple requests go to a small model's API, no GPUs to run",
        source=f"{small.row.source}; {base.row.source}",
    )
    traits = base.traits.model_copy(update={"kind": "hybrid"})
    return Candidate(row=row, traits=traits, broken=check(traits, needs), hybrid=res), res
