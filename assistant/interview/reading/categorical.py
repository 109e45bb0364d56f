"""Categorical facts from the cue rules (before the classifier): traffic shape, compliance regimes, data
boundary and the user's own cloud, quality, latency kind, batch tolerance, fine-tuning and adapters of their
own, and the team (``rule_facts``). Conflicting or unclear ones go to the list of fields to ask about.
"""

from __future__ import annotations

import re
from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import cue_table, cues, scope
from assistant.interview.cue_context import EVENT_ABOUT
from assistant.interview.cue_experience import past_experience
from assistant.interview.reading.answers import NO, YES
from assistant.interview.reading.team import _team
from assistant.interview.scope_parties import REPORTED
from assistant.vocab import NESTED_BOUNDARIES

# Kept for what-if detection ("we just signed a HIPAA customer"): explicit regime names only.
REGIMES: list[tuple[str, str]] = [
    (cue_table.CUES[("compliance", r)], r)
    for r in ("hipaa", "gdpr", "pci_dss", "soc2", "fedramp", "data_residency", "air_gapped")
]
CLOUD_NAMES = {
    "azure": "azure",
    "aws": "aws",
    "amazon web services": "aws",
    "gcp": "gcp",
    "google cloud": "gcp",
    "microsoft": "azure",  # only in "a Microsoft shop", "we're on Microsoft everything" (SHOP below)
}
_CLOUD = r"(?P<cloud>azure|aws|amazon web services|gcp|google cloud)"
OWN_CLOUD = (
    # "our Azure tenant", "in our own AWS account", "our GCP project", "the company's Azure subscription"
    rx.compile(
        r"\b(?:our|my|the company'?s|our company'?s)\s+(?:own\s+|existing\s+|corporate\s+|private\s+)?"
        r"(?:microsoft\s+(?=azure)|amazon\s+(?=aws|web services))?" + _CLOUD + r"\b"
    ),
    # "we're on Azure", "we are all-in on AWS", "we run everything in GCP", "we host on AWS"
    rx.compile(
        r"\bwe(?:'re| are|'ve)?\s+(?:(?:all[- ]in|already|fully|mostly|entirely|completely|100\s?%)\s+)?(?:on|in|using|"
        r"use|have|got|run(?:ning)?|"
        r"host(?:ing)?)"
        r"\s+(?:everything\s+|all\s+|it\s+)?(?:on\s+|in\s+)?" + _CLOUD + r"\b(?!\s*(?:customers?|partners?|credits?|"
        r"marketplace|openai))"
    ),
    # the tenant the data is kept in, whoever's name it has ("customer data may not leave the Bank's Azure tenant",
    # "it must stay within the AWS account"), and the cloud the organisation already uses ("the county already uses
    # Azure Government")
    rx.compile(
        r"\b(?:leave|leaves|leaving|stay in|stays in|remain in|remains in|within|inside|kept in)\s+(?:the\s+)?"
        r"(?:[\w-]+'s\s+)?" + _CLOUD + r"\s+(?:tenant|tenancy|subscription|account|vpc|vnet|project|landing zone)\b|"
        r"\b(?:the|our)\s+(?:bank|county|city|agency|company|firm|hospital|state|ministry|department|group|"
        r"organi[sz]ation)\s+(?:already\s+)?(?:uses|is on|runs on)\s+"
        + _CLOUD.replace("?P<cloud>", "?P<cloud2>")
        + r"\b"
    ),
    # "the Azure tenant we have", "AWS account of ours"
    rx.compile(
        _CLOUD
        + r"\s+(?:tenant|tenancy|subscription|account|vpc|vnet|project|landing zone)\b(?=.{0,40}\b(?:our|we|ours)\b)"
    ),
    # "we're an Azure shop", "an AWS house", "a Microsoft shop", "we're on Microsoft everything", "everything we run
    # is on GCP": the one cloud the company runs in
    rx.compile(
        r"\b(?:we'?re|we are|we'?ve always been|as|being)\s+(?:an?|a pure|a total|a full)\s+"
        r"(?P<cloud>azure|aws|gcp|google cloud|microsoft)(?:[- ]only)?\s+(?:shop|house|company|org)\b|"
        r"\bwe(?:'re| are)\s+(?:on|using|all[- ]in on)\s+(?P<cloud2>microsoft|azure|aws|gcp)\s+(?:everything|for "
        r"everything)\b|\beverything (?:we run |we have |we do )?(?:is|runs|lives) (?:on|in) (?P<cloud3>azure|aws|gcp|"
        r"google cloud)\b"
    ),
)


# words of the restriction list said of the hardware, not of the data: "only" of how much ("they are used only
# 30%", "only half of them busy", "just 2 of them"), and where the machines live ("the cards live in the server room")
NOT_OF_THE_DATA = rx.compile(
    r"\b(?:only|just)\s+(?:(?:used|busy|utili[sz]ed|loaded|running|in use|at)\s+)?(?:(?:about|around|roughly|like|"
    r"approx\w*|~)\s*)?(?:\d|half\b|a (?:third|quarter|fraction|"
    r"few|couple)\b|partly\b|partially\b|part of the\b|(?:once|twice) a\b)|"
    r"\b(?:gpus?|cards?|boxes|servers?|nodes|machines|[ah]100s?|h200s?|l40s?|l4s?)\s+(?:\w+\s+)?(?:live|lives|stay|"
    r"sit)\b"
)


def _own_clouds(t: str) -> list[str]:
    """The clouds the user says their own tenant is in ("our Azure tenant"), not denied or asked about."""
    from assistant.interview.quantities.guards import _negated

    found: list[str] = []
    for m in (m for pattern in OWN_CLOUD for m in pattern.finditer(t)):
        group = next(g for g in ("cloud", "cloud2", "cloud3") if g in m.re.groupindex and m[g])
        start = m.start(group)
        # (the data kept in it, the denial on leaving: "customer data may not leave the bank's Azure tenant")
        kept_in = rx.search(
            r"\b(?:leave|leaves|leaving|exit|exits|go outside|goes outside|be sent outside|be moved outside|outside|"
            r"out of|beyond)\s+(?:of\s+)?(?:the\s+|our\s+|their\s+|its\s+|[\w-]+'s\s+){0,2}$",
            t[max(0, start - 40) : start],
        )
        if not kept_in and (
            _negated(t, start)
            or rx.search(r"\b(?:not|no|never|without)\s+(?:\w+\s+){0,2}$", t[max(0, start - 30) : start])
        ):
            continue
        sentence = rx.split(r"(?<=[.!?;])\s", t[start:], maxsplit=1)[0]
        if sentence.rstrip().endswith("?"):
            continue  # "would our Azure tenant be enough?" asks, it does not say
        cloud = CLOUD_NAMES[m[group]]
        if cloud not in found:
            found.append(cloud)
    return found


# a denial hedged to a maybe ("that doesn't necessarily mean frontier"): neither the value nor its opposite
NOT_NECESSARILY = rx.compile(
    r"\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|not) (?:\w+ )?(?:necessarily|automatically|always) "
    r"(?:mean|means|need|needs|require|requires|imply|implies|be)\b"
)


# a place wished for, beside another allowed ("on-prem preferred, cloud region in mexico also ok")
PREFERRED = rx.compile(
    r"\b(?:prefer(?:r?e?d|ably|ence)?|preferd|ideally|would rather|nice to have|if possible|"
    r"(?:would|'d) be (?:nice|great|ideal|better))\b"
)
ALSO_FINE = rx.compile(
    r"[^,.;!?]{0,60}\b(?:also|too|as well|as a fallback|otherwise)\b[^,.;!?]{0,20}?\b(?:ok|okay|fine|acceptable|"
    r"allowed|works)\b|[^,.;!?]{0,60}\b(?:ok|okay|fine|acceptable|allowed)\s+(?:too|as well)\b|"
    r"\bbut\b[^,.;!?]{0,60}\b(?:is|are)\s+(?:ok|okay|fine|acceptable|allowed)\b"
)
# a public API ruled out ("a public API is not ok", "no public APIs", "third-party APIs are a no-go")
_AUTHORIZED_CLOUD = (
    r"\b(?:(?:fedramp|il ?[2-6]|impact level \d|govcloud|gov cloud|government cloud)\b[\w\s-]{0,30}?|"
    r"(?:authori[sz]ed|certified|accredited|approved)\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:environments?|clouds?|cloud providers?|cloud services?|regions?|tenants?|hosting)\b"
)
# a cloud environment of an authorized kind as the alternative to one's own premises, either side of an "or"
AUTHORIZED_CLOUD_OR = rx.compile(_AUTHORIZED_CLOUD + r"[^.;]{0,20}?\bor\b|\bor\b[^.;]{0,20}?" + _AUTHORIZED_CLOUD)
PUBLIC_API_DENIED = rx.compile(
    r"\b(?:public|third[- ]party|external|hosted|saas)\s+(?:llm\s+)?apis?\b[^,.;!?]{0,25}\b(?:not\b|isn'?t|aren'?t|"
    r"no[- ]go|forbidden|out of the question|banned|can'?t|cannot|won'?t|never)|"
    r"\bno\s+(?:public|third[- ]party|external)\s+(?:llm\s+)?apis?\b"
)
# the cloud ruled out too ("no cloud either", "cloud is also forbidden", "nothing may leave our building")
CLOUD_DENIED = rx.compile(
    r"\b(?:no|not|never|nor|without|won'?t)\b[^.;,]{0,25}\bclouds?\b|\bclouds?\b[^.;]{0,30}\b(?:forbidden|not allowed|"
    r"banned|out of the question|no[- ]go|either|off the table)\b|\b(?:nothing|no data|data)\b[^.;,]{0,20}\b(?:may|can|"
    r"must|is allowed to|should)(?:n'?t| not| never)?\s+(?:ever\s+)?leave (?:our|the) (?:building|premises|site|"
    r"data ?cent(?:er|re)|office)|don'?t have (?:a|any) cloud"
)
# the servers of their own as the rule, not a wish ("must stay on-prem", "only on our own servers")
ON_PREM_RULE = rx.compile(
    r"\b(?:must|has to|have to|only|required|mandatory|non[- ]negotiable)\b[^,.;!?]{0,30}\b(?:on[- ]?prem\w*|"
    r"(?:our )?own (?:servers?|hardware|data ?cent(?:er|re)s?|premises)|in[- ]house)\b"
)
# an open model set as the condition of the bar ("as long as it's an open model we can host")
OPEN_CONDITION = rx.compile(
    r"\b(?:as long as|so long as|provided(?: that)?)\s+(?:it'?s|it is|we (?:can )?(?:use|host|run))\s+(?:an?\s+)?"
    r"open(?:[- ]?(?:source|weights?))?\s+(?:models?|llms?|one)\b"
)
# cost said to weigh as much or more, right after a bar on quality ("quality matters a lot but cost matters more")
COST_TOO = rx.compile(
    r"\b(?:but|though|however|yet)\W+(?:the\s+|our\s+)?(?:cost|price|budget|spend)s?\b[^.;!?]{0,20}\b(?:matters?|"
    r"counts?|"
    r"too|more|first|wins|is king|is (?:also )?important)\b"
)
# the days of the week, not the hours of the day ("weekends dead", "Mon-Fri only")
WEEK_WORDS = rx.compile(r"week-?ends?|weekdays?|saturdays?|sundays?|\bsat\b|\bsun\b|mon(?:day)?s?\s*(?:-|to)\s*fri")
# a summing-up after a contrast: what follows it is the whole picture
OVERALL = rx.compile(r"\b(?:in total|overall|all in all|on the whole|in sum|taken together|all together|net net)\b")


_REACHES = (
    r"(?:ever\s+)?(?:reach(?:es)?|go(?:es)?\s+(?:in)?to|touch(?:es)?|gets? (?:sent|passed) to|enters?|hits?|"
    r"(?:is |are |be |gets? )?(?:sent|passed) to|(?:is |are |be )?included in|makes? it (?:in)?to|lands? in)\s+"
    r"(?:the\s+|our\s+|any\s+)?(?:prompts?|models?|llms?|ai|apis?|inference|(?:this|the) (?:system|workload|app|"
    r"tool|pipeline|bot|assistant))\b"
)


def _kept_out(nouns: str) -> re.Pattern[str]:
    """Words saying a regime's data (``nouns``) never reaches the model, or is taken out before it does."""
    return rx.compile(
        r"\b(?:(?:" + nouns + r")\b[^.;]{0,30}?\b(?:never|doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|"
        r"cannot|isn'?t|is not|aren'?t|are not)\s+" + _REACHES + r"|no (?:" + nouns + r")\b[^.;]{0,20}?\b"
        r"(?:ever\s+)?(?:goes|gets|is|are|reaches|enters|hits|lands|makes it)\b[^.;]{0,15}?\b(?:prompts?|models?|"
        r"llms?|ai|apis?|inference)\b|(?:"
        + nouns
        + r")\b[^.;]{0,30}?\b(?:is|are|gets?|get)\s+(?:tokeni[sz]ed|redacted|"
        r"masked|stripped|scrubbed|removed)\s+(?:upstream|before|first|out))"
    )


# GPUs said to be busy with fine-tuning or training ("the H100 node is booked for fine-tuning through March")
HARDWARE_BUSY_TUNING = rx.compile(
    r"\b(?:gpus?|nodes?|node|cluster|boxe?s?|servers?|cards|machines?|[abhl]\d{2,3}s?|they|it)\b[^.;]{0,40}?"
    r"\b(?:booked|reserved|busy|tied up|occupied|taken|dedicated|allocated|in use|used)\s+(?:\w+\s+){0,2}?"
    r"(?:for|with|by)\s+(?:\w+\s+)?(?:fine[- ]?tun\w*|finetun\w*|training)(?:\s+(?:jobs?|runs?|work))?"
)
# a regime's data said never to reach the model ("card data never reaches the prompt; it's tokenized upstream"):
# the company is under the regime, this workload is not
KEPT_OUT = {
    "pci_dss": _kept_out(r"card (?:data|numbers|details)|cardholder data|card ?holder data|pans?|payment data"),
    "hipaa": _kept_out(r"phi|patient (?:data|records|information|info)|health (?:data|records|information)"),
}


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
    summed = OVERALL.search(t)
    if len(set(shapes)) > 1 and summed:
        # "working hours of developers, but clients all over the world, so in total it is steady": the sum rules
        clause = rx.match(r"[^,.;!?]*", t[summed.start() :])
        end = summed.start() + (clause.end() if clause else 0)
        after = {
            v
            for v in shapes
            if any(summed.start() < m.start() < end for m in cues.pattern(("traffic_shape", v)).finditer(t))
        }
        shapes = list(after) if len(after) == 1 else shapes
    if {"bursty", "business_hours"} <= set(shapes) and all(
        WEEK_WORDS.search(h.group(0)) for h in cues.pattern(("traffic_shape", "business_hours")).finditer(t)
    ):
        # "spiky, Monday mornings are like 5x the average, weekends dead": spikes within the week; the dead weekend
        # says which days it runs (a working-day rate), not that the day's hours are business hours
        shapes = [s for s in shapes if s != "business_hours"]
    single("traffic_shape", shapes)
    if not shapes and votes.denied("traffic_shape") and "traffic_shape" in expecting:
        clarify.append("traffic_shape")
    # fine-tuning named only as what their GPUs are busy with ("the H100 node is booked for fine-tuning through
    # March"): their own work on that hardware, no need for a tuned model here
    if ("fine_tuning", "true") in votes.found:
        busy = [m.span() for m in HARDWARE_BUSY_TUNING.finditer(t)]
        said = list(cues.pattern(("fine_tuning", "true")).finditer(t))
        if busy and said and all(any(a <= m.start() < b for a, b in busy) for m in said):
            votes.found[("fine_tuning", "true")] = ["other" for _ in votes.found[("fine_tuning", "true")]]
    # compliance
    for regime, kept_out in KEPT_OUT.items():
        if ("compliance", regime) in votes.found and kept_out.search(t):
            votes.found[("compliance", regime)] = ["no" for _ in votes.found[("compliance", regime)]]
    regimes = sorted({r for r in votes.said("compliance") if r not in ("none", "other")})
    denied = [r for r in votes.denied("compliance") if r not in ("none", "other")]
    closing = rx.search(
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
    if bounds:
        # where the hardware sits, or where they run ("one guy does all our AWS stuff", "we're on our own Azure"):
        # no limit on where the data may go, neither stored nor guessed by the classifier
        hardware = rx.search(r"\b(?:gpus?|[ah]100s?|h200s?|l4s?|l40s?|cards|boxes|nodes|hardware|cluster|racks?)\b", t)
        fenced = TENANT_WORD.search(t) and not hardware  # "we run in our own AWS account": a tenant of their own
        where = [
            b
            for b in (("on_prem",) if fenced else ("on_prem", "cloud_tenant"))
            if _infra_only(t, b, expecting) and not votes.denied("data_boundary") and not OTHER_PLACE_DENIED.search(t)
        ]
        for b in where:
            if b in bounds:
                votes.found[("data_boundary", b)] = ["other" for _ in votes.found[("data_boundary", b)]]
        bounds = [b for b in bounds if b not in where]
    if (
        "any_vendor" in bounds
        and len(set(bounds)) == 2
        and not RESTRICTING.search(t)
        and rx.search(
            r"\b(?:today|currently|right now|at the moment|although|though|infrastructure is|we'?re on|"
            r"we are on|we run on|hosted on)\b",
            t,
        )
        and not rx.search(r"\b(?:must|only|has to|have to|required|can'?t|cannot|never|not allowed|mandatory)\b", t)
    ):
        bounds = ["any_vendor"]  # "we're on-prem today, but nothing stops us from using an API": the permission rules
    if "any_vendor" in bounds and len(set(bounds)) == 2 and RESTRICTING.search(t):
        bounds = [b for b in bounds if b != "any_vendor"]  # "the cloud provider is fine, but only in our own account"
    also = ALSO_FINE.search(t)
    if (
        bounds
        and also is not None
        and _wished(t)
        and not rx.search(r"\bnot\b|n't\b|\b(?:isnt|arent|dont|cant|wont)\b", also.group(0))
    ):
        # "on-prem preferred, but our Azure tenant is fine too", "own colo preferred, cloud region in mexico also ok":
        # the stricter place is a wish; the looser one allowed is the rule
        looser = [b for b in bounds if b in ("any_vendor", "cloud_tenant")]
        if looser:
            bounds = [min(looser, key=lambda b: ("any_vendor", "cloud_tenant").index(b))]
        elif rx.search(r"\b(?:cloud|region|tenant|account|subscription|vpc)\b", also.group(0)):
            bounds = ["cloud_tenant"]
    if (
        ("on_prem" in bounds or ("no_vendor" in bounds and cues.pattern(("data_boundary", "on_prem")).search(t)))
        and _wished(t)
        and PUBLIC_API_DENIED.search(t)
        and not ON_PREM_RULE.search(t)
        and not CLOUD_DENIED.search(t)
    ):
        # "on-prem preferred, but a public API is not ok": the rule is only that no public API gets the data
        bounds = ["cloud_tenant", *(b for b in bounds if b not in ("on_prem", "no_vendor", "cloud_tenant"))]
    if bounds == ["on_prem"] and AUTHORIZED_CLOUD_OR.search(t):
        # "within FedRAMP High authorized environments or agency-owned facilities": the looser place allowed is a
        # cloud environment of the kind the rule names, not only their own premises
        bounds = ["cloud_tenant"]
    if set(bounds) == NESTED_BOUNDARIES:
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
    frontier_denied = "no" in votes.found.get(("quality", "frontier"), [])
    if frontier_denied and ("frontier" in qualities or NOT_NECESSARILY.search(t)):
        # "quality is non-negotiable, but that doesn't mean frontier", "... doesn't necessarily mean frontier": ask
        qualities += ["frontier", "open_weight_ok"]
    if "frontier" in qualities and OPEN_CONDITION.search(t):
        # "quality beats price as long as it's an open model we can host": the bar is an open model's
        qualities = [q for q in qualities if q != "frontier"] or ["open_weight_ok"]
    if "frontier" in qualities and COST_TOO.search(t):
        qualities += ["open_weight_ok"]  # "quality matters a lot, but cost matters more": which bar is not settled
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


# The team's infrastructure described ("3 ML engineers, on-prem Kubernetes cluster in Riyadh", "we run VMware on-prem",
# "our own datacentre in Amsterdam"): where they run things, even as the answer to where the data may go, is no rule
# on the data unless the message says one (must, only, can't leave, ...); a short answer ("our own servers") is one
INFRA_DESCRIBED = rx.compile(
    r"\b(?:k8s|kubernetes|openshift|vmware|vsphere|proxmox|clusters?|racks?|datacent(?:er|re)s?|data cent(?:er|re)s?|"
    r"colo(?:cation)?|servers?|gpus?|[ah]100s?|h200s?|l4s?|l40s?|nodes|boxes|hardware|sysadmins?|devops|sres?)\b"
)


# A sentence right after where they run that makes it a rule ("That's non-negotiable.", "Nothing is allowed off site.")
RULE_NEXT = rx.compile(
    r"\b(?:non-negotiable|not negotiable|forbid\w*|not allowed|nothing (?:is |may |can )?(?:allowed|leave|go)\w*|"
    r"must|mandatory|required|requirement|policy|off[- ]site|leaves?|no exceptions?|hard rule|strict(?:ly)?|"
    r"can'?t|cannot|never)\b"
)
# the next sentence speaks of what was said before it: short, or led by a word pointing back at it
BACK_REFERENCE = rx.compile(
    r"\W*(?:(?:and|so|also|but)\s+)?(?:that|this|it|which|these|those|there|nothing|no data|the data|data|everything|"
    r"all of it|all data|none of it|period|full stop|policy|hard rule|strictly)\b"
)


def _rule_on_it(sentence: str) -> bool:
    """The sentence after one that describes infrastructure makes that a rule ("We host on-prem with 4 A100s. That's
    non-negotiable."), not a rule on something else ("... Answer must start fast because the customer is waiting.")."""
    return bool(RULE_NEXT.search(sentence)) and (len(sentence.split()) <= 6 or bool(BACK_REFERENCE.match(sentence)))


# Another place for the data ruled out beside where they run ("Not cloud tenant. On-prem, on our own A100s"): the
# message answers where the data may go
OTHER_PLACE_DENIED = rx.compile(
    r"\b(?:not|no|never)\s+(?:in\s+|on\s+|to\s+)?(?:the\s+|a\s+|an\s+|our\s+|"
    r"any\s+)?(?:(?:public\s+)?cloud(?:\s+tenant)?|"
    r"tenant|public apis?|third[- ]party apis?|apis?|saas|vendors?|hyperscalers?)\b(?!\s+(?:yet|today|now)\b)"
    # "we're not shipping a single byte of member data to a model vendor"
    r"|\b(?:not|never|no)\b[^.;!?]{0,60}?\b(?:data|bytes?|records?|anything|pii|information|info|documents?|files?|"
    r"transcripts?)\b[^.;!?]{0,20}?\b(?:to|with)\s+(?:an?\s+|any\s+|the\s+)?(?:(?:model|ai|llm|third[- ]party|"
    r"external|outside|cloud|public)\s+)?(?:vendors?|providers?|apis?|clouds?|compan(?:y|ies)|saas)\b"
)


def _wished(t: str) -> bool:
    """A preference word said of the stricter place ("own colo preferred", "we prefer on-prem"), not of a model."""
    places = [m.start() for b in ("on_prem", "cloud_tenant") for m in cues.pattern(("data_boundary", b)).finditer(t)]
    return any(
        abs(w.start() - p) <= 30 and not rx.search(r"[.;!?]", t[min(w.start(), p) : max(w.start(), p)])
        for w in PREFERRED.finditer(t)
        for p in places
    )


def _infra_only(t: str, boundary: str, expecting: list[str]) -> bool:
    """Every sentence saying ``boundary`` describes infrastructure and states no rule on the data ("ML team of 6,
    on-prem OpenShift", beside "Data must stay in Turkey": the rule is on the country, not on the servers)."""
    if "data_boundary" in expecting and len(t.split()) <= 6:
        return False  # a short answer to where the data may go ("our own servers") is one
    cue = cues.pattern(("data_boundary", boundary))
    said = rx.split(r"(?<=[.!?;\n])\s+", t)
    at = [i for i, s in enumerate(said) if cue.search(s)]
    if any(i + 1 < len(said) and _rule_on_it(said[i + 1]) for i in at):
        return False  # "We host on-prem with 4 A100s. That's non-negotiable.": the next sentence makes it a rule
    return all(_describes_infra(s, expecting) for s in [said[i] for i in at] or [t]) and not VENDOR_RULED_OUT.search(t)


def _describes_infra(s: str, expecting: list[str]) -> bool:
    return (
        ("data_boundary" not in expecting or INFRA_DESCRIBED.search(s) is not None)
        and not rx.search(
            r"\b(?:must|has to|have to|only|exclusively|solely|need|needs|required?|can'?t|cannot|never|not allowed|"
            r"stay|stays|keep|kept|"
            r"leave|leaves|leaving|may|allowed|allows?|approves?|sign(?:s|ed)? off|fine|ok|okay|acceptable|within|"
            r"inside|no cloud|not even|mandatory|requirement|"
            r"nothing (?:goes )?(?:in|to|into) the cloud|not (?:in|to) the cloud|"
            r"policy|rules?|obligat\w*|insist\w*|forbid\w*|permitted|approved|limit|boundary|strictly|has to live|"
            r"must live|lives?|as long as|provided|rather than|instead of|only if|hard no|got to|gotta|a no|no-go|"
            r"not an option|non-negotiable|full stop|period|insists?|only option|nothing else|requires|requiring|"
            r"demands?|mandates?|mandated|nowhere else|accept|accepts|accepted|acceptable|just not)\b",
            NOT_OF_THE_DATA.sub(" ", s),
        )
        and not (
            # where everything runs is said ("we run everything in our own data centre"), no hardware named
            rx.search(
                r"\b(?:everything|all (?:of )?(?:our|the) (?:data|systems|apps|workloads|stuff)|all data|the data|"
                r"our data|data)\b(?!\s*cent(?:er|re)s?\b)",  # (the data, not "a team operating our own data centre")
                s,
            )
            and not rx.search(r"\b(?:gpus?|[ah]100s?|h200s?|l4s?|l40s?|cards|boxes|nodes|hardware|cluster)\b", s)
        )
    )


def air_gap_both(facts: dict[str, Any], unclear: list[str]) -> None:
    """An air gap is both a regime and where the data may go: one said without the other (the classifier found
    "the boxes aren't connected to the internet" a regime only) is the other too, unless that one was said
    differently or is being asked about."""
    regimes = facts.get("compliance") or []
    boundary = facts.get("data_boundary")
    if "air_gapped" in regimes and boundary is None and "data_boundary" not in unclear:
        facts["data_boundary"] = "air_gapped"
    elif (
        boundary == "air_gapped" and regimes != ["none"] and "air_gapped" not in regimes and "compliance" not in unclear
    ):
        facts["compliance"] = sorted({*regimes, "air_gapped"})  # "no regulation, it is just offline" stays none


# A permission narrowed by what follows ("but only in our own account", "as long as it stays in our VPC").
# A cloud account of the user's own named as such (not "our AWS stuff", "our Azure setup")
TENANT_WORD = rx.compile(
    r"\b(?:accounts?|acct|tenants?|tenancy|subscriptions?|sub|vpcs?|vnets?|projects?|private cloud|govcloud|bedrock|"
    r"azure openai|vertex|private (?:endpoints?|link)|privatelink|landing zone)\b"
)
# Vendors ruled out beside where the user runs ("our own AWS, no public APIs"): a limit on where the data may go.
VENDOR_RULED_OUT = rx.compile(
    r"\b(?:no|not|never|nothing|without|avoid)\s+(?:\w+\s+){0,3}?(?:public|external|third[- ]party|"
    # (a country named: "the data must not go outside of Germany" rules out no vendor)
    r"outside(?!\s+(?:of\s+)?(?:the\s+)?(?i:" + cue_table.PLACES + r")\b)|"
    r"commercial|hosted|saas|vendors?|providers?|apis?|openai|anthropic|endpoints?)\b"
)
RESTRICTING = rx.compile(
    r"\b(?:but only|only (?:in|inside|within|on|if)|as long as|so long as|provided(?: that)?|on condition|if it stays|"
    r"but (?:it |the data |data )?(?:must|has to|needs to|should|can'?t|cannot)|but not (?:outside|beyond|public)|"
    r"(?:inside|within|in) (?:it|that|there|our (?:own )?(?:tenant|account|vpc|subscription|cloud)))\b"
)
MIXED_TIMING = rx.compile(
    r"\bboth\b(?=\W+(?:some|live|batch|real|interactive|overnight|async))|\bsome (?:of (?:it|them) )?(?:is |are )?"
    r"(?:live|real[- ]?time|interactive|batch\w*|overnight|offline|async)\b.{0,60}\bsome\b|"
    r"\bpart of it\b.{0,80}\bpart of it\b|\bhalf and half\b|\ba mix of\b|\b(?:some|part|parts|a portion) of (?:it|"
    r"them)\b|"
    # a live workload and a nightly job of its own ("chat is 100M a month, and the nightly summary job adds 50M")
    r"\b(?:chat|live|interactive|real[- ]?time)\b[^.]{0,120}?\b(?:nightly|overnight|batch)\s+(?:[\w-]+\s+)?(?:job|run|"
    r"pipeline|reports?)\b(?:[^.]{0,20}?\b(?:adds?|another|on top|as well|too|also)\b)|"
    r"\b(?:nightly|overnight|batch)\s+(?:[\w-]+\s+)?(?:job|run|pipeline|reports?)\b[^.]{0,80}?\b(?:and|plus|also|besides)\b"
    r"[^.]{0,40}?\b(?:live|interactive|real[- ]?time) (?:chat|assistant|support|traffic|requests)\b"
)
# A fine-tune of their own: adapters or weights they train and load themselves (not a provider's tuning API).
# The model before their own tuning: a "not good enough" about it is about fine-tuning, not frontier quality.
UNTUNED = rx.compile(
    r"\b(?:base|stock|vanilla|untuned|un-tuned|generic|off[- ]the[- ]shelf|out[- ]of[- ]the[- ]box|raw) "
    r"(?:model|llm|llama|mistral|qwen|version|weights)s?\b|\bwithout (?:our |the |its )?(?:fine[- ]?tun\w*|adapters?|"
    r"q?lora|tuning)",
    re.IGNORECASE,
)
OWN_ADAPTERS = rx.compile(
    r"\b(?:q?lora|peft)\b|\badapters?\b|(?:our|own) (?:own )?(?:fine[- ]?tuned|tuned) (?:weights|checkpoint)"
)
# a plan left open ("maybe later a LoRA on our terminology, this is open")
NOT_YET = rx.compile(
    r"\b(?:maybe|perhaps|possibly|later|someday|down the (?:road|line)|in (?:the )?future|undecided|tbd|not decided|"
    r"(?:this|that|it) is (?:still )?open|still open|open question)\b"
)
FIRST_PERSON = rx.compile(r"\b(?:we|we'?ve|we'?re|our|ours|us|i|my|own)\b")


def _own_adapters(t: str) -> bool:
    """Adapters of their own, stated: a sentence that names LoRA/adapters with a first-person word, not a
    question ("lora vs full ft?"), not hearsay ("someone said lora is dead") and not denied."""
    for sentence in rx.split(r"(?<=[.!?;\n])\s+", t):
        if not OWN_ADAPTERS.search(sentence) or sentence.rstrip().endswith("?") or not FIRST_PERSON.search(sentence):
            continue
        if scope.HYPOTHETICAL.search(sentence) or scope.UNSURE.search(sentence) or NOT_YET.search(sentence):
            continue  # "we looked into LoRA", "maybe later a LoRA on our terminology, this is open": none yet
        heard_of = any(EVENT_ABOUT.search(sentence[: m.start()]) for m in OWN_ADAPTERS.finditer(sentence))
        if REPORTED.search(sentence) or heard_of:
            continue  # "I read that LoRA is cheap", "we went to a webinar about LoRA": heard of, not their own
        if rx.search(r"\b(?:no|not|don'?t|never|without)\b[^.]{0,30}(?:lora|adapter)", sentence):
            continue
        if all(past_experience(sentence, m.start(), m.end()) for m in OWN_ADAPTERS.finditer(sentence)):
            continue  # "our lead has trained LoRA adapters before": a skill of the team, not adapters to serve
        return True
    return False


def rule_facts(
    t: str, votes: cues.Votes, expecting: list[str], raw: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Categorical facts from the rules alone (before the classifier), and the fields they find unclear.

    ``raw`` is the message as written (its capitals tell people's names apart).
    """
    facts, unclear = _categorical(t, votes, expecting)
    team, team_unclear = _team(t, votes, expecting, raw, said_elsewhere=bool(facts))
    if team:
        facts["team"] = team
    if team_unclear:
        unclear.append("team")
    return facts, unclear
