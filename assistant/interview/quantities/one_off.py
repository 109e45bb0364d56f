"""A one-time amount is no rate: "a backlog of 40,000 pages, one-time, then ongoing 2,000 pages a month" runs 2,000
pages a month; the 40,000 are done once. A figure in a clause that says so (or tagged so by the clause after it) is
left out of the monthly volume."""

from __future__ import annotations

import re

ONE_OFF = re.compile(
    r"\b(?:backlogs?|one[- ]?(?:time|off|shot)|just once|only once|initial (?:load|batch|import|migration|run)|"
    r"(?:historical|historic) (?:data|documents|docs|records|archive|files|corpus)|back[- ]?catalog(?:ue)?|"
    r"(?:existing|old) (?:archive|corpus)|archive of|migration of|(?:to )?(?:seed|bootstrap|backfill)(?:ing)?|"
    r"(?:in|from) (?:the|our) archives?|the archive is|(?:doing|done|processing|processed|to be done) once)\b"
)
_CLAUSE_END = re.compile(r",(?!\d{3}\b)|[;:!?\n]|\.(?!\d)|\bthen\b|\band then\b|\bafter that\b|\bplus\b")


def one_off(t: str, pos: int) -> bool:
    """Whether the figure at ``pos`` of the normalized message is a one-time amount ("backlog of 40,000 pages",
    "40k pages, one-time")."""
    starts = [m.end() for m in _CLAUSE_END.finditer(t, 0, pos)]
    start = starts[-1] if starts else 0
    end_m = _CLAUSE_END.search(t, pos)
    end = end_m.start() if end_m else len(t)
    if ONE_OFF.search(t[start:end]):
        return True
    if end_m is None or end_m.group(0) not in (",", ";"):
        return False
    tag = _CLAUSE_END.search(t, end_m.end())
    after = t[end_m.end() : tag.start() if tag else len(t)]
    return len(after.split()) <= 3 and ONE_OFF.search(after) is not None  # "40k pages, one-time, then ..."


_FIGURE = re.compile(r"(?<![\w.])\d[\d,.]*\s*(?:k|m|b|thousand|million|billion)?\b")


def one_off_said(text: str) -> str | None:
    """The user's words for the first one-time amount the message states ("backlog of 40,000 pages"), or None."""
    t = text.lower()
    for m in _FIGURE.finditer(t):
        if one_off(t, m.start()):
            starts = [c.end() for c in _CLAUSE_END.finditer(t, 0, m.start())]
            end = _CLAUSE_END.search(t, m.start())
            return text[starts[-1] if starts else 0 : end.start() if end else len(t)].strip()
    return None
