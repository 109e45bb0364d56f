"""Input and output totals said side by side: "5M input and 1M output tokens a day", "Input: 400M tokens a month.
Output: 100M.", "monthly: input 400M, output 100M"; totals too big for one request whose period is not said are
asked about ("per day, or per month?"), never read as a request's size.
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import _is_money, _negated
from assistant.interview.quantities.patterns import (
    PERIOD,
    TOKENS,
    num,
)

# "20 million tokens a day in, plus 5 million a day out": a period said with each side
_PLAIN_PERIOD = r"(?:(?:(?:a|an|per|each|every)\s+(?:day|week|month|year)|/\s*(?:day|d|week|wk|month|mo|year|yr))\s*)?"
NOT_ONE_REQUEST = 1_000_000  # input or output tokens no ordinary request holds: a total over some period
SIDE_LABEL = r"input|prompts?|output|completions?|in(?=\s*[:=])|out(?=\s*[:=])"
_SEP = (
    r"\s*(?:tokens?)?\s*(?:(?:per|a|an|each|every)\s+(?:day|week|month|year)|/\s*(?:day|d|week|wk|month|mo|year|yr))?"
)
_SEP += r"\s*"
_SEP += (
    r"(?::|=|is|are|of|-|(?=\s*(?:about |around |roughly |approx\w* )?\d))\s*(?:about |around |roughly |approx\w* )?"
)
_NOT_SHARE = r"(?!\d|\.\d|\s*(?:%|percent|pct|x\b|times))"
LABELLED_SIDES = rx.compile(
    r"\b(?P<k1>"
    + SIDE_LABEL
    + ")"
    + _SEP
    + num("a_")
    + _NOT_SHARE
    + r"\s*(?:"
    + TOKENS
    + r")?[^;]{0,30}?\b(?P<k2>"
    + SIDE_LABEL
    + ")"
    + _SEP
    + num("b_")
    + _NOT_SHARE
    + r"\s*(?:"
    + TOKENS
    + r")?"
)


def _is_input(side: str) -> bool:
    return side.startswith(("in", "prompt"))


def _totals_without_period(c: Context, sm: re.Match[str], inp: float, outp: float) -> tuple[float, str] | None:
    """ "input: 400M tokens, output: 100M tokens": too big for one request, so the totals of a period that is
    not said. The mix is read; the total waits for its period (asked when no volume is said elsewhere), never
    a request's size."""
    if max(inp, outp) < NOT_ONE_REQUEST or _negated(c.t, sm.start()) or c.off(sm.start()):
        return None
    if _is_money(c.t, sm.start(), sm.start()) or rx.search(r"[$€£]", sm.group(0)):
        return None
    if rx.search(r"(?:\bper|/)\s*$", c.m[max(0, sm.start() - 8) : sm.start()]):
        return None  # "2.5 bucks per million in and ten per million out": the units a price is quoted in
    quote = c.quote(sm.start(), sm.end())
    c.out.add("input_share", inp / (inp + outp), quote)
    return inp + outp, quote


def _lead_period(m: str, pos: int) -> re.Match[str] | None:
    """The period said at the head of the sentence before ``pos`` ("monthly: input 400M, output 100M",
    "per day we send 30M tokens in and get 10M back")."""
    start = max(m.rfind(x, 0, pos) for x in (".", ";", "\n", "?", "!")) + 1
    return rx.search(
        PERIOD
        + r"|\b(?:on\s+)?an?\s+(?:typical|normal|average|usual|regular|ordinary)\s+(?P<typical>day|week|month)\b",
        m[start:pos],
    )
