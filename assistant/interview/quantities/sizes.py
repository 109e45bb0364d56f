"""Per-request sizes: the tokens that go into one request and come out of it ("~1,500 tokens in and 300 out",
"each ticket is about 2k tokens", "prompts ~3k tok, answers ~400"), never a limit ("a 32k window").
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import _is_model_size, _is_money, _negated
from assistant.interview.quantities.item_size import counted_subject_size, relative_output
from assistant.interview.quantities.patterns import MAGNITUDE, NUM, PERIOD, REQUESTS, TOKENS, num, number
from assistant.interview.quantities.sides import (
    SIZE_IN,
    SIZE_IN_UNIT,
    SIZE_OUT,
    SIZE_OUT_UNIT,
    _clauses,
    _only_side,
    _side,
    written_nouns,
)
from assistant.interview.quantities.size_patterns import (
    BARE_SIZE,
    INPUT_WORDS,
    LIMIT,
    MAX_REQUEST_TOKENS,
    NUM_IN_TEMPLATE,
    OTHER_SIDE,
    PER_CALL,
    REQ_SIZE_IN,
    REQ_SIZE_OUT,
    SENT_IN,
    SIDE_FOLLOW,
    SIDE_IN_WORDS,
    SIDE_OUT_WORDS,
    SIDE_SIZE,
    SIDE_VERB_SIZE,
    SIZE_NUM,
    SLASH_PAIRS,
    UNIT_SIDE,
    _a_price_unit,
    _limit_or_elsewhere,
    _per_unit,
    _plain_sides,
    _size,
    plain_amounts,
    without_ratios,
)

# after an item's size: not a rate ("3k tokens a day") nor a total ("30k tokens in total")
NOT_A_TOTAL = r"(?!\s*(?:" + PERIOD + r"|in total|total|overall|combined))"
# a side described in words, then its size settled on ("the output is a score and a short paragraph, say 200 tokens")
DESCRIBED_SIDE = (
    # (never across the other side named: "the prompt is most of it), and the output is tiny, like 20 tokens")
    r"\b(?:{side})\s+(?:is|are|will be|would be|should be|is usually|are usually)\s+(?:(?!\b(?:out|outputs?|answers?|"
    r"responses?|repl(?:y|ies)|completions?|inputs?|prompts?|in)\b)[^.;\d]){{0,60}}?"
    # a hedge before the figure ("..., say two hundred tokens"), or the figure right after a comma ("specs, 50 words")
    r"(?:[\s,(](?:say|call it|let'?s say|about|around|roughly|maybe|approx\w*|~|like|so)\s*|[,(]\s*)"
    + NUM_IN_TEMPLATE
    + r"\s*"
    + TOKENS
    + r"\b(?!\s*(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)\b)"
)
# what people say while thinking, between a verb and its figure ("each speech is, hmm, maybe 2,000 tokens")
_FILLER = r"(?:hmm+|um+|uh+|er+m?|well|i think|i guess|i'?d say|let'?s say|say|honestly|probably|maybe|like)[\s,]*"
# a spoken item whose size is its transcript ("calls of 1600 tokens each", as text_units writes "8-minute calls")
SPOKEN_ITEM = rx.compile(
    r"\b(?:(?:phone\s+)?calls?|recordings?|meetings?|voicemails?|voice ?notes?|audio|interviews?|consultations?|"
    r"lectures?|podcasts?|videos?|dictations?)\s+(?:of\s+)?$"
)
# the words after "each" that name a stretch of time, not an item ("each day is about 5M tokens" is a volume)
_NOT_A_PERIOD = (
    r"(?!(?:day|night|week|month|year|hour|minute|second|morning|evening|weekday|business|working|quarter|shift|"
    r"time)s?\b)"
    # "each user sends 20k tokens a day": a person's share of the volume, not one item ("each customer mail" is one)
    r"(?!(?:user|customer|person|employee|agent|seat|member|team|tenant|client|student|rep|analyst|dev|developer)s?\s+"
    r"(?:sends?|makes?|uses?|asks?|does|runs?|gets?|has|have|is|are|averages?|generates?|consumes?|burns?|needs?|"
    r"spends?|types?|writes?|submits?)\b)"
)


# an item and its answer sized together ("each doubt + solution is roughly 1,500 tokens total", "question plus answer
# about 1,500 tokens")
JOINT_SIZE = rx.compile(
    r"\b(?!tokens?\b|toks?\b|words?\b|chars?\b|characters\b|pages?\b)[a-z][\w-]*\s*"
    r"(?:plus|\+|and|&|(?:together |along )?with|including)\s*"
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?P<side>solutions?|answers?|repl(?:y|ies)|"
    r"responses?|outputs?|completions?|results?|summar(?:y|ies))\s+(?:(?:is|are|=|:|comes? to|totals?|adds? up to|"
    r"together|combined|about|around|roughly|maybe|like|approx\w*|~)\s*)*" + NUM + r"\s*" + TOKENS
)


# a count of requests with its period, then a bare size closing the clause: "2k tickets a day, ~800 tokens", "400
# emails a day (about 900 tokens)"; before the answer's own size it is the input's ("..., ~800 tokens, answers ~200")
_COUNT_THEN_SIZE = rx.compile(
    num("c_")
    + r"\s*(?:[a-z-]+\s+)?"
    + REQUESTS
    + r"\s*(?:each\s+|apiece\s+)?"
    + PERIOD
    + r"\s*(?:,|\(|-|—|:)\s*(?:(?:about|around|roughly|approx\w*|maybe|like|avg|average|typically|~)\s*)*"
    r"(?P<size>\d)"
)
_SIZE_CLOSES = rx.compile(
    NUM + r"\s*" + TOKENS + r"(?:\s*(?:each|apiece|or so|ish))?(?=\s*(?:\)|,|;|-|—|\.\s|\.?$|and\b))"
)
_SIDE_AFTER = rx.compile(
    r"[^.;]*?\b(?:(?P<in>in|inputs?|prompts?|context)|(?P<out>out|outputs?|completions?|answers?|responses?|"
    r"repl(?:y|ies)|summar(?:y|ies)))\b"
)
MAX_BARE_SIZE = 200_000  # "2k tickets a day, 800k tokens": more than one ticket holds; the day's, not a size


def _size_after_count(m: str, before_answer: bool = False) -> re.Match[str] | None:
    """The size said bare right after a count of requests and its period, closing the clause, as a match of it: the
    whole request's when no side is named after it, the input's (``before_answer``) when the answer's is."""
    cm = _COUNT_THEN_SIZE.search(m)
    if cm is None:
        return None
    sm = _SIZE_CLOSES.match(m, cm.start("size"))
    if sm is None or number(sm) > MAX_BARE_SIZE:
        return None
    side = _SIDE_AFTER.match(m, sm.end())
    if before_answer:
        return sm if side is not None and side["out"] else None
    return sm if side is None else None


def _request_sizes(c: Context) -> tuple[float | None, float | None, float | None, int]:
    """(input tokens, output tokens, total tokens) per request, and where they were said."""
    m = without_ratios(_plain_sides(c.m))
    inp = out = total = None
    where = len(m)
    im = (
        rx.search(REQ_SIZE_IN, m)
        or rx.search(num("i_") + r"\s*(?:input|prompt|in)\s+" + TOKENS, m)
        or rx.search(PER_CALL.format(side=r"inputs?|prompts?|context"), m)
    )
    if im and rx.match(r"in\b", m[im.start() :]) and SIZE_OUT.search(m[max(0, im.start() - 25) : im.start()]):
        im = None  # "answers in about 150 tokens": how long the answer is, not the input
    if (
        im
        and im.groupdict().get("j_num")
        and rx.match(
            r"[ \t]*(?:of\s+)?(?:out|outputs?|completions?|responses?|answers?|repl(?:y|ies)|back)\b(?!\s*[:=(\d~-])",
            m[im.end() :],
        )
    ):
        im = None  # "10 to 60 pages in, 500 tokens out": the figure after "in," is the output's own
    if im and rx.match(r"\s*(?:in\s*)?" + PERIOD, m[im.end() :]):
        im = None  # "700 million tokens in a month": a volume, not one request
    # ("800 input tokens per page": the input side of each unit, named so; "2k tokens per ticket" is the whole unit)
    per_unit = im is not None and _per_unit(m, im) and not rx.search(r"\b(?:input|prompt)\b", im.group(0))
    if im and (_limit_or_elsewhere(c, im.start()) or per_unit or _a_price_unit(c, im.start())):
        im = None
    if im and not _is_money(c.t, im.start(), im.end()):
        inp = _size(im, "i_", "j_")
        where = min(where, im.start())
    om = (
        rx.search(REQ_SIZE_OUT, m)
        or rx.search(num("o_") + r"\s*(?:output|completion|out)\s+" + TOKENS, m)
        or rx.search(
            PER_CALL.format(side=r"outputs?|completions?|answers?|responses?|repl(?:y|ies)").replace("i_", "o_"), m
        )
    )
    if om and (c.off(om.start()) or _a_price_unit(c, om.start())):
        om = None  # (a cap on the answer, "the max output is 2k tokens", is taken as its size)
    # "each doubt + solution is roughly 1,500 tokens total": the item and its answer together, a whole request
    joint = JOINT_SIZE.search(m)
    if joint and _is_money(c.t, joint.start(), joint.end()):
        joint = None
    if joint:
        if om and om.start() < joint.end() and joint.start() < om.end():
            om = None
        # the answer named in it is no side of its own for the readers below
        m = m[: joint.start("side")] + "x" * len(joint["side"]) + m[joint.end("side") :]
    if om and not _is_money(c.t, om.start(), om.end()):
        out = _size(om, "o_", "p_")
        where = min(where, om.start())
    # "1500 tokens in and 300 out": the second number borrows "tokens"
    pair = rx.search(
        NUM
        + r"\s*(?:"
        + TOKENS
        # "avg 800 tokens in 200 out" reaches here as "800 tokens each in 200 out"
        + r"?\s*(?:each\s+)?(?:of\s+)?(?:in|input|prompt)\b|(?:input|prompt)\s+"
        + TOKENS
        # "1500 input tokens and 250 output"
        # ("~2,500 tokens in (retrieved policy chunks) and ~500 out": what the side holds, said between)
        + r")(?:\s*\([^()]{0,40}\))?\s*(?:and|,|/|\+|with)?\s*(?:about |around |roughly )?"
        + num("q_").replace(":/]", ":]", 1)  # "500 in/100 out": the second number right after the slash
        + r"\s*"
        + TOKENS
        + r"?\s*(?:of\s+)?(?:out|output|completion|response)s?\b",
        m,
    )
    if pair and not rx.search(r"\btok", pair.group(0)) and number(pair) + float(pair["q_num"]) == 100:
        pair = None  # "70 in 30 out": percentages of the tokens, not the size of a request
    slashed = _slash_pair(c, m) if pair is None and inp is None and out is None else None
    if slashed is not None:
        inp, out, at = slashed
        where = min(where, at)
    if pair:
        inp = number(pair)
        out = float(pair["q_num"]) * MAGNITUDE.get((pair["q_mag"] or "").lower(), 1)
        where = min(where, pair.start())
    tm = (
        rx.search(
            NUM + r"\s*(?:-\s*)?" + TOKENS + r"\s*(?:each|apiece|per (?:request|call|query|message|conversation|doc\w*|"
            r"ticket|email|page|chat|turn|item|session)|(?:a|an|per|every) " + REQUESTS + r"|/\s*" + REQUESTS + r"\b|"
            r"on average|avg|average)",
            m,
        )
        or rx.search(
            r"\beach\W{0,3}(?:(?:is|one is|one'?s|one|with|has|having|containing|at|about|around|roughly|like|maybe|"
            r"probably|typically|usually|on average|"
            r"approx\w*|~)\s+)*" + NUM + r"\s*" + TOKENS,
            m,
        )
        # "each contract is long, 40 to 60 pages, call it 30,000 tokens": the item's size settled on in tokens
        or rx.search(
            r"\b(?:each|every|a typical|an average|the average)\s+"
            + _NOT_A_PERIOD
            + r"(?:[a-z][\w-]*\s+){1,4}?(?:is|are|'s|runs?)\b[^.;]{0,50}?[,(]\s*(?:call it|say|let'?s say|so|that'?s|"
            r"or|i\.e\.?|roughly|about|around|maybe)\s*(?:about\s+|around\s+|roughly\s+|~\s*)?"
            + NUM
            + r"\s*"
            + TOKENS
            + NOT_A_TOTAL,
            m,
        )
        # "each claim packet maybe 3k tokens", "every support ticket is roughly 900 tokens", "a typical chat
        # transcript runs ~4k tokens": one item named in a few words, then its size (never "each day is 5M tokens")
        or rx.search(
            r"\b(?:each|every|a typical|an average|the average|one)\s+"
            + _NOT_A_PERIOD
            + r"(?:[a-z][\w-]*[\s,]+){1,6}?(?:"
            + _FILLER
            + r")*"
            r"(?:(?:is|are|'s|has|have|takes?|runs?|uses?|weighs?|comes? (?:in )?(?:at|to)|at|of|about|around|roughly|"
            r"like|maybe|probably|typically|usually|on average|approx\w*|~)[\s,]*(?:"
            + _FILLER
            + r")*)+"
            + NUM
            + r"\s*"
            + TOKENS
            + NOT_A_TOTAL,
            m,
        )
        or rx.search(  # "tickets x 2k tokens", "50k chats per day * 1.5k tokens"
            REQUESTS
            + r"\s*(?:"
            + PERIOD
            + r")?\s*(?:x|×|\*|@)\s*(?:about\s+|around\s+|roughly\s+)?"
            + NUM
            + r"\s*"
            + TOKENS
            # a side named after it in the sentence ("... x 5k tokens, output 1k"): the sides are read one by one
            + r"(?![^.;]*?(?:\b(?:in|inputs?|prompts?|out|outputs?|completions?|answers?|responses?|repl(?:y|ies))\b|"
            r"[+/]))",
            m,
        )
        or rx.search(  # "chats average 3k tokens", "tickets run about 800 tokens"
            REQUESTS
            + r"\s+(?:average|averaging|avg|run|weigh|come in at)\s+(?:about\s+|around\s+|roughly\s+|~)?"
            + NUM
            + r"\s*"
            + TOKENS,
            m,
        )
        or rx.search(  # "10 requests per day of 3000 tokens"
            REQUESTS
            + r"\s*"
            + PERIOD
            + r"\s*(?:of|with|at)\s+(?:about\s+|around\s+|roughly\s+|~)?"
            + NUM
            + r"\s*"
            + TOKENS
            + r"(?!\s*(?:a|an|per|each|every)\s)",
            m,
        )
        or rx.search(
            r"(?:each|every|per|a|average|avg|typical)\s+(?:" + REQUESTS + r"|one|of them)\s*(?:is|has|uses|takes|of|:|"
            r"=|around|about|roughly|like|maybe|comes? to|adds? up to|totals?|works? out (?:at|to)|\s)*\s*"
            + NUM
            + r"\s*"
            + TOKENS,
            m,
        )
        # "average post plus our instructions and a few examples comes to maybe 1,200 tokens": the whole prompt
        or rx.search(
            r"(?:each|every|an?|the|average|avg|typical)\s+(?:[a-z-]+\s+)?(?:"
            + REQUESTS
            + r")\s+(?:plus|with|and|\+)\s+"
            r"(?:our\s+|the\s+)?(?:[a-z-]+\s+){0,6}?(?:comes?|adds?|sums?|totals?|works?)\s+(?:out\s+)?(?:to|up to)\s+"
            r"(?:about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?" + NUM + r"\s*" + TOKENS,
            m,
        )
        or _size_after_count(m)
        # "1500 mail per day, mail is maybe 200 words": the item counted, named bare (never beside a side's own size:
        # "the input is about 4,000 tokens and the letter is about 800" names the answer)
        or (counted_subject_size(c, m) if im is None and om is None else None)
    )
    if joint is not None:
        tm = joint
    if tm and (
        _limit_or_elsewhere(c, tm.start())
        or (
            number(tm) > MAX_REQUEST_TOKENS
            and rx.search(r"\b(?:nightly|daily|weekly|monthly|hourly)\b", m[max(0, tm.start() - 60) : tm.start()])
        )
    ):
        tm = None  # (nor "a nightly job of 30 million tokens per run": a run a night, no one request)
    if (
        tm
        and inp is None
        and rx.search(
            r"\b(?:input|inputs|prompt|prompts)\s+(?:is|are|=|:|comes to|totals?|size is)?\s*(?:about|around|roughly|"
            r"maybe|approx\w*)?\s*$",
            m[max(0, tm.start() - 40) : tm.start()],
        )
        and not _is_money(c.t, tm.start(), tm.end())
    ):
        # "the question is maybe 60 tokens, but with our prompt the input is ~900 tokens per message": the input
        # labelled as such is the input, whatever a part of it was said to be
        inp, where, tm = number(tm), min(where, tm.start()), None
    chunks = _retrieved(c, m)
    if chunks is not None:
        # "we stuff 3 retrieved chunks of 500 tokens": the input holds them all (the question beside them is small)
        value, cm = chunks
        if tm is not None and tm.start() < cm.end() and cm.start() < tm.end():
            tm = None
        if inp is None or (im is not None and im.start() < cm.end() and cm.start() < im.end()):
            inp, where = value, min(where, cm.start())
    if tm and any(x is not None and x.start() < tm.end() and tm.start() < x.end() for x in (im, om)):
        tm = None  # "replies average 600 tokens": the side's own figure, not a whole request beside it
    if tm and inp is None and out is None:
        unit = UNIT_SIDE.search(tm.group(0))
        if unit is not None:
            # "700 tokens per prompt", "about 400 tokens a completion": the request's side named as its unit
            value = number(tm)
            inp, out = (value, None) if unit["in"] else (None, value)
            where = min(where, tm.start())
            tm = None
    if tm and not _is_money(c.t, tm.start(), tm.end()):
        total = number(tm)
        where = min(where, tm.start())
        if rx.match(r"\s*(?:way|direction)\b", m[tm.end() :]) and inp is None and out is None:
            inp = out = total  # "1,000 tokens each way": as many in as out
            total = 2 * total
        elif inp is None and out is None and total is not None and tm is not None:
            relative = relative_output(m, tm.end())  # "each mail ~200 words, answer shorter, like half"
            if relative is not None:
                inp, out = total, round(total * relative[0])
                c.sizes.add(relative[1])  # the answer's share of the item: no mix of the month's tokens
    for side, sm in (
        ("in", rx.search(SIDE_SIZE.format(side=SIDE_IN_WORDS), m)),
        ("out", rx.search(SIDE_SIZE.format(side=SIDE_OUT_WORDS), m)),
        ("in", _verb_size(m, r"prompts?|inputs?")),
        ("out", _verb_size(m, SIDE_OUT_WORDS)),
    ):
        # "prompt size ~3k, completion ~250": a side named with its size, the unit left out
        if sm is None or _limit_or_elsewhere(c, sm.start()) or _is_money(c.t, sm.start(), sm.end()):
            continue
        if side == "in" and inp is None:
            inp, where = number(sm), min(where, sm.start())
        elif side == "out" and out is None:
            out, where = number(sm), min(where, sm.start())
        other_side = SIDE_OUT_WORDS if side == "in" else SIDE_IN_WORDS
        fm = rx.match(SIDE_FOLLOW.format(side=other_side), m[sm.end() :])
        if fm is not None and not _is_money(c.t, sm.end() + fm.start(), sm.end() + fm.end()):
            if side == "in" and out is None:
                out = number(fm)
            elif side == "out" and inp is None:
                inp = number(fm)
    if (inp is None) != (out is None):
        # "1.2k tokens per prompt, 200 per completion": the other side named as the unit of its own figure
        for pm in rx.finditer(NUM + r"\s*(?:" + TOKENS + r"\s*)?" + UNIT_SIDE.pattern, m):
            if _is_money(c.t, pm.start(), pm.end()) or _limit_or_elsewhere(c, pm.start()):
                continue
            if pm["in"] and inp is None:
                inp, where = number(pm), min(where, pm.start())
            elif pm["out"] and out is None:
                out, where = number(pm), min(where, pm.start())
    for side, words in (
        ("in", r"inputs?|prompts?|what (?:we|you|i) (?:put|send|feed|give it|pass)(?: in| it)?"),
        ("out", SIDE_OUT_WORDS),
    ):
        # "the output is a score and a short paragraph, say two hundred tokens": the side described, then its size
        if (inp if side == "in" else out) is not None:
            continue
        dm = rx.search(DESCRIBED_SIDE.format(side=words), m)
        if dm is None or _is_money(c.t, dm.start(), dm.end()) or _limit_or_elsewhere(c, dm.start("num")):
            continue
        if side == "in":
            inp, where = number(dm), min(where, dm.start())
        else:
            out, where = number(dm), min(where, dm.start())
        c.sizes.add(dm.start("num"))
    if (inp is None or out is None) and joint is None:  # (an item and its answer sized together are no side)
        by_in, by_out, at = _sizes_by_clause(c)
        if inp is None and by_in is not None and by_in != out:
            inp, where = by_in, min(where, at)
        if out is None and by_out is not None and by_out != inp:
            out, where = by_out, min(where, at)
    if total is None and inp is None and out is not None:
        bare = _size_after_count(m, before_answer=True)
        if bare is not None and not _is_money(c.t, bare.start(), bare.end()):
            inp, where = number(bare), min(where, bare.start())  # "2k tickets a day, ~800 tokens, answers ~200"
    if total is None and inp is None and out is not None:
        named = NAMED_ITEM_SIZE.search(m)
        if (
            named is not None
            and number(named) != out  # (the answer's own figure: "an essay is ~1,500 tokens" of what is written)
            and not rx.search(r"\b(?:" + SIDE_OUT_WORDS + r"|summar\w+|drafts?)\b", named["item"])
            and not _is_money(c.t, named.start(), named.end())
            and not _limit_or_elsewhere(c, named.start("num"))
        ):
            inp, where = number(named), min(where, named.start())  # "thread is ~1500 tokens, drafted reply ~350"
    if total is not None and tm is not None and (inp is None) != (out is None):
        # "2M documents a month, each about 3k tokens, summaries of 200 tokens": the size of the unit that comes
        # in is the input; "1,500 tokens per request in total, 300 of them output": the rest is the other side
        whole = rx.search(
            r"\b(?:total|all in|in all|combined|overall|altogether|round[- ]trip|both ways)\b|"
            r"(?:/\s*|\bper\s+)(?:requests?|reqs?|calls?|quer(?:y|ies))\b",
            tm.group(0),
        )
        known = inp if inp is not None else out
        assert known is not None
        head = m[max(m.rfind(x, 0, tm.start()) for x in (",", ";", ".", "(")) + 1 : tm.start()]
        if whole and inp is None and SENT_IN.search(head):
            whole = None  # "we send roughly 3k tokens per call and get ~400 back": what is sent is the input
        other = total - known if whole else total
        if other > 0 and not (whole is None and out is None):
            inp, out = (inp, other) if out is None else (other, out)
            if whole is None:
                total = None
    if inp is not None and out is None and total is None and im is not None:
        out = _the_other_side(m, im.end())
    if inp is not None and out is None and total is None:
        relative = relative_output(m, where)
        if relative is not None:
            # "prompts average maybe 900 tokens, with outputs roughly one third of that length": the answer's size
            # from the prompt's (its share no mix of the month's tokens)
            out = round(inp * relative[0])
            c.sizes.add(relative[1])
    if chunks is not None:
        c.sizes.update((chunks[1].start("num"), chunks[1].start("k_num")))  # the pieces' size: no volume
    if tm is not None and total is not None:
        c.sizes.add(tm.start("num"))  # one request's whole size: never a volume awaiting its period
        if inp is None and out is None and SPOKEN_ITEM.search(m[max(0, tm.start() - 40) : tm.start()]):
            inp = total  # "each call is 8 minutes" (read as "call of 1600 tokens each"): the transcript goes in
    if inp is not None:
        extra = PROMPT_ON_TOP.search(m, where) or _instructions_beside_question(m, where, inp)
        if (
            extra is not None
            and number(extra) != inp  # (not the figure the input was read from)
            and not _is_money(c.t, extra.start(), extra.end())
            and not c.off(extra.start())
        ):
            # "what goes in is ~900 words ... On top of that our prompt template is about 400 tokens": one more part
            inp += number(extra)
    return inp, out, total, where


# the fixed part of the prompt named with its own size ("we send an instruction of about 533 tokens plus ...")
INSTRUCTION_PART = rx.compile(
    r"\b(?:instructions?|system prompt|prompt template|template|preamble|system message)\b(?:\s*\([^()]{0,100}\))?"
    r"[^.;!?\d]{0,20}?\b(?:of|is|are|runs?|at)\s+(?:(?:about|around|roughly|maybe|~)\s*)*"
    + NUM
    + r"\s*"
    + TOKENS
    + r"\b"
)
# the user's own part of the prompt, sized in its own sentence ("a typical farmer question is short, maybe 50 words")
USER_PART = rx.compile(r"\b(?:question|query|message|ask|enquiry|inquiry)s?\b[^.;!?]{0,40}$")


def _instructions_beside_question(m: str, where: int, inp: float) -> re.Match[str] | None:
    """The instructions' size said in another sentence when the input read is the user's question alone ("a typical
    farmer question is ~50 words. We send an instruction of about 400 words plus the chat so far"): one more part."""
    said = rx.search(rf"(?<![\d.]){inp:g}\s*{TOKENS}", m[where:])  # where the input's figure is
    if said is None:
        return None
    where += said.start()
    start = max(m.rfind(x, 0, where) for x in (".", ";", "!", "?")) + 1
    if not USER_PART.search(m[start:where]):
        return None
    extra = INSTRUCTION_PART.search(m)
    if extra is None or number(extra) == inp or start <= extra.start() < max(m.find(".", where), where + 1):
        return None  # (in the question's own sentence it is read with it)
    return extra


# the prompt's fixed part said in a sentence of its own after the input's size, as added to it
PROMPT_ON_TOP = rx.compile(
    r"(?:^|[.;!]\s*)(?:on top of (?:that|this|it)|in addition|additionally|plus|besides that)\W+(?:there'?s\s+)?"
    r"(?:our|the|a|an)?\s*(?:system prompt|prompt template|prompt|template|instructions?|system message|preamble)\b"
    r"(?:\s*\([^()]{0,100}\))?[^.;!?\d]{0,40}?\b(?:is|are|adds?|runs?|comes? to|takes?)\s+(?:(?:about|around|roughly|"
    r"another|an extra|maybe|~)\s*)*" + NUM + r"\s*" + TOKENS + r"\b"
)


# an item named in a word or two and its size, beside the answer's own: "thread is ~1500 tokens, drafted reply ~350"
# (never a size at a rate: "the backlog is 2M tokens a month")
NAMED_ITEM_SIZE = rx.compile(
    # (in dictated run-ons a clause may start right after the rate's period: "six thousand notes a day transcripts are")
    r"(?:^|[.;,:(]\s*|\band\s+|\b(?:day|week|month|night)\s+)(?:the\s+|each\s+|a\s+|an\s+|our\s+|one\s+|every\s+|typical\s+|average\s+)?"
    r"(?P<item>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:is|are|=|runs?|averages?|weighs?)\s*(?:about\s+|around\s+|roughly\s+|"
    r"maybe\s+|like\s+|usually\s+|typically\s+)?"
    + NUM
    + r"\s*"
    + TOKENS
    + r"\b(?!\s*(?:a|an|per|each|every|/)\s*(?:day|week|month|year|hour|night|min\w*)\b)"
)


# a few retrieved pieces of one size, put into each prompt: "3 retrieved chunks of 500 tokens", "top-5 passages x
# ~400 tokens", "we stuff 8 docs @ 1k tokens each"
RETRIEVED = rx.compile(
    r"(?:\btop[- ]?)?" + NUM + r"\s*(?:[a-z-]+\s+){0,2}?(?:chunks?|passages?|snippets?|docs?|documents?|results?|"
    r"examples?|shots?|sections?|excerpts?|articles?|pages?)\s*(?:of|x|×|\*|@|at|with)\s*(?:(?:about|around|roughly|"
    r"maybe|like|approx\w*|~)\s*)?" + num("k_") + r"\s*(?:-\s*)?" + TOKENS + r"\b"
)


def _retrieved(c: Context, m: str) -> tuple[float, re.Match[str]] | None:
    """The tokens of a few retrieved pieces put into one prompt, and where; never a count at a rate."""
    for rm in RETRIEVED.finditer(m):
        count = number(rm)
        size = float(rm["k_num"]) * MAGNITUDE.get((rm["k_mag"] or "").lower(), 1)
        if not (1 <= count <= 50 and count == int(count)) or size <= 0 or rm["neg"] or rm["k_neg"]:
            continue
        if rx.search(PERIOD, rm.group(0)) or rx.match(r"\s*(?:each\s+)?(?:" + PERIOD + r"|per\b|/)", m[rm.end() :]):
            continue  # "30 docs a day of 2k tokens", "5 docs of 2k tokens per day": a rate
        if _is_money(c.t, rm.start(), rm.end()) or _negated(c.t, rm.start()) or c.off(rm.start()):
            continue
        if _limit_or_elsewhere(c, rm.start()):
            continue
        return count * size, rm
    return None


def _verb_size(m: str, side: str) -> re.Match[str] | None:
    """ "prompts run ~2k": the side's size said with a verb."""
    return rx.search(SIDE_VERB_SIZE.format(side=side), m)


def _slash_pair(c: Context, m: str) -> tuple[float, float, int] | None:
    """Input and output of one request written as a pair, and where; never a mix ("80/20") nor a volume."""
    for pattern in SLASH_PAIRS:
        sm = pattern.search(m)
        if sm is None:
            continue
        a, b = number(sm), float(sm["q_num"]) * MAGNITUDE.get((sm["q_mag"] or "").lower(), 1)
        if (a, b) == (24, 7) and not rx.search(r"\btok", sm.group(0)):
            continue  # "70/30 input/output, flat 24/7": around the clock
        if a + b == 100 and not rx.search(r"\btok", sm.group(0)):
            return None  # "in/out 80/20": a mix
        if rx.match(r"\s*(?:tokens?\s*)?" + PERIOD, m[sm.end() :]) or not (0 < a <= MAX_REQUEST_TOKENS and b > 0):
            return None  # "in/out 30M/10M a day": a volume
        if _is_money(c.t, sm.start(), sm.end()) or c.off(sm.start()) or _limit_or_elsewhere(c, sm.start()):
            return None
        return a, b, sm.start()
    return None


def _the_other_side(m: str, after: int) -> float | None:
    o = OTHER_SIDE.search(m[after:])
    if o is None or INPUT_WORDS.search(o["noun"] or "") or LIMIT.search(o.group(0)):
        return None
    rest = m[after + o.end() :]
    if LIMIT.search(rx.split(r"[,;.]", rest, maxsplit=1)[0]):
        return None  # "a 32k token context window": a limit
    if rx.match(r"\s*(?:in\s*)?" + PERIOD, rest):
        return None  # "and we do 1M tokens a day": a volume, not the answer's size
    size = float(o["x_num"]) * MAGNITUDE.get((o["x_mag"] or "").lower(), 1)
    return size if 0 < size <= MAX_REQUEST_TOKENS else None


def _sizes_by_clause(c: Context) -> tuple[float | None, float | None, int]:
    """Per-request (input, output) token sizes from the side named in each number's clause."""
    m = without_ratios(plain_amounts(c.m))
    if not rx.search(r"\btok|\btkn", m):
        return None, None, len(m)
    clauses = _clauses(m)
    written = written_nouns(m)
    found: dict[str, list[tuple[float, int]]] = {"in": [], "out": []}
    c.sizes.clear()
    for i, (offset, clause) in enumerate(clauses):
        if rx.search(PERIOD, clause) or LIMIT.search(clause):
            continue  # a volume ("50M tokens a day") or a context limit, not one request
        for nm in SIZE_NUM.finditer(clause):
            pos = offset + nm.start()
            value = number(nm)
            if not 1 <= value <= 500_000 or _is_money(c.t, pos, offset + nm.end()) or _is_model_size(m, nm):
                continue
            if nm["tok"] and rx.match(r"\s*(?:each|per|a|an|every)\s+" + REQUESTS, clause[nm.end() :]):
                continue  # "~2k tokens per ticket": one whole unit, not a side of it
            if rx.search(r"\d\s*(?:-|to)\s*$", clause[: nm.start()]) or rx.match(
                r"\s*(?:-|to)\s*\d", clause[nm.end() :]
            ):
                continue  # "prompts are 2-3k tokens": a range, ask rather than pick an end
            if rx.search(r"(?:for (?:every|each)|per|every)\s*$", clause[: nm.start()]):
                continue  # "for every 1000 tokens in we get 250 back": a ratio, not a request
            if _negated(c.t, pos) or c.off(pos):
                continue
            side = _side(clause, nm.start(), SIZE_IN, SIZE_OUT)
            if side is None:
                side = _side(clause, nm.start(), SIZE_IN_UNIT, SIZE_OUT_UNIT)
                if side == "in" and written & set(rx.findall(r"[a-z]+", clause)):
                    side = None  # "we write cover letters for applicants, each letter is about 600 tokens": not input
            if side is None and not SIZE_NUM.search(clause[nm.end() :]) and i:
                prev = clauses[i - 1][1]
                whole = rx.search(r"\beach\b|\bapiece\b|\btotal\b|\ball in\b|\bcombined\b", clause)
                if not whole and not rx.search(PERIOD, prev) and not any(x["tok"] for x in SIZE_NUM.finditer(prev)):
                    # "questions are short, maybe 100"
                    side = _only_side(prev, SIZE_IN, SIZE_OUT) or _only_side(prev, SIZE_IN_UNIT, SIZE_OUT_UNIT)
            if side is None or not (nm["tok"] or rx.search(r"\btok|\btkn", m)):
                continue
            if not nm["tok"] and rx.search(
                r"[a-z]",
                rx.sub(
                    # (and what comes back is, after "as": "maybe 100 coming back as structured fields")
                    r"(?<=back) as (?:[\w-]+ ?){1,3}$|"
                    r"\b(?:or so|ish|each|tops|max|maybe|or less|or more|give or take|on average|avg|back|out|in|"
                    r"comes?|coming|goes|go|going)\b",
                    "",
                    clause[nm.end() :],
                ),
            ):
                continue  # "two ML engineers", "three to one": a bare number borrows "tokens" only at its clause's end
            found[side].append((value, pos))
            c.sizes.add(pos)
    inp = found["in"][0] if len({v for v, _ in found["in"]}) == 1 else None
    out = found["out"][0] if len({v for v, _ in found["out"]}) == 1 else None
    where = min([p for _, p in (x for x in (inp, out) if x is not None)], default=len(m))
    return (inp[0] if inp else None), (out[0] if out else None), where


def _answered_size(c: Context) -> None:
    """A bare figure answering the question about one side of a request ("how long is a typical prompt?" "2000",
    "~1.5k tokens"): that side's size. Said without the question, a bare figure is no size."""
    asked = [f for f in ("request_input_tokens", "request_output_tokens") if f in c.expecting]
    if len(asked) != 1 or c.out.has("request_input_tokens") or c.out.has("request_output_tokens"):
        return
    bm = BARE_SIZE.fullmatch(c.m)
    if bm is None or bm["neg"] or _is_money(c.t, bm.start("num"), bm.end()):
        return
    value = number(bm)
    if 0 < value <= MAX_REQUEST_TOKENS:
        c.out.add(asked[0], value, c.original.strip()[:200])
