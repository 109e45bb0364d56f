"""A rate that runs on working days only ("800 a day, weekdays only", "~4k docs per workday", "only on business
days", "Mon-Fri", "nothing at weekends"): a month holds the working days of ``Conventions.working_days_per_month``
(52 weeks x 5 / 12, assumed, from ``tools/data/working_days.toml``), not every calendar day.

Said only of the week's shape, never of its hours: "weekday office hours" or "busier on weekdays" leave the
weekend's traffic unknown, so the month is counted as usual; "mostly weekdays", "weekends too", "7 days a week"
say there is weekend traffic.

The hours a day a rate per hour runs ("10 requests per developer per hour, 8 hours a day") are read here too
(``hours_a_day``): such a rate runs those hours of each day, not 24.
"""

from __future__ import annotations

import assistant.interview.patterns as rx

_DAYS = r"(?:week[ -]?days?|business[ -]days?|working[ -]days?|work[ -]?days?)"
_MON_FRI = r"mon(?:day)?s?\s*(?:-|–|to|thru|through|till|until)\s*fri(?:day)?s?"
WEEKDAY_ONLY = rx.compile(
    # "weekdays only", "business days only", "only on business days", "just Mon-Fri"
    r"\b" + _DAYS + r"\s*(?:only|exclusively)\b|\b(?:only|just|exclusively|solely|strictly)\s+(?:on\s+|during\s+|"
    r"over\s+)?(?:the\s+)?(?:" + _DAYS + r"|" + _MON_FRI + r")\b|"
    # "Mon-Fri", "monday to friday", "M-F", "5 days a week"
    r"\b" + _MON_FRI + r"\b|\bm-f\b|\b(?:5|five)\s*(?:days?|d)\s*(?:a|per|each|every|/|in a)\s*(?:week|wk|w)\b|"
    # "per workday", "every business day", "each working day": the rate's own day is a working one
    r"(?<!within )(?<!in )(?<!by )(?<!next )(?<!one )(?:\b(?:per|a|an|each|every)\s+|/\s*)" + _DAYS + r"\b|"
    # "8:30 to 17:30, weekdays.": the days closing a list of when it runs
    r"[,;]\s*(?:week[ -]?days?|" + _MON_FRI + r")\s*(?:only\s*)?(?=[.;!\n]|$)|"
    # "on business days", "on weekdays"
    r"\bon\s+(?:the\s+)?(?:" + _DAYS + r"|" + _MON_FRI + r")\b|"
    # "no weekends", "nothing at weekends", "closed on weekends", "weekends off", "except weekends"
    r"\b(?:no|nothing|zero|none|closed|off|dead|idle|never)\s+(?:on\s+|at\s+|over\s+|during\s+)?(?:the\s+)?"
    r"week-?ends?\b|\bweek-?ends?\s*[:=-]?\s*(?:are\s+|is\s+)?"
    r"(?:(?:basically|pretty much|practically|totally|completely|virtually|essentially)\s+)?"
    r"(?:off|closed|zero|0|nothing|none|excluded|dead|idle|"
    r"empty|no traffic|nil)\b|"
    r"\b(?:except|excluding|excl\.?|not on|never on|but not|apart from|other than)\s+(?:on\s+|at\s+)?(?:the\s+)?"
    r"week-?ends?\b|"
    # "closed saturdays and sundays", "nothing on sat/sun"
    r"\b(?:closed|off|nothing|no traffic|zero|idle|dead|never)\s+(?:on\s+)?(?:sat(?:urday)?s?\s*(?:/|-|&|and|or|\+)\s*"
    r"sun(?:day)?s?)\b"
)
ALL_WEEK = rx.compile(
    # traffic on every day: "7 days a week", "24/7", "weekends too", "incl. weekends", "every day of the week"
    r"\b(?:7|seven)\s*(?:days?|d)\s*(?:a|per|each|every|/|in a)\s*(?:week|wk|w)\b|\b24\s*/\s*7\b|\b24x7\b|"
    r"\bevery (?:single )?day of the week\b|\b(?:incl\w*|plus|and|also|even|too|as well as)\s+(?:on\s+|at\s+)?"
    r"(?:the\s+)?week-?ends?\b|\bweek-?ends?\s+(?:too|as well|included|also|included)\b|"
    # "not only weekdays", "not just business days"
    r"\b(?:not|n't)\s+(?:only|just)\s+(?:on\s+)?(?:" + _DAYS + r")\b|"
    # some weekend traffic: "mostly weekdays", "weekends are quieter", "less at weekends"
    r"\b(?:mostly|mainly|largely|primarily|usually|typically|generally|mostly on)\s+(?:on\s+|during\s+)?(?:the\s+)?"
    r"(?:" + _DAYS + r"|" + _MON_FRI + r")\b|"
    r"\bweek-?ends?\s+(?:are\s+|is\s+)?(?:quieter|lighter|slower|lower|less|busier|busy|heavier|half|smaller|"
    r"reduced|lower)\b|\b(?:less|fewer|lower|lighter|quieter|slower|busier|more|some|a bit|a little)\s+(?:\w+\s+)?"
    r"(?:on|at|over|during)\s+(?:the\s+)?week-?ends?\b"
)


def weekday_only(t: str) -> str | None:
    """The words that say the traffic runs on working days only (on the normalized text), or None."""
    if ALL_WEEK.search(t):
        return None
    found = WEEKDAY_ONLY.search(t)
    return found.group(0).strip() if found else None


# the hours a day the traffic (or a person's rate per hour) runs: "8 hours a day", "8h/day", "an 8-hour shift"
HOURS_A_DAY = rx.compile(
    r"(?<![\d.])(?P<n>\d{1,2}(?:\.5)?)\s*-?\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every|/|in a)\s*(?:work(?:ing)?\s*)?"
    r"(?:day|d|shift)\b|\b(?:an?|one|the|our|their|each|every|per|a typical|an average)\s+(?P<n2>\d{1,2})[- ]?"
    r"(?:hour|hr|h)\s+(?:work(?:ing)?\s*|business\s+|office\s+)?(?:day|shift)\b"
    # ("900 req/h x 8h": the hours a rate per hour runs, multiplied out)
    r"|/\s*h(?:ou)?r?\s*[x×*]\s*(?P<n3>\d{1,2})\s*(?:h|hrs?|hours?)\b"
)


def hours_a_day(t: str) -> float | None:
    """The hours a day a rate per hour runs, when the message says it ("10 requests per developer per hour, 8 hours
    a day"): fewer than 24, or None."""
    found = HOURS_A_DAY.search(t)
    if found is None:
        return None
    hours = float(found["n"] or found["n2"] or found["n3"])
    return hours if 0 < hours < 24 else None


# the working days a month the user counts with ("call it 21 business days a month", "We count with 21 working days per
# month"): a rate per day runs on that many days
WORKING_DAYS_SAID = rx.compile(
    r"(?<![\d.])(?P<n>1[5-9]|2[0-6])\s+(?:business|working|work)\s*days?\s+(?:a|per|each|every|in a|/)\s*month\b"
)


def working_days_said(t: str) -> tuple[float, str] | None:
    """The working days a month said, and the words saying them; None when not said."""
    m = WORKING_DAYS_SAID.search(t)
    return (float(m["n"]), m.group(0)) if m else None


def average_day(weekday: float, weekend: float) -> float:
    """A day's figure averaged over the week, from a weekday's and a weekend day's (five of one, two of the other)."""
    return (5 * weekday + 2 * weekend) / 7
