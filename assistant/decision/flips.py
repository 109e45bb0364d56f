"""Flip points: what would change the recommendation (volume, price, staffing, compliance, batch,
quality, one constraint fewer), each in words with its figure.
"""

from __future__ import annotations

from assistant.decision.constraints import CONSTRAINT_WORDS, Needs
from assistant.decision.results import BreakevenRow, Candidate, FlipPoint
from assistant.decision.rules import rules
from assistant.interview.facts import WorkloadProfile
from tools.api_cost import Workload
from tools.hybrid import HybridResult


def flip_points(
    profile: WorkloadProfile,
    wl: Workload,
    option: str,
    chosen: Candidate,
    host: Candidate | None,
    breakevens: list[BreakevenRow],
    cands: list[Candidate],
    hyb: HybridResult | None,
    best_api: Candidate | None,
    needs: Needs,
) -> list[FlipPoint]:
    flips: list[FlipPoint] = []
    if host and best_api and option != "self_host":
        be = next((b for b in breakevens if b.model == best_api.row.model), None)
        weaker = " with a weaker open model" if needs.quality == "frontier" else ""
        if be and be.breakeven_tokens_per_month:
            times = f" ({be.times_your_volume:g}x your volume)" if be.times_your_volume else ""
            flips.append(
                FlipPoint(
                    kind="volume",
                    text=(
                        f"a self-hosted fleet{weaker} matches {best_api.row.name} at "
                        f"{be.breakeven_tokens_per_month:,.0f} tokens a month{times}, adding replicas as volume grows"
                    ),
                )
            )
        elif be:
            flips.append(
                FlipPoint(
                    kind="volume",
                    text=(
                        f"more volume would not flip it: even fully used, a self-hosted replica costs more per "
                        f"million tokens than {best_api.row.name}"
                    ),
                )
            )
    if host and best_api and wl.total_tokens_per_month and option != "self_host":
        needed = host.cost / wl.total_tokens_per_month * 1e6
        flips.append(
            FlipPoint(
                kind="price",
                text=(
                    f"at your volume, self-hosting wins only if the API's blended price rises above ${needed:,.4g} per "
                    f"million tokens (the cheapest comparable one is "
                    f"${best_api.cost / wl.total_tokens_per_month * 1e6:,.4g})"
                ),
            )
        )
    rented = min(
        (
            c
            for c in cands
            if c.traits.hosting == "cloud_self_host" and c.broken_kinds <= {"team"} | chosen.broken_kinds
        ),
        key=lambda c: c.cost,
        default=None,
    )
    if rented and rented.host and not needs.team:
        host = rented
        raw = rented.host.tco.raw_gpu_monthly_usd
        infra = rules().thresholds.existing_infra_multiplier.value
        lean = raw * infra
        if lean < host.cost:
            text = (
                f"with ML engineers or existing GPU/Kubernetes infrastructure, hidden costs fall to about {infra:g}x "
                f"the raw GPU bill: about ${lean:,.2f} a month here instead of ${host.cost:,.2f}"
            )
        else:
            text = (
                f"people to run GPUs make self-hosting possible, but it would not get cheaper: {infra:g}x the raw GPU "
                f"bill is ${lean:,.2f}, against ${host.cost:,.2f} counted here"
            )
        flips.append(FlipPoint(kind="staffing", text=text))
    if needs.boundary == "any_vendor" and not profile.regimes():
        flips.append(
            FlipPoint(
                kind="compliance",
                text=(
                    "a rule that keeps data in your own cloud (FedRAMP) leaves dedicated deployments and self-hosting "
                    "in your cloud; data residency in a region keeps only providers that can process there; one that "
                    "keeps it on your premises or air-gapped leaves only hardware you own or buy"
                ),
            )
        )
    batch = [c for c in cands if c.traits.kind == "batch_api" and c.broken_kinds == {"realtime"}]
    if batch and option != "batch_api":
        cheapest = min(batch, key=lambda c: c.cost)
        if cheapest.cost < chosen.cost:
            flips.append(
                FlipPoint(
                    kind="batch",
                    text=f"if answers could wait hours, {cheapest.row.name} would cost ${cheapest.cost:,.2f} a month",
                )
            )
    if option == "hybrid" and hyb and hyb.small_route == "owned":
        flips.append(
            FlipPoint(
                kind="volume",
                text=(
                    f"your GPUs carry {hyb.small_share:.0%} of today's volume: as it grows they carry a smaller share "
                    f"and the API a larger one; all-API would cost ${hyb.all_api_monthly_usd:,.2f}"
                ),
            )
        )
    elif option == "hybrid" and hyb:
        flips.append(
            FlipPoint(
                kind="quality",
                text=(
                    f"routing pays while about {hyb.small_share:.0%} of requests are simple; all-API would cost "
                    f"${hyb.all_api_monthly_usd:,.2f}"
                ),
            )
        )
    # one constraint more than the recommendation already breaks (none when it meets them all)
    single = [
        c for c in cands if len(c.broken_kinds - chosen.broken_kinds) == 1 and c.cost < chosen.cost and c is not chosen
    ]
    for kind in ("data_boundary", "cloud", "quality", "fine_tuning", "deadline", "latency", "team"):
        pick = min(
            (c for c in single if kind in c.broken_kinds - chosen.broken_kinds), key=lambda c: c.cost, default=None
        )
        if pick is not None:
            why = next(b.reason for b in pick.broken if b.constraint == kind)
            flips.append(
                FlipPoint(
                    kind="constraint",
                    text=(
                        f"without the constraint on {CONSTRAINT_WORDS[kind]}, {pick.row.name} would cost "
                        f"${pick.cost:,.2f} a month ({why})"
                    ),
                )
            )
    return flips
