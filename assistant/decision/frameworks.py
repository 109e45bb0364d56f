"""Each source article's decision framework, applied to one profile and its numbers."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel

from assistant.decision.rules import framework_rules
from assistant.interview.facts import WorkloadProfile
from assistant.vocab import REGIME_LABELS
from tools.numbers import count_of, format_ms
from tools.results import Conventions

Lean = Literal[
    "api",
    "self_host",
    "hybrid",
    "dedicated_deployment",
    "batch_api",
    "managed_open_weight",
    "committed_capacity",
    "routing",
]


class FrameworkVerdict(BaseModel):
    """What one article's framework says for this profile, and why."""

    source: str
    framework: str
    section: str
    verdict: Lean
    steps: list[str]


def factor_table(p: WorkloadProfile) -> FrameworkVerdict:
    """The Math That Will Determine Your ML Strategy: six factors scored self-host vs API."""
    r = framework_rules().factor_table
    tpm = float(p.get("tokens_per_month") or 0)
    team = p.team
    score, steps = 0, []

    def mark(name: str, side: int, why: str) -> None:
        nonlocal score
        score += side
        steps.append(f"{name}: {why} -> {'self-host' if side > 0 else 'API' if side < 0 else 'neutral'}")

    mark(
        "monthly tokens",
        1 if tpm > r.self_host_above_tokens_per_month else -1 if tpm < r.api_below_tokens_per_month else 0,
        f"{tpm / 1e6:,.0f}M (self-host above {r.self_host_above_tokens_per_month / 1e6:g}M, API below "
        f"{r.api_below_tokens_per_month / 1e6:g}M)",
    )
    shape = p.get("traffic_shape")
    mark("traffic", 1 if shape == "steady" else -1, str(shape).replace("_", " "))
    lat = p.get("latency_p99_ms")
    mark(
        "latency",
        0 if lat is None else 1 if lat < r.self_host_below_latency_ms else -1 if lat >= r.api_from_latency_ms else 0,
        "no target given"
        if lat is None
        else f"{format_ms(lat)} (self-host under {format_ms(r.self_host_below_latency_ms)}, API fine at "
        f"{format_ms(r.api_from_latency_ms)} and up)",
    )
    mark(
        "data privacy", 1 if p.regimes() else -1, ", ".join(REGIME_LABELS.get(g, g) for g in p.regimes()) or "no regime"
    )
    mark("customisation", 1 if p.get("fine_tuning") else -1, "fine-tuning" if p.get("fine_tuning") else "none")
    ml = int(team.get("ml_engineers", 0))
    mark(
        "team",
        1 if ml >= r.self_host_from_ml_engineers else -1 if ml < r.api_below_ml_engineers else 0,
        f"{count_of(ml, 'ML engineer')} ({r.self_host_from_ml_engineers}+ self-host, "
        f"under {r.api_below_ml_engineers} API)",
    )
    cut = r.score_to_decide
    verdict: Lean = "self_host" if score >= cut else "api" if score <= -cut else "hybrid"
    steps.append(f"score {score:+d}: {'self-host' if verdict == 'self_host' else verdict}")
    return FrameworkVerdict(
        source="math-ml-strategy-2026",
        framework="six-factor table",
        section="The Decision Framework",
        verdict=verdict,
        steps=steps,
    )


def five_questions(p: WorkloadProfile) -> FrameworkVerdict:
    """Cost Modeling Guide: three or more 'yes' answers make self-hosting worth a look."""
    r = framework_rules().five_questions
    tpm = float(p.get("tokens_per_month") or 0)
    answers = [
        (
            f"volume above {r.volume_above_tokens_per_month / 1e9:g}B tokens a month",
            tpm > r.volume_above_tokens_per_month,
        ),
        (
            "data cannot leave your VPC",
            bool({"hipaa", "air_gapped", "data_residency", "fedramp"} & set(p.regimes())),
        ),
        ("deep fine-tuning needed", bool(p.get("fine_tuning"))),
        (
            "dedicated MLOps/DevOps team",
            bool(p.team.get("mlops") or p.team.get("ml_engineers", 0) >= r.mlops_from_ml_engineers),
        ),
        ("open model reaches 95% of required accuracy", p.get("quality") != "frontier"),
    ]
    yes = sum(a for _, a in answers)
    steps = [f"{q}: {'yes' if a else 'no'}" for q, a in answers] + [
        f"{yes} of {len(answers)} yes ({r.yes_to_self_host}+ to self-host)"
    ]
    return FrameworkVerdict(
        source="cost-modeling-guide-2026",
        framework="five questions",
        section="Decision Framework: Should You Self-Host?",
        verdict="self_host" if yes >= r.yes_to_self_host else "api",
        steps=steps,
    )


def five_steps(p: WorkloadProfile, api_monthly: float, raw_gpu_monthly: float) -> FrameworkVerdict:
    """Consultancy framework: true TCO = raw GPU x 2.5 (x3 without ML infra); self-host only at 2x."""
    r = framework_rules().five_steps
    infra = p.team.get("gpu_infra") or p.team.get("kubernetes")
    multiplier = r.multiplier_with_infra if infra else r.multiplier_without_infra
    need = r.api_over_tco_to_self_host
    true_tco = raw_gpu_monthly * multiplier
    steps = [
        f"API price of the volume: ${api_monthly:,.2f} a month (cheapest of the priced providers)",
        f"true TCO: raw GPU ${raw_gpu_monthly:,.2f} x {multiplier:g} = ${true_tco:,.2f}",
        f"API / TCO = {api_monthly / true_tco:.2f} (self-host only at {need:g} or more)" if true_tco else "no GPU cost",
    ]
    stated = [g for g in ("data_residency", "gdpr", "hipaa", "fedramp", "soc2", "pci_dss") if g in p.regimes()]
    if stated and "air_gapped" not in p.regimes():
        which = " and ".join(REGIME_LABELS.get(g, g) for g in stated)
        steps.append(
            f"{which} drive{'s' if len(stated) == 1 else ''} it: look at dedicated deployments "
            "(Azure OpenAI, Bedrock, Vertex) first"
        )
        verdict: Lean = "dedicated_deployment"
    else:
        verdict = "self_host" if true_tco and api_monthly >= need * true_tco else "api"
    return FrameworkVerdict(
        source="self-hosting-worth-it-2026",
        framework="five steps",
        section="How Should You Actually Think About This Decision?",
        verdict=verdict,
        steps=steps,
    )


def flowchart(p: WorkloadProfile, conventions: Conventions | None = None) -> FrameworkVerdict:
    """DevTk four-step flowchart: daily volume (the month counted as ``conventions`` says), compliance,
    quality, skills."""
    r = framework_rules().flowchart
    per_day = float(p.get("tokens_per_month") or 0) / (conventions or Conventions()).days_per_month
    steps = [f"step 1: {per_day / 1e6:,.1f}M tokens a day"]
    verdict: Lean
    if per_day < r.api_below_tokens_per_day:
        steps.append(f"under {r.api_below_tokens_per_day / 1e6:g}M a day: use an API")
        verdict = "api"
    elif per_day <= r.compliance_step_up_to_tokens_per_day:
        regulated = bool(p.regimes())
        steps.append(f"step 2: compliance forbids third-party APIs? {'yes' if regulated else 'no'}")
        verdict = "self_host" if regulated else "api"
        if regulated:
            steps.append("consider self-hosting; budget $3,000-5,000 a month for a 70B on A100s")
    else:
        frontier = p.get("quality") == "frontier"
        steps.append(f"step 3: needs GPT-5/Claude-level quality? {'yes' if frontier else 'no'}")
        if frontier:
            verdict = "hybrid"
            steps.append("keep those tasks on the API, consider hybrid for the rest")
        else:
            skilled = p.ml_capacity()
            steps.append(f"step 4: ML infrastructure expertise? {'yes' if skilled else 'no'}")
            verdict = "self_host" if skilled else "api"
    return FrameworkVerdict(
        source="devtk-real-cost-breakdown-2026",
        framework="four-step flowchart",
        section="Quick Decision Framework",
        verdict=verdict,
        steps=steps,
    )


def decision_matrix(p: WorkloadProfile) -> FrameworkVerdict:
    """The Cost Illusion: API, self-host, committed capacity, routing, batch by situation."""
    steps = []
    shape = p.get("traffic_shape")
    verdict: Lean
    if p.get("batch_ok"):
        steps.append("answers can wait: batch processing")
        verdict = "batch_api"
    elif shape == "bursty" or not p.ml_capacity():
        steps.append("bursty traffic or little inference-ops depth: APIs")
        verdict = "api"
    elif (
        p.regimes()
        or (p.get("latency_p99_ms") or math.inf) < framework_rules().decision_matrix.self_host_below_latency_ms
    ):
        steps.append("steady traffic, and data sensitivity or latency justifies the complexity: self-host")
        verdict = "self_host"
    elif shape == "steady":
        steps.append("stable demand with low forecast error: committed capacity")
        verdict = "committed_capacity"
    else:
        steps.append("requests vary in complexity: routing")
        verdict = "routing"
    return FrameworkVerdict(
        source="cost-illusion",
        framework="decision matrix",
        section="Model Routing, Batch Processing and the Decision Matrix",
        verdict=verdict,
        steps=steps,
    )


def apply_all(
    p: WorkloadProfile, api_monthly: float, raw_gpu_monthly: float, conventions: Conventions | None = None
) -> list[FrameworkVerdict]:
    return [
        factor_table(p),
        five_questions(p),
        five_steps(p, api_monthly, raw_gpu_monthly),
        flowchart(p, conventions),
        decision_matrix(p),
    ]


def agreement(verdicts: list[FrameworkVerdict]) -> str:
    """Where the frameworks agree and where they part ways."""
    groups: dict[str, list[str]] = {}
    for v in verdicts:
        groups.setdefault(v.verdict, []).append(v.framework)
    if len(groups) == 1:
        count = {2: "both", 3: "all three", 4: "all four", 5: "all five"}.get(len(verdicts), f"all {len(verdicts)}")
        return f"{count} frameworks point the same way: {next(iter(groups)).replace('_', ' ')}"
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    return "; ".join(f"{k.replace('_', ' ')}: {', '.join(v)}" for k, v in ranked)
