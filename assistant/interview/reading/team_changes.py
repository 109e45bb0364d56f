"""Head counts that changed: today's count where the message says how the team got there. "we had 6 ML engineers,
2 left, so 4 now" is four; "we were six on ops, now we're three" is three; "used to be 8 MLEs, down to 4" is four;
"two ML engineers -- well, one, the other left" is one; "hired a third SRE last month" adds to a past count, while a
hire still to come ("hiring 2 more next quarter", "one more joins in May") changes nothing today.

The message is cut into clauses; each clause is read as past ("had", "used to", "were", "last year"), current
("now", "down to", "left with", "these days") or plain, and leavers and joiners are counted where a clause says so.
"""

from __future__ import annotations

from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.cue_table import GPU_MODELS
from assistant.interview.reading.answers import _count
from assistant.interview.reading.team_roles import COUNT, ML_COMPOUND, ROLE_RUN, _roles

CLAUSE_CUT = rx.compile(
    r"\s*(?:[.;!?]+(?:\s+|$)|,|\s[-–—]+\s|—|\(|\)|\n|\bbut\b|\bthen\b|\bso\b|\band (?:then|now)\b|->|→|=>|"
    r"\band\b(?=\s+(?:we\s+)?(?:have\s+|'ve\s+|just\s+|recently\s+|then\s+|since\s+)*(?:hired|added|onboarded|lost|"
    r"brought on)\b)|\band\b(?=\s+(?:\w+\s+){1,3}(?:has\s+|have\s+|just\s+)?(?:left|quit|resigned|retired|"
    r"joined)\b))\s*"
)
PAST = rx.compile(
    r"\b(?:had|used to (?:have|be|employ)|were|was|started (?:out )?(?:with|as)|at (?:one point|(?:our |the )?peak)|"
    r"originally|last year|a year ago|(?:a few |some |two |three |six )?(?:months|years) ago|previously|formerly|"
    r"back then|before (?:the|that)|at the start)\b"
)
NOW = rx.compile(
    r"\b(?:now|today|currently|these days|nowadays|at the moment|right now|atm|as of (?:now|today)|down to|"
    r"left with|leaves? (?:us )?(?:with )?|leaving (?:us )?(?:with )?|remain(?:s|ing)?|still (?:have|got|are)|"
    r"(?:only|just) (?:\w+ ){0,2}(?:left|remain\w*)|"
    # since someone went: "6 ML engineers, well 5 since Tom left"
    r"since (?:\w+ ){1,2}(?:left|quit|resigned|retired|moved on|was let go|got laid off))\b|"
    r"^(?:->|→|=>)"
)
# "we're down to 2 people", "ops is down to two": the same count with the change words taken out
NOW_WORDS = rx.compile(r"\b(?:is|are|we'?re|we are)\s+down to\b|\bdown to\b|\bleft with\b")
# A count in a current clause that carries no role: "so 4 now", "now we're three", "now just 2"
BARE_NOW = rx.compile(
    r"(?:^|\b(?:now|today|currently|down to|left with|leaves? (?:us )?(?:with)?|leaving (?:us )?(?:with)?|"
    r"we'?re|we are|it'?s|there (?:are|is)|we have|we'?ve got|that'?s|just|only|about|around|well|so)\s+)"
    + COUNT
    + r"(?:\s+(?:of us|of them|people|persons?|ppl|heads?|folks|guys|engineers?|left|remaining|total|in total))*"
    r"(?=\s*(?:now|today|left|remaining|after\b|since\b|following\b|at the moment|these days|$))"
)
# People who left: "2 left", "one of them quit", "the other one left", "both got laid off", "we lost two"
LEAVERS = rx.compile(
    r"(?:^|\b(?:and|then|since|but)\s+)(?:(?P<all>(?:they|both|all)(?: of them)?(?: both| all)?|everyone|everybody)|"
    r"(?P<one>(?:the other(?: one| guy| person| gal)?|he|she|one of (?:them|those|us|the two)|"
    # someone named ("we had 2 devops guys but kev quit last wk")
    r"(?!(?:we|i|you|they|it|who|that|this|which|nobody|noone|everyone|everybody|someone|people|one|two|ops|devops|"
    r"ml|sre|infra|team)\b)[a-z]{2,12}(?=\s+(?:(?:has|just|recently|already|sadly)\s+)*(?:left|quit|resigned|"
    r"retired)\b))(?=\s))|"
    + COUNT
    + r"(?:\s+of (?:them|those|us|these))?(?:\s+(?:people|persons?|engineers?|guys|folks|devs))?)"
    r"\s+(?:(?:has|have|had|just|recently|already|then|since|also|sadly)\s+)*"
    r"(?:(?:moved|transferred|switched|went) (?:over )?to (?:another|a different|other|the \w+) (?:team|department|"
    r"project|group|company|job)|left|quit|resigned|departed|moved on|retired|walked|"
    r"(?:got|were|was|been) (?:laid off|let go|cut|fired|"
    r"poached))\b(?!\s+(?:for now|to go)\b)|"
    r"(?:^|\bwe (?:have |'ve |just |recently |then |since )*)lost\s+" + COUNT.replace("?P<n>", "?P<lost>") + r"\b"
)
# Joiners of the past: "hired a third", "2 more joined last month", "we added one"
JOINERS = rx.compile(
    r"(?:(?:^|\bwe (?:have |'ve |just |recently |then |since |also )*|\b(?:and|then|also|since) )(?:hired|added|"
    r"onboarded|brought on)\s+(?:another|"
    + COUNT.replace("?P<n>", "?P<h>")
    + r")(?:\s+more)?|"
    + COUNT
    + r"\s+(?:more\s+|new\s+)?(?:\w+\s+)?(?:joined|came on(?: board)?|started|(?:got|were|was) hired)\b)"
)
FUTURE = rx.compile(
    r"\b(?:will|'ll|going to|gonna|about to|is leaving|are leaving|leaving (?:in|next|at|this)|joining|starts? "
    r"(?:in|next|on)|next (?:week|month|quarter|year)|hiring|to hire|plan\w* to)\b"
)
# a month named: a date to come only where nothing in the clause says it has passed ("one more joins in May"; not
# "he left the company in March")
IN_MONTH = rx.compile(
    r"\bin (?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
PAST_EVENT = rx.compile(
    r"\b(?:left|quit|resigned|departed|retired|joined|hired|lost|was|were|got|moved on|laid off|let go)\b"
)
CHANGED = rx.compile(
    r"\b(?:left|quit|resigned|departed|moved on|retired|laid off|let go|lost|hired|added|onboarded|brought on|joined|"
    r"came on|layoffs?|reorg\w*|from \w+ (?:\w+ )?to)\b|->|→|=>"
)
PEOPLE_WORD = rx.compile(
    r"\b(?:mles?|ml|machine learning|ai|data scien\w*|devops|ops|sres?|infra\w*|sysadmins?|platform|it|engineers?|"
    r"people|team|of us|folks|guys|staff|devs?|developers?)\b"
)
# A clause about something else than people: a bare count after it is not a head count
OTHER_TOPIC = rx.compile(
    r"\b(?:traffic|tokens?|requests?|reqs?|calls|users|customers|queries|latency|ms|seconds?|volume|spend|budget|"
    r"costs?|bill|price|gpus?|usd|eur|dollars?|euros?|million|billion|docs?|documents?|messages?|conversations?|chats?|"
    r"tickets?|servers?|nodes?|clusters?|models?|" + GPU_MODELS + r")\b|[$€£%]|\d\s*[kmb]\b"
)
JUST_ME = rx.compile(r"\b(?:it'?s|just|only)\s+(?:just\s+|only\s+)?me\b(?!\s*(?:and|\+|&|plus|with)\b)")
# "the ML team shrank from 5 to 2", "ops went from 4 people to 1": the count it went to
FROM_TO = rx.compile(
    ROLE_RUN
    + r"\s*(?:team|people|engineers?|headcount|side|group|folks)?\s+(?:has\s+|have\s+)?(?:shrunk|shrank|grew|grown|"
    r"went|gone|dropped|fell|fallen|increased|decreased|(?:was|got|been) cut|(?:was|got|been) reduced)\s+from\s+"
    + COUNT.replace("?P<n>", "?P<was>")
    + r"\s*(?:people|ppl|engineers?|heads|folks)?\s+(?:down\s+|up\s+)?to\s+(?:just\s+|only\s+)?"
    + COUNT
    + r"\b(?!\s*(?:%|k\b|m\b))"
)
ONLY_ONE = rx.compile(r"\b(?:our|the|my) (?:only|sole|lone|single|one and only|one)\b")
NOBODY_NOW = rx.compile(
    r"(?:\b(?:nobody|no one|noone|none|zero)|(?<![\d.])0)(?: \w+)? (?:now|left|today|anymore|any more)\b"
)


def _clauses(t: str) -> list[str]:
    out, pos = [], 0
    for m in CLAUSE_CUT.finditer(t):
        if m.start() > pos:
            out.append(t[pos : m.start()].strip())
        pos = m.end()
        if m.group(0).strip() in ("->", "→", "=>"):
            out.append(m.group(0).strip())
    out.append(t[pos:].strip())
    merged: list[str] = []
    for c in out:
        if merged and merged[-1] in ("->", "→", "=>"):
            merged[-1] = merged[-1] + " " + c
        elif c:
            merged.append(c)
    return merged


def _plain(clause: str) -> str:
    """A past or current clause said as the present: "we had 6 ML engineers" -> "we have 6 ML engineers"."""
    c = rx.sub(r"^(?:->|→|=>)\s*", "", clause)
    c = rx.sub(r"\bused to (?:have|employ)\b|\bhad\b|\bstill (?:have|got)\b", "have", c)
    c = rx.sub(r"\bused to be\b|\bwere\b|\bwas\b|\bstill are\b", "are", c)
    c = rx.sub(
        r"\s+(?:left|remaining)\b|\b(?:after|since|following) (?:the |a |some )?(?:layoffs?|reorg\w*|"
        r"restructur\w*|cuts?|downsizing)\b",
        " ",
        c,
    )
    c = NOW_WORDS.sub(lambda m: "are" if rx.match(r"is|are|we", m.group(0)) else "", c)
    c = rx.sub(
        r"\b(?:now|today|currently|these days|nowadays|at the moment|right now|atm|last year|originally|"
        r"previously|formerly|back then|at one point)\b",
        " ",
        c,
    )
    c = rx.sub(r"\s+", " ", c).strip()
    return rx.sub(r"^(?=(?:are|is|have)\b)", "we ", c)


def _counts(clause: str) -> dict[str, Any]:
    from assistant.interview.reading.team_abilities import _by_ability
    from assistant.interview.reading.team_count_patterns import _by_role

    found: dict[str, Any] = {}
    cut = scope.chunks(clause)
    _by_role(clause, found, cut)
    _by_ability(clause, found, cut)
    if ML_COMPOUND.search(clause):
        found.pop("ml_engineers", None)  # "one MLOps engineer": an MLOps function, not an ML head count
    return {k: v for k, v in found.items() if k in ("ml_engineers", "devops")}


def _changes(t: str, result: dict[str, Any]) -> None:
    """Today's head counts where the message tells a change; other counts stay as read."""
    if not (CHANGED.search(t) or PAST.search(t) or NOW.search(t)) or not PEOPLE_WORD.search(t):
        return
    base: dict[str, tuple[int, bool]] = {}  # key -> (count, said of the past)
    current: dict[str, int] = {}  # said: "so 4 now", "now we're three"
    derived: dict[str, int] = {}  # worked out: "had 6, 2 left"
    last_key: str | None = None
    for clause in _clauses(t):
        if FUTURE.search(clause) or (IN_MONTH.search(clause) and not PAST_EVENT.search(clause)):
            continue  # "hiring 2 more next quarter", "one is leaving next month": not today's team
        past = bool(PAST.search(clause))
        now = bool(NOW.search(clause))
        counts = _counts(_plain(clause)) if (past or now) else {}
        if not counts and not (past or now):
            counts = _counts(clause)
        if counts:
            for key, n in counts.items():
                if now and not past:
                    current[key] = n
                else:
                    base[key] = (n, past)
                last_key = key
            if len(counts) > 1:
                last_key = None  # "2 MLEs and 1 devops, one left": whose leaver is unclear
            continue
        if last_key is not None and OTHER_TOPIC.search(clause):
            last_key = None  # "we had 2 ML engineers. traffic was 3M, now 5": the 5 is not a head count
        if last_key is None or last_key not in base:
            continue
        n0, was_past = base[last_key]
        if now and last_key not in current:
            arrow = rx.match(r"(?:->|→|=>)\s*", clause)
            m = BARE_NOW.search(clause[arrow.end() :] if arrow else _plain(clause))
            if m is not None and (k := _count(m["n"])) is not None and m["n"] not in ("a", "an"):
                current[last_key] = k
                continue
        if NOBODY_NOW.search(clause):
            current[last_key] = 0
            continue
        if now and JUST_ME.search(clause):
            current[last_key] = 1  # "used to be an ML team of 4. now it's just me"
            continue
        left = LEAVERS.search(clause)
        if left is not None:
            gone = n0 if left["all"] else 1 if left["one"] else _count(left["n"] or left["lost"] or "")
            if gone is not None and 0 < gone <= n0:
                derived[last_key] = n0 - gone
            continue
        joined = JOINERS.search(clause)
        if joined is not None and was_past:
            more = 1 if joined["h"] is None and joined["n"] is None else _count(joined["h"] or joined["n"] or "")
            if more:
                derived[last_key] = n0 + more
    for m in FROM_TO.finditer(t):
        keys = _roles(m["role"].strip())
        n = _count(m["n"])
        if len(keys) == 1 and n is not None and not ML_COMPOUND.fullmatch(m["role"].strip()):
            current[keys[0]] = n
    for key, n in {**derived, **current}.items():
        result[key] = n
    # "our only MLE quit", "the ML guy left, so nobody now"
    for m in rx.finditer(
        r"(?:\b(?:our|the|my) (?:only |sole |lone |single |one and only |one )?|^\W*)"
        r"(?P<role>mles?|ml|machine learning|ai|data scien\w*|devops|ops|sres?|infra\w*|sysadmins?)\s*"
        r"(?:engineer|person|guy|gal|dude|lady|admin|"
        r"scientist)?\s+(?:has |just |recently |already |sadly )*(?:left|quit|resigned|retired|(?:got|was) (?:laid "
        # (and what the next short sentence says of now: "MLE quit in March. 0 now.")
        r"off|let go|fired))\b(?P<rest>[^.;!?]*(?:[.;!?]\s*(?:0|zero|none|nobody|no one)\b[^.;!?]*)?)",
        t,
    ):
        if ONLY_ONE.search(m.group(0)) or NOBODY_NOW.search(m["rest"]):
            key = "devops" if rx.match(r"devops|ops|sre|infra|sysadmin", m["role"]) else "ml_engineers"
            if key not in current:
                result[key] = 0
    # "we lost our only SRE in March"
    for m in rx.finditer(
        r"\blost (?:our|the|my) (?:only|sole|lone|single|one and only|one) (?P<role>mles?|ml|machine learning|ai|"
        r"devops|ops|sres?|infra\w*|sysadmins?)\b",
        t,
    ):
        key = "devops" if rx.match(r"devops|ops|sre|infra|sysadmin", m["role"]) else "ml_engineers"
        if key not in current:
            result[key] = 0
