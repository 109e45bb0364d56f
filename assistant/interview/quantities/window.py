"""The hours a week the traffic runs, when the user names them: "office hours 9-18", "8am to 8pm, mon-sat",
"9 to 5 on weekdays", "between 07:00 and 19:00 every day".

A range of numbers is a time of day only beside words about time (hours, office, shift, am/pm, "h",
a clock time); "3-5 engineers" and "10-20M tokens" are not. Days default to the five of a working week.
"""

from __future__ import annotations

from typing import NamedTuple

import assistant.interview.patterns as rx
from assistant.interview.quantities.peak import MULTIPLE, PEAK_WORD, REFERENCE
from assistant.interview.quantities.weekdays import hours_a_day

_TIME = r"(?P<{n}h>\d{{1,2}})(?:[:.h](?P<{n}m>\d\d))?\s*(?P<{n}ap>a\.?m\.?|p\.?m\.?|h(?:rs)?\b|o'?clock)?"
RANGE = rx.compile(
    r"(?<![\d.,])(?:(?P<btw>between\s+)|from\s+)?"
    + _TIME.format(n="a")
    + r"\s*(?:-?\s*to\s*-?|-|–|—|till|til|until|through|thru|(?(btw)and|(?!)))\s*"
    + _TIME.format(n="b")
    # what follows a time of day: nothing, a mark, or a word about when ("3-5 tickets" is a count)
    + r"(?=\s*(?:$|[,;:.)/(!?&+\]-]|(?:on|every|each|daily|in|at|and|or|with|incl\w*|local|our|their|"
    r"cet|cest|utc|gmt|[ecmp][sd]t|ist|jst|kst|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|week|weekdays?|weekends?|"
    r"thing|schedule|window|pattern|job|type|kind|ish|style|"
    r"(?:business|office|working) hours|time|daytime|shifts?|traffic|usage|mostly|only|roughly|approx\w*|"
    # a place's clock ("9:00-10:00 Japan time", "8-17 Mexico City time")
    r"(?:[a-z]+\s+){1,2}time)\b))"
)
TIME_WORDS = rx.compile(
    r"\b(?:hours?|office|business|working|weekdays?|weekends?|mon(?:day)?s?|fri(?:day)?s?|every ?day|"
    r"work(?:ing)?[- ]?days?|opening|open|shift|daytime|daylight|"
    r"o'?clock|local time|cet|cest|utc|gmt|est|pst|ist)\b|\d\s*(?:a\.?m|p\.?m)\b|\d[:.h]\d\d|\d\s*h\b"
)
DAYS = (
    (7, rx.compile(r"\b(?:7|seven) days|every ?day|all week|incl(?:uding|\.)? weekends?|weekends? too|24/7")),
    (6, rx.compile(r"\b(?:mon(?:day)?s?\s*(?:-|–|to|through|thru)\s*sat(?:urday)?s?|(?:6|six) days)")),
    (
        5,
        rx.compile(
            r"\b(?:mon(?:day)?s?\s*(?:-|–|to|through|thru)\s*fri(?:day)?s?|weekdays?|week days|(?:5|five) days|"
            r"working days|business days)"
        ),
    ),
)
DAYS_PER_WORKING_WEEK = 5


# a time of day said as the peak's ("5 to 7:30pm local it's easily 4x the average")
AT_PEAK = rx.compile(r"^[^.,;!?\d]{0,25}?(?:" + MULTIPLE + r")\s*(?:the\s+)?" + REFERENCE)


# the peak named just before a time of day, or earlier in its clause ("peaks 5-7pm", "we peak at 1k a minute 5-7pm")
PEAK_BEFORE = rx.compile(PEAK_WORD + r"(?:\W+(?:\w+\W+){0,2}|(?:[^\w.,;!?]+[\w']+){0,6}[^\w.,;!?]+)$")


class Window(NamedTuple):
    hours_per_day: float
    days_per_week: int
    days_said: bool
    quote: str

    @property
    def hours_per_week(self) -> float:
        return self.hours_per_day * self.days_per_week


def _hour(h: str, m: str | None, ap: str | None) -> float | None:
    hour, minutes = int(h), int(m or 0)
    if hour > 24 or minutes >= 60:
        return None
    mark = (ap or "").replace(".", "")
    if mark.startswith("pm") and hour < 12:
        hour += 12
    elif mark.startswith("am") and hour == 12:
        hour = 0
    return hour + minutes / 60


CLOCK_HOURS = rx.compile(r"\b(from \d{1,2} (?:to|till|until|-)) (\d{1,2}) hours\b")


# a share of the traffic said to come in the window ("~60% land between 07:00 and 13:00", "70% of them are done
# between 14h and 18h", "between 7 and 9pm we get 40% of the day's messages")
SHARE_IN_WINDOW = rx.compile(
    r"(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:of\s+(?:them|it|those|these|the\s+\w+|our\s+\w+|all\s+\w+)\s+)?"
    r"(?:\w+\s+){0,3}?(?:between|from|in|during)?\s*$"
)
SHARE_AFTER_WINDOW = rx.compile(
    r"[^.;!?\d]{0,40}?(?P<pct>\d+(?:\.\d+)?)\s*%\s*of\s+(?:the\s+)?(?:day'?s?|daily|all|them|the\s+\w+|our\s+\w+|"
    # "maybe 15% of questions of the day"
    r"(?:\w+\s+){1,2}?(?:of|in|for)\s+(?:the|a)\s+day\b)"
)


def window_peak(t: str) -> tuple[float, str] | None:
    """The peak-to-average of a share of the day's traffic said to come in a daily window ("~60% land between
    07:00 and 13:00": 0.6 of the day in 6 of its 24 hours is 2.4 times the average hour), with the words; None when
    no share of the traffic is said with a window."""
    t = CLOCK_HOURS.sub(r"\1 \2h", t)
    for m in RANGE.finditer(t):
        share = SHARE_IN_WINDOW.search(t[max(0, m.start() - 50) : m.start()]) or SHARE_AFTER_WINDOW.match(t, m.end())
        if share is None:
            continue
        start, end = _hour(m["ah"], m["am"], m["aap"]), _hour(m["bh"], m["bm"], m["bap"])
        if start is None or end is None:
            continue
        if end <= start and not m["bap"] and end + 12 > start and end < 12:
            end += 12
        hours = end - start if end > start else end + 24 - start
        pct = float(share["pct"]) / 100
        if not 0.25 <= hours < 24 or not 0 < pct <= 1 or pct <= hours / 24:
            continue
        return pct / (hours / 24), m.group(0).strip()
    return None


# hardware said busy or idle at those hours, in the sentence of the span: the machines' hours, not the traffic's
MACHINES_BUSY = rx.compile(
    r"\b(?:busy|idle|in use|occupied|booked|free|used)\b[^.;!?]{0,12}\b(?:\d{1,2}(?::\d\d)?\s*(?:-|–|to)\s*\d|from\b)"
    r"(?=[^.;!?]{0,60}\b(?:builds?|bakes?|renders?|training|jobs?|batch(?:es)?|backups?)\b)"
)
# ... or the hardware named before the span, said busy or idle ("the GPUs sit idle from 1 to 7")
HARDWARE_BUSY_BEFORE = rx.compile(
    r"\b(?:gpus?|cards|farm|cluster|nodes|servers?|machines|boxes)\b[^.;!?]{0,40}\b(?:busy|idle|in use|free)\b"
    r"[^.;!?\d]{0,15}$"
)


def read_window(t: str) -> Window | None:
    """The daily window and days a week a normalized message gives its traffic; None when it names none."""
    t = CLOCK_HOURS.sub(r"\1 \2h", t)  # "from 8 to 15 hours": the hours of the clock, not a duration
    for m in RANGE.finditer(t):
        clause = t[max(0, m.start() - 60) : m.end() + 40]
        if not TIME_WORDS.search(clause):
            continue
        if AT_PEAK.search(t[m.end() : m.end() + 45]) or PEAK_BEFORE.search(t[: m.start()]):
            continue  # "5 to 7:30pm it's easily 4x the average", "peaks 5-7pm": the peak's hours, not the traffic's
        if SHARE_IN_WINDOW.search(t[max(0, m.start() - 50) : m.start()]) or SHARE_AFTER_WINDOW.match(t, m.end()):
            continue  # "~60% land between 07:00 and 13:00": a share of the traffic, not all of it (window_peak)
        head = t[t.rfind(".", 0, m.start()) + 1 : m.start()]
        if MACHINES_BUSY.search(head + t[m.start() : m.end() + 60]) or HARDWARE_BUSY_BEFORE.search(head):
            continue  # "a build farm of 24 GPUs ... busy 22:00-06:00 with nightly builds": the machines' hours
        start_mark = m["aap"]
        if not start_mark and (m["bap"] or "").startswith("p") and int(m["ah"]) < int(m["bh"]) <= 12:
            start_mark = "pm"  # "between 6 and 10pm": both in the evening (but "9 to 5pm" runs from the morning)
        start, end = _hour(m["ah"], m["am"], start_mark), _hour(m["bh"], m["bm"], m["bap"])
        if start is None or end is None:
            continue
        if end <= start and not m["bap"] and end + 12 > start and end < 12:  # "9 to 5": 5 in the afternoon
            end += 12
        hours = end - start if end > start else end + 24 - start  # "22-6": a night shift over midnight
        if not 1 <= hours < 24:
            continue
        days, said = DAYS_PER_WORKING_WEEK, False
        for count, pattern in DAYS:
            if pattern.search(t):
                days, said = count, True
                break
        return Window(hours_per_day=hours, days_per_week=days, days_said=said, quote=m.group(0).strip())
    return None


def rate_hours_a_day(t: str) -> float | None:
    """The hours a day a rate per hour (minute, second) runs: said as hours ("8 hours a day") or as the clock times of
    the traffic's daily window with its days ("150 requests a minute, 9-6 mon-fri"); None when neither is said."""
    said = hours_a_day(t)
    if said is not None:
        return said
    window = read_window(t)
    if window is None or window.hours_per_day >= 20 or not window.days_said or window.days_per_week not in (5, 7):
        return None  # ("3k an hour, business hours 9-5": which days is not said; the month's volume is asked)
    return window.hours_per_day


def window_weekdays(t: str) -> str | None:
    """The words of a daily window said with five days a week ("9-5 mon-fri"): its rates run on working days."""
    window = read_window(t)
    if window is None or window.hours_per_day >= 20 or window.days_per_week != 5 or not window.days_said:
        return None
    return window.quote
