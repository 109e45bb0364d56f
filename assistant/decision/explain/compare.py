"""Other models and GPUs priced with the engine beside the recommendation ("compare with Claude Sonnet 4.5",
"what about H100s?", "self-host Llama 3.3 70B")."""

from __future__ import annotations

from typing import Any

from assistant.decision.analysis import analyze
from assistant.decision.explain.explanation import Explanation, _delta, rate, usd
from assistant.decision.explain.how import _self_host_arithmetic
from assistant.decision.inputs import AnalysisOptions, open_model_id
from assistant.decision.results import Analysis
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import AdviceQuestion
from assistant.vocab import REGIME_LABELS
from tools.api_cost import Workload, api_cost
from tools.catalog import Catalog
from tools.numbers import format_tokens, gpu_label


def compare_answer(
    q: AdviceQuestion,
    a: Analysis | None,
    profile: WorkloadProfile,
    wl: Workload,
    catalog: Catalog,
    opts: AnalysisOptions,
) -> Explanation:
    rows: list[str] = ["| Option | Monthly | Against the recommendation |", "|---|---:|---|"]
    if a is not None:
        rows.append(f"| {a.chosen.name} (recommended) | {usd(a.chosen.monthly_usd)} | — |")
    notes: list[str] = []
    figures: dict[str, Any] = {}

    def self_hosted(key: str, update: dict[str, Any], missing: str, by_gpu: bool, steps: int | None) -> None:
        """Price self-hosting with one option changed (the open model, or the GPU type) beside the rest."""
        alt = analyze(profile, catalog, opts.model_copy(update=update))
        h = alt.self_host
        if not h.available:
            notes.append(missing)
            return
        figures[key] = h.monthly_usd
        name = f"Self-host on {h.gpus} x {gpu_label(h.gpu)}" if by_gpu else h.name
        rows.append(f"| {name} | {usd(h.monthly_usd)} | {_delta(h.monthly_usd, a)} |")
        notes.extend(_self_host_arithmetic(alt, opts, catalog)[:steps])
        if steps is None and not profile.ml_capacity() and not profile.get("owned_gpus"):
            notes.append(
                "nobody on your team runs GPU inference today: this prices the GPUs and their running "
                "costs, not the hiring"
            )

    for slug in q.models:
        open_id = open_model_id(slug, catalog) if q.self_host else None
        if open_id is not None:
            missing = f"{catalog.open_model(open_id).name} does not fit on the GPU sizes considered."
            self_hosted(slug, {"open_model": open_id}, missing, False, None)
            continue
        try:
            res = api_cost(wl, catalog.api_price(slug, opts.prices), catalog)
        except LookupError:
            notes.append(f"I couldn't price {slug} with the current price source.")
            continue
        figures[slug] = res.monthly_usd
        rows.append(f"| {res.name} (API) | {usd(res.monthly_usd)} | {_delta(res.monthly_usd, a)} |")
        notes.append(
            f"{res.name}: {format_tokens(wl.input_tokens_per_month)} input tokens x "
            f"{rate(res.input_usd_per_mtok)}/M + {format_tokens(wl.output_tokens_per_month)} output x "
            f"{rate(res.output_usd_per_mtok)}/M ({res.source.label()})"
        )
        regimes = profile.regimes()
        if regimes and a is not None and a.option in ("dedicated_deployment", "self_host"):
            notes.append(
                f"as a shared API, {res.name} does not meet "
                + ", ".join(REGIME_LABELS.get(r, r) for r in regimes)
                + "; the recommendation keeps the data in your control"
            )
    for gpu in q.gpus:
        if not any(o.gpu == gpu for o in catalog.gpu_offers.values()):
            name = catalog.gpu_specs[gpu].name if gpu in catalog.gpu_specs else gpu_label(gpu)
            notes.append(
                f'{name}: no cloud rental price in the catalog. If you own them, say so ("we own 8 {gpu_label(gpu)}") '
                "and I'll price them at their running cost."
            )
            continue
        missing = f"{gpu_label(gpu)}: the model does not fit on the sizes considered, so no self-host price."
        self_hosted(gpu, {"gpu": gpu}, missing, True, 2)
    for name in q.unknown:
        hints = catalog.hints("api", name)
        near = f" Names I can price that come close: {', '.join(hints)}." if hints else ""
        notes.append(
            f"I have no price for “{name}” in the article data or the genai-prices catalog, "
            f"so I can't compare it.{near}"
        )
    title = "### Compared with the recommendation" if a is not None else "### Priced for your workload"
    parts = [title]
    if figures:
        parts.append("\n".join(rows))
    parts.append("\n".join(f"- {n}" for n in notes))
    return Explanation(kind="compare", markdown="\n\n".join(p for p in parts if p), figures=figures)
