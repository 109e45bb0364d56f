"""What changed, in words: the one writer of the answer when a later turn's facts re-ran the analysis, and
of its verdict line and moved-costs table (a settings change says them too). The offline policy's answer
(``assistant.agent.offline``) and the chat's card (``assistant.web.answers``) both are this text; the card
lays it out after its own acknowledgement, with the web's number display, never other words or figures.

The first recommendation of a conversation is the full report; after it, each new or corrected fact gets an
update: whether the recommendation stays or changes (and what moved it), the costs that moved, any new
warning, what the interview still asks, and how to see it all. Every figure is one of the tool result's
(``AnalysisDelta.payload``), so the grounding accepts them.
"""

from __future__ import annotations

from assistant.decision.delta import AnalysisDelta, delta
from assistant.decision.explain.explanation import usd
from assistant.decision.results import Analysis
from tools.numbers import format_tokens

FULL_REPORT_HINT = (
    'Say "full report" for the whole analysis (table, breakevens, hidden costs, sources), or type /export.'
)


def verdict(before: Analysis, after: Analysis, d: AnalysisDelta) -> str:
    """'The recommendation stays: **...**.' or 'The recommendation changes: **...** (was X, $Y a month).'"""
    return verdict_words(d.choice_changed, after.headline, before.chosen.name, before.chosen.monthly_usd)


def verdict_words(changed: bool, headline: str, was_name: str, was_monthly_usd: float) -> str:
    """The verdict line of any change (new facts, a setting, a what-if): the recommendation after it by its
    headline and, when another option is recommended now, the one before it with its monthly cost."""
    if not changed:
        return f"The recommendation stays: **{headline}**."
    return f"The recommendation changes: **{headline}** (was {was_name}, {usd(was_monthly_usd)} a month)."


def change(value: float) -> str:
    """A cost's change in words: '$350.00 more', '$1,200.00 less', 'no change'."""
    if abs(value) < 0.005:
        return "no change"
    return f"{usd(abs(value))} {'more' if value > 0 else 'less'}"


def moved_table(d: AnalysisDelta) -> str:
    """The costs that moved, before and after; empty when none did."""
    if not d.moved:
        return ""
    rows = ["| Cost | Before | After | Change |", "|---|---:|---:|---:|"]
    for m in d.moved:
        rows.append(
            f"| {m.name} | {usd(m.before_monthly_usd)} | {usd(m.after_monthly_usd)} | {change(m.change_monthly_usd)} |"
        )
    return "\n".join(rows)


def update(before: Analysis, after: Analysis, questions: list[str] | None = None) -> str:
    """The update after new facts: short when nothing moved, else the verdict, why, and the moved costs."""
    d = delta(before, after)
    asks = "\n".join(f"- {q}" for q in questions or [])
    more = ["#### One more thing that could change this\n" + asks] if asks else []
    if d.nothing_moved:
        return "\n\n".join([f"Nothing in the analysis moved: the recommendation stays **{after.headline}**.", *more])
    parts = [verdict(before, after, d)]
    reasons = d.moved_by()
    if reasons:
        title = "What moved it" if d.choice_changed else "What changed"
        parts.append(f"{title}:\n" + "\n".join(f"- {r}" for r in reasons))
    if d.volume_changed:
        parts.append(
            f"Volume: {format_tokens(d.before_tokens_per_month)} → {format_tokens(d.after_tokens_per_month)} "
            "tokens a month."
        )
    table = moved_table(d)
    if table:
        parts.append("#### Costs that moved\n" + table)
    parts += [f"⚠️ **Check the volume:** {c}" for c in d.new_checks]
    return "\n\n".join([*parts, *more, FULL_REPORT_HINT])
