"""Who makes the requests: people (and places) counted in a message or an earlier one, the share of them active,
and a rate said per person ("600 staff, 10 questions each a day", "each of our 40 agents handles ~120 chats per
shift", "per user about 20 requests daily, 8k users", "Headcount: 350 analysts. Avg 15 queries/analyst/day"):
the count of people times the rate of one of them makes the count of requests.

The count is looked for in the rate's own sentence first, then anywhere else in the message (before or after the
rate), then in the conversation's earlier messages; a rate that names its person ("per analyst") takes that group's
count, one that names nobody in particular ("each", "per user") the one group counted, never the team who builds
it ("3 devs").
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import CORRECTION, _is_money
from assistant.interview.quantities.patterns import (
    FRACTION_SHARES,
    MAGNITUDE,
    NUM,
    PERIOD,
    REQUESTS,
    num,
    number,
    period_of,
    singular,
)
from assistant.interview.quantities.words import normalize, plain

POPULATION = (
    r"(?:users?|customers?|employees?|agents?|seats?|people|members?|students?|clinicians?|doctors?|nurses?|reps?|"
    r"subscribers?|accounts?|analysts?|lawyers?|developers?|devs|workers?|drivers?|patients?|stores?|tenants?|"
    r"staff|staffers?|colleagues?|players?|gamers?|visitors?|learners?|teachers?|operators?|officers?|clerks?|"
    r"attorneys?|paralegals?|engineers?|consultants?|partners?|dau|mau|wau|daus|maus|actives|"
    # more of the people a team counts ("200 interns", "5k ppl", "40 underwriters")
    r"interns?|trainees?|volunteers?|physicians?|pharmacists?|therapists?|radiologists?|adjusters?|underwriters?|"
    r"recruiters?|dispatchers?|technicians?|techs|advis[eo]rs?|brokers?|bankers?|sellers?|merchants?|editors?|"
    r"writers?|journalists?|translators?|researchers?|scientists?|associates?|auditors?|accountants?|tutors?|"
    r"caseworkers?|moderators?|reviewers?|salespeople|ppl|persons|folks|"
    # people who do the work counted ("40 tester", "220 techs", "300 lawyers") or are served ("2M farmers")
    r"testers?|qa engineers?|coders?|programmers?|designers?|managers?|specialists?|inspectors?|coaches?|"
    r"instructors?|professors?|lecturers?|pilots?|cashiers?|planners?|buyers?|marketers?|copywriters?|linguists?|"
    r"interpreters?|coordinators?|supervisors?|mechanics?|electricians?|farmers?|growers?|citizens?|residents?|"
    r"clients?|guests?|passengers?|riders?|shoppers?|readers?|listeners?|viewers?|creators?|pupils?|parents?|"
    r"claimants?|applicants?|candidates?|contractors?|freelancers?|employees?|workers?|crew members?|"
    r"handlers?|case(?:handler|worker|manager|officer)s?|social workers?|cadets?|owners?|homeowners?|households?|"
    r"pickers?|packers?|loaders?|tellers?|picker-packers?|warehouse staff|"
    # the legal and clinical trades' own words ("120 fee earners", "40 solicitors", "a dozen barristers")
    r"fee[- ]earners?|solicitors?|barristers?|notaries|notary|clerks?|dentists?|surgeons?|residents?|midwives|"
    r"midwife|carers?|caregivers?)"
)
# places the traffic comes from, counted like people across messages ("4 hospitals" ... "each hospital", "10 hospitals")
SITES = (
    r"(?:hospitals?|clinics?|branch(?:es)?|offices?|schools?|sites?|restaurants?|dealerships?|warehouses?|"
    r"factories|plants?|"
    # ... and the things each of which makes its own requests ("200 occupied beds, each gets 3 handoff notes a day")
    r"beds?|rooms?|wards?|devices?|vehicles?|trucks?|vans?|machines?|cameras?|sensors?|kiosks?|terminals?|"
    r"properties|vessels?|ships?|mines?|farms?|classrooms?|crews?|rigs?|wells?|outlets?|"
    # ... and the devices each of which has its user ("80k smart thermostats in the field")
    r"thermostats?|speakers?|phones?|cars?|appliances?|wearables?|watches|tvs|televisions?)"
)
COUNTED = r"(?:" + POPULATION + "|" + SITES + ")"

PER_HEAD = (
    r"(?:each|apiece|per (?:user|person|head|seat|customer|employee|agent|member|student|rep|account|dev\w*)|a head|"
    r"a (?:user|person|seat|customer|employee))\b"
)


# "each of our 200 agents does ~50 chats a day", "every one of the 40 analysts runs 25 queries a day"
EACH_OF = rx.compile(
    r"\b(?:each|every\s*one|all)\s+of\s+(?:the|our|my|those|these|them|its)\s+"
    r"(?:(?:~\s*|about\s+|around\s+|roughly\s+|some\s+|approx\w*\s+)?\d[\d.,]*\s*[km]?\s+)?(?:[a-z-]+\s+)?"
    + POPULATION
    + r"\b(?:\s+[a-z']+){0,3}\s*$"
)


# the person a rate is of, named: "per analyst", "/agent", "each rep", "each of our 40 agents"
NAMED_PERSON = rx.compile(r"(?:\bper\s+(?:[a-z]+\s+){0,2}?|/\s*)(?P<head>" + COUNTED + r")\b")
# a total said as one: "10 questions a day in total", "across everyone", "all together"
IN_TOTAL = rx.compile(r"\s*,?\s*(?:in total|total|altogether|all together|overall|combined|across|between)\b")


# "each", "every one of them", "everyone" said of people, not of a period ("each day") nor of a size ("each ~1k")
PERSON_EACH = rx.compile(
    r"\b(?:each|apiece|every\s*one|everyone|everybody)\b(?!\s+(?:day|night|week|month|year|hour|morning|evening|"
    r"time|shift|weekday|workday|business|working|single|of the (?:day|week|month)))"
)
# where a sentence ends ("2.5k" holds no end)
SENTENCE_END = rx.compile(r"[.;](?!\d)")
# "each" before the size of one request: "2,000 chats a day, each (chat) about 800 tokens" is no rate per person
EACH_SIZE = rx.compile(
    r"\s*,?\s*(?:each|apiece)\s+(?:one\s+|"
    + REQUESTS
    + r"\s+)?(?:is|are|has|of|at|about|around|roughly|approx\w*|~|maybe|like|with|containing|having|\s)*"
    r"(?:\d|(?:a|an|one|half an?)\s+(?:page|paragraph|sentence)s?\b)"  # ("each one is about a page")
)


# words that hedge a figure without changing whose it is ("each of them probably looks at, I don't know, 300")
HEDGES = rx.compile(
    r"[\s,]*\b(?:i (?:do not|don'?t) know|i dunno|i guess|i think|i'?d say|let'?s say|probably|maybe|perhaps|"
    r"roughly|approximately|more or less)\b[\s,]*"
)


# the people who use it, each at the rate said: "those who do average 4 queries a day", "active users average ~10
# conversations a month"
THOSE_WHO = rx.compile(
    r"\b(?:those|the ones|people|users|the users|active users|active ones)\s+(?:who|that)\s+(?:do|use it|"
    r"are active)\s+(?:\w+\s+)?(?:average|averages|avg|do|make|send|ask|have)\s+(?:about\s+|around\s+|"
    r"roughly\s+|like\s+)?$|\b(?:active|engaged|regular)\s+"
    + POPULATION
    + r"\s+(?:\w+\s+)?(?:average|averages|avg)\s+(?:about\s+|around\s+|roughly\s+|like\s+)?$"
)


ONE_PERSON = rx.compile(r"^\W*(?:an?|one)\s+" + POPULATION + r"\s+(?:\w+\s+){0,4}$")


def population(c: Context, rm: re.Match[str]) -> float | None:
    """ "2,000 users, each sends ~20 messages a day": the rate is per user, so many users make the volume. None when
    the rate is not per person; 0 when it names its person ("per analyst") but no count of them is said."""
    m = c.m
    sentence_start = max((b.end() for b in SENTENCE_END.finditer(m, 0, rm.start())), default=0)
    before = m[sentence_start : rm.start()]
    after = m[rm.end() : rm.end() + 30]
    named = NAMED_PERSON.search(rm.group(0)) or EACH_OF.search(before) or _HEAD.search(before + rm.group(0))
    # (or one person as the sentence's subject: "an agent handles about 40 calls a shift")
    those_who = bool(THOSE_WHO.search(before) or ONE_PERSON.search(before))
    per_head_after = bool(rx.match(r"\s*,?\s*" + PER_HEAD, after)) and not EACH_SIZE.match(after)
    # people as the subject of a rate said on average ("people write maybe 3 entries a week on average")
    subject_on_average = bool(
        rx.search(r"\b(?:people|users|customers|members|folks|students|employees)\s+(?:[a-z]+\s+){1,3}?$", before)
        and rx.match(r"\s*(?:on average|each|apiece|per (?:person|user|head))\b", after)
    )
    per_head = (
        named
        or rx.search(r"\b(?:each|apiece)\s+(?:per|a|an|every)\b", rm.group(0))  # "10 requests each per day"
        or per_head_after
        or rx.search(
            # ("each asks the bot about 2 questions a day": a verb, what it is asked of, a hedge)
            r"\b(?:each|every|per|a typical|the typical|the average|an average|the median|a median|the mean)\s+"
            r"(?!(?:day|night|week|month|year|hour|morning|evening|time|shift|workday|weekday)s?\b)"
            r"(?:one|" + POPULATION + r")?\s*(?:of them\s+)?"
            r"(?:\w+\s+){0,5}$",
            # "each of them probably looks at, I don't know, 300 resumes a week" (never "each month we probably ...")
            # ("each does, I think, 8 queries a workday")
            HEDGES.sub(" ", before) if rx.search(r"\beach\s+(?:one\b|of (?:them|us)\b|\w+,)", before) else before,
        )
        or rx.search(r"\b(?:everyone|everybody)\b(?:\s+[\w']+){0,4}\s*$", before)  # "everyone asks it maybe 8"
        or those_who
        or rx.search(r"\b" + POPULATION + r"\s*(?:x|×|\*|times)\s*$", before)  # "180,000 students x 3 essays a week"
        or _share_just_before(c, rm, before, after)  # "650 staff, a third use it, ~9 questions a working day"
        or subject_on_average
    )
    if not per_head:
        return None
    counted = [
        number(pm)
        for pm in rx.finditer(NUM + r"\s*(?:[a-z][\w-]*[ \t]+){0,2}?" + POPULATION + r"\b(?!\s*" + PERIOD + ")", before)
        # (a sum of money; a count of people stays one beside a budget: "$5k for 500 users")
        if not rx.search(r"[$€£]\s*$", c.t[: sentence_start + pm.start()]) and number(pm) > 1
    ]
    if counted:
        # the count nearest the rate: "2,000 employees but only 300 of them actually use it, each asks ~10 a day"
        return counted[-1] * active_share(m)
    # the people active said as a count in the sentence before ("40,000 students. Around 8,000 use it on a normal day.
    # Each one asks maybe 5 questions a day")
    active = [
        number(am)
        for am in ACTIVE_COUNT.finditer(m, 0, rm.start())
        if not _is_money(c.t, am.start(), am.end()) and number(am) > 1
    ]
    if active and named_or_each(before + rm.group(0)):
        return active[-1]
    # the count after its people, in another sentence: "DAU about 200k. around 30% of users talk with NPCs, ...",
    # "Usage per seat: 25 prompts daily. Seats: 1,500."
    found: list[re.Match[str]] = []
    for pm in rx.finditer(
        r"\b" + POPULATION + r"\s*(?:is|are|of|at|about|around|roughly|approx\w*|~|:|=|count|headcount|total|"
        r"number|more like|closer to|actually|really|now|\s)*" + NUM,
        m,
    ):
        n = number(pm)
        if rm.start() <= pm.start("num") < rm.end() or (pm.start() > rm.end() and not named):
            continue  # the rate's own figure; after the rate, only for a rate that names its person
        if n > 1 and not rx.match(r"\s*(?:%|percent|" + PERIOD + ")", m[pm.end() :]):
            found.append(pm)
    if found:
        # "12k daily actives. Actually wait, no, 12k was signups, DAU is more like 8k": the count put right
        fixed = [pm for pm in found if CORRECTION.search(m[: pm.start()])]
        return number((fixed or found)[-1] if fixed else found[0]) * active_share(m)
    words = before + rm.group(0)
    # beyond the rate's own sentence, only a rate plainly of one person ("per analyst", "each", "every one of them";
    # not "the average is", "each day")
    if not (named or PERSON_EACH.search(words) or per_head_after or those_who or subject_on_average):
        return None
    # the count elsewhere in the message: "Headcount: 350 analysts. Avg 15 queries/analyst/day", "..., 8k users"
    here = _pick(_counts(c.t, skip=(rm.start(), rm.end())), words)
    if here is not None:
        return here * active_share(m)
    earlier = _said_before(words)
    if earlier is not None:
        return earlier * active_share(m)
    return 0.0 if named or subject_on_average else None


# the most a rate read as one person's, with nothing but a share of users before it, may be a day: "half of them use
# it, about 300 questions a day" is everyone's 300
MAX_EACH_PER_DAY = 50


def _share_just_before(c: Context, rm: re.Match[str], before: str, after: str) -> bool:
    """The rate follows a share of people who use it ("a third use it, ~9 questions a day"): it is theirs, each,
    when it is a plausible rate for one person."""
    if IN_TOTAL.match(after):
        return False
    if not {"period", "slash", "by", "adv"} <= rm.re.groupindex.keys():
        return False  # a count said after its period ("every day we get 500 tickets"): no rate of one person
    per_day = number(rm) * c.per_month(period_of(rm)) / c.per_month("day")
    if not 0 < per_day <= MAX_EACH_PER_DAY:
        return False
    said = [*ACTIVE_SHARE.finditer(before), *ACTIVE_FRACTION.finditer(before)]
    return any(not rx.search(r"\d", before[s.end() :]) and len(before) - s.end() <= 30 for s in said)


# the share of the people who use it on a day: "15% daily active usage", "about 15% of them are active daily"
ACTIVE_SHARE = rx.compile(
    r"(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:of\s+(?:them|those|these|(?:the|our)\s+(?:\d[\d,.]*\s*[km]?\s+)?\w+|"
    + POPULATION
    + r")\s+)?"
    r"(?:are\s+|is\s+|will\s+|would\s+)?(?:actually\s+|really\s+|regularly\s+|ever\s+)?"
    r"(?:(?:daily|weekly|monthly)[- ]?)?(?:active|use it|log in|logged in|"
    # the share of the people who do the thing counted: "30% of users talk to NPCs", "40% of them chat with it"
    r"(?:talk|chat|interact|engage|use|ask|message|write|speak|play)s?\s+(?:with|to|the|it|an?|our)\b)|"
    # of the people only: "15% of them open the assistant on a given day" (not "30% of the chats open with ...")
    r"(?P<pct2>\d+(?:\.\d+)?)\s*%\s*of\s+(?:them|those|these|"
    + POPULATION
    + r")\s+(?:open|opens|try|tries|log in|logs in)"
    r"\s+(?:the|it|an?|our)\b|"
    # the share answering the user's own question: "How many use it on a normal day? Not sure, maybe 20%?"
    r"\bhow many (?:\w+ )?(?:use|log in|are active|open|chat|ask)\b[^.?!]{0,40}\?\s*(?:(?:not sure|no idea|dunno|"
    r"hard to say|i think|i guess|i'?d say)\W*)*(?:maybe|about|around|roughly|perhaps|like|~)?\s*"
    r"(?P<pct3>\d+(?:\.\d+)?)\s*%"
)


# the same said as a fraction: "about one third will use it", "half of them are active daily"
ACTIVE_FRACTION = rx.compile(
    r"\b(?P<f>"
    + "|".join(FRACTION_SHARES)
    + r")\s+(?:of\s+(?:them|those|these|(?:the|our)\s+\w+|"
    + POPULATION
    + r")\s+)?"
    r"(?:will\s+|would\s+|are\s+|is\s+)?(?:actually\s+|really\s+)?(?:(?:daily|weekly)[- ]?)?(?:active|use it|be active|"
    r"log in|use the (?:tool|assistant|bot|app))\b"
)


# a count of the people who use it: "around 8,000 use it on a normal day", "maybe 300 of them are active daily"
ACTIVE_COUNT = rx.compile(
    NUM + r"\s+(?:of (?:them|those)\s+|(?:people|users|students|staff|employees|agents|members)\s+)?"
    r"(?:actually\s+|really\s+)?(?:use it|log in|are active|open it|chat with it)\b"
)


def named_or_each(words: str) -> bool:
    """Whether a rate's words name one person's rate ("each one asks", "per user")."""
    return bool(rx.search(r"\b(?:each|every|per|a typical|the average)\b", words))


def active_share(m: str) -> float:
    """The share of the counted people active on a day, when the message says it (else all of them)."""
    found = ACTIVE_SHARE.search(m)
    fraction = ACTIVE_FRACTION.search(m) if found is None else None
    share = (
        float(found["pct"] or found["pct2"] or found["pct3"]) / 100
        if found
        else FRACTION_SHARES[fraction["f"]]
        if fraction
        else 1.0
    )
    return share if 0 < share <= 1 else 1.0


# People counted in the conversation's earlier messages ("a law firm of 30 lawyers"), by the singular of what they are:
# "each lawyer does 20 drafts a day" on a later turn is 30 lawyers' drafts (set by the reader's caller)
EARLIER_HEADS: ContextVar[dict[str, float] | None] = ContextVar("earlier_heads", default=None)
_HEAD = rx.compile(
    r"\b(?:each|every|per|a typical|the average|an average)\s+(?:[a-z]+\s+){0,2}?(?P<head>" + COUNTED + r")\b"
    # (a person's word naming a thing: "every reader comment goes through the model"; a verb after the person is no
    # thing: "every crew turns in daily reports")
    r"(?![\s-]+(?=[a-z]+(?<!s)\b)" + REQUESTS + r"\b)"
)


def _said_before(words: str) -> float | None:
    """The count of the people a per-head rate is about, said in an earlier message; None when none was (or the
    rate names nobody and several groups were counted)."""
    return _pick(EARLIER_HEADS.get() or {}, words)


# the team who builds or runs it, never the people who use it: "3 devs", "2 ML engineers"
BUILDERS = {"engineer", "dev", "developer"}


def _pick(heads: dict[str, float], words: str) -> float | None:
    """The count of the group a per-head rate names in ``words``, or of the one group of users counted when it
    names nobody in particular ("each", "per user"); None when there is none or several could be meant."""
    if not heads:
        return None
    named = _HEAD.search(words) or NAMED_PERSON.search(words)
    head = singular(named["head"]) if named is not None else None
    if head is not None and head not in ANYONE:
        if head in heads:
            return heads[head]
        # "each class" after "210 classrooms", "each store" after "40 storefronts": the same things, named shorter
        alike = [n for h, n in heads.items() if len(head) >= 4 and (h.startswith(head) or head.startswith(h))]
        return alike[0] if len(alike) == 1 else None
    users = [(h, n) for h, n in heads.items() if h not in BUILDERS]
    active = [n for h, n in users if h in ACTIVES]
    if len(users) > 1 and len(active) == 1:
        return active[0]  # "3k users, 2.7k weekly actives. Each does 8 queries a workday": the active ones
    return users[0][1] if len(users) == 1 else None  # "each user", "per person": the one group counted


# the people counted as active among the users ("2.7k weekly actives", "180k DAU")
ACTIVES = {"active", "dau", "wau", "mau"}


def heads_counted(t: str, head: str) -> float | None:
    """The count of the people a price per head is of ("$2 per user per month" beside "5,000 users", "under $0.03 per
    player per month" beside "180k daily active players"), or None when none or several could be meant."""
    return _pick(_counts(t), f"per {head}")


# heads that name no particular group: "per active user" after "8,000 employees" is per employee
ANYONE = {"user", "person", "people", "member", "seat", "account", "head"}


# a message with a rate per person in it ("each lawyer", "per agent", "apiece"): the earlier counts are looked up
PER_HEAD_WORD = rx.compile(
    r"\b(?:each|every|per|apiece)\b|\b(?:avg|average|typical)\s+(?:[a-z-]+\s+)?" + POPULATION + r"\b", re.IGNORECASE
)


def _counts(t: str, skip: tuple[int, int] = (0, 0)) -> dict[str, float]:
    """The groups of people (and places) one normalised message counts ("30 lawyers", "8k users"), by their
    singular, the latest count of each; none inside ``skip`` (the rate's own words)."""
    out: dict[str, float] = {}
    for pm in rx.finditer(NUM + r"\s*(?:[a-z][\w-]*[ \t]+){0,2}?(?P<head>" + COUNTED + r")\b(?!\s*" + PERIOD + ")", t):
        # (a sum only with its currency right before it: "we pay for 85 Copilot seats at $30 per seat" counts seats)
        money = rx.search(r"(?:[$€£¥₹]|\b(?:usd|eur|gbp|chf|inr))\s*$", t[max(0, pm.start() - 6) : pm.start()])
        if skip[0] <= pm.start() < skip[1] or money or number(pm) <= 1:
            continue
        out[singular(pm["head"])] = number(pm)
    return out


# a count of people said again as a correction ("2k is downloads, actual MAU is closer to 700", "it's 700 users, not
# 2,000"): monthly or daily actives are users
_ACTIVES = r"(?:mau|dau|wau|(?:monthly|daily|weekly) actives?|(?:monthly |daily |weekly )?active users)"
PEOPLE_CORRECTED = rx.compile(
    r"\b(?P<head>"
    + _ACTIVES
    + r"|"
    + COUNTED
    + r")\s+(?:is|are|=|:)\s+(?:actually\s+|really\s+)?(?:closer to|more like|"
    r"about|around|roughly|nearer|approximately|~)?\s*" + NUM + r"(?!\s*%)|"
    r"\b(?:actually|really|closer to|more like|only)\s+(?:about\s+|around\s+|~\s*)?"
    + num("n2_")
    + r"\s+(?P<head2>"
    + _ACTIVES
    + r"|"
    + COUNTED
    + r")\b|"
    # the group narrowed, then its count: "users of this system are field engineers only, 180 persons"
    r"\b(?P<head3>"
    + COUNTED
    + r")\s+only\s*[,:(-]?\s*(?:about\s+|around\s+|roughly\s+|~\s*)?"
    + num("n3_")
    + r"\s*(?:persons?|people|heads?|ppl|of them|in total|total)\b|"
    # the count as it stands now: "350 was last quarter's figure. As of this month we are at 530 active farmers"
    r"\b(?:we(?:'re| are)(?: now)? at|we(?:'re| are) now|we(?:'ve| have)(?: now)?(?: got)?|now (?:at|have)|up to|"
    r"grown to)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?"
    + num("n4_")
    + r"\s+(?:active\s+|registered\s+|paying\s+)?(?P<head4>"
    + COUNTED
    + r")\b"
)


def people_corrected(t: str) -> dict[str, float]:
    """The groups of people a (lower-cased, normalized) correction counts again, by their singular ("user" for
    actives): {"user": 700.0} for "actual MAU is closer to 700"."""
    out: dict[str, float] = {}
    for m in PEOPLE_CORRECTED.finditer(t):
        head = m["head"] or m["head2"] or m["head3"] or m["head4"] or ""
        if m["num"]:
            n = number(m)
        else:
            p = "n2_" if m["n2_num"] else "n3_" if m["n3_num"] else "n4_"
            n = float(m[p + "num"]) * MAGNITUDE.get((m[p + "mag"] or "").lower(), 1)
        if n > 1:
            out["user" if rx.fullmatch(_ACTIVES, head) else singular(head)] = n
    return out


def heads_said(messages: list[str]) -> dict[str, float]:
    """The groups of people the messages count ("30 lawyers", "a team of 200 agents"), the latest count of each."""
    out: dict[str, float] = {}
    for text in messages:
        out |= dict(_heads_in(text))
    return out


@lru_cache(maxsize=1024)  # every turn reads the earlier messages again
def _heads_in(text: str) -> tuple[tuple[str, float], ...]:
    return tuple(_counts(normalize(text.lower())).items())


# a shift said of one person's rate is one of their working days: "each of our 40 agents handles ~120 chats per
# shift", "~900 nurses, 6 notes each per shift"; a shift of a whole site (with several a day) is not rewritten
PER_SHIFT = rx.compile(r"(?:\b(?:per|a|an|each|every)\s+|/\s*)shift\b(?!\s*(?:lead|leader|manager|supervisor)s?\b)")
EACH_PERSON = rx.compile(
    r"\b(?:each|apiece|every\s*one|everyone)\b|(?:\bper\s+(?:[a-z]+\s+){0,2}?|/\s*)" + POPULATION + r"\b|"
    # one person as the subject of the rate: "an agent handles about 40 calls a shift"
    r"(?:^|[.;!?]\s*)(?:an?|one|the typical|a typical|the average|an average)\s+" + POPULATION + r"\b"
)


# people counted per shift of a site running several ("400 agents on the floor per shift, 3 shifts"): the people who
# work a day are that many times as many, each one shift
PEOPLE_PER_SHIFT = rx.compile(
    r"(?<![\w.])(?P<n>\d[\d,]*)\s+(?P<who>(?:[a-z-]+\s+)?" + POPULATION + r")\s+"
    r"(?:(?:on the floor|on duty|on site|working|logged in|on shift)\s+)?"
    r"(?:per|a|each|every|/)\s*shift\b(?P<gap>[,;]?\s+(?:and\s+|with\s+|across\s+|over\s+)?)"
    r"(?P<k>[2-4]|two|three|four)\s+shifts\b"
)
_SHIFTS = {"2": 2, "3": 3, "4": 4, "two": 2, "three": 3, "four": 4}


# ... and the shifts a day said elsewhere ("3 shifts per day, 400 workers per shift, each asks ...")
PEOPLE_IN_A_SHIFT = rx.compile(
    r"(?<![\w.])(?P<n>\d[\d,]*)\s+(?P<who>(?:[a-z-]+\s+)?" + POPULATION + r")\s+"
    r"(?:(?:on the floor|on duty|on site|working|logged in|on shift|on the phones?|on the lines?|on calls?)\s+)?"
    r"(?:per|a|each|every|/|in (?:a|each|every))\s*shift\b"
)


# the people of a shift said with the shift first: "each shift has 35 operators"
SHIFT_HAS = rx.compile(
    r"\b(?:each|every|a|per) shift (?:has|have|is staffed (?:by|with)|runs with|with|needs) (?:about |around |roughly |"
    r"~\s*)?(?P<n>\d[\d,]*)\s+(?P<who>(?:[a-z-]+\s+)?" + POPULATION + r")\b"
)


def people_of_all_shifts(t: str) -> str:
    """ "400 agents on the floor per shift, 3 shifts" as "1200 agents ..., 3 shifts": everyone who works a day (the
    shifts a day said anywhere in the message, as "3 shifts per day, 400 workers per shift")."""

    def everyone(m: re.Match[str]) -> str:
        people = float(m["n"].replace(",", "")) * _SHIFTS[m["k"]]
        return f"{plain(people)} {m['who']}{m['gap']}{m['k']} shifts"

    t = SHIFT_HAS.sub(lambda m: f"{m['n']} {m['who']} per shift", t, count=1)
    out = PEOPLE_PER_SHIFT.sub(everyone, t, count=1)
    if out != t:
        return out
    said = _shifts_a_day(t)
    m = PEOPLE_IN_A_SHIFT.search(t)
    if said is None or m is None or said[1].start() <= m.start() < said[1].end():
        return t
    return f"{t[: m.start()]}{plain(float(m['n'].replace(',', '')) * said[0])} {m['who']}{t[m.end() :]}"


# how often one person uses it, said in times: "the avg player talks to npcs like 60 times a day", "each rep asks it ~20
# times per shift" (each time one request)
TIMES_A_PERIOD = rx.compile(
    r"\b(?:each|every|an?|the|one|avg|average|typical)\s+(?P<who>(?:[a-z-]+\s+)?" + POPULATION + r")\b"
    r"(?P<mid>[^.;!?\d]{0,40}?)(?<![\w.])(?P<n>\d+(?:\.\d+)?|~\s*\d+(?:\.\d+)?)\s*times\s+"
    r"(?P<per>(?:a|an|per|each|every)\s+(?:day|week|month|hour|shift|workday|session))\b"
)


# how often each thing counted gets one, said in times: "twice a day per bed", "once per store per day"
_TIMES = {"once": "1", "twice": "2", "thrice": "3"}
TIMES_PER_THING = rx.compile(
    r"\b(?P<times>once|twice|thrice|(?P<n>\d+(?:\.\d+)?)\s*(?:x|times))\s+"
    r"(?:(?P<per1>(?:a|an|per|each|every)\s+(?:day|week|month|hour|shift))\s+(?P<who1>(?:per|for each|for every)\s+"
    + COUNTED
    + r")|(?P<who2>(?:per|for each|for every)\s+"
    + COUNTED
    + r")\s+(?P<per2>(?:a|an|per|each|every)\s+(?:day|week|month|hour|shift)))\b"
)


def times_per_thing(t: str) -> str:
    """ "summarise notes twice a day per bed" as "... 2 requests per bed a day": each thing's rate, one request each
    time."""

    def requests(m: re.Match[str]) -> str:
        n = m["n"] or _TIMES[m["times"]]
        return f"{n} requests {m['who1'] or m['who2']} {m['per1'] or m['per2']}"

    return TIMES_PER_THING.sub(requests, t)


# patients seen, treated or admitted over a period are visits ("each one sees about 60 patients a day"): a count of
# what is written up, not of people served
PATIENTS_SEEN = rx.compile(
    r"\b(?P<verb>sees?|seeing|saw|treats?|treating|treated|examines?|examining|admits?|admitting|admitted|handles?|"
    r"handling)\s+(?P<n>(?:about\s+|around\s+|roughly\s+|some\s+|maybe\s+|~\s*)?\d[\d,.]*\s*k?)\s+patients\b"
    r"(?=\s*(?:a|an|per|each|every|/)\s*(?:day|week|month|year|shift|hour)\b|\s+(?:daily|weekly|monthly))"
)


def patients_as_visits(t: str) -> str:
    """ "each clinic sees about 60 patients a day" as "... 60 visits a day": the encounters a note is written for."""
    return PATIENTS_SEEN.sub(lambda m: f"{m['verb']} {m['n']} visits", t)


def times_as_requests(t: str) -> str:
    """ "the avg player talks to npcs like 60 times a day" as "... 60 requests a day": one person's rate."""
    return TIMES_A_PERIOD.sub(lambda m: f"each {m['who']}{m['mid']}{m['n']} requests {m['per']}", t)


# the part of a group counted who use it ("server has like 80 ppl but maybe 15 actually use it"): the users are those
ACTIVE_PART = rx.compile(
    r"(?<![\w.])\d[\d,.]*\s*[km]?\s+(?P<who>(?:[a-z-]+\s+)?" + POPULATION + r")\b[^.;!?]{0,40}?"
    r"\b(?:but|and|of (?:which|whom)|of them|however|though|yet)\s+(?:only\s+|maybe\s+|about\s+|around\s+|like\s+|"
    r"roughly\s+|~\s*)*"
    # (the users named on the way: "however only 300 persons in production engineering will use the system")
    r"(?P<n>\d[\d,.]*\s*[km]?)\s+(?=(?:of them\s+)?(?:[a-z-]+\s+){0,5}?(?:will\s+|would\s+)?(?:actually|really|"
    r"regularly|actively|even|truly|ever)?\s*(?:use|uses|using|are active|talk to|chat with|play with)\b)"
)


# people named in another language with an English gloss: "180,000 active wakulima (farmers)"
GLOSSED = rx.compile(r"\b[a-zà-ÿ]+\s*\((?P<who>" + POPULATION + r")\)")


def active_users(t: str) -> str:
    """ "80 ppl but maybe 15 actually use it" as "... 15 ppl actually use it": the latest count is of the users;
    people named in another language with an English gloss ("wakulima (farmers)") by their gloss."""
    t = GLOSSED.sub(lambda m: m["who"], t)
    return ACTIVE_PART.sub(lambda m: m.group(0) + m["who"] + " ", t, count=1)


def shifts_as_workdays(t: str) -> str:
    """The normalised message with a per-person rate's "per shift" read "per workday" (one shift a working day each):
    only when it counts people and says the rate is per person."""
    if not PER_SHIFT.search(t) or not EACH_PERSON.search(t):
        return t
    everyone = people_of_all_shifts(t)
    if not [h for h in _counts(everyone) if h not in BUILDERS]:
        return t
    if everyone == t and _shifts_a_day(t) is not None:
        return t  # "each plant runs 2 shifts, 50 questions per shift per plant": the site's shifts (``shifts_a_day``)
    # the people who work a day, each one shift: a shift is their day ("85 agents per shift, 3 shifts": 255 a day)
    return PER_SHIFT.sub("per day" if everyone != t else "per workday", everyone)


# People counted with their period ("6,000 daily users", "6k DAU") and a count each with none ("x 5 questions each"):
# the count each is per that period
PEOPLE_WITH_PERIOD = rx.compile(
    r"(?P<people>(?<![\w.$€£])\d[\d,.]*\s*[km]?\s*(?:(?P<adv>daily|weekly|monthly)\s+(?:active\s+)?"
    + POPULATION
    + r"|(?P<xau>dau|wau|mau)))\b(?P<gap>\s*(?:,|x|×|\*|times)\s*(?:(?:each|they)\s+(?:\w+\s+){0,2}?)?)"
    r"(?P<each>\d[\d,.]*\s*(?:[a-z-]+\s+)?"
    + REQUESTS
    + r")\b(?P<after>(?:\s+(?:each|apiece|per (?:user|person|head)))?)"
    r"(?!(?:\s+(?:each|apiece|per (?:user|person|head)))?(?:\s*(?:a|an|per|each|every|/)\s*(?:day|week|month|hour|"
    r"shift|workday|working day)|\s*(?:daily|weekly|monthly)|"
    r"\s*(?:x|×|\*|times)\s*\d))"  # ("10k daily active users x 5 chats each x 1,200 tokens": a product, read as one)
)
_XAU = {"dau": "daily", "wau": "weekly", "mau": "monthly"}
_PERIOD_OF = {"daily": "a day", "weekly": "a week", "monthly": "a month"}


def rates_of_people_with_period(t: str) -> str:
    """ "6,000 daily users x 5 questions each" as "6,000 daily users x 5 questions a day each": the count each takes
    the period the people were counted in."""

    def each(m: re.Match[str]) -> str:
        period = _PERIOD_OF[m["adv"] or _XAU[m["xau"]]]
        return f"{m['people']}{m['gap']}{m['each']} {period}{m['after'] or ' each'}"

    return PEOPLE_WITH_PERIOD.sub(each, t)


# "15% of them open the assistant on a given day" ... "A session is about 4 messages": each of those opens one session
# a day, of that many messages
DAILY_SHARE = rx.compile(
    r"(?P<share>\b\d{1,2}(?:\.\d+)?\s*%\s*(?:of\s+(?:them|those|these|users|people))\s+(?:\w+\s+)?(?:use|uses|open|"
    r"opens|try|tries|chat|chats|talk|talks|engage|engages|log in|logs in|visit|visits|message|messages|ask|asks)\b"
    r"[^.;!?\d]{0,50}?)"
    r"(?P<day>\bon (?:a|any) given day|\b(?:each|every|per|a) day|\bdaily)\b"
)
SESSION_OF = rx.compile(
    r"\b(?:a|each|every|one|the average|an average|the typical|a typical)\s+(?:session|conversation|chat|visit)\s+"
    r"(?:is|has|averages|runs|lasts)\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+)?(?P<k>\d+(?:\.\d+)?)\s+"
    r"(?:[a-z-]+\s+)?(?P<unit>messages?|turns?|questions?|exchanges?|prompts?)\b"
)


# the size of each of a session's turns, said after them ("... 8 messages of 150 tokens", "..., ~200 tokens each")
SIZED_AFTER = rx.compile(
    r"\s*(?:of|at|with|,)\s*(?:about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?(?P<size>\d[\d.,]*\s*k?)\s*"
    r"(?:tokens?|toks?)\b(?:\s+each)?"
)
# sessions counted over a period ("about 3 sessions a week"), each of the turns said after ("a session is ~25 turns")
SESSIONS_COUNTED = rx.compile(
    NUM + r"\s*(?:[a-z-]+\s+)?(?P<what>sessions?|conversations?|chats?|visits?)\s*(?=" + PERIOD + ")"
)


def sessions_of_messages(t: str) -> str:
    """ "180k daily actives and 15% of them open the assistant on a given day. A session is about 4 messages" as
    "... 15% of them open the assistant each day, about 4 messages each": the messages of one session a day. Sessions
    counted over a period, each of so many turns ("3 sessions a week; a session is ~25 student turns"), are that many
    turns over the period."""
    session = SESSION_OF.search(t)
    day = DAILY_SHARE.search(t)
    if session is not None and day is None:
        counted = [m for m in SESSIONS_COUNTED.finditer(t, 0, session.start())]
        if len(counted) == 1 and rx.sub(r"s$", "", counted[0]["what"]) in session.group(0):
            m = counted[0]
            turns = number(m) * float(session["k"])
            # the size of each turn said with them ("a chat is about 8 messages of 150 tokens"): kept as the size
            sized = SIZED_AFTER.match(t, session.end())
            end = sized.end() if sized is not None else session.end()
            kept = f", {sized['size']} tokens each" if sized is not None else ""
            t = t[: session.start()] + kept.ljust(end - session.start()) + t[end:]
            return t[: m.start()] + f"{plain(turns)} {session['unit']} " + t[m.end() :].lstrip()
        return t
    if session is None or day is None or day.end() > session.start():
        return t
    each = f"each day, about {session['k']} {session['unit']} each"
    t = t[: session.start()] + " " * (session.end() - session.start()) + t[session.end() :]
    return t[: day.start("day")] + each + t[day.end("day") :]


# A site's shifts a day ("3 shifts a day", "two shifts daily", "we run 2 shifts"), and a count per shift
SHIFTS_A_DAY = rx.compile(
    r"\b(?P<k>\d)\s*(?:-\s*)?shifts?\s*(?:a|per|each|every|/)\s*day\b|\b(?P<k2>\d)\s*shifts?\s+daily\b|"
    r"\b(?:we|it|they|[a-z]+) (?:run|runs|have|has|work|works|do|does|operate|operates) (?P<k3>\d)\s*shifts\b|"
    # "we run 24/7 in three 8-hour shifts", "2 x 12h shifts a day"
    r"\b(?:in|across|over|with|into)\s+(?P<k5>[2-4])\s+(?:\d+[- ]?(?:hour|hr|h)\s+)?shifts\b|"
    r"\b(?P<k6>[2-4])\s*(?:x|×)\s*\d+[- ]?(?:hour|hr|h)\s+shifts\b|"
    # "2,500 questions per shift, three shifts, seven days a week": the shifts said right after the count
    r"\bshift\b[,;]?\s+(?:and\s+|with\s+)?(?P<k4>\d)\s*shifts\b(?!\s*(?:(?:a|per|each|every|/)\s*(?:week|month)|weekly|"
    r"monthly|in total|total|on\b|at\b|over\b|during\b|only\b))"
)


def _shifts_a_day(t: str) -> tuple[int, re.Match[str]] | None:
    """The shifts a day a site runs (2 to 4) and where they are said, or None."""
    k = SHIFTS_A_DAY.search(t)
    if k is None:
        return None
    shifts = int(next(v for v in k.groups() if v))
    return (shifts, k) if 1 < shifts <= 4 else None


PER_SHIFT_COUNT = rx.compile(
    NUM
    + r"\s*(?P<items>(?:[a-z-]+\s+){0,2}?"
    + REQUESTS
    # (of each thing counted: "one note per bed per shift")
    + r")\s*(?P<each>(?:per|for each|for every)\s+(?:[a-z]+\s+)?"
    + COUNTED
    + r"\s+)?(?:per|a|an|each|every|/)\s*shift\b"
    # (... or after it: "50 questions per shift per plant")
    + r"(?(each)|(?P<each2>\s+(?:per|for each|for every|in each|at each)\s+(?:[a-z]+\s+)?"
    + COUNTED
    + r"\b)?)"
)
SHIFT_FIRST_COUNT = rx.compile(
    r"\b(?:each|every|per|a)\s+shift\b(?P<mid>[^.;!?\d]{0,40}?)"
    + NUM
    + r"\s*(?P<items>(?:[a-z-]+\s+){0,2}?"
    + REQUESTS
    + r")\b"
)


def shifts_a_day(t: str) -> str:
    """A count per shift of a site that runs several shifts a day, as a count a day: "60 work orders per shift, 3
    shifts a day" is 180 work orders a day ("each shift the techs write maybe 60 work orders ... 3 shifts a day" too).
    One person's shift is a working day of theirs (``shifts_as_workdays``), read before this."""
    said = _shifts_a_day(t)
    if said is None:
        return t
    shifts = said[0]

    def per_day(m: re.Match[str]) -> str:
        g = m.groupdict()
        each = g.get("each") or (g["each2"].strip() + " " if g.get("each2") else "")
        return f"{g.get('mid') or ''}{plain(number(m) * shifts)} {m['items']} {each}a day"

    out = PER_SHIFT_COUNT.sub(per_day, t, count=1)
    return out if out != t else SHIFT_FIRST_COUNT.sub(lambda m: per_day(m).lstrip(), t, count=1)


# so many per session, so many sessions over a period: "each player triggered about 30 NPC lines per session and
# played ~1.5 sessions a day", "10 messages per session, 2 sessions a day"
PER_SESSION_AND_SESSIONS = rx.compile(
    r"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s+(?P<what>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:per|a|each|every|/)\s*"
    r"(?P<unit>session|conversation|visit|game|match)\b(?P<mid>[^.;?!\d]{0,60}?)"
    r"(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+)?(?P<k>\d+(?:\.\d+)?)\s+(?P=unit)s?\s+"
    r"(?P<per>(?:a|per|each|every)\s+(?:day|week|month)|daily|weekly|monthly)\b"
)


# so many batches over a period, then so many things in each: "2 collections per year, every collection around 3500
# new SKU" is 7000 new SKU a year
BATCHES_THEN_EACH = rx.compile(
    r"(?<![\d.,])(?P<k>\d+(?:\.\d+)?)\s+(?P<unit>collection|batch|season|release|drop|catalog|catalogue|campaign|"
    r"edition|issue|cohort|round|consultation|wave|launch|cycle|sprint|project|tender|exam|term|intake|run)(?:s|es)?\s+"
    r"(?P<per>(?:per|a|each|every)\s+(?:year|month|week|quarter)|"
    r"yearly|annually|monthly|weekly)\b(?P<mid>[^.;!?\d]{0,10}?)\s*(?:and\s+)?(?:every|each|per)\s+(?P=unit)\b\s*"
    r"(?:is\s+|has\s+|of\s+|with\s+|brings\s+|holds\s+)?(?:about\s+|around\s+|roughly\s+|maybe\s+|approx\w*\s+|~\s*)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<mag>k|thousand|million|m)?\s+(?P<what>(?:new\s+)?(?!(?:tok\w*|words?|chars?|"
    r"characters?|minutes?|seconds?|hours?|days?)\b)[a-z]+)"
)


def per_session_times_sessions(t: str) -> str:
    """ "30 NPC lines per session and ~1.5 sessions a day" as "45 NPC lines a day": a count per session times the
    sessions over a period (the words between, with no figure of their own, are kept); "2 collections per year, every
    collection around 3500 new SKU" as "7000 new SKU per year"."""

    def times(m: re.Match[str]) -> str:
        total = float(m["n"]) * float(m["k"])
        return f"{plain(total)} {m['what']} {m['per']}{m['mid'].rstrip(' ,')}"

    def batches(m: re.Match[str]) -> str:
        each = float(m["n"]) * MAGNITUDE.get((m["mag"] or "").lower(), 1)
        return f"{plain(each * float(m['k']))} {m['what']} {m['per']}"

    return BATCHES_THEN_EACH.sub(batches, PER_SESSION_AND_SESSIONS.sub(times, t))


# a figure as people write it: "250", "1,200", "900k", "1.5 million"
_FIGURE = rx.compile(r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)*)\s*(?P<mag>k|m|thousand|million)?\b")


def swap_count(text: str, old: float, new: float) -> str | None:
    """``text`` (normalized) with the one figure worth ``old`` written as ``new`` ("Users: 250 engineers" with 180 in
    its place); None when no figure, or more than one, is worth ``old``."""
    t = normalize(text.lower())
    found = [
        m
        for m in _FIGURE.finditer(t)
        if abs(float(m["num"].replace(",", "")) * MAGNITUDE.get((m["mag"] or "").lower(), 1) - old) <= 0.001 * old
    ]
    if len(found) != 1:
        return None
    m = found[0]
    return t[: m.start()] + plain(new) + t[m.end() :]
