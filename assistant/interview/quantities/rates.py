"""Requests at a rate times their size make a volume: "120k requests a day, ~1,500 tokens in and 300 out",
"2,000 users, each sends ~20 messages a day", "300k conversations a day, each ~6 turns of ~500 tokens".
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import CORRECTION, _denied_count, _is_money
from assistant.interview.quantities.item_size import OTHER_COUNTED
from assistant.interview.quantities.listed_counts import in_denied_list, listed_counts
from assistant.interview.quantities.patterns import (
    MAGNITUDE,
    NUM,
    PERIOD,
    PERIOD_WORDS,
    REQUESTS,
    TOKENS,
    num,
    number,
    period_of,
    singular,
)
from assistant.interview.quantities.peak import PEAK_WORD
from assistant.interview.quantities.people import COUNTED, POPULATION, population
from assistant.interview.quantities.sides import one_side_named
from assistant.interview.quantities.size_patterns import MAX_REQUEST_TOKENS, MIN_REQUEST_TOKENS
from assistant.interview.quantities.sizes import _request_sizes
from assistant.interview.quantities.words import RATE_UNITS, normalize
from tools.numbers import plural

# "6 questions per active user per day", "20 chats per agent a day": a rate per person, the person between
# (or after a slash: "15 queries/analyst/day")
# (or per place or thing that makes its own: "3 notes per bed a day")
PER_PERSON = r"(?:(?:per|for each|for every)\s+(?:[a-z]+\s+)?" + COUNTED + r"\s+|/\s*" + COUNTED + r"\s*(?=/))?"
RATE = rx.compile(
    NUM
    + r"\s*(?:[a-z-]+\s+){0,2}?(?P<unit>"
    + REQUESTS[3:-1]
    + r"|"
    + OTHER_COUNTED
    + r")\s*(?:(?:are|is)\s+)?(?:(?:each|apiece)\s+)?"
    + PER_PERSON
    + PERIOD
)
RATE_AGAIN = rx.compile(
    r"[\s,:;!\-\u2014\u2013]*(?:(?:no|it'?s|it is|it was|that'?s|more like|closer to|make it|make that|about|around|"
    r"roughly|~)[\s,]*)*" + NUM + r"\s*(?:(?:\w+\s+){0,2}?" + REQUESTS + r"\s*)?" + PERIOD
)


# tokens per unit of text ("1 word is about 2 tokens", "each character ~ 0.3 tokens"): a conversion, not a size
PER_TEXT_UNIT = rx.compile(
    r"\b(?:1|one|a|an|each|every|per)\s+(?:words?|characters?|chars?|pages?|lines?|sentences?)\s*(?:is|=|equals|"
    r"≈|~|comes to|becomes|gives|makes|costs|is about|is around|about|around|roughly)\s*(?:about\s+|around\s+|"
    r"roughly\s+)?\d+(?:\.\d+)?\s*(?:" + TOKENS + r")"
)

# "the summary per page is about 150 tokens": the size of one side for each page, not what a page holds
SIDE_PER_UNIT = rx.compile(
    r"\b(?:summar(?:y|ies)|answers?|outputs?|responses?|repl(?:y|ies)|translations?|prompts?|inputs?|results?|"
    r"abstracts?|notes?)\s+(?:for\s+)?$"
)


def _text_unit_rate(m: str) -> bool:
    """The message says how many tokens a unit of text holds ("1 word is about 2 tokens")."""
    return any(
        not SIDE_PER_UNIT.search(m[max(0, tm.start() - 30) : tm.start()])
        # ("each page ~800 tokens in and 200 out": the page is the request, its sides sized)
        and not rx.match(r"\s*(?:of\s+)?(?:in|input|prompt|going in)\b", m[tm.end() :])
        for tm in PER_TEXT_UNIT.finditer(m)
    )


# a rate restated as the figure to use ("900 contacts a day, maybe half through the bot... so call it 450 a day")
RESTATED = rx.compile(
    r"\b(?:so\s+|ok\s+|okay\s+)?(?:call it|let'?s (?:say|call it|go with)|make it|realistically|in practice|"
    r"net(?: of that)?|that'?s|that is|which (?:is|makes|gives))\s*(?:about\s+|around\s+|roughly\s+|~\s*)?"
    + NUM
    + r"(?![\d.,])(?!\s*(?:%|percent|"
    + TOKENS
    + r"|x\b|times|ms\b|s\b|seconds?|minutes?|hours?|\$|usd|dollars?|eur))"
    r"(?:\s*(?:[a-z-]+\s+)?" + REQUESTS + r")?\s*(?:(?P<again>" + PERIOD + r")|(?=\s*(?:[.,;!?)]|$|and\b|but\b)))"
)


def restated(m: str, rm: re.Match[str]) -> re.Match[str] | None:
    """The figure a rate is restated as later in its message, said with the same period or none."""
    for again in RESTATED.finditer(m, rm.end(), min(len(m), rm.end() + 200)):
        if again["again"] is not None and period_of(again) != period_of(rm):
            continue
        if number(again) <= 0 or number(again) == number(rm):
            continue
        return again
    return None


# a count said after its period: "every day we get 5k tickets", "nightly job: 200k records", "per week roughly
# 1,400 episodes" (the unit named after the figure)
PERIOD_FIRST = (
    rx.compile(
        r"\b(?P<adv>daily|nightly|weekly|monthly|yearly)\b[^.;\d]{0,40}?"
        + NUM
        + r"\s*(?:[a-z-]+\s+)?(?P<unit>"
        + REQUESTS[3:-1]
        + r")\b"
    ),
    rx.compile(
        r"\b(?:(?:every|each|per|a|in a|in one)\s+(?:(?:working|business|work|calendar|week)\s*)?|"
        # "on a normal day we get 2,500 chats", "normal day is more like 2,500 chats": the usual day, not a busy one
        r"(?:(?:on |in )?(?:an?|the|our)\s+)?(?:typical|normal|average|usual|regular|ordinary|standard)\s+|"
        # a measured past period ("last quarter we took 310,000 calls"), not a part of one ("the last day of ...")
        r"(?<!the )(?:last|past|previous)\s+)"
        r"(?P<period>day|night|week|month|quarter|year)\b(?!\s+of\b)[^.;\d]{0,40}?"
        + NUM
        + r"\s*(?:[a-z-]+\s+)?(?P<unit>"
        + REQUESTS[3:-1]
        + r")\b"
    ),
)


def period_first(c: Context) -> re.Match[str] | None:
    """The first count said after its period, unless it is money, denied or off the record (and a past period's
    count only when no other figure is expected instead: "last year 1.2M documents, this year we expect 2M")."""
    future = rx.search(
        r"\b(?:expect\w*|will|plan\w*|forecast\w*|next (?:year|quarter|month)|pilot|in production)\b", c.m
    )
    for pattern in PERIOD_FIRST:
        for pre in pattern.finditer(c.m):
            if (
                _is_money(c.t, pre.start("num"), pre.end())
                or c.off(pre.start())
                or _denied_count(c.t, pre.start("num"))
            ):
                continue
            if in_denied_list(c, pre.start("num")):
                continue
            if future and rx.match(r"(?:last|past|previous)\b", pre.group(0)):
                continue  # a past period's figure beside an expected one
            if rx.match(r"\s*(?:" + TOKENS + r"|%|percent)", c.m[pre.end("num") :]):
                continue
            if rx.match(r"\s*" + PERIOD, c.m[pre.end() :]) or rx.search(
                r"\b(?:each|every|per)\s+" + POPULATION, pre.group(0)
            ):
                continue  # "our average day peaks at 300 requests per minute", "on an average day each user sends 20"
            return pre
    return None


def period_first_unit(pre: re.Match[str]) -> str:
    return PERIOD_WORDS[pre.groupdict().get("adv") or pre.groupdict().get("period") or "day"]


# A rate said to be the peak ("40 rps peak", "peaks of 40 requests a second", "at peak 40 rps"), never the average
PEAK_BEFORE = rx.compile(PEAK_WORD + r"\s*(?:(?:is|are|of|at|around|about|up to|hits?|reaching|reaches|:|~|=)\s*)*$")
PEAK_AFTER = rx.compile(r"\s*(?:at\s+(?:the\s+)?)?" + PEAK_WORD + r"\b")


def _at_peak(m: str, rm: re.Match[str]) -> bool:
    """The rate is the traffic's peak, by a peak word just before or after it."""
    return bool(PEAK_BEFORE.search(m[max(0, rm.start() - 30) : rm.start()]) or PEAK_AFTER.match(m, rm.end()))


PER_MINUTE = ("rpm", "req/min", "requests/min")


def _period(rm: re.Match[str]) -> str:
    """The period of a rate: its words ("a day"), or its unit ("rps", "rpm")."""
    unit = rm.groupdict().get("u")
    if unit:
        return "minute" if unit in PER_MINUTE else "second"
    return period_of(rm)


def _average_rate(c: Context, rates: list[re.Match[str]]) -> list[re.Match[str]]:
    """The rates to read the volume from: the peak one set aside when an average is said beside it ("40 rps
    peak, avg maybe 12 rps": 12 a second, and the peak 3.3x it); a peak alone is not the average: asked."""
    peaks = [rm for rm in rates if _at_peak(c.m, rm)]
    if not peaks:
        return rates
    rest = [rm for rm in rates if rm not in peaks]
    if not rest:
        c.out.clarify.append("tokens_per_month")
        c.peak_alone = True
        return []
    ratio = number(peaks[0]) / number(rest[0]) if number(rest[0]) > 0 else 0.0
    if ratio > 1 and _period(peaks[0]) == _period(rest[0]):
        c.out.add(
            "peak_to_average",
            ratio,
            c.quote(min(peaks[0].start(), rest[0].start()), max(peaks[0].end(), rest[0].end())),
        )
    return rest


def _requests(c: Context, found: list[tuple[float, int, int, bool]], notes: dict[int, str]) -> None:
    t, m = c.t, c.m
    rate = None
    listed: float | None = None
    rates = [
        rm
        for rm in rx.finditer(
            NUM
            + r"\s*(?:[a-z][\w-]*[ \t]+){0,3}?"  # "5k support tickets a day", "1500 grain and metals reports"
            + REQUESTS
            + r"\s*(?:(?:are|is)\s+)?(?:sent\s+|made\s+|coming\s+in\s+)?(?:(?:each|apiece)\s+)?"
            + PER_PERSON
            + PERIOD,
            m,
        )
        if not _is_money(t, rm.start(), rm.end())
        and not _denied_count(t, rm.start())
        and not in_denied_list(c, rm.start("num"))
        and not c.off(rm.start())
    ]
    rates = _average_rate(c, rates)
    if any(_paced(c, r) for r in rates) and any(not _paced(c, r) for r in rates):
        # "2 messages a minute" within sessions counted a day: the pace of a session, not the workload's rate
        rates = [r for r in rates if not _paced(c, r)]
    if rates:
        first = rates[0]
        for later in rates[1:]:  # "3k msgs a day, wait, make that 4k msgs a day": the corrected rate
            if CORRECTION.search(m[first.end() : later.start()]):
                first = later
        listed = listed_counts(c, first)  # "4k docs and 6k emails a day, each 1k tokens": 10k requests a day
        rate = ((listed or number(first)) * c.per_month(period_of(first)), first)
        again_said = restated(m, first)  # "900 contacts a day, ... so call it 450 a day": the figure settled on
        if again_said is not None and not _is_money(t, again_said.start("num"), again_said.end()):
            rate, listed = (number(again_said) * c.per_month(period_of(first)), first), None
        # "10,000 contracts a month, no, scratch that, it's 40,000 a month": the number corrected alone
        cm = CORRECTION.search(m, first.end(), first.end() + 40)
        again = RATE_AGAIN.match(m, cm.end()) if cm and not rx.search(r"[.;?!]", m[first.end() : cm.start()]) else None
        if again and not _is_money(t, again.start("num"), again.end()):
            rate, listed = (number(again) * c.per_month(period_of(again)), first), None
    heads = per_head_rate(c) if rate is None else None  # "12k students use it daily, each asks 5 questions"
    if heads is not None:
        rate = (heads[0], heads[1])
    one = ONE_EACH.search(m) if rate is None else None
    if one is not None and not _is_money(t, one.start(), one.end()) and not c.off(one.start()):
        rate = (number(one) * c.per_month(period_of(one)), one)  # "1,400 patients a day, every one gets a letter"
    if rate is None:  # "nightly job: 200k records", "every day we get 5k tickets"
        pre = period_first(c)
        if pre is not None:
            rate = (abs(number(pre)) * c.per_month(period_first_unit(pre)), pre)  # "nightly - 200k": a dash
    if rate is None:
        rv = rx.search(REQUESTS + r"\s*" + PERIOD + r"\s*(?:is|are|:|=|of|around|about|roughly|~|\s)*\s*" + NUM, m)
        # ... or the unit named first, its figure and period after ("Requests ≈ 10^5/day", "requests: 40k a day")
        rv = rv or rx.search(
            r"\b" + REQUESTS + r"\s*(?:is|are|:|=|around|about|roughly|~|\s)+\s*" + NUM + r"\s*" + PERIOD, m
        )
        if rv and not _is_money(t, rv.start("num"), rv.end()) and not c.off(rv.start()):
            rate = (number(rv) * c.per_month(period_of(rv)), rv)
    if rate is None:
        per_second = [
            x
            for x in rx.finditer(
                NUM + r"\s*(?P<u>" + RATE_UNITS + r"|"
                r"requests per second|queries per second)\b",
                m,
            )
            if not c.off(x.start())  # ("40k rps? no lol, 40k an hour": asked back and denied)
        ]
        rm2 = next(iter(_average_rate(c, per_second)), None)
        if rm2:
            rate = (number(rm2) * c.per_month(_period(rm2)), rm2)
    inp, out, total, where = _rate_sizes(c, rate[1]) if rate is not None else _request_sizes(c)
    inp, out = one_side_named(m, where, inp, out)
    counts = [rm for rm in RATE.finditer(m) if not _is_money(t, rm.start(), rm.end())]
    if counts and all(_denied_count(t, rm.start()) for rm in counts):
        inp = out = total = None  # "we do not scan 5k receipts a day, each receipt 2k tokens": a workload denied
    if _text_unit_rate(m):
        inp = out = total = None  # "1 word is about 2 tokens in and 1.6 out": a rate per word, no request's size
    inp = inp if inp is None or inp >= MIN_REQUEST_TOKENS else None  # "a sentence or two in": no 2 tokens
    out = out if out is None or out >= MIN_REQUEST_TOKENS else None
    if inp is not None and 0 < inp <= MAX_REQUEST_TOKENS:
        c.out.add("request_input_tokens", inp, c.quote(where, where + 1))
    if out is not None and 0 < out <= MAX_REQUEST_TOKENS:
        c.out.add("request_output_tokens", out, c.quote(where, where + 1))
    if inp is not None and out is not None and inp + out > 0:
        c.out.add("input_share", inp / (inp + out), c.quote(where, where + 1))
    if (inp or 0) > MAX_REQUEST_TOKENS or (out or 0) > MAX_REQUEST_TOKENS:
        return
    if rate is None and (total is not None or (inp is not None and out is not None)):
        rate = _any_items(c)  # "1,100 studies per working day; each transcript roughly 900 tokens"
    if rate is None:
        return
    # "2.5M documents per matter ... 3 matters a year": the documents are the requests (turns of a conversation are
    # counted as turns, below)
    chained = _chained(m, rate[1]) if _turns(c, rate[1]) is None else None
    if chained is not None:
        rate = (rate[0] * chained[0], rate[1])
    per_month, rm = rate
    size = (inp + out) if inp is not None and out is not None else total
    if size is None:
        per_turn = rx.search(
            r"\b(?:turns?|messages?|exchanges?|questions?|steps?)\s+(?:of|at)\s+(?:about\s+|around\s+|roughly\s+)?"
            + NUM
            + r"\s*"
            + TOKENS,
            m,
        )
        if per_turn and not _is_money(t, per_turn.start(), per_turn.end()):
            size = number(per_turn)  # "conversations of ~6 turns of ~500 tokens": tokens per turn
    if size is None:
        noun = rx.search(r"\b(?:" + REQUESTS[3:-1] + r"|" + OTHER_COUNTED + r")", rm.group(0))
        counted = rm.groupdict().get("unit") or (noun.group(0) if noun else None)
        one_side = (inp is None) != (out is None)
        people = population(c, rm) if one_side and counted and heads is None else 0
        if people != 0:
            # "40k calls a month, each prompt ~2,000 tokens": the prompt's size said, the answer's not: priced at
            # the prompt plus an answer in the input/output mix, said so (the answer's size said later redoes it);
            # "300 questions a day, with answers of about 800 tokens": the answer plus a prompt in the mix
            side = "prompt" if inp is not None else "answer"
            c.out.pending = {
                "requests": per_month * (people or 1),
                "unit": singular(str(counted)),
                "quote": c.quote(rm.start(), rm.end()),
                "unit_tokens": inp if inp is not None else out,
                "unit_source": "as you said",
                side: True,
                **c.working_days_pending(),
            }
            return
        if inp is not None or out is not None:
            c.out.clarify.append("tokens_per_month")  # only one side of the request is known
        return
    users = population(c, rm) if heads is None else None
    if users == 0:
        c.out.clarify.append("tokens_per_month")  # "20 requests per user a day": how many users is not said
        return
    # a rate per person already counts each person's messages: "3,000 users per day, each sends ~10 messages" is
    # 30,000 messages a day, and the 10 is no count of turns besides (it was: 10x the volume)
    turns = _turns(c, rm) if heads is None else None
    if turns and users and turns == number(rm):
        turns = None  # "200 agents, ~150 calls each per working day": the rate's own figure, no turns besides
    grouped = GROUPED.search(m, rm.end()) if heads is None and not users else None
    per_request = float(grouped["n"]) if grouped is not None and 1 < float(grouped["n"]) <= 1000 else None
    if per_request is not None:
        # "~2 million chat messages per day, we batch 20 messages in one request, so ~1,200 tokens in": the size is a
        # request's, and a request holds 20 of the things counted
        turns = None
        per_month /= per_request
    count = listed if listed is not None and not users else None
    note = f"{count or number(rm):,.0f} {'per user' if users else 'requests'}" if heads is None else ""
    if heads is not None:
        note = f"{per_month / c.per_month('day'):,.0f} {plural(heads[2])} a day"
    if users:
        per_month *= users
        note = f"{users:,.0f} users x {number(rm):,.0f} each"
    if per_request is not None:
        note += f" / {per_request:g} a request"
    if turns:
        size *= turns
        # ("40,000 requests x 3 passes": model calls made for each thing counted, not turns of a conversation)
        note += f" x {turns:g} {'passes' if _passes(c.m, rm) is not None else 'turns'}"
    if chained is None and per_month * size < FEW_TOKENS_A_MONTH and _sized_for_other(m, rm):
        c.out.clarify.append("tokens_per_month")  # "3 matters a year, 1,800 tokens per doc": how many docs a matter?
        return
    if chained is not None:
        note = f"{chained[1]} x {note}"
    notes[rm.start()] = f"{note} x {size / (turns or 1):,.0f} tokens"
    found.append((per_month * size, rm.start(), rm.end(), False))


# several of the things counted sent in one request ("we batch 20 messages in one request", "50 reviews per call")
GROUPED = rx.compile(
    r"[^.;!?]{0,80}?\b(?:(?:batch|group|bundle|pack|put|send|combine|chunk)\w*\s+(?:them\s+)?(?:in\s+)?)?(?:about\s+|around\s+|~\s*)?"
    r"(?P<n>\d+)\s+(?:[a-z]+\s+)?(?:messages?|msgs?|items?|reviews?|comments?|posts?|tickets?|records?|rows?|lines?|"
    r"texts?|documents?|docs?|emails?|chats?|questions?|sentences?|products?|listings?)\s+(?:in|into|per|to)\s+"
    r"(?:one|a|an|each|every|1|a single)\s+(?:request|call|prompt|api call|batch request|llm call)\b"
)


def _rate_sizes(c: Context, rm: re.Match[str]) -> tuple[float | None, float | None, float | None, int]:
    """One request's sizes as ``_request_sizes`` reads them, from the rate's own sentence alone when that sentence
    gives both sides and others count another workload ("query: 3.5M/day, avg 60 tok in 40 tok out. attr
    extraction: ..., ~800 tok in 150 out per SKU": a query is 100 tokens, not the 950 of a SKU)."""
    from dataclasses import replace

    from assistant.interview.scope import sentences

    parts = sentences(c.m)
    others = [sentence for offset, sentence in parts if not offset <= rm.start() < offset + len(sentence)]
    if len(parts) < 2 or not any(ANY_COUNT.search(sentence) for sentence in others):
        return _request_sizes(c)  # one workload: its sizes may be said in the next sentence ("The output is ...")
    for offset, sentence in parts:
        if offset <= rm.start() < offset + len(sentence):
            masked = " " * offset + sentence + " " * (len(c.m) - offset - len(sentence))
            own = _request_sizes(replace(c, m=masked))
            if own[0] is not None and own[1] is not None:
                return own
    return _request_sizes(c)


# a count of things of another workload ("catalog 12M SKU", "200 reports"), not of tokens, money or time
ANY_COUNT = rx.compile(NUM + r"\s*(?:[a-z][\w-]*\s+){0,1}?(?:" + REQUESTS[3:-1] + r"|" + OTHER_COUNTED + r"|skus?)\b")


# items counted per another thing counted ("2.5 million documents per matter"): that thing's rate makes theirs
PER_COUNTED = rx.compile(
    NUM
    # (never a size: "500 tokens of output per transcript")
    + r"\s*(?:(?!(?:tokens?|toks?|words?|characters?|chars|pages?|lines?|kb|mb|of)\b)[a-z][\w-]*[ \t]+){0,2}?"
    r"(?P<items>(?!(?:outputs?|inputs?|prompts?|completions?|answers?|responses?|repl(?:y|ies))\b)"
    + REQUESTS[3:-1]
    + r")\s+(?:per|each|a|an|for each|for every|"
    r"in each|in every|in a|in an)\s+(?P<per>[a-z][a-z-]+)\b"
)


# Fewer tokens a month than this (under a request a day), from a count of one thing and the size of another, is no
# workload: asked
FEW_TOKENS_A_MONTH = 20_000
_SIZED_PER = rx.compile(TOKENS + r"\s*(?:per|/|for each|for every|in each|in every)\s*(?P<u>[a-z][a-z-]+)\b")
_SAME_THING = {"doc": "document"}


_COUNTED_BEFORE_PERIOD = rx.compile(
    r"([a-z][a-z-]+)\s*(?:(?:are|is)\s+)?(?:(?:each|apiece)\s+)?(?:per|a|an|every|each|/)"
)


def _thing(word: str) -> str:
    """One of a counted thing, one name for it ("docs" and "documents" are a document)."""
    one = singular(word)
    return _SAME_THING.get(one, one)


def _counted(rm: re.Match[str]) -> str | None:
    """The thing a rate counts ("3 matters per year": matter)."""
    unit = _COUNTED_BEFORE_PERIOD.search(rm.group(0))
    return _thing(unit.group(1)) if unit else None


def _sized_things(m: str) -> set[str]:
    """The things the message gives the size of ("1,800 tokens per doc": document)."""
    return {_thing(u["u"]) for u in _SIZED_PER.finditer(m)}


def _sized_for_other(m: str, rm: re.Match[str]) -> bool:
    """Whether the message gives the size of one thing ("1,800 tokens per doc") and the rate counts another."""
    counted = _counted(rm)
    sized = _sized_things(m)
    generic = {"request", "call", "query", "item", "one", "piece", "unit"}
    return counted is not None and bool(sized - generic) and counted not in sized and counted not in generic


def _chained(m: str, rm: re.Match[str]) -> tuple[float, str] | None:
    """How many items each thing counted by the rate holds, when the message says so ("2.5 million documents per
    matter", with "3 matters a year"): the rate counts the things, the volume their items."""
    counted = _counted(rm)
    if counted is None:
        return None
    sized = _sized_things(m)
    for pm in PER_COUNTED.finditer(m):
        per, items = _thing(pm["per"]), _thing(pm["items"])
        if per == counted and items != counted and number(pm) > 1 and items in sized:
            return number(pm), f"{number(pm):,.0f} {pm['items']} per {counted}"
    return None


# (one word may say what kind they are: "~3 AI reflections a day", "40 legal summaries a week")
ANY_ITEMS = rx.compile(
    NUM
    + r"\s*(?:(?!(?:of|per|a|an|the|and|or|more|less|to|in|on|at|for)\b)[a-z][a-z-]+\s+)?(?P<unit>"
    + OTHER_COUNTED
    + r")\b\s*"
    + PERIOD
)


def _any_items(c: Context) -> tuple[float, re.Match[str]] | None:
    """A count of items of any name at a rate, when the message also gives one item's size."""
    for rm in ANY_ITEMS.finditer(c.m):
        if _is_money(c.t, rm.start(), rm.end()):
            continue
        if _denied_count(c.t, rm.start()) or in_denied_list(c, rm.start("num")) or c.off(rm.start()):
            continue
        return number(rm) * c.per_month(period_of(rm)), rm
    return None


# "~12k students use it daily, each asks like 5 questions", "2,000 daily active users, each sends about 10 messages":
# the period said with the people, the count with "each"
PER_HEAD_RATE = rx.compile(
    num("p_")
    + r"\s*(?P<pre>(?:[a-z][\w-]*\s+){0,2}?)"
    + POPULATION
    + r"\b(?P<mid>[^.;!?\d]{0,40}?)\b(?:each|every one|everyone)\b(?:\s+(?:of them|one))?\s*(?:[a-z']+\s+){0,3}?"
    + num("n_")
    + r"\s*(?:[a-z-]+\s+)?(?P<unit>"
    + REQUESTS[3:-1]
    + r")\b"
)
HEAD_PERIOD = rx.compile(
    r"\b(?:(?P<adv>daily|weekly|monthly)|(?:every|each|a|per)\s+(?P<period>day|week|month))\b|\b(?P<au>dau|wau|mau)\b"
)


# people (or things) at a rate, each of whom gets one item: "we discharge roughly 1,400 patients a day and every
# discharge gets a letter", "about 300 customers a day, each gets one summary": the items are as many
ONE_EACH = rx.compile(
    NUM
    + r"\s*(?:[a-z-]+\s+){0,1}?"
    + POPULATION
    + r"\s*"
    + PERIOD
    + r"[^.;!?\d]{0,40}?\b(?:every|each)\s+(?:one|single one|[a-z-]+)\s+(?:gets|receives|needs|has|produces|generates|"
    r"triggers|means)\s+(?:a|an|one|exactly one|its own)\s+(?P<item>[a-z-]+)"
)


def per_head_rate(c: Context) -> tuple[float, re.Match[str], str] | None:
    """Requests a month made by a population whose period is said with the people and whose count is said with
    "each" (and no period of its own): people x count x the period's days; with the unit counted."""
    for hm in PER_HEAD_RATE.finditer(c.m):
        if rx.match(r"\s*" + PERIOD, c.m[hm.end() :]) or _is_money(c.t, hm.start(), hm.end()) or c.off(hm.start()):
            continue  # "each making 40 queries a day": the count's own period, read by the rate readers
        said = HEAD_PERIOD.search(hm["pre"] + " " + c.m[hm.start("p_num") : hm.start("mid")] + hm["mid"])
        if said is None:
            continue
        word = said["adv"] or said["period"] or {"dau": "day", "wau": "week", "mau": "month"}[said["au"]]
        period = PERIOD_WORDS.get(word, word)
        people = float(hm["p_num"]) * MAGNITUDE.get((hm["p_mag"] or "").lower(), 1)
        each = float(hm["n_num"]) * MAGNITUDE.get((hm["n_mag"] or "").lower(), 1)
        if people <= 1 or each <= 0:
            continue
        return people * each * c.per_month(period), hm, singular(hm["unit"])
    return None


CONVERSATIONS = (
    r"(?:conversations?|sessions?|chats?|tickets?|threads?|dialogues?|cases?|users?|calls?|runs?|jobs?|tasks?|"
    r"workflows?|pipelines?)"
)


_PACE = rx.compile(
    r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s*(?:messages?|msgs?|turns?|exchanges?|questions?|prompts?|requests?)\s*"
    r"(?:a|per|/|each|every)\s*(?:min(?:ute)?)\b"
)
_SESSION_MINUTES = rx.compile(
    r"(?<![\w.])(?P<min>\d+(?:\.\d+)?)[- ]?(?:minutes?|mins?)\b(?:\s+(?:a|per|each|every|for each|in a|in each)\s+"
    r"(?:session|conversation|chat|visit)|(?:[- ]long)?\s+(?:\w+\s+)?(?:sessions?|conversations?|chats?))|"
    r"\b(?:sessions?|conversations?|chats?|each)\s+(?:\w+\s+){0,2}?(?:of|last\w*|runs?|takes?|is|are)?\s*"
    r"(?:about|around|roughly|~|approx\w*)?\s*(?P<min2>\d+(?:\.\d+)?)[- ]?(?:minutes?|mins?)\b|"
    r"\bfor\s+(?:about|around|roughly|~)?\s*(?P<min3>\d+(?:\.\d+)?)\s*(?:minutes?|mins?)\s+(?:a|per|each)\s+session\b"
)


def _paced(c: Context, rm: re.Match[str]) -> bool:
    """A rate per minute of messages said beside a session's length ("2 messages a minute ... 20 minutes a session"):
    the pace inside a session."""
    return _PACE.match(c.m, rm.start()) is not None and _SESSION_MINUTES.search(c.m) is not None


def _session_turns(m: str) -> float | None:
    """Messages in one session from its pace and length: "20 minutes a session, roughly 2 messages a minute" is 40."""
    pace, minutes = _PACE.search(m), _SESSION_MINUTES.search(m)
    if pace is None or minutes is None:
        return None
    length = float(minutes["min"] or minutes["min2"] or minutes["min3"])
    return float(pace["num"]) * length


def _passes(m: str, rm: re.Match[str]) -> float | None:
    """Model calls made for each thing the rate counts, said with that thing's name: "5 passes per contract", "3 LLM
    calls for each ticket" (each call sends the thing again)."""
    noun = rx.search(REQUESTS, rm.group(0))
    if noun is None:
        return None
    thing = singular(noun.group(0))
    pm = rx.search(
        r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:separate\s+|different\s+)?(?:passes|pass(?=\s)|(?:llm|model|ai|api)\s+"
        r"(?:calls?|passes|runs?|prompts?)|prompts|stages|steps)\s+"
        r"(?:(?:per|for each|on each|over each|for every|each)\s+"
        + re.escape(thing)
        + r"s?\b|each(?=\s*(?:[.,;!?)]|$|and\b)))"  # ("~40k contracts/mo, avg 25 pp, 3 LLM passes each")
        # "the copilot gets called maybe 3 times per conversation": the model called that many times for each
        r"|\b(?:called|invoked|queried|hit|used|pinged|triggered|run|prompted)\s+(?:about\s+|around\s+|maybe\s+|roughly\s+|"
        r"like\s+|~\s*)?(?:(?P<n2>\d+(?:\.\d+)?)\s*(?:x|times)|(?P<tw>twice|thrice))\s+"
        r"(?:per|for each|on each|in each|each|a|an|every)\s+" + re.escape(thing) + r"\b",
        m,
    )
    if pm is None:
        return None
    n = float(pm["n"] or pm["n2"] or {"twice": 2, "thrice": 3}.get(pm["tw"] or "", 0))
    return n if 1 < n <= 50 else None


def _turns(c: Context, rm: re.Match[str]) -> float | None:
    """ "300k conversations a day, each ~6 turns": turns per conversation multiply the tokens of one turn."""
    m = c.m
    passes = _passes(m, rm)
    if passes is not None:
        return passes  # "~3,000 contracts/month ... 5 passes per contract, full contract goes in each pass"
    if not rx.search(CONVERSATIONS, rm.group(0)):
        return None
    paced = _session_turns(m)
    if paced is not None and 1 < paced <= 2000:
        return paced  # "500 sessions a day, 20 minutes each, 2 messages a minute": 40 messages a session
    turn = (
        r"(?:(?:llm|model|ai|agent|bot|assistant)\s+)?(?:turns?|messages?|exchanges?|back[- ]and[- ]forths?|"
        r"round[- ]trips?|steps?|questions?|requests?|prompts?|"
        r"(?:llm|model|ai|api|gpt) (?:calls?|requests?|invocations?|runs?)|invocations?|completions?|generations?|"
        r"calls?(?=\s*(?:each|per|an?)\b))"
    )
    tm = rx.search(
        r"(?:\beach\b|\bevery\b|\bper\b|\bwith\b|\bof\b|\baverag\w+|\bavg\b)[^.;\d]{0,25}?(?<![\w.])"
        + r"(?:(?P<lo>\d+)\s*(?:-|–|to)\s*)?"  # "30-50 LLM calls": the middle of the range
        + NUM
        + r"\s*"
        + turn
        + r"\b|(?<![\w.])"
        + num("t_")
        + r"\s*"
        + turn
        # (never "calls each working day": a rate)
        + r"\s*(?:each(?!\s+(?:working\s+|business\s+|week\s*|school\s+)?(?:days?|weeks?|months?|nights?|hours?|years?|"
        r"mornings?|shifts?)\b)|per " + CONVERSATIONS + r"|an? " + CONVERSATIONS + r")\b",
        m,
    )
    if tm is None:
        # "in each call the assistant runs 3 times": the model is called that many times a conversation
        tm = rx.search(
            r"\b(?:runs?|fires?|(?:is|gets|get|are) (?:called|invoked|used|run|triggered)|called|invoked|triggered)"
            r"\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(?<![\w.])" + NUM + r"\s*(?:times|x)\b",
            m,
        )
    if tm is None or tm.start() < rm.start() - 60:
        return None
    if tm.groupdict().get("mag") or tm.groupdict().get("t_mag"):
        return None  # "40 thousand calls": a count of calls, no calls a conversation
    n = float(tm["num"] or tm.groupdict().get("t_num") or 0)
    if tm.groupdict().get("lo"):
        n = (float(tm["lo"]) + n) / 2
    if not 1 < n <= 200:
        return None
    own = rx.search(CONVERSATIONS, rm.group(0))
    noun = singular(own.group(0)) + "s?" if own else CONVERSATIONS
    if rx.search(
        r"\b(?:tokens?)\s*(?:per|a|each|every)\s*" + noun + r"\b|\b" + noun + r"\s*(?:is|are|of|has)\s*"
        r"(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*k?\s*tokens",
        m,
    ):
        return None  # the size is already per conversation (per run, per ticket: what the rate counts)
    return n


# "10k daily users x 5 chats each x 1,200 tokens": a product of three factors, the last one tokens
_X = r"\s*(?:x|×|\*|times)\s*"
PRODUCT = rx.compile(
    NUM + r"(?:\s+[a-z/-]+){0,4}?" + _X + num("b_") + r"(?:\s+[a-z/-]+){0,3}?" + _X + num("c_") + r"\s*" + TOKENS
)


def calls_per(unit: str, text: str) -> float | None:
    """The model calls one of ``unit`` makes, as ``text`` says it ("each agent run is like 30-50 LLM calls": 40 a
    run, the middle of a range; "~40 calls per run"); None when it says none."""
    noun = re.escape(singular(unit)) + r"(?:e?s)?"
    calls = r"(?:(?:llm|model|ai|api|gpt)\s+)?(?:calls?|requests?|invocations?|steps?)"
    t = normalize(text.lower())
    m = rx.search(
        r"\b(?:each|every|per|one|a|an)\s+(?:[a-z-]+\s+)?" + noun + r"\s+(?:is|are|has|makes?|does|takes?|=)?\s*"
        r"(?:like\s+|about\s+|around\s+|roughly\s+|maybe\s+)?(?:(?P<lo>\d+)\s*(?:-|–|to)\s*)?(?P<n>\d+)\s*"
        + calls
        + r"\b"
        r"|(?:(?P<lo2>\d+)\s*(?:-|–|to)\s*)?(?P<n2>\d+)\s*"
        + calls
        + r"\s+(?:per|each|a|an|every)\s+(?:[a-z-]+\s+)?"
        + noun
        + r"\b",
        t,
    )
    if m is None:
        return None
    n, lo = float(m["n"] or m["n2"]), m["lo"] or m["lo2"]
    n = (float(lo) + n) / 2 if lo else n
    return n if 1 < n <= 500 else None
