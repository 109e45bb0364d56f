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

from assistant.interview import classifier, cues, quantities, scope
from assistant.interview.deadline import read_deadline
from assistant.interview.quantities import CORRECTION, normalize
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
    **{word: n for word, n in quantities.UNITS.items() if n <= 10},
    "no": 0,
    "none": 0,
    "a": 1,
    "an": 1,
    "single": 1,
    "a single": 1,
    "a couple of": 2,
    "couple of": 2,
    "a few": 3,
    "few": 3,
}
YES = re.compile(
    r"\W*(?:yes|yeah|yep|yup|ya|yea|y|sure|correct|right|affirmative|indeed|we do|it does|they do|absolutely|"
    r"definitely|of course|certainly|true|ok|okay|fine|totally fine|that'?s fine|acceptable|allowed)\b[\s\W]*(?:we do|"
    r"it does)?\W*"
)
NO = re.compile(
    r"\W*(?:(?:no|nope|nah|zero|zilch|nada)[\s,]+)*(?:no|nope|nah|none|nothing|zilch|nada|n/?a|not really|no way|"
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
    r"(?:devops|dev ops|dev-ops|sres?|site reliability|ops|operations|platform|infra\w*|sysadmins?|cloud|"
    r"systems|it)"
)
PEOPLE = (
    r"(?:engineers?|engs?|people|persons?|person|folks|guys?|gals?|dudes?|bros?|devs?|developers?|scientists?|"
    r"specialists?|experts?|"
    r"members?|hires?|staff|heads?|ppl|researchers?|team members?|fte|ftes|admins?|administrators?)"
)
COUNT = r"(?P<n>\d+|no|zero|none|one|a single|single|an?)"


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
        r"\bwe(?:'re| are)?\s+(?:(?:all[- ]in|already|fully|mostly)\s+)?(?:on|in|using|run(?:ning)?|host(?:ing)?)"
        r"\s+(?:everything\s+|all\s+|it\s+)?(?:on\s+|in\s+)?" + _CLOUD + r"\b(?!\s*(?:customers?|partners?))"
    ),
    # "the Azure tenant we have", "AWS account of ours"
    re.compile(
        _CLOUD
        + r"\s+(?:tenant|tenancy|subscription|account|vpc|vnet|project|landing zone)\b(?=.{0,40}\b(?:our|we|ours)\b)"
    ),
)


def _own_clouds(t: str) -> list[str]:
    """The clouds the user says their own tenant is in ("our Azure tenant"), not denied or asked about."""
    from assistant.interview.quantities import _negated

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
    from assistant.interview.quantities import _negated

    adjectives = (
        r"(?:dedicated\s+|full[- ]time\s+|senior\s+|junior\s+|in[- ]house\s+|experienced\s+|actual\s+|real\s+|"
        r"proper\s+|more\s+|other\s+|part[- ]time\s+|of them (?:are |do |does )?|are |do |does |on the |in |"
        r"doing |for )*"
    )
    people = r"(?:" + PEOPLE + r"|nerds?|geeks?|(?<=sres)|(?<=sre)|(?<=mles)|(?<=mle)|(?<=sysadmins))"
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
        COUNT + r"\s+" + adjectives + ROLE_RUN + r"\s*(?:engineering\s+)?(?:" + people + r"|(?<=ml )stuff\b|"
        r"(?<=ml )work\b|(?<=ml )engineering\b|(?<=ml)(?=[,.;]|$)|(?<=devops)(?![\w-])|(?<=sres)(?![\w-])|"
        r"(?<=sre)(?![\w-])|(?<=ops)(?=[,.;]|$))",
        # "two doing infrastructure", "one on ops"
        COUNT + r"\s+(?:doing|on|handling|running|in)\s+(?:the\s+)?" + ROLE_RUN + r"(?=\s*(?:[,.;]|$|work|stuff|side))",
        # "one person for devops", "3 person for ML", "two backend devs doing DevOps"
        COUNT + r"\s+(?:" + PEOPLE + r"|backend devs|developers|devs)\s+(?:for|on|doing|in|handling|who do(?:es)?)\s+"
        r"(?:the\s+)?" + ROLE_RUN + r"(?=\s*(?:[,.;]|$|on the side|work|stuff|side|team))",
        # "ML engineers: 2", "devops: one person"
        ROLE_RUN + r"\s*(?:" + people + r")?\s*(?::|=|x)\s*" + COUNT + r"\b",
        # "ML team has ten engineers", "ml team is 7 ppl", "our ML team is small, just two people"
        ROLE_RUN + r"\s*" + UNIT + r"\s*(?:has|is|are|comprises|consists of|of|with|counts)\s+(?:\w+\s*,?\s+){0,3}?"
        r"(?:just |only |about |around )?" + COUNT + r"\s*(?:" + people + r")",
    ]
    cut = scope.chunks(t)

    def stance(pos: int) -> str:
        for ch in cut:
            if ch.start <= pos < ch.start + len(ch.text):
                return scope.polarity(ch, pos - ch.start, pos - ch.start + 1)
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
            if role in ("it", "research") and n > 0 and "team of" not in m[0]:
                continue
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
    # "we don't have any ML engineers", "nobody does ML", "none of them ML specialists"
    ml_zero = (
        r"(?:don'?t|do not) have any(?:one|body) (?:who|that) (?:can|could|knows?)|"
        r"(?:don'?t|do not|doesn'?t) have (?:any |an? )?(?:dedicated )?(?:ml|machine learning|ai) (?:engineers?|people|"
        r"team|expertise|folks|staff)|no (?:in-house |dedicated )?(?:ml|machine learning|ai) (?:expertise|experience|"
        r"team|folks|skills)|nobody(?:'s| is)? (?:here |on (?:the|our) team )?(?:who )?(?:knows|does|with|who knows|"
        r"can|"
        r"really can|knows how to)?\s*(?:\w+ ){0,2}(?:ml|machine learning|ai|run models|serve models)\b|zero ml|"
        r"nobody(?: here| on (?:the|our) team)? (?:has|have|had|ever) (?:ever )?(?:shipped|deployed|served|run|put) "
        r"(?:an? |any )?(?:ml |ai )?models? (?:to|in|into) (?:prod|production)|"
        r"none of "
        r"them (?:are |is |do |does )?(?:\w+ )?(?:ml|machine learning)|not (?:a single|"
        r"one) (?:one )?of them (?:does|do|"
        r"is|knows) (?:ml|machine learning)"
    )
    ops_zero = (
        r"(?:dev)?ops(?: \w+)? (?:nobody|none|no one|zero)\b|nobody(?:'s| is)? (?:does |doing |on |in )?(?:dev)?ops|"
        r"zero (?:dev)?ops|no (?:dev)?ops (?:people|person|"
        r"folks|"
        r"team|engineers?)|(?:don'?t|do not) have (?:any |a )?(?:devops|ops|sre|platform) (?:people|person|team|"
        r"engineers?)"
    )
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


def _team(t: str, votes: cues.Votes, expecting: list[str]) -> tuple[dict[str, Any], bool]:
    """The team facts the message states (only those keys), and whether it is unclear."""
    team: dict[str, Any] = {}
    _team_counts(t, team)
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
    regimes = sorted({r for r in votes.said("compliance") if r != "none"})
    denied = [r for r in votes.denied("compliance") if r != "none"]
    closing = re.search(
        r"\bnothing (?:like that|of the sort|else|similar)|\b(?:or|nor|no) anything(?: like that| else| similar)?\b|"
        r"\bnone of (?:that|those|it)\b|\bno other\b",
        t,
    )
    if not regimes and denied and closing:
        out["compliance"] = ["none"]  # "no PCI, no HIPAA, nothing like that"
    elif regimes:
        out["compliance"] = regimes
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
            r"leave|leaves|may|allowed|fine|ok|okay|acceptable|within|inside|no cloud|not even)\b",
            t,
        )
    ):
        bounds = [b for b in bounds if b not in ("on_prem", "cloud_tenant")]
    single("data_boundary", bounds)
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
TEAM_KEYS = re.compile(r"k8s|kubernetes|gpus?|gpu infra|mlops(?: team)?|ml ?ops(?: team)?|ml platform(?: team)?")


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
    r"\b(?:moved|switched|changed|migrated|went|upgraded|downgraded|ported)\s+(?:\S+\s+){0,5}?(?:over\s+)?to\s*(?:(?:claude|gemini|gpt|openai|anthropic|google|meta|llama|mistral)\s*)?$"
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
    for field in expecting:
        if field in out or field in clarify:
            continue
        picked = _ordinal(t, field)
        if picked is not None and field != "input_share":
            out[field] = picked
        elif field in ("batch_ok", "fine_tuning") and (bare_yes or bare_no):
            out[field] = bare_yes
        elif field in ("quality", "traffic_shape", "data_boundary", "latency_kind") and bare_yes:
            clarify.append(field)


def rule_facts(t: str, votes: cues.Votes, expecting: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Categorical facts from the rules alone (before the classifier), and the fields they find unclear."""
    facts, unclear = _categorical(t, votes, expecting)
    team, team_unclear = _team(t, votes, expecting)
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
    q = quantities.read_quantities(clean, expecting, conventions, assume_stated)
    result.problems += q.problems
    result.clarify += q.clarify
    result.pending, result.confirm = q.pending, q.confirm
    for name, value, quote, note in q.updates:
        result.updates.append(Update(field=name, value=value, quote=quote, note=note, correction=correction))
    votes = cues.votes(t)
    facts, unclear = rule_facts(t, votes, expecting)
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
        result.fields().count("latency_p99_ms") or re.search(r"latenc|fast|slow|respon|stream|token|wait", t)
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
        factor = quantities._period_factor(period, conventions)
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
    q = quantities.read_quantities(text, ["request_size"], conventions)
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
            r"(?<![\w.$€£])(?P<num>\d+(?:\.\d+)?)\s*(?P<mag>k|thousand)?\b(?!\s*(?:%|percent|ms|s\b|sec|seconds|minutes|"
            r"hours|people|users|dollars|usd|\$|gpus?|turns?|messages?|exchanges?|rounds?|"
            r"per (?:day|month|week|hour|year)|a (?:day|month|week|hour|year)|"
            r"daily|monthly))",
            t,
        )
        rate = quantities.RATE.search(t) or re.search(
            r"\d\s*(?:k|m|thousand|million)?\s*(?:per|a|an|/|each)\s*(?:day|month|week|hour)\b", t
        )
        if rate is not None and not re.search(r"\btok", t):
            # "sorry, 300k per day": the rate is corrected; its size is still to come
            new = quantities.read_quantities(
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
