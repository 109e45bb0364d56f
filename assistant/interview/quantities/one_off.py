"""A one-time amount is no rate: "a backlog of 40,000 pages, one-time, then ongoing 2,000 pages a month" runs 2,000
pages a month; the 40,000 are done once. A figure in a clause that says so (or tagged so by the clause after it) is
left out of the monthly volume."""

from __future__ import annotations

import re

ONE_OFF = re.compile(
    r"\b(?:backlogs?|one[- ]?(?:time|off)|just once|only once|initial (?:load|batch|import|migration|run)|"
    r"(?:historical|historic) (?:data|documents|docs|records|archive|files|corpus)|back[- ]?catalog(?:ue)?|"
    r"(?:existing|old) (?:archive|corpus)|archive of|migration of|backfill(?:ing)?|"
    r"(?:in|from) (?:the|our) archives?|the archive is|(?:doing|done|processing|processed|to be done) once)\b",
    re.IGNORECASE,
)
# a rate in the clause makes its figure a rate, whatever else the clause says ("2,000 historical records a day")
_RATE = re.compile(
    r"\b(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|minute|second|quarter)\b|/\s*(?:day|d|week|wk|"
    r"month|mo|hour|h|hr)\b|\b(?:daily|nightly|weekly|monthly|hourly|yearly|annually)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r",(?!\d{3}\b)|[;:!?\n]|\.(?!\d)|\bthen\b|\band then\b|\bafter that\b|\bplus\b", re.IGNORECASE)


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


_FIGURE = re.compile(r"(?<![\w.-])\d[\d,.]*\s*(?:k|m|b|thousand|million|billion)?\b", re.IGNORECASE)


def one_off_said(text: str) -> str | None:
    """The user's words for the first one-time amount the message states ("backlog of 40,000 pages"), or None."""
    for m in _FIGURE.finditer(text):
        if one_off(text, m.start()):
            starts = [c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())]
            end = _CLAUSE_END.search(text, m.start())
            return text[starts[-1] if starts else 0 : end.start() if end else len(text)].strip()
    return None
