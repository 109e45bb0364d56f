"""Keeping the data in a region: the analysis rerun with data residency as a hard constraint."""

from __future__ import annotations

from assistant.decision.analysis import analyze
from assistant.decision.explain.explanation import Explanation, _delta, usd
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview.facts import WorkloadProfile
from assistant.vocab import region_words
from tools.catalog import Catalog


def region_answer(
    a: Analysis, profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions, region: str | None = None
) -> Explanation:
    """The options that keep the data in your region: the analysis rerun with data residency as a hard constraint
    (in the region the question names, when it names one: "without sending data to the US?" keeps APIs that can
    process elsewhere)."""
    said = profile.get("data_region")
    if a.runs_in and (region is None or region == said):
        md = (
            f"### Keeping the data in your region\n\nThe recommendation already does: {a.chosen.name} "
            f"({usd(a.chosen.monthly_usd)} a month) runs {a.runs_in}."
        )
        return Explanation(kind="how", markdown=md)
    if region is None and ("data_residency" in profile.regimes() or a.option in ("dedicated_deployment", "self_host")):
        md = (
            f"### Keeping the data in your region\n\nThe recommendation already does: {a.chosen.name} "
            f"({usd(a.chosen.monthly_usd)} a month) runs in your own cloud tenant or on your own GPUs, in the region "
            "you choose."
        )
        return Explanation(kind="how", markdown=md)
    pinned = profile.model_copy(deep=True)
    pinned.set("compliance", [*[r for r in profile.regimes() if r != "none"], "data_residency"], origin="assumed")
    if region is not None:
        pinned.set("data_region", region, origin="assumed")
    alt = analyze(pinned, catalog, opts)
    if region is not None:
        intro = (
            f"With the data kept {region_words(region)} as a hard constraint, an API or cloud deployment counts only "
            "where its provider can keep the processing there:"
        )
    else:
        intro = (
            "A public API may process data abroad; a dedicated deployment pinned to your region (Azure OpenAI, AWS "
            "Bedrock, Google Vertex AI) or self-hosting keeps it there. With that as a hard constraint:"
        )
    lines = [
        "### Keeping the data in your region",
        intro,
        "",
        "| Option | Monthly | Against today's recommendation |",
        "|---|---:|---|",
    ]
    shown = [r for r in alt.table if r.status != "set_aside"][:4]
    for r in shown:
        mark = " (best under this constraint)" if r.name == alt.chosen.name else ""
        lines.append(f"| {r.name}{mark} | {usd(r.monthly_usd)} | {_delta(r.monthly_usd, a)} |")
    tier = "a frontier model" if profile.get("quality") == "frontier" else "a strong model (open-weight is fine)"
    where = f" It runs {alt.runs_in}." if alt.runs_in else ""
    lines += [
        "",
        f"The best one, {alt.chosen.name}, meets your quality bar ({tier}).{where} Today's recommendation is "
        f'{a.chosen.name} at {usd(a.chosen.monthly_usd)} a month. Say "data must stay in the EU" (or your '
        "region) and I'll make it part of the recommendation.",
    ]
    return Explanation(kind="how", markdown="\n".join(lines), figures={"monthly_usd": alt.chosen.monthly_usd})
