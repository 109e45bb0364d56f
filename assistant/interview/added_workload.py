"""A later message that brings another workload ("one more thing: we'd put letter drafting on the same setup,
800 a day, 8,000 in and 1,200 out"): its volume is added to the one already said, never put in its place.

The mix becomes that of the whole when both mixes are known; the new workload's request size, its hours and
its batch tolerance describe it alone, so they are not stored for the whole.
"""

from __future__ import annotations

from assistant.interview.facts import WorkloadProfile
from assistant.interview.quantities.workloads import SIZE_FIELDS, adds_workload
from assistant.interview.reading import ParseResult
from tools.numbers import format_tokens


def add_to_said_volume(profile: WorkloadProfile, parsed: ParseResult, text: str) -> ParseResult:
    """The message's volume added to the said one when the message says it is a further workload."""
    old = profile.facts.get("tokens_per_month")
    new = next((u for u in parsed.updates if u.field == "tokens_per_month"), None)
    if old is None or not old.said or new is None or new.correction or not adds_workload(text):
        return parsed
    old_tokens, new_tokens = float(old.value), float(new.value)
    if old_tokens <= 0 or new_tokens <= 0:
        return parsed
    total = old_tokens + new_tokens
    note = f"{format_tokens(old_tokens)} a month said before + {format_tokens(new_tokens)} a month for this workload"
    updates = []
    for u in parsed.updates:
        if u.field == "tokens_per_month":
            u = u.model_copy(update={"value": total, "note": note, "correction": True})
        elif u.field == "input_share":
            before = profile.facts.get("input_share")
            if before is None:
                continue  # the new workload's mix is not the whole's
            share = (old_tokens * float(before.value) + new_tokens * float(u.value)) / total
            u = u.model_copy(update={"value": share, "correction": True, "note": "the mix of both workloads"})
        elif u.field in SIZE_FIELDS or u.field in ("traffic_shape", "business_hours_per_week", "batch_ok"):
            continue  # one workload's request size, hours or patience are not the whole's
        updates.append(u)
    return parsed.model_copy(update={"updates": updates})
