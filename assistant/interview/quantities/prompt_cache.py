"""The share of input an API serves from its prompt cache: "cache hit rate is about 60%", "70% of each prompt is the
same system prompt", "with prompt caching, ~80% of input tokens are cached".

Only a share said as a figure is stored: "most of the prompt is the same repo context" is true of many workloads
and says nothing of how much; the advisor prices caching in a what-if at a share the user gives.
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import _negated


def _pct(name: str) -> str:
    return rf"(?P<{name}>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|pct)"


# what is repeated across requests: a cached prefix in the user's words
_REPEATED = (
    r"(?:cached|cache[- ]hits?|served from (?:the )?cache|from (?:the )?(?:prompt )?cache|"
    r"(?:the )?same(?: \w+){0,3}|identical|repeated|shared|static|fixed|constant|reused|re-?used)"
)
_CACHE_SHARE = rx.compile(
    # "cache hit rate is about 60%", "cache hits ~70%", "prompt caching hit rate of 80%"
    r"\bcache[- ]?hit(?:s| rate| ratio)?\s*(?:rate|ratio)?\s*(?:(?:is|of|at|around|about|~|:|=|near|roughly|maybe|"
    r"like|usually|typically|was|were|would be|will be|could be|goes to|went to|reaches|hits|to)\s*)*"
    + _pct("a")
    # "60% cache hit rate", "70% cache hits"
    + r"|"
    + _pct("b")
    + r"\s*(?:prompt[- ])?cache[- ]?hits?\b"
    # "70% of (each|the|every) prompt/input is the same system prompt / cached / repeated context"
    + r"|"
    + _pct("c")
    + r"\s+of\s+(?:each|every|the|our|an?)?\s*(?:\w+\s+)?(?:prompts?|inputs?|input tokens|requests?|"
    r"context)\s+(?:is|are|gets?|will be|would be|can be)\s+(?:\w+\s+){0,2}?" + _REPEATED
)

# caching denied: "no caching", "we don't cache prompts", "without prompt caching"
NO_CACHE = rx.compile(r"\b(?:no|not|without|don'?t|do not|never|can'?t|cannot)\s+(?:\w+\s+)?(?:prompt\s+)?(?:cach\w*)")


def _cached_share(c: Context) -> None:
    """Store the share of input served from the prompt cache, said as a figure (read first: its figure is then
    hidden from the other readers)."""
    m = _CACHE_SHARE.search(c.t)
    if m is None:
        return
    v = float(next(x for x in (m.group("a"), m.group("b"), m.group("c")) if x is not None))
    # the readers after this one do not see the figure: "80% of input tokens are cached" is no input/output mix
    blank = " " * (m.end() - m.start())
    c.t, c.m = c.t[: m.start()] + blank + c.t[m.end() :], c.m[: m.start()] + blank + c.m[m.end() :]
    if NO_CACHE.search(c.t):
        return
    if not 0 < v <= 100 or _negated(c.t, m.start()) or c.off(m.start()):
        return
    c.out.add("cached_share", round(v / 100, 4), c.quote(m.start(), m.end()))
