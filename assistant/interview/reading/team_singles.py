"""Head counts of one: people named by position ("our CTO does the devops himself, nobody else"), the user alone in a
role ("I handle the ops myself", "ops? that's me"), the user and others ("me and 2 other ML engineers"), a role asked
and answered ("ML engineers? we have two") and today's zero beside a hire.
"""

from __future__ import annotations

from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.reading.answers import _count
from assistant.interview.reading.team_roles import (
    COUNT,
    GPU_BEFORE,
    ML_COMPOUND,
    PEOPLE,
    PEOPLE_AFTER,
    ROLE_RUN,
    UNIT,
    VAGUE_AFTER_A,
    _roles,
    stance,
)


def _me_and_others(t: str, result: dict[str, Any], cut: list[scope.Chunk]) -> None:
    """The user and others in one role: "me and 2 other ML engineers" is three."""
    people = PEOPLE_AFTER
    # The user and others in one role: "me and 2 other ML engineers", "ML: me and one other guy"
    for pattern in (
        r"\b(?:me|myself|i)\s*(?:and|plus|\+|&|with)\s*"
        + COUNT
        + r"\s+(?:other|more)\s+"
        + ROLE_RUN
        + r"\s*(?:"
        + people
        + r")",
        ROLE_RUN + r"\s*(?:" + people + r"|" + UNIT + r")?\s*[:=-]\s*(?:just\s+)?(?:me|myself)\s*(?:and|plus|\+|&|"
        r"with)\s*" + COUNT + r"\s+(?:other|more)\s+(?:" + PEOPLE + r")\b",
        # "me and two others on the ML side", "there's me and two others in ML", "on the ML side it's me and two others"
        r"\b(?:me|myself)\s*(?:and|plus|\+|&|with)\s*" + COUNT + r"\s+(?:others?|more|other (?:people|folks|guys))\s+"
        r"(?:on|in|doing|do|handle|handling|cover|covering|work on|working on)\s+(?:the\s+)?"
        + ROLE_RUN
        + r"(?=\s*(?:side|"
        r"team|work|stuff|part|bits?)?\b(?!\s*(?:" + PEOPLE + r")))",
        r"\b(?:on|in)\s+(?:the\s+)?"
        + ROLE_RUN
        + r"\s*(?:side|team|work|part)?\s*[,:-]?\s*(?:it'?s|there'?s|that'?s|we have|"
        r"we'?re)?\s*(?:just\s+)?(?:me|myself)\s*(?:and|plus|\+|&|with)\s*" + COUNT + r"\s+(?:others?|more)\b",
    ):
        for m in rx.finditer(pattern, t):
            n, keys = _count(m["n"]), _roles(m["role"].strip())
            if n is not None and len(keys) == 1 and stance(t, cut, m.start()) == "yes":
                result[keys[0]] = n + 1
    # "myself and another ML engineer", "me + one more MLE": the user is one of the role too
    for m in rx.finditer(
        r"\b(?:me|myself)\s*(?:and|plus|\+|&|with)\s*(?:another|one more|a second)\s+"
        + ROLE_RUN
        + r"\s*(?:"
        + people
        + r")",
        t,
    ):
        keys = _roles(m["role"].strip())
        if len(keys) == 1 and keys[0] not in result and stance(t, cut, m.start()) == "yes":
            result[keys[0]] = 2


def _single_people(t: str, result: dict[str, Any], cut: list[scope.Chunk]) -> None:
    """One person in a role, named by position or the user: counts not yet in ``result``."""
    # One person named by position, the list closed: "our CTO does the devops himself, nobody else", "our cloud guy
    # and our cloud gal, that's the ops team", "plus me on ops"
    closed = rx.search(
        r"\b(?:nobody else|no one else|no other (?:person|people|one)|that'?s (?:it|all|the (?:whole )?(?:\w+ )?team)|"
        r"(?:him|her)self)\b|\balone\b|\bsolo\b|\bon (?:his|her) own\b|"
        # ("our infra guy (singular!)", "our ops person, just the one")
        r"\bsingular\b|\bjust the one\b|\bonly the one\b",
        t,
    )
    singles: dict[str, int] = {}
    for m in rx.finditer(
        r"\b(?:our|my|the) (?:one |only |single |lone )?(?:(?P<r1>" + ROLE_RUN.replace("?P<role>", "") + r")\s*"
        r"(?:guy|gal|person|dude|lady|man|woman|admin|engineer|eng)|(?:cto|ceo|founder|co-?founder|tech lead|"
        r"lead dev\w*|"
        r"boss)\s+(?:is\s+)?(?:doing|does|do|handles?|handling|runs?|running|covers?|covering)\s+(?:all\s+)?(?:the\s+)?"
        r"(?P<r2>" + ROLE_RUN.replace("?P<role>", "") + r"))",
        t,
    ):
        keys = _roles((m["r1"] or m["r2"] or "").strip())
        if closed and len(keys) == 1 and stance(t, cut, m.start()) == "yes":
            singles[keys[0]] = singles.get(keys[0], 0) + 1
    for m in rx.finditer(
        r"(?:\bplus|\band|\+|&|,)\s+(?:me|myself)\s+(?:on|doing|handling|for|covering|running)\s+(?:the\s+)?"
        + ROLE_RUN,
        t,
    ):
        keys = _roles(m["role"].strip())
        if len(keys) == 1 and stance(t, cut, m.start()) == "yes":
            singles[keys[0]] = singles.get(keys[0], 0) + 1
    for m in rx.finditer(r"\b(?:i'?m|i am)\s+(?:the|our)\s+(?:only|sole|lone|single|one and only)\s+" + ROLE_RUN, t):
        keys = _roles(m["role"].strip())  # "I'm the only ML engineer"
        if len(keys) == 1 and stance(t, cut, m.start()) == "yes":
            singles.setdefault(keys[0], 1)
    for m in rx.finditer(
        ROLE_RUN + r"\s+(?:is|=|:)\s+(?:just |only |basically |literally )?me\b(?!\s*(?:and|&|\+|,|plus|with)\b)", t
    ):
        keys = _roles(m["role"].strip())  # "DevOps is just me", "ML + ops = me" (one person, both jobs)
        if keys and stance(t, cut, m.start()) == "yes":
            for key in keys:
                singles.setdefault(key, 1)
    # The user alone in a role: "I handle the ops myself", "ops? that's me", "I'm the ML engineer", "we hired our first
    # ML engineer"
    alone = [
        r"\b(?:i|me)\s+(?:\w+\s+)?(?:handle|do|run|cover|take care of|look after|manage)\s+(?:the |all the |our |all )?"
        + ROLE_RUN
        + r"\s*(?:stuff|work|side|bits)?\s*(?:myself|alone|solo|on my own|by myself)\b",
        ROLE_RUN
        + r"\s*(?:"
        + PEOPLE
        + r"|"
        + UNIT
        + r")?\s*[?:=-]\s*(?:that'?s|it'?s|just|only|basically)\s+me\b(?!\s*(?:and|&|\+|plus|with)\b)",
        r"\b(?:i'?m|i am) (?:the|our) (?:(?:only|sole|lone|one|resident)\s+)?"
        + ROLE_RUN
        + r"\s*(?:"
        + PEOPLE
        + r")\b(?!\s*(?:and|&|\+|plus|with)\b)",
        r"\b(?:hired|onboarded|brought on|just got|have|got) (?:our|my|the|a) (?:very )?first "
        + ROLE_RUN
        + r"\s*(?:"
        + PEOPLE
        + r")\b",
    ]
    alone += [
        r"\b(?:me|myself|i)\s*\(\s*" + ROLE_RUN + r"\s*(?:" + PEOPLE + r")?\s*\)",  # "two of us: me (ML) and ..."
        # "our sole devops person", "the only SRE we have", "our one DevOps"
        r"\b(?:our|my|the) (?:sole|only|single|lone|one and only|one) "
        + ROLE_RUN
        + r"\s*(?:"
        + PEOPLE_AFTER
        + r"|guy\b|gal\b|lady\b|dude\b|man\b|woman\b)",
    ]
    alone += [
        # one person said to be in the role ("Wei, he is our ML engineer", "and one is our platform engineer")
        r"(?:\b[a-z]+,?\s+(?:he|she)|\b(?:he|she)|\bone(?: of (?:them|us))?|(?<![\w'])[a-z]{3,14})\s+(?:is|'s)\s+"
        r"(?:our|the)\s+(?:only\s+|sole\s+|resident\s+)?"
        + ROLE_RUN
        + r"\s*(?:"
        + PEOPLE
        + r")\b(?!\s*(?:and|&|\+|plus|with|team|lead|manager)\b)",
    ]
    alone += [
        # one person in two roles ("just andres, hes the ml engineer AND does all our devops lol. one guy")
        r"\b(?:he|she)(?:'?s| is) (?:the|our) (?:only\s+)?" + ROLE_RUN + r"\s*(?:" + PEOPLE + r")?\b",
        r"\b(?:he|she|hes|shes|he's|she's)\b[^.;!?]{0,40}?\band (?:also )?(?:does|handles|runs|covers|takes care of) "
        r"(?:all |all of )?(?:our|the) " + ROLE_RUN + r"\b",
    ]
    # one person said by what they keep running ("Dmitri, aka the guy who keeps the EKS cluster alive", "one poor soul
    # whose whole job is keeping our EKS cluster from falling over")
    for m in rx.finditer(
        r"\b(?:the|a|one|our) (?:\w+ )?(?:guy|gal|person|dude|soul|lady|man|woman) (?:\([^)]{1,20}\) )?(?:who|that|"
        r"whose (?:whole |only |main )?job is)\s+(?:\w+\s+){0,2}?(?:keeps?|keeping|runs?|running|looks? after|"
        r"doing|does|"
        r"looking after|babysits?|babysitting|maintains?|maintaining|manages?|managing|handles?|handling)\s+"
        r"(?:our |the |all (?:the |our )?)?"
        r"(?:[\w-]+ )?(?:clusters?|servers?|infra\w*|boxes|machines|aws|cloud|k8s|kubernetes|eks|gke|aks|ops|network|"
        r"devops)\b",
        t,
    ):
        if stance(t, cut, m.start()) == "yes" and not rx.search(
            r"\b(?:agency|contractor|freelancer|vendor|consultant|msp|provider)\b", t[max(0, m.start() - 40) : m.end()]
        ):
            singles.setdefault("devops", 1)
    for m in (m for pattern in alone for m in rx.finditer(pattern, t)):
        keys = _roles(m["role"].strip())
        if len(keys) == 1 and stance(t, cut, m.end() - 1) == "yes":  # "ops? that's me": where the answer is
            singles.setdefault(keys[0], 1)
    for key, n in singles.items():
        result.setdefault(key, n)


def _asked_and_answered(t: str, result: dict[str, Any], cut: list[scope.Chunk]) -> None:
    """A role put as a question and answered ("SREs? none"), and today's count beside a hire."""
    people = PEOPLE_AFTER
    # A role asked about, then answered: "ML engineers? we have two", "SREs - none"
    for m in rx.finditer(
        ROLE_RUN + r"\s*(?:" + people + r"|" + UNIT + r")?\s*\?\s*(?:we have|we'?ve got|there are|got|have)?\s*"
        r"(?:just|only|about|like|maybe|around|roughly|~)?\s*"
        + COUNT
        + r"\b(?!\s*(?:%|k\b|m\b|ms\b|s\b|x\b|gpus?|tokens|requests|models?))",
        t,
    ):
        n = _count(m["n"])
        keys = _roles(m["role"].strip())
        if n is None or len(keys) != 1 or keys[0] in result or stance(t, cut, m.start("n")) != "yes":
            continue
        if m["n"] in ("a", "an") and VAGUE_AFTER_A.match(t, m.end("n")):
            continue  # "ML engineers? a few": not one person, a count too loose to store
        if GPU_BEFORE.search(t, 0, m.start("role")):
            continue  # "GPU infra? we have zero": the hardware, not the people
        if n == 0 and ML_COMPOUND.fullmatch(m["role"].strip()):
            continue  # "MLOps team? no": no MLOps function, not nobody doing ML
        result[keys[0]] = n
    # A role still to hire, and today's count: "we're about to hire an SRE but right now it's zero"
    for m in rx.finditer(
        r"\b(?:hire|hiring|recruit\w*|looking for|adding|bring(?:ing)? on|onboard\w*)\s+(?:an?|one|two|\d+|our first|"
        r"some|more|a couple of)?\s*(?:(?:dedicated|full[- ]time|senior|junior|first)\s+)?"
        + ROLE_RUN
        + r"[^.;!?]{0,40}?\b(?:right now|currently|today|for now|at the moment|as of (?:now|today)|so far|yet)\b,?\s*"
        r"(?:it'?s|we have|we'?ve got|there'?s|there are|we'?re at|we got)?\s*(?:zero|none|nobody|no one|0|nada)\b",
        t,
    ):
        keys = _roles(m["role"].strip())
        if len(keys) == 1 and not ML_COMPOUND.fullmatch(m["role"].strip()):
            result.setdefault(keys[0], 0)
