"""``read_quantities``: every reader of the package over one message, in order."""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context, Reading, _set_volume
from assistant.interview.quantities.corrections import corrected_inline, corrected_split, grown_since, went_from_to
from assistant.interview.quantities.gpus import _gpus
from assistant.interview.quantities.guards import CORRECTION, _mask_models
from assistant.interview.quantities.item_share import parts_of_items, share_of_items
from assistant.interview.quantities.latency import _latency
from assistant.interview.quantities.mix import _mix, _same_length
from assistant.interview.quantities.money import _money
from assistant.interview.quantities.one_off import spread_over_months
from assistant.interview.quantities.parts import summed_parts
from assistant.interview.quantities.patterns import (
    MAGNITUDE,
    NUM,
    PERIOD,
    PERIOD_WORDS,
    REQUESTS,
    TOKENS,
    num,
    number,
    ones_named,
)
from assistant.interview.quantities.peak import peak_and_rest, peak_profile, peak_share
from assistant.interview.quantities.people import (
    active_users,
    patients_as_visits,
    per_session_times_sessions,
    rates_of_people_with_period,
    sessions_of_messages,
    shifts_a_day,
    shifts_as_workdays,
    times_as_requests,
    times_per_thing,
)
from assistant.interview.quantities.products import multiplied_counts, units_sized_and_counted
from assistant.interview.quantities.prompt_cache import _cached_share
from assistant.interview.quantities.ranges import carry_period, settle_ranges
from assistant.interview.quantities.sides import made_from
from assistant.interview.quantities.simple_share import _simple_share
from assistant.interview.quantities.size_patterns import summarised_into
from assistant.interview.quantities.sizes import _answered_size
from assistant.interview.quantities.text_units import Converted, text_sizes
from assistant.interview.quantities.vague import _vague
from assistant.interview.quantities.volume import _volume
from assistant.interview.quantities.weekdays import average_day, weekday_only, working_days_said
from assistant.interview.quantities.window import rate_hours_a_day, read_window, window_weekdays
from assistant.interview.quantities.words import Normalized, normalize, plain
from tools.results import Conventions

# a count's size said with "with" after its period: "1,200 answers per month with on average 25 pages"
WITH_SIZE = rx.compile(
    r"(?:" + PERIOD + r"|\b" + REQUESTS + r")"
    # "... per month with on average 25 pages", "... 2,500 documents, average 12 pages"
    r"(?P<with>\s+with\s+(?:on\s+)?(?:an?\s+)?(?:average|avg|about|around|roughly|typically|approx\w*)?\s*|"
    r"\s*,\s*(?:on\s+)?(?:an?\s+)?(?:average|avg|averaging)\s*)"
    r"(?:of\s+)?(?P<size>" + NUM + r"\s*(?:" + TOKENS + r"))(?!\s*(?:each|per|a|an|every|in total|total)\b)"
)


def _size_each(m: re.Match[str]) -> str:
    return m.string[m.start() : m.start("with")] + f" {m['size']} each"


IN_TOTAL_TOKENS = rx.compile(r"\b(tokens?|toks?)\s+in\s+total\b")


def _hours_open(t: str) -> float | None:
    """The hours a day the traffic runs, from the window the message names (None when it names none)."""
    window = read_window(t)
    return window.hours_per_day if window is not None else None


def read_quantities(
    text: str,
    expecting: list[str],
    conventions: Conventions,
    assume_stated: bool = False,
    normalized: Normalized | None = None,
) -> Reading:
    """Every quantity the message states, with its quote; disagreements go to ``clarify``. ``normalized``:
    ``normalize(text)`` when the caller has made it already (it is made once per message)."""
    t: str = normalized if normalized is not None else normalize(text)
    said_correction = bool(CORRECTION.search(t))  # (before a correction of its own figures is blanked out)
    t = corrected_split(t)  # "input/output is about 60/40. no wait, sorry, it's more like 90/10": 90/10
    t = corrected_inline(t) or t  # "4k docs a day, each 3500 tokens. no wait, 6k docs not 4k": read with 6k
    t = went_from_to(t)  # "we went from 50k messages a month to 180k": 180k
    t = grown_since(t)  # "we were at ~30M tokens/month ... traffic has roughly doubled since then": 60M
    t = corrected_period(t)  # "40,000 claims a month? hmm, no, sorry, that's per quarter": 40,000 a quarter
    t = ones_named(t)  # "60,000 old leases in the archive, then 300 new ones a month": 300 new leases
    t, ranges = settle_ranges(t, expecting)  # "20-30k chats a day, call it 25k": 25k
    t = week_split(t)  # "weekdays about 12M tokens per day; on weekends roughly 3M per day": 9.4M a day
    t = OTHER_GROUPS_ASIDE.sub(lambda m: " " * len(m[0]), t)  # "(projects have 2k-200k responses)": not the rate
    t = responses_counted(t)  # "2.5M survey responses a month, each response ~150 tokens": the items, not the output
    t, peak_note = peak_profile(t)  # "40k an hour at peak, 4 peak hours, other hours 1/4 of peak": 360k a day
    if peak_note is None:  # "peak is 1,800 calls per hour from 18:00 to 21:00, other times about 300 calls per hour"
        t, peak_note = peak_and_rest(t, _hours_open)
    if peak_note is None:
        t, peak_note = peak_share(t)  # "peak hr ≈ 3M tokens ≈ 25% of the daily volume": 12M a day
    t = carry_period(t)  # "2B a month last year, dropped to about 1B now": 1B a month
    t, converted = text_sizes(t, expecting)  # "3 pages in, half a page out": 2000 tokens in, 333 tokens out
    t = summarised_into(t)  # "8000 tokens that we'd summarise into about 400 tokens": the summary is 400 tokens
    t = units_sized_and_counted(t)  # "80M tokens a build, 3 builds a week": 80M tokens a run, 3 runs a week
    t = multiplied_counts(t)  # "4 warehouses x 3 shifts x ~500 queries per shift": 6000 queries per day
    t = made_from(t)  # "each ~1,200 words, generated from a ~400-word brief": 1600 tokens out, 533 in
    t = summed_parts(t)  # "attributes (~400 tokens) plus our style guide (~1,100 tokens)": 1500 tokens
    t = WITH_SIZE.sub(_size_each, t)  # "300 contracts a month with 60 pages": 30000 tokens each
    t = IN_TOTAL_TOKENS.sub(r"\1 total", t)  # "1,500 tokens in total": the whole request, no input side
    t, spread = spread_over_months(t)  # "2 million posts, a one-time pass spread over the next six months": a month's
    t = active_users(t)  # "80 ppl but maybe 15 actually use it": 15 users
    t = share_of_items(t)  # "4,000 visits a day. ~35% of visits would get an AI-drafted summary": 1,400 visits
    t = parts_of_items(t)  # "18,000 applications a month, each with ~5 documents; every document is ...": 90,000
    t = patients_as_visits(t)  # "each one sees about 60 patients a day": 60 visits a day
    t = times_as_requests(t)  # "the avg player talks to npcs like 60 times a day": 60 requests a day each
    t = times_per_thing(t)  # "summarise notes twice a day per bed": 2 requests per bed a day
    t = shifts_as_workdays(t)  # "each of our 40 agents handles ~120 chats per shift": per working day
    t = shifts_a_day(t)  # "60 work orders per shift, 3 shifts a day": 180 work orders a day
    t = per_session_times_sessions(t)  # "30 lines per session and 1.5 sessions a day": 45 lines a day
    t = rates_of_people_with_period(t)  # "6,000 daily users x 5 questions each": 5 a day each
    t = sessions_of_messages(t)  # "15% of them open it on a given day. A session is about 4 messages": 4 a day each
    out = Reading(correction=said_correction, spread_months=spread)
    said_days = working_days_said(t)  # "call it 21 business days a month": the month the user counts with
    c = Context(
        original=text,
        t=t,
        m=_mask_models(t),
        expecting=expecting,
        conventions=conventions,
        out=out,
        assume_stated=assume_stated,
        weekdays=weekday_only(t) or (said_days[1] if said_days else None),
        window_weekdays=window_weekdays(t),
        hours_a_day=rate_hours_a_day(t),
        working_days_said=said_days[0] if said_days else None,
    )
    _cached_share(c)
    _volume(c)
    _count_at_said_sizes(c)
    if c.peak_alone and out.pending is not None and (out.pending.get("prompt") or out.pending.get("answer")):
        # "peaks around 300 calls an hour" beside "40,000 calls a month, each prompt ~2,000 tokens": the usual count
        # was read, the peak asks nothing
        out.clarify = [f for f in out.clarify if f != "tokens_per_month"]
    _answered_size(c)
    _mix(c)
    _same_length(c)
    _latency(c)
    _money(c)
    _gpus(c)
    _simple_share(c)
    _vague(c, text.lower())
    if ranges:
        _note_ranges(out, "; ".join(r.note() for r in ranges))
    if peak_note:
        _note_ranges(out, peak_note)
    if converted:
        _note_sizes(out, converted)
    return out


def _note_ranges(out: Reading, note: str) -> None:
    """The volume (or the count awaiting its size) read from a range says so beside it."""
    for i, (name, value, quote, old) in enumerate(out.updates):
        if name == "tokens_per_month":
            out.updates[i] = (name, value, quote, "; ".join(n for n in (old, note) if n))
    if out.pending is not None and "requests" in out.pending:
        out.pending["note"] = "; ".join(str(n) for n in (out.pending.get("note"), note) if n)


# a day's figure on weekdays and another on weekends, in one message: the figure of an average day of the week
_WEEKDAY_FIGURE = rx.compile(
    r"\b(?P<days>(?:on\s+)?(?:week ?days?|working days?|mon(?:day)?\s*(?:-|to|through)\s*fri(?:day)?))\b"
    r"[^.;!?\d]{0,40}?" + NUM + r"(?P<rest>\s*(?:[a-z-]+\s*){0,2}?(?:per|a|/|each)\s*day\b)"
)
_WEEKEND_FIGURE = rx.compile(
    r"\b(?:on\s+)?(?:the\s+)?weekends?\b[^.;!?\d]{0,40}?"
    + NUM
    + r"(?:\s*(?:[a-z-]+\s*){0,2}?(?:per|a|/|each)\s*day\b)?"
)


def week_split(t: str) -> str:
    """``t`` with a weekday figure a day and a weekend one beside it written as the average day's figure."""
    wd = _WEEKDAY_FIGURE.search(t)
    we = _WEEKEND_FIGURE.search(t, wd.end()) if wd is not None else None
    if wd is None or we is None or rx.search(r"[.!?]\s", t[wd.end() : we.start()]):
        return t
    weekday, weekend = number(wd), number(we)
    if weekday <= 0 or weekend < 0 or weekend > weekday * 10:
        return t
    average = average_day(weekday, weekend)
    figure = f"{plain(round(average))}{wd['rest']}"
    # (the weekday words go: the figure is every day's now, never a working day's)
    return (
        t[: wd.start("days")] + t[wd.end("days") : wd.start("num")] + figure + t[wd.end() : we.start()] + t[we.end() :]
    )


# a bracketed aside on how many things each group holds ("(projects have 2k-200k responses)", "(each batch is 50 to
# 500 docs)"): the size of a group, never the month's count
OTHER_GROUPS_ASIDE = rx.compile(
    r"\(\s*(?:each\s+|a\s+|our\s+)?(?:projects?|batch(?:es)?|clients?|customers?|campaigns?|studies|study|surveys?|"
    r"jobs?|matters?|cases?|files?|folders?|tenants?)\s+(?:have|has|range|ranges|vary|varies|contain|contains|run|runs|"
    r"are|is|hold|holds)\b[^()]{0,60}\)"
)
# responses counted as the things processed ("~2.5M responses/month", "40k survey responses a week")
_RESPONSES_COUNTED = rx.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:k|m|mn|million|thousand)?\s*(?:survey\s+|open[- ]ended\s+|free[- ]text\s+|customer\s+)?"
    r"responses\s*(?:/|per\b|a\b|an\b|each\b|every\b)\s*(?:day|week|month|year|hour|d|wk|mo)\b"
)


def responses_counted(t: str) -> str:
    """``t`` with the responses it counts as its items called items: then "each response avg ~150 tokens" is an
    item's size (the input), never the model's response (the output, said as "output" there)."""
    if not _RESPONSES_COUNTED.search(t):
        return t
    return rx.sub(
        r"\b(?:each|every|per|a|the|avg|average)\s+response\b", lambda m: m[0][: -len("response")] + "item", t
    )


def _count_at_said_sizes(c: Context) -> None:
    """A count of things a month waiting for its size, beside both sides of one said per that thing ("12,000 pages
    per month ... 800 input tokens per page and a 200-token summary per page"): the volume is the count at them."""
    out = c.out
    p = out.pending
    if p is None or not p.get("requests") or not p.get("unit") or p.get("prompt") or p.get("answer"):
        return
    sizes = {u[0]: (u[1], u[2]) for u in out.updates if u[0] in ("request_input_tokens", "request_output_tokens")}
    if len(sizes) != 2 or out.has("tokens_per_month") or "tokens_per_month" in out.clarify:
        return
    unit = str(p["unit"]).lower()
    said = " ".join(q for _v, q in sizes.values()).lower()
    # the sizes said of that thing, or of nothing else ("each page ~800 tokens in", "800 in / 200 out")
    of_it = rx.search(r"\b(?:per|each|every|a|an)\s+" + re.escape(unit) + r"s?\b", said)
    of_other = rx.search(r"\b(?:per|each|every)\s+(?!" + re.escape(unit) + r")[a-z]+\b", said)
    if not of_it and of_other:
        return
    inp, outp = float(sizes["request_input_tokens"][0]), float(sizes["request_output_tokens"][0])
    requests = float(p["requests"])
    note = f"{requests:,.0f} {unit}s a month x ({inp:,.0f} in + {outp:,.0f} out) tokens"
    out.pending, out.confirm = None, None
    _set_volume(c, requests * (inp + outp), str(p.get("quote") or ""), note)


def _note_sizes(out: Reading, converted: list[Converted]) -> None:
    """Sizes (and the volume made from them) read from pages, words or minutes say how they were counted."""
    for i, (name, value, quote, old) in enumerate(out.updates):
        if name in ("request_input_tokens", "request_output_tokens"):
            notes = [x.note() for x in converted if x.tokens == value]
        elif name == "tokens_per_month":
            notes = [x.note() for x in converted]
        else:
            continue
        if notes:
            out.updates[i] = (name, value, quote, "; ".join(n for n in (old, *notes) if n))


# a count of things or tokens and the period it was said with ("40,000 claims a month", "2M tokens a day")
_COUNT_AND_PERIOD = (
    NUM
    # (the things counted may be any, or none said: "15k exceptions per day", "about 15k per day")
    + r"\s*(?:(?:[a-z-]+\s+){0,2}?"
    + REQUESTS
    + r"|"
    + TOKENS
    + r"|(?:(?!(?:per|a|an|each|every)\b)[a-z-]+\s+){0,2}?)\s*(?P<old>"
    + PERIOD.replace("?P<", "?P<o_")
    + ")"
)


# a count said with its period, then the period alone corrected a few words later ("40,000 claims a month? hmm,
# no, sorry, that's per quarter", "2M tokens a day - sorry, i mean a week"): the count keeps its figure, takes the
# new period
PERIOD_FIX = rx.compile(
    _COUNT_AND_PERIOD
    + r"(?P<gap>[^\d.;]{0,12}[.?!,;-]?[^\d.;!?]{0,30}?\b(?:no|sorry|oops|wait|actually|correction|i mean|i meant)\b"
    r"[^\d.;!?]{0,20}?)" + r"(?:\b(?P<lead>that'?s|it'?s|it is|that is|"
    r"that (?:\d[\d.]*\s*(?:k|m|b|bn|million|billion)?\s*(?:tokens?\s*)?)?(?:is|was)|"
    # (or the new period right after the correction word: "600 req per day, sorry, per HOUR")
    r"make (?:it|that)|i mean|i meant|actually|rather)\s+|(?<=[\s,:-]))(?:actually\s+)?(?:really\s+)?"
    # (the count said again with its new period: "200k requests a month. sorry, scratch that, it's 200k per week")
    r"(?:(?:about\s+|around\s+|roughly\s+|~\s*)?(?P<again>\d+(?:\.\d+)?)\s*(?P<again_mag>k|thousand|m|million|b|bn|"
    r"billion)?\s+(?:[a-z-]+\s+){0,2}?)?(?!(?:last|next|previous|this|that)\s)(?P<new>"
    + PERIOD.replace("?P<", "?P<n_")
    + r")(?!\s*(?:\d|not\b|of\b))"
)
# ... or the count said again with its new period after a longer correction ("30,000 conversations a month. wait,
# no, that's last quarter's number; it's 30k a week now")
PERIOD_FIX_AGAIN = rx.compile(
    _COUNT_AND_PERIOD
    + r"(?P<gap>[^\d]{0,60}?\b(?:no|sorry|oops|wait|correction|scratch that|i mean|i meant)\b[^\d]{0,60}?"
    r"\b(?:it'?s|it is|we'?re at|we are at|now|actually|really|more like)\s+(?:now\s+|actually\s+|about\s+|around\s+|"
    r"roughly\s+|~\s*)*)"
    + num("a_")
    + r"\s*(?:(?:[a-z-]+\s+){0,2}?)?(?P<new>"
    + PERIOD.replace("?P<", "?P<n_")
    + r")(?!\s*(?:\d|not\b|of\b))"
)


# ... or the count said again with its new period after its request's sizes ("~2M req/mo, avg 1.5k tokens in, 300 out
# - scratch that, 2M/week since the January launch"): figures may stand between, the sentence may not end
PERIOD_FIX_LATER = rx.compile(
    _COUNT_AND_PERIOD
    + r"(?P<gap>(?:[^.;?!]|\.(?=\d)){0,100}?\b(?:sorry|oops|wait|correction|scratch that|i mean|i meant|make that|"
    r"my bad)\b[\s,:—–-]*(?:(?:it'?s|it is|actually|really|more like)\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?)"
    + num("a_")
    + r"\s*(?:(?:[a-z-]+\s+){0,2}?)?(?P<new>"
    + PERIOD.replace("?P<", "?P<n_")
    + r")(?!\s*(?:\d|not\b|of\b))"
)


# ... or the new period said against the old one ("1500 mails per day, each ~200 words. sorry, per week not per day")
PERIOD_FIX_NOT = rx.compile(
    _COUNT_AND_PERIOD
    + r"(?P<gap>(?:(?!"
    + PERIOD.replace("?P<", "?P<g_")
    + r")[^;]){0,60}?\b(?:sorry|oops|wait|correction|i mean|i meant|my bad|my mistake|typo)\b[\s,:!-]*)"
    r"(?P<new>"
    + PERIOD.replace("?P<", "?P<n_")
    + r")\s*,?\s*(?:not|instead of|rather than)\s+(?P<was>"
    + PERIOD.replace("?P<", "?P<w_")
    + r")"
)


def _period_word(m: re.Match[str], prefix: str) -> str:
    said = next((m[prefix + g] for g in ("period", "slash", "adv", "by") if m[prefix + g]), "")
    return PERIOD_WORDS.get(said, said)


def corrected_period(t: str) -> str:
    """The message with a count's period replaced by the one it is corrected to, the correction blanked out."""
    fix = PERIOD_FIX.search(t)
    against = PERIOD_FIX_NOT.search(t) if fix is None else None
    if against is not None and not against["neg"] and _period_word(against, "w_") == _period_word(against, "o_"):
        return _new_period(t, against, against["gap"])
    if (
        fix is not None
        and not fix["lead"]
        and not rx.search(r"\b(?:sorry|oops|wait|correction|i meant?|typo)\W*$", fix["gap"])
    ):
        fix = None  # "14M tokens a week and it's super even, no real daily pattern": no period put right
    if (
        fix is not None
        and fix["again"] is not None
        and (float(fix["again"]) != float(fix["num"]) or (fix["again_mag"] or "") != (fix["mag"] or ""))
    ):
        fix = None  # another figure with its own period, not the count said again
    if fix is None:
        return _said_again(t)
    if fix["neg"]:
        return t
    gap = fix["gap"].replace("?", ".")
    return _new_period(t, fix, gap)


def _said_again(t: str) -> str:
    """The message with a count's period replaced by the one it is said again with after a correction word, the
    repeat blanked out ("30,000 conversations a month. wait, no, ...; it's 30k a week now": 30,000 a week)."""
    again = PERIOD_FIX_AGAIN.search(t) or PERIOD_FIX_LATER.search(t)
    if again is None or again["neg"] or again["a_neg"]:
        return t
    said = float(again["num"]) * MAGNITUDE.get((again["mag"] or "").lower(), 1)
    repeat = float(again["a_num"]) * MAGNITUDE.get((again["a_mag"] or "").lower(), 1)
    if said != repeat or _period_word(again, "n_") == _period_word(again, "o_"):
        return t  # another figure, or the same period: not the count put right
    return _new_period(t, again, again["gap"])


def _new_period(t: str, m: re.Match[str], gap: str) -> str:
    """``t`` with the count's old period replaced by the ``new`` one of ``m``, ``gap`` kept after it, and the
    correction's own words blanked (sentences kept)."""
    blank = rx.sub(r"[^.]", " ", t[m.end("gap") : m.end()])
    # ("35m tok/day, no wait per week": a period after a slash takes a space of its own)
    space = " " if m["old"].startswith("/") and not m["new"].startswith("/") else ""
    return t[: m.start("old")] + space + m["new"] + gap + blank[len(space) :] + t[m.end() :]
