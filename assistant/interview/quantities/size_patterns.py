"""How the size of one request is written: a side and its figure ("1,500 tokens in", "prompt size ~3k", "in/out
3000/500", "700 tokens per prompt"), the verbs of sending and getting back, and what a size is not: a limit ("a
32k window"), the unit a price is quoted in ("per million input tokens"), the whole of one unit ("2k tokens per
ticket").
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.patterns import MAGNITUDE, NUM, NUM_CORE, PERIOD, REQUESTS, TOKENS, num

REQ_SIZE_IN = (
    r"(?:"
    + num("i_")
    + r"\s*(?:-\s*)?"
    + TOKENS
    # "~3,000 tokens of Korean in": what the tokens are of, named between the figure and its side
    + r"\s*(?:of\s+(?:(?!in\b|out\b)[a-z-]+\s+){0,2}?)?(?:in(?=[ \t]*\n|\s*(?:[,;/.)+]|$|and\b|per\b|each\b|vs\b|"
    r"with\b|on average\b))|input|prompt|context)s?\b"
    r"(?!\s*[:=]\s*(?:about\s+)?\d)"
    r"(?!\s*(?:and|,)?\s*\d+\s*(?:in|input)\b)(?!\s+total\b)"
    r"|\b(?:inputs?|prompts?|context|in)\s*(?:tokens?)?\s*(?:of|is|are|:|=|at|around|about|roughly|avg|average|"
    r"averages|"
    r"size|sizes|length|long|big|,|"
    r"approx\w*|typically|usually|\s)*\s*" + num("j_") + r"\s*" + TOKENS + r")"
)
REQ_SIZE_OUT = (
    r"(?:"
    + num("o_")
    + r"\s*(?:-\s*)?"
    + TOKENS
    + r"[ \t]*(?:of\s+(?:(?!in\b|out\b)[a-z-]+\s+){0,2}?)?(?:out|output|completion|response|answer|reply|generated)s?\b"
    # "input: 3000 tokens output: 600", "input: 6700 tokens / output about 200": "output" labels the figure after it
    r"(?!\s*(?:[:=]\s*)?(?:about\s+|around\s+|roughly\s+|~\s*)?\d)"
    r"|\b(?:outputs?|completions?|responses?|answers?|replies|out|generations?)\s*(?:tokens?)?\s*(?:of|is|are|:|=|at|"
    r"short|tiny|small|long|size|sizes|length|,|(?<=answers )in|(?<=answer )in|(?<=replies )in|(?<=responds )in|"
    r"around|about|roughly|avg|average|averages|approx\w*|typically|usually|\s)*\s*"
    + num("p_")
    + r"\s*"
    + TOKENS
    + r")"
)


# "input per call around 1.2k, output per call around 350": a side per request, its figure without "tokens"
PER_CALL = (
    r"\b(?:{side})\s+(?:size\s+|length\s+)?(?:per|each|a)\s+(?:call|request|query|message|prompt|turn|run)\s*"
    r"(?:is\s+|of\s+|:\s*|=\s*|around\s+|about\s+|roughly\s+|approx\w*\s+|maybe\s+)*"
    + num("i_").replace("{", "{{").replace("}", "}}")
    + r"(?!\s*(?:%|percent|ms\b|s\b|secs?\b|seconds?|\$|usd|dollars?|cents?|x\b|times))(?:\s*"
    + TOKENS
    + r")?"
)


def _size(sm: re.Match[str], a: str, b: str) -> float | None:
    for prefix in (a, b):
        if prefix + "num" in sm.groupdict() and sm.group(prefix + "num"):
            return float(sm.group(prefix + "num")) * MAGNITUDE.get((sm.group(prefix + "mag") or "").lower(), 1)
    return None


SIDE_VERB = rx.compile(
    r"\b(?:going|coming|goes|comes|sent|flowing)\s+(?P<side>in|out)\b|\b(?:coming|comes|come|sent)\s+(?P<back>back)\b"
)


# "each report comes out around 3,000 tokens and the summary back ~400": the item amounts to its figure, the answer
# is named after it (with no answer named, "each description comes out around 150 words" is what is written)
AMOUNTS_TO = rx.compile(
    r"\b(?:comes|come|came|works|worked)\s+(?P<out>out)(?=\s+(?:(?:at|to|around|about|roughly|approx\w*|like|maybe|"
    r"~)\s*)*\d)"
)
ANSWER_AFTER = rx.compile(r"\b(?:back|outputs?|answers?|summar(?:y|ies)|responses?|repl(?:y|ies)|completions?)\b")


# "Input with product info + our return policy about 1,200 tokens": what a side holds, named between the side and
# its size (a few words, no figure, no other side)
SIDE_HOLDS = rx.compile(
    r"\b(?:inputs?|prompts?|context|outputs?|answers?|responses?|repl(?:y|ies)|completions?)\s+"
    r"(?P<what>(?:with|including|incl\.?|containing|holding)\s+(?:(?!(?:inputs?|prompts?|outputs?|answers?|"
    r"responses?|repl(?:y|ies)|completions?|in|out|tokens?)\b)(?:[a-z][\w'/-]*|[+&,])\s*){1,8}?)"
    r"(?=(?:(?:about|around|roughly|approx\w*|maybe|~|is|are|of|at|:|=|usually|typically)\s*){0,3}\d)"
)


# "What goes in is about 900 words, and what comes out is maybe 150": the sides named by what moves
WHAT_MOVES = rx.compile(
    r"\bwhat (?:(?P<in>goes|go|gets sent|is sent|we send|we put|gets fed|we feed)(?: it)? in(?:to (?:it|the model|"
    r"the llm|the prompt))?|(?P<out>comes|come|we get|gets sent) (?:out|back)(?: of it)?)\b"
)


def _plain_sides(m: str) -> str:
    """ "1,500 tokens going in and 300 coming back" as "1,500 tokens in and 300 out", "what goes in is" as "input is",
    and "input with product info about 1,200 tokens" as "input about 1,200 tokens", position for position."""

    def plain(x: re.Match[str]) -> str:
        side = x["side"] or "out"
        return " " * (len(x.group(0)) - len(side)) + side

    def bare(x: re.Match[str]) -> str:
        return x.group(0)[: x.start("what") - x.start()] + " " * len(x["what"])

    def named(x: re.Match[str]) -> str:
        return ("input" if x["in"] else "output").ljust(len(x.group(0)))

    return SIDE_HOLDS.sub(bare, SIDE_VERB.sub(plain, WHAT_MOVES.sub(named, plain_amounts(m))))


def plain_amounts(m: str) -> str:
    """``m`` with the "out" of "comes out around 3,000 tokens" blanked where an answer is named after it."""
    for am in AMOUNTS_TO.finditer(m):
        if ANSWER_AFTER.search(m, am.end()):
            m = m[: am.start("out")] + "   " + m[am.end("out") :]
    return m


# "in/out per req: 3000/500", "prompt/completion ~1.2k/300 tokens", "3000/500 tok in/out": the two sides of one
# request, written as a pair
_IN_OUT = r"(?:in(?:puts?)?|prompts?)\s*/\s*(?:out(?:puts?)?|completions?|answers?|responses?)\b"
_PAIR = (
    NUM
    + r"\s*/\s*"
    + NUM_CORE.replace("?P<neg>", "?P<q_neg>").replace("?P<num>", "?P<q_num>").replace("?P<mag>", "?P<q_mag>")
    + r"(?![\d/])"
)
_Q_NUM = NUM_CORE.replace("?P<neg>", "?P<q_neg>").replace("?P<num>", "?P<q_num>").replace("?P<mag>", "?P<q_mag>")
# ... or each side labelled: "in=2400, out=600", "input: 2.4k / output: 600", "prompt=900 completion=150"
_LABEL = r"\s*(?:tokens?|toks?|size)?\s*[:=]\s*(?:~\s*|about\s+|approx\.?\s+)?"
SLASH_PAIRS = (
    rx.compile(r"\b" + _IN_OUT + r"(?:\s*(?:tokens?|toks?))?[^.;\d]{0,25}?" + _PAIR + r"(?:\s*" + TOKENS + r")?"),
    rx.compile(_PAIR + r"\s*(?:" + TOKENS + r"\s*)?" + _IN_OUT),
    rx.compile(
        r"\b(?:in|inputs?|prompts?)"
        + _LABEL
        + NUM
        + r"\s*(?:"
        + TOKENS
        + r")?\s*[,;/|]?\s*(?:and\s+)?\b(?:out|outputs?|completions?|answers?|responses?)"
        + _LABEL
        + _Q_NUM
        + r"(?![\d/])"
    ),
    # ... or the request set against its response: "requests ~1k tokens, responses ~200"
    rx.compile(
        r"\brequests?\s*(?:are\s+|is\s+)?(?:~\s*|about\s+|around\s+|roughly\s+)?"
        + NUM
        + r"\s*(?:"
        + TOKENS
        + r")?\s*[,;/]?\s*(?:and\s+|with\s+)?(?:the\s+)?(?:responses?|replies|answers?|completions?)\s*"
        r"(?:are\s+|is\s+)?(?:~\s*|about\s+|around\s+|roughly\s+)?" + _Q_NUM + r"(?![\d/])"
    ),
)


# "the input is about 4,000 tokens and the letter is about 800 tokens": once one clause names the input, a
# size in the next clause that names no side is the output (what is written back)
OTHER_SIDE = rx.compile(
    r"^[^.;]{0,60}?(?:\band\b|,|;|\.)\s+(?:the\s+|each\s+|a\s+|an\s+)?(?P<noun>(?:[a-z-]+\s+){0,3}?)"
    r"(?:is|are|comes? (?:to|in at)|runs?|of|at|has|with|:|=)?\s*(?:about|around|roughly|approx\w*|maybe|some|~)?\s*"
    + num("x_")
    + r"\s*(?:"
    + TOKENS
    + r"|out\b)"  # "thread: about 1500 tokens in, draft reply: about 350 out"
)
INPUT_WORDS = rx.compile(
    # (never how a text reads: "the reply should be around 120 words so it reads well on a phone")
    r"\b(?:input|inputs|prompts?|context|in|reads?(?!\s+(?:well|nicely|fine|ok|okay|better|naturally|smoothly|easily|"
    r"clearly|right))|sends?|record|extracts?)\b"
)


# a number inside the side templates that are filled in with str.format ("{side}")
NUM_IN_TEMPLATE = NUM.replace("{", "{{").replace("}", "}}")

NOT_TOKENS = (
    r"(?!\d|\.\d|,\d|[a-z])(?!\s*(?:%|percent|ms\b|s\b|secs?\b|seconds?|\$|usd|dollars?|cents?|x\b|times|chars?\b|"
    r"characters?|"
    r"words?|pages?|lines?|kb\b|mb\b|bytes?|gpus?|people|engineers?|users?))"
)
# A verb of sending, said before a per-call size: that size is the input side ("we send 3k tokens per call").
SENT_IN = rx.compile(
    r"\b(?:send|sends|sending|sent|feed|feeds|feeding|fed|pass|passes|passing|push|pushes|stuff|"
    r"stuffs|upload|uploads|submit|submits)\b"
)
# The unit of a per-unit size that names a side of the request ("per prompt" is its input).
UNIT_SIDE = rx.compile(
    r"(?:\beach|\bper|\ba|\ban|\bevery|/)\s*(?:(?P<in>prompts?|inputs?)|(?P<out>completions?|answers?|responses?|"
    r"repl(?:y|ies)|outputs?))\b"
)
SIDE_IN_WORDS = r"prompts?|inputs?|context"
SIDE_OUT_WORDS = r"completions?|outputs?|answers?|responses?|repl(?:y|ies)|gen(?:eration)?s?"
# A side and its size said together ("prompt size ~3k", "completion length: 250"), "tokens" optional.
SIDE_SIZE = (
    r"\b(?:{side})\s+(?:size|length|len)s?\s*(?:(?:is|are|of|:|=|about|around|roughly|approx\w*|typically|usually|"
    r"avg|average|maybe)\s*)*(?:,\s*)?(?:(?:about|around|roughly|maybe)\s+)?" + NUM_IN_TEMPLATE + NOT_TOKENS
)
# "prompts run ~2k", "answers are usually ~300 tok", "our prompts average 1.5k": a side, a verb of size, and a figure
# in thousands or in tokens (a bare "prompts are 20" is no size; "prompts are 2k a day" is a count)
SIDE_VERB_SIZE = (
    r"\b(?:{side})\s*(?:(?:usually|typically|normally|generally|mostly|tend to)\s+)?(?:(?:run|runs|are|is|average|"
    r"averages|come in at|comes in at|sit at|sits at|hover around|be)\s+|[:=]\s*|"
    # ... or with a hedge and no verb: "prompts ~1.5k, outputs ~0.5k"
    r"(?=(?:about|around|roughly|approx\w*|~)\s*\d))(?:(?:usually|typically|about|around|roughly|"
    r"approx\w*|maybe|like|somewhere around|on average|~)\s*)*(?:,\s*)?"
    + NUM_IN_TEMPLATE
    + r"(?:(?<=k)|(?<=thousand)|\s*"
    + TOKENS
    + r"\b)(?!\s*(?:"
    + PERIOD.replace("{", "{{").replace("}", "}}")
    + r"|per\b|a\b|an\b|each\b|every\b|/|in total|total|combined|(?!tok)[a-z]{{3,}}))"
)
# "completion ~250" right after "prompt size ~3k": the second side borrows "size" from the first.
SIDE_FOLLOW = (
    r"\s*(?:[,;/]|\band\b|\bwith\b)\s*(?:and\s+)?(?:the\s+)?(?:{side})(?:\s+(?:size|length)s?)?\s*(?:(?:is|are|of|:|=|"
    r"about|around|roughly|approx\w*|typically|usually|avg|average|maybe)\s*)*"
    + NUM_IN_TEMPLATE
    + r"(?:\s*"
    + TOKENS
    + r")?"
    + NOT_TOKENS
)
# fewer tokens than this is no side of a request ("a sentence or two in" is no 2 tokens in): a word read as a size
MIN_REQUEST_TOKENS = 5
MAX_REQUEST_TOKENS = 2_000_000  # no single request holds more: a larger "size" is a volume read out of context
LIMIT = rx.compile(
    r"\b(?:window|limit\w*|max\w*|cap(?:ped|s)?|truncat\w*|supports?(?=\s+(?:up to|at most|a\b|an\b|~|\d))|"
    r"up to|at most|no more than|context length|"
    r"upper bound|ceiling)\b"
)


def _a_price_unit(c: Context, pos: int) -> bool:
    """ "$2.50 per million input tokens", "priced per 1k output tokens": the unit a price is quoted in."""
    return bool(
        # (a slash with spaces around it parts two sides: "in ~3k tok / out ~250 tok", no price's "/1k tokens")
        rx.search(r"(?:\bper|(?<!\s)/)\s*$", c.m[max(0, pos - 8) : pos])
        and rx.search(
            r"[$€£]|\b(?:costs?|price\w*|charg\w*|cents?|dollars?|usd|pay|bucks|quot\w*|euros?|rates?)\b", c.t
        )
    )


def _limit_or_elsewhere(c: Context, pos: int) -> bool:
    """A size that is a limit ("truncate prompts to 8k", "a 32k window") or not about the user's own requests."""
    start = max(c.m.rfind(x, 0, pos) for x in (",", ";", ".", "(")) + 1
    ends = [e for e in (c.m.find(x, pos) for x in (",", ";", ". ", ")")) if e >= 0]
    return bool(LIMIT.search(c.m[start : min(ends, default=len(c.m))])) or c.off(pos)


def _per_unit(m: str, match: re.Match[str]) -> bool:
    """ "2k tokens per ticket": the whole of one unit, not its input side."""
    return bool(rx.match(r"\s*(?:tokens?\s*)?(?:each|per|a|an|every)\s+" + REQUESTS, m[match.end() :]))


SIZE_NUM = rx.compile(
    NUM + r"(?![\d.%/:])(?!\s*(?:%|percent|pct|ms\b|s\b|secs?\b|seconds?|minutes?|hours?|days?|x\b|times|gpus?|"
    r"engineers?|people|"
    r"users?|" + REQUESTS + r"))(?P<tok>\s*(?:-\s*)?(?:tokens?|toks?|tkns?)\b)?"
)


BARE_SIZE = rx.compile(
    r"\W*(?:(?:about|around|roughly|approx\w*|maybe|like|probably|usually|typically|on average|avg|~)\s*)*"
    + NUM
    + r"\s*(?:-\s*)?(?:"
    + TOKENS
    + r")?(?:\s*(?:each|per (?:request|call|query|message)|or so|ish|on average|avg|tops|give or take|i think|"
    r"i guess|roughly))*\W*"
)


# tokens out for so many in ("for every 1000 tokens in we get 250 out", "per 1k input tokens we generate ~100
# output tokens"): a ratio of the sides, no request's size
PER_RATIO = rx.compile(
    r"\b(?:for (?:every|each)|per)\s+"
    + num("a")
    # ("for every nine tokens we send, we get roughly one back": what is sent is the input)
    + r"\s*(?:tokens?\s+)?(?:of\s+)?(?P<k>in|input|prompts?|out|output|completions?|(?:we|i|you) (?:send|sent|feed|"
    r"submit|put in))\b(?:\s*tokens?)?[^.;\d]{0,40}?(?:"
    + num("b")
    + r"|(?P<bone>\bone\b))\s*(?:tokens?\s*)?(?:of\s+)?(?:out|back|output|completions?|in|input|prompts?)\b"
)


def per_ratio_share(m: re.Match[str]) -> float | None:
    """The input share a ``PER_RATIO`` match says."""
    a = float(m["anum"]) * (MAGNITUDE[m["amag"].lower()] if m["amag"] else 1.0)
    b = 1.0 if m["bone"] else float(m["bnum"]) * (MAGNITUDE[m["bmag"].lower()] if m["bmag"] else 1.0)
    if a <= 0 or b <= 0:
        return None
    first_in = m["k"].startswith(("in", "prompt", "we", "i ", "you"))
    return a / (a + b) if first_in else b / (a + b)


def without_ratios(m: str) -> str:
    """The message with its ratios of sides blanked out (same length), for the readers of one request's size."""
    return PER_RATIO.sub(lambda r: " " * len(r.group(0)), m)


# what each item is made into, said with a verb ("each claim file is 8000 tokens that we'd summarise into about 400
# tokens"): the answer's size, written as the summary's
SUMMARISED_INTO = rx.compile(
    r"\s*(?:,\s*)?(?:which|that)?\s*(?:we'?d|we would|we will|we'?ll|we|to be|is|are|gets?|get)?\s*(?:summari[sz]ed?|"
    r"condensed?|shortened|shorten|boiled down|boil down|reduced|reduce)\s+(?:it\s+|them\s+|each\s+|that\s+|this\s+)?"
    r"(?:in)?to\s+(?:a\s+|an\s+)?(?P<amt>(?:about\s+|around\s+|roughly\s+|approx\w*\s+|maybe\s+)?\d[\d,.]*\s*"
    r"(?:k\s*)?)tokens\b"
)


def summarised_into(t: str) -> str:
    """ "... 8000 tokens that we'd summarise into about 400 tokens" as "... 8000 tokens, and the summary is about 400
    tokens"."""
    return SUMMARISED_INTO.sub(lambda m: f", and the summary is {m['amt'].strip()} tokens", t)
