"""The pieces every reader's patterns are built from: a number with its magnitude ("1.5M", "20 bn"), a period
and its factor to a month ("a day", "/hr", "nightly"), tokens, and the units a request comes in ("tickets",
"documents", "calls").
"""

from __future__ import annotations

import re

from tools.results import Conventions

MAGNITUDE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "mill": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bil": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
    "milion": 1e6,
    "millon": 1e6,
    "mio": 1e6,
    "mln": 1e6,
    "bilion": 1e9,
}
NUM_CORE = (
    r"(?P<neg>-)?(?P<num>\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?P<mag>k|thousand|mm|mn|mill|mil|milion|millon|mio|mln|million|millions|m|bn|bil|bilion|billion|"
    r"billions|b|tn|trillion|t)(?![a-z]))?"
)
# (a minus is written against its figure: "-5M"; "chat - 20M tokens a day" is a dash before the figure)
NUM = r"(?<![\w.$€£:/])" + NUM_CORE


def num(prefix: str) -> str:
    """NUM with its groups renamed (for patterns holding two numbers)."""
    return (
        NUM.replace("?P<neg>", f"?P<{prefix}neg>")
        .replace("?P<num>", f"?P<{prefix}num>")
        .replace("?P<mag>", f"?P<{prefix}mag>")
    )


PERIOD_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400}
PERIOD_WORDS = {
    "second": "second",
    "s": "second",
    "minute": "minute",
    "min": "minute",
    "hour": "hour",
    "hr": "hour",
    "sec": "second",
    "h": "hour",
    "day": "day",
    "daily": "day",
    "d": "day",
    "week": "week",
    "weekly": "week",
    "wk": "week",
    "month": "month",
    "monthly": "month",
    "mo": "month",
    "quarter": "quarter",
    "qtr": "quarter",
    "quarterly": "quarter",
    "year": "year",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
    "yr": "year",
    "a year": "year",
    "night": "day",
    "nightly": "day",
}
PERIOD = (
    r"(?:(?:\ban?|\bper(?:\s+one)?|\beach|\bevery|\bin\s+(?:a|one)|\ba\s+single|"
    r"\b(?:in|on|during|for|over)\s+an?\s+(?:typical|normal|average|usual|regular|ordinary|given)|"
    r"\b(?:the\s+)?(?:last|this|past|previous)|\bfor\s+the(?:\s+(?:whole|full|entire))?(?=\s+(?:day|week|month|year)\b(?!'))|"
    r"\b(?:across|over|throughout|through|in)\s+the\s+(?:whole|full|entire)(?=\s+(?:day|week|month|year)\b(?!'))|"
    r"\b(?:every|each|a|per)\s+(?:business|working|calendar|"
    r"single))\s+(?:work(?=\s?days?\b)\s?|week(?=days?\b))?(?P<period>second|sec|minute|min|hour|hr|day|week|wk|month|"
    r"mo|"
    r"quarter|qtr|year|yr|night)s?\b|"
    r"/\s*(?:(?:business|working|work)\s?(?=days?\b))?(?P<slash>second|sec|s|minute|min|m|hour|hr|h|day|d|week|wk|w|"
    r"month|mo|quarter|qtr|year|yr|y)\b|"
    r"\bby\s+(?P<by>day|week|month)\b(?!\s*(?:\d|of\b|end|'s))|"
    r"(?P<adv>daily|weekly|monthly|quarterly|yearly|annually|annual|nightly)\b)"
)
SLASH = {"s": "second", "m": "minute", "h": "hour", "d": "day", "w": "week", "y": "year"}


def period_of(m: re.Match[str], prefix: str = "") -> str:
    """The period a match of ``PERIOD`` names ("day", "month"); ``prefix``: the one its groups were renamed with
    (``PERIOD.replace("?P<", "?P<p_")``)."""
    if m[prefix + "slash"]:
        return SLASH.get(m[prefix + "slash"], m[prefix + "slash"])
    return str(m[prefix + "period"] or m[prefix + "adv"] or m[prefix + "by"] or m.groupdict().get(prefix + "typical"))


TOKENS = r"(?:tokens?|toks?|tkns?)"
# a share said as a fraction: "about one third will use it", "target half of what we spend"
FRACTION_SHARES = {
    "half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "two thirds": 2 / 3,
    "three quarters": 0.75,
    "a fifth": 0.2,
    "one fifth": 0.2,
    "a tenth": 0.1,
}
REQUESTS = (
    r"(?:requests?|reqs?|calls?|queries|query|messages?|msgs?|conversations?|chats?|tickets?|tix|documents?|docs?|"
    r"e-?mails?|mails?|prompts?|completions?|api calls?|inferences?|generations?|questions?|pages?|transcripts?|"
    r"sessions?|"
    r"summaries|articles?|files?|records?|items?|jobs?|turns?|interactions?|lookups?|search(?:es)?|invocations?|pdfs?|"
    r"rows?|reviews?|contracts?|reports?|invoices?|receipts?|claims?|notes?|posts?|comments?|listings?|"
    r"descriptions?|translations?|recordings?|meetings?|resumes?|applications?|forms?|leads?|cases?|orders?|"
    r"threads?|images?|screenshots?|chunks?|passages?|snippets?|tasks?|runs?|"
    # the things a business counts: what arrives, what is written, what is handled
    r"inquiry|inquiries|enquiry|enquiries|complaints?|appeals?|contacts?|transactions?|bookings?|reservations?|"
    r"payments?|visits?|letters?|texts?|sms|replies|reply|responses?|answers?|outputs?|classifications?|"
    r"extractions?|evaluations?|policies|quotes?|incidents?|alerts?|events?|episodes?|videos?|captions?|"
    r"speeches|discharges?|referrals?|prescriptions?|shipments?|deliveries|returns?|refunds?|disputes?|"
    r"submissions?|essays?|assignments?|resumés?|cvs?|profiles?|products?|skus?|catalog(?:ue)? entries|entries|"
    r"posts?|tweets?|headlines?|stories|summaries?|drafts?|memos?|memoranda|memorandums|filings?|briefs?|"
    r"calls? transcribed|"
    # lines of dialogue, said to a game character or a bot ("8 lines a day each"); lines of code are a size
    r"lines?(?!\s+of\s+(?:code|text|logs?|python|sql))|utterances?|dialogues?|leases?|agreements?|applicants?|"
    r"exceptions?|issues?|notifications?|surveys?|abstracts?|papers?|questionnaires?|announcements?|newsletters?|"
    r"obituaries|bulletins?|minutes of meetings|work ?orders?|purchase orders?)"
)


# counted things written short, as their full noun ("40k tix/day" is 40,000 tickets)
SHORTHAND = {"tix": "ticket", "msgs": "message", "msg": "message", "reqs": "request", "req": "request", "docs": "doc"}


def singular(noun: str) -> str:
    """One of a counted thing: "queries" -> "query", "speeches" -> "speech", "claims" -> "claim", "tix" -> "ticket"."""
    if noun in SHORTHAND:
        return SHORTHAND[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def number(m: re.Match[str]) -> float:
    value = float(m.group("num"))
    mag = (m.groupdict().get("mag") or "").lower()
    if mag:
        value *= MAGNITUDE[mag]
    if m.groupdict().get("neg"):
        value = -value
    return value


def _period_factor(period: str, conventions: Conventions) -> float:
    """Multiplier from 'per <period>' to per month."""
    unit = PERIOD_WORDS[period]
    if unit == "month":
        return 1.0
    if unit == "year":
        return 1 / 12
    if unit == "quarter":
        return 1 / 3
    return conventions.days_per_month * 86400 / PERIOD_SECONDS[unit]


_ONES = re.compile(
    r"(?<![\w.])(?P<count>\d[\d,.]*\s*(?:k|m|thousand|million)?\s+(?:new|more|other|further|extra)\s+)ones\b"
)
_NOUN = re.compile(r"(?<![\w-])" + REQUESTS + r"\b")
_TEXT_UNIT = re.compile(r"pages?|lines?|chunks?|passages?|snippets?|rows?|turns?")  # sizes, not what is counted


def ones_named(t: str) -> str:
    """ "60,000 old leases in the archive, then 300 new ones a month": the "ones" counted are the things named
    before them (300 new leases), so the count is read as theirs."""

    def named(m: re.Match[str]) -> str:
        before = [n.group(0) for n in _NOUN.finditer(t, 0, m.start()) if not _TEXT_UNIT.fullmatch(n.group(0))]
        return m.group("count") + before[-1] if before else m.group(0)

    return _ONES.sub(named, t)


# A word after a bare figure that counts something else ("now about 25M users"), not a word of the sentence around it
OTHER_NOUN_AFTER = (
    r"(?:users?|customers?|clients?|people|persons|employees|staff|seats|members|subscribers|visitors|sessions?|"
    r"requests?|reqs?|calls?|queries|tickets?|docs?|documents?|pages?|messages?|chats?|conversations?|emails?|"
    r"records?|files?|images?|orders?|transactions?|downloads?|installs?|devices?|students?|patients?|agents?|"
    r"accounts?|mau|dau|rows|items|products|listings|claims|invoices|contracts|cases|calls)\b"
)
