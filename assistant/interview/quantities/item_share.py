"""What of the things counted reaches the model: a share of them ("4,000 patient visits a day. ~35% of visits would
get an AI-drafted summary", "12k tickets a week, about 40% of them are sent to the bot"), or the parts each one has
("18,000 applications a month, each with ~5 documents; every document is roughly 1,100 tokens"). The count that
makes the volume is that share, or that many parts. A share of them that is simple is not a share that reaches the
model (``simple_share`` reads it)."""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.patterns import NUM, PERIOD, REQUESTS, number
from assistant.interview.quantities.words import plain

# the things counted with their period: "about 4,000 patient visits a day", "12k tickets per week"
_COUNTED = rx.compile(
    NUM
    + r"\s*(?P<what>(?:[a-z-]+\s+){0,2}?(?:"
    + REQUESTS
    + r"|(?!(?:tokens?|toks?|hours?|days?|weeks?|months?|years?|minutes?|seconds?|dollars?|euros?|gpus?)\b)"
    + r"[a-z]{3,}s))\s*"
    + PERIOD
)
# a share of them that goes to the model, said within the next sentence or two
_SHARE = rx.compile(
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s*of\s+(?:them|those|these|the\s+\w+|(?P<noun>[a-z-]+(?:\s+[a-z-]+)??))\s+"
    r"(?:would\s+|will\s+|should\s+|actually\s+|currently\s+|now\s+)?"
    r"(?:go|goes|are\s+sent|get\s+sent|are\s+routed|get\s+routed|are\s+passed|get\s+passed|are\s+forwarded|hit|reach|"
    r"need|needs|require|requires|trigger|triggers|get|gets|receive|receives|are\s+handled\s+by|are\s+run\s+through|"
    r"go\s+through|run\s+through)\s+"
    r"(?:to\s+|through\s+|by\s+)?(?:the\s+|our\s+|an?\s+)?"
    r"(?:bot|model|llm|ai\b|assistant|api|gpt[\w.-]*|agent|pipeline|copilot|[a-z]+-(?:drafted|generated|written)|"
    r"ai[- ](?:drafted|generated|written)|auto(?:mated|matic)?[- ]?\w*|generated|drafted|llm[- ]\w+)"
)


def share_of_items(t: str) -> str:
    """The normalised message with the count of the things counted made the share of them that reaches the model."""
    share = _SHARE.search(t)
    if share is None:
        return t
    counted = [m for m in _COUNTED.finditer(t, 0, share.start()) if share.start() - m.end() <= 120]
    if len(counted) != 1:
        return t  # none, or several counts it could be of
    m = counted[0]
    noun = share["noun"]
    if noun and noun.split()[-1][:4] not in m["what"]:
        return t  # "35% of visits" after a count of visits, not of something else
    pct = float(share["pct"])
    if not 0 < pct < 100:
        return t
    kept = number(m) * pct / 100
    return t[: m.start()] + f"{plain(kept)} " + t[m.start("what") :]


# the parts each thing counted has, whose size is said next: "18,000 applications per month, each with ~5 documents;
# every document is roughly 1,100 tokens"
_EACH_WITH = rx.compile(
    NUM
    + r"\s*(?P<what>(?:[a-z-]+\s+){0,2}?[a-z]{3,}s)\s*(?P<period>"
    + PERIOD.replace("?P<", "?P<p_")
    + r")\s*(?:,|;|and)?\s*(?:each|every one|every)(?:\s+[a-z]{3,})?\s+(?:with|has|having|of|containing|contains|"
    r"includes|made of)\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?(?P<k>\d+(?:\.\d+)?)\s+"
    r"(?P<parts>[a-z]{3,}s)\b"
)


def parts_of_items(t: str) -> str:
    """The normalised message with "N things a month, each with K parts" written as N x K parts a month, when the size
    said next is that of one part ("every document is roughly 1,100 tokens")."""
    m = _EACH_WITH.search(t)
    if m is None:
        return t
    part = m["parts"][:-1]  # "documents" -> "document"
    if not rx.search(
        r"\b(?:each|every|a|one|per)\s+" + re.escape(part) + r"\b|\b" + re.escape(part) + r"s?\s+(?:is|are)\b",
        t[m.end() :],
    ):
        return t  # the size said next is not one part's: leave the count as said
    total = number(m) * float(m["k"])
    return t[: m.start()] + f"{plain(total)} {m['parts']} {m['period']}" + t[m.end() :]
