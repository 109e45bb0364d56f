"""The input/output mix as the input share: "75% input", "3:1 input to output", "60/40 in/out", "mostly input,
like 85%", "we send way more than we get back, I'd say 4x", "half and half".
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context, _candidates
from assistant.interview.quantities.guards import _negated
from assistant.interview.quantities.sides import (
    MIX_SIDE_IN,
    MIX_SIDE_OUT,
    _beside,
    _clauses,
    _direction,
    _only_side,
    _side,
)
from assistant.interview.quantities.size_patterns import PER_RATIO, per_ratio_share

MIX_IN = r"(?:input|inputs|prompts?|in|prompt tokens|input tokens|input side)"
MIX_OUT = r"(?:output|outputs|completions?|out|generated|output tokens|output side|completion tokens)"


def _mix(c: Context) -> None:
    t = c.m
    values: list[tuple[float, int, int, bool]] = []
    for pm in rx.finditer(
        r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|pct)\s*(?:of\s+(?:it|tokens|that|traffic|the "
        r"tokens|volume|them)\s+)?(?:(?:is|are|being|goes|go)\s+)?(?:(?!and\b|or\b|but\b)\w+\s+)?(?P<k>"
        + MIX_IN
        + "|"
        + MIX_OUT
        + r")\b(?!\s*(?:tokens?\s*)?(?:per|a|each)\s)",
        t,
    ):
        v = float(pm["v"]) / 100
        if v > 1:
            continue
        if rx.search(
            r"\b(?:cache\w*|hits?|discount\w*|grew|grow\w*|cheaper|saving\w*)\b[^,;.]{0,30}$", t[: pm.start()]
        ):
            continue  # "a cache hit rate of 40% on prompts": not the mix
        if pm["k"].startswith("prompt") and rx.match(
            r"\s+(?:are|is|were|need|needs|require|requires|can|could|would|get|go)\b", t[pm.end() :]
        ):
            continue  # "60% of prompts are easy classification": a share of requests, not of tokens
        is_in = rx.fullmatch(MIX_IN, pm["k"]) is not None
        values.append((v if is_in else 1 - v, pm.start(), pm.end(), _negated(t, pm.start())))
    for pm in rx.finditer(
        r"\b(?P<k>" + MIX_IN + "|" + MIX_OUT + r")\s*(?:tokens?\s*)?(?:is|are|at|around|about|"
        r"roughly|:|=|~|,|share|makes up|make up|accounts? for|\s)*\s*(?P<v>\d{1,3}(?:\.\d+)?)\s*"
        r"(?:%|percent)(?!\s*(?:of\s+)?(?:input|output|prompts?|completions?|in|out)\b)",
        t,
    ):
        v = float(pm["v"]) / 100
        if pm.start("v") in c.sizes:
            continue  # "the outputs are around 33% of that": the answer's size beside the prompt's, read with the sizes
        if v <= 1:
            is_in = rx.fullmatch(MIX_IN, pm["k"]) is not None
            values.append((v if is_in else 1 - v, pm.start(), pm.end(), False))
    # ratios: "3:1 input to output", "input:output 3:1", "60/40 in/out", "4 to 1 input to output"
    ratio = rx.search(
        r"(?P<a>\d+(?:\.\d+)?)\s*(?::|/|-|to)\s*(?P<b>\d+(?:\.\d+)?)\s*(?:ratio\s*)?(?:of\s*)?(?:split\s*)?"
        r"(?:between\s*)?(?:in|input|prompt)s?\s*(?:tokens\s*)?(?:to|:|/|-|and|vs\.?|versus)\s*"
        r"(?:out|output|completion)",
        t,
    ) or rx.search(
        r"(?:in|input|prompt)s?\s*(?:tokens\s*)?(?:to|:|/|-|vs\.?|versus)\s*(?:out|output|completion)s?\s*"
        r"(?:tokens\s*)?(?:ratio\s*)?(?:of|is|at|around|about|roughly|=|:|\s)*\s*(?P<a>\d+(?:\.\d+)?)\s*(?::|/|-|to)"
        r"\s*(?P<b>\d+(?:\.\d+)?)",
        t,
    )
    if ratio:
        a, b = float(ratio["a"]), float(ratio["b"])
        if a + b > 0 and not (a + b == 100 and max(a, b) > 100) and (a, b) != (24, 7):  # "24/7": around the clock
            values.append((a / (a + b), ratio.start(), ratio.end(), False))
    io = rx.search(r"(?<![\d.])(?P<a>\d{1,3})\s*%?\s*in\s*/\s*(?P<b>\d{1,3})\s*%?\s*out\b", t) or rx.search(
        r"(?<![\d.])(?P<a>\d{1,3})\s*%?\s*(?:in|input)\W+(?:and\s+)?(?P<b>\d{1,3})\s*%?\s*(?:out|output)\b(?!\s*tok)", t
    )
    if io and float(io["a"]) + float(io["b"]) != 100 and not rx.search(r"/", io.group(0)):
        io = None
    if io and float(io["a"]) + float(io["b"]) > 0:
        values.append((float(io["a"]) / (float(io["a"]) + float(io["b"])), io.start(), io.end(), False))
    rv = rx.search(
        r"(?P<a>\d+(?:\.\d+)?)\s*(?::|/|-|to)\s*(?P<b>\d+(?:\.\d+)?)\s*(?:out|output|completion)s?\s*"
        r"(?:to|:|/|-|vs\.?)\s*(?:in|input|prompt)",
        t,
    )
    if rv:
        a, b = float(rv["a"]), float(rv["b"])
        if a + b > 0:
            values.append((b / (a + b), rv.start(), rv.end(), False))
    tx = rx.search(
        r"(?P<a>\d+(?:\.\d+)?|twice|three times|four times|five times|ten times)\s*(?:x|times)?\s*(?:as much|"
        r"more)\s*(?P<k>input|output|prompt)\s*(?:tokens\s*)?(?:as|than)\s*(?:input|output|completion)",
        t,
    )
    if tx:
        words = {"twice": 2.0, "three times": 3.0, "four times": 4.0, "five times": 5.0, "ten times": 10.0}
        k = words.get(tx["a"]) or float(tx["a"])
        share = k / (k + 1)
        values.append((share if tx["k"] in ("input", "prompt") else 1 - share, tx.start(), tx.end(), False))
    fr = rx.search(
        r"(?<![\d/])(?P<a>\d)\s*/\s*(?P<b>\d{1,2})\s+(?:of\s+(?:it|tokens|the tokens)\s+)?(?:is\s+|are\s+)?"
        r"(?P<k>input|prompt|output)",
        t,
    )
    if fr and 0 < float(fr["a"]) < float(fr["b"]):
        v = float(fr["a"]) / float(fr["b"])
        values.append((v if fr["k"] != "output" else 1 - v, fr.start(), fr.end(), False))
    nx = rx.search(
        r"\b(?P<k>input|prompts?|output|outputs|completions?)\s*(?:volume\s*|tokens\s*)?(?:is|are)\s*(?:about |"
        r"roughly |"
        r"around |approximately |like )?(?P<v>\d+(?:\.\d+)?)\s*(?:x|times)\s*(?:the |as much as (?:the )?)?"
        r"(?:input|prompts?|output|outputs|completions?)",
        t,
    )
    if nx and float(nx["v"]) > 0:
        k = float(nx["v"])
        share = k / (k + 1)
        values.append((share if nx["k"].startswith(("input", "prompt")) else 1 - share, nx.start(), nx.end(), False))
    # "3 parts prompt to 1 part completion", "two parts input for every one part output"
    parts = rx.search(
        r"\b(?P<a>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s+parts?\s+(?:of\s+)?"
        r"(?P<k>input|prompts?|output|outputs|completions?)\s*(?:tokens\s*)?(?:to|for every|per|vs\.?|versus|:)\s*"
        r"(?P<b>\d+(?:\.\d+)?|one|a|two|three|four|five|(?<=every ))\s*parts?\s+(?:of\s+)?"
        r"(?:input|prompts?|output|outputs|"
        r"completions?)\b",
        t,
    )
    if parts:
        small = {
            "a": 1.0,
            "one": 1.0,
            "two": 2.0,
            "three": 3.0,
            "four": 4.0,
            "five": 5.0,
            "six": 6.0,
            "seven": 7.0,
            "eight": 8.0,
            "nine": 9.0,
            "ten": 10.0,
        }
        a, b = (small.get(x) or float(x or 1) for x in (parts["a"], parts["b"]))
        if a + b > 0:
            first = a / (a + b)
            values.append(
                (first if parts["k"].startswith(("input", "prompt")) else 1 - first, parts.start(), parts.end(), False)
            )
    # "four tokens in for every one out": the ratio said the other way round
    fe = rx.search(
        r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s+(?:tokens?\s+)?(?P<k>in|input|prompt|out|output)\s+(?:tokens?\s+)?"
        r"for (?:every|each)\s+(?P<b>\d+(?:\.\d+)?|one)\s+(?:tokens?\s+)?(?:out|output|back|in|input|prompt)\b",
        t,
    )
    if fe and not _negated(t, fe.start()) and not c.off(fe.start()):
        a, b = float(fe["a"]), 1.0 if fe["b"] == "one" else float(fe["b"])
        if a > 0 and b > 0:
            first = a / (a + b)
            values.append((first if fe["k"] in ("in", "input", "prompt") else 1 - first, fe.start(), fe.end(), False))
    per = PER_RATIO.search(t)  # "for every 1000 tokens in we get 250 out"
    per_share = per_ratio_share(per) if per and not _negated(t, per.start()) and not c.off(per.start()) else None
    if per and per_share is not None:
        values.append((per_share, per.start(), per.end(), False))
    if not ratio and not rv:
        bare_ratio = [
            (m[1], m[2])
            for m in rx.finditer(r"(?<![\d.:])(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)(?![\d:])", t)
            if not _clock(t, m)
        ]
        # "prompts are long, answers short - maybe 85/15": two shares that make 100 (never 24/7 or a date)
        bare_ratio += [
            (a, b)
            for a, b in rx.findall(r"(?<![\d./:])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/:])", t)
            if float(a) + float(b) == 100 and a != b
        ]
        sides: list[str] = [w for w in rx.findall(r"\b(input|prompt|output|completion)s?\b", t)]
        if len(bare_ratio) == 1 and (sides or "input_share" in c.expecting):
            a, b = (float(x) for x in bare_ratio[0])
            if a + b > 0:
                first_in = not sides or sides[0] in ("input", "prompt")
                values.append((a / (a + b) if first_in else b / (a + b), 0, 1, False))
    hv = rx.search(
        r"\b(?P<k>input|prompt|output)[- ]heavy\W+(?:about|around|roughly|like|~|maybe)?\s*(?P<v>\d{1,3})\s*"
        r"(?:%|percent)",
        t,
    )
    if hv and float(hv["v"]) <= 100:
        v = float(hv["v"]) / 100
        values.append((v if hv["k"] != "output" else 1 - v, hv.start(), hv.end(), False))
    even = rx.search(
        r"\b50\s*/\s*50\b|\b50\s*-\s*50\b|half (?:input|in|prompt)s?\W+(?:and\s+)?half (?:output|out)|"
        r"half and half|even(?:ly)? split|split (?:about |roughly )?(?:evenly|equally|50/50)|"
        r"(?:about|roughly|pretty much|basically) (?:even|equal)\b|equal (?:parts|amounts?)|"
        r"same (?:amount|number) of (?:input|output)|\b(?:input|prompt)s?(?: tokens)?\s+(?:about|=|==|equals?)\s+"
        r"(?:output|completion)s?\b|(?:the )?same (?:\w+ )?(?:for|between|on|in) (?:the )?(?:input|in|"
        r"prompts?) and (?:the )?(?:output|out|answers?|completions?)|(?:input|prompts?) and (?:output|answers?) are "
        r"(?:similar|comparable|about equal)|(?:more or less|about|roughly|pretty much|basically) (?:the )?same size|"
        r"(?:more or less|about|roughly|pretty much|basically) the same "
        r"(?:amount|size|volume)|(?:input|in) (?:and|&) (?:output|out) are (?:about |"
        r"roughly )?(?:the same|equal|even)|balanced",
        t,
    )
    # (something else shared evenly: "a DGX shared roughly 50/50 with a computer-vision program", "split 50/50
    # between two teams")
    if even is not None and rx.match(
        r"\s*(?:with|between|among|across)\s+(?!(?:the\s+)?(?:input|output|in|out|prompts?|completions?)\b)",
        t[even.end() :],
    ):
        even = None
    if even is not None and (
        "input_share" in c.expecting
        or len(t.split()) <= 5
        or rx.search(r"\b(?:input|output|prompts?|completions?|in\s*/\s*out|tokens in|tokens out|each way)\b", t)
    ):
        values.append((0.5, 0, 1, False))
    if not values:
        values += _mix_by_clause(c)
    if not values:
        values += _mix_pairs(c)
    named = rx.search(
        r"\b(?P<k>input|prompt|output|completion|in|out)[\s-]*(?:token\s*)?(?:share|fraction|proportion|ratio)\s*(?:is|of|:|=|"
        r"about|around|roughly|\s)*(?P<v>0?\.\d+|1\.0|0|1)\b(?!\s*(?:%|:|/))",
        t,
    )
    if named and not values:
        v = float(named["v"])
        values.append((v if named["k"] in ("input", "prompt", "in") else 1 - v, named.start(), named.end(), False))
    if c.out.has("input_share"):
        existing = next(u[1] for u in c.out.updates if u[0] == "input_share")
        values.append((float(existing), 0, 1, False))
    if any(v == 0.5 for v, *_ in values) and rx.search(
        r"\b(?:a (?:bit|little|tad)|slightly|somewhat) (?:more|less|longer|shorter)\s+(?:of\s+)?(?:the\s+)?(?:input|"
        r"prompts?|output|completions?|answers?|questions?)",
        t,
    ):
        values.append((0.55, 0, 1, False))  # "roughly equal, maybe a bit more prompt": which way, and how much? ask
    choice = _candidates(values)
    if choice == "clarify":
        c.out.clarify.append("input_share")
        c.out.updates = [u for u in c.out.updates if u[0] != "input_share"]
        return
    if choice is not None and not isinstance(choice, str):
        value, s, e = choice
        if c.off(s) and "input_share" not in c.expecting:
            return  # "the blog said chatbots are 80% input": someone else's mix, a question or a what-if
        c.out.add("input_share", round(value, 4), c.quote(s, e))
        return
    # bare answers to the mix question: "80", "80%", "0.8", "even"
    if "input_share" in c.expecting:
        bare = rx.fullmatch(
            r"\W*(?:about|around|roughly|maybe|like)?\s*(?P<v>\d{1,3}(?:\.\d+)?)\s*(?P<p>%|percent)?"
            r"\s*(?:input|in)?\W*",
            t,
        )
        if bare:
            v = float(bare["v"])
            share = v if v <= 1 and not bare["p"] else v / 100
            if 0 <= share <= 1:
                c.out.add("input_share", share, c.original.strip())


NOT_A_MIX = rx.compile(
    r"\b(?:requests?|queries|calls?|tickets?|users?|customers?|traffic|cache\w*|hits?|discount\w*|cheaper|grow\w*|"
    r"grew|increase\w*|decrease\w*|faster|slower|uptime|accura\w*|utili[sz]\w*|gpus?|easy|simple|trivial|routine|"
    r"time|peak\w*|nights?|weekends?|weekdays?|budget|spend\w*|costs?|price\w*|percentile|p9\d|quality|margin|"
    r"savings?|off|staff|engineers?|people|team|share of (?:the )?(?:traffic|requests))\b"
)
PERCENT = rx.compile(
    r"(?<![\d.])(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|pct)|(?<![\d/.:])(?P<a>[1-9])\s*/\s*(?P<b>[2-9]|10)(?![\d/:])"
)
OF_WHAT = rx.compile(r"\s*of\s+(?:the\s+|our\s+|all\s+)?(?P<what>\w+)")
# after "of what": what arrives ("of what comes in", "of what we get", "of what lands in the queue"), the requests
INTO_MODEL = rx.compile(
    r"\s+(?:goes|go|is sent|gets sent|we send|we put|is put|we feed)\s+in(?:to\s+(?:it|the model))?\b"
)
ARRIVALS = rx.compile(
    r"\s+(?:(?:we|they|you|people|users|customers)\s+)?(?:comes?|coming|arrives?|arriving|gets?|getting|receives?|"
    r"lands?|hits?|reach(?:es)?|flows?|pours?)\b(?!\s+(?:out|back)\b)"
)
TOKEN_WHOLE = {
    "what",
    "it",
    "tokens",
    "that",
    "total",
    "volume",
    "them",
    "this",
    "everything",
    "input",
    "inputs",
    "output",
    "outputs",
    "prompts",
    "prompt",
    "completions",
    "usage",
    "traffic",
    "load",
}


# a percentage of certainty ("I am not sure 100%", "100% sure", "I'm 90% confident")
CERTAINTY = rx.compile(r"\b(?:sure|certain|confident|positive|convinced)\s*(?:about it\s*|of it\s*)?$")
CERTAINTY_AFTER = rx.compile(r"\s*(?:sure|certain|confident|positive|convinced)\b")


def _clock(t: str, m: re.Match[str]) -> bool:
    """A time of day, not a ratio ("results by 06:00", "at 9:30", "18:00 cet"): minutes in two digits after an hour,
    with a leading zero, ":00", or a word of time beside it."""
    hour, minutes = m[1], m[2]
    if len(minutes) != 2 or "." in hour or int(hour) > 24 or int(minutes) > 59:
        return False
    return bool(
        hour.startswith("0")
        or minutes == "00"
        or rx.search(r"\b(?:by|at|until|till|before|after|from|around|since)\s*$", t[: m.start()])
        or rx.match(r"\s*(?:am|pm|a\.m\.|p\.m\.|h\b|hrs?\b|utc|gmt|cet|cest|est|edt|pst|pdt|local)", t[m.end() :])
    )


def _mix_by_clause(c: Context) -> list[tuple[float, int, int, bool]]:
    """Shares of input or output tokens said with their side in the clause or the clause beside it:
    "mostly input, like 85%", "outputs are short, around 10 percent", "most tokens (like 95%) are input"."""
    t = c.m
    clauses = _clauses(t)
    values: list[tuple[float, int, int, bool]] = []
    for i, (offset, clause) in enumerate(clauses):
        for pm in PERCENT.finditer(clause):
            if offset + pm.start() in c.sizes:
                continue  # "reply is 33% of that": the answer's size beside the item's, read with the sizes
            v = float(pm["v"]) / 100 if pm["v"] else float(pm["a"]) / float(pm["b"])
            if not 0 <= v <= 1:
                continue
            if CERTAINTY.search(clause[: pm.start()]) or CERTAINTY_AFTER.match(clause[pm.end() :]):
                continue  # "I am not sure 100%", "100% sure": how sure, not a share of the tokens
            of = OF_WHAT.match(clause[pm.end() :])
            if of and of["what"] not in TOKEN_WHOLE:
                continue  # "70% of requests", "20% of the answers": a share of something else
            into = INTO_MODEL.match(clause, pm.end() + of.end()) if of and of["what"] == "what" else None
            if (
                into is not None
                and rx.search(
                    r"\b(?:out|outputs?|answers?|repl(?:y|ies)|responses?|summar\w+)\b",
                    t[max(0, offset + pm.start() - 40) : offset + pm.start()],
                )
                and not rx.match(r"\s*(?:is|are)\s+(?:the\s+)?(?:prompts?|inputs?|outputs?)\b", clause[into.end() :])
                # (the answer named in the clause itself is read below, as a share: "output is 10% of what we send in")
                and not rx.search(r"\b(?:out|outputs?|answers?|repl(?:y|ies)|responses?)\b", clause[: pm.start()])
            ):
                # "output short, maybe 5% of what goes in": the answer 5% the size of the input, the input 1/1.05 of all
                values.append((1 / (1 + v), offset + pm.start(), offset + pm.end(), False))
                continue
            if of and ARRIVALS.match(clause, pm.end() + of.end()):
                continue  # "70% of what comes in is the basic stuff": a share of what arrives, the requests
            if rx.search(r"\b(?:the other|the rest|the remaining|remaining)\s*$", clause[: pm.start()]):
                continue  # "2/3 of the questions are easy, the other 1/3 is maths": the rest of that something
            if of and of["what"] in ("traffic", "load") and not rx.search(r"\btok", clause):
                continue
            rest = clause[: pm.start()] + " " + clause[pm.end() :]
            if NOT_A_MIX.search(rest) or rx.match(r"\s*(?:more|less|fewer|cheaper|off|discount)", clause[pm.end() :]):
                continue
            if len(PERCENT.findall(clause)) > 1:
                continue  # two shares in one clause: the pair readers above handle those
            after = rx.match(
                r"\s*(?:of\s+(?:the\s+)?(?:tokens?|it|that|total|volume)\s+)?(?:(?:are|is)\s+)?(?:the\s+)?(?P<w>\w+)",
                clause[pm.end() :],
            )
            before = clause[: pm.start()]
            if after and MIX_SIDE_IN.fullmatch(after["w"]):
                side: str | None = "in"  # "90% input", "95% are prompts"
            elif after and MIX_SIDE_OUT.fullmatch(after["w"]):
                side = "out"
            else:  # the subject: "output is maybe 10% of what we send in"
                side = _side(before, len(before), MIX_SIDE_IN, MIX_SIDE_OUT) or _side(
                    clause, pm.start(), MIX_SIDE_IN, MIX_SIDE_OUT
                )
            if side is None:
                near = [_beside(clauses, i, step) for step in (-1, 1)]
                near = [n for n in near if n]
                sides = {
                    s
                    for n in near
                    if not PERCENT.search(n) and not NOT_A_MIX.search(n)
                    for s in [_only_side(n, MIX_SIDE_IN, MIX_SIDE_OUT)]
                    if s
                }
                side = sides.pop() if len(sides) == 1 else None
            if side is None and v != 0.5:
                # "more input than output, like 70%": the larger share is the side said to be larger
                direction = next((d for n in near if (d := _direction(n)) is not None), None)
                if direction is not None:
                    side = direction if v > 0.5 else ("out" if direction == "in" else "in")
            if side is None:
                continue
            pos = offset + pm.start()
            values.append((v if side == "in" else 1 - v, pos, offset + pm.end(), _negated(c.t, pos) or c.off(pos)))
    return values


PAIR = rx.compile(
    r"(?<![\d.:/$])(?P<a>\d{1,3}(?:\.\d+)?)\s*(?:/|-|:|to)\s*(?P<b>\d{1,3}(?:\.\d+)?)(?![\d.:/%]|\s*(?:am|pm)\b)"
)
TIMES = rx.compile(r"(?<![\d.])(?P<k>\d+(?:\.\d+)?)\s*(?:x|times)\b(?!\s*(?:the|a|per|cheaper|faster|slower|bigger))")
VERB_MORE = rx.compile(
    r"\b(?P<verb>send|read|feed|put in|input|prompt|write|generate|output|get back|return)\w*\b[^.,;]{0,25}?"
    r"(?<![\d.])(?P<k>\d+(?:\.\d+)?)\s*(?:x|times)\s*(?:more|as much)"
)


def _mix_pairs(c: Context) -> list[tuple[float, int, int, bool]]:
    """A split or a multiple whose larger side is said in words: "60-40 in favour of input", "we send way more
    than we get back, I'd say 4x", "reads ten times more than it writes"; a bare "80/20" or "9 to 1" answering
    the mix question (input first, as it was asked)."""
    t = c.m
    vm = VERB_MORE.search(t)
    if vm:
        k = float(vm["k"])
        side = "out" if vm["verb"] in ("write", "generate", "output", "get back", "return") else "in"
        if k > 0:
            share = k / (k + 1)
            return [(share if side == "in" else 1 - share, vm.start(), vm.end(), _negated(c.t, vm.start()))]
    # "the answers are much longer than the questions, like 5 times", "inputs are about double the outputs",
    # "prompt is 3x bigger than the response"
    cm = rx.search(
        r"\b(?P<k>inputs?|prompts?|questions?|context|outputs?|answers?|responses?|completions?|replies)\s+(?:is|"
        r"are)\W+"
        r"(?:(?:on average|typically|usually|generally),?\s+)?(?:about\s+|roughly\s+|like\s+|maybe\s+|around\s+)?"
        r"(?P<n>\d+(?:\.\d+)?\s*(?:x|times)|double|twice|triple|"
        r"three times)\s*(?:as\s+(?:big|long|large)\s+as|(?:bigger|longer|larger|more)\s+than|the\s+size\s+of)?\s*"
        r"(?:the\s+)?(?:inputs?|prompts?|questions?|outputs?|answers?|responses?|completions?|replies)\b",
        t,
    )
    if cm:
        n = cm["n"]
        k = {"double": 2.0, "twice": 2.0, "triple": 3.0, "three times": 3.0}.get(n) or float(rx.match(r"[\d.]+", n)[0])  # type: ignore[index]
        first_in = cm["k"].startswith(("input", "prompt", "question", "context"))
        if k > 0:
            share = k / (k + 1)
            return [(share if first_in else 1 - share, cm.start(), cm.end(), _negated(c.t, cm.start()))]
    direction = _direction(t)
    order = rx.search(
        r"\b(?P<first>in|inputs?|prompts?|out|outputs?|completions?)\s*(?:vs\.?|versus|/|:|to|and)\s*"
        r"(?P<second>in|inputs?|prompts?|out|outputs?|completions?)\b",
        t,
    )
    pairs = [
        p
        for p in PAIR.finditer(t)
        if (float(p["a"]) + float(p["b"]) == 100 or 1.0 in (float(p["a"]), float(p["b"])))
        and float(p["a"]) + float(p["b"]) > 0
    ]
    if len(pairs) == 1:
        p = pairs[0]
        a, b = float(p["a"]), float(p["b"])
        if order is not None and (order["first"][:2] in ("in", "pr")) != (order["second"][:2] in ("in", "pr")):
            first_in = order["first"][:2] in ("in", "pr")
            return [(a / (a + b) if first_in else b / (a + b), p.start(), p.end(), _negated(c.t, p.start()))]
        if direction is not None:
            big, small = max(a, b), min(a, b)
            share = big / (big + small)
            return [(share if direction == "in" else 1 - share, p.start(), p.end(), _negated(c.t, p.start()))]
        if "input_share" in c.expecting and not rx.search(r"[a-z]{3,}", t.replace("like", "").replace("about", "")):
            return [(a / (a + b), p.start(), p.end(), False)]
        return []
    times = list(TIMES.finditer(t))
    if len(times) == 1 and direction is not None:
        k = float(times[0]["k"])
        if k > 1:
            share = k / (k + 1)
            tm = times[0]
            return [(share if direction == "in" else 1 - share, tm.start(), tm.end(), _negated(c.t, tm.start()))]
    return []


# the answer as long as the prompt ("the translated output is of comparable length", "output is about the same size
# as the input"): half the tokens are output, and a size said of the item (the document) is the input's
_AS_INPUT = r"(?:as|to) (?:the\s+|its\s+|our\s+)?(?:input|source|original|prompts?|documents?|text sent|what goes in)\b"
SAME_LENGTH = rx.compile(
    # a translation or rewrite as long as what it is made from, or any output said as long as the input
    r"\b(?:(?P<made>translations?|rewrites?|(?:translated|rewritten) (?:output|text|version|documents?))|output|"
    # ("the translation is output, about same length")
    r"answers?|responses?)\s*(?:is|are|will be|would be|comes out|come out|,|:|-)\s+(?:of\s+)?(?:a\s+)?(?:roughly\s+|"
    r"about\s+|approximately\s+|more or less\s+)?(?:(?:comparable|similar|(?:the )?same|equal)\s+(?:in\s+)?"
    r"(?:length|size)|as long)\b(?(made)(?!\s+(?:to|as)\s+(?!(?:the\s+|its\s+)?(?:input|source|original)))|"
    # (said with nothing after it, the input is what it is as long as: "the output is about the same length")
    r"(?:\s+" + _AS_INPUT + r"|(?=\s*(?:[.;!?]|$))))"
)
# a volume made of a count times the size of one item ("1,200 requests x 3,300 tokens")
_COUNT_TIMES_SIZE = rx.compile(r"\bx [\d,.]+ tokens\b")


# a volume said as text over a period ("4,000 pages a month", "per month we translate approx. 4.000 pages"): what goes
# in, whose translation comes back as long
_TEXT_VOLUME = rx.compile(
    r"\d[\d.,]*\s*k?\s*(?:pages?|words?|characters?)\s*(?:a|per|/|each|every)\s*(?:day|week|month|year)\b|"
    r"\b(?:per|a|each|every) (?:day|week|month|year),? (?:we|i|they) (?:\w+ ){0,2}?(?:approx\w*\.?\s+|about\s+|"
    r"around\s+|~\s*)?\d[\d.,]*\s*k?\s*(?:pages?|words?|characters?)\b"
)


def _same_length(c: Context) -> None:
    """An output said as long as the input: an even mix; the output of the size said for the input; a volume made
    of items of a size said (that of what goes in) counted twice, once for what comes back."""
    sm = SAME_LENGTH.search(c.m)
    if sm is None or c.out.has("input_share") or _negated(c.m, sm.start()) or c.off(sm.start()):
        return
    quote = c.quote(sm.start(), sm.end())
    sized = {u[0]: u[1] for u in c.out.updates if u[0] in ("request_input_tokens", "request_output_tokens")}
    if "request_input_tokens" in sized and "request_output_tokens" not in sized:
        c.out.add("request_output_tokens", sized["request_input_tokens"], quote, "as long as the input")
    elif not sized:
        text_volume = bool(_TEXT_VOLUME.search(c.original.lower()))  # "per month we translate approx. 4.000 pages"
        for i, (name, value, said, note) in enumerate(c.out.updates):
            if name == "tokens_per_month" and ((note and _COUNT_TIMES_SIZE.search(note)) or (text_volume and not note)):
                again = "as much again comes back (output as long)"
                c.out.updates[i] = (name, 2 * value, said, f"{note}; {again}" if note else again)
    c.out.add("input_share", 0.5, quote, "the output is as long as the input")
