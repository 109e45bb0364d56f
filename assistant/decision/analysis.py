"""From a profile to a recommendation: hard constraints first, then cost, with every figure behind it.

Deterministic and LangChain-free; every figure comes from the cost engine in ``tools/``. Each way to
serve the workload (APIs, managed open-weight hosts, dedicated cloud deployments, batch APIs, a
self-hosted fleet on rented, owned or bought GPUs, hybrid routing) is priced, then checked against
the hard constraints (``constraints.py``). An option breaking one is never recommended: it is listed
as excluded with the reason. Among the rest the cheapest wins, except that self-hosting must beat
the best alternative by the margin in ``data/rules.toml`` and hybrid routing must clear its volume
and saving thresholds; cheaper options passed over are listed as set aside, with the reason. When
nothing meets every constraint, the answer says so and names the constraint to relax.

This module runs the steps in order; each lives in its own module (``inputs``, ``api_options``,
``fleets``, ``hardware``, ``choice``, ``summary``, ``flips``, ``curves``; the shapes in ``results``).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from assistant.decision import curves, summary
from assistant.decision.api_options import api_candidates, hybrid_candidate, owned_split_candidate
from assistant.decision.choice import choose, relaxations
from assistant.decision.constraints import needs_from, same_words
from assistant.decision.fleets import host_candidates
from assistant.decision.flips import flip_points
from assistant.decision.frameworks import agreement, apply_all
from assistant.decision.inputs import (
    AnalysisOptions,
    hidden_costs,
    models_for,
    named_open_models,
    peak_to_average,
    validated_model,
)
from assistant.decision.results import Analysis, Relaxation, SelfHostDetail, is_host
from assistant.decision.routing import api_routing_candidate
from assistant.decision.sanity import volume_checks
from assistant.interview.facts import FIELDS, WorkloadProfile
from assistant.vocab import OptionKind
from tools.api_cost import Workload
from tools.catalog import Catalog
from tools.compare import SELF_HOST_GPUS, ComparisonInput
from tools.compare import compare as run_compare
from tools.fleet_policy import fleet_policy
from tools.hybrid import HybridResult


class _Memo:
    """The last analyses by what they are computed from: the values the profile gives (said or assumed
    alike), the options and the catalog. Telling the advisor what it had assumed, going back to a
    scenario, or the same workload in another session then costs a lookup; only the list of what was
    assumed, the one part that depends on who said what, is rebuilt."""

    SIZE = 128

    def __init__(self) -> None:
        self.entries: OrderedDict[tuple[object, ...], tuple[Catalog, dict[str, Any], list[str], int]] = OrderedDict()
        self.lock = threading.Lock()

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()

    @staticmethod
    def key(profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions) -> tuple[object, ...]:
        current = profile.facts.get("current_model")
        values = json.dumps({name: profile.get(name) for name in FIELDS}, sort_keys=True, default=str)
        # which options were set, not only their values: a share set to the default is not an assumed one
        return (
            id(catalog),
            values,
            bool(current and current.said),
            same_words(profile, "quality", "quality_reference"),  # a bar named with a model in one answer
            opts.model_dump_json(),
            tuple(sorted(opts.model_fields_set)),
        )

    def get(self, key: tuple[object, ...], catalog: Catalog, assumed: list[str]) -> Analysis | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is None or entry[0] is not catalog:
                return None
            self.entries.move_to_end(key)
        _, dumped, was, start = entry
        if was == assumed:  # a new object each time: whoever changes theirs changes nobody else's
            return Analysis.model_validate(dumped)
        kept = dumped["assumptions"]
        return Analysis.model_validate({**dumped, "assumptions": kept[:start] + assumed + kept[start + len(was) :]})

    def put(self, key: tuple[object, ...], catalog: Catalog, analysis: Analysis, assumed: list[str]) -> None:
        start = next(
            (i for i in range(len(analysis.assumptions)) if analysis.assumptions[i : i + len(assumed)] == assumed), -1
        )
        if start < 0:  # not where it can be swapped: not kept
            return
        kept = analysis.model_dump()
        with self.lock:
            self.entries[key] = (catalog, kept, assumed, start)
            while len(self.entries) > self.SIZE:
                self.entries.popitem(last=False)


_MEMO = _Memo()


def analyze(profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions | None = None) -> Analysis:
    """The recommendation for this profile, with every number behind it."""
    opts = opts or AnalysisOptions()
    key = _Memo.key(profile, catalog, opts)
    assumed = summary.assumed_lines(profile)
    found = _MEMO.get(key, catalog, assumed)
    if found is None:
        found = _analyze(profile, catalog, opts)
        _MEMO.put(key, catalog, found, assumed)
    return _marked(found, profile)


Compute = Callable[[WorkloadProfile, Catalog, AnalysisOptions], Awaitable[Analysis]]


async def analyze_with(
    compute: Compute, profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions | None = None
) -> Analysis:
    """``analyze``, an analysis not remembered computed by ``compute`` (``compute`` above, elsewhere: in a
    worker process); remembered here, in the caller's process."""
    opts = opts or AnalysisOptions()
    key = _Memo.key(profile, catalog, opts)
    assumed = summary.assumed_lines(profile)
    found = _MEMO.get(key, catalog, assumed)
    if found is None:
        found = await compute(profile, catalog, opts)
        _MEMO.put(key, catalog, found, assumed)
    return _marked(found, profile)


def compute(profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions) -> Analysis:
    """The analysis computed, nothing remembered (for a worker process; ``analyze`` everywhere else)."""
    return _analyze(profile, catalog, opts)


def _marked(found: Analysis, profile: WorkloadProfile) -> Analysis:
    # which constraints were said and which assumed depends on who said what, as the assumptions do
    return found.model_copy(update={"constraints": summary.mark_assumed(found.constraints, profile)})


def _analyze(profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions) -> Analysis:
    conv = opts.conventions
    wl: Workload = profile.workload(conv)
    validated = validated_model(profile, catalog)
    named = named_open_models(profile, catalog)
    default_model = opts.open_model == AnalysisOptions.model_fields["open_model"].default
    if validated and default_model:
        opts = opts.model_copy(update={"open_model": validated})
    elif len(named) == 1 and default_model:  # the one open model they named is the one to self-host
        opts = opts.model_copy(update={"open_model": named[0]})
    small_ok = profile.get("quality") != "frontier" and any(catalog.open_model(m).params_b < 60 for m in named)
    needs = needs_from(profile, validated, small_ok=small_ok, tuned_model=validated)
    batch = bool(profile.get("batch_ok"))
    hidden, hidden_note = hidden_costs(profile, opts)
    if opts.gpu_hourly_usd is not None:
        hidden = hidden.model_copy(update={"gpu_hourly_usd": opts.gpu_hourly_usd})
    models, unpriced = models_for(profile, catalog, opts.prices)
    spec = ComparisonInput(
        workload=wl,
        models=models,
        open_model=opts.open_model,
        precision=opts.precision,
        gpu_types=[catalog.gpu_offer(opts.gpu).gpu] if opts.gpu else list(SELF_HOST_GPUS),
        pricings=[opts.pricing] if opts.pricing else ["on_demand", "reserved"],
        hidden_costs=hidden,
        traffic_shape=profile.get("traffic_shape"),
        peak_to_average=peak_to_average(profile),
        business_hours_per_week=profile.get("business_hours_per_week"),
        prices=opts.prices,
        sweep_points=2,  # the chart sweeps the series it draws (curves.chart)
        batch=batch,
        staff_hours_per_gpu_month=opts.staff_hours_per_gpu_month,
        # a batch with a deadline shorter than the usual overnight window runs in that shorter window
        batch_window_hours_per_day=min(needs.deadline_hours, fleet_policy().batch_window_hours_per_day)
        if batch and needs.deadline_hours
        else None,
        input_len=round(needs.input_tokens),
        output_len=round(needs.output_tokens),
        # residency, named region or not: a global profile that may route anywhere is not the price to quote
        in_region=needs.region is not None or "data_residency" in profile.regimes(),
    )
    result = run_compare(spec.model_copy(update={"gpu_types": []}), catalog)
    cands = api_candidates(result, needs, opts, catalog)
    hosts, skipped, owned_parts = host_candidates(spec, profile, needs, catalog, opts, hidden_note)
    cands += hosts
    per_day = wl.tokens_per_day

    # hybrid routing: the simple share on a small fleet, the rest on the best API that meets the constraints
    said_share = profile.get("simple_share")
    share = float(opts.hybrid_share if said_share is None else said_share)
    # the API part: the cheapest real-time API meeting every constraint, else the one breaking fewest
    apis = [c for c in cands if c.traits.kind in ("api", "managed_open_weight", "dedicated_deployment")]
    base_api = min(apis, key=lambda c: (len(c.broken), c.cost)) if apis else None
    rented = [c for c in hosts if c.traits.hosting == "cloud_self_host"]
    best_rented = min(rented, key=lambda c: c.cost) if rented else None
    hyb: HybridResult | None = None
    made = (
        hybrid_candidate(
            wl,
            base_api,
            share,
            catalog,
            opts,
            needs,
            spec,
            best_rented.cost if best_rented else None,
            share_assumed=said_share is None and "hybrid_share" not in opts.model_fields_set,
        )
        if base_api
        else None
    )
    if made:
        cands.append(made[0])
        hyb = made[1]
    # GPUs you own too few for the whole load: the share they carry, the rest to the same API (cheapest split first)
    if base_api:
        splits = [
            split[0]
            for part in owned_parts
            if (
                split := owned_split_candidate(
                    wl, part.share, part.candidate, part.owned_count, base_api, catalog, needs
                )
            )
            is not None
        ]
        if splits:
            cands.append(min(splits, key=lambda c: (len(c.broken), c.cost)))
    # or the simple share to a small model's API: no GPUs to run, so open to every team (only for a said share)
    routed = api_routing_candidate(wl, cands, float(said_share), result, needs) if said_share is not None else None
    if routed:
        cands.append(routed[0])

    eligible = [c for c in cands if not c.broken]
    relax: list[Relaxation] = []
    # bought hardware is recommended where data must stay on premises or you already run GPUs of your own
    premises = needs.boundary in ("on_prem", "air_gapped") or bool(profile.get("owned_gpus"))
    if eligible:
        chosen, aside = choose(eligible, per_day, premises)
    else:
        said = {name for name, fact in profile.facts.items() if fact.said}
        assumed = frozenset() if {"quality", "quality_reference"} & said else frozenset({"quality"})
        budget = profile.get("budget_usd_per_month")
        chosen, aside, relax = relaxations(cands, per_day, premises, assumed, float(budget) if budget else None)
    hyb = chosen.hybrid or hyb  # the routing shown (chart, flip points, arithmetic): the chosen one first
    option: OptionKind = chosen.traits.kind
    reasons = summary.reasons(profile, needs, chosen, relax, cands, aside)
    excluded = summary.excluded(cands, chosen)

    # the self-host shown in detail, breakevens and chart: the chosen fleet, else the cheapest eligible one
    host_cands = [c for c in cands if is_host(c)]
    shown = chosen if is_host(chosen) else None
    if shown is None and host_cands:
        shown = min(
            host_cands,
            key=lambda c: (bool(c.broken_kinds - {"team"}), c.traits.hosting != "cloud_self_host", c.cost),
        )
    detail = shown.detail if shown and shown.detail else SelfHostDetail()
    line_src = shown if shown and shown.line else (min(rented, key=lambda c: c.cost) if rented else None)
    line = line_src.line if line_src else None
    plain_api = sorted(
        (c for c in cands if c.traits.kind in ("api", "managed_open_weight") and not c.broken), key=lambda c: c.cost
    ) or sorted((c for c in cands if c.traits.kind in ("api", "managed_open_weight")), key=lambda c: c.cost)
    best_api = plain_api[0] if plain_api else None
    named_models = [chosen.row.model, best_api.row.model if best_api else None, profile.get("current_model")]
    named_models += list(profile.get("candidate_models") or [])
    breakevens = curves.breakevens(line, spec, catalog, wl, {str(m) for m in named_models if m})
    # flip points name only what you could do: no bought hardware where nothing keeps the work off the cloud
    flip_cands = [c for c in cands if premises or c.traits.hosting != "bought"]
    flips = flip_points(profile, wl, option, chosen, shown, breakevens, flip_cands, hyb, best_api, needs)
    raw = (
        shown.host.tco.raw_gpu_monthly_usd
        if shown and shown.host
        else (best_rented.host.tco.raw_gpu_monthly_usd if best_rented and best_rented.host else 0.0)
    )
    verdicts = apply_all(profile, best_api.cost if best_api else 0.0, raw, conv)
    chosen_row = chosen.row.model_copy(update={"status": "recommended"})
    allowed = set(relax[0].constraints) if relax else set()
    table = summary.table([c for c in cands if c.broken_kinds <= allowed], chosen_row, aside, shown)
    return Analysis(
        option=option,
        headline=summary.headline(option, chosen_row, relax),
        chosen=chosen_row,
        reasons=reasons,
        feasible=not relax,
        relax=relax,
        excluded=excluded,
        set_aside=aside,
        constraints=summary.constraint_words(needs),
        tokens_per_month=wl.total_tokens_per_month,
        tokens_per_day=round(per_day),
        input_share=round(wl.input_share, 4),
        table=table,
        self_host=detail,
        breakevens=breakevens,
        hybrid=hyb,
        flip_points=flips,
        frameworks=verdicts,
        agreement=agreement(verdicts),
        assumptions=summary.assumptions(result, profile, hidden_note, needs, shown, skipped)
        + [f"no price known for {m}: not compared" for m in unpriced],
        price_sources=sorted({s.label() for s in result.sources}),
        chart=curves.chart(result, chosen_row, line, hyb, wl, catalog, spec),
        checks=volume_checks(profile, wl, catalog, opts, chosen_row, [c.row for c in cands]),
        runs_in=summary.runs_in(needs, chosen),
    )
