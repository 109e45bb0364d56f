"""Figures said without what they count or their period: a bare count a day too small for a day's tokens is
requests (their size is asked); a figure said as a ceiling ("up to 40k chats a day") is the most the traffic reaches,
not its usual level; tokens said without a period get "per day or per month?"."""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context, _set_volume
from assistant.interview.quantities.guards import _is_model_size, _is_money, _negated
from assistant.interview.quantities.patterns import NUM, REQUESTS, TOKENS, number, period_of, singular
from assistant.interview.quantities.people import POPULATION
from assistant.interview.quantities.rates import RATE
from assistant.interview.quantities.size_patterns import LIMIT, without_ratios
from assistant.interview.quantities.text_units import OWN_RATE, own_rate_tokens, text_units
from assistant.interview.quantities.volume_scope import _own_clause
from tools.numbers import plural
from tools.results import MAX_TOKENS_PER_MONTH

# A bare figure a day (no "tokens", no size said) below this is a count of requests, not of tokens: one request is
# hundreds to thousands of tokens, so a day's tokens in the thousands would be a handful of requests.
BARE_REQUESTS_MAX_PER_DAY = 20_000
# the end of a span of hours before a figure ("9 to 5 every day", "8-6 daily", "from 9 till 5"): no count
CLOCK = rx.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:-|–|to|till|until)\s*$")


# an average this small said bare is one thing's size ("avg 24000 tokens"), not a day's or a month's traffic
SIZE_AT_MOST = 200_000


def _bare_requests(c: Context, vm: re.Match[str]) -> None:
    """A bare count a day answering the volume question ("so call it 450 a day"): requests, whose size is asked."""
    per_month = number(vm) * c.per_month(period_of(vm))
    # the unit of a count said before it in the message ("900 contacts a day ... so call it 450 a day")
    named = [rm for rm in RATE.finditer(c.m) if rm.end() <= vm.start() and not _is_money(c.t, rm.start(), rm.end())]
    unit = singular(named[-1]["unit"]) if named else "request"
    quote = c.quote(vm.start(), vm.end())
    # "as_tokens": the same figure, were it tokens (a reply of just "tokens" settles it that way)
    lead = f"I take {number(vm):,.0f} a {period_of(vm)} as {plural(unit)}. "
    ask_request_size(c, per_month, unit, quote, lead=lead, as_tokens=per_month)


_SESSION_UNIT = r"sessions?|conversations?|chats?|visits?|dialogues?|threads?|calls?"
_TURN = r"(?:(?:llm|model|ai|bot)\s+)?(?P<turn>messages?|turns?|questions?|exchanges?|prompts?)"
# the turns of each session said beside the count of sessions ("roughly 6 messages per session", "Each call is ~7 LLM
# turns")
TURNS_EACH = rx.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s+" + _TURN + r"\s+(?:per|in each|each|in every|every|an?|in an?)\s+"
    r"(?P<of>" + _SESSION_UNIT + r")\b|"
    r"\b(?:each|every|one|a|the average|an average)\s+(?P<of2>"
    + _SESSION_UNIT
    + r")\s+(?:is|has|takes|runs|averages)\s+"
    r"(?:about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?(?P<n2>\d+(?:\.\d+)?)\s+"
    + _TURN.replace("?P<turn>", "?P<turn2>")
    + r"\b"
)


def ask_request_size(
    c: Context, requests: float, unit: str, quote: str, lead: str = "", as_tokens: float | None = None
) -> None:
    """A count of requests a month whose size is not said: kept waiting, and the size of one asked.

    ``as_tokens``: the same figure read as tokens, should the reply be "tokens" (a bare count was taken as requests)."""
    turns = TURNS_EACH.search(c.m) if rx.fullmatch(_SESSION_UNIT, unit.lower()) else None
    if turns is not None:
        n, turn, of = float(turns["n"] or turns["n2"]), turns["turn"] or turns["turn2"], turns["of"] or turns["of2"]
        if singular(of) == singular(unit.lower()) and 1 < n <= 200:
            # "around 2 sessions each, roughly 6 messages per session": the messages are what is sent to the model
            requests, unit = requests * n, singular(turn)
    written = rx.search(r"\b(" + re.escape(unit) + r")s?\b", c.original, re.IGNORECASE)
    if written is not None and written[1].isupper():
        unit = written[1]  # "40k PRs/mo": one PR, as written
    c.out.pending = {"requests": requests, "unit": unit, "quote": quote}
    known = text_units().units.get(unit.lower())
    if known is not None and unit.lower() not in ("word", "character"):  # a page's size is known: priced at it
        said = c.original.lower().replace(",", "")
        own = next((m for m in OWN_RATE.finditer(said) if (m["unit"] or m["unit2"]).rstrip("s") == unit.lower()), None)
        c.out.pending |= (
            {"unit_tokens": own_rate_tokens(own), "unit_source": "as you said"}
            if own is not None
            else {"unit_tokens": known.tokens, "unit_source": known.source.section or known.source.title}
        )
    if as_tokens is not None:
        c.out.pending["as_tokens"] = as_tokens
    c.out.pending |= c.working_days_pending()  # "40 queries per working day": a day of it is a working day
    c.out.confirm = size_question(unit, lead, tokens_hint=as_tokens is not None)


def size_question(unit: str, lead: str = "", tokens_hint: bool = False) -> str:
    """The question for the size of one counted request ("About how many tokens is one question, ...?")."""
    tail = '; if you meant tokens, say "tokens".)' if tokens_hint else ".)"
    return (
        f"{lead}About how many tokens is one {unit}, prompt and answer together? (For example "
        f'"about 2,000 tokens", or "1,500 in and 300 out"{tail}'
    )


# a figure said as a ceiling ("up to 40k chats a day", "at most 5M tokens daily", "peaks at 2M"): the most the
# traffic reaches, not what it usually is
CEILING = rx.compile(
    r"\b(?:up to|at most|as (?:many|much) as|max(?:imum)?(?: of)?|no more than|peaks? (?:at|of|around)|peaking at|"
    r"tops? out at|maxes out at|at the very most|never more than|not more than)\s*"
    r"(?:about\s+|around\s+|roughly\s+|~\s*)?$"
)
AVERAGE = rx.compile(r"\b(?:average|avg|on average|typical(?:ly)?|usual(?:ly)?|normal(?:ly)?|median|mean)\b")


def _ceiling(t: str, start: int, end: int) -> bool:
    """The figure at [start, end) is said as a ceiling, and no average is said beside it."""
    return bool(CEILING.search(t[max(0, start - 30) : start])) and not AVERAGE.search(_own_clause(t, start, end))


MIN_VOLUME_TOKENS = 1_000  # a figure in tokens below this, without a period, is no volume to ask the period of


# the documents searched named before their size ("Sources: technical manuals and procedures, ~40 000 pages", "our
# knowledge base is about 2M tokens"): a corpus, not traffic
CORPUS_BEFORE = rx.compile(
    r"\b(?:sources?|manuals?|knowledge ?base|kb|corpus|library|archive|documentation|docs? (?:base|library)|wiki|"
    r"repository|repo|index|collection)\b[^.;!?\d]{0,60}$"
)


def _tokens_without_period(c: Context) -> None:
    """A number with "tokens" but no period, or a bare number when we asked for the volume: "per day or per
    month?" is asked (or an impossible figure is answered as a problem)."""
    t, m = c.t, without_ratios(c.m)  # "for each 1k tokens of input we get 300 back": a ratio, no volume
    for bm in rx.finditer(NUM + r"\s*(?P<tok>" + TOKENS + r")?", m):
        if bm.start() in c.sizes or any(
            name in ("request_input_tokens", "request_output_tokens") and value == number(bm)
            for name, value, *_ in c.out.updates
        ):
            continue  # "prompt ~ 2000 tok, completion ~ 500 tok": a request's size, read already
        if _is_money(t, bm.start(), bm.end()) or _is_model_size(m, bm) or _negated(t, bm.start()) or c.off(bm.start()):
            continue
        after = m[bm.end() : bm.end() + 30]
        if number(bm) < SIZE_AT_MOST and rx.search(
            r"\b(?:avg|average|averages|averaging|on average|typical|typically)\s*(?:of\s+)?(?:about\s+|around\s+|"
            r"roughly\s+|maybe\s+|~\s*)?$",
            m[max(0, bm.start() - 30) : bm.start()],
        ):
            continue  # "- avg 40 pages" (read as 24000 tokens): the size of one thing, never a day's or month's traffic
        if LIMIT.search(rx.split(r"[,;.] ", m[max(0, bm.start() - 30) : bm.end()])[-1]):
            continue  # "the model supports 128k tokens", "a 32k window": a limit, no traffic
        if CORPUS_BEFORE.search(m[max(0, m.rfind(".", 0, bm.start()) + 1) : bm.start()]):
            continue  # "Sources: technical manuals and procedures, ~40 000 pages": what is searched, no traffic
        if rx.match(
            r"\s*(?:%|percent|x\b|times|ms|s\b|sec|seconds?|minutes?|hours?|people|engineers?|gpus?|"
            r"in\b|out\b|input|output|prompt|per (?:request|call|query)|each|"
            # a trial's size ("we tried GPT-4o-mini on a 5k sample"), no traffic
            r"(?:[a-z-]+\s+)?(?:samples?|subsets?|test set|eval\w*|examples?|benchmarks?|pilot|trial|dataset))",
            after,
        ):
            continue
        if rx.match(r"\s*(?:per|a|an|/|every|each)\s*(?:seconds?|secs?|s|minutes?|mins?)\b", after):
            continue  # a speed ("40 tokens per second" beside a model), read or set aside above
        if bm["tok"] and not rx.match(r"\s*(?:per|each|a|an)\s+(?:request|call|query|message|doc|prompt)", after):
            if rx.search(
                r"\b(?:context|window|max|limit|prompts?|answers?|responses?|outputs?|inputs?|repl(?:y|"
                r"ies))\b[^.]{0,20}$",
                m[: bm.start()],
            ):
                continue
            value = number(bm)
        elif "tokens_per_month" in c.expecting and bm["mag"]:
            if rx.match(r"\s*(?:[a-z-]+\s+){0,2}?(?:" + REQUESTS + r"|" + POPULATION + r")\b", after):
                # "we get 2k contracts", "around 180k daily actives", "~2k monthly active users": things or people
                continue
            if rx.search(
                NUM + r"\s*(?:[a-z-]+\s+)?(?:" + REQUESTS + r"|" + POPULATION + r")\b[^.;!?\d]{0,40}$", m[: bm.start()]
            ):
                continue  # "~400 DAUs right now, maybe 2k if the launch goes ok": more of the same people, no tokens
            value = number(bm)
        else:
            continue
        if value <= 0 or value * c.conventions.days_per_month > MAX_TOKENS_PER_MONTH:
            _set_volume(c, value * c.conventions.days_per_month, c.quote(bm.start(), bm.end()))
            return
        if value < MIN_VOLUME_TOKENS and not bm["mag"]:
            continue  # "8 tokens": no day's nor month's traffic is that small; asking which would be absurd
        words = c.original[:200] if len(c.original) < 40 else bm.group(0).strip()
        c.out.pending = {"tokens": value, "quote": words.strip()}
        c.out.confirm = (
            f"Is that {value:,.0f} tokens per day, or per month? "
            f"(It changes the answer by a factor of {c.conventions.days_per_month:g}.)"
        )
        return
