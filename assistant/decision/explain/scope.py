"""What the advisor does: self-hosting is priced in every answer (``capability_answer``), and a polite note for
requests outside its scope (``scope_answer``)."""

from __future__ import annotations

from assistant.decision.explain.explanation import Explanation, usd
from assistant.decision.results import Analysis
from assistant.decision.rules import rules


def capability_answer(a: Analysis | None) -> Explanation:
    """Yes, self-hosting is priced in every answer: how, and for this workload what it comes to."""
    margin = rules().thresholds.self_host_margin
    parts = [
        "### Yes: every recommendation prices self-hosting beside the APIs",
        "- rented GPUs: a fleet sized to your peak with headroom and a spare replica, on-demand or reserved, "
        "plus staff time and the hidden costs of running it",
        "- GPUs you already own, at their running cost (power, space, operations); GPUs you would buy, spread "
        "over their life",
        "- hybrid routing (simple requests to a small self-hosted model or a small model's API) and managed "
        "hosts of open-weight models",
        f"- self-hosting is recommended when it costs less than the best API by the {margin.value:g}x margin "
        f"({margin.source.label()}) and someone on the team can run it; otherwise it is shown with the reason",
    ]
    if a is not None and a.self_host.available:
        h = a.self_host
        parts.append(
            f"For your workload: {h.name}, {usd(h.monthly_usd)} a month in full, against the recommendation "
            f"{a.chosen.name} at {usd(a.chosen.monthly_usd)} a month."
        )
    return Explanation(kind="how", markdown="\n".join(parts))


SCOPE_NOTE = (
    "That's outside what I can help with: I advise on running LLM inference (paid APIs, self-hosting "
    "open-weight models, or a mix) and show the costs behind it. Ask me about your workload, the "
    "recommendation, a what-if, or how a figure was computed."
)


def scope_answer() -> Explanation:
    return Explanation(kind="scope", markdown=SCOPE_NOTE)
