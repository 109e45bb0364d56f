"""How soon batch results are needed: "starts at 23:00, must be ready by 07:00" is an eight-hour window.

Read into the ``batch_deadline_hours`` fact (hours from the job's start to its deadline). A deadline the
next morning with no start named ("the results must be there by the next morning") is read as the
nominal overnight window below; a stated window ("within 6 hours") is read as it is.
"""

from __future__ import annotations

import assistant.interview.patterns as rx

# "by the next morning" with no start time: an evening-to-morning window, in hours.
OVERNIGHT_HOURS = 12.0

_CLOCK = (
    r"(?P<{n}>midnight|noon|midday|"
    r"\d{{1,2}}(?::\d{{2}})?(?:\s*(?:a\.?m\.?|p\.?m\.?|h\b|o'?clock))?(?:\s+(?:in\s+the\s+)?(?:morning|evening|"
    r"night))?)"
)
_START = rx.compile(
    r"(?:start\w*|begin\w*|kick\w*\s+off|runs?\s+from|from|closes?|clos\w*|submit\w*|launch\w*)"
    r"\s+(?:at\s+|around\s+|about\s+|~\s*|after\s+)?" + _CLOCK.format(n="start")
)
_END = rx.compile(
    r"(?:by|before|until|till|no later than|deadline\s+(?:is\s+|of\s+)?(?:at\s+)?|ready\s+at|done\s+at|"
    r"(?:go|goes|sent|go\s+out|goes\s+out)\s+(?:out\s+)?at|due\s+(?:at\s+|by\s+)?|delivered\s+(?:at|by)|"
    r"published\s+(?:at|by)|needed\s+(?:at|by))"
    r"\s+(?:~\s*|about\s+|around\s+)?" + _CLOCK.format(n="end")
)
_WITHIN = rx.compile(
    r"(?:within|in under|in less than|inside|no more than|window of|turnaround of|up to|at most)\s+"
    r"(?:about\s+|~\s*|an?\s+)?(\d+(?:\.\d+)?)\s*(?:-\s*)?(?:hours?|hrs?|h)\b"
)
_DAYS = rx.compile(
    r"(?:within|in under|in less than|inside|no more than|up to|at most|take)\s+(?:about\s+|~\s*)?"
    r"(a|one|two|three|\d+)\s+(?:days?|24\s*h)\b"
)
_WORD_DAYS = {"a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0}
# a deadline at the start of the next working day, with no hour named
_WORKDAY = rx.compile(
    r"(?:before|by)\s+(?:the\s+)?(?:team|staff|people|employees|everyone|users|analysts|agents|adjusters)\s+"
    r"(?:arrive|get in|come in|start|log in)|(?:by|before)\s+(?:the\s+)?(?:start|opening)\s+of\s+"
    r"(?:business|the\s+(?:work(?:ing)?\s+)?day)|(?:by|before)\s+(?:the\s+)?morning\s+shift"
)
_MINUTES = rx.compile(
    r"(?:within|in under|in less than|in|inside)\s+(?:about\s+|~\s*)?"
    r"(an?\s+few|few|\d+(?:\.\d+)?|one|two|five|ten|thirty)\s*(?:minutes?|mins?)\b"
)
_WORD_MINUTES = {"one": 1.0, "two": 2.0, "five": 5.0, "ten": 10.0, "thirty": 30.0}
# "a few minutes" as a figure: the upper end of what people mean by it
FEW_MINUTES = 10.0
_WINDOW = rx.compile(
    r"(\d+(?:\.\d+)?)\s*-?\s*(?:hours?|hrs?|h)\s+(?:(?:overnight|batch|nightly)\s+)?(?:window|deadline|turnaround|sla)"
)
_MORNING = rx.compile(
    r"(?:by|before|until)\s+(?:the\s+)?(?:next|following|tomorrow)?\s*morning|next[- ]morning deadline"
)
_BATCH_WORDS = (
    r"batch|overnight|nightly|(?:every|each|per|a) night|\bjobs?\b|deadline|(?:next|following|tomorrow) morning|"
    r"(?:next|following) day is too late|not (?:a )?chat|\bsla\b|(?:the|our|each|nightly) run\b|"
    r"\bresults?\b.{0,60}\b(?:by|before)\b"
)
_BATCH = rx.compile(_BATCH_WORDS)
_BATCHY = rx.compile(
    _BATCH_WORDS + r"|"
    # "async - comments within ~2h is fine, next day is not": the whole result's time in hours is a deadline (not
    # "within 6 hours of any change", nor what a person does "within 2 hours")
    r"\basync\w*|(?:next|following) day (?:is|would be) (?:not|too)|"
    r"\b(?:results?|answers?|comments?|outputs?|summar\w+|responses?|reports?|it|them|everything)\b[^.;]{0,30}?"
    r"\bwithin\s+(?:about\s+|~\s*|an?\s+)?\d+(?:\.\d+)?\s*(?:-\s*)?(?:hours?|hrs?|h)\b(?!\s+of\b)"
)
# someone waiting on the answer, or a person doing the work in hours: no batch deadline from the words above
_LIVE_OR_PERSON = rx.compile(
    r"\breal[- ]?time\b|\blive\b|\bon (?:the )?screen\b|\b(?:users?|people|customers?) (?:are|is) waiting\b|"
    r"\b(?:a |the )?(?:human|person|someone|reviewer|agent|staff)\b"
)


def _hour(text: str) -> float | None:
    """'23:00' -> 23, '10pm' -> 22, 'midnight' -> 0, '8 in the morning' -> 8, '7' -> 7 (read as given)."""
    t = text.strip().lower()
    if t.startswith("midnight"):
        return 0.0
    if t.startswith(("noon", "midday")):
        return 12.0
    m = rx.match(r"(\d{1,2})(?::(\d{2}))?", t)
    assert m is not None, "the clock pattern is midnight, noon, midday or starts with digits"
    h = int(m.group(1)) + int(m.group(2) or 0) / 60
    if h >= 24 or int(m.group(2) or 0) >= 60:
        return None
    pm = rx.search(r"p\.?m|evening|night", t)
    am = rx.search(r"a\.?m|morning", t)
    if pm and h < 12:
        h += 12
    elif am and h == 12:
        h = 0
    return h


# the traffic quiet until a time, said right before it: when the load comes, not how long answers may take ("the
# graphs basically flatline until the next morning")
QUIET_UNTIL = rx.compile(
    r"\b(?:flat ?lines?|flat|quiet|dead|nothing|idle|zero|silent|empty|no traffic)\b[^.;!?]{0,15}?(?:until|till|til)\s+"
    r"(?:the\s+)?$"
)


def read_deadline(t: str) -> float | None:
    """Hours from the batch's start to its deadline, or None when the text names none."""
    morning = rx.search(r"\b(?:next )?morning\b", t)
    if (
        morning is not None
        and QUIET_UNTIL.search(t[max(0, morning.start() - 40) : morning.start()])
        and not rx.search(r"\b(?:by|before|until|no later than)\s+\d", t[morning.end() :])
    ):
        return None
    if not _BATCHY.search(t) and not _WORKDAY.search(t):
        return None
    if not _BATCH.search(t) and not _WORKDAY.search(t) and _LIVE_OR_PERSON.search(t):
        return None  # only the words of an async result, beside someone waiting or a person's own work
    m = _WITHIN.search(t) or _WINDOW.search(t)
    if m:
        hours = float(m.group(1))
        return hours if 0 < hours <= 72 else None
    days = _DAYS.search(t)
    if days:
        word = days.group(1)
        n = _WORD_DAYS.get(word) or float(word)
        return 24 * n if 0 < n <= 7 else None
    mins = _MINUTES.search(t)
    if mins:
        word = mins.group(1).strip()
        value = FEW_MINUTES if "few" in word else _WORD_MINUTES.get(word) or float(word)
        return round(value / 60, 4) if value > 0 else None
    end = _END.search(t)
    start = _START.search(t)
    if end:
        e = _hour(end.group("end"))
        s = _hour(start.group("start")) if start and start.start() < end.start() else None
        if e is not None and s is not None:
            span = (e - s) % 24
            return span or None
        if e is not None and rx.search(r"morning|overnight|night|next day|tomorrow", t):
            return OVERNIGHT_HOURS
    if _MORNING.search(t) or _WORKDAY.search(t):
        return OVERNIGHT_HOURS
    return None
