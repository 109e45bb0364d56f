"""Checking the volume against what the user said about money.

A stated bill that the model used today, priced at the volume understood, misses by a wide factor
(``thresholds.spend_mismatch_factor``), or a whole recommendation costing almost nothing
(``thresholds.min_plausible_monthly_usd``), more likely means a misread volume (a day read as a month, a
count of users dropped) than a real saving: the answer says so, with the engine's figures, and asks.
"""

from __future__ import annotations

from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import CostRow, VolumeCheck
from assistant.decision.rules import rules
from assistant.interview.describe import money_words
from assistant.interview.facts import WorkloadProfile
from tools.api_cost import Workload, api_cost
from tools.catalog import Catalog
from tools.numbers import format_tokens, format_usd

API_KINDS = ("api", "managed_open_weight")


def _times(a: float, b: float) -> float:
    lo, hi = sorted((abs(a), abs(b)))
    return hi / lo if lo > 0 else float("inf")


def _ask(wl: Workload) -> str:
    return (
        f"at the volume I understood ({format_tokens(wl.total_tokens_per_month)} tokens a month, "
        f"{format_tokens(wl.tokens_per_day)} a day)"
    )


def volume_checks(
    profile: WorkloadProfile,
    wl: Workload,
    catalog: Catalog,
    opts: AnalysisOptions,
    chosen: CostRow,
    rows: list[CostRow],
) -> list[VolumeCheck]:
    """What to ask the user to check before trusting the figures (empty when everything squares)."""
    t = rules().thresholds
    factor = t.spend_mismatch_factor.value
    out: list[VolumeCheck] = []
    spend_fact = profile.get("current_spend_usd_per_month")
    spend = float(spend_fact) if spend_fact else None
    said = money_words(spend or 0.0, profile.get("current_spend_in_currency"), " a month")  # compared in dollars
    model = profile.get("current_model")
    priced = None
    if model:
        try:
            priced = api_cost(wl, catalog.api_price(str(model), opts.prices), catalog)
        except (LookupError, ValueError):
            priced = None
    fix = "If that volume is wrong, tell me the right one (per day or per month, or requests x tokens each)."
    if spend and priced is not None and priced.monthly_usd > 0:
        times = _times(spend, priced.monthly_usd)
        if times > factor:
            way = "more" if priced.monthly_usd > spend else "less"
            out.append(
                VolumeCheck(
                    kind="spend_vs_model",
                    text=(
                        f"You said you spend about {said} on {priced.name}; {_ask(wl)}, "
                        f"{priced.name} would cost about {format_usd(priced.monthly_usd)} a month, {times:,.0f}x "
                        f"{way} than your bill. {fix}"
                    ),
                    spend_usd_per_month=spend,
                    priced_monthly_usd=priced.monthly_usd,
                    times=times,
                )
            )
    elif spend:
        apis = [r for r in rows if r.kind in API_KINDS and r.monthly_usd > 0]
        if apis:
            dear, cheap = max(apis, key=lambda r: r.monthly_usd), min(apis, key=lambda r: r.monthly_usd)
            if spend > factor * dear.monthly_usd or spend * factor < cheap.monthly_usd:
                ref, word = (dear, "dearest") if spend > dear.monthly_usd else (cheap, "cheapest")
                times = _times(spend, ref.monthly_usd)
                out.append(
                    VolumeCheck(
                        kind="spend_vs_options",
                        text=(
                            f"You said you spend about {said}; {_ask(wl)}, even the {word} "
                            f"API I priced, {ref.name}, costs about {format_usd(ref.monthly_usd)} a month, "
                            f"{times:,.0f}x {'less' if word == 'dearest' else 'more'} than your bill. {fix}"
                        ),
                        spend_usd_per_month=spend,
                        priced_monthly_usd=ref.monthly_usd,
                        times=times,
                    )
                )
    floor = t.min_plausible_monthly_usd.value
    if not out and chosen.monthly_usd < floor:
        out.append(
            VolumeCheck(
                kind="tiny_total",
                text=(
                    f"{_ask(wl)[0].upper()}{_ask(wl)[1:]}, the recommendation costs only "
                    f"{format_usd(chosen.monthly_usd)} a month, less than {format_usd(floor)}: please check the "
                    f"volume. {fix}"
                ),
                priced_monthly_usd=chosen.monthly_usd,
                times=1.0,
            )
        )
    return out
