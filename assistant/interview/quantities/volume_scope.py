"""What makes a figure no month's volume, or only part of it: a future ("next year", "we expect"), a peak ("at
peak", "Black Friday"), a generation speed ("40 tokens/s per user"), a figure per person ("per user 2000 tokens a
day"), a rate that holds only in some hours ("1k a minute during business hours"); a past figure beside today's,
a second guess ("maybe 10M a day, maybe 20M"), tokens a model was trained on.
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import _is_money
from assistant.interview.quantities.patterns import (
    NUM,
    PERIOD,
    PERIOD_WORDS,
    number,
    period_of,
)
from assistant.interview.quantities.people import POPULATION

FUTURE = rx.compile(
    r"\b(?:next year|next quarter|by (?:next|the end|20\d\d|q\d)|will|expect(?:ing)?|plan(?:ning)? to|could grow|"
    r"might|may grow|growing to|grow to|in (?:a|two|\d+) (?:year|years|months)|eventually|later|target(?:ing)?|"
    r"forecast|projected|up to|at most|max(?:imum)?|peak(?:s|ing)?|double|triple)\b"
)
# a volume of a time long gone ("we did 2M tokens a day last year", "back in 2024"): not today's, so today's is asked
# (last month's or last week's figures are today's)
STALE_PAST = rx.compile(
    r"(?<!since )(?<!than )(?<!from )(?<!over )(?<!vs )(?<!to )\b(?:last year|(?:a|one|two|\d+) years? ago|years ago|"
    r"back in (?:20\d\d|the day)|back then|when we (?:launched|started))\b"
)
# a verb in the present in a clause with a time long gone: the figure is today's ("we launched last year and process
# 5M tokens a day")
PRESENT_VOLUME_VERB = rx.compile(
    r"\b(?:do|does|process|processes|handle|handles|serve|serves|get|gets|run|runs|see|sees|are|is|average|averages|"
    r"send|sends|receive|receives|generate|generates|use|uses|burn|burns|push|pushes)\b|\b(?:we|they|it)'(?:re|s)\b"
)
STRONG_FUTURE = rx.compile(
    # a volume for a time to come, not today's ("1B a month next year"); a system not yet launched ("the usage
    # will be about 2M tokens a day") states its volume plainly
    r"\b(?:next year|next quarter|by (?:next|the end|20\d\d|q\d)|will (?:grow|reach|hit)|(?:we'll|we will) (?:grow|"
    r"reach|hit)|expect(?:ing)? to (?:grow|reach|hit|double|triple)|grow(?:ing)? to|eventually|in (?:a|two|\d+) "
    r"(?:years?|months)|(?:projected|forecast|forecasted) (?:to|for|by|at the end|next)\b|"
    # (a new system's planned volume is its volume: "Projected volume is approximately 2,000 pages per week")
    # a hope or a figure said to be unsure ("marketing hopes we'll get to 300M", "..., but this is not sure yet")
    r"hoped? (?:that )?(?:we'?ll|we will|to|for)|hopes (?:that )?(?:we'?ll|we will|to|for)|hoping (?:that )?(?:we'?ll|"
    r"we will|to|for)|a wish|wishful|(?:we'?ll|we will|to) get (?:up )?to|not (?:sure|certain|"
    r"confirmed|decided|clear|known) yet|still waiting (?:for|on))\b"
)


SPEED = rx.compile(
    r"\b(?:generat\w*|decod\w*|speed\w*|fast\w*|slow\w*|throughput per|per (?:user|stream|request|replica|gpu|card|"
    r"session|conversation|instance)|each (?:user|stream|replica|gpu|card)|tps|output rate|streaming rate|expect\w*|"
    r"feel\w*|reads?|readable|stream\w*|benchmark\w*|the model|models?|llama|mistral|qwen|gemma|gpt|claude|h100s?|"
    # a speed asked for ("we need 40 tokens per second"), not a rate to handle ("we need to handle 5k tokens/s")
    r"(?:need|needs|want|wants|require[sd]?)(?!\s+to\s+(?:process|handle|serve|ingest|support|sustain|push|run))|"
    r"a100s?|h200s?|"
    r"l4|l40s?|a10g?|gpus?|cards?|vllm|tgi)\b|M{3,}|G{3,}"
)


def _speed(m: str, vm: re.Match[str], unit: str | None = None) -> bool:
    """A token rate per second (or minute) that is a generation speed, not the traffic: "the model generates 40
    tokens/s", "users expect 30 tok/s", "an H100 does 3,000 tokens/s", "50 tokens/s per user"."""
    if PERIOD_WORDS.get(unit or period_of(vm), "") not in ("second", "minute"):
        return False
    start = max(m.rfind(x, 0, vm.start()) for x in (",", ";", ".", "(", "\n")) + 1
    ends = [e for e in (m.find(x, vm.end()) for x in (",", ";", ". ", ")", "\n")) if e >= 0]
    return bool(SPEED.search(m[start : min(ends, default=len(m))]))


PEAK = rx.compile(
    r"\b(?:peaks?|peaking|spikes?|spiking|busiest|black friday|cyber monday|holidays?|christmas|december|"
    r"seasonal|high season|launch (?:day|week)|worst case|bursts?|max(?:imum)?|at most|up to)\b"
)


def _own_clause(t: str, start: int, end: int) -> str:
    """The words around a figure up to the nearest break on each side ("," ";" "." "(" "vs" "but" "while")."""
    breaks = r"[,;.()]|\b(?:vs\.?|versus|but|while|whereas|and then|compared to)\b"
    before = [b.end() for b in rx.finditer(breaks, t[:start])]
    after = rx.search(breaks, t[end:])
    return t[(before[-1] if before else 0) : end + (after.start() if after else len(t) - end)]


def _per_head(c: Context, start: int, end: int) -> float:
    """ "per user 2000 tokens a day", "3,000 employees, 5k tokens a day each": the people the figure is per (0
    when a figure per person is said without how many people), or 1 when the figure is not per head."""
    head = (
        r"\b(?:per|each|every|a|for each|for every)\s+(?:typical\s+|single\s+|given\s+|average\s+)?"
        + POPULATION.replace("users?", "user")
        + r"\b|\bper head\b"
    )
    verbs = (
        r"(?:(?:about|around|roughly|maybe|like|uses?|burns?|sends?|consumes?|needs?|does|generates?|approx\.?|"
        r"approximately|on average|avg|(?:we|i) (?:measure|see|get|observe|estimate|count|saw|measured))\s+)*"
    )
    before = c.m[max(0, start - 40) : start]
    after = c.m[end:]
    named = rx.search(
        r"(?:" + head + r")(?:\s+(?:has|gets?|is allowed|a|an|the|quota|limit|allowance|budget|of|"
        r"up to|at most))*\s*[,:]?\s*" + verbs + "$",
        before,
    ) or rx.match(r"\s*,?\s*(?:" + head + r")(?!\s+(?:tiers?|types?|segments?|groups?|plans?|base))", after)
    inside = rx.search(r"\b(?:each|apiece)\b", c.m[start:end]) is not None  # "40,000 tokens each per month"
    bare = (
        inside
        or rx.search(r"\b(?:each|every one)(?:\s+(?:one|of them))?\s*[,:]?\s*" + verbs + "$", before)
        or rx.match(
            r"\s*,?\s*(?:each|apiece)\b(?!\s+(?:day|week|month|year|hour|night|time|request|call|query|message)s?\b)",
            after,
        )
    )
    if not (named or bare):
        return 1
    for pm in rx.finditer(NUM + r"\s*(?:[a-z-]+\s+)?" + POPULATION + r"\b(?!\s*(?:per|a|an|each|every)\s)", c.m):
        if pm.start() != start and not _is_money(c.t, pm.start(), pm.end()) and number(pm) > 1:
            return number(pm)
    return 0 if named else 1


HOURS_ONLY = rx.compile(
    r"\b(?:business|working|office|opening|peak|busy|daytime) hours\b|\bduring the (?:day|workday|week)\b|"
    r"\b9[- ]?(?:to[- ])?5\b|\bat (?:the )?peak\b|\bpeaks?\b|\bpeaking\b|\bbusiest\b|\bbursts?\b"
)


def _period_near(m: str, end: int) -> str | None:
    pm = rx.search(PERIOD, m[max(0, end - 20) : end + 20])
    return period_of(pm) if pm else None


def _not_all_day(c: Context, start: int, end: int, period: str | None) -> bool:
    """A rate per second, minute or hour that holds only in some hours ("1,000 requests a minute during business
    hours", "we peak at 1k a minute"): it does not run round the clock, so it is no month's volume; ask."""
    if period is None or PERIOD_WORDS.get(period, "") not in ("second", "minute", "hour"):
        return False
    clause = _own_clause(c.t, start, end)
    if c.hours_a_day and not PEAK_ONLY.search(c.t[max(0, start - 40) : start]):
        return False  # (the hours a day it runs, said, are counted: "500 an hour, 8 hours a day", "150 a minute, 9-6")
    return bool(HOURS_ONLY.search(clause)) and not AVERAGE.search(clause)


# a rate said as the peak's, whatever hours the traffic runs ("we peak at 1k a minute 5-7pm")
PEAK_ONLY = rx.compile(
    r"\b(?:at (?:the )?peak|(?:peaks?|peaking|peaked|spikes?|spiking|bursts?|bursting) (?:at|of|to|around|near|up to)|"
    r"busiest (?:hours?|times?|minutes?))\W+(?:(?:about|around|roughly|like|~)\s*)?$"
)


# a clause that says its figure is the ordinary load, a peak said beside it ("normally 10 a second, 40 at peak")
AVERAGE = rx.compile(
    r"\b(?:averag\w*|avg|mean|typical\w*|normal\w*|usual\w*|sustained|steady|24/7|round the clock|all day)\b"
)


# a figure said for today, and one said for some time before it
NOW = rx.compile(r"\b(?:now|today|currently|these days|at the moment|right now|nowadays|rn)\b")
BEFORE = rx.compile(
    r"\b(?:last|previous|past) (?:year|quarter|month|summer|winter|spring|autumn|fall)\b|\bused to\b|\b(?:was|were)\b|"
    r"\bago\b|\bbefore\b|\bpreviously\b|\bat launch\b|\bin 20\d\d\b|\b(?:back )?then(?=\s*(?:[,;.]|$))"
)
# tokens a model was trained or evaluated on, not the traffic it serves
TRAINING_BEFORE = rx.compile(
    r"\b(?:fine[- ]?tun\w*|finetun\w*|trained|train|training|pre-?train\w*)\b[^.;,]{0,20}?\b(?:on|with|using)\s+"
    r"(?:about\s+|around\s+|roughly\s+|like\s+)?$|\b(?:dataset|corpus|training (?:data|set)|eval(?:uation)? set)\s+"
    r"(?:of|is|was|has|with)\s+(?:about\s+|around\s+|roughly\s+)?$"
)
TRAINING_AFTER = rx.compile(
    r"[^.;,]{0,25}?\b(?:of\s+)?(?:training|fine[- ]?tuning|eval\w*)\s+(?:data|set|examples|corpus)\b"
)
# a second figure offered as another guess right after the first ("maybe 10M a day, maybe 20M", "10M or 20M")
ALTERNATIVE = rx.compile(
    r"\s*(?:,|;|-|—)?\s*(?:or|maybe|perhaps|possibly|or maybe|or perhaps|or even|or possibly)\s+(?:even\s+)?"
    r"(?:about\s+|around\s+|like\s+)?\d+(?:\.\d+)?\s*(?:k|m|b|bn|thousand|million|billion)?\b(?!\s*(?:%|percent|ms|"
    r"s\b|sec|"
    r"seconds?|minutes?|hours?|days?|engineers?|people|users?|gpus?))"
    # an alternative with its own period is the same figure said another way ("10M a day, or 300M a month")
    r"(?!\s*(?:tokens?\s*)?(?:a|an|per|/|each|every)\s*(?:day|week|month|year|hour|minute|second)|\s*(?:daily|monthly))"
)
