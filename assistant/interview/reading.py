"""Reading one user message into profile facts: numbers by rule, categories by rule and classifier.

``parse_message(text, expecting)`` is the seam the dialogue codes against. Quantities ("twenty million
tokens a day", "120k requests a day, ~1,500 in and 300 out", "3:1 input to output", "$12k a month on
GPT-4o", "16 H100s") come from ``quantities``; categorical facts (traffic shape, regimes, data boundary,
team, quality, latency kind, batch tolerance, fine-tuning) from the cue rules in ``cues`` read with the
negation and scope rules in ``scope``, checked and extended by the classifier in ``classifier``. Whatever
is touched but unclear or contradictory goes to ``clarify`` instead of being stored: a wrong fact stored
as said is worse than a question. Nothing is inferred from an industry word. Nothing here raises.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from assistant.interview import classifier, cues, scope
from assistant.interview.deadline import read_deadline
from assistant.interview.quantities.guards import CORRECTION
from assistant.interview.quantities.patterns import _period_factor
from assistant.interview.quantities.rates import RATE
from assistant.interview.quantities.read import read_quantities
from assistant.interview.quantities.words import UNITS, normalize
from tools.results import Conventions

__all__ = ["MODEL_MENTIONS", "REGIMES", "ParseResult", "Update", "parse_message", "resolve_pending"]


class Update(BaseModel):
    field: str
    value: Any
    quote: str = Field(description="the user's own words it was read from")
    note: str | None = Field(default=None, description="how the words were interpreted")
    correction: bool = Field(
        default=False, description="the user corrects an earlier value ('actually 15M, not 40M'): may overwrite"
    )


class ParseResult(BaseModel):
    """What one user message said, in profile terms."""

    updates: list[Update] = Field(default_factory=list)
    intents: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    confirm: str | None = None
    pending: dict[str, Any] | None = Field(default=None, description="value awaiting confirmation")
    clarify: list[str] = Field(
        default_factory=list, description="fields touched but unclear or contradictory: ask, do not store"
    )

    def fields(self) -> list[str]:
        return [u.field for u in self.updates]


# Kept for what-if detection ("we just signed a HIPAA customer"): explicit regime names only.
REGIMES: list[tuple[str, str]] = [
    (cues.CUES[("compliance", r)], r)
    for r in ("hipaa", "gdpr", "pci_dss", "soc2", "fedramp", "data_residency", "air_gapped")
]
WORD_NUMBERS = {  # head counts and small answers: the number words up to ten, plus the reader's own
    **{word: n for word, n in UNITS.items() if n <= 10},
    "no": 0,
    "none": 0,
    "a": 1,
    "an": 1,
    "single": 1,
    "a single": 1,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a dozen": 12,
    "a lone": 1,
    "a sole": 1,
    "a few": 3,
    "few": 3,
}
YES = re.compile(
    r"\W*(?:yes|yeah|yep|yup|ya|yea|y|sure|correct|right|affirmative|indeed|we do|it does|they do|absolutely|"
    r"definitely|of course|certainly|true|ok|okay|fine|totally fine|that'?s fine|acceptable|allowed)\b[\s\W]*(?:we do|"
    r"it does)?\W*"
)
NO = re.compile(
    r"\W*(?:(?:no|nope|nah|zero|zilch|nada)[\s,.!]+)*(?:no|nope|nah|none|nothing|zilch|nada|n/?a|not really|no way|"
    r"neither|nobody|no one|zero|nada|negative|false|"
    r"not at all|none at all|none whatsoever|none of (?:those|these|them|the above)|nothing like that|"
    r"not that i know of|none that i know of|we don'?t|it doesn'?t|nothing special|not applicable)\b[\s\W]*"
)
ORDINAL = re.compile(r"\W*(?:the )?(?P<o>first|1st|second|2nd|third|3rd|last)(?: one| option)?\W*")
OPTIONS: dict[str, list[Any]] = {
    "traffic_shape": ["steady", "business_hours", "bursty"],
    "quality": ["frontier", "open_weight_ok"],
    "input_share": [0.8, 0.3, 0.5],
}
ROLE_ML = (
    r"(?:mles?|ml|machine[- ]learning|ai|data[- ]scien\w*|ml ?ops|ml[- ]?infra\w*|ml[- ]?platform|llm|applied (?:ml|"
    r"ai)|"
    r"deep[- ]learning|nlp|ai/ml|ml/ai|ml/mlops|research)"
)
ROLE_OPS = (
    r"(?:devops|dev ops|dev-ops|sres?|site reliability|ops|operations?|platform|k8s(?= (?:person|people|guy|gal|"
    r"engineers?|admins?|folks)|$)|infra\w*|sysadmins?|cloud|"
    r"systems|it)"
)
PEOPLE = (
    r"(?:engineers?|engs?|people|persons?|person|folks|guys?|gals?|dudes?|bros?|devs?|developers?|scientists?|"
    r"specialists?|experts?|"
    r"members?|hires?|staff|heads?|ppl|researchers?|team members?|fte|ftes|admins?|administrators?)"
)
COUNT = (
    r"(?:(?<=\bx)|(?<![\w'./]))(?P<n>\d+|no|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|a single|single|"
    r"a lone|a sole|a couple(?: of)?|a dozen|an?)"
)


def _count(word: str) -> int | None:
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    return WORD_NUMBERS.get(word)


ROLE_RUN = r"(?P<role>(?:(?:" + ROLE_ML + "|" + ROLE_OPS + r")(?:\s*(?:/|&|\+|and|or)\s*|[\s-]+)?){1,3})"
ML_COMPOUND = re.compile(r"ml[- ]?infra\w*|ml[- ]?platform|ml ?ops|ai[- ]infra\w*|ai[- ]platform|ai/ml|ml/ai|ml/mlops")
UNIT = r"(?:team|group|org|organi[sz]ation|function|department|squad|crew|unit|side)"


def _roles(role: str) -> list[str]:
    """Which head counts a role phrase names: ML, ops, or both ("no ML or ops people")."""
    keys = []
    if re.search(r"\b" + ROLE_ML + r"\b", role):
        keys.append("ml_engineers")
    rest = ML_COMPOUND.sub(" ", role)
    if re.search(r"\b" + ROLE_OPS + r"\b", rest) and (not keys or re.search(r"\b(?:and|or|&|/|\+)\b|/", role)):
        keys.append("devops")
    return keys


CLOUD_NAMES = {"azure": "azure", "aws": "aws", "amazon web services": "aws", "gcp": "gcp", "google cloud": "gcp"}
_CLOUD = r"(?P<cloud>azure|aws|amazon web services|gcp|google cloud)"
OWN_CLOUD = (
    # "our Azure tenant", "in our own AWS account", "our GCP project", "the company's Azure subscription"
    re.compile(
        r"\b(?:our|my|the company'?s|our company'?s)\s+(?:own\s+|existing\s+|corporate\s+|private\s+)?" + _CLOUD + r"\b"
    ),
    # "we're on Azure", "we are all-in on AWS", "we run everything in GCP", "we host on AWS"
    re.compile(
        r"\bwe(?:'re| are|'ve)?\s+(?:(?:all[- ]in|already|fully|mostly)\s+)?(?:on|in|using|use|have|got|run(?:ning)?|"
        r"host(?:ing)?)"
        r"\s+(?:everything\s+|all\s+|it\s+)?(?:on\s+|in\s+)?" + _CLOUD + r"\b(?!\s*(?:customers?|partners?|credits?|"
        r"marketplace|openai))"
    ),
    # "the Azure tenant we have", "AWS account of ours"
    re.compile(
        _CLOUD
        + r"\s+(?:tenant|tenancy|subscription|account|vpc|vnet|project|landing zone)\b(?=.{0,40}\b(?:our|we|ours)\b)"
    ),
)


def _own_clouds(t: str) -> list[str]:
    """The clouds the user says their own tenant is in ("our Azure tenant"), not denied or asked about."""
    from assistant.interview.quantities.guards import _negated

    found: list[str] = []
    for m in (m for pattern in OWN_CLOUD for m in pattern.finditer(t)):
        start = m.start("cloud")
        if _negated(t, start) or re.search(
            r"\b(?:not|no|never|without)\s+(?:\w+\s+){0,2}$", t[max(0, start - 30) : start]
        ):
            continue
        sentence = re.split(r"(?<=[.!?;])\s", t[start:], maxsplit=1)[0]
        if sentence.rstrip().endswith("?"):
            continue  # "would our Azure tenant be enough?" asks, it does not say
        cloud = CLOUD_NAMES[m["cloud"]]
        if cloud not in found:
            found.append(cloud)
    return found


def _team_counts(t: str, result: dict[str, Any]) -> None:
    """Head counts: "2 ML engineers", "a 10-person ML infrastructure team", "no DevOps people"."""
    from assistant.interview.quantities.guards import _negated

    adjectives = (
        r"(?:dedicated\s+|full[- ]time\s+|senior\s+|junior\s+|in[- ]house\s+|experienced\s+|actual\s+|real\s+|"
        r"proper\s+|more\s+|other\s+|part[- ]time\s+|of them (?:are |do |does )?|are |do |does |on the |in |"
        r"doing |for )*"
    )
    people = (
        r"(?:"
        + PEOPLE
        + r"|nerds?|geeks?|wizards?|ninjas?|gurus?|rockstars?|heroes|hackers?|(?<=sres)|(?<=sre)|(?<=mles)|(?<=mle)|"
        r"(?<=sysadmins)|(?<=sysadmin)|"
        r"(?<=devops)(?=\s*(?:[,.;+&)]|$|and\b|plus\b|but\b|too\b|as well\b)))"
    )
    doing = (
        r"(?:do|does|know|knows|can do|handle|handles|work on|works on|work in|works in|are on|is on|are in|is in|"
        r"are into|focus on|focuses on|cover|covers|look after|looks after|own|owns|run|runs|take care of|"
        r"takes care of)"
    )
    after = (
        r"(?=\s*(?:[,.;)+&]|$|and\b|plus\b|but\b|on the side|part[- ]time|full[- ]time|work|stuff|side|team|group|"
        r"org|squad|crew|unit|department|function|too\b|"
        r"lol\b|haha\b|tbh\b|or so\b|i (?:guess|think)\b))"
    )
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
        r"(?<=ml )work\b|(?<=ml )engineering\b|(?<=ml)(?=[,.;]|$)|(?<=devops)(?![\w-])|(?<=sres)(?![\w-])|"
        r"(?<=sre)(?![\w-])|(?<=ops)(?=[,.;]|$))",
        # "two doing infrastructure", "one on ops"
        COUNT
        + r"\s+(?:of us\s+|of them\s+)?(?:doing|on|handling|running|in)\s+(?:the\s+)?"
        + ROLE_RUN
        + r"(?=\s*(?:[,.;]|$|work|stuff|side))",
        # "one person for devops", "3 person for ML", "two backend devs doing DevOps"
        COUNT + r"\s+(?:" + PEOPLE + r"|backend devs|developers|devs)\s+(?:for|on|doing|in|handling|who do(?:es)?)\s+"
        r"(?:the\s+)?" + ROLE_RUN + r"(?=\s*(?:[,.;]|$|on the side|work|stuff|side|team))",
        # "ML engineers: 2", "devops: one person", "ML team: 4", "ML headcount is 7"
        ROLE_RUN + r"\s*(?:" + people + r")?\s*(?:" + UNIT + r"\s*|head ?count\s*(?:is\s*)?)?(?::|=|x|(?<=count) |"
        r"(?<=count is) |\s[-–]\s)\s*(?:about |around |roughly |~)?" + COUNT + r"\b",
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
        + r"\s*,?\s*(?:we have\s+|there (?:is|are)\s+)?(?:only |just )?"
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
        + r"\s*)?(?:is|are)\s+(?:handled|done|run|covered|managed|owned|looked after|staffed)\s+by\s+"
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
        # "ML team has ten engineers", "ml team is 7 ppl", "our ML team is small, just two people"
        ROLE_RUN + r"\s*" + UNIT + r"\s*(?:has|is|are|comprises|consists of|of|with|counts)\s+(?:\w+\s*,?\s+){0,3}?"
        r"(?:just |only |about |around )?" + COUNT + r"\s*(?:" + people + r"|strong\b)",
    ]
    cut = scope.chunks(t)

    def stance(pos: int) -> str:
        for ch in cut:
            if ch.start <= pos < ch.start + len(ch.text):
                pol = scope.polarity(ch, pos - ch.start, pos - ch.start + 1)
                if (
                    pol == "other"
                    and not (ch.hypothetical or ch.others)
                    and re.search(r"\b(?:maybe|perhaps|possibly|probably)\s*$", t[:pos])
                ):
                    return "yes"  # "maybe 3 people": a hedged count is still the count
                return pol
        return "yes"

    for pat in patterns:
        for m in re.finditer(pat, t):
            n = _count(m["n"])
            role = ((m.groupdict().get("lead") or "") + " " + (m["role"] or "")).strip()
            if n is None or not role:
                continue
            pol = stance(m.start())
            if pol in ("question", "other") or (n > 0 and (pol == "no" or _negated(t, m.start()))):
                continue
            if role in ("it", "research") and n > 0 and not re.search(r"team of|\bit (?:" + PEOPLE + ")", m[0]):
                continue
            if re.search(r"\b(?:half|part|a fraction|percent|%)\s*(?:of\s*)?$", t[max(0, m.start() - 12) : m.start()]):
                continue  # "half of an SRE": not a head count
            if re.search(
                r"\b(?:need|needs|needed|require|requires|hire|hiring|recruit\w*|looking for|want|wants|budget for|"
                r"add|adding|would take|takes)\s+(?:\w+\s+){0,2}$",
                t[max(0, m.start() - 40) : m.start()],
            ):
                continue  # "we need 2 ML engineers to maintain it": a requirement, not the team
            if n == 0 and ML_COMPOUND.fullmatch(role):
                continue  # "mlops: no" says there is no MLOps function, not that nobody does ML
            keys = _roles(role)
            if len(keys) > 1 and n > 0:
                continue
            for key in keys:
                if key == "ml_engineers" and role in ("ml", "mle", "mles", "machine learning", "machine-learning"):
                    result[key] = n  # "data scientists: 5. ML engineers: 0.": the ML engineers are the ones named
                else:
                    result.setdefault(key, n)
    # What people can do, said instead of their title: "4 engineers who can deploy models", "three are capable of
    # serving models", "two of them have an ML background", "2 folks who manage the k8s clusters"
    capable = (
        r"(?:currently\s+|already\s+|also\s+|actually\s+)?(?=(?:deploy|serv|run|train|build|ship|operat|host|manag|"
        r"handl|maintain|productioni[sz])\w*\s)|"
        r"(?:who|that|which)\s+(?:also\s+|kinda\s+|sort of\s+|actually\s+|already\s+)?(?:can|could|know how to|"
        r"knows how to|"
        r"are able to|is able to|have|has|do|does|know|knows)?\s*|(?:can|could|know how to|are able to)\s+|"
        r"(?:are|is)\s+(?:capable of|able to|comfortable|good at|experienced (?:in|with|at)|familiar with|fluent in|"
        r"trained in)\s+|(?:have|has|with)\s+(?:an?\s+|some\s+|real\s+|solid\s+|proper\s+)?"
    )
    ml_work = (
        r"(?:(?:deploy|serv|run|train|build|fine[- ]?tun|ship|operat|host|productioni[sz])\w*\s+(?:and\s+\w+\s+)?"
        r"(?:\w+\s+){0,2}?(?:models?|llms?|ml)\b|(?:pytorch|tensorflow|jax|hugging ?face|transformers|vllm)\b|(?:ml|"
        r"machine learning|ai|data science|mlops)\s+(?:background|experience|skills|"
        r"expertise|chops|knowledge|know-how)\b|(?:do|does|doing|handle\w*|cover\w*)?\s*(?:some\s+|the\s+|"
        r"all\s+the\s+)?"
        r"(?:ml|machine learning|ai|data science)(?: part| work| stuff| side| bits?)?\b)"
    )
    ops_work = (
        r"(?:(?:manag|run|handl|maintain|operat|babysit|look\w* after)\w*\s+(?:the\s+|our\s+)?(?:\w+\s+){0,1}?"
        r"(?:infra\w*|servers?|ops|cluster\w*|k8s|kubernetes|platform|deployments?)\b|(?:devops|ops|sre|infra\w*|"
        r"sysadmin)\s+(?:background|experience|skills|expertise|chops)\b|(?:do|does|doing|handle\w*|cover\w*)\s+"
        r"(?:some\s+|the\s+|all\s+the\s+)?(?:devops|ops|infra\w*|sre work|operations|on-?call)\b)"
    )
    lead = (
        COUNT
        + r"\s+(?:of (?:them|whom|which|those|us|these)\s+)?(?:(?:\w+\s+)?(?:"
        + PEOPLE
        + r")\s+)?(?:"
        + capable
        + r")"
    )
    for work, key in ((ml_work, "ml_engineers"), (ops_work, "devops")):
        for m in re.finditer(lead + work, t):
            n = _count(m["n"])
            if n is None or key in result:
                continue
            pol = stance(m.start())
            if pol in ("question", "other") or (n > 0 and (pol == "no" or _negated(t, m.start()))):
                continue
            result[key] = n
    # One person named by position, the list closed: "our CTO does the devops himself, nobody else", "our cloud guy
    # and our cloud gal, that's the ops team", "plus me on ops"
    closed = re.search(
        r"\b(?:nobody else|no one else|no other (?:person|people|one)|that'?s (?:it|all|the (?:whole )?(?:\w+ )?team)|"
        r"him|her)self\b|\balone\b|\bsolo\b|\bon (?:his|her) own\b",
        t,
    )
    singles: dict[str, int] = {}
    for m in re.finditer(
        r"\b(?:our|my|the) (?:one |only |single |lone )?(?:(?P<r1>" + ROLE_RUN.replace("?P<role>", "") + r")\s*"
        r"(?:guy|gal|person|dude|lady|man|woman|admin|engineer|eng)|(?:cto|ceo|founder|co-?founder|tech lead|"
        r"lead dev\w*|"
        r"boss)\s+(?:is\s+)?(?:doing|does|do|handles?|handling|runs?|running|covers?|covering)\s+(?:all\s+)?(?:the\s+)?"
        r"(?P<r2>" + ROLE_RUN.replace("?P<role>", "") + r"))",
        t,
    ):
        keys = _roles((m["r1"] or m["r2"] or "").strip())
        if closed and len(keys) == 1 and stance(m.start()) == "yes":
            singles[keys[0]] = singles.get(keys[0], 0) + 1
    for m in re.finditer(
        r"(?:\bplus|\band|\+|&|,)\s+(?:me|myself)\s+(?:on|doing|handling|for|covering|running)\s+(?:the\s+)?"
        + ROLE_RUN,
        t,
    ):
        keys = _roles(m["role"].strip())
        if len(keys) == 1 and stance(m.start()) == "yes":
            singles[keys[0]] = singles.get(keys[0], 0) + 1
    for m in re.finditer(r"\b(?:i'?m|i am)\s+(?:the|our)\s+(?:only|sole|lone|single|one and only)\s+" + ROLE_RUN, t):
        keys = _roles(m["role"].strip())  # "I'm the only ML engineer"
        if len(keys) == 1 and stance(m.start()) == "yes":
            singles.setdefault(keys[0], 1)
    for key, n in singles.items():
        result.setdefault(key, n)
    # A role asked about, then answered: "ML engineers? we have two", "SREs - none"
    for m in re.finditer(
        ROLE_RUN + r"\s*(?:" + people + r"|" + UNIT + r")?\s*\?\s*(?:we have|we'?ve got|there are|got|have)?\s*"
        r"(?:just|only|about|like|maybe|around|roughly|~)?\s*"
        + COUNT
        + r"\b(?!\s*(?:%|k\b|m\b|ms\b|s\b|x\b|gpus?|tokens|requests|models?))",
        t,
    ):
        n = _count(m["n"])
        keys = _roles(m["role"].strip())
        if n is None or len(keys) != 1 or keys[0] in result or stance(m.start("n")) != "yes":
            continue
        if n == 0 and ML_COMPOUND.fullmatch(m["role"].strip()):
            continue  # "MLOps team? no": no MLOps function, not nobody doing ML
        result[keys[0]] = n
    # "we don't have any ML engineers", "nobody does ML", "none of them ML specialists"
    ml_zero = (
        r"(?:don'?t|do not) have any(?:one|body) (?:who|that) (?:can|could|knows?)|"
        r"(?:don'?t|do not|doesn'?t) have (?:any |an? )?(?:dedicated )?(?:ml|machine learning|ai) (?:engineers?|people|"
        r"team|expertise|folks|staff)|no (?:in-house |dedicated |real )?(?:ml|machine learning|ai) (?:expertise|"
        r"experience|"
        r"team|folks|skills|background|knowledge|people|person|engineers?)|nobody(?:'s| is)? (?:here |on (?:the|"
        r"our) team )?(?:who )?(?:knows|does|with|who knows|"
        r"can|"
        r"really can|knows how to)?\s*(?:\w+ ){0,2}(?:ml|machine learning|ai|run models|serve models)\b|"
        r"zero ml\b(?![- ]?(?:infra|platform|ops))|"
        r"neither of us (?:\w+ ){0,3}(?:ml|machine learning|ai)\b|"
        r"none of (?:them|us|those|these) (?:can|could|knows? how to|is able to|are able to) (?:\w+ ){0,3}(?:deploy|"
        r"serve|"
        r"put|ship|productioni[sz]e|run|host) (?:\w+ ){0,2}models?\b|"
        r"(?:nobody|no one|noone|none of us) (?:with|who has|who have|having) (?:any |real |much )?(?:ml|"
        r"machine learning|"
        r"ai) (?:experience|background|skills|expertise)|"
        r"(?:lack|don'?t have|do not have|have no|without) (?:anyone|anybody|someone|a person|people) (?:who|that|to) "
        r"(?:\w+ ){0,2}(?:ml|machine learning|models?)\b|"
        r"(?:nobody|no one|noone|none of us)(?: \w+){0,3}? (?:serves?|runs?|deploys?|ships?|knows?|does|can do|"
        r"trains?|did|has touched|worked on|has (?:ever )?(?:done|run|deployed|served|shipped|trained)) (?:\w+ ){0,2}?"
        r"(?:ml|machine learning|"
        r"ai|models?|llms?)\b|"
        r"nobody(?: here| on (?:the|our) team)? (?:has|have|had|ever) (?:ever )?(?:shipped|deployed|served|run|put) "
        r"(?:an? |any )?(?:ml |ai )?models? (?:to|in|into) (?:prod|production)|"
        r"none of "
        r"them (?:are |is |do |does )?(?:\w+ )?(?:ml|machine learning)|not (?:a single|"
        r"one) (?:one )?of them (?:does|do|"
        r"is|knows) (?:ml|machine learning)"
    )
    ops_zero = (
        r"(?:nobody|no one|noone|none of us)(?:'s| is)?(?: (?!on\b|in\b|from\b)\w+){0,4}? (?:devops|ops|sre|infra\w*|"
        r"operations)\b(?! (?:team|crew|group|side|folks|people|guys?|squad)\b)|"
        r"(?:lack|don'?t have|do not have|have no|without) (?:anyone|anybody|someone|a person|people) (?:who|that|to) "
        r"(?:\w+ ){0,2}(?:devops|ops|infra\w*|operations|servers)\b|"
        r"\b(?:dev)?ops(?: \w+)? (?:nobody|none|no one|zero)\b|"
        r"no (?:in-house |internal |dedicated |own )?(?:devops|ops|infra\w*|operations|sre) (?:capability|capacity|"
        r"skills?|"
        r"expertise|experience|people|person|staff|folks)\b|"
        r"neither of us (?:\w+ ){0,3}(?:devops|ops|infra\w*|operations)\b|nobody(?:'s| is)? (?:does |doing |on |"
        r"in )?(?:dev)?ops|"
        r"zero (?:dev)?ops|no (?:dev)?ops (?:people|person|"
        r"folks|"
        r"team|engineers?)|(?:don'?t|do not) have (?:any |a )?(?:devops|ops|sre|platform) (?:people|person|team|"
        r"engineers?)"
    )
    ml_zero += r"|\b(?:ml|machine learning|ai)(?: people| engineers?| folks| team)?\s*[?:-]+\s*" + cues.NONE_HERE
    ops_zero += r"|\b(?:dev)?ops(?: people| engineers?| folks| team)?\s*[?:-]+\s*" + cues.NONE_HERE
    ml_zero += (
        r"|for (?:ml|machine learning|ai)\W+(?:we have|there'?s|there is|we'?ve got)\s+(?:nobody|no one|none|zero)\b"
    )
    ops_zero += (
        r"|for (?:devops|ops|infra\w*|operations)\W+(?:we have|there'?s|there is|we'?ve got)\s+(?:nobody|no one|none|"
        r"zero)\b"
    )
    if cues.no_engineers(t):  # "there are no engineers on staff": nobody for either
        result.setdefault("ml_engineers", 0)
        result.setdefault("devops", 0)
    if "ml_engineers" not in result and re.search(ml_zero, t):
        result["ml_engineers"] = 0
    if "devops" not in result and re.search(ops_zero, t):
        result["devops"] = 0


ME_PLUS = re.compile(
    r"\b(?:me|myself|i)\s*(?:\+|plus|and|&|with)\s*(?:(?:just|only|one other|another)\s+)?(?P<n>\d+|one|two|three|"
    r"four|five|a|an)\s+(?P<role>(?:[\w/-]+\s+){0,2}?)(?:guys?|gals?|dudes?|people|persons?|devs?|developers?|"
    r"engineers?|engs?|folks|ppl|contractors?|freelancers?|interns?|hires?)\b"
)


def _me_plus(t: str, team: dict[str, Any], about_team: bool) -> None:
    """ "me + 1 backend guy", "me and two ML engineers": head counts of a tiny team."""
    m = ME_PLUS.search(t)
    if m is None:
        return
    n = _count(m["n"])
    if n is None:
        return
    role = m["role"].strip()
    keys = _roles(role) if role else []
    if len(keys) == 1:
        team.setdefault(keys[0], n)
    elif not keys and about_team:
        # "team = me + 1 backend guy": the whole team, and nobody in it named for ML or operations
        team.setdefault("ml_engineers", 0)
        team.setdefault("devops", 0)


# People named in the message ("Ana and Raj run infra", "ML is Alice and Carol"): capitalised words in the raw text.
_NAME = r"(?:[A-Z][a-z]{1,14}(?:-[A-Z][a-z]+)?)"
_NAMES = (
    r"(?P<names>"
    + _NAME
    + r"(?:\s*(?:,|,? and|&|\+|/)\s*"
    + _NAME
    + r")*)(?P<me>\s*(?:,|,? and|&|\+)\s*(?:me|myself))?"
)
_NOT_NAMES = {
    "I",
    "We",
    "Our",
    "The",
    "They",
    "Their",
    "And",
    "But",
    "So",
    "Also",
    "Then",
    "Just",
    "Only",
    "Ops",
    "Infra",
    "Devops",
    "Sre",
    "Sres",
    "Ml",
    "Ai",
    "Mlops",
    "Data",
    "Platform",
    "Engineering",
    "Team",
    "Everyone",
    "Nobody",
    "None",
    "No",
    "Yes",
    "Both",
    "Some",
    "Most",
    "All",
    "It",
    "This",
    "That",
    "There",
    "Here",
    "He",
    "She",
    "My",
    "Me",
    "Honestly",
    "Basically",
    "Currently",
    "Right",
    "Now",
    "Today",
    "Maybe",
    "Probably",
    "Well",
    "Ok",
    "Okay",
    "Hi",
    "Hello",
    "Hey",
    "Azure",
    "Aws",
    "Google",
    "Amazon",
    "Microsoft",
    "Openai",
    "Anthropic",
    "Kubernetes",
    "Linux",
    "Python",
    "Monday",
    "Friday",
    "Europe",
    "America",
    "Not",
    "Never",
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Who",
    "What",
    "Which",
    "Someone",
    "Somebody",
    "Anyone",
    "Like",
    "Even",
    "Plus",
    "Cloud",
    "Backend",
    "Frontend",
    "Security",
    "Compliance",
    "Legal",
    "Sales",
    "Support",
    "Product",
    "Claude",
    "Gemini",
    "Llama",
    "Mistral",
    "Qwen",
    "Bedrock",
    "Vertex",
    "Sagemaker",
    "Databricks",
    "Snowflake",
    "Terraform",
    "Ansible",
    "Jenkins",
    "Github",
    "Gitlab",
    "Argo",
    "Airflow",
    "Rancher",
    "Helm",
    "Nvidia",
    "Ray",
    "Modal",
    "Replicate",
    "Together",
    "Groq",
    "Fireworks",
    "Anyscale",
}
_ML_WORK = (
    r"(?i:ml|machine[- ]learning|ai|models?|the models?|data science|llms?|modell?ing|training|inference|nlp|mlops)"
)
_OPS_WORK = r"(?i:infra\w*|ops|devops|operations?|servers?|the cluster|clusters?|on-?call|sre|sysadmin\w*)"
_NAMED_DOING = (
    r"(?i:run|runs|handle|handles|do|does|cover|covers|own|owns|manage|manages|look after|looks after|keep|keeps|"
    r"take care of|takes care of|are on|is on|work on|works on|maintain|maintains|babysit|babysits|deal with|"
    r"deals with|on|does the|do the)"
)
_ROLE_WORK = (
    r"(?i:ml|machine[- ]learning|ai|data science|mlops|ml ?ops|ops|devops|sre|on-?call|sysadmin)"
    r"(?:\s+(?i:team|side|crew))?"
)


def _named_people(raw: str, team: dict[str, Any]) -> None:
    """Head counts from named people: "Ana and Raj run infra", "Ops is Bob. ML is Alice and Carol", "ML: Sara, Jon"."""
    patterns = [
        # names, then what they do
        r"(?<![\w'])" + _NAMES + r"\s+" + _NAMED_DOING + r"\s+(?i:(?:all|most|the|our|of|some|\w+ing)\s+){0,3}"
        r"(?P<work>" + _ML_WORK + r"|" + _OPS_WORK + r")(?![\w-])",
        # the infrastructure, then the names after "=" or ":" ("infra = Tomasz + Priya"), or "for infra we have Jonas"
        r"(?<![\w-])(?P<work>(?i:infra\w*|the infrastructure|operations|servers))\s*(?:=|:)\s*"
        r"(?P<lead_me>(?i:me|myself)\s*(?:\+|and|&|,)\s*)?" + _NAMES + r"(?!\s*[\w&+])",
        r"(?i:for)\s+(?P<work>" + _ROLE_WORK + r"|(?i:the )?(?i:infra\w*|infrastructure|operations|servers))\s*,?\s*"
        r"(?i:we have|we'?ve got|there'?s|there is|there are|it'?s)\s+(?P<lead_me>(?i:me|myself)\s*(?:\+|and|&|,)\s*)?"
        + _NAMES
        + r"(?!\s*[\w&+])",
        # the work, then the names
        r"(?<![\w-])(?P<work>" + _ROLE_WORK + r")(?:\s+(?i:side|team|stuff|work))?\s*(?::|=|-|"
        r"(?i:is|are|is just|is only|are just|is handled by|is done by|are handled by)\b)\s*(?i:basically\s+|just\s+|"
        r"only\s+|really\s+|mostly\s+)?(?P<lead_me>(?i:me|myself)\s*(?:\+|and|&|,)\s*)?" + _NAMES + r"(?!\s*[\w&+])",
    ]
    low_chunks = scope.chunks(raw.lower())
    counted: set[int] = set()
    for pat in patterns:
        for m in re.finditer(pat, raw):
            if m.start("names") in counted:
                continue
            names = [n for n in re.split(r"\s*(?:,|,? and|&|\+|/)\s*", m["names"]) if n]
            if not names or any(n in _NOT_NAMES for n in names):
                continue
            work = m["work"].lower()
            ml = (
                r"(?:ml|machine[- ]learning|ai|data science|mlops|ml ?ops|models?|the models?|llms?|nlp|training|"
                r"inference|modell?ing)\b"
            )
            key = "ml_engineers" if re.match(ml, work) else "devops"
            pos = m.start("names")
            pol = next(
                (
                    scope.polarity(c, pos - c.start, pos - c.start + 1)
                    for c in low_chunks
                    if c.start <= pos < c.start + len(c.text)
                ),
                "yes",
            )
            if pol != "yes":
                continue
            counted.add(m.start("names"))
            me = 1 if m["me"] or m.groupdict().get("lead_me") else 0
            team[key] = team.get(key, 0) + len(names) + me


def _team(t: str, votes: cues.Votes, expecting: list[str], raw: str | None = None) -> tuple[dict[str, Any], bool]:
    """The team facts the message states (only those keys), and whether it is unclear."""
    team: dict[str, Any] = {}
    _team_counts(t, team)
    if raw is not None:
        named: dict[str, Any] = {}
        _named_people(raw, named)
        for key, n in named.items():
            team.setdefault(key, n)
    for key in ("mlops", "gpu_infra", "kubernetes"):
        said = votes.found.get((f"team.{key}", "true"), [])
        if "yes" in said:
            team[key] = True
        elif "no" in said:
            team[key] = False
    bare = votes.found.get(("team.gpu_infra", "bare"), [])
    if "gpu_infra" not in team and "no" in bare and "yes" not in bare:
        team["gpu_infra"] = False  # "no GPUs", "k8s yes, gpus no", "never touched a GPU"
    if team.get("mlops") is False and team.get("ml_engineers", 0) and re.search(r"ml[- ]?infra|ml ?ops|platform", t):
        pass
    _me_plus(t, team, "team" in expecting or bool(re.search(r"\bteam\b", t)))
    if (
        "team" in expecting
        and not re.search(r"\bme (?:and|plus|\+|&|with)\b", t)
        and re.search(
            r"\b(?:(?:it'?s |literally |only |just )+me\b|solo (?:founder|dev\w*|engineer)|i'?m the only (?:engineer|"
            r"developer|dev|tech person)|one[- ]person (?:company|startup|team|shop))",
            t,
        )
    ):
        team.setdefault("ml_engineers", 0)
        team.setdefault("devops", 0)
    if "team" in expecting and not team:
        if re.fullmatch(
            r"\W*(?:just|only|it'?s just|it'?s only|that'?s just)?\s*(?:me|myself|me myself and i)\W*|"
            r"\W*(?:solo|i'?m (?:a )?solo\w*|one[- ]man (?:band|show|team)|i'?m alone)\W*",
            t,
        ):
            return {"ml_engineers": 0, "devops": 0}, False
        head = re.split(r"[.,;]", t)[0]
        filler = r"\s*(?:lol|tbh|really|honestly|have|here|at all|sadly)?\W*"
        if NO.fullmatch(t) or NO.fullmatch(head) or re.fullmatch(r"\W*(?:nobody|noone|no one|none)" + filler, head):
            return {"ml_engineers": 0}, False
        number = re.fullmatch(r"\W*(?:about|around|maybe|like)?\s*(\d+)\W*", t)
        if number:
            return {"ml_engineers": int(number.group(1))}, False
        if YES.fullmatch(t):
            return {}, True
    return team, False


def _ordinal(t: str, field: str) -> Any:
    match = ORDINAL.fullmatch(t)
    if match is None or field not in OPTIONS:
        return None
    options = OPTIONS[field]
    index = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": len(options) - 1}[match["o"]]
    return options[index] if index < len(options) else None


def _categorical(t: str, votes: cues.Votes, expecting: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Facts from the rule cues alone; conflicting or unclear ones go to the second list."""
    out: dict[str, Any] = {}
    clarify: list[str] = []
    bare_yes = YES.fullmatch(t) is not None
    bare_no = NO.fullmatch(t) is not None and not bare_yes

    def single(fact: str, values: list[str]) -> None:
        if len(set(values)) == 1:
            out[fact] = values[0]
        elif values:
            clarify.append(fact)

    # traffic shape
    shapes = votes.said("traffic_shape")
    single("traffic_shape", shapes)
    if not shapes and votes.denied("traffic_shape") and "traffic_shape" in expecting:
        clarify.append("traffic_shape")
    # compliance
    regimes = sorted({r for r in votes.said("compliance") if r not in ("none", "other")})
    denied = [r for r in votes.denied("compliance") if r not in ("none", "other")]
    closing = re.search(
        r"\bnothing (?:like that|of the sort|else|similar)|\b(?:or|nor|no) anything(?: like that| else| similar)?\b|"
        r"\bnone of (?:that|those|it)\b|\bno other\b",
        t,
    )
    if not regimes and denied and closing:
        out["compliance"] = ["none"]  # "no PCI, no HIPAA, nothing like that"
    elif regimes:
        out["compliance"] = regimes
    elif "other" in votes.said("compliance"):
        clarify.append("compliance")  # a regime the profile cannot hold ("LGPD applies"): ask, neither drop nor guess
    elif "none" in votes.said("compliance") or ("compliance" in expecting and bare_no):
        out["compliance"] = ["none"]
    elif (votes.industry and not votes.denied("compliance")) or (
        "compliance" in expecting and (bare_yes or votes.denied("compliance"))
    ):
        clarify.append("compliance")
    # data boundary: where the data may go, not where the GPUs happen to sit ("24 L4s on prem, we own them")
    bounds = votes.said("data_boundary")
    if (
        bounds
        and "data_boundary" not in expecting
        and not re.search(
            r"\b(?:must|has to|have to|only|need|needs|required?|can'?t|cannot|never|not allowed|stay|stays|keep|kept|"
            r"leave|leaves|may|allowed|fine|ok|okay|acceptable|within|inside|no cloud|not even|mandatory|requirement|"
            r"policy|rules?|obligat\w*|insist\w*|forbid\w*|permitted|approved|limit|boundary|strictly|has to live|"
            r"must live|lives?|as long as|provided|rather than|instead of|only if|hard no|got to|gotta|a no|no-go|"
            r"not an option|non-negotiable|full stop|period|insists?|only option|nothing else|requires|requiring|"
            r"demands?|mandates?|mandated|nowhere else)\b",
            t,
        )
        and not (
            # where everything runs is said ("we run everything in our own data centre"), no hardware named
            re.search(
                r"\b(?:everything|all (?:of )?(?:our|the) (?:data|systems|apps|workloads|stuff)|all data|the data|"
                r"our data|data)\b",
                t,
            )
            and not re.search(r"\b(?:gpus?|[ah]100s?|h200s?|l4s?|l40s?|cards|boxes|nodes|hardware|cluster)\b", t)
        )
    ):
        hardware = re.search(r"\b(?:gpus?|[ah]100s?|h200s?|l4s?|l40s?|cards|boxes|nodes|hardware|cluster|racks?)\b", t)
        for b in ("on_prem", "cloud_tenant") if hardware else ("on_prem",):
            if b in bounds:  # where the hardware sits: neither stored nor guessed by the classifier
                votes.found[("data_boundary", b)] = ["other" for _ in votes.found[("data_boundary", b)]]
        bounds = [b for b in bounds if b not in (("on_prem", "cloud_tenant") if hardware else ("on_prem",))]
    if (
        "any_vendor" in bounds
        and len(set(bounds)) == 2
        and not RESTRICTING.search(t)
        and re.search(
            r"\b(?:today|currently|right now|at the moment|although|though|infrastructure is|we'?re on|"
            r"we are on|we run on|hosted on)\b",
            t,
        )
        and not re.search(r"\b(?:must|only|has to|have to|required|can'?t|cannot|never|not allowed|mandatory)\b", t)
    ):
        bounds = ["any_vendor"]  # "we're on-prem today, but nothing stops us from using an API": the permission rules
    if "any_vendor" in bounds and len(set(bounds)) == 2 and RESTRICTING.search(t):
        bounds = [b for b in bounds if b != "any_vendor"]  # "the cloud provider is fine, but only in our own account"
    if set(bounds) == {"on_prem", "air_gapped"}:
        bounds = ["air_gapped"]  # an air gap is the strictest kind of own premises
    if set(bounds) == {"no_vendor"} and len(_own_clouds(t)) == 1:
        bounds = ["cloud_tenant"]  # "we have Azure in Poland Central, but no public API": their own cloud, no vendor
    if "no_vendor" in bounds:
        bounds = [b for b in bounds if b != "no_vendor"]
        if not bounds or bounds == ["any_vendor"]:
            bounds = ["no_vendor", "any_vendor"] if bounds else []  # allowed and ruled out at once: ask
            clarify.append("data_boundary")
    single("data_boundary", bounds)
    if out.get("data_boundary") == "air_gapped" and out.get("compliance") != ["none"]:
        # an air gap is both where the data may go and a regime of its own ("isolated network, no internet")
        out["compliance"] = sorted({*(out.get("compliance") or []), "air_gapped"})
    clouds = _own_clouds(t)
    if len(clouds) == 1:
        out["cloud_provider"] = clouds[0]
    # quality: "don't need frontier" is open-weight; "open models won't cut it" is frontier
    qualities = [*votes.said("quality")]
    qualities += ["open_weight_ok" for v in votes.denied("quality") if v == "frontier"]
    if not UNTUNED.search(t):  # "the base model alone isn't good enough" asks for their tuning, not a frontier model
        qualities += ["frontier" for v in votes.denied("quality") if v == "open_weight_ok"]
    single("quality", qualities)
    # latency kind, only about latency
    kinds = votes.said("latency_kind")
    single("latency_kind", kinds)
    # batch tolerance
    batch = [v == "true" for v in votes.said("batch_ok")]
    batch += [False for v in votes.denied("batch_ok") if v == "true"]  # "not overnight": live; "not live" is not batch
    if batch and MIXED_TIMING.search(t):
        batch = [True, False]  # "part of it is live chat, part of it is nightly": ask which part is sized
    if len(set(batch)) == 1:
        out["batch_ok"] = batch[0]
    elif batch or ("batch_ok" in expecting and MIXED_TIMING.search(t)):
        clarify.append("batch_ok")
    # fine-tuning
    tune = [v == "true" for v in votes.said("fine_tuning")]
    tune += [False for v in votes.denied("fine_tuning") if v == "true"]
    if len(set(tune)) == 1:
        out["fine_tuning"] = tune[0]
    elif tune:
        clarify.append("fine_tuning")
    return out, clarify


# A permission narrowed by what follows ("but only in our own account", "as long as it stays in our VPC").
RESTRICTING = re.compile(
    r"\b(?:but only|only (?:in|inside|within|on|if)|as long as|so long as|provided(?: that)?|on condition|if it stays|"
    r"but (?:it |the data |data )?(?:must|has to|needs to|should|can'?t|cannot)|but not (?:outside|beyond|public)|"
    r"(?:inside|within|in) (?:it|that|there|our (?:own )?(?:tenant|account|vpc|subscription|cloud)))\b"
)
# "compliance = none", "batch: fine", "team - me + 1 backend guy": a topic, then its answer.
LABELS: list[tuple[str, str]] = [
    (r"compliance|complian\w*|regs?|regulations?|regulatory|regimes?|certs?|certifications?", "compliance"),
    (r"batch(?:[- ]ok)?|async|overnight|can (?:it )?wait|waiting", "batch_ok"),
    (r"fine[- ]?tun\w*|finetun\w*|custom training|training", "fine_tuning"),
    (r"(?:model )?quality|model(?: tier)?|tier", "quality"),
    (r"traffic(?: shape| pattern)?|load(?: pattern)?|usage pattern", "traffic_shape"),
    (r"team|staff|people|headcount|ml (?:engineers|people|team)", "team"),
    (r"data(?: boundary)?|boundary|data location|hosting|where (?:it|data) (?:can )?(?:go|live)", "data_boundary"),
]
LABELLED = re.compile(
    r"(?:^|[,;.\n]|\s/\s)[\s*•>-]*(?:\d[.)]\s*)?(?P<key>[a-z][a-z0-9 /'-]{0,28}?)\s*(?:=|:|->|\s-\s)\s*"
    r"(?P<val>[^,;.\n=:/]+)"
)
TEAM_KEYS = re.compile(
    r"k8s|kubernetes|gpus?(?: in prod(?:uction)?)?|gpu infra|gpu experience|mlops(?: team)?|ml ?ops(?: team)?|"
    r"ml platform(?: team)?"
)


def _labelled(t: str, facts: dict[str, Any], unclear: list[str], conventions: Conventions) -> None:
    """Answers written as "topic = value": the value read as a bare answer to that topic's question."""
    for m in LABELLED.finditer(t):
        key = m["key"].strip()
        if TEAM_KEYS.fullmatch(key):
            # "k8s: no", "gpus - yes", "mlops team - none": the key's own fact, read as "k8s no"
            sub = parse_message(f"{key} {m['val'].strip()}", [], conventions, nested=True)
            said: dict[str, Any] = next((u.value for u in sub.updates if u.field == "team"), {})
            if said:
                facts["team"] = {**(facts.get("team") or {}), **said}
            continue
        field = next((f for pattern, f in LABELS if re.fullmatch(pattern, key)), None)
        if field is None or field in facts or field in unclear:
            continue
        sub = parse_message(m["val"].strip(), [field], conventions, nested=True)
        for u in sub.updates:
            if u.field == field:
                facts[field] = u.value
        if field in sub.clarify and field not in facts:
            unclear.append(field)


MIXED_TIMING = re.compile(
    r"\bboth\b(?=\W+(?:some|live|batch|real|interactive|overnight|async))|\bsome (?:of (?:it|them) )?(?:is |are )?"
    r"(?:live|real[- ]?time|interactive|batch\w*|overnight|offline|async)\b.{0,60}\bsome\b|"
    r"\bpart of it\b.{0,80}\bpart of it\b|\bhalf and half\b|\ba mix of\b|\b(?:some|part|parts|a portion) of (?:it|"
    r"them)\b"
)
MODEL_MENTIONS = [
    (r"gpt-?5\b(?![-\s.]?(?:mini|nano|\d))", "gpt-5"),
    (r"gpt-?5[-\s]?mini", "gpt-5-mini"),
    (r"gpt-?5[-\s]?nano", "gpt-5-nano"),
    (r"(?:gpt-?|\b)4o\b(?![-\s]?mini)", "gpt-4o"),
    (r"gpt-?4o[-\s]?mini", "gpt-4o-mini"),
    (r"llama[-\s]?3\.3[-\s]?70b", "llama-3.3-70b"),
    (r"llama[-\s]?3\.1[-\s]?70b", "llama-3.1-70b"),
    (r"llama[-\s]?3\.1[-\s]?8b", "llama-3.1-8b"),
    (r"4\.1[- ]?nano", "gpt-4.1-nano"),
    (r"opus 4\.5|opus-4\.5", "claude-opus-4.5"),
    (r"sonnet 4\.5|sonnet-4\.5", "claude-sonnet-4.5"),
    (r"claude 3\.5|sonnet 3\.5", "claude-3.5-sonnet"),
    # a family name alone is its current model ("we burn $9k/mo on claude sonnet")
    (r"(?<!\d )(?<!\d-)\bsonnet\b(?![-\s]?(?:3\.5|4\.5|[34]\b))", "claude-sonnet-4.5"),
    (r"(?<!\d )(?<!\d-)\bopus\b(?![-\s]?(?:4\.5|\d))", "claude-opus-4.5"),
    (r"\bhaiku\b", "claude-haiku-4.5"),
    (r"gemini(?: 2\.5)? pro", "gemini-2.5-pro"),
    (r"gemini(?: 2\.5)? flash[-\s]?lite", "gemini-2.5-flash-lite"),
    (r"(?:gemini(?: 2\.5)? flash|\bflash\b)(?![-\s]?lite)", "gemini-2.5-flash"),
    (r"deepseek", "deepseek-v3.2"),
    (r"grok", "grok-3"),
    (r"mistral small", "mistral-small-3.1"),
    (r"groq", "groq/llama-3.3-70b"),
    (r"together(?:\.ai)?", "together/llama-3.3-70b"),
]

# A fine-tune of their own: adapters or weights they train and load themselves (not a provider's tuning API).
# The model before their own tuning: a "not good enough" about it is about fine-tuning, not frontier quality.
UNTUNED = re.compile(
    r"\b(?:base|stock|vanilla|untuned|un-tuned|generic|off[- ]the[- ]shelf|out[- ]of[- ]the[- ]box|raw) "
    r"(?:model|llm|llama|mistral|qwen|version|weights)s?\b|\bwithout (?:our |the |its )?(?:fine[- ]?tun\w*|adapters?|"
    r"q?lora|tuning)",
    re.IGNORECASE,
)
OWN_ADAPTERS = re.compile(
    r"\b(?:q?lora|peft)\b|\badapters?\b|(?:our|own) (?:own )?(?:fine[- ]?tuned|tuned) (?:weights|checkpoint)"
)
FIRST_PERSON = re.compile(r"\b(?:we|we'?ve|we'?re|our|ours|us|i|my|own)\b")


def _own_adapters(t: str) -> bool:
    """Adapters of their own, stated: a sentence that names LoRA/adapters with a first-person word, not a
    question ("lora vs full ft?"), not hearsay ("someone said lora is dead") and not denied."""
    for sentence in re.split(r"(?<=[.!?;\n])\s+", t):
        if not OWN_ADAPTERS.search(sentence) or sentence.rstrip().endswith("?") or not FIRST_PERSON.search(sentence):
            continue
        if scope.HYPOTHETICAL.search(sentence) or scope.UNSURE.search(sentence):
            continue  # "we looked into LoRA", "maybe adapters later": not adapters of their own
        if re.search(r"\b(?:no|not|don'?t|never|without)\b[^.]{0,30}(?:lora|adapter)", sentence):
            continue
        return True
    return False


CURRENT = re.compile(
    r"\b(?:use|uses|using|used|currently|today|right now|running|spend\w*|pay\w*|burn\w*|rel(?:y|ies|ying) on|"
    r"we'?re on|we are on|on|powered by|"
    r"bill|rn|"
    r"invoice|costs? us|"
    r"goes through|go through|runs? on|self-host\w*|built on|switch(?:ing)? (?:away )?from|migrat\w+ (?:away )?from|"
    r"mov\w+ off|mov\w+ away from|stuck on|"
    r"call(?:ing)?|hitting|production|validated|(?:is|was|got) (?:validated|approved|qualified))\b"
)
INTENTS: list[tuple[str, str]] = [
    (
        "proceed",
        r"just (?:give|show|tell) me|skip the questions|go ahead|assume the rest|use (?:the )?defaults|"
        r"what (?:do|would) you recommend|what should we do|recommend|^analy[sz]e|show me the numbers|"
        r"run the numbers|that'?s all|that'?s everything",
    ),
    ("skip", r"\b(?:don'?t know|not sure|no idea|skip|pass|n/a|unsure|no clue)\b"),
    (
        "baseline",
        r"back to (?:the )?baseline|reset (?:the )?(?:scenario|what-?if)|original (?:numbers|plan|scenario)|undo",
    ),
    (
        "adopt",
        r"make (?:this|that|it) (?:the )?(?:new )?baseline|keep (?:this|that) (?:scenario|one)|adopt (?:this|that)",
    ),
    ("greeting", r"^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening))\b[\s!.]*$"),
    ("help", r"^\s*(?:help|\?|what can you do|how does this work)\s*\??\s*$"),
    (
        "injection",
        r"ignore (?:all |your |the |previous |prior )*(?:instructions|rules|prompt)|system prompt|"
        r"you are now|pretend (?:to be|you are)|disregard (?:the |your )?(?:rules|instructions)",
    ),
    (
        "audit",
        r"\barticle\b.{0,60}(?:says?|claims?|states?)|(?:says?|claims?|quotes?) .{0,40}\$\s?\d|"
        r"is (?:that|this|it) (?:right|correct|true)|does (?:that|this) (?:add up|check out)",
    ),
    ("export", r"^\s*/?export\b"),
]


INTENTS.append(("correction", CORRECTION.pattern))


# A family named without its version ("claude sonnet", "opus"): which model is meant is not said.
BARE_FAMILY = {p for p, _ in MODEL_MENTIONS if p.startswith(r"(?<!\d )") or p == r"\bhaiku\b"}
MOVED_TO = re.compile(
    r"\b(?:moved|switched|changed|migrated|went|upgraded|downgraded|"
    r"ported)\s+(?:\S+\s+){0,5}?(?:over\s+)?to\s*(?:(?:claude|gemini|gpt|openai|anthropic|google|meta|llama|"
    r"mistral)\s*)?$"
)
MOVED_OFF = re.compile(r"\b(?:moved|switched|changed|migrated|went|came)\s+(?:away\s+)?(?:off|from)\s*$")
EARLIER = re.compile(r"\b(?:before|previously|used to|formerly|earlier|last year|we were on|in the past)\b")


def _models(t: str, out: ParseResult, quote: str, correction: bool, expecting: list[str] | None = None) -> None:
    mentioned: list[str] = []
    current: list[str] = []
    vague = False
    for chunk in scope.chunks(t):
        for pattern, slug in MODEL_MENTIONS:
            m = re.search(pattern, chunk.text)
            if not m:
                continue
            if slug not in mentioned:
                mentioned.append(slug)
            pol = scope.polarity(chunk, m.start(), m.end())
            if re.match(r"[- ]?(?:level|class|grade|quality|tier|like|equivalent)\b", chunk.text[m.end() :]):
                continue  # "GPT-5-level results": a quality bar, not the model in use
            before = chunk.text[: m.start()]
            if MOVED_OFF.search(before[-40:]) or (
                EARLIER.search(chunk.text) and not re.search(r"\b(?:now|today|currently|rn)\b", chunk.text)
            ):
                continue  # "we moved off GPT-4o", "before we used GPT-4o": not the model today
            near = chunk.text[max(0, m.start() - 60) : m.start()] + " " + chunk.text[m.end() : m.end() + 25]
            moved_to = bool(MOVED_TO.search(before[-40:]))  # "we moved to Gemini 2.5 Flash last month"
            answered = "current_model" in (expecting or []) and pol == "yes"
            if (
                (pol == "yes" or moved_to)
                and (CURRENT.search(near) or moved_to or answered)
                and (
                    moved_to
                    or not re.search(
                        r"\b(?:compare|vs\.?|versus|instead|alternative|consider\w*|what about|how about|switch to|"
                        r"move to|migrate to|try)\b",
                        chunk.text,
                    )
                )
                and slug not in current
            ):
                current.append(slug)
                vague = vague or pattern in BARE_FAMILY
    if len(current) == 1 and not vague:
        out.updates.append(Update(field="current_model", value=current[0], quote=quote, correction=correction))
    elif current:
        out.clarify.append("current_model")  # two models, or a family without its version ("claude sonnet")
    others = [s for s in mentioned if s not in current]
    if others:
        out.updates.append(Update(field="candidate_models", value=others, quote=quote))


def _bare_answers(t: str, expecting: list[str], out: dict[str, Any], clarify: list[str]) -> None:
    """A bare "yes", "no" or "the second one" answers the question just asked (after the classifier: it is sure)."""
    bare_yes = YES.fullmatch(t) is not None
    bare_no = NO.fullmatch(t) is not None and not bare_yes
    # "nah, just the vanilla thing", "yes, on our tickets": a yes or no that opens the answer answers the question
    lead = re.match(
        r"\W*(?:(?:probably|likely|i think|i guess|i'?d say|most likely|almost certainly)\W+)?(?P<a>yes|yeah|yep|yup|"
        r"sure|"
        r"definitely|absolutely|no|nope|nah|not really|i don'?t think so|not (?:now|for now|yet|in this phase|at this "
        r"stage|initially|at first|for (?:v1|the first version|the mvp|launch|this)))\b(?=\s*[,.!;:-]|\s+(?:just|"
        r"only|we|"
        r"it|our|they|that|thanks|not|never|plain|the|nothing|maybe|probably|perhaps)|\s*$)",
        t,
    )
    if lead is not None and not re.search(r"\b(?:yes and no|but|although|though|no idea|not sure|unsure)\b", t):
        negated = re.match(r"\s*(?:not|never)\b", t[lead.end() :]) is not None  # "definitely not"
        if negated or not lead["a"].startswith(("y", "s", "d", "a")):
            bare_no = True
        else:
            bare_yes = True
    not_now = re.search(r"\bnot (?:now|for now|yet|in this phase|at this stage|for v1|for the mvp)\b", t) is not None
    for field in expecting:
        if field in out or field in clarify:
            continue
        if field == "fine_tuning" and not_now and not bare_yes and not scope.UNSURE.search(t):
            out[field] = False  # "maybe later, not now": no tuning in what is being sized
            continue
        picked = _ordinal(t, field)
        if picked is not None and field != "input_share":
            out[field] = picked
        elif field in ("batch_ok", "fine_tuning") and (bare_yes or bare_no):
            out[field] = bare_yes
        elif field == "data_boundary" and re.fullmatch(
            r"\W*(?:(?:honestly|really|basically|pretty much|literally)\s+)?(?:anywhere|wherever|anything goes|"
            r"any(?: vendor|"
            r" provider| api)?|no (?:restrictions?|limits?|constraints?|rules?)|(?:we )?don'?t care|doesn'?t matter|"
            r"whatever(?:'s| is)? (?:cheapest|cheaper|best))\W*",
            t,
        ):
            out[field] = "any_vendor"  # "anywhere", "no restrictions" in answer to where the data may go
        elif field in ("quality", "traffic_shape", "data_boundary", "latency_kind") and bare_yes:
            clarify.append(field)


def rule_facts(
    t: str, votes: cues.Votes, expecting: list[str], raw: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Categorical facts from the rules alone (before the classifier), and the fields they find unclear.

    ``raw`` is the message as written (its capitals tell people's names apart).
    """
    facts, unclear = _categorical(t, votes, expecting)
    team, team_unclear = _team(t, votes, expecting, raw)
    if team:
        facts["team"] = team
    if team_unclear:
        unclear.append("team")
    return facts, unclear


def parse_message(
    text: str,
    expecting: list[str] | None = None,
    conventions: Conventions | None = None,
    assume_stated: bool = False,
    nested: bool = False,
) -> ParseResult:
    """Read one user message. ``expecting`` names the fields the last question asked about.

    ``conventions`` carries the caller's days per month (a rate per day becomes a monthly volume).
    ``assume_stated`` reads figures inside questions and hypotheticals too (for what-ifs: "what if we had
    500M tokens a day?"); by default they state nothing about the user.
    """
    expecting = list(expecting or [])
    conventions = conventions or Conventions()
    result = ParseResult()
    clean = text.replace("\u200b", "").strip()
    clean = re.sub(r"(\d+(?:\.\d+)?)\s*\^\s*([+-]?\d+)", lambda m: f"{m.group(1)}e{m.group(2)}", clean)
    clean = re.sub(r"(\d+(?:\.\d+)?)\s*x\s*10e([+-]?\d+)", lambda m: f"{m.group(1)}e{m.group(2)}", clean)
    if not clean:
        result.intents.append("empty")
        return result
    low = clean.lower()
    for name, pattern in INTENTS:
        if re.search(pattern, low):
            result.intents.append(name)
    if "audit" in result.intents or "injection" in result.intents:
        # A quoted article figure or an instruction is not a description of the user's workload.
        if clean.rstrip().endswith("?") and "audit" not in result.intents:
            result.intents.append("question")
        return result
    t = normalize(clean)
    correction = "correction" in result.intents
    # Scientific notation is for sanity checks only ("1e30 tokens a day" is a problem, not a volume).
    sci = re.search(r"(?<![\w.])(\d+(?:\.\d+)?)e\+?(\d+)\s*(tokens?)?", t)
    if sci and float(sci.group(1)) * 10 ** min(int(sci.group(2)), 300) * conventions.days_per_month > 1e15:
        result.problems.append(
            f"{sci.group(0).strip()} is beyond any real workload, more than every provider combined; "
            "please check the units"
        )
        return result
    if re.search(r"(?:^|[^\w.])-\s*[$€£]\s*\d|(?:budget|spend\w*|pay\w*)\D{0,20}-\s*\d", t):
        result.problems.append("a negative amount of money is not possible; what can you spend a month?")
    if re.search(r"(?:^|[^\w.])-\s*\d+\s+(?:\w+\s+){0,2}?(?:engineers?|people|devops|sres?|persons?|folks)\b", t):
        result.problems.append("a negative number of people is not possible; how many ML engineers do you have?")
    q = read_quantities(clean, expecting, conventions, assume_stated)
    result.problems += q.problems
    result.clarify += q.clarify
    result.pending, result.confirm = q.pending, q.confirm
    for name, value, quote, note in q.updates:
        result.updates.append(Update(field=name, value=value, quote=quote, note=note, correction=correction))
    votes = cues.votes(t, expecting)
    facts, unclear = rule_facts(t, votes, expecting, clean)
    facts, unclear = classifier.combine(t, expecting, votes, facts, unclear)
    _bare_answers(t, expecting, facts, unclear)
    if not nested:
        _labelled(t, facts, unclear, conventions)
    if facts.get("batch_ok") is True and (
        MIXED_TIMING.search(t) or any(u.field == "latency_p99_ms" and u.value <= 30_000 for u in result.updates)
    ):
        # "the batch pipeline can wait overnight, but the chatbot needs answers in 2 seconds": ask which
        facts.pop("batch_ok")
        unclear.append("batch_ok")
    volume = next((u for u in result.updates if u.field == "tokens_per_month"), None)
    if (
        volume is not None
        and facts.get("traffic_shape") == "business_hours"
        and re.search(
            r"(?:/\s*|\bper |\ban? |\beach |\bevery )(?:h|hr|hour|min|minute|s|sec|second)s?\b", volume.quote.lower()
        )
    ):
        # "3k requests an hour, business hours only": how many hours a day is not said; ask, do not assume 24
        result.updates.remove(volume)
        result.clarify.append("tokens_per_month")
    if any("money" in p for p in result.problems):
        result.updates = [
            u for u in result.updates if u.field not in ("budget_usd_per_month", "current_spend_usd_per_month")
        ]
    if any("people" in p for p in result.problems):
        facts.pop("team", None)
    if "latency_kind" in facts and not (
        result.fields().count("latency_p99_ms")
        or re.search(r"latenc|fast|slow|respon|stream|token|wait|\d\s*(?:ms|milli\w*|s|secs?|seconds?)\b", t)
    ):
        facts.pop("latency_kind")
    quote = clean[:200]
    for name, value in facts.items():
        if name not in result.fields():
            result.updates.append(Update(field=name, value=value, quote=quote, correction=correction))
    for name in unclear:
        if name not in result.clarify and name not in facts:
            result.clarify.append(name)
    _models(t, result, quote, correction, expecting)
    if _own_adapters(t):
        result.updates.append(Update(field="own_adapters", value=True, quote=quote, correction=correction))
        if "fine_tuning" not in result.fields():
            result.updates.append(Update(field="fine_tuning", value=True, quote=quote, correction=correction))
    deadline = read_deadline(t)
    if deadline is not None and "batch_deadline_hours" not in result.fields():
        result.updates.append(Update(field="batch_deadline_hours", value=deadline, quote=quote, correction=correction))
    # The old vague mix reading, kept as a note ("read as about 80% input"): never overrides a stated figure.
    if "input_share" not in result.fields() and "input_share" not in result.clarify and not scope.UNSURE.search(t):
        vague = _vague_mix(t)
        if vague is not None:
            result.updates.append(
                Update(field="input_share", value=vague[0], quote=quote, note=vague[1], correction=correction)
            )
    peak = re.search(
        r"peaks? (?:at|of|is|around|about)?\s*(\d+(?:\.\d+)?)\s*x|(\d+(?:\.\d+)?)\s*x (?:the )?(?:average|peak)", t
    )
    if peak:
        value = float(peak.group(1) or peak.group(2))
        if value >= 1:
            result.updates.append(Update(field="peak_to_average", value=value, quote=peak.group(0)))
    if correction and not nested:
        _read_after_correction(clean, expecting, conventions, result)
    if "skip" in result.intents and expecting and not result.updates:
        result.intents.append("skip_expected")
    if (
        clean.rstrip().endswith("?")
        and not result.updates
        and "audit" not in result.intents
        and not {"greeting", "help"} & set(result.intents)
    ):
        result.intents.append("question")
    return result


# The words a correction opens with ("actually no, wait... thinking about it, a medium model is fine"): what
# follows them is the new statement, read on its own so the preamble's "no" and "thinking about" do not hide it.
CORRECTION_LEAD = re.compile(
    r"^(?:\W*(?:actually|no|nope|nah|wait|sorry|hmm+|hm+|um+|uh+|oh|ok|okay|well|so|scratch that|on second thoughts?|"
    r"(?:thinking|now that i think) about it|come to think of it|let me (?:rethink|correct (?:that|myself))|"
    r"i take that back|"
    r"correction|i mean|i meant|rather|my bad|my mistake|never ?mind|forget (?:that|what i said))\b)+\W*",
    re.IGNORECASE,
)


def _read_after_correction(clean: str, expecting: list[str], conventions: Conventions, result: ParseResult) -> None:
    """A correction's own statement, read without its preamble; it adds what the whole message missed."""
    lead = CORRECTION_LEAD.match(clean)
    if lead is None or not lead.group(0).strip():
        return
    rest = clean[lead.end() :].strip()
    if not rest or rest == clean:
        return
    again = parse_message(rest, expecting, conventions, nested=True)
    have = set(result.fields()) | set(result.clarify)
    for u in again.updates:
        if u.field not in have:
            result.updates.append(u.model_copy(update={"correction": True, "quote": clean[:200]}))


def _vague_mix(t: str) -> tuple[float, str] | None:
    if re.search(
        r"(?<!not )(?:mostly|mainly|largely|primarily) (?:input|prompts?|reading)|input[- ]heavy|"
        r"long (?:prompts?|inputs?|documents?|context)[^.]{0,30}short (?:answers?|outputs?|replies|"
        r"responses?)|short (?:answers|outputs|replies)|prompt[- ]heavy|"
        r"(?:answers?|outputs?|replies|responses?) (?:are|is) (?:(?!not\b|never\b|rarely\b)\w+ )?(?:short|small|brief|"
        r"tiny)",
        t,
    ):
        return 0.8, "read as about 80% input"
    if re.search(
        r"(?<!not )(?:mostly|mainly|largely|primarily) (?:output|generat\w+|writing)|output[- ]heavy|"
        r"long (?:answers|outputs|responses|replies)|generation[- ]heavy",
        t,
    ):
        return 0.3, "read as about 30% input"
    return None


def resolve_pending(text: str, pending: dict[str, Any], conventions: Conventions | None = None) -> ParseResult:
    """Answer to 'per day or per month?' for a number given without its period."""
    conventions = conventions or Conventions()
    result = ParseResult()
    if "requests" in pending:
        return _resolve_request_size(text, pending, conventions)
    m = re.search(r"\b(?P<p>daily|monthly|weekly|yearly|day|month|week|hour|year|second|minute)s?\b", text.lower())
    if m:
        period = m.group("p")
        factor = _period_factor(period, conventions)
        per_month = float(pending["tokens"]) * factor
        if per_month > 0:
            result.updates.append(
                Update(field="tokens_per_month", value=per_month, quote=f"{pending['quote']} per {period}")
            )
    return result


def _resolve_request_size(text: str, pending: dict[str, Any], conventions: Conventions) -> ParseResult:
    """Answer to "how many tokens is one conversation?" after "200k conversations a day": the volume is the
    rate times the size. A new rate instead ("sorry, 300k per day") replaces the one waiting for its size."""
    result = ParseResult()
    unit = str(pending.get("unit") or "request")
    q = read_quantities(text, ["request_size"], conventions)
    inp = next((u[1] for u in q.updates if u[0] == "request_input_tokens"), None)
    out = next((u[1] for u in q.updates if u[0] == "request_output_tokens"), None)
    t = normalize(text)
    size: float | None = inp + out if inp is not None and out is not None else None
    turns = re.search(
        r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:turns?|messages?|exchanges?|questions?|rounds?|back[- ]and[- ]forths?)\s*"
        r"(?:of|at|x|×|\*|,|with)?\s*(?:about\s+|around\s+|roughly\s+|maybe\s+)?(?P<num>\d+(?:\.\d+)?)\s*(?P<mag>k)?\s*"
        r"(?:tokens?|toks?)",
        t,
    )
    if size is None and turns is not None:
        size = float(turns["n"]) * float(turns["num"]) * (1000.0 if turns["mag"] else 1.0)
    if size is None:
        sm = re.search(
            r"(?<![\w.$€£])(?P<num>\d+(?:\.\d+)?)\s*(?P<mag>k|thousand)?\b(?!\s*(?:%|percent|ms|s\b|sec|seconds|"
            r"minutes|"
            r"hours|people|users|dollars|usd|\$|gpus?|turns?|messages?|exchanges?|rounds?|"
            r"per (?:day|month|week|hour|year)|a (?:day|month|week|hour|year)|"
            r"daily|monthly))",
            t,
        )
        rate = RATE.search(t) or re.search(
            r"\d\s*(?:k|m|thousand|million)?\s*(?:per|a|an|/|each)\s*(?:day|month|week|hour)\b", t
        )
        if rate is not None and not re.search(r"\btok", t):
            # "sorry, 300k per day": the rate is corrected; its size is still to come
            new = read_quantities(
                re.sub(
                    r"(?<=\d)(\s*(?:k|m|thousand|million)?)\s*(?=(?:per|a|an|/|each)\s*(?:day|month|week|hour)\b)",
                    rf"\1 {unit}s ",
                    t,
                    count=1,
                ),
                [],
                conventions,
            )
            if new.pending and "requests" in new.pending:
                result.pending = {**new.pending, "unit": unit}
                result.confirm = new.confirm
            return result
        if sm is None:
            return result
        size = float(sm["num"]) * (1000.0 if sm["mag"] else 1.0)
    if not size or size <= 0:
        return result
    per_month = float(pending["requests"]) * size
    quote = f"{pending['quote']}, about {size:,.0f} tokens each"
    result.updates.append(
        Update(
            field="tokens_per_month",
            value=per_month,
            quote=quote,
            note=f"{float(pending['requests']) / conventions.days_per_month:,.0f} {unit}s a day x {size:,.0f} tokens",
        )
    )
    for name, value in (("request_input_tokens", inp), ("request_output_tokens", out)):
        if value is not None:
            result.updates.append(Update(field=name, value=value, quote=text.strip()[:200]))
    if inp is not None and out is not None and inp + out > 0:
        result.updates.append(Update(field="input_share", value=round(inp / (inp + out), 4), quote=text.strip()[:200]))
    return result
