"""Choosing among the options that remain: the cheapest wins, except that self-hosting must beat the best
alternative by the margin in ``data/rules.toml`` and hybrid routing must clear its volume and saving
thresholds (cheaper options passed over are set aside, with the reason); when nothing meets every
constraint, the closest option and what relaxing each constraint would allow.
"""

from __future__ import annotations

from itertools import combinations

from assistant.decision.constraints import CONSTRAINT_WORDS, TIER_RANK
from assistant.decision.results import Candidate, Relaxation, SetAside, is_host
from assistant.decision.rules import rules
from tools.hybrid import HybridResult


def _hybrid_blocked(hybrid: HybridResult | None, per_day: float) -> str | None:
    """Why hybrid routing is not recommended (below the volume or the saving it needs), or None.

    Routing to a small model's API has no fleet to fill, so the volume threshold (which is about keeping a small
    fleet busy) does not apply; the saving must still pay for a router, in share and in dollars. GPUs you own
    carrying what they can beside an API need neither a volume nor a second model of a lower tier: only the router
    must pay, in dollars."""
    th = rules().thresholds
    if hybrid is None:
        return "routing is not the rule's pick here"
    if hybrid.small_route in ("api", "owned"):  # (GPUs you own need no volume to fill them: they are there)
        if hybrid.savings_vs_all_api_usd < th.api_routing_min_savings_usd_per_month.value:
            return (
                f"it saves ${hybrid.savings_vs_all_api_usd:,.2f} a month, under the "
                f"${th.api_routing_min_savings_usd_per_month.value:,.0f} a month that pays for a router and checking "
                "the routed answers"
            )
    elif per_day < th.hybrid_min_tokens_per_day.value:
        return (
            f"{per_day / 1e6:,.1f}M tokens a day is below the {th.hybrid_min_tokens_per_day.value / 1e6:g}M a day "
            f"where routing starts to pay ({th.hybrid_min_tokens_per_day.source.label()})"
        )
    if hybrid.small_route != "owned" and hybrid.savings_vs_all_api_pct < th.hybrid_min_savings_share.value * 100:
        return (
            f"it saves {hybrid.savings_vs_all_api_pct:g}% against all-API, under the "
            f"{th.hybrid_min_savings_share.value:.0%} that pays for a router and a second model to run"
        )
    return None


def _owned_first(hosts: list[Candidate]) -> Candidate | None:
    """The cheapest fleet, or one on GPUs already paid for when it costs at most the share in rules.toml more
    (buying a GPU to save a few dollars a month against the ones you own is no saving)."""
    if not hosts:
        return None
    share = rules().thresholds.owned_preference_share.value
    owned = [c for c in hosts if c.paid_for and c.cost <= hosts[0].cost * (1 + share)]
    return owned[0] if owned else hosts[0]


def choose(pool: list[Candidate], per_day: float, premises: bool = True) -> tuple[Candidate, list[SetAside]]:
    """Cheapest wins, with the margin self-hosting needs and the thresholds hybrid routing needs.

    ``premises``: the workload may run on hardware you would buy (your data must stay on premises, or you
    already run GPUs of your own); otherwise buying is listed for comparison, not recommended."""
    th = rules().thresholds
    margin = th.self_host_margin.value
    plain = sorted((c for c in pool if not is_host(c) and c.traits.kind != "hybrid"), key=lambda c: c.cost)
    hosts = sorted((c for c in pool if is_host(c) and (premises or c.traits.hosting != "bought")), key=lambda c: c.cost)
    # the cheapest routing that clears its thresholds (a small self-hosted fleet, or a small model's API)
    hybs = sorted((c for c in pool if c.traits.kind == "hybrid"), key=lambda c: c.cost)
    hyb = next((c for c in hybs if _hybrid_blocked(c.hybrid, per_day) is None), None)
    base = plain[0] if plain else None
    host = _owned_first(hosts)
    aside: list[SetAside] = []

    chosen: Candidate
    if base is None:
        chosen = host or hyb or pool[0]
    elif host is not None and base.cost >= (th.owned_margin.value if host.paid_for else margin) * host.cost:
        chosen = host
    else:
        chosen = base
    if hyb is not None and hyb.cost < chosen.cost:
        chosen = hyb
    for c in sorted(pool, key=lambda c: c.cost):
        if c is chosen or c.cost >= chosen.cost:
            continue
        if is_host(c) and c.traits.hosting == "bought" and not premises:
            reason = (
                "buying GPUs means running a data centre or colocation of your own; nothing you said keeps the work "
                "off the cloud, so it is shown for comparison"
            )
        elif is_host(c) and chosen.paid_for and not c.paid_for and is_host(chosen):
            pref = th.owned_preference_share
            saves = chosen.cost - c.cost
            reason = (
                f"it saves only ${saves:,.2f} a month against the GPUs you already own; buying GPUs for under "
                f"{pref.value:.0%} of the monthly cost is no saving ({pref.source.label()})"
            )
        elif is_host(c):
            ratio = (base.cost / c.cost) if base and c.cost else 0.0
            # the pick is the cheapest fleet allowed here, so a cheaper one lost to the margin over the API
            need = th.owned_margin if c.paid_for else th.self_host_margin
            reason = (
                f"the cheapest alternative costs only {ratio:.1f}x this; running your own GPUs needs a "
                f"{need.value:g}x margin ({need.source.label()})"
                if base is not None
                else "not the cheapest way to self-host"
            )
        elif c.traits.kind == "hybrid":
            reason = _hybrid_blocked(c.hybrid, per_day) or "routing is not the rule's pick here"
        else:  # a cheaper API passed over for a fleet: only a margin under 1x in rules.toml does that
            rule = th.owned_margin if chosen.paid_for else th.self_host_margin
            whose = "GPUs you own" if chosen.paid_for else "self-hosting"
            reason = f"cheaper, but the margin {whose} must beat is {rule.value:g}x ({rule.source.label()})"
        aside.append(SetAside(name=c.row.name, kind=c.row.kind, monthly_usd=c.cost, reason=reason))
    return chosen, aside


def _closest_to_target(pool: list[Candidate]) -> list[Candidate]:
    """Relaxing the latency target: keep the options that come closest to it (within the factor in rules.toml),
    so the answer is the fastest affordable option rather than the cheapest slow one."""
    factor = rules().latency.relaxed_within_factor.value

    def over(c: Candidate) -> float:
        return c.latency_over if "latency" in c.broken_kinds else 1.0

    best = min(over(c) for c in pool)
    return [c for c in pool if over(c) <= best * factor]


def _closest_to_bar(pool: list[Candidate]) -> list[Candidate]:
    """Relaxing the quality bar: keep the options of the highest tier there is, so a frontier need relaxed gets a
    strong model before a small one, whatever the small one saves."""
    best = max(TIER_RANK[c.traits.tier] for c in pool)
    return [c for c in pool if TIER_RANK[c.traits.tier] == best]


def relaxations(
    cands: list[Candidate],
    per_day: float,
    premises: bool = True,
    assumed: frozenset[str] = frozenset(),
    budget_usd: float | None = None,
) -> tuple[Candidate, list[SetAside], list[Relaxation]]:
    """Nothing meets every constraint: the closest option, and what relaxing each constraint would allow.

    ``assumed``: constraints the advisor filled in itself (the quality bar nobody stated): relaxed before any the
    user said, so an assumption never forces a dearer option than what was said allows. ``budget_usd``: the budget
    said; of the relaxations of as many said constraints, one whose option fits it comes before one over it
    (relaxing a latency target a little within budget before hiring GPU people for a fleet three times over it)."""
    order = list(rules().relax.order)
    relax: list[Relaxation] = []
    picks: list[tuple[Candidate, list[SetAside]]] = []  # the option of each relaxation, in the same order
    first: tuple[Candidate, list[SetAside]] | None = None
    # where data may go is relaxed last: any mix of the other constraints is tried first, assumed ones first of all
    combos = [c for size in (1, 2, 3) for c in combinations(order, size)]
    combos.sort(key=lambda c: ("data_boundary" in c, sum(k not in assumed for k in c), len(c)))
    for combo in combos:
        allowed = set(combo)
        if first is not None and ("data_boundary" in combo or len(combo) > len(relax[0].constraints)):
            break
        pool = [c for c in cands if c.broken and c.broken_kinds <= allowed]
        if not pool or any(set(r.constraints) <= allowed for r in relax):
            continue
        if "latency" in allowed:
            pool = _closest_to_target(pool)
        if "quality" in allowed:
            pool = _closest_to_bar(pool)
        chosen, aside = choose(pool, per_day, premises)
        words = " and ".join(CONSTRAINT_WORDS[k] for k in combo)
        why = "; ".join(b.reason for b in chosen.broken)
        relax.append(
            Relaxation(
                constraints=list(combo),
                text=f"relax {words}: {chosen.row.name}, about ${chosen.cost:,.2f} a month ({why})",
                option_name=chosen.row.name,
                monthly_usd=chosen.cost,
            )
        )
        picks.append((chosen, aside))
        if first is None:
            first = (chosen, aside)
    if first is not None and budget_usd is not None and first[0].cost > budget_usd:
        said = [sum(k not in assumed for k in r.constraints) for r in relax]
        fits = next(
            (i for i, (c, _) in enumerate(picks) if said[i] == said[0] and c.cost <= budget_usd),
            None,
        )
        if fits is not None:
            first = picks[fits]
            relax.insert(0, relax.pop(fits))
    if first is None:  # every option breaks several constraints: the cheapest of those breaking the fewest
        fewest = min(len(c.broken) for c in cands)
        pool = [c for c in cands if len(c.broken) == fewest]
        chosen, aside = choose(pool, per_day, premises)
        first = (chosen, aside)
        relax.append(
            Relaxation(
                constraints=sorted(b.constraint for b in chosen.broken),
                text=f"relax {', '.join(CONSTRAINT_WORDS[k] for k in sorted(chosen.broken_kinds))}: {chosen.row.name}",
                option_name=chosen.row.name,
                monthly_usd=chosen.cost,
            )
        )
    return first[0], first[1], relax
