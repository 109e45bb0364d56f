"""The peak of the traffic as a multiple of its average: "monday morning peak maybe 3x normal", "the busiest
hour is double the average", "spikes of 10x during sales", "at peak we get five times the usual load".

A multiple counts only beside a word for the peak (peak, spike, burst, busiest, rush, surge) in the same
clause; a multiple alone ("what if traffic triples?") is a change of volume, read by the what-if reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import assistant.interview.patterns as rx
from assistant.interview.quantities.patterns import NUM, REQUESTS, number
from assistant.interview.quantities.words import UNITS, normalize, plain

PEAK_WORD = (
    r"(?:peak(?:s|ing|ed)?|spik(?:e|es|ing)|bursts?|busiest|rush(?:[- ]hours?)?|surg(?:e|es|ing)"
    r"|top load|max(?:imum)? load|busy (?:time|hours?|period|window))"
)
HEDGE = (
    r"(?:(?:maybe|about|around|roughly|approx(?:imately)?|~|close to|up to|as much as|easily|probably|like|even)\s*)*"
)
MULTIPLE = (
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:x\b|×|times\b|-?\s?fold\b)"
    r"|(?P<word>double|twice|triple|thrice|quadruple|(?P<wn>two|three|four|five|six|seven|eight|nine|"
    r"ten)(?:[\s-]?fold|\s+times))\b"
    r"|(?P<fold>ten|hundred)fold\b"
)
# multiples said as words; "threefold" keeps its number word (normalize turns "three times" into "3 times")
MULTIPLE_WORDS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "thrice": 3.0, "quadruple": 4.0, "hundred": 100.0}
# what the multiple is of, when said: the peak is against the ordinary load
REFERENCE = (
    r"(?:the\s+)?(?:average|avg|normal|usual|baseline|typical|mean|rest of the (?:day|week|time)"
    r"|off[- ]peak|quiet hours)"
)
# a time of the day, week or year whose load is said against the ordinary one
WHEN = rx.compile(
    r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|mornings?|evenings?|afternoons?|nights?|"
    r"lunch(?:time)?|weekends?|holidays?|black friday|cyber monday|month[- ]end|quarter[- ]end|year[- ]end|"
    r"end of (?:the )?(?:month|quarter|year)|ramadan|iftar|christmas|tax season|open enrollment|"
    r"(?:busy|high|holiday) season)\b|"
    # a span of clock time ("5 to 7:30pm local it's easily 4x the average")
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:-|to|till|until)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)\b"
)
# a clause ends at these; the peak word and its multiple must share one
_BREAK = rx.compile(r"\.(?!\d)|[;!?\n]|,\s*(?:and|but|while|latency|team|we|our)\b|\bbut\b")
# a condition or a question about a change is a what-if, not a description of the traffic
_CONDITION = rx.compile(r"\b(?:what if|what happens if|if|suppose|assuming|imagine|in case)\b")
# a multiple of money or speed beside a peak word is not the traffic's ("5x cheaper at peak")
_NOT_LOAD = rx.compile(r"^\s*(?:cheaper|more expensive|faster|slower|the (?:price|cost|latency)|prices?|costs?)\b")


def _value(m: re.Match[str]) -> float:
    if m["n"]:
        return float(m["n"])
    word = (m["wn"] or m["fold"] or m["word"]).split()[0].split("-")[0].removesuffix("fold")
    return MULTIPLE_WORDS.get(word) or float(UNITS[word])


def _clauses(t: str) -> list[str]:
    out, start = [], 0
    for b in _BREAK.finditer(t):
        out.append(t[start : b.start()])
        start = b.end()
    out.append(t[start:])
    return out


def read_peak(t: str) -> tuple[float, str] | None:
    """The peak-to-average multiple a normalized message states, with the words that said it; None when it
    states none. Multiples under 1 are not peaks; the largest stated one wins ("2x, sometimes 4x")."""
    best: tuple[float, str] | None = None
    for clause in _clauses(t):
        peak = rx.search(rf"\b{PEAK_WORD}\b", clause)
        if peak is None:
            # "Monday mornings are like 5x the average", "after iftar it's about 3x normal": a time of the day or
            # week at a multiple of the ordinary load is its peak
            peak = WHEN.search(clause)
            if peak is None or not rx.search(rf"(?:{MULTIPLE})\s*{REFERENCE}\b", clause[peak.end() :]):
                continue
        if _CONDITION.search(clause[: peak.start()]):
            continue
        for m in rx.finditer(rf"{HEDGE}(?:{MULTIPLE})", clause):
            after = clause[m.end() :]
            if _NOT_LOAD.match(after):
                continue
            # "3x the average" / "3x normal" after a peak word, or a peak word within a few words of it
            near = abs(m.start() - peak.start()) <= 60
            if not near and not rx.match(rf"\s*{REFERENCE}\b", after):
                continue
            value = _value(m)
            if value >= 1 and (best is None or value > best[0]):
                best = (value, clause[min(m.start(), peak.start()) : max(m.end(), peak.end())].strip())
    return best


# A rate an hour at the peak, the peak's hours and the rest of the day's load against it: "40k requests per hour at
# peak; peak is 19~23, so 4 hours; other hours maybe 1/4 of peak" is 40k x 4 + 10k x 20 = 360k requests a day.
_RATE_AT_PEAK = rx.compile(
    NUM
    + r"\s*(?P<what>(?:[a-z-]+\s+){0,2}?"
    + REQUESTS
    + r")?\s*(?:per|an|a|each|every|/)\s*(?:hour|hr|h)\b\s*(?:at|during|in)\s+(?:the\s+)?(?:evening\s+|daily\s+)?"
    r"peak(?:\s+(?:hours?|times?|time))?\b"
)
# the peak said first: "at peak we do 500 calls an hour"
_PEAK_THEN_RATE = rx.compile(
    r"\b(?:at|during|in)\s+(?:the\s+)?peak(?:\s+(?:hours?|times?|time))?\s*,?\s*(?:we\s+(?:do|get|see|handle|have|serve|"
    r"process)\s+|it'?s\s+|there\s+are\s+|traffic\s+is\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?"
    + NUM
    + r"\s*(?P<what>(?:[a-z-]+\s+){0,2}?"
    + REQUESTS
    + r")?\s*(?:per|an|a|each|every|/)\s*(?:hour|hr|h)\b"
)
_PEAK_SPAN = rx.compile(
    r"\bpeak\w*(?:\s+(?:hours?|times?|window))?\s+(?:is|are|runs?|lasts?|goes|from|between|=|:)?\s*(?:from\s+|between\s+)?"
    r"\(?\s*(?:about\s+|around\s+|roughly\s+)?(?P<a>\d{1,2})(?::\d\d)?\s*(?P<ap>am|pm)?\s*(?:about|~|-|–|to|till|until|and)\s*"
    r"(?P<b>\d{1,2})(?::\d\d)?\s*(?P<bp>am|pm)?"
)
_PEAK_HOURS = rx.compile(
    r"\bpeak\w*\b[^.;!?]{0,50}?\b(?:so\s+|for\s+|about\s+|around\s+|roughly\s+|~\s*)*(?P<h>\d{1,2}(?:\.\d+)?)\s*"
    r"(?:hours?|hrs?|h)\b|\b(?P<h2>\d{1,2}(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s+(?:of|at)\s+(?:the\s+)?peak\b"
)
_OFF_PEAK = rx.compile(
    r"\b(?:other|the other|rest of the|remaining|off[- ]peak|non[- ]peak|outside (?:the )?peak|the rest of the|"
    r"otherwise)\s*"
    r"(?:hours?|times?|of the (?:day|time)|day)?\b[^.;!?\d]{0,25}?(?P<f>\d+(?:\.\d+)?)\s*%\s*of\s+(?:the\s+)?"
    r"(?:peak|that|it|this|the peak rate|peak load|peak traffic)\b"
)


def _clock(hour: int, half: str | None) -> int:
    if half == "pm" and hour < 12:
        return hour + 12
    if half == "am" and hour == 12:
        return 0
    return hour


# a rate an hour at the peak with its hours, and the other hours' own rate ("peak is 1,800 calls per hour from 18:00
# to 21:00, other times about 300 calls per hour"), inside the hours the line is open
_PEAK_RATE_SPAN = rx.compile(
    r"\bpeak\s+(?:is|of|at|:)?\s*(?:about\s+|around\s+|~\s*)?(?P<n>\d+(?:\.\d+)?)\s*(?P<k>k)?\s+(?P<what>[a-z]+)\s+"
    r"(?:per|an|a|/)\s*hour\s+(?:from|between)\s+(?P<a>\d{1,2})(?::\d{2})?\s*(?P<ap>am|pm)?\s*(?:to|-|and|until|till)\s*"
    r"(?P<b>\d{1,2})(?::\d{2})?\s*(?P<bp>am|pm)?"
)
_OTHER_HOURS_RATE = rx.compile(
    r"[,;.]?\s*(?:and\s+)?(?:other times|otherwise|the rest of the (?:day|time)|outside (?:that|those hours|the peak)|"
    r"off[- ]peak)\s*(?:is|are|:|,)?\s*(?:about\s+|around\s+|~\s*)?(?P<m>\d+(?:\.\d+)?)\s*(?P<mk>k)?\s+(?:[a-z]+\s+)?"
    r"(?:per|an|a|/)\s*hour\b"
)


def peak_and_rest(t: str, hours_open: Callable[[str], float | None]) -> tuple[str, str | None]:
    """``t`` with a peak's rate an hour over its hours and the other open hours' own rate written as the day's count;
    and the note of the arithmetic (None when the message says no such profile, or not the hours it is open).
    ``hours_open`` reads the hours a day the message says the traffic runs (asked only when both rates are said)."""
    pm = _PEAK_RATE_SPAN.search(t)
    om = _OTHER_HOURS_RATE.search(t, pm.end()) if pm is not None else None
    open_hours = hours_open(t) if pm is not None and om is not None else None
    if pm is None or om is None or open_hours is None:
        return t, None
    a, b = _clock(int(pm["a"]), pm["ap"]), _clock(int(pm["b"]), pm["bp"] or pm["ap"])
    peak_hours = float((b - a) % 24)
    if not 0 < peak_hours < open_hours <= 24:
        return t, None
    n = float(pm["n"]) * (1000 if pm["k"] else 1)
    rest = float(om["m"]) * (1000 if om["mk"] else 1)
    per_day = n * peak_hours + rest * (open_hours - peak_hours)
    what = pm["what"]
    note = (
        f"{n:,.0f} {what} an hour for {peak_hours:g} peak hours + {rest:,.0f} an hour for the other "
        f"{open_hours - peak_hours:g} open hours = {per_day:,.0f} a day"
    )
    said = f"{plain(per_day)} {what} a day"
    return t[: pm.start()] + said + " " * (om.end() - pm.end()) + t[om.end() :], note


def peak_profile(t: str) -> tuple[str, str | None]:
    """``t`` with a rate an hour at the peak, said with the peak's hours and the other hours' share of it, written as
    the day's count it makes; and a note of the arithmetic (None when the message says no such profile)."""
    rate = _RATE_AT_PEAK.search(t) or _PEAK_THEN_RATE.search(t)
    off = _OFF_PEAK.search(t)
    if rate is None or off is None or _CONDITION.search(t[max(0, rate.start() - 30) : rate.start()]):
        return t, None
    hours: float | None = None
    span = _PEAK_SPAN.search(t)
    if span is not None:
        a, b = _clock(int(span["a"]), span["ap"]), _clock(int(span["b"]), span["bp"] or span["ap"])
        hours = float((b - a) % 24) or None
    said = _PEAK_HOURS.search(t)
    if said is not None:
        hours = float(said["h"] or said["h2"])
    if hours is None or not 0 < hours < 24:
        return t, None
    share = float(off["f"]) / 100
    if not 0 <= share <= 1:
        return t, None
    per_hour = number(rate)
    per_day = per_hour * hours + per_hour * share * (24 - hours)
    what = (rate["what"] or "requests").strip()
    note = (
        f"{per_hour:,.0f} {what} an hour for {hours:g} peak hours + {share:.0%} of that for the other "
        f"{24 - hours:g} hours = {per_day:,.0f} a day"
    )
    return t[: rate.start()] + f"{plain(per_day)} {what} a day" + t[rate.end() :], note


# a count said at the peak in an earlier message ("forty thousand request per day at peak"), its period said again
_COUNT_AT_PEAK = rx.compile(
    NUM
    + r"\s*(?P<what>(?:[a-z-]+\s+){0,2}?"
    + REQUESTS
    + r")?\s*(?P<per>(?:per|an|a|each|every|/)\s*(?:hour|hr|h|day|minute|min)\b)\s*(?:at|during|in)\s+(?:the\s+)?"
    r"(?:evening\s+|daily\s+)?peak\b"
)
_HOURLY = rx.compile(r"\b(?:per|an|a|each|every|/)\s*(?:hour|hr|h)\b|\bhourly\b")


def peak_profile_across(before: str, now: str) -> str | None:
    """An earlier message's count at the peak and this one's hours of the peak and share of it for the other hours
    ("forty thousand request per day at peak, ..." then "sorry, per hour at peak, not per day. peak is 19~23 so 4
    hour. other hours maybe 1/4 of peak"), as one message to read (the period put right if this one says "per
    hour"); None when the two say no such profile."""
    b, n = normalize(before), normalize(now)
    if _RATE_AT_PEAK.search(n) or _PEAK_THEN_RATE.search(n) or not _OFF_PEAK.search(n):
        return None
    if not (_PEAK_SPAN.search(n) or _PEAK_HOURS.search(n)):
        return None
    count = _COUNT_AT_PEAK.search(b)
    if count is None:
        return None
    per = count["per"]
    if _HOURLY.search(n) or rx.search(r"\b(?:hour|hr|h)\b", per):
        per = "per hour"
    else:
        return None  # a count a day at the peak: which hours it spreads over is not said
    # (the earlier words as written, the period put right: "... per day at peak" is "... per hour at peak")
    fixed = rx.sub(
        r"(?:per|an|a|each|every|/)\s*(?:day|d|minute|min)\b(?=\s*(?:at|during|in)\s+(?:the\s+)?(?:evening\s+|daily\s+)?peak)",
        per,
        before,
        count=1,
        flags=re.IGNORECASE,
    )
    return f"{fixed.rstrip(' .')}. {now}"


# the busiest hour's figure and its share of the day: "peak hr ≈ 3M tokens ≈ 25% of the daily volume", "our busiest
# hour does about 3 million tokens, and that single hour is roughly a quarter of the day's total" (12M a day)
_HOUR_AND_SHARE = rx.compile(
    r"\b(?:peak|busiest|top|highest)\s+(?:hour|hr)\b[^.;!?\d]{0,30}?"
    + NUM
    + r"(?P<what>\s*(?:[a-z-]+\s+){0,1}?(?:tokens?|toks?|requests?|calls?|messages?|chats?|queries))"
    r"[^.;!?\d]{0,45}?(?P<pct>\d+(?:\.\d+)?)\s*%\s*of\s+(?:the\s+|our\s+)?(?:whole\s+|entire\s+|total\s+)?"
    r"(?:daily|day'?s?|a day'?s?)(?:\s+(?:volume|total|traffic|tokens|load))?\b"
)


def peak_share(t: str) -> tuple[str, str | None]:
    """``t`` with the busiest hour's figure said as a share of the day written as the day's figure, and a note of
    the arithmetic (None when the message says no such thing)."""
    m = _HOUR_AND_SHARE.search(t)
    if m is None or _CONDITION.search(t[max(0, m.start() - 30) : m.start()]):
        return t, None
    share = float(m["pct"]) / 100
    if not 0.04 < share <= 1:  # (one hour is at least 1/24 of a day's traffic)
        return t, None
    hour = number(m)
    day = hour / share
    what = m["what"].strip()
    note = f"the busiest hour's {hour:,.0f} {what} as {share:.0%} of the day: {day:,.0f} a day"
    return t[: m.start()] + f"{plain(day)} {what} a day" + t[m.end() :], note


# the busiest hour's share of the day alone: "the top hour is about 9% of the day's calls", "busiest hour is maybe
# 10% of the day" (0.09 of the day in one of its 24 hours: 2.16 times the average hour)
_HOUR_SHARE = rx.compile(
    r"\b(?:peak|busiest|top|highest|heaviest)\s+(?:hour|hr)\b[^.;!?\d]{0,25}?(?P<pct>\d+(?:\.\d+)?)\s*%\s*of\s+"
    r"(?:the\s+|our\s+|a\s+)?(?:whole\s+|entire\s+|total\s+)?(?:daily|day'?s?)\b"
)


def hour_share_peak(t: str) -> tuple[float, str] | None:
    """The peak-to-average of the busiest hour said as its share of the day, with the words; None when not said."""
    m = _HOUR_SHARE.search(t)
    if m is None or _CONDITION.search(t[max(0, m.start() - 30) : m.start()]):
        return None
    share = float(m["pct"]) / 100
    if not 1 / 24 < share <= 1:
        return None
    return share * 24, m.group(0).strip()
