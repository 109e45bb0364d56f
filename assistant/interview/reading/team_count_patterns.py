"""Head counts said with a role word: "2 ML engineers", "a 10-person ML infrastructure team", "ML engineers: 2",
"two of them know ML", "ML team has ten engineers", "3 ML + 2 infra".
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.cue_table import GPU_MODELS
from assistant.interview.reading.answers import _count
from assistant.interview.reading.team_roles import (
    ADJECTIVES,
    AFTER,
    BARE_ROLE,
    COUNT,
    DOING,
    GPU_BEFORE,
    ML_COMPOUND,
    NOT_PEOPLE_AFTER,
    PEOPLE,
    PEOPLE_AFTER,
    ROLE_RUN,
    UNIT,
    VAGUE_AFTER_A,
    _roles,
    hired_help,
    stance,
)


@cache
def role_count_patterns() -> list[re.Pattern[str]]:
    """The patterns of a count said with a role, most specific first (built once, on first use)."""
    adjectives, people, doing, after = ADJECTIVES, PEOPLE_AFTER, DOING, AFTER
    patterns = [
        # "a platform team of 4 ML infra engineers", "team of 3 SREs", "ML team of 4"
        r"(?:(?P<lead>"
        + ROLE_RUN.replace("?P<role>", "")
        + r")\s*)?"
        + UNIT
        + r" of (?:about |around |roughly |just |only )?"
        + COUNT
        + r"(?:\s+"
        + ROLE_RUN
        + r")?(?:\s*"
        + people
        + r")?",
        # "a 10-person ML infrastructure team", "six-person ML infrastructure group"
        COUNT
        + r"[- ](?:person|people|man|strong|member|headcount|engineer)\s+"
        + ROLE_RUN
        + r"\s*(?:"
        + UNIT
        + r"|engineering "
        + UNIT
        + r")",
        # "2 ML engineers", "one DevOps person", "3 SREs", "no ML engineers", "2 do ML", "6 of them are on the ML team"
        COUNT + r"\s*(?:x|×)?\s+" + adjectives + ROLE_RUN + r"\s*(?:engineering\s+)?(?:" + people + r"|(?<=ml )stuff\b|"
        r"(?<=ml )work\b|(?<=ml )engineering\b|(?<=ml)(?=[,.;]|$)|(?<=devops)(?![\w-])" + NOT_PEOPLE_AFTER + r"|"
        r"(?<=sres)(?![\w-])|(?<=sre)(?![\w-])|(?<=ops)(?=[,.;]|$))",
        # "ML engineer we have two", "SREs we've got three": the role first, then the count
        ROLE_RUN
        + r"\s*(?:"
        + people
        + r")\s*,?\s*(?:we have|we'?ve got|we got|there are|we are|we'?re)\s+(?:about |around |only |just |exactly |"
        r"precisely )?" + COUNT + r"\b(?!\s*(?:%|k\b|m\b|x\b|gpus?|tokens|requests))",
        # "Our team is ML engineer 2 people, devops 1 people": the role, then the count of people
        ROLE_RUN
        + r"(?:\s+(?:engineers?|people|persons?))?\s*:?\s*"
        + COUNT
        + r"\s+(?:people|persons?|ppl|guys|heads|members|ftes?|engineers?)\b",
        # "our ML engineers (there are two of them)", "SREs - we have three"
        ROLE_RUN
        + r"\s*(?:"
        + people
        + r")\s*[(,-]\s*(?:there (?:are|is)|we have|we'?ve got)\s+(?:just |only )?"
        + COUNT
        + r"\b(?:\s+of (?:them|us))?",
        # "two doing infrastructure", "one on ops"
        COUNT
        + r"\s+(?:of us\s+|of them\s+|"
        + PEOPLE
        + r"\s+)?(?:doing|on|handling|running|in|working on|working in|focused on|dedicated to)\s+(?:the\s+)?"
        + r"(?:server\s+|it\s+|cloud\s+)?"  # "3 ppl on the server ops side"
        + ROLE_RUN
        + r"(?=\s*(?:[,.;)]|$|work|stuff|side|part[- ]time|full[- ]time|on the side|too\b|as well\b|and\b|plus\b|"
        r"but\b|[+&]|(?:who|that) (?!(?:want|wants|would|will|might|could|should|need|needs)\b)))",
        # "one person for devops", "3 person for ML", "two backend devs doing DevOps"
        COUNT
        + r"\s+(?:"
        + PEOPLE
        + r"|backend devs|developers|devs)\s+(?:(?:part[- ]time|full[- ]time|mostly|also)\s+)?(?:for|on|doing|in|"
        r"handling|who do(?:es)?)\s+"
        r"(?:the\s+)?" + ROLE_RUN + r"(?=\s*(?:[,.;]|$|on the side|work|stuff|side|team))",
        # "ML engineers: 2", "devops: one person", "ML team: 4", "ML headcount is 7"
        ROLE_RUN
        + r"\s*(?:engineering\s*)?(?:"
        + people
        + r")?\s*(?:"
        + UNIT
        + r"\s*|head ?count\s*(?:is\s*)?|(?:capacity|staffing|resources|bench)\s*)?(?::|=|x|×|"
        r"(?<=count) |(?<=count is) |\s[-–]\s|[-–](?=\s*\d+\s*(?:[,;./)|]|$|and\b|(?:people|engineers?|ppl|folks|"
        r"persons?)\b))|"
        r"\((?=\s*\d+\s*(?:(?:people|engineers?|ppl|folks|persons?|ftes?)\s*)?\)))\s*(?:(?:we have|we'?ve got|"
        r"we got|there are|there'?s|there is)\s+)?"
        r"(?:about |around |roughly |~)?" + COUNT + r"\b",
        # "three people, all ML", "a small team of 4, all doing ML", "just the two of us, both ML"
        COUNT
        + r"\s*(?:(?:"
        + PEOPLE
        + r"|of us)\s*)?[,.;:]?\s*(?:and\s+)?(?:all|both)(?: of (?:them|us))?\s*(?:(?:are|do|"
        r"doing|in|on|work on|working on)\s+)?(?:the\s+)?"
        + ROLE_RUN
        + r"(?:\s*(?:"
        + people
        + r"))?(?=\s*(?:[,.;)]|$|and\b))",
        # "a team of 6, 2 of which are ML", "3 of them are SREs"
        COUNT
        + r"\s+of (?:them|whom|which|those|us|these)\s+(?:(?:are|is)\s+)?(?:\w+\s+)?"
        + ROLE_RUN
        + r"(?:\s*(?:"
        + people
        + r"))?(?=\s*(?:[,.;)]|$|and\b|but\b|plus\b))",
        # "Our ML engineers number seven", "our ops crew, three people", "platform engineering headcount is 9"
        ROLE_RUN
        + r"\s*(?:engineering\s+)?(?:"
        + people
        + r"|"
        + UNIT
        + r")?\s*(?:numbers?|totals?|total(?:l)?ing|count(?:s|ing)?|"
        r"headcount(?: is)?)\s+(?:about |around |roughly )?" + COUNT + r"\b(?!\s*(?:%|k\b|m\b|x\b))",
        ROLE_RUN + r"\s*" + UNIT + r"\s*,\s*(?:about |around |roughly )?" + COUNT + r"\s+(?:" + PEOPLE + r")\b",
        # "the ops folks are five people", "for the operation only one guy", "MLEs 7 / SRE 3", "4 persons of ML"
        ROLE_RUN
        + r"\s*(?:"
        + people
        + r"|"
        + UNIT
        + r")?\s+(?:are|is)\s+(?:just |only |about |around )?"
        + COUNT
        + r"\s+(?:"
        + PEOPLE
        + r")\b",
        r"\bfor\s+(?:the\s+)?"
        + ROLE_RUN
        + r"\s*,?\s*(?:we have\s+|there (?:is|are)\s+|we are\s+|we'?re\s+)?(?:only |just )?"
        + COUNT
        + r"\s+(?:"
        + PEOPLE
        + r")\b",
        r"(?<![\w-])" + ROLE_RUN + r"\s*(?:" + people + r")?\s+(?P<n>\d+)(?!\s*/\s*\d)(?=\s*(?:[/,;|]|$))",
        COUNT + r"\s+(?:" + PEOPLE + r")\s+of\s+" + ROLE_RUN + after,
        # "two of them know ML", "of which 3 do machine learning", "one does ops part-time", "one guy does our devops"
        COUNT
        + r"\s+(?:of (?:them|whom|which|those|us|these)\s+|of (?:our|the|my) (?:[\w-]+\s+)?(?:"
        + PEOPLE
        + r")\s+|(?:"
        + PEOPLE
        + r")\s+)?"
        + doing
        + r"\s+(?:the\s+|some\s+|our\s+|all\s+(?:the\s+|our\s+)?)?"
        + ROLE_RUN
        + after,
        # "a team of 10, out of which 3 are ML engineers", "we are 7, from them 2 are SREs"
        r"\b(?:out of (?:which|whom|them|those)|of (?:which|whom)|from (?:them|which|whom|those)|among (?:them|whom|"
        r"which|those|us))\s*,?\s+"
        + COUNT
        + r"\s+(?:(?:are|is)\s+)?(?:\w+\s+)?"
        + ROLE_RUN
        + r"(?:\s*(?:"
        + people
        + r"))?(?=\s*(?:[,.;)]|$|and\b|but\b|plus\b))",
        # "ML-wise, we have 2", "ops-wise there are three people"
        ROLE_RUN + r"[- ]wise\W+(?:we have|we'?ve got|there (?:are|is)|it'?s|just|only)?\s*" + COUNT + r"\b",
        # "two PhD students who are functionally ML engineers", "3 contractors who act as our SREs"
        COUNT
        + r"\s+(?:[\w-]+\s+){0,2}?(?:"
        + PEOPLE
        + r"|students|interns|contractors|freelancers|postdocs|phds?)\s+(?:who|that)\s+(?:are|is|act as|work as|"
        r"serve as|double as)\s+(?:\w+\s+)?(?:our\s+)?" + ROLE_RUN + r"\s*" + people,
        # "infra is handled by two people", "devops is a team of one"
        ROLE_RUN
        + r"\s*(?:"
        + UNIT
        + r"\s*)?(?:(?:part|side|work|stuff|bits?)\s+)?(?:is|are)\s+(?:handled|done|run|covered|managed|owned|"
        r"looked after|staffed)\s+by\s+"
        r"(?:just\s+|only\s+)?" + COUNT + r"\b",
        ROLE_RUN + r"\s*(?:is|=)\s+(?:just\s+)?(?:a|an)\s+" + UNIT + r"\s+of\s+" + COUNT + r"\b",
        # "3 person for machine learning and 2 for the operation", "a couple on infra"
        COUNT + r"\s+(?:of us\s+|(?:" + PEOPLE + r")\s+)?(?:for|on|in)\s+(?:the\s+|our\s+)?" + ROLE_RUN + after,
        # "our platform group (5 engineers)", "SREs, like 4"
        r"(?<!\d )(?<!\d)"
        + ROLE_RUN
        + r"\s*(?:"
        + UNIT
        + r"|"
        + people
        + r")\s*(?:\(\s*|,?\s*(?:like|about|around|roughly|~)\s+)"
        r"(?P<n>\d+)\b(?!\s*(?:%|k\b|m\b|percent|tokens|requests|ms|s\b|seconds|gpus?|h100|a100))",
        # "ML team size: 5", "the size of our ML team is 4", "ML engineering consists of 7 people"
        ROLE_RUN
        + r"\s*(?:engineering\s+)?(?:"
        + UNIT
        + r"\s+)?size\s*(?::|=|is|of)\s*(?:about |around |roughly |~)?"
        + COUNT
        + r"\b(?!\s*(?:%|k\b|m\b|x\b|gpus?|tokens))",
        r"\bsize of (?:the |our |my )?" + ROLE_RUN + r"\s*(?:engineering\s+)?" + UNIT + r"\s+is\s+(?:about |around |"
        r"roughly |just |only )?" + COUNT + r"\b(?!\s*(?:%|k\b|m\b|x\b|gpus?|tokens))",
        ROLE_RUN
        + r"\s*(?:engineering\s*)?(?:"
        + UNIT
        + r"\s*)?(?:consists of|comprises|is made up of|is composed of)\s+"
        r"(?:just |only |about |around )?" + COUNT + r"\s*(?:" + people + r")",
        # "3 ML + 2 infra", "2 ai & 1 ops": bare counts of roles in a list
        COUNT
        + r"\s+(?P<role>"
        + BARE_ROLE
        + r")(?=\s*(?:[+&/,;]|and\b|plus\b)\s*"
        + COUNT.replace("?P<n>", "?:")
        + r"\s+(?:"
        + BARE_ROLE
        + r")(?=\s*(?:[+&/,;.)]|$|and\b|plus\b)))",
        COUNT.replace("?P<n>", "?:")
        + r"\s+(?:"
        + BARE_ROLE
        + r")\s*(?:[+&/,;]|and\b|plus\b)\s*"
        + COUNT
        + r"\s+(?P<role>"
        + BARE_ROLE
        + r")(?=\s*(?:[+&/,;.)]|$|and\b|plus\b))",
        # "2 ML engineers, 1 infra": a bare count of a role after a count of people by role, in a list
        COUNT.replace("?P<n>", "?:")
        + r"\s+(?:"
        + ROLE_RUN.replace("?P<role>", "")
        + r")\s*(?:"
        + people
        + r")\s*(?:[+&/,;]|and\b|plus\b)\s*(?!an?\b)"
        + COUNT
        + r"\s+(?P<role>devops|ops|sres?|infra)(?=\s*(?:[+&/,;.)]|$|and\b|plus\b))",
        # "ML team has ten engineers", "ml team is 7 ppl", "our ML team is small, just two people"
        ROLE_RUN
        + r"\s*(?:engineering\s+)?"
        + UNIT
        + r"\s*(?:has|have|is|are|comprises|consists of|of|with|counts)\s+(?:\w+\s*,?\s+){0,3}?"
        r"(?:just |only |about |around )?" + COUNT + r"\s*(?:" + people + r"|strong\b)",
        # "Algorithm team 8 people, ops team 4 people", "ops team: 3 ppl": the team, then its head count
        ROLE_RUN + r"\s*" + UNIT + r"\s*[:=-]?\s*" + COUNT + r"\s*(?:" + people + r")\b",
    ]
    return [rx.compile(p) for p in patterns]


# Every pattern above needs a role word for its count to be kept: a message without one has no count by role
ANY_ROLE = rx.compile(ROLE_RUN.replace("?P<role>", "") + "|" + BARE_ROLE)

# A count followed by hardware or places, not people
THINGS_AFTER = rx.compile(
    r"\s*(?:x\s*)?(?:(?:gpu|bare[- ]metal|physical|virtual|linux|windows|k8s|kubernetes|dedicated)\s+)?(?:racks?|"
    r"servers?(?!\s*(?:ops|admins?|administrators?|engineers?|people|persons?|guys?|folks|team|crew)\b)|nodes?|"
    r"gpus?|vms?|clusters?|instances?|data ?cent(?:er|re)s?|dcs?|regions?|accounts?|cards?|hosts?|"
    r"pods?|boxes|" + GPU_MODELS + r")\b"
)


# what joins the items of one list of people ("2 platform engineers and 1 SRE", "2 RE + 1 MLE", "4 SREs, 2 sysadmins")
LIST_JOINT = rx.compile(r"[\s,;]*(?:and|\+|&|plus|as well as|along with|together with)?[\s,]*(?:also\s+)?")


# a count said to be part of the one before it ("3 infra engineers, 1 SRE among them")
AMONG = rx.compile(r"\s*(?:among|of) (?:them|whom|those|which)\b|\s*(?:included|including|incl\.?)\b")


def _added(t: str, counted: list[tuple[str, int, int, bool]], role: str, m: re.Match[str], whole: bool) -> bool:
    """Whether a count of another role of the same kind, listed beside one counted before, adds to it: two platform
    engineers and one SRE are three people on infrastructure (never a team's size and its parts, a count already
    counted, nor a part said of the one before: "3 infra engineers, 1 SRE among them")."""
    if whole or AMONG.match(t, m.end()):
        return False
    if any((start < m.end() and m.start() < end) or word == _role_word(role) for word, start, end, _ in counted):
        return False
    for _word, start, end, whole in counted:
        first, second = (
            ((start, end), (m.start(), m.end())) if start < m.start() else ((m.start(), m.end()), (start, end))
        )
        if not whole and first[1] <= second[0] and LIST_JOINT.fullmatch(t, first[1], second[0]) is not None:
            return True
    return False


def _role_word(role: str) -> str:
    """A role as one word, however it is written ("SREs", "sre"; "platform engineers", "platform")."""
    words = rx.sub(r"\b(?:engineers?|engineering|people|persons?|folks|guys|ppl|devs?)\b", " ", role).split()
    return rx.sub(r"s$", "", words[-1]) if words else role


def _by_role(t: str, result: dict[str, Any], cut: list[scope.Chunk]) -> None:
    """Counts said with a role word, into ``result`` (a count already there stays, except ML engineers named,
    and counts of other roles of the same kind listed beside it, which add up)."""
    from assistant.interview.quantities.guards import _negated

    if not ANY_ROLE.search(t):
        return
    earlier: dict[str, list[tuple[str, int, int, bool]]] = {}  # per key: each role counted, where, a team's size
    for pat in role_count_patterns():
        for m in pat.finditer(t):
            n = _count(m["n"])
            role = ((m.groupdict().get("lead") or "") + " " + (m["role"] or "")).strip()
            if n is None or not role:
                continue
            if m["n"] in ("a", "an") and VAGUE_AFTER_A.match(t, m.end("n")):
                continue  # "ML: a handful of PhDs": not one person
            if THINGS_AFTER.match(t, m.end("n")):
                continue  # "infra: 2 racks in a colo", "ops = 3 servers": things, not people
            pol = stance(t, cut, m.start())
            if pol in ("question", "other") or (n > 0 and (pol == "no" or _negated(t, m.start()))):
                continue
            if rx.fullmatch(r"data[- ]scien\w*", role) and rx.match(r"out of|from|among", m[0]):
                continue  # data scientists are not counted as the engineers who would run models (the corpus' rule)
            if (
                role in ("it", "research")
                and n > 0
                and not rx.search(
                    r"(?:team|department|dept|group|crew|unit|staff|squad) of|\bit (?:" + PEOPLE + r"|department|dept|"
                    r"team|crew|group|staff)\b|research (?:engineers?|scientists?)\b",
                    m[0],
                )
            ):
                continue
            if rx.search(r"\b(?:half|part|a fraction|percent|%)\s*(?:of\s*)?$", t[max(0, m.start() - 12) : m.start()]):
                continue  # "half of an SRE": not a head count
            if rx.search(r"\b(?:out of|of (?:our|the|all|my|all our))\s*$", t[max(0, m.start() - 14) : m.start()]):
                continue  # "3 out of 8 engineers do ML": 8 is everyone, not the ML people
            if rx.search(
                r"\b(?:need|needs|needed|require|requires|hire|hiring|recruit\w*|looking for|want|wants|budget for|"
                r"add|adding|would take|takes)\s+(?:\w+\s+){0,2}$",
                t[max(0, m.start() - 40) : m.start()],
            ):
                continue  # "we need 2 ML engineers to maintain it": a requirement, not the team
            if rx.search(
                r"\b(?:maybe|perhaps|possibly)\s+(?:also\s+)?$", t[max(0, m.start() - 16) : m.start()]
            ) and rx.search(
                r"\b(?:hire|hiring|recruit\w*|might|plan\w*|budget for|looking for|want to add)\b", t[: m.start()]
            ):
                continue  # "we might hire a couple of ML folks, maybe an SRE too": the plan goes on
            if GPU_BEFORE.search(t, 0, m.start("role")):
                continue  # "no GPU infra": the hardware, not the people
            if n > 0 and hired_help(t, m.start(), m.end()):
                continue  # "our ML is done by 2 freelancers": hired help, not the team
            if n == 0 and ML_COMPOUND.fullmatch(role):
                continue  # "mlops: no" says there is no MLOps function, not that nobody does ML
            keys = _roles(role)
            if len(keys) > 1 and n > 0:
                continue
            whole = bool(rx.search(r"\b" + UNIT + r"\b", m[0]))  # a team's size ("ML team 5 people")
            # "6 ML engineers, 2 of them do MLOps": some of those counted already, no one more
            subset = rx.match(r"\s*of (?:them|those|these|whom|us)\b", t[m.end("n") :]) is not None
            for key in keys:
                counted = earlier.setdefault(key, [])
                if key in result and counted and subset:
                    pass
                elif key in result and counted and n > 0 and result[key] > 0 and _added(t, counted, role, m, whole):
                    result[key] += n
                elif (
                    key == "ml_engineers"
                    and role in ("ml", "mle", "mles", "machine learning", "machine-learning")
                    and not whole
                ):
                    result[key] = n  # "data scientists: 5. ML engineers: 0.": the ML engineers are the ones named
                else:
                    result.setdefault(key, n)
                counted.append((_role_word(role), m.start(), m.end(), whole))
