"""What the advisor knows about the workload: the facts said (in the user's words) and those assumed."""

from __future__ import annotations

from collections.abc import Callable

from assistant.decision.explain.explanation import Explanation
from assistant.interview.describe import describe_fact
from assistant.interview.facts import DEFAULT_NOTES, FIELDS, IN_CURRENCY, WorkloadProfile


def _said_facts(profile: WorkloadProfile, days: float, names: Callable[[str], str]) -> list[str]:
    out = []
    for name in FIELDS:
        fact = profile.facts.get(name)
        if fact is None or not fact.said or (name in IN_CURRENCY and IN_CURRENCY[name] in profile.facts):
            continue  # money said in another currency is described once, in that currency
        text = describe_fact(name, fact.value, days_per_month=days, names=names)
        if name == "tokens_per_month":  # the volume named as the workload's, whatever the quote beside it says
            text = f"your volume: {text}"
        quote = (fact.quote or "").strip()
        out.append(f"{text}" + (f" (“{quote}”)" if quote and quote.lower() not in text.lower() else ""))
    return out


def _assumed_facts(profile: WorkloadProfile, days: float, names: Callable[[str], str]) -> list[str]:
    out = []
    for name in FIELDS:
        fact = profile.facts.get(name)
        if fact is not None and not fact.said:
            out.append(describe_fact(name, fact.value, days_per_month=days, names=names))
        elif fact is None and name in DEFAULT_NOTES:
            skipped = " (you skipped this)" if name in profile.skipped else ""
            out.append(DEFAULT_NOTES[name] + skipped)
    return out


def profile_answer(profile: WorkloadProfile, days: float, names: Callable[[str], str]) -> Explanation:
    said = _said_facts(profile, days, names)
    assumed = _assumed_facts(profile, days, names)
    parts = ["### What I know about your workload"]
    parts.append("**You told me:**\n" + ("\n".join(f"- {s}" for s in said) if said else "- nothing yet"))
    if assumed:
        parts.append("**I assumed (tell me if any is wrong):**\n" + "\n".join(f"- {a}" for a in assumed))
    parts.append("Correct anything in your own words (\"actually it's 15M a day\") and I'll redo the numbers.")
    return Explanation(kind="profile", markdown="\n\n".join(parts))
