"""A one-time amount is no rate: "a backlog of 40,000 pages, one-time, then ongoing 2,000 pages a month" runs 2,000
pages a month; the 40,000 are done once. A figure in a clause that says so (or tagged so by the clause after it) is
left out of the monthly volume."""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.patterns import MAGNITUDE
from assistant.interview.quantities.words import UNITS

ONE_OFF = rx.compile(
    r"\b(?:backlogs?|one[- ]?(?:time|off)|just once|only once|initial (?:load|batch|import|migration|run)|"
    r"(?:historical|historic) (?:data|documents|docs|records|archive|files|corpus)|back[- ]?catalog(?:ue)?|"
    r"(?:existing|old) (?:archive|corpus)|archive of|migration of|backfill(?:ing)?|"
    r"(?:in|from) (?:the|our) archives?|the archive is|(?:doing|done|processing|processed|to be done) once)\b",
    re.IGNORECASE,
)
# a rate in the clause makes its figure a rate, whatever else the clause says ("2,000 historical records a day")
_RATE = rx.compile(
    r"\b(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|minute|second|quarter)\b|/\s*(?:day|d|week|wk|"
    r"month|mo|hour|h|hr)\b|\b(?:daily|nightly|weekly|monthly|hourly|yearly|annually)\b",
    re.IGNORECASE,
)
_CLAUSE_END = rx.compile(r",(?!\d{3}\b)|[;:!?\n]|\.(?!\d)|\bthen\b|\band then\b|\bafter that\b|\bplus\b", re.IGNORECASE)


def one_off(t: str, pos: int) -> bool:
    """Whether the figure at ``pos`` of the normalized message is a one-time amount ("backlog of 40,000 pages",
    "40k pages, one-time")."""
    starts = [m.end() for m in _CLAUSE_END.finditer(t, 0, pos)]
    start = starts[-1] if starts else 0
    end_m = _CLAUSE_END.search(t, pos)
    end = end_m.start() if end_m else len(t)
    if _RATE.search(t[start:end]):
        return False  # "we summarize 2,000 historical records a day": a rate
    if ONE_OFF.search(t[start:end]):
        return True
    if end_m is None or end_m.group(0) not in (",", ";"):
        return False
    tag = _CLAUSE_END.search(t, end_m.end())
    after = t[end_m.end() : tag.start() if tag else len(t)]
    return len(after.split()) <= 3 and ONE_OFF.search(after) is not None  # "40k pages, one-time, then ..."


_FIGURE = rx.compile(r"(?<![\w.-])\d[\d,.]*\s*(?:k|m|b|thousand|million|billion)?\b", re.IGNORECASE)


# the whole work said to be done once, in a sentence of its own ("It's a one-off job, though we'll rerun it twice")
WORK_ONCE = rx.compile(
    r"\b(?:it'?s|it is|this is|that'?s|that is|the (?:job|work|task|project|run) is)\s+(?:a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:one[- ]?(?:time|off)|single)\s+(?:job|run|task|thing|project|exercise|pass|effort)\b",
    re.IGNORECASE,
)


def one_off_said(text: str) -> str | None:
    """The user's words for the first one-time amount the message states ("backlog of 40,000 pages"; or the count of
    a message whose work is said to be done once, in a sentence of its own, with no rate anywhere), or None."""
    for m in _FIGURE.finditer(text):
        if one_off(text, m.start()):
            return _clause_at(text, m.start(), m.start())
    count = _COUNT.search(text)
    if count is not None and WORK_ONCE.search(text) and not _RATE.search(text):
        return _clause_at(text, count.start(), count.end())
    return None


def _clause_at(text: str, start: int, end: int) -> str:
    """The clause of ``text`` holding the words from ``start`` to ``end``."""
    starts = [c.end() for c in _CLAUSE_END.finditer(text, 0, start)]
    stop = _CLAUSE_END.search(text, end)
    begin = starts[-1] if starts else 0
    aside = text.rfind(")", begin, start)  # (the end of an aside before it: "(PI + three PhD students) and we need")
    if aside >= 0 and "(" not in text[begin:aside]:
        begin = aside + 1
    return rx.sub(r"^\s*(?:and|but|so)\s+", "", text[begin : stop.start() if stop else len(text)]).strip()


# a one-time amount the user spreads over months ("2 million posts ... a one-time pass we'd like to spread over the next
# six months"): so many a month
SPREAD = rx.compile(
    r"\b(?:spread|spreading|run|running|process|processing|do|doing|done|finish|finished|work through|get through)\s+"
    r"(?:\w+\s+){0,3}?(?:over|across|within|in)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?(?:about\s+|around\s+|"
    r"roughly\s+|~\s*)?(?P<n>\d+(?:\.\d+)?)\s+months?\b",
    re.IGNORECASE,
)
_COUNT = rx.compile(
    r"(?<![\w.$€£])(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mag>k|thousand|m|million|mn|b|billion)?\s+"
    r"(?P<noun>(?:[a-z-]+\s+){0,2}?(?:posts?|documents?|docs?|records?|pages?|files?|items?|tickets?|e-?mails?|"
    r"messages?|reviews?|contracts?|reports?|articles?|images?|products?|listings?|descriptions?|transcripts?|"
    r"calls?|rows?|cases?|claims?|invoices?|notes?|comments?|questions?|papers?|books?|chapters?|tokens?))\b"
    r"(?!\s*(?:a|an|per|each|every|/)\s*(?:day|week|month|year|hour|quarter)\b)",
    re.IGNORECASE,  # ("2 million Reddit posts": the message as written)
)


# the months a one-time amount said before is to be spread over, said alone later ("spread it over 6 months", "over
# the next three months, say")
_SPREAD_LATER = rx.compile(
    r"\b(?:over|across|within|in)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?"
    r"(?P<n>\d+(?:\.\d+)?|" + "|".join(w for w, n in UNITS.items() if n >= 1) + r")\s+months?\b",
    re.IGNORECASE,
)


def months_spread(text: str) -> float | None:
    """The months a message spreads earlier one-time work over ("let's say over 6 months"), or None."""
    m = _SPREAD_LATER.search(text)
    if m is None:
        return None
    n = m["n"].lower()
    months = float(n) if n[0].isdigit() else float(UNITS[n])
    return months if 1 <= months <= 36 else None


def spread_as_a_month(words: str, months: float) -> str:
    """The words of a one-time amount spread over ``months``, said as a month's share ("40 million posts" over 4
    months is "10000000 posts a month")."""
    return spread_over_months(f"{words}, a one-time pass spread over {months:g} months")[0]


def as_a_month(words: str) -> str:
    """The words of a one-time amount said as one month's work: "a month" after its count ("classify about 40 million
    posts for stance" is "classify about 40 million posts a month for stance")."""
    count = _COUNT.search(words.lower())
    end = count.end() if count is not None else len(words)
    return words[:end] + " a month" + words[end:]


def spread_over_months(t: str) -> tuple[str, float | None]:
    """The normalized message with a one-time count the user spreads over months said as a count a month ("2 million
    posts, a one-time pass spread over 6 months": 333,333 posts a month), and the months (None when nothing was
    spread)."""
    spread = SPREAD.search(t)
    if spread is None or not ONE_OFF.search(t):
        return t, None
    months = float(spread["n"])
    count = _COUNT.search(t)
    if count is None or not 1 <= months <= 36 or count.start() > spread.start():
        return t, None
    total = float(count["num"].replace(",", "")) * MAGNITUDE.get((count["mag"] or "").lower(), 1.0)
    return t[: count.start()] + f"{total / months:.0f} {count['noun']} a month" + t[count.end() :], months
