"""Answers to the reader's own follow-up questions: "per day or per month?" for a volume said without its
period, and "how many tokens is one conversation?" after a rate said without a size.
"""

from __future__ import annotations

import re
from typing import Any

import assistant.interview.patterns as rx
from assistant.interview.quantities.bare_counts import TURNS_EACH, size_question
from assistant.interview.quantities.currency import currency_after, currency_before
from assistant.interview.quantities.guards import CORRECTION, _is_money
from assistant.interview.quantities.patterns import MAGNITUDE, PERIOD, PERIOD_WORDS, _period_factor
from assistant.interview.quantities.rates import RATE
from assistant.interview.quantities.read import read_quantities
from assistant.interview.quantities.recount import recount
from assistant.interview.quantities.words import normalize
from assistant.interview.reading.result import ParseResult, Update
from tools.numbers import plural
from tools.results import Conventions


def resolve_pending(text: str, pending: dict[str, Any], conventions: Conventions | None = None) -> ParseResult:
    """Answer to 'per day or per month?' for a number given without its period."""
    conventions = conventions or Conventions()
    result = ParseResult()
    if "requests" in pending:
        return _resolve_request_size(text, pending, conventions)
    period = _period_answer(without_money(normalize(text)))
    if period:
        factor = _period_factor(period, conventions)
        per_month = float(pending["tokens"]) * factor
        if per_month > 0:
            unit = PERIOD_WORDS.get(period, period)  # "monthly" is said "per month"
            result.updates.append(
                Update(field="tokens_per_month", value=per_month, quote=f"{pending['quote']} per {unit}")
            )
    return result


def without_money(t: str) -> str:
    """``t`` (normalized) with each amount of money and the period said with it blanked: "maybe zar 50000/month all
    in" answers no "per day or per month?" asked of a token figure."""
    for m in reversed(list(rx.finditer(r"(?<![\w.])\d+(?:[.,]\d+)*\s*(?:k|m)?\b", t))):
        if _is_money(t, m.start(), m.end()) or currency_before(t[: m.start()]) or currency_after(t[m.end() :])[0]:
            after = rx.match(r"\s*(?:/|per|a|an|each)\s*(?:month|mo|year|yr|week|day|quarter)\b", t[m.end() :])
            end = m.end() + (after.end() if after else 0)
            t = t[: m.start()] + "#" * (end - m.start()) + t[end:]
    return t


BARE_PERIOD = rx.compile(
    r"\b(?P<p>daily|monthly|weekly|yearly|quarterly|annually|day|month|week|hour|year|second|minute|quarter)s?\b"
)


def _period_answer(t: str) -> str | None:
    """The period a reply gives: a short answer naming one ("per month", "monthly", "month.", "daily I think"),
    or a period said as a rate anywhere in a longer reply ("that's each month"). A duration is not a period:
    "answers within 3 seconds are fine", "if it takes a few days" answer some other question."""
    words = rx.findall(r"[a-z]+", t)
    bare = BARE_PERIOD.search(t)
    if bare and len(words) <= 4 and not rx.search(r"\d|\b(?:few|couple|several|within|takes?|took|in)\b", t):
        return bare.group("p")
    # "two of them joined last month": a past period dates something, it is not the rate's period
    m = next(
        (m for m in rx.finditer(PERIOD, t) if not rx.match(r"(?:the\s+)?(?:last|this|past|previous)\b", m[0])), None
    )
    if m is None:
        return None
    found = next((g for g in (m.group("period"), m.group("slash"), m.group("by"), m.group("adv")) if g), None)
    return found if found in PERIOD_WORDS else None


# what a bare figure counts when it is not a size: people and things ("a team of 6 persons", "4 hospitals")
NOT_A_SIZE = rx.compile(
    # a plural noun right after the figure counts other things ("the alert + 30 txns", "5 emails"), never tokens
    r"\s*(?!tok|tkn)[a-z]{3,}s\b|"
    r"\s*(?:[a-z-]+\s+)?(?:persons?|people|folks|guys|engineers?|devs?|developers?|staff|employees?|members?|"
    r"hospitals?|clinics?|sites?|offices?|stores?|branches|countries|languages?|models?|servers?|nodes?|years?|months?|"
    r"weeks?|days?|pages?|pp|words?|characters?|chars|sentences?|paragraphs?|minutes?|mins?|hours?|slides?|lines?)\b"
)
# a figure that answers "how many tokens is one?" on its own: the reply is short, or says it is the size of one
SIZE_WORDS = rx.compile(r"\b(?:each|apiece|per|one|a piece|long|big|size|all in|in total|roughly|about|around|maybe)\b")


def _bare_size(t: str, sm: re.Match[str]) -> bool:
    """A figure without a unit read as one request's size: never a count of people or things, and in a longer
    reply ("we have a small IT team, 6 persons, but no GPUs") only beside words that make it a size."""
    if NOT_A_SIZE.match(t, sm.end()):
        return False
    return len(rx.findall(r"[a-z]+", t)) <= 6 or bool(SIZE_WORDS.search(t[max(0, sm.start() - 25) : sm.end() + 15]))


def _without_sizes(t: str) -> str:
    """The reply without its sizes of text ("25 page", "12000 token in"): what figures are left."""
    return rx.sub(
        r"\d[\d.,]*\s*(?:-|to)?\s*\d*[\d.,]*\s*(?:k|thousand)?\s*(?:tokens?|toks?|pages?|pp|words?|characters?|chars|"
        r"sentences?|paragraphs?)\b"
        # what the answer holds, counted ("one row per lease, maybe 20 fields"): no figure of the request's size
        r"|\d+\s*(?:fields?|columns?|attributes?|tags?|labels?|categories|items? of data|key terms?|values?|bullets?|"
        r"bullet points?|rows?)\b",
        " ",
        t,
    )


# a per-head rate waiting for its size ("8,000 x Each one asks maybe 5 questions a day."), and a later word putting
# each one's rate right: "5 questions was during exam weeks. Normally it's more like 3", "sorry, 3 not 5"
_PER_HEAD_QUOTE = rx.compile(r"^(?P<heads>[\d,]+) x (?P<words>.*)$")
_RATE_FIX = rx.compile(
    r"\b(?:normally|usually|typically|on a normal day|most days|actually|really|realistically)\b[^.;!?\d]{0,25}?"
    r"(?:more like|closer to|about|around|maybe|just|only)?\s*(?P<new>\d+(?:\.\d+)?)\b(?!\s*(?:%|k\b|m\b|weeks?|days?|"
    r"months?|years?|hours?))|\b(?P<new2>\d+(?:\.\d+)?)\s*,?\s*not\s+(?P<old2>\d+(?:\.\d+)?)\b"
)


def _per_head_fixed(text: str, pending: dict[str, Any]) -> dict[str, Any] | None:
    """The pending count again after a correction of each person's rate, or None when the text makes none."""
    said = _PER_HEAD_QUOTE.match(str(pending.get("quote") or ""))
    if said is None or not CORRECTION.search(text.lower()):
        return None
    first = rx.search(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\d,])", said["words"])
    fix = _RATE_FIX.search(normalize(text))
    if first is None or fix is None:
        return None
    old, new = float(first[1]), float(fix["new"] or fix["new2"])
    if fix["old2"] and float(fix["old2"]) != old:
        return None
    if rx.search(rf"(?<![\w.]){re.escape(first[1])}(?![\d.])", text) is None and not fix["old2"]:
        return None  # the old rate is not named: no telling what the figure puts right
    if not 0 < new < old * 10 or new == old:
        return None
    words = said["words"].replace(first[1], fix["new"] or fix["new2"], 1)
    return {**pending, "requests": float(pending["requests"]) * new / old, "quote": f"{said['heads']} x {words}"}


# a count put right as "N not M" ("sorry 40k not 4k")
COUNT_PUT_RIGHT = rx.compile(
    r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s*(?P<am>k|m)?\s*,?\s*(?:not|instead of|rather than)\s+(?P<b>\d+(?:\.\d+)?)\s*"
    r"(?P<bm>k|m)?\b(?!\s*(?:%|ms|s\b|sec|tok|words?|pages?))"
)


# sizes said of each turn of a conversation ("1,200 input tokens per turn")
PER_TURN = rx.compile(r"\b(?:per|each|a|every)\s+(?:llm\s+)?(?:turn|exchange|message|round)\b")


def _resolve_request_size(text: str, pending: dict[str, Any], conventions: Conventions) -> ParseResult:
    """Answer to "how many tokens is one conversation?" after "200k conversations a day": the volume is the
    rate times the size. A new rate instead ("sorry, 300k per day") replaces the one waiting for its size."""
    result = ParseResult()
    unit = str(pending.get("unit") or "request")
    if pending.get("as_tokens") and rx.search(r"\btok", text.lower()) and not rx.search(r"\d", text):
        # "I take 450 a day as requests" - "no, tokens": the figure was tokens after all
        result.updates.append(
            Update(field="tokens_per_month", value=float(pending["as_tokens"]), quote=f"{pending['quote']} (tokens)")
        )
        return result
    fixed = _per_head_fixed(text, pending)
    if fixed is not None:  # "5 questions was during exam weeks. Normally it's more like 3": each one's rate put right
        result.pending = fixed
        result.confirm = size_question(unit)
        return result
    # the thing counted, named in the answer by its own noun or "each one" ("each lease is about 25 pages"), is read
    # as the item the size readers know ("each document is about 25 pages")
    item = rf"\b(?:{re.escape(unit)}s?|{re.escape(plural(unit))}|one)\b" if unit != "request" else r"(?!x)x"
    q = read_quantities(rx.sub(rf"(?<=\beach )(?:{item})", "document", text, flags=re.I), ["request_size"], conventions)
    inp = next((u[1] for u in q.updates if u[0] == "request_input_tokens"), None)
    out = next((u[1] for u in q.updates if u[0] == "request_output_tokens"), None)
    t = normalize(text)
    size: float | None = inp + out if inp is not None and out is not None else None
    if size is None and inp is not None and not rx.search(r"\d", _without_sizes(t)):
        size = inp  # the prompt's size said alone, with no other figure ("doc 25 page maybe 12000 token in")
    turns = rx.search(
        r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:turns?|messages?|exchanges?|questions?|rounds?|back[- ]and[- ]forths?)\s*"
        r"(?:of|at|x|×|\*|,|with)?\s*(?:about\s+|around\s+|roughly\s+|maybe\s+)?(?P<num>\d+(?:\.\d+)?)\s*(?P<mag>k)?\s*"
        r"(?:tokens?|toks?)",
        t,
    )
    if size is None and turns is not None:
        size = float(turns["n"]) * float(turns["num"]) * (1000.0 if turns["mag"] else 1.0)
    if size is None:
        sm = rx.search(
            r"(?<![\w.$€£])(?P<num>\d+(?:\.\d+)?)\s*(?P<mag>k|thousand)?\b(?!\s*(?:%|percent|ms|s\b|sec|seconds|"
            r"minutes|"
            r"hours|people|users|dollars|usd|\$|gpus?|turns?|messages?|exchanges?|rounds?|"
            # (a figure said to be per a period is a rate put right, not a size: "the 6 is per week")
            r"(?:(?:is|are|was|were)\s+)?per (?:day|month|week|hour|year)|a (?:day|month|week|hour|year)|"
            r"daily|monthly))",
            t,
        )
        rate = RATE.search(t) or rx.search(
            r"\d\s*(?:k|m|thousand|million)?\s*(?:per|a|an|/|each)\s*(?:day|month|week|hour)\b", t
        )
        if rate is not None and not rx.search(r"\btok", t):
            # "sorry, 300k per day": the rate is corrected; its size is still to come
            new = read_quantities(
                rx.sub(
                    r"(?<=\d)(\s*(?:k|m|thousand|million)?)\s*(?=(?:per|a|an|/|each)\s*(?:day|month|week|hour)\b)",
                    rf"\1 {plural(unit)} ",
                    t,
                    count=1,
                ),
                [],
                conventions,
            )
            if new.pending and "requests" in new.pending:
                parts: dict[str, Any] = {k: pending[k] for k in ("adds", "waiting") if k in pending}  # a further one
                result.pending = {**new.pending, "unit": unit, **parts}
                result.confirm = new.confirm
            return result
        if sm is None or not _bare_size(t, sm):
            return result
        size = float(sm["num"]) * (1000.0 if sm["mag"] else 1.0)
    if not size or size <= 0:
        return result
    each = TURNS_EACH.search(t)
    said_note = ""
    if each is not None and PER_TURN.search(t) and turns is None:
        # "One call has about 6 turns ... 1,200 input tokens per turn": a call is that many turns of that size
        n = float(each["n"] or each["n2"])
        if 0 < n <= 200:
            size *= n
            said_note = f"; {n:g} turns each"
    requests = float(pending["requests"])
    fixed_count = COUNT_PUT_RIGHT.search(t)
    if fixed_count is not None:
        # "sorry 40k not 4k. Each request about 500 token input ...": the count waiting put right with its size
        now_count, was_count = (
            float(fixed_count[g]) * MAGNITUDE.get(fixed_count[g + "m"] or "", 1) for g in ("a", "b")
        )
        said_before = rf"(?<![\d.])(?:{was_count:g}|{re.escape(fixed_count['b'])}\s*{fixed_count['bm'] or ''})(?![\d.])"
        if was_count > 0 and now_count > 0 and rx.search(said_before, normalize(str(pending.get("quote") or ""))):
            requests *= now_count / was_count
            said_note += f"; {now_count:,.0f}, not {was_count:,.0f}"
    per_month = requests * size
    days = float(pending.get("days_per_month") or conventions.days_per_month)  # working days, for a working-day rate
    quote = f"{pending['quote']}, about {size:,.0f} tokens each"
    result.updates.append(
        Update(
            field="tokens_per_month",
            value=per_month,
            quote=quote,
            note=(
                f"{requests / days:,.0f} {plural(unit)} a day x {size:,.0f} tokens"
                + said_note
                + (f"; {pending['note']}" if pending.get("note") else "")
            ),
            added=bool(pending.get("adds")),
        )
    )
    _next_part(result, pending)
    for name, value in (("request_input_tokens", inp), ("request_output_tokens", out)):
        if value is not None:
            result.updates.append(Update(field=name, value=value, quote=text.strip()[:200]))
    if inp is not None and out is not None and inp + out > 0:
        result.updates.append(Update(field="input_share", value=round(inp / (inp + out), 4), quote=text.strip()[:200]))
    return result


def _next_part(result: ParseResult, pending: dict[str, Any]) -> None:
    """A count of another workload still waiting for its size ("2,000 documents a month" said before "we also have a
    chatbot, 300 chats a day"): its size is asked next, and its volume will be added to the one said."""
    waiting = list(pending.get("waiting") or [])
    if not waiting:
        return
    rest = {"waiting": waiting[1:]} if waiting[1:] else {}
    following = {**{k: v for k, v in waiting[0].items() if k != "waiting"}, "adds": True, **rest}
    unit = str(following.get("unit") or "request")
    result.pending = following
    result.confirm = size_question(unit, lead=f"Now the {plural(unit)} you mentioned. ")


def recounted(
    text: str,
    volume_quote: str,
    item_tokens: float,
    conventions: Conventions | None = None,
    volume: float | None = None,
) -> Update | None:
    """A correction of the count (or its period) a said volume was made from ("make that 70k claims", "the half
    million is per quarter, not per month"): the volume again, each item of the size said before (or, with
    ``item_tokens`` 0, of what each item came to in the ``volume`` said before)."""
    found = recount(text, volume_quote, item_tokens, conventions or Conventions(), volume)
    if found is None:
        return None
    volume, how = found
    return Update(field="tokens_per_month", value=volume, quote=text.strip()[:200], note=how, correction=True)
