"""A count or volume given as a range: "between 20 and 30 thousand chats a day... let's say 25 thousand" is 25
thousand (the point the user settled on inside their own range); "2-5M tokens a day" alone is read at its middle,
3.5M, and the confirmation says it was the middle of their range. A range wider than ``MAX_SPREAD`` (its top over
its bottom) is too loose to pick a point from: left as it is, the volume reader asks.

The message is rewritten before the readers run: the range becomes the one figure, the settling words are
removed, and ``Settled`` says what was done, for the note beside the stored figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import assistant.interview.patterns as rx
from assistant.interview.quantities.guards import model_size_range
from assistant.interview.quantities.patterns import MAGNITUDE, OTHER_NOUN_AFTER, PERIOD, REQUESTS, TOKENS, period_of
from assistant.interview.quantities.words import plain

MAX_SPREAD = 3.0  # "2-5M" (2.5x) is read at its middle; "50 to 200 million" (4x) is asked about
SIZE_SPREAD = 1.5  # one request's size: "the reply is 150-200 tokens" is 175; "100-500 tokens" is left unread
_MAG = r"k|thousand|mm|mn|mil|mill|million|millions|m|bn|bil|billion|billions|b"
RANGE = rx.compile(
    r"(?P<btw>\b(?:between|from|anywhere from)\s+)?(?<![\w.$€£:/-])(?P<a>\d+(?:\.\d+)?)\s*(?P<amag>" + _MAG + r")?"
    r"(?![\w]|\.\d)\s*(?:-|\bto\b|\band\b)\s*(?P<b>\d+(?:\.\d+)?)\s*(?P<bmag>" + _MAG + r")?(?![\w%]|\.\d)"
    # (not hours of the day: "07 to 18 Central European Time", "9-17 CET")
    r"(?!\s*(?:h\b|o'?clock|am\b|pm\b|cet|cest|est|edt|pst|pdt|utc|gmt|wat|ist|jst|aest|(?:\w+ ){0,2}time\b|local\b))"
)
# what the range counts: tokens or requests (a bare period only when the figures carry a magnitude)
UNIT_AFTER = rx.compile(r"\s*(?:(?:of\s+)?(?:[a-z-]+\s+)?(?:" + TOKENS + r"|" + REQUESTS + r")\b|" + PERIOD + r")")
# "tokens/day: 30-50M": what is counted said just before the range
UNIT_BEFORE = rx.compile(r"\b(?:" + TOKENS + r"|(?P<noun>" + REQUESTS[3:-1] + r")|volume|traffic|usage)\b[^;\d]{0,45}$")
NOT_COUNTS = rx.compile(
    r"\s*(?:%|percent|x\b|times|ms\b|s\b|secs?\b|seconds?|minutes?|mins?\b|hours?|hrs?\b|days?\b|weeks?\b|months?\b|"
    r"years?\b|am\b|pm\b|h\b|o'?clock|params?|parameters?|models?\b|gpus?|people|engineers?|devs?\b|"
    r"\$|usd|dollars?|bucks|eur|euros?|gbp|pounds?)"
)
MONEY_BEFORE = rx.compile(
    r"(?:[$€£]|\b(?:usd|eur|gbp|budget|spend\w*|spent|paid|pay\w*|cost\w*|bill)\b)[^.;,\d]{0,12}$"
)
# the point the user settles on after giving a range
SETTLE = rx.compile(
    r"(?:let'?s say|lets say|call it|say|ballpark(?:\s+(?:of|is|figure))?|somewhere around|realistically|"
    r"more like|most likely|probably|typically|usually|on average|average|avg|mostly|so)\s*[,:]?\s*"
    r"(?:(?:about|around|roughly|approx\w*|like|~)\s*)?(?P<n>\d+(?:\.\d+)?)\s*(?P<mag>" + _MAG + r")?(?![\w%]|\.\d)"
)
HEDGE_BEFORE = rx.compile(r"\b(?:up to|at most|max(?:imum)?|no more than|peaks? (?:at|of)|over|above|more than)\s*$")


@dataclass
class Settled:
    """One range read as a single figure: the figure, the range in the user's words, and how it was picked."""

    value: float
    words: str
    settled: bool  # True: the user named the point; False: the middle of the range

    def note(self) -> str:
        if self.settled:
            return f"the figure you settled on, within your range of {self.words}"
        return f"the middle of your range of {self.words}"


MAG_WORDS = {1e3: " thousand", 1e6: " million", 1e9: " billion"}


def _said_mag(mag: str | None) -> str:
    return MAG_WORDS.get(MAGNITUDE[mag], "") if mag else ""


def _figure(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{plain(value)}"


def settle_ranges(t: str, expecting: list[str]) -> tuple[str, list[Settled]]:
    """The normalized message with each count range replaced by one figure, and what was replaced."""
    done: list[Settled] = []
    pos = 0
    while True:
        rm = RANGE.search(t, pos)
        if rm is None:
            return t, done
        pos = rm.end()
        joiner = t[rm.end("a") : rm.start("b")]
        if rx.search(r"\band\b", joiner) and not rm["btw"]:
            continue  # "5M input and 1M output", "3 and 4": a list, not a range
        if NOT_COUNTS.match(t, rm.end()) or MONEY_BEFORE.search(t[max(0, rm.start() - 30) : rm.start()]):
            continue
        if HEDGE_BEFORE.search(t[max(0, rm.start() - 20) : rm.start()]):
            continue
        if model_size_range(t, rm.start(), rm.end(), rm["bmag"]):
            continue  # "open-weight 8B-70B quality is fine": model sizes, not volumes
        if rx.match(r"\s*(?:-|to)\s*\d", t[rm.end() :]) or rx.search(r"\d\s*(?:-|/|:)\s*$", t[: rm.start()]):
            continue  # part of a longer run of figures (a date, a phone number, a ratio)
        if rm["amag"] and not rm["bmag"]:
            continue  # "10k to 20": not one range
        mag_b = MAGNITUDE[rm["bmag"]] if rm["bmag"] else 1.0
        mag_a = MAGNITUDE[rm["amag"]] if rm["amag"] else mag_b
        lo, hi = float(rm["a"]) * mag_a, float(rm["b"]) * mag_b
        if not 0 < lo < hi:
            continue
        unit = UNIT_AFTER.match(t, rm.end())
        before = UNIT_BEFORE.search(t[max(0, rm.start() - 60) : rm.start()])
        settle = SETTLE.search(t, rm.end(), min(len(t), rm.end() + 120))
        point = None
        if settle is not None and not rx.search(r"[.;!?]\s+\S.*[.;!?]", t[rm.end() : settle.start()]):
            n = float(settle["n"])
            for mag in (MAGNITUDE[settle["mag"]] if settle["mag"] else None, mag_b, 1.0):
                if mag is not None and lo <= n * mag <= hi:
                    point = n * mag
                    break
        if unit is None and not (before and (rm["bmag"] or point is not None)) and "tokens_per_month" not in expecting:
            continue
        hours = unit is not None and not rm["bmag"] and rx.fullmatch(r"\s*" + PERIOD, unit.group(0))
        clock = hi <= 24 or (bool(rm["btw"]) and lo % 100 == 0 and hi % 100 == 0 and hi <= 2400)  # "from 0800 to 1800"
        if hours and clock and (point is None or not before):
            continue  # "9 to 5 every day": hours, not a count ("100 to 300 a day" is one; so is "1 to 3k a day")
        # "answers are 200-300 tokens": the size of one request, read at its middle only when narrow (or settled)
        one_request = bool(
            unit is not None
            and rx.match(r"\s*(?:of\s+)?(?:" + TOKENS + r")\b", unit.group(0))
            and not rx.match(r"\s*(?:of\s+)?(?:" + TOKENS + r")\s*(?:" + PERIOD + r")", t[rm.end() :])
        )
        # "how many questions? between 100 and 1000 a day": the figure keeps the noun said before it
        noun = ""
        own_noun = unit is None and OWN_NOUN_AFTER.match(t, rm.end()) is not None
        if (
            before is not None
            and before["noun"]
            and not own_noun  # ("the draft comes out 1000-1500 words": words, no drafts)
            and (unit is None or rx.fullmatch(r"\s*" + PERIOD, unit.group(0)))
        ):
            noun = " " + before["noun"]
        words = f"{_figure(float(rm['a']))}{_said_mag(rm['amag'])} to {_figure(float(rm['b']))}{_said_mag(rm['bmag'])}"
        said_unit = rx.match(r"\s*(?:of\s+)?(?:[a-z-]+\s+)?(?:" + TOKENS + r"|" + REQUESTS + r")\b", t[rm.end() :])
        if said_unit is not None:
            words += " " + said_unit.group(0).strip()
        other_unit = settle is not None and rx.search(r"\b(?:tokens?|toks?)\b", t[rm.end() : settle.end() + 12])
        if point is None and other_unit:
            continue  # "40 to 60 pages, call it 30,000 tokens": settled in another unit, read there
        if point is not None and settle is not None:
            lead = rx.search(r"[,;]?\s*$", t[: settle.start()])  # the settling words go with their comma
            cut = settle.start() - (len(lead.group(0)) if lead else 0)
            t = t[:cut] + t[settle.end() :]
            done.append(Settled(point, words, True))
        elif hi / lo <= (SIZE_SPREAD if one_request else MAX_SPREAD):
            point = (lo + hi) / 2
            done.append(Settled(point, words, False))
        else:
            continue
        figure = _figure(point) + noun
        t = t[: rm.start()] + figure + t[rm.end() :]
        pos = rm.start() + len(figure)


# a word of its own after a range ("1000-1500 words"): what the range counts, no noun said before it borrowed
OWN_NOUN_AFTER = rx.compile(r"\s*(?:of\s+)?(?!(?:and|or|but|per|each|every|plus|maybe|roughly|give)\b)[a-z]{3,}")


# a figure said as the new level of one said before ("2 billion a month last year, dropped to about 1 billion now")
CHANGED_TO = rx.compile(
    r"\b(?:(?:dropped|fell|fallen|went down|gone down|went up|gone up|grew|grown|rose|risen|increased|decreased|"
    r"climbed|jumped|shrunk|shrank|come down|came down|settled)\s+(?:to|at)|is now|are now|now at|now|"
    # the usual level said after a peak's figure ("that was December, normally it's more like 1.2B")
    r"(?:normally|usually|typically|ordinarily|in a normal month|(?:a |the |our )?(?:normal|typical|usual|regular) "
    r"(?:day|week|month)(?: is|'s))(?:,)?"
    r"(?:\s+(?:it'?s|it is|we'?re at|we are at|we do|we see))?(?:\s+more like|\s+closer to)?)\s+"
    r"(?:about\s+|around\s+|roughly\s+|~\s*)?(?P<num>\d+(?:\.\d+)?)\s*(?P<mag>" + _MAG + r")"
    r"(?![\w%]|\.\d)(?!\s*(?:" + TOKENS + r"\s*)?(?:" + PERIOD + r"|/|per\b|a\b|an\b|each\b))"
    # (a count of something else is no new level: "10M tokens a day last year. now about 25M users")
    r"(?!\s*(?:of\s+)?" + OTHER_NOUN_AFTER + ")"
)
EARLIER = rx.compile(r"\d+(?:\.\d+)?\s*(?:" + _MAG + r")\s*(?P<tok>" + TOKENS + r"\s*)?(?P<when>" + PERIOD + r")")


def carry_period(t: str) -> str:
    """A new level said without its period takes the period of the figure it replaces."""
    for m in reversed(list(CHANGED_TO.finditer(t))):
        own = rx.search(r"\b(?:normal|typical|usual|regular) (?P<p>day|week|month)\b", m.group(0))
        if own is not None:  # "a normal month is about 1.2B": the period is the one it names
            t = t[: m.end()] + f" a {own['p']}" + t[m.end() :]
            continue
        earlier = list(EARLIER.finditer(t, 0, m.start()))
        if not earlier:
            continue
        said = earlier[-1]
        # (the period alone, never its date: "1.8B last month ... normally more like 1.2B" is 1.2B a month)
        when = said["when"].strip()
        if rx.match(r"(?:the\s+)?(?:last|this|past|previous)\b", when):
            when = "a " + period_of(said)
        words = " " + (said["tok"] or "").strip() + " " + when
        t = t[: m.end()] + rx.sub(r"\s+", " ", words) + t[m.end() :]
    return t
