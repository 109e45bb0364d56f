"""The month's token volume: "twenty million tokens a day", "half a billion a month", "5M input and 1M output
tokens a day", "10k daily users x 5 chats x 1,200 tokens"; a part, a peak or a future volume is asked about,
and a count without a size asks how big one item is.
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.bare_counts import (
    BARE_REQUESTS_MAX_PER_DAY,
    CLOCK,
    _bare_requests,
    _ceiling,
    _tokens_without_period,
    ask_request_size,
)
from assistant.interview.quantities.context import Context, _candidates, _set_volume
from assistant.interview.quantities.currency import currency_after, other_currency
from assistant.interview.quantities.guards import CORRECTION, _denied_count, _is_model_size, _is_money, _negated
from assistant.interview.quantities.listed_counts import in_denied_list
from assistant.interview.quantities.money import BUDGET_WORDS
from assistant.interview.quantities.patterns import (
    MAGNITUDE,
    NUM,
    OTHER_NOUN_AFTER,
    PERIOD,
    PERIOD_WORDS,
    REQUESTS,
    TOKENS,
    num,
    number,
    period_of,
    singular,
)
from assistant.interview.quantities.people import POPULATION, population
from assistant.interview.quantities.rates import (
    PRODUCT,
    RATE,
    _requests,
    per_head_rate,
    period_first,
    period_first_unit,
    restated,
)
from assistant.interview.quantities.size_patterns import MAX_REQUEST_TOKENS
from assistant.interview.quantities.sizes import _request_sizes
from assistant.interview.quantities.volume_scope import (
    ALTERNATIVE,
    AVERAGE,
    BEFORE,
    FUTURE,
    NOW,
    PEAK,
    PRESENT_VOLUME_VERB,
    STALE_PAST,
    STRONG_FUTURE,
    TRAINING_AFTER,
    TRAINING_BEFORE,
    _not_all_day,
    _own_clause,
    _per_head,
    _period_near,
    _speed,
)
from assistant.interview.quantities.volume_sides import (
    _PLAIN_PERIOD,
    LABELLED_SIDES,
    NOT_ONE_REQUEST,
    _is_input,
    _lead_period,
    _totals_without_period,
)
from tools.results import MAX_TOKENS_PER_MONTH

# a count of items said before the size of each and the period ("30 docs of 2k tokens a day", "500 calls x 1.5k
# tokens daily"): the period is the count's
ITEMS_OF = rx.compile(
    NUM + r"\s*(?:[a-z-]+\s+){0,2}?" + REQUESTS + r"\s*(?:of|x|×|\*|@|at|with)\s*(?:(?:about|around|roughly|~)\s*)?$"
)

# a day's tokens below this, said beside tens of requests a day, is the size of one request, not the day's traffic
SIZE_NOT_DAY_TOKENS = 20_000
MANY_REQUESTS_A_DAY = rx.compile(
    r"(?<![\w.])(?:[1-9]\d{1,}|[1-9]\d*k)\s*(?:[a-z-]+\s+){0,2}?(?:req(?:uest)?s?|calls?|completions?|queries|messages?|"
    r"turns?|prompts?)\s*(?:/|per|a|each|every)\s*(?:[a-z]+\s*/\s*|[a-z]+\s+per\s+)?(?:day|d|working day|workday)\b"
)


# people counted in a rate's own words ("6,000 daily users x 5 questions each", "180,000 students x 3 essays")
# tokens talked of as what is counted: not a latency's "time to first token" nor a speed's "tokens per second"
TOKENS_TALKED = rx.compile(r"(?<!first )(?<!1st )\btok(?!\w*\s*(?:/\s*s(?:ec\w*)?\b|per\s+s(?:ec\w*)?\b|a\s+second\b))")
POPULATION_COUNT = rx.compile(r"\d[\d,.]*\s*[km]?\s+(?:[a-z-]+\s+){0,2}?" + POPULATION + r"\b")


# a count of things other than tokens right before a period ("40k calls a day", "~300 claims per workday"): the
# period is the count's (never time, money or tokens: "8 hours a day", "5M tokens of text a day")
_COUNT_BEFORE = rx.compile(
    NUM + r"\s*(?:(?!(?:tokens?|toks?|tkns?|of)\b)[a-z-]+\s+){0,2}?(?!(?:tokens?|toks?|tkns?|hours?|hrs|minutes?|mins|"
    r"seconds?|secs|days?|weeks?|months?|years?|dollars?|euros?|pounds?|bucks|usd|eur|gbp|times)\b)[a-z][a-z-]*[a-z]\s*$"
)
# Fewer tokens than this per item counted cannot be a period's total for that many items.
MIN_TOKENS_PER_ITEM = 20


# the input said with its figure first, the output with its label first ("~60M tokens in. Out maybe 5M.")
MIXED_SIDES = rx.compile(
    num("a_")
    + r"\s*(?:"
    + TOKENS
    + r")?\s*(?:of\s+)?(?:input|in|prompts?)\b[\s.,;:-]{1,4}(?:and\s+)?(?:outputs?|out|completions?)\s*[:=]?\s*"
    r"(?:maybe|about|around|roughly|like|approx\w*|~)?\s*" + num("b_") + r"(?![\d%])\s*(?:" + TOKENS + r")?"
)


NO_GAP = r"(?!)"  # no period is looked for after the words


def _sides_over_period(
    c: Context,
    sm: re.Match[str],
    inp: float,
    outp: float,
    gap: str,
    found: list[tuple[float, int, int, bool]],
    totals: tuple[float, str] | None,
) -> tuple[float, str] | None:
    """Input and output totals said side by side: with a period (in the words, after them past ``gap``, or leading
    the sentence for totals no request holds) their month's volume and mix go to ``found``; without one they are
    ``totals`` waiting for their period (the first such pair kept)."""
    m = c.m
    pm = rx.search(PERIOD, sm.group(0)) or rx.match(gap + PERIOD, m[sm.end() :])
    if pm is None and max(inp, outp) >= NOT_ONE_REQUEST:
        pm = _lead_period(m, sm.start())
    if pm is None:
        return totals or _totals_without_period(c, sm, inp, outp)
    factor = c.per_month(period_of(pm))
    found.append(((inp + outp) * factor, sm.start(), sm.end(), _negated(c.t, sm.start()) or c.off(sm.start())))
    c.out.add("input_share", inp / (inp + outp), c.quote(sm.start(), sm.end()))
    return totals


def _count_period(sentence: str, start: int) -> bool:
    """Whether the period at ``start`` is that of a count of other things said right before it, too many for the
    sentence's token figure to be their total ("40k calls a day, the call logs are like 2.7k tokens": the tokens
    are the size of one call, read as such or asked; "300 tickets a day, about 2M tokens" shares the day)."""
    cm = _COUNT_BEFORE.search(sentence, 0, start)
    if cm is None or number(cm) <= 0:
        return False
    figures = [number(vm) for vm in rx.finditer(NUM + r"\s*(?:of\s+)?" + TOKENS + r"\b", sentence)]
    return bool(figures) and max(figures) / number(cm) < MIN_TOKENS_PER_ITEM


# what may be used, not what is: a rate limit, a quota, a contract's or a plan's allowance
ALLOWANCE = rx.compile(
    r"\b(?:rate[- ]?limit\w*|limit(?:ed|s)? (?:of|at|to|is)|quotas?|allowances?|entitle\w*|throttl\w*|"
    r"provisioned|ptus?|(?:contract|plan|tier|subscription|commitment|license|licence)\s+(?:\w+\s+)?(?:includes?|"
    r"allows?|gives?|covers?|caps?|comes with)|included in (?:our|the) (?:contract|plan|tier|subscription))\b"
)


def _allowance(t: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is said as a quota or an allowance, in its own clause."""
    left = max(t.rfind(x, 0, start) for x in (",", ";", ".", "\n")) + 1
    rights = [x for x in (t.find(y, end) for y in (",", ";", ". ", "\n")) if x >= 0]
    return bool(ALLOWANCE.search(t[left : min(rights, default=len(t))]))


# a count of a thing the model is known to be asked about ("5,000 documents"), with or without its period
KNOWN_COUNT = rx.compile(NUM + r"\s*(?:[a-z-]+\s+){0,2}?" + REQUESTS + r"\b")


def _result_first(m: str, rates: list[re.Match[str]]) -> list[re.Match[str]]:
    """The rates in reading order, those after the user's own "=" first: "420,000 conversations a month times 8
    turns = 3.36 million turns a month" is 3.36M turns (the factors before it are how they got there)."""
    eq = m.rfind("=")
    if eq < 0:
        return rates
    return [r for r in rates if r.start() > eq] + [r for r in rates if r.start() <= eq]


# a figure with its magnitude and nothing after it that says what it counts ("now we're at about 200M")
_BARE_FIGURE = rx.compile(
    NUM + r"(?!\s*(?:%|percent|x\b|(?!(?:and|but|now|today|currently|so|or|tokens?|toks?|a|an|per|this|these)\b)[a-z]))"
)


def _today_said_bare(
    c: Context, t: str, found: list[tuple[float, int, int, bool]]
) -> tuple[float, int, int, bool] | None:
    """Today's volume said bare after a past one in tokens: "last year we were doing 50M tokens a month, now we're at
    about 200M", "50M tokens/month then, 200M now" (in the past figure's unit and period)."""
    live = [f for f in found if not f[3]]
    if len(live) != 1:
        return None
    value, start, end, _ = live[0]
    past = _own_clause(t, start, end)
    said = rx.match(NUM, t[start:end])
    if said is None or not BEFORE.search(past) or NOW.search(past) or not number(said):
        return None
    for m in _BARE_FIGURE.finditer(t, end):
        clause = _own_clause(t, m.start(), m.end())
        if not m["mag"] or _is_money(t, m.start(), m.end()) or not NOW.search(clause) or BEFORE.search(clause):
            continue
        if rx.match(r"\s*(?:of\s+)?" + OTHER_NOUN_AFTER, t[m.end() :]):
            continue  # "10M tokens a day last year. now about 25M users": a count of something else, not tokens
        return value * number(m) / number(said), m.start(), m.end(), _negated(t, m.start()) or c.off(m.start())
    return None


def _holds_more(c: Context, figure: float) -> bool:
    """A figure in tokens (not money) larger than ``figure`` is said in the message: one thing sized in tokens."""
    return any(
        number(tm) > figure and not _is_money(c.t, tm.start(), tm.end())
        for tm in rx.finditer(
            NUM + r"\s*(?:-\s*)?" + TOKENS + r"\b(?!\s*(?:" + PERIOD + r"|per\s+(?:day|week|month)))", c.m
        )
    )


def _volume(c: Context) -> None:
    t, m = c.t, c.m
    found: list[tuple[float, int, int, bool]] = []
    notes: dict[int, str] = {}
    totals: tuple[float, str] | None = None  # input and output totals whose period is not said
    # "5M input and 1M output tokens a day" (or output first; "per day we send 30M in and get 10M back")
    for sm in rx.finditer(
        num("a_")
        + r"\s*(?:"
        + TOKENS
        + r"\s*)?"
        + _PLAIN_PERIOD
        + r"(?:of\s*)?(?P<k1>input|in|prompt|output|out|completion)s?\b[^.;]{0,40}?"
        + num("b_")
        + r"\s*(?:"
        + TOKENS
        + r"\s*)?"
        + _PLAIN_PERIOD
        + r"(?:of\s*)?(?P<k2>input|in|prompt|output|out|completion|back)s?\b\s*(?:"
        + TOKENS
        + r"\s*)?(?:(?:,\s*)?"
        + PERIOD
        + ")?",
        m,
    ):
        a = float(sm["a_num"]) * MAGNITUDE.get((sm["a_mag"] or "").lower(), 1)
        b = float(sm["b_num"]) * MAGNITUDE.get((sm["b_mag"] or "").lower(), 1)
        first_in = _is_input(sm["k1"])
        if first_in == _is_input(sm["k2"]) or a + b <= 0:
            continue
        inp, outp = (a, b) if first_in else (b, a)
        totals = _sides_over_period(c, sm, inp, outp, NO_GAP, found, totals)  # (the period within the words only)
    # "Input: 400M tokens a month. Output: 100M.", "monthly: input 400M, output 100M", "in: 600M/mo, out: 150M/mo"
    # (labelled sides, the period said once, before or after)
    if not found:
        for sm in LABELLED_SIDES.finditer(m):
            first_in = _is_input(sm["k1"])
            if first_in == _is_input(sm["k2"]):
                continue
            a = float(sm["a_num"]) * MAGNITUDE.get((sm["a_mag"] or "").lower(), 1)
            b = float(sm["b_num"]) * MAGNITUDE.get((sm["b_mag"] or "").lower(), 1)
            if a + b <= 0 or rx.search(r"[$€£]|\b(?:usd|eur|gbp|dollars?|euros?|bucks)\b", sm.group(0)):
                continue  # (a "/mo" after the figures is their period here, not a price)
            if rx.search(r"\b(?:cost|price|pay|spend|bill)\w*\b[^.;]{0,20}$", t[max(0, sm.start() - 30) : sm.start()]):
                continue
            inp, outp = (a, b) if first_in else (b, a)
            totals = _sides_over_period(c, sm, inp, outp, r"\s*,?\s*", found, totals)
    # "~60M tokens in. Out maybe 5M. Per week, not month.": the input said with its figure first, the output with
    # its label first, the period after them (or before)
    if not found:
        for sm in MIXED_SIDES.finditer(m):
            inp = float(sm["a_num"]) * MAGNITUDE.get((sm["a_mag"] or "").lower(), 1)
            outp = float(sm["b_num"]) * MAGNITUDE.get((sm["b_mag"] or "").lower(), 1)
            if inp <= 0 or outp <= 0 or _is_money(t, sm.start(), sm.end()):
                continue
            totals = _sides_over_period(c, sm, inp, outp, r"[\s.,;:-]*", found, totals)
    # "10k daily users x 5 chats each x 1,200 tokens": a product, its period said with the first factor
    if not found:
        for pm in PRODUCT.finditer(m):
            period = rx.search(r"\b(?:daily|a day|per day|/day|each day|every day)\b", pm.group(0)) or rx.match(
                r"\s*" + PERIOD, m[pm.end() :]
            )
            if period is None or _is_money(t, pm.start(), pm.end()):
                continue
            unit = "day" if rx.search(r"day|daily", period.group(0)) else period_of(period)
            value = float(pm["num"]) * MAGNITUDE.get((pm["mag"] or "").lower(), 1)
            for prefix in ("b_", "c_"):
                value *= float(pm[prefix + "num"]) * MAGNITUDE.get((pm[prefix + "mag"] or "").lower(), 1)
            found.append((value * c.per_month(unit), pm.start(), pm.end(), c.off(pm.start())))
    # requests at a rate, with per-request sizes
    if not found:
        _requests(c, found, notes)
    # "50M tokens a day", "2B tokens monthly", "50M/day", "50 million a day", "a day: 50M"
    bare: list[re.Match[str]] = []
    if not found:
        for vm in rx.finditer(
            NUM + r"\s*(?P<tok>" + TOKENS + r")?(?P<them>(?<=\s)of (?:them|those|these)\s*)?"
            r"(?:\s*(?:of\s+)?(?:traffic|volume|total|in total|combined|overall|throughput))?"
            r"(?:\s*(?:coming|going|flowing|arriving|streaming|pouring)\s+(?:in(?:to)?|through)\b)?"
            # one person's ("about 40,000 tokens each per month")
            r"(?P<each>\s*(?:each|apiece)\b)?\s*" + PERIOD,
            m,
        ):
            if _is_money(t, vm.start(), vm.end()) or _is_model_size(m, vm):
                continue
            if _speed(m, vm):
                continue  # "the model generates 40 tokens per second": how fast, not how much
            if not vm["tok"] and rx.match(
                r"\s*(?:of\s+)?(?:[a-z-]+\s+)?(?:" + REQUESTS + r"|" + POPULATION + r")\b", m[vm.end() :]
            ):
                continue  # "10k/month requests", "80k daily active users": a count of requests or people
            if (
                not vm["tok"]
                and not TOKENS_TALKED.search(t)
                and any(r.start() < vm.start() and not _is_money(t, r.start(), r.end()) for r in RATE.finditer(m))
            ):
                continue  # "900 contacts a day ... so call it 450 a day": a count of the contacts, not tokens
            sized = c.out.has("request_input_tokens") and c.out.has("request_output_tokens")  # an item's size said
            if not (vm["tok"] or vm["mag"] or TOKENS_TALKED.search(t) or "tokens_per_month" in c.expecting or sized):
                continue
            if vm["them"] and not TOKENS_TALKED.search(t):
                continue  # "3 million of them per day" counts tokens only when tokens were the subject
            if "request_size" in c.expecting and not vm["tok"] and not TOKENS_TALKED.search(t):
                continue  # "sorry, 300k per day" after "how big is one conversation?": the rate, not tokens
            if (
                not vm["tok"]
                and not TOKENS_TALKED.search(t)
                and (
                    BUDGET_WORDS.search(t[max(0, vm.start() - 40) : vm.start()])
                    or rx.search(
                        r"[$€£]|\b(?:budget|spend\w*|spent|costs?|bill|pay\w*|paid|invoice|dollars|usd|run[- ]?rate)\b",
                        t,
                    )
                )
            ):
                continue  # "we can't go over 5k/mo", "40k/mo = budget": money, with no token anywhere
            items = ITEMS_OF.search(m[max(0, vm.start() - 60) : vm.start()])
            if vm["tok"] and items is not None and not _is_money(t, vm.start(), vm.end()):
                # "we process 30 docs of 2k tokens a day": the period goes with the count, each item of that size
                count = number(items)
                if count > 0 and count * number(vm) * c.per_month(period_of(vm)) <= MAX_TOKENS_PER_MONTH:
                    notes[vm.start()] = f"{count:,.0f} a {period_of(vm)} x {number(vm):,.0f} tokens"
                    found.append(
                        (
                            count * number(vm) * c.per_month(period_of(vm)),
                            vm.start(),
                            vm.end(),
                            _negated(t, vm.start()) or c.off(vm.start()),
                        )
                    )
                    continue
            heads = _per_head(c, vm.start(), vm.end())
            if heads == 0:
                c.out.clarify.append("tokens_per_month")  # "per user 2000 tokens a day": how many users?
                return
            if heads == 1 and rx.search(
                r"(?:requests?|users?|customers?|seats?|people|employees|calls)\s*$", m[: vm.start()][-15:]
            ):
                continue
            value = number(vm) * c.per_month(period_of(vm))
            if not (vm["tok"] or TOKENS_TALKED.search(t) or "tokens_per_month" in c.expecting or sized) and value < 1e6:
                continue  # "our openai usage runs about 6k a month": too few for tokens unsaid; money, or a count
            if (
                not (vm["tok"] or vm["them"] or sized or TOKENS_TALKED.search(t))
                and heads == 1
                and value / c.per_month("day") < BARE_REQUESTS_MAX_PER_DAY
            ):
                if not CLOCK.search(m[max(0, vm.start() - 12) : vm.start()]):  # "9 to 5 every day": hours
                    bare.append(vm)  # "so call it 450 a day": too few for a day's tokens; a count, asked about below
                continue
            if heads > 1:
                notes[vm.start()] = f"{heads:,.0f} users x {number(vm):,.0f} tokens each"
                value *= heads
            if not vm["tok"] and rx.match(
                # (a correction's words kept after a period put right: "15k per week, sorry, - each ...")
                r"\s*[,;(-]?\s*(?:(?:sorry|oops|wait|i mean|i meant|correction|my bad)\W*)?(?:each|every one|apiece)\b"
                r"(?!\s+(?:day|week|month|year|hour|night|time)s?\b)",
                m[vm.end() :],
            ):
                # "of which we process 120,000 per month, each around 6,000 tokens": a count of items, each
                # of a size; the volume is the count times the size (or a question when no size is said)
                in_size, out_size, total_size, _where = _request_sizes(c)
                item_size = in_size + out_size if in_size is not None and out_size is not None else total_size
                if item_size is None or not 0 < item_size <= MAX_REQUEST_TOKENS:
                    c.out.clarify.append("tokens_per_month")
                    continue
                notes[vm.start()] = f"{number(vm):,.0f} items x {item_size:,.0f} tokens"
                value *= item_size
            elif not vm["tok"] and vm.start("num") not in c.sizes:
                # "letter drafting, 800 a day, 8,000 tokens in and 1,200 out": a bare figure beside the size of
                # one item is the count of items (800 tokens a day could not hold one letter); a figure far above
                # the item's size ("5M a day, 1000 in and 200 out") stays a count of tokens
                in_size, out_size, total_size, _where = _request_sizes(c)
                item_size = in_size + out_size if in_size is not None and out_size is not None else total_size
                if item_size is not None and 0 < item_size <= MAX_REQUEST_TOKENS and number(vm) < 1000 * item_size:
                    notes[vm.start()] = f"{number(vm):,.0f} a {period_of(vm)} x {item_size:,.0f} tokens"
                    value *= item_size
                elif item_size is None and not vm["mag"] and _holds_more(c, number(vm)):
                    # "questions, around 150 per day ... the prompt is 1,200 tokens" (its side unread): a day's
                    # tokens could not hold one of the things sized: a count of them; the volume is asked
                    c.out.clarify.append("tokens_per_month")
                    continue
            found.append((value, vm.start(), vm.end(), _negated(t, vm.start()) or c.off(vm.start())))
        for vm in rx.finditer(
            # (on one line: "500M tokens a month\n85% input" is two bullets, not a label and its figure)
            r"\b(?:tokens?|volume)[ \t]*(?:per|a|/|each)[ \t]*(?P<period>day|month|week|year|hour)\w*"
            r"[ \t]*(?:is|are|of|:|=|around|about|roughly|approx\w*|[ \t])*" + NUM + "|"
            r"\b(?:(?P<adv>daily|monthly|weekly|yearly|annual)|(?:last|past|previous|per|a|each|every)\s+"
            r"(?P<last>day|month|week|year))(?:'s)?\s+(?:(?:token|llm|model|api)\s*)?(?:tokens?|volume|usage|"
            r"consumption|"
            r"throughput|traffic|total|(?<=token )(?:count|number|load))\s*(?:\w+\s+)?"
            r"(?:is|was|were|are|of|:|=|around|about|roughly|approx\w*|close to|"
            r"\s)*" + num("v_") + "|"
            r"\b(?:tokens?|volume|usage|consumption)\s+(?:in\s+|over\s+)?(?:the\s+)?(?:last|past|previous)\s+"
            r"(?P<wlast>day|month|week|year)\s*(?:is|was|were|:|=|around|about|roughly|approx\w*|close to|\s)*"
            + num("w_"),
            m,
        ):
            if vm["w_num"]:
                if _is_money(t, vm.start("w_num"), vm.end()):
                    continue
                value = float(vm["w_num"]) * MAGNITUDE.get((vm["w_mag"] or "").lower(), 1)
                factor = c.per_month(vm["wlast"])
                found.append((value * factor, vm.start(), vm.end(), _negated(t, vm.start()) or c.off(vm.start())))
                continue
            if vm["v_num"]:
                if _is_money(t, vm.start("v_num"), vm.end()) or rx.match(r"\s*" + REQUESTS, m[vm.end() :]):
                    continue
                unit_word = str(vm["adv"] or vm["last"])
                value = float(vm["v_num"]) * MAGNITUDE.get((vm["v_mag"] or "").lower(), 1)
                found.append(
                    (
                        value * c.per_month(PERIOD_WORDS.get(unit_word, unit_word)),
                        vm.start(),
                        vm.end(),
                        _negated(t, vm.start()) or c.off(vm.start()),
                    )
                )
                continue
            if _is_money(t, vm.start("num"), vm.end()):
                continue
            found.append(
                (
                    number(vm) * c.per_month(vm["period"]),
                    vm.start(),
                    vm.end(),
                    _negated(t, vm.start("num")),
                )
            )
    sized_values = {u[1] for u in c.out.updates if u[0] in ("request_input_tokens", "request_output_tokens")}
    if not found:
        # "50M tokens of documents through it every night", "daily we have 80 million tokens",
        # "per day is around 800 thousand of tokens": one period word in the same sentence.
        from assistant.interview.scope import sentences

        for offset, sentence in sentences(m):
            periods = {
                period_of(p)
                for p in rx.finditer(PERIOD, sentence)
                if not rx.search(
                    r"\b(?:takes?|taking|took|within|in|for|over|after|next|last)\s*$", sentence[: p.start()]
                )
                and not _count_period(sentence, p.start())
            } | {x for x in rx.findall(r"\b(daily|monthly|weekly|nightly|yearly|annually)\b", sentence)}
            # "we used 45M tokens last month", "according to last month's usage report, 2.7 billion tokens"
            periods |= set(rx.findall(r"\b(?:last|past|previous|this)\s+(day|week|month|year)\b", sentence))
            # "most days we're around 5M tokens", "on a typical day we push 20M": a day's volume, the figure in the
            # same clause (never "most days are quiet, a few spike to 5M")
            if rx.search(
                r"\b(?:most|typical|normal|average|ordinary|regular|usual) (?:work)?days?\b(?! (?:are|is|were)\b)"
                r"[^,;.]{0,40}?\d",
                sentence,
            ):
                periods.add("day")
            periods = {PERIOD_WORDS[p] for p in periods}
            if len(periods) != 1:
                continue
            (unit,) = periods
            for vm in rx.finditer(NUM + r"\s*(?:of\s+)?(?P<tok>" + TOKENS + r")\b", sentence):
                pos = offset + vm.start()
                if _is_money(t, pos, offset + vm.end()) or _is_model_size(sentence, vm):
                    continue
                if rx.search(r"(?:\bper|/)\s*$", sentence[max(0, vm.start() - 8) : vm.start()]):
                    continue  # "the quote was $2.50 per million tokens": the unit a price is quoted in
                if pos in c.sizes or number(vm) in sized_values:
                    continue  # "2k contracts a month, ... a 500 tokens summary out": one request's side, not a volume
                if _speed(sentence, vm, unit):
                    continue
                items = ITEMS_OF.search(sentence[max(0, vm.start() - 60) : vm.start()])
                total_said = rx.match(
                    r"\s*(?:in\s+)?(?:total|overall|combined|altogether|all together|context|window|max\w*|limit)\b",
                    sentence[vm.end() :],
                )
                if items is not None and number(items) > 0 and not total_said and number(vm) <= MAX_REQUEST_TOKENS:
                    # "every day, 2,500 chats of 1.8k tokens": the period is the count's, each item of that size
                    count = number(items)
                    if count * number(vm) * c.per_month(unit) <= MAX_TOKENS_PER_MONTH:
                        notes[pos] = f"{count:,.0f} a {unit} x {number(vm):,.0f} tokens"
                        at = offset + max(0, vm.start() - 60) + items.start()  # where the count is
                        denied = rx.search(r"\b(?:not|never|no|don'?t|do not|doesn'?t|didn'?t)\b[^,.;]{0,15}$", t[:at])
                        off = bool(denied) or _negated(t, at) or _negated(t, pos) or c.off(at)
                        found.append((count * number(vm) * c.per_month(unit), pos, offset + vm.end(), off))
                    continue
                if _per_head(c, pos, offset + vm.end()) != 1:
                    c.out.clarify.append("tokens_per_month")  # a figure per person, read above or asked
                    return
                if rx.search(
                    r"\b(?:context|window|max|limit|prompts?|answers?|responses?|outputs?|inputs?|repl(?:y|ies)|"
                    r"each(?!\s+(?:day|night|week|month|year|hour|morning|evening)\b)|per "
                    r"request)\b[^.]{0,20}$",
                    sentence[: vm.start()],
                ):
                    continue
                if rx.match(
                    r"\s*(?:each|per (?:request|call|query)|in\b|out\b|input|output|/\s*"
                    + REQUESTS
                    + r"|"
                    + REQUESTS
                    + r"\b)",
                    sentence[vm.end() :],
                ):
                    continue  # "~1.8k tok/request", "a ~600 token prompt": one request's size
                found.append(
                    (
                        number(vm) * c.per_month(unit),
                        pos,
                        offset + vm.end(),
                        _negated(t, pos) or c.off(pos),
                    )
                )
    # a quota or an allowance is what may be used, not what is ("a quota of 2 million tokens per minute")
    found = [(v, s, e, off or _allowance(t, s, e)) for v, s, e, off in found]
    today = _today_said_bare(c, t, found)
    if today is not None:
        found.append(today)
    choice = _candidates(found)
    # today's figure picked against a peak, a future or a replaced one said beside it: only its own clause dates it
    contrasted = any(f[3] for f in found)
    if choice == "clarify":
        live = [f for f in found if not f[3]]
        present = [f for f in live if not FUTURE.search(t[max(0, f[1] - 40) : f[2] + 25])]
        # "today's traffic is 10M/day vs December peak of 40M/day": the figure whose own clause names no peak
        steady = [
            f for f in live if not (PEAK.search(clause := _own_clause(t, f[1], f[2])) or STRONG_FUTURE.search(clause))
        ]
        if c.out.correction:
            choice = live[-1][:3]
        elif len(live) == 2 and (
            CORRECTION.search(between := t[live[0][2] : live[1][1]]) or rx.search(r"[-–—]\s*wait\b", between)
        ):
            # "1.8B last month, wait, that was December, normally it's more like 1.2B": the figure put right
            choice, contrasted = live[-1][:3], True
        elif len({round(f[0], 6) for f in present}) == 1:
            choice = present[0][:3]
        elif len({round(f[0], 6) for f in steady}) == 1 and len(steady) < len(live):
            choice, contrasted = steady[0][:3], True
        elif len(now := [f for f in live if NOW.search(_own_clause(t, f[1], f[2]))]) == 1 and all(
            BEFORE.search(_own_clause(t, f[1], f[2])) for f in live if f is not now[0]
        ):
            # "we were doing 50M a day last year but now it's 20M a day": today's figure beside a past one
            choice, contrasted = now[0][:3], True
        else:
            c.out.clarify.append("tokens_per_month")
            return
    if choice is not None and not isinstance(choice, str):
        value, s, e = choice
        if ALTERNATIVE.match(t, e) and not c.out.correction:
            c.out.clarify.append("tokens_per_month")  # "maybe 10M tokens a day, maybe 20M": which one?
            return
        if TRAINING_BEFORE.search(t[max(0, s - 50) : s]) or TRAINING_AFTER.match(t, e):
            return  # "we fine-tuned on 200M tokens last quarter": a training set, not the traffic
        start = max(t.rfind(x, 0, s) for x in (",", ";", ".")) + 1
        ends = [x for x in (t.find(y, e) for y in (",", ";", ". ")) if x >= 0]
        clause = t[start : min(ends, default=len(t))]
        if rx.search(
            r"\balone\b|\b(?:our|one|a single)\s+(?:biggest|largest|main|top)?\s*(?:customer|client|tenant|team)\b"
            # (not a function named after customers: "our customer-care bot", "our customer service team")
            r"(?![- ]?(?:base|care|service|support|success|facing|experience|desk|ops|operations|portal|chat|help))",
            clause,
        ):
            c.out.clarify.append("tokens_per_month")  # "our biggest customer alone sends 500k a day": a part of it
            return
        if rx.search(
            r"\b(?:at (?:the )?peak|during (?:the )?peak|peak hours?|busiest|on a (?:busy|good|bad) day|when (?:it'?s|"
            r"it is|we'?re|we are|things are|things get|it gets) (?:busy|busiest|slammed|at (?:its|our) busiest)|"
            r"(?:in|during) (?:the )?(?:busy|rush) (?:hours?|times?|periods?)|(?:lunch|morning|evening|dinner|holiday|"
            r"christmas|weekend|the) rush|rush[- ]hours?)\b",
            clause,
        ) and not AVERAGE.search(clause):
            c.out.clarify.append("tokens_per_month")  # a peak rate is not the month's volume: ask
            return
        if _ceiling(t, s, e):
            c.out.clarify.append("tokens_per_month")  # "up to 5M tokens a day": a ceiling, not the average
            return
        near = _own_clause(t, s, e) if contrasted else t[max(0, s - 40) : e + 30]
        if STRONG_FUTURE.search(near) and not c.assume_stated:
            c.out.clarify.append("tokens_per_month")  # "we expect 1B a month next year": today's volume is unknown
            return
        own = _own_clause(t, s, e)
        if STALE_PAST.search(own) and not (NOW.search(own) or PRESENT_VOLUME_VERB.search(own)) and not c.assume_stated:
            c.out.clarify.append("tokens_per_month")  # "we did 2M tokens a day last year": and today?
            return
        if _not_all_day(c, s, e, _period_near(m, e)):
            c.out.clarify.append("tokens_per_month")
            return
        if value / c.conventions.days_per_month < SIZE_NOT_DAY_TOKENS and MANY_REQUESTS_A_DAY.search(t):
            # "~300 completion req/dev/day, ~1.5k tok in, ~60 out": a day's tokens below one request's size times a
            # few, beside a count of requests a day, is one request's size read as the day's: asked
            c.out.clarify.append("tokens_per_month")
            return
        _set_volume(c, value, c.quote(s, e), notes.get(s))
        return
    if totals is not None:
        c.out.pending = {"tokens": totals[0], "quote": totals[1]}
        c.out.confirm = (
            f"Is that {totals[0]:,.0f} tokens in all per day, or per month? "
            f"(It changes the answer by a factor of {c.conventions.days_per_month:g}.)"
        )
        return
    if bare and not c.out.has("tokens_per_month") and "tokens_per_month" not in c.out.clarify:
        _bare_requests(c, bare[-1])  # the last one said: "900 contacts a day ... so call it 450 a day"
        return
    if c.out.pending is not None and (c.out.pending.get("prompt") or c.out.pending.get("answer")):
        return  # a count whose prompt (or answer) size was said: priced at it (the rates above), not asked
    # "200k conversations a day" and nothing about their size: ask how big one is (never read them as tokens)
    if "tokens_per_month" not in c.out.clarify and not c.out.has("tokens_per_month"):
        for rm in _result_first(m, list(RATE.finditer(m))):
            if _is_money(t, rm.start(), rm.end()) or _denied_count(t, rm.start()) or c.off(rm.start()):
                continue
            if other_currency("", " " + rm["unit"]) or currency_after(rm["unit"])[0]:
                continue  # "max 1.5 millones de pesos per month": money in a currency, not a count of things
            if in_denied_list(c, rm.start("num")):
                continue  # "we don't get 4k docs and 6k emails a day": the whole list is denied
            if not rx.fullmatch(REQUESTS, rm["unit"]) and KNOWN_COUNT.search(m):
                continue  # "2 runs of the importer a day, each 5,000 documents": the documents are what is counted
            per_month = number(rm) * c.per_month(period_of(rm))
            if per_month <= 0:
                continue
            if _ceiling(t, rm.start(), rm.end()):
                c.out.clarify.append("tokens_per_month")  # "up to 40k chats a day": the busiest day, not the usual
                return
            if _not_all_day(c, rm.start(), rm.end(), period_of(rm)):
                c.out.clarify.append("tokens_per_month")  # "we peak at 1k requests a minute": not every minute
                return
            again = restated(m, rm)  # "900 contacts a day ... so call it 450 a day": the figure settled on
            if again is not None and not _is_money(t, again.start("num"), again.end()):
                per_month = number(again) * c.per_month(period_of(rm))
            unit = singular(rm["unit"])
            users = population(c, rm)  # "250 staff, each making 40 queries a day": the staff's queries
            if users == 0:
                c.out.clarify.append("tokens_per_month")  # "20 requests per user a day": how many users?
                return
            rate_words = c.quote(rm.start(), rm.end())
            # (the people's count is written before the rate's words unless those words count them already)
            counted_in_words = POPULATION_COUNT.search(rate_words.lower()) is not None
            quote = f"{users:,.0f} x {rate_words}" if users and not counted_in_words else rate_words
            ask_request_size(c, per_month * (users or 1), unit, quote)
            return
        by_heads = per_head_rate(c)  # "12k students use it daily, each asks like 5 questions": ask one's size
        if by_heads is not None:
            head_rate, head_match, head_unit = by_heads
            ask_request_size(c, head_rate, head_unit, c.quote(head_match.start(), head_match.end()))
            return
        pre = period_first(c)  # "every day we get 5k tickets": a count said after its period, its size asked
        if pre is not None and _ceiling(t, pre.start("num"), pre.end()):
            c.out.clarify.append("tokens_per_month")  # "every day we get up to 5k tickets": the busiest day
            return
        if pre is not None:
            users = population(c, pre)  # "15% of them use it each day, about 4 messages each": the people's
            if users == 0:
                c.out.clarify.append("tokens_per_month")
                return
            ask_request_size(
                c,
                abs(number(pre)) * c.per_month(period_first_unit(pre)) * (users or 1),  # "nightly - 200k records"
                singular(pre["unit"]),
                c.quote(pre.start(), pre.end()),
            )
            return
    if "request_size" in c.expecting:
        return  # the answer to "how many tokens is one request?" is a size, not a volume
    if _one_side_total(c):
        return
    _tokens_without_period(c)


# a total of one side over a period ("roughly 8 billion input tokens a month"), and the other side's total said after it
# in other words ("..., and output's much smaller, maybe 300 million"; the period is the first side's)
SIDE_TOTAL = rx.compile(
    NUM + r"\s*(?P<side>input|prompt|output|completion)\s+(?:tokens?|toks?)\s*" + PERIOD.replace("?P<", "?P<p_")
)
OTHER_SIDE = {
    "in": rx.compile(r"\b(?:input|prompts?|context)\b[^.;\n]{0,40}?" + NUM + r"(?!\s*(?:%|percent|x\b|times))"),
    "out": rx.compile(
        r"\b(?:output'?s?|outputs|completions?|answers?|responses?|generations?)\b[^.;\n]{0,40}?"
        + NUM
        + r"(?!\s*(?:%|percent|x\b|times))"
    ),
}


def _one_side_total(c: Context) -> bool:
    """One side's total over a period, with the other side's total said beside it (both stored, and the mix), or
    alone (the volume asked: the other side is not known). False when the message says neither."""
    sm = SIDE_TOTAL.search(c.m)
    if sm is None or c.off(sm.start()) or _negated(c.t, sm.start("num")) or _is_money(c.t, sm.start(), sm.end()):
        return False
    first = number(sm)
    if first < NOT_ONE_REQUEST:
        return False  # ("2,000 input tokens a day" is no total anyone sizes; left to the other readers)
    is_input = sm["side"] in ("input", "prompt")
    om = OTHER_SIDE["out" if is_input else "in"].search(c.m, sm.end())
    if om is None or not om["mag"] or number(om) <= 0:
        c.out.clarify.append("tokens_per_month")  # "8 billion input tokens a month": and the output?
        return True
    second = number(om)
    factor = c.per_month(period_of(sm, "p_"))
    inp, outp = (first, second) if is_input else (second, first)
    quote = c.quote(sm.start(), om.end())
    c.out.add("input_share", inp / (inp + outp), quote)
    _set_volume(c, (inp + outp) * factor, quote)
    return True
