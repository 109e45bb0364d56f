"""A later message correcting the count of the items a volume was made from, or the period of that count: "40-60k
claims a month ... each claim packet maybe 3k tokens" then "make that 70k claims", or "half a million CVs a month"
then "sorry, the half million is per quarter, not per month". The size of one item said before is kept: the volume is
the corrected count times that size. Read only for a correction, and only of a count of things (never of tokens).
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context, Reading
from assistant.interview.quantities.currency import currency_after, currency_before
from assistant.interview.quantities.guards import CORRECTION, _is_money, _mask_models
from assistant.interview.quantities.patterns import (
    MAGNITUDE,
    NUM,
    PERIOD,
    PERIOD_WORDS,
    REQUESTS,
    _period_factor,
    number,
    period_of,
    singular,
)
from assistant.interview.quantities.ranges import settle_ranges
from assistant.interview.quantities.rates import (
    ANY_ITEMS,
    ONE_EACH,
    RATE,
    _any_items,
    period_first,
    period_first_unit,
)
from assistant.interview.quantities.size_patterns import MIN_REQUEST_TOKENS
from assistant.interview.quantities.weekdays import average_day
from assistant.interview.quantities.words import Normalized, normalize, plain
from tools.numbers import format_tokens, plural
from tools.results import MAX_TOKENS_PER_MONTH, Conventions

# a count of things said in a correction: "make that 70k claims", "it's 20k tickets a day", "more like 800 docs"
# a count said as a part of another: "the 70k per day includes the healthcare process, which is 12k calls/day"
PART_OF = rx.compile(
    r"\b(?:includ\w+|of which|which is|out of (?:which|these|those|them)|of them|among (?:them|these)|part of)\b",
    re.IGNORECASE,
)
# a count's magnitude put right ("when I say 25 mil I mean 25 thousand, not million", "it's 3 thousand, not 3 million")
MAGNITUDE_FIX = rx.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<new>thousand|million|billion|k|mil)\b[^.;\d]{0,15}?\bnot\s+(?:a\s+)?(?:\d+(?:\.\d+)?\s*)?"
    r"(?P<old>thousand|million|billion|k|mil)\b"
)
# what any count may be called when it is corrected ("make that 70k", "70k requests")
GENERIC = {"requests", "request", "calls", "call", "items", "item", "queries", "query", "jobs", "job"}
COUNT = rx.compile(NUM + r"\s*(?:[a-z-]+\s+){0,2}?(?P<unit>" + REQUESTS[3:-1] + r")\b")
# a count said bare with its period ("more like 200 a day"): in a correction, a count of the things counted before
BARE_COUNT = rx.compile(
    NUM + r"(?=\s*(?:(?:a|an|per|each|every)\s+|/\s*)(?:day|night|week|month|year|hour|quarter|workday)s?\b)"
)

# ... or after its period ("a normal month is more like 1.5M", "a typical day is about 900")
PERIOD_THEN_COUNT = rx.compile(
    r"\b(?:a|an|per|each|every|the|our) (?:normal|typical|usual|average|regular|ordinary|quiet|slow) "
    r"(?:day|night|week|month|year|quarter)(?: is| are|'s)? (?:more like|closer to|about|around|roughly|maybe|like|~) "
    + NUM
)


def _said_count(quote: str, conventions: Conventions) -> tuple[float, str, str] | None:
    """The count, its unit and its period in the words a volume was read from."""
    t, _ = settle_ranges(normalize(quote), [])
    c = Context(original=quote, t=t, m=_mask_models(t), expecting=[], conventions=conventions, out=Reading())
    rates = [r for r in RATE.finditer(c.m) if not _is_money(t, r.start(), r.end())]
    if len(rates) > 1 or len(list(ANY_ITEMS.finditer(c.m))) > 1:
        return None  # several workloads added up: which count is corrected is not plain
    rm = rates[0] if rates else None
    if rm is not None:
        return number(rm), rm["unit"], PERIOD_WORDS.get(period_of(rm), period_of(rm))
    pre = period_first(c)
    if pre is not None:
        return abs(number(pre)), pre["unit"], period_first_unit(pre)
    one = ONE_EACH.search(c.m)  # "1,400 patients a day and every discharge gets a letter": the letters' count
    if one is not None and not _is_money(t, one.start(), one.end()):
        return number(one), one["item"], PERIOD_WORDS.get(period_of(one), period_of(one))
    items = _any_items(c)  # "1,200 evaluaciones per week": things of any name, their size said beside them
    if items is not None:
        return items[0] / _period_factor(period_of(items[1]), conventions), items[1]["unit"], period_of(items[1])
    return None


BARE_DENIED = rx.compile(
    r"\b(?:not|instead of|rather than)\s+(?:(?P<bare>day|week|month|quarter|year|hour)s?|"
    r"(?P<adv>daily|weekly|monthly|quarterly|yearly|annually|nightly))\b"
)


def _periods(t: str) -> tuple[list[str], list[str]]:
    """The periods a message says (as rates) and the ones it denies ("not per month")."""
    said: list[str] = []
    denied: list[str] = []
    for pm in rx.finditer(PERIOD, t):
        unit = PERIOD_WORDS.get(period_of(pm), period_of(pm))
        before = t[max(0, pm.start() - 16) : pm.start()]
        if rx.match(r"(?:last|this|next|previous|past)\b", pm.group(0)) and (
            t.startswith("'s", pm.end())
            or not rx.search(r"\d[^.;,]{0,20}$", t[max(0, pm.start() - 30) : pm.start()])
            or rx.search(r"\b(?:since|from|as of|until|till|before|after|in|during|over)\s*$", before)
        ):
            continue  # "we grew last quarter", "last month's bill": when, not a rate
        (denied if rx.search(r"\b(?:not|instead of|rather than)\s*$", before) else said).append(unit)
    # "1500 per week! not day": the period denied by its bare word
    for dm in BARE_DENIED.finditer(t):
        word = dm["bare"] or dm["adv"]
        denied.append(PERIOD_WORDS.get(word, word))
    return said, denied


def count_per_month(quote: str, conventions: Conventions) -> float | None:
    """How many things a month the words a volume was read from count ("70,000 calls per day": 2.1M), if one."""
    said = _said_count(quote, conventions)
    return said[0] * _period_factor(said[2], conventions) if said is not None else None


# turns of a conversation said with their number ("average 5 turns each", "3 turns", "about 4 messages per chat")
TURNS_SAID = rx.compile(
    r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?)\s*(?:(?:llm|model|ai|bot)\s+)?(?:turns?|messages?|exchanges?|"
    r"back[- ]and[- ]forths?|round[- ]trips?)\b"
)


def _turns_put_right(t: str, quote: str, volume: float | None) -> tuple[float, str] | None:
    """ "5 turns is what I saw for escalated chats; overall average is closer to 3 turns" after a volume made of 5 turns
    a conversation: the volume with the turns put right (the same conversations, each of that many turns)."""
    if not volume:
        return None
    before = {float(m["n"]) for m in TURNS_SAID.finditer(normalize(quote))}
    if len(before) != 1:
        return None
    was = before.pop()
    said = [float(m["n"]) for m in TURNS_SAID.finditer(t)]
    new = [n for n in said if n != was]
    if len(set(new)) != 1 or not 0 < new[-1] <= 200 or was <= 0:
        return None
    now = new[-1]
    note = f"{now:g} turns a conversation, not {was:g}: the {format_tokens(volume)} a month x {now / was:.3g}"
    return volume * now / was, note


# the count said before is the weekdays' only, the weekends' said beside it: "50,000 is weekdays; weekends are around
# 40,000 per day" (a day of the week is then (5 x 50,000 + 2 x 40,000) / 7)
_WEEK_SPLIT = rx.compile(
    r"(?P<a>\d+(?:\.\d+)?)\s*(?P<am>k|m)?\s+(?:\w+\s+)?(?:is|are|was|were)\s+(?:only\s+|just\s+)?(?:for\s+|on\s+)?"
    r"(?:the\s+|a\s+)?(?:week ?days?|working days?|work ?days?|business days?)\b[^!?\d]{0,40}?\bweekends?\b"
    r"[^.;!?\d]{0,30}?(?:(?P<b>\d+(?:\.\d+)?)\s*(?P<bm>k|m)?\b|(?P<frac>half|a third|a quarter|two thirds)\s+"
    r"(?:of\s+)?(?:that|it|this|those|the weekday\w*)\b)"
)
# the figure to price, said so ("12 lakh is the total including offline ... Please take 7.5 lakh for the LLM")
TAKE_THIS = rx.compile(
    r"\b(?:please\s+)?(?:take|use|calculate with|go with|work with|count with|base it on|price)\s+(?:the\s+|only\s+)?"
    r"(?:about\s+|around\s+|~\s*)?\d"
)


# a typical weekday's count said anew, and the weekends' beside it: "1,400 was a peak weekday. A typical weekday is
# nearer 1,100 discharges, and at the weekends it drops to about 400 a day"
_WEEKDAY_NOW = rx.compile(
    r"\b(?:a |an |the )?(?:typical|normal|average|usual|regular|ordinary|standard)\s+(?:week ?day|working day|"
    r"work ?day|business day)\s+(?:is|has|sees|gets|runs|brings)?\s*(?:(?:nearer|closer to|about|around|roughly|more "
    r"like|maybe|~)\s*)*(?P<a>\d+(?:\.\d+)?)\s*(?P<am>k|m)?\b[^!?.;]{0,60}?\bweekends?\b[^.;!?\d]{0,30}?"
    r"(?:(?P<b>\d+(?:\.\d+)?)\s*(?P<bm>k|m)?\b|(?P<frac>half|a third|a quarter|two thirds)\s+(?:of\s+)?(?:that|it|"
    r"this|those|the weekday\w*)\b)"
)
_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "two thirds": 2 / 3}


def _weekdays_and_weekends(
    t: str, quote: str, conventions: Conventions, item_tokens: float, volume: float | None
) -> tuple[float, str] | None:
    """The volume again when the count a day said before turns out to be the weekdays' and the weekends' is said."""
    m = _WEEK_SPLIT.search(t) or _WEEKDAY_NOW.search(t)
    old = _said_count(quote, conventions) if m is not None else None
    if m is None or old is None or old[2] != "day":
        return None
    weekday = float(m["a"]) * (MAGNITUDE.get(m["am"] or "", 1))
    # ("weekends are about half that": a share of the weekday's)
    weekend = _FRACTIONS[m["frac"]] * weekday if m["frac"] else float(m["b"]) * (MAGNITUDE.get(m["bm"] or "", 1))
    count, unit, _period = old
    if (m.re is _WEEK_SPLIT and abs(weekday - count) > 0.01 * count) or weekend <= 0:
        return None
    per_day = average_day(weekday, weekend)
    each = item_tokens if item_tokens > 0 else (volume or 0) / (count * _period_factor("day", conventions))
    if each <= 0:
        return None
    new = per_day * _period_factor("day", conventions) * each
    return new, (
        f"{weekday:,.0f} {plural(unit)} a weekday and {weekend:,.0f} a weekend day: {per_day:,.0f} a day on average "
        f"x {each:,.0f} tokens"
    )


def recount(
    text: str, quote: str, item_tokens: float, conventions: Conventions, volume: float | None = None
) -> tuple[float, str] | None:
    """The month's volume after a correction of the count (or its period) the volume in ``quote`` was made from,
    each item of ``item_tokens`` tokens (0: what each item came to in ``volume``, the volume said before); None
    when the message corrects no such count."""
    t = normalize(text)
    # "same token size per doubt": the size kept, said so; no correction of tokens
    kept_size = rx.sub(
        r"\b(?:the\s+)?same\s+(?:token\s+|tokens\s+)?(?:size|length|tokens?)(?:\s+(?:per|for|of)\s+(?:each\s+|every\s+)?"
        r"[a-z]+)?|\b(?:token\s+)?(?:size|length)s?\s+(?:per\s+[a-z]+\s+)?(?:is|are|stays?|remains?)\s+(?:the\s+)?same\b",
        " ",
        t,
    )
    if rx.search(
        r"\btok|\b(?:usd|eur|dollars?|euros?|budget|spend\w*|spent|pay\w*|paid|cost\w*|bill\w*|price\w*)\b", kept_size
    ):
        return None  # a correction of tokens or money is read by the other readers
    money = [m for m in rx.finditer(r"\d+", t) if currency_after(t[m.end() :])[0] or currency_before(t[: m.start()])]
    if money and len(money) == len(rx.findall(r"\d+", t)):
        return None  # "18 000 kroner per year": money (a count beside an amount, "... the ₹17 lakh was ...", is read)
    for m in reversed(money):  # the amounts are no counts
        t = Normalized(t[: m.start()] + "#" * (m.end() - m.start()) + t[m.end() :])  # (same length, same words)
    fix = MAGNITUDE_FIX.search(t)
    said_count = _said_count(quote, conventions) if fix is not None and volume else None
    if fix is not None and volume and said_count is not None:
        said, mag_was, mag_now = float(fix["n"]), MAGNITUDE[fix["old"]], MAGNITUDE[fix["new"]]
        if mag_was != mag_now and abs(said_count[0] - said * mag_was) <= 0.01 * said_count[0]:
            # "when I say 25 mil I mean 25 thousand, not million": the count and the volume made of it, rescaled
            how = f"{plain(said)} {fix['new']} {said_count[1]}, not {plain(said)} {fix['old']}"
            return volume * mag_now / mag_was, how
    corrected = bool(CORRECTION.search(t))
    split = _weekdays_and_weekends(t, quote, conventions, item_tokens, volume)
    if split is not None:
        return split
    turns = _turns_put_right(t, quote, volume) if corrected else None
    if turns is not None:
        return turns
    old = _said_count(quote, conventions)
    if old is None:
        return None
    count, unit, period = old
    derived = item_tokens <= 0 and bool(volume) and count > 0  # what each thing came to is the volume's own
    if derived and volume:
        # "40k conversations a week ... 6 messages each ... 1,500 tokens": what one conversation came to
        item_tokens = volume / (count * _period_factor(period, conventions))
    if item_tokens < MIN_REQUEST_TOKENS:
        return None  # no count a volume can be made of ("2,500 documents" read with a 6,000-token volume)
    said_periods, denied = _periods(t)
    # the things counted before, by their own name too ("make that 1,500 evaluaciones")
    counts = rx.compile(COUNT.pattern.replace("(?P<unit>", "(?P<unit>" + re.escape(unit) + "|", 1))
    new = next(
        (
            cm
            for cm in counts.finditer(t)
            if not rx.search(r"\bnot\s*$", t[max(0, cm.start() - 6) : cm.start()])
            # another kind of thing is no recount of these: "the 12 pages is the median" after "2,500 documents"
            and (singular(cm["unit"]) == singular(unit) or cm["unit"] in GENERIC)
        ),
        None,
    )
    if new is None and corrected:
        # "wait actually it's more like 200 a day": the count said bare, with its period, in a correction
        new = next(
            (
                bm
                for bm in [*BARE_COUNT.finditer(t), *PERIOD_THEN_COUNT.finditer(t)]
                if not rx.search(r"\bnot\s*$", t[max(0, bm.start() - 6) : bm.start()])
            ),
            None,
        )
    if new is not None and counts.search(t, new.end()) is None and rx.search(r"\bnot\b", t[: new.start()]):
        new = None  # "not 50k claims": the figure replaced, said alone
    if new is not None and PART_OF.search(t[: new.start()]) and number(new) < count and not TAKE_THIS.search(t):
        return None  # a part of the count, not the count corrected (unless that part is the one to price)
    new_count = count
    if new is not None:
        minus = bool(new["neg"]) and not rx.search(r"\s", new["neg"])  # "correction - 40k": a dash, no minus
        if minus or float(new["num"]) <= 0:
            return None
        new_count = abs(number(new))
    new_period = period
    if said_periods:
        kept = {p for p in said_periods if p not in denied}
        if len(set(said_periods)) != 1 and len(kept) != 1:
            return None  # "per MONTH not per week. Per week is ~10k": the period not denied is the one meant
        new_period = said_periods[0] if len(set(said_periods)) == 1 else kept.pop()
    if new is None and (not said_periods or new_period == period or period not in denied):
        return None  # no new count, and no new period said in place of the old one ("per quarter, not per month")
    if new is not None and not corrected and (period not in denied or new_period == period):
        # a count said again without a word of correction is another workload, read elsewhere (its old period
        # denied is one: "that should read 1,000 contracts per quarter, not per month")
        return None
    if new_count == count and new_period == period:
        return None
    before = volume
    volume = new_count * _period_factor(new_period, conventions) * item_tokens
    if not 0 < volume <= MAX_TOKENS_PER_MONTH:
        return None
    if derived and before:
        # what each counted thing came to is the volume's own arithmetic (users x chats x tokens): said as a change
        # of the volume said before, not as an item of a million tokens
        was = f"{count:,.0f} a {period}" if new_period == period else f"a {period}"
        return volume, (
            f"{new_count:,.0f} {unit} a {new_period}, not {was}: the {format_tokens(before)} a month said before "
            f"x {volume / before:.3g}"
        )
    return volume, f"{new_count:,.0f} {unit} a {new_period} x {item_tokens:,.0f} tokens"


# a share of the things counted that never reaches the model: "Around 20% is spam, newsletters, automatic replies, we
# filter them before with rules, so these don't go to the LLM"
EXCLUDED_SHARE = rx.compile(
    r"(?<![\w.])(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:of\s+(?:them|it|those|these|that|the\s+\w+)\s+)?(?:is|are)\s+"
    r"(?!(?:input|output|prompts?|answers?|in|out)\b)[^.;!?]{0,100}?\b(?:we\s+(?:filter|drop|discard|remove|skip)\w*|"
    r"(?:these|they|those|that|it|which)\s+(?:don'?t|do not|won'?t|will not|never|doesn'?t|does not)\s+(?:go|get sent|"
    r"reach|hit|need|get)|(?:are|is|get|gets)\s+(?:filtered|dropped|removed|discarded|excluded|skipped))\b"
)


def share_excluded(text: str) -> tuple[float, str] | None:
    """The share of the things counted said never to reach the model, with its words; None when none is said."""
    t = normalize(text)
    m = EXCLUDED_SHARE.search(t)
    if m is None or rx.search(r"\b(?:if|suppose|assuming|what if|say)\b", t[max(0, m.start() - 30) : m.start()]):
        return None
    share = float(m["pct"]) / 100
    return (share, m.group(0)) if 0 < share < 1 else None
