"""Counts of different things listed side by side under one period ("4k docs and 6k emails a day", "we get 300
tickets a day, 200 chats a day and 50 emails a day"): one stream of requests, their counts added up, so that one
size said for all of them ("each 1k tokens") makes the whole volume, not the first count's alone.

The same thing counted twice is a correction or a range, never a list; a figure denied, asked about, money or
said with another period breaks the list.
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import CORRECTION, _denied_count, _is_money
from assistant.interview.quantities.patterns import NUM, PERIOD, REQUESTS, number, period_of, singular

ITEM = rx.compile(
    NUM
    + r"\s*(?:[a-z][\w-]*[ \t]+){0,2}?(?P<unit>"
    + REQUESTS[3:-1]
    + r")\b(?![ \t]+"  # "200 call transcripts": the noun is the last of the words
    + REQUESTS
    + r"\b)(?P<per>\s*"
    + PERIOD
    + r")?"
)
JOINER = rx.compile(r"\s*(?:,\s*(?:and|plus)?|and|plus|&|\+)\s*")


def _chain(c: Context, start: int) -> list[re.Match[str]]:
    """The counts listed together with the one whose figure starts at ``start`` (itself alone when none)."""
    items = [im for im in ITEM.finditer(c.m) if not _is_money(c.t, im.start(), im.end())]
    at = next((i for i, im in enumerate(items) if im.start("num") == start), None)
    if at is None:
        return []
    lo = hi = at
    while lo > 0 and JOINER.fullmatch(c.m[items[lo - 1].end() : items[lo].start()]):
        lo -= 1
    while hi + 1 < len(items) and JOINER.fullmatch(c.m[items[hi].end() : items[hi + 1].start()]):
        hi += 1
    return items[lo : hi + 1]


def in_denied_list(c: Context, start: int) -> bool:
    """The count at ``start`` is one of a list whose verb is denied ("we don't get 4k docs and 6k emails a day")."""
    chain = _chain(c, start)
    return len(chain) > 1 and _denied_count(c.t, chain[0].start())


def listed_counts(c: Context, first: re.Match[str]) -> float | None:
    """The requests of the list the rate ``first`` belongs to, added up (per said period), or None alone."""
    chain = _chain(c, first.start("num"))
    if len(chain) < 2 or CORRECTION.search(c.m[chain[0].start() : chain[-1].end()]):
        return None
    if any(_denied_count(c.t, im.start()) or c.off(im.start()) for im in chain):
        return None
    period = period_of(first)
    if any(im["per"] and period_of(im) != period for im in chain) or not chain[-1]["per"]:
        return None  # "4k docs a day and 6k emails a week": two rates, not one list
    if len({singular(im["unit"]) for im in chain}) < len(chain):
        return None  # "3k msgs, 4k msgs a day": the same thing said again
    return sum(number(im) for im in chain)
