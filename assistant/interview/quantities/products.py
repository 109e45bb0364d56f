"""Counts multiplied out with a times sign: "4 warehouses × 3 shifts × ~500 pick-list queries per shift, each ~250
tokens", "1,200 sales reps × ~25 emails drafted per day × ~600 tokens per draft". The factors before the one said
per period multiply it; a factor of tokens is the size of one request and stays as it is; shifts counted beside a
rate per shift, or hours beside a rate per hour ("900 req/h x 8h"), make it a day's.
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.patterns import NUM, PERIOD, REQUESTS, TOKENS, number, period_of

_TIMES = rx.compile(r"\s*(?:×|\*|\bx\b)\s*")
_FACTOR = rx.compile(r"\s*(?:about\s+|around\s+|roughly\s+|approx\w*\s+|~\s*)?" + NUM + r"(?P<rest>.*)$", re.S)
_RATE = rx.compile(
    r"\s*(?P<noun>(?:[a-z][\w-]*\s+){0,3}?"
    + REQUESTS
    + r")\b[^.;]*?(?:(?P<shift>\b(?:per|a|each|every) shift\b)|(?P<per>"
    + PERIOD
    + "))"
)
_SHIFTS = rx.compile(r"^\s*shifts?\b")
_HOURS = rx.compile(r"^\s*(?:h|hrs?|hours?)\b(?:\s*(?:a|per|/|each)\s*(?:work(?:ing)?\s*)?day\b)?")
_DAYS_A_MONTH = rx.compile(r"\s*(?:working |business |work )?days?\s*(?:/|a|per|each)\s*month\b")
_SENTENCE = rx.compile(r"(?:[^.;!?\n]|\.(?=\d))+")


def multiplied_counts(t: str) -> str:
    """Each chain of counts joined by times signs in a normalized message, written as one count per period."""
    out, last = [], 0
    for sm in _SENTENCE.finditer(t):
        rewritten = _chain(sm.group(0))
        if rewritten is not None:
            out.append(t[last : sm.start()] + rewritten)
            last = sm.end()
    return "".join(out) + t[last:] if out else t


def _chain(sentence: str) -> str | None:
    parts = _TIMES.split(sentence)
    if len(parts) < 2:
        return None
    head = rx.match(r"^(.*?)(?=(?:about\s+|around\s+|roughly\s+|~\s*)?\d[\d,.]*\s*(?:k|m|b)?\b[^\d]*$)", parts[0])
    lead = head.group(1) if head else ""
    factors = []
    for i, part in enumerate(parts):
        text = part[len(lead) :] if i == 0 else part
        fm = _FACTOR.match(text)
        if fm is None:
            return None
        factors.append((number(fm), fm["rest"], text))
    if any(
        not rx.fullmatch(r"\s*(?:[a-z][\w-]*\s*){0,4}", rest)
        and not _RATE.match(rest)
        and not _DAYS_A_MONTH.match(rest)
        for _, rest, _ in factors[:-1]
    ):
        return None  # each factor but the last is a count and its noun, or the rate ("2 x 8 h100 nodes, 10k requests")
    sizes = [f for f in factors if rx.match(r"\s*" + TOKENS + r"\b", f[1])]
    # "x 22 working days/month": the days a month a rate per day runs, said as a factor
    days = [f for f in factors if _DAYS_A_MONTH.match(f[1])]
    counts = [f for f in factors if f not in sizes and f not in days]
    rates = [(f, rm) for f in counts if (rm := _RATE.match(f[1])) is not None]
    if len(rates) != 1 or len(counts) < 2 or len(sizes) > 1:
        return None
    (rate, rm) = rates[0]
    period = "shift" if rm["shift"] else period_of(rm)
    product = rate[0]
    for n, rest, _ in counts:
        if (n, rest) == (rate[0], rate[1]):
            continue
        product *= n
        if _SHIFTS.match(rest) and period == "shift":
            period = "day"  # "3 shifts x 500 queries per shift": 1,500 a day
        if _HOURS.match(rest) and period == "hour":
            period = "day"  # "900 req/h x 8h": the hours a day the rate runs, 7,200 a day
    size = f", each {sizes[0][2].strip()}" if sizes else ""
    tail = rate[1][rm.end() :]
    last = factors[-1]
    if last is not rate and last not in sizes:
        # what follows the last factor's own noun goes on ("900 req/h x 8h, weekdays only": the weekdays kept)
        tail += rx.sub(r"^\s*(?:[a-z][\w/-]*\s*){0,4}", "", last[1])
    if len(days) == 1 and period in ("day", "working day", "workday", "business day"):
        product, period = product * days[0][0], "month"  # "25 a working day x 22 working days/month": 550 a month
    shifted = rm["shift"] or period != period_of(rm)
    said = f"per {period}" if shifted else rm["per"].strip()  # ("per working day" stays a working day)
    return f"{lead}{product:.12g} {rm['noun'].strip()} {said}{size}{tail}"


_SIZE_PER_UNIT = rx.compile(
    NUM + r"\s*" + TOKENS + r"\s+(?:a|an|per|each|every|for each|for every|/)\s*(?P<u>[a-z][a-z-]{2,})\b"
)


def units_sized_and_counted(t: str) -> str:
    """A thing the message gives the size of and counts per period, whatever it is called ("80 million tokens a
    build, and we do about 3 builds a week"): both written with "run", a unit the readers count by."""
    for sm in _SIZE_PER_UNIT.finditer(t):
        unit = sm["u"]
        if rx.fullmatch(REQUESTS, unit) or rx.fullmatch(r"(?:day|week|month|year|hour|minute|second|quarter)s?", unit):
            continue
        one = re.escape(unit[:-1] if unit.endswith("s") else unit)
        counted = rx.search(NUM.replace("?P<", "?P<c_") + r"\s*(?P<w>" + one + r"s?)\s+(?:a|an|per|each|every)\s+", t)
        if counted is None:
            continue
        t = t[: counted.start("w")] + "runs".ljust(len(counted["w"])) + t[counted.end("w") :]
        return t[: sm.start("u")] + "run".ljust(len(unit)) + t[sm.end("u") :]
    return t
