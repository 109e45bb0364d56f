"""Two or more workloads in one conversation, whose volumes add up: "First, contract review: 3,500 documents a
month, 24k tokens each... Second, a chatbot: 500 conversations a day, 1,000 in and 200 out", or a later
message that brings another one ("one more thing: we'd put letter drafting on the same setup, 800 a day...").

A message is split into workloads only where it says it lists several (first/second, another, the other,
also/in addition, "app A"/"app B", numbered items) or lists counts each with its own size ("1,200 answers a
month, 12,000 tokens each, and 300 contracts a month, 30,000 tokens each"), and the parts are summed only when each
part states a whole volume of its own; anything less is read as one workload, as before.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import assistant.interview.patterns as rx
from assistant.interview.quantities.patterns import NUM, PERIOD, TOKENS

# where a message says it holds more than one workload
SEVERAL = rx.compile(
    r"\b(?:two|three|four|2|3|4|several|multiple|both) (?:[a-z-]+ ){0,2}?(?:things|use[- ]cases|workloads|apps|"
    r"applications|products|bots|"
    r"pipelines|features|projects|services|parts)\b|\b(?:second(?:ly)?|another|the other|in addition|as well as|"
    r"on top of (?:that|this))\b|\b(?:app|product|service|workload|bot|project) (?:a|b|1|2|one|two)\b|"
    r"\bplus\s+(?:another\s+|about\s+|around\s+|~\s*)?\d",
    re.IGNORECASE,
)
NUMBERED = rx.compile(r"(?:^|\s)\(?1\)[^\n]*\s\(?2\)")
# where one workload ends and the next begins
BOUNDARY = rx.compile(
    r"(?:^|(?<=[.;:!?\n])|(?<=,)|(?<=\s))\s*(?=(?:\(?\d\)|"
    r"(?:and |but |then )?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|lastly|finally)\b[\s,:-]|"
    r"(?:and |but |then )?(?:the )?(?:first|second|third|other|another) (?:one|thing|use[- ]case|workload|app|"
    r"application|product|bot|pipeline|feature|project|service|part)\b|"
    r"(?:and )?(?:also|in addition|on top of (?:that|this)|plus)[\s,:]+(?:a|an|another|the|we|there'?s|our)\b|"
    # "..., and the nightly summary job adds another 50M on top of that": a further workload adding its volume
    r"(?:and|plus|while) (?:the |our |a )?(?:[\w-]+ ){0,3}?(?:job|pipeline|workload|bot|app|feature|service|tool|"
    r"batch)s? "
    r"(?:adds?|adding)\s+(?:another|an extra|about|around|~)?\s*\d|"
    # "100M tokens a month for chat plus 50M a month for summaries": a further volume, its own period said
    r"(?:and )?plus\s+(?:another\s+|about\s+|around\s+|~\s*)?\d[\d.,]*\s*(?:k|m|b|bn|million|billion)?\s*"
    r"(?:tokens?\s+)?(?=(?:a|per|/|every|each)\s*(?:day|week|month|year|hour)\b|daily|monthly|weekly)|"
    r"(?:app|product|service|workload|bot|project) (?:a|b|c|1|2|3|one|two|three)\b[\s,:-]))",
    re.IGNORECASE,
)
# the start of a message that adds a workload to the one already described
ADDS = rx.compile(
    r"^\W*(?:(?:and|oh|ok|okay|also|btw|by the way|one more thing|another thing)[\s,:-]+)*"
    r"(?:(?:the )?(?:second|2nd|third|3rd) (?:thing|one|use[- ]case|workload|app|product|part|project|pipeline)|"
    # a numbered item after the first ("#2 localisation: ...", "(3) review moderation", "Second: for every article")
    r"#\s*[2-9]\b|\(\s*[2-9]\s*\)|(?:second|third|fourth|2nd|3rd|4th)\s*[:–-]|"
    r"another (?:one|use[- ]case|workload|thing|app|product|project|bot|pipeline|feature)|"
    r"(?:(?:we(?:'d| would)? )?(?:also|additionally|as well)|also,? we) (?:have|has|run|want|need|do|plan|would|'d|get|"
    r"got|process|handle|use|summari[sz]e|translate|classify|generate|draft|score|review|serve|power|like|add)|"
    r"in addition|also,? (?:a|an|another)\b|"
    r"also,? the \w+ (?:bot|assistant|copilot|pipeline|app|tool|team|department|use[- ]case|workload|feature)\b|"
    r"on top of (?:that|this|it)|"
    r"plus (?:a|an|another|the|we)\b|"
    # "besides that we summarise 2,000 documents a month", "apart from this, ...", "separately, ..."
    r"(?:besides|apart from|aside from|next to) (?:that|this|it|the \w+)\b|separately\b|"
    r"(?:a |one )?(?:separate|different|unrelated) (?:use[- ]case|workload|app|product|project|pipeline|bot|feature|"
    r"job)\b|(?:a |one )?separate thing\b|"
    r"(?:the )?other (?:thing|one|use[- ]case|workload|app|product|part|project|pipeline|bot)\b|"
    r"(?:there'?s|there is|we'?ve|we have|we got|we'?ve got) (?:also|another|a second)\b)"
    # "oh and blog drafts too, maybe 400 a month", "and the chat summaries as well: ...": a further item named
    r"|^\W*(?:(?:oh|ok|okay|and|plus|also)[\s,:-]+)*(?:and|plus)[\s,]+(?:the |our |some )?+"
    r"(?!(?:latency|quality|speed|costs?|prices?|budget|security|privacy|compliance|gdpr|hipaa|pci|soc|data|team|"
    r"traffic|volume|it|that|this|they|we|i|you|same|size|input|output|inputs|outputs|answers?|prompts?|requests?|"
    r"responses?|replies|reply|results?)\b)"
    # a thing named, no statement about it ("the answers can wait too" says something of the same workload)
    r"(?![^,.;]*\b(?:can|could|are|is|was|were|will|would|should|must|need|needs|have|has|do|does|wait|waits)\b)"
    r"[a-z][\w-]*(?: [a-z][\w-]*){0,3}"
    r",? (?:too|as well)\b"
    r"|\b(?:on|onto|to) the same (?:setup|deployment|platform|infrastructure|infra|stack|cluster|system)\b"
    r"|\b(?:a second|another|second) (?:use[- ]case|workload|app|product|pipeline|bot|project)\b"
    r"|\bone more (?:thing|workload|use[- ]case)\b[^.?!]{0,80}\b(?:on|to) the same\b",
    re.IGNORECASE,
)

# "2 requests per second", "a second one": the word is a unit or a count there, not the next item
_UNIT_BEFORE = rx.compile(r"\b(?:per|a|an|each|every|one|1|the|this|that|in|within|under)\s*$|/\s*$", re.IGNORECASE)
SIZE_FIELDS = ("request_input_tokens", "request_output_tokens")


# a count over a period with its own size: "300 contracts a month, 30000 tokens each"
SIZED_COUNT = rx.compile(
    r"(?<![\w.,])\d[\d,.]*\s*(?:k|thousand)?\s+(?:[a-z][\w-]*\s+){1,3}?"
    + PERIOD
    + r"[\s,]*(?:(?:of\s+|at\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?\d[\d.,]*\s*k?\s*(?:"
    + TOKENS
    + r"|pages?|words?)\s+each\b|with\s+(?:on\s+)?(?:an?\s+)?(?:average|avg|about|around|roughly)?\s*(?:of\s+)?"
    r"\d[\d.,]*\s*k?\s*(?:" + TOKENS + r"|pages?|words?)\b)",
    re.IGNORECASE,
)


# a volume over a period, as a list of workloads gives each one: "1.2M tokens/day", "maybe 500k/day" (a bare
# magnitude is tokens when the list's other volumes are)
LISTED_VOLUME = rx.compile(NUM + r"\s*(?P<tok>" + TOKENS + r")?\s*" + PERIOD, re.IGNORECASE)
# a list item's end: a comma, a semicolon or "and" before the next item's words
ITEM_GAP = rx.compile(r"[,;]\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# a message that gives the whole as well as its parts ("3M in total"): the parts are not added again
TOTAL = rx.compile(r"\b(?:in total|total(?:ly|ling)?|altogether|combined|overall|all together|in all|sum)\b", re.I)


def parts(text: str) -> list[str]:
    """The workloads a message lists, in order; one part when it lists none."""
    sized = [m.start() for m in SIZED_COUNT.finditer(text)]
    if len(sized) >= 2:  # counts listed each with its own size: a workload each
        cuts = [0, *sized[1:]]
        return [p for p in (text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)) if p]
    lined = _listed_lines(text)
    if lined is not None:
        return lined
    if not (SEVERAL.search(text) or NUMBERED.search(text)):
        # "20M tokens a day for chat and 5M a day for summaries": volumes each said with what it is for
        listed = None if NOT_WORKLOADS.search(text) else _listed_volumes(text)
        if listed is not None and len({_purpose(p) for p in listed} - {None}) == len(listed):
            return listed
        return [text]
    cuts = sorted({m.start() for m in BOUNDARY.finditer(text) if not _UNIT_BEFORE.search(text[: m.start()])} | {0})
    pieces = [p for p in (text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)) if p]
    return pieces if len(pieces) >= 2 else _listed_volumes(text) or pieces


# lines of one workload's figures, not of several workloads: a peak beside the average, a past or a future figure beside
# today's, the input beside the output, a correction
NOT_WORKLOADS = rx.compile(
    r"\b(?:peak\w*|average|avg|mean|median|typical|normal|usual|max\w*|min\w*|busiest|busy|quiet\w*|slow\w*|"
    r"now|today|current\w*|last|previous\w*|before|earlier|used to|was|were|next|future|target\w*|forecast\w*|"
    r"expect\w*|plan\w*|projected|goal|later|soon|(?:19|20)\d\d|q[1-4]|input|output|prompts?|completions?|"
    r"sorry|actually|correction|i mean|wait|weekdays?|weekends?|low|high|range|between)\b[\s:=-]|"
    r"(?:^|\n)\W*(?:in|out)\b",
    re.IGNORECASE,
)


def _listed_lines(text: str) -> list[str] | None:
    """ "- chat: ~100M tok/mo\n- nightly report summaries: ~50M tok/mo": lines that each give a volume of tokens over a
    period, one per line, a workload each (the lines after one that give none belong to it). None unless two lines
    or more do so, or when the message gives the whole ("3M in total")."""
    lines = text.split("\n")
    starts: list[int] = []
    pos = 0
    for line in lines:
        volumes = [m for m in LISTED_VOLUME.finditer(line) if m["tok"]]
        if len(volumes) > 1:
            return None  # two volumes on one line: not a list of one each
        if volumes:
            starts.append(pos)
        pos += len(line) + 1
    if len(starts) < 2 or TOTAL.search(text) or NOT_WORKLOADS.search(text):
        return None
    cuts = [0, *starts[1:]]
    return [p for p in (text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)) if p]


PER_SECOND = rx.compile(r"(?:\bper|\ba|\ban|/)\s*(?:s|secs?|seconds?|mins?|minutes?)\b")


def _listed_volumes(text: str) -> list[str] | None:
    """ "Three projects: a chatbot (about 1.2M tokens/day), extraction (8M tokens a day) and a bot, maybe 500k/day":
    a message that says it lists workloads and gives each a volume of tokens, cut between the items, where a list
    separates them. A bare "500k/day" among token volumes is tokens. None when the items cannot be told apart."""
    found = [m for m in LISTED_VOLUME.finditer(text) if m["tok"] or m["mag"]]
    # (a rate a second or a minute beside a day's volume is a speed: "we need 40 tokens per second, about 30M a day")
    found = [m for m in found if not PER_SECOND.search(m.group(0))] if len(found) > 1 else found
    if len(found) < 2 or not any(m["tok"] for m in found) or TOTAL.search(text):
        return None
    cuts = [0]
    for before, m in pairwise(found):
        gaps = list(ITEM_GAP.finditer(text, before.end(), m.start()))
        if not gaps:
            return None  # "1M to 2M tokens a day": one volume, not two items
        cuts.append(gaps[-1].end())
    pieces = [text[a:b] for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    out: list[str] = []
    for cut, piece, m in zip(cuts, pieces, found, strict=True):
        if not m["tok"]:  # "maybe 500k/day" beside token volumes: tokens too
            at = m.end("mag") - cut
            piece = piece[:at] + " tokens" + piece[at:]
        out.append(piece.strip())
    return out


# what a volume is for, said beside it: "... for chat", "summaries 2M tokens a day", "chat is 20M tokens a day"
FOR_WHAT = rx.compile(
    r"\bfor\s+(?:the\s+|our\s+|a\s+)?(?P<what>(?!(?:each|every|all|both|now|today|a|an|the|us|them|it|that|this|"
    r"about|around|roughly|over|under|up|example|instance|me|to|in|on|at|of|by)\b)[a-z][\w-]+(?:\s+(?!(?:and|or|plus)\b)[a-z][\w-]{2,})?)",
    re.IGNORECASE,
)
LABEL_FIRST = rx.compile(
    r"^\W*(?:and\s+|plus\s+)?(?P<what>(?!(?:we|i|our|it|that|this|they|there|so|and|about|around|roughly|maybe|"
    r"approx\w*|ca|circa|the|a|an|another|then|also)\b)[a-z][\w-]{2,}(?:\s+[a-z][\w-]{2,})?)\s*(?:is|are|:|=|-|–|—)?\s*"
    r"(?:about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?\d",
    re.IGNORECASE,
)


def _purpose(piece: str) -> str | None:
    """What one listed volume is for, in the user's words, or None."""
    m = LABEL_FIRST.search(piece) or FOR_WHAT.search(piece)
    return m["what"].lower() if m is not None else None


def adds_workload(text: str) -> bool:
    """Whether a message brings a further workload rather than restating or correcting the one described."""
    return bool(ADDS.search(text))


def combine(readings: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The volumes of several workloads added up, with the mix of the whole: each reading maps a field to its
    value (``tokens_per_month`` and, when said, ``input_share``). None unless every part has a volume."""
    volumes = [float(r["tokens_per_month"]) for r in readings if r.get("tokens_per_month")]
    if len(volumes) < 2 or len(volumes) != len(readings):
        return None
    total = sum(volumes)
    out: dict[str, Any] = {"tokens_per_month": total}
    shares = [r.get("input_share") for r in readings]
    if all(s is not None for s in shares):
        out["input_share"] = sum(v * float(s or 0) for v, s in zip(volumes, shares, strict=True)) / total
    return out
