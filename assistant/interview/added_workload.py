"""A later message that brings another workload ("one more thing: we'd put letter drafting on the same setup,
800 a day, 8,000 in and 1,200 out"): its volume is added to the one already said, never put in its place.

The mix becomes that of the whole when both mixes are known; the new workload's request size and hours describe it
alone, so they are not stored for the whole. A new workload that is live makes the whole unable to wait (no batch
API for all of it); one said able to wait leaves the whole as it was, and one silent about it after a workload that
could wait gets the question.

A later message that corrects one figure of an earlier one ("no wait its 6k docs not 4k", "the contracts are
2,500, not 3,500"): the earlier words are read again with the new figure, and the volume, mix and sizes follow.
One that says which days the traffic runs ("oh, weekdays only"): the volume's words are read again with those days.
"""

from __future__ import annotations

from typing import Any

import assistant.interview.patterns as rx
from assistant.interview.facts import Fact, WorkloadProfile
from assistant.interview.quantities.bare_counts import size_question
from assistant.interview.quantities.corrections import replace_figure, said_correction
from assistant.interview.quantities.weekdays import ALL_WEEK, weekday_only
from assistant.interview.quantities.words import normalize
from assistant.interview.quantities.workloads import SIZE_FIELDS
from assistant.interview.quantities.workloads import adds_workload as adds_workload  # the policy asks it too
from assistant.interview.reading import ParseResult, Update, parse_message
from tools.numbers import format_tokens, plural
from tools.results import Conventions


def add_to_said_volume(profile: WorkloadProfile, parsed: ParseResult, text: str) -> ParseResult:
    """The message's volume added to the said one when the message says it is a further workload."""
    old = profile.facts.get("tokens_per_month")
    new = next((u for u in parsed.updates if u.field == "tokens_per_month"), None)
    if new is None and old is not None and old.said and adds_workload(text):
        # a further workload whose volume is still to come ("separate thing: 3,500 recipes a week ... that one can
        # run whenever"): its patience and request size are its own, not the workload said before
        kept = [u for u in parsed.updates if not (u.field in SIZE_FIELDS or (u.field == "batch_ok" and u.value))]
        return parsed.model_copy(update={"updates": kept})
    if old is None or not old.said or new is None or new.correction:
        return parsed
    if not (new.added or adds_workload(text) or _labelled_other(text, old.quote)):
        return parsed
    old_tokens, new_tokens = float(old.value), float(new.value)
    if old_tokens <= 0 or new_tokens <= 0:
        return parsed
    total = old_tokens + new_tokens
    note = f"{format_tokens(old_tokens)} a month said before + {format_tokens(new_tokens)} a month for this workload"
    updates = []
    for u in parsed.updates:
        if u.field == "tokens_per_month":
            u = u.model_copy(update={"value": total, "note": note, "correction": True, "added": True})
        elif u.field == "input_share":
            before = profile.facts.get("input_share")
            if before is None:
                continue  # the new workload's mix is not the whole's
            share = (old_tokens * float(before.value) + new_tokens * float(u.value)) / total
            u = u.model_copy(update={"value": share, "correction": True, "note": "the mix of both workloads"})
        elif u.field == "batch_ok" and u.value is False:
            # a further workload answered live: the whole volume can no longer go to a batch API
            u = u.model_copy(update={"correction": True, "note": "this workload is live, so not all of it can wait"})
        elif u.field in SIZE_FIELDS or u.field in ("traffic_shape", "business_hours_per_week", "batch_ok"):
            continue  # one workload's request size, hours or patience are not the whole's
        updates.append(u)
    clarify = list(parsed.clarify)
    batch = profile.facts.get("batch_ok")
    target = next((u for u in parsed.updates if u.field == "latency_p99_ms"), None)
    waits = batch is not None and batch.said and batch.value is True
    if waits and "batch_ok" not in {u.field for u in updates} and target is not None and float(target.value) < 60_000:
        # a further workload with an interactive latency target ("the full rewrite must be under 150 ms"): live, so
        # not all of the volume can wait for a batch API
        updates.append(
            Update(
                field="batch_ok",
                value=False,
                quote=target.quote,
                correction=True,
                note="this workload is live, so not all of it can wait",
            )
        )
    elif waits and "batch_ok" not in {u.field for u in updates}:
        clarify.append("batch_ok")  # the earlier workload could wait; whether this one can is not said
    return parsed.model_copy(update={"updates": updates, "clarify": clarify})


# a message headed by the name of what it is about ("Search rewrite: 3 million queries per day, ..."), not a topic
LABEL = rx.compile(r"^\W*(?P<label>[a-z][a-z -]{2,30}?)\s*:")
TOPICS = rx.compile(
    r"\b(?:volume|volumes|traffic|load|usage|tokens?|requests?|latency|team|data|quality|budget|spend|cost|costs|"
    r"compliance|gpus?|hardware|model|mix|shape|sizes?|numbers?|stats|context|update|correction|edit|note|fyi|re|ps|"
    r"answer|q|a|current|today|now|total|overall|all|sorry|ok|okay|yes|no|also|and)\b"
)


def _labelled_other(text: str, said_quote: str | None) -> bool:
    """A message headed by the name of a use ("Search rewrite: 3 million queries a day, ...") whose name the volume
    said before does not carry: a further workload, as one said with "also"."""
    m = LABEL.match(text.lower())
    if m is None or TOPICS.search(m["label"]):
        return False
    words = [w for w in rx.findall(r"[a-z]{4,}", m["label"])]
    return bool(words) and not any(w[:5] in (said_quote or "").lower() for w in words)


def keep_waiting_parts(
    profile: WorkloadProfile, waiting: dict[str, Any] | None, parsed: ParseResult, text: str
) -> ParseResult:
    """A message that brings a further workload while the size of another one's count is still asked, or after a
    volume was said: nothing said before is dropped. "2,000 documents a month" (size asked), then "on top of that a
    support bot, 300 chats a day, 2k tokens each": the bot's volume is stored and the documents' size asked again,
    their volume to be added; a new count without its size is asked first, the earlier one kept waiting after it."""
    if not adds_workload(text):
        return parsed
    counted = waiting if waiting and "requests" in waiting else None
    new = parsed.pending if parsed.pending and "requests" in parsed.pending else None
    said = profile.facts.get("tokens_per_month")
    if new is not None:
        if counted is None and (said is None or not said.said):
            return parsed  # the first workload with a volume: nothing to add it to
        queue = [] if counted is None else [_alone(counted), *counted.get("waiting", [])]
        pending = {**new, "adds": True, **({"waiting": queue} if queue else {})}
        return parsed.model_copy(update={"pending": pending})
    if counted is not None and any(u.field == "tokens_per_month" for u in parsed.updates) and not parsed.confirm:
        unit = str(counted.get("unit") or "request")
        question = size_question(unit, lead=f"And the {plural(unit)} you mentioned before. ")
        return parsed.model_copy(update={"pending": {**counted, "adds": True}, "confirm": question})
    return parsed


def _alone(pending: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in pending.items() if k != "waiting"}


CORRECTED_FIELDS = ("tokens_per_month", "input_share", *SIZE_FIELDS)


def correct_said_figure(
    profile: WorkloadProfile, parsed: ParseResult, text: str, days_per_month: float, *, words: str | None = None
) -> ParseResult:
    """A later message that corrects a figure by naming the one it replaces ("no wait its 6k docs not 4k" after
    "~4k docs per workday, each abt 3500 tok in, 400 out"): the words that held the old figure are read again with
    the new one in its place, so the volume is multiplied again from the corrected count or size, with the period
    and sizes said there. A volume that was several workloads added up moves by the corrected part's change only.
    ``words``: the message already normalised (``normalize(text)``), when the caller has it.
    """
    t = normalize(text) if words is None else words
    fix = said_correction(t)
    if fix is None or replace_figure(t, fix, before=fix.start) is not None:
        return parsed  # no correction, or one of a figure in this same message (read there already)
    conventions = Conventions(days_per_month=days_per_month)
    said = {f: profile.facts[f] for f in CORRECTED_FIELDS if f in profile.facts and profile.facts[f].said}
    quotes = [q for q in dict.fromkeys(f.quote for f in said.values()) if q]
    for quote in quotes:
        fixed = replace_figure(quote, fix) or replace_figure(normalize(quote), fix)
        if fixed is None:
            continue
        updates = _reread(said, quote, fixed, conventions)
        if not updates:
            continue
        note = f"your earlier words read again with {fix.new_text} in their place: “{fixed[:160]}”"
        volume = said.get("tokens_per_month")
        # a sum of workloads keeps the words of the one it was last read from (another part may be corrected next)
        whole_words = volume.quote if volume is not None and volume.quote and volume.quote != quote else None
        new = [
            Update(
                field=f,
                value=v,
                quote=(whole_words if f in ("tokens_per_month", "input_share") and whole_words else fixed)[:200],
                note=note,
                correction=True,
                earlier_words=True,
            )
            for f, v in updates.items()
        ]
        kept = [u for u in parsed.updates if u.field not in CORRECTED_FIELDS]
        clarify = [f for f in parsed.clarify if f not in CORRECTED_FIELDS]
        return parsed.model_copy(
            update={"updates": [*kept, *new], "clarify": clarify, "pending": None, "confirm": None}
        )
    return parsed


def earlier_words_read_again(
    profile: WorkloadProfile,
    parsed: ParseResult,
    text: str,
    days_per_month: float,
    counted: dict[str, Any] | None = None,
) -> ParseResult:
    """A later message read against the earlier words: a figure it corrects ("6k docs not 4k", said before), then
    the days it says the traffic runs ("oh, weekdays only"); the message normalised once for both. ``counted``: the
    count the said volume was made from, when its size came in another message."""
    words = normalize(text)
    parsed = correct_said_figure(profile, parsed, text, days_per_month, words=words)
    return days_said_later(profile, parsed, text, days_per_month, words=words, counted=counted)


def _reread(said: dict[str, Fact], quote: str, fixed: str, conventions: Conventions) -> dict[str, float]:
    """The facts the corrected words change: the volume by the change of the part these words gave (the whole
    when they gave all of it), the mix of the whole, and the sizes these same words gave."""
    before = {u.field: u.value for u in parse_message(quote, [], conventions).updates}
    after = {u.field: u.value for u in parse_message(fixed, [], conventions).updates}
    out: dict[str, float] = {}
    volume = said.get("tokens_per_month")
    old_part, new_part = before.get("tokens_per_month"), after.get("tokens_per_month")
    if volume is not None and old_part is not None and new_part is not None:
        whole = float(volume.value)
        if 0 < float(old_part) <= whole * 1.02:
            total = max(whole - float(old_part), 0.0) + float(new_part)
            if abs(total - whole) > 1e-6 * whole:
                out["tokens_per_month"] = total
            share = said.get("input_share")
            if share is not None and "input_share" in before and "input_share" in after and total > 0:
                rest = whole * float(share.value) - float(old_part) * float(before["input_share"])
                mixed = (max(rest, 0.0) + float(new_part) * float(after["input_share"])) / total
                if abs(mixed - float(share.value)) > 1e-4:
                    out["input_share"] = min(max(mixed, 0.0), 1.0)
    for field in SIZE_FIELDS:
        fact = said.get(field)
        gave = fact is not None and (fact.quote == quote or before.get(field) == fact.value)  # these words gave it
        if fact is not None and gave and field in after and after[field] != fact.value:
            out[field] = float(after[field])
    if volume is None and "input_share" in said and said["input_share"].quote == quote and "input_share" in after:
        out["input_share"] = float(after["input_share"])
    return out


def days_said_later(
    profile: WorkloadProfile,
    parsed: ParseResult,
    text: str,
    days_per_month: float,
    *,
    words: str | None = None,
    counted: dict[str, Any] | None = None,
) -> ParseResult:
    """A later message that says which days the traffic runs ("oh and that's weekdays only", "actually we run
    weekends too") after a daily rate: the volume's words are read again with those days, so a rate per working
    day runs on the month's working days and one on every day on every day. ``words``: the message already
    normalised (``normalize(text)``), when the caller has it."""
    t = normalize(text) if words is None else words
    only, every = weekday_only(t), ALL_WEEK.search(t)
    if not (only or every) or any(u.field == "tokens_per_month" for u in parsed.updates) or parsed.pending:
        return parsed
    volume = profile.facts.get("tokens_per_month")
    if volume is None or not volume.said or not volume.quote:
        return parsed
    conventions = Conventions(days_per_month=days_per_month)
    before = _volume_of(volume.quote, conventions)
    if before is None and counted is None:
        # the volume's words hold the count alone, its size said beside it ("150 engineers, each asks maybe 20
        # questions per day." then "the prompt is ca. 4000 tokens"): the count is read again with the days
        pending = parse_message(volume.quote, [], conventions).pending or {}
        if pending.get("requests"):
            counted = {"quote": volume.quote, "requests": pending["requests"], "unit": pending.get("unit")}
    if before is None and counted is not None:
        return _count_said_later(volume, counted, parsed, bool(only), conventions)
    if before is None or abs(before - float(volume.value)) > 1e-6 * float(volume.value):
        return parsed  # the volume is not these words alone (added up, or worked out from several messages)
    if bool(weekday_only(normalize(volume.quote))) == bool(only):
        return parsed  # the days said again
    days = "weekdays only" if only else "every day of the week"
    said = rx.sub(r"; (?:weekdays only|every day of the week)$", "", volume.quote.rstrip(" ."))  # days said before
    words = f"{said}; {days}"
    after = _volume_of(words, conventions)
    if after is None or abs(after - before) <= 1e-6 * before:
        return parsed
    how = next((u.note for u in parse_message(words, [], conventions).updates if u.field == "tokens_per_month"), None)
    note = f"your earlier words read again, {days}" + (f": {how}" if how and only else "")
    update = Update(field="tokens_per_month", value=after, quote=words[:200], note=note, correction=True)
    update = update.model_copy(update={"earlier_words": True})
    return parsed.model_copy(update={"updates": [*parsed.updates, update]})


def _count_said_later(
    volume: Fact, counted: dict[str, Any], parsed: ParseResult, only: bool, conventions: Conventions
) -> ParseResult:
    """The days said after a volume made from a count in one message and its size in another ("18,000 calls a
    day", then their size, then "weekdays only"): the count's words read again with those days, and the volume
    scaled as the count is."""
    said = str(counted.get("quote") or "")
    if not said or bool(weekday_only(normalize(said))) == only:
        return parsed  # the days said again
    days = "weekdays only" if only else "every day of the week"
    again = parse_message(f"{said.rstrip(' .')}; {days}", [], conventions).pending
    old, new = float(counted.get("requests") or 0), float((again or {}).get("requests") or 0)
    if old <= 0 or new <= 0 or abs(new - old) <= 1e-6 * old:
        return parsed
    unit = str(counted.get("unit") or "request")
    note = f"your earlier words read again, {days}: {new:,.0f} {plural(unit, new)} a month instead of {old:,.0f}"
    update = Update(
        field="tokens_per_month", value=float(volume.value) * new / old, quote=said[:200], note=note, correction=True
    )
    update = update.model_copy(update={"earlier_words": True})
    return parsed.model_copy(update={"updates": [*parsed.updates, update]})


def _volume_of(words: str, conventions: Conventions) -> float | None:
    value = next(
        (u.value for u in parse_message(words, [], conventions).updates if u.field == "tokens_per_month"), None
    )
    return float(value) if value is not None else None
