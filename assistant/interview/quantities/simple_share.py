"""The share of simple requests a small model could handle: "75% are password resets", "only 10% need the
big model, the rest is routine".
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import _negated

SIMPLE = (
    r"(?:where(?:'s| is)? my (?:order|package|parcel|delivery|refund|shipment)|wheres my order|greetings|small ?talk|"
    r"chit-?chat|hellos|thank[- ]?yous|simple|easy|trivial|routine|basic|faqs?|boilerplate|"
    r"dumb|stupid|mundane|menial|rote|mechanical|grunt|no[- ]brainers?|low[- ]hanging|"
    r"password resets?|small[- ]model|smaller model|cheap(?:er)? "
    r"model|lightweight|mini model|repetitive|straightforward|templated|canned|easy ones|low[- ]stakes|"
    r"classification|lookups?|status (?:checks|questions)|order status|tracking|yes/no|one[- ]liners?|"
    r"handled by (?:a |an )?(?:small|smaller|cheap|tiny|8b|7b)|(?:small|tiny|8b|7b) model could|(?:small|smaller|tiny|"
    r"cheap|cheaper|lightweight)\s+(?:[\w-]+\s+){0,2}?models?\s+(?:can |could |would )?(?:handles?|do|does|covers?|"
    r"manages?))"
)


# what the hard requests need, said right after "need(s)": "the big model", "a frontier model", "GPT-5" (masked)
BIG_MODEL = rx.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:big|bigger|biggest|large|larger|frontier|smart|smarter|expensive|strong|stronger|"
    r"strongest|best|top|premium|heavy|full|real)[- ](?:[\w-]+\s+)?(?:models?|llms?|ones?|tier|guns?)\b|M{3,}|"
    r"(?:real |actual |deep |serious |proper |heavy |complex )?(?:[\w-]+ )?(?:reasoning|thinking|intelligence|smarts|"
    r"brains)\b)"
)


# The hard requests named as a kind ("the hard cases", "complex questions"): their share leaves the simple rest.
HARD_KIND = rx.compile(
    r"(?:hard|complex|complicated|difficult|tricky|gnarly)\s+(?:cases|ones|questions|requests|queries|tickets|"
    r"prompts|conversations|chats|calls)\b"
)


# a percentage that measures something, not a share of the requests: accuracy, a score, a saving, a rate of growth
_MEASURES = (
    r"accura\w*|evals?|evaluation|scores?|scored|scoring|precision|recall|f1|benchmarks?|pass(?:es)? rate|success rate|"
    r"match rate|agreement|correct(?:ness)?|error rate|errors?|uptime|sla|cheaper|costs? less|savings?|saves?|"
    r"discount|faster|slower|growth|grow\w*|increase\w*|decrease\w*|churn|conversion|margin|hit rate|cache hit|"
    r"utili[sz]ation|confidence"
)
MEASURE_BEFORE = rx.compile(r"\b(?:" + _MEASURES + r")\b[^.;%]{0,30}$")
MEASURE_AFTER = rx.compile(
    r"\s*(?:%|percent)?\s*(?:accura\w*|on (?:our|the) evals?|correct|cheaper|faster|of the time)\b"
)


def _simple_share(c: Context) -> None:
    t = c.m
    sm = rx.search(
        r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\s*(?:of\s+(?:\w+\s+){0,3}?)?(?:(?:is|are|could be|can be|"
        r"would be|being|look like|are just|is just|are basically|are mostly)\s+)?(?:just\s+|basically\s+|"
        r"really\s+|pretty\s+|fairly\s+)?(?:\w+\s+){0,3}?['\"]?" + SIMPLE,
        t,
    ) or rx.search(SIMPLE + r"[^.;]{0,40}?(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)", t)
    complement = False
    if sm is None:
        # "only 10% need the big model, the rest is routine": the simple share is what is left
        hard = rx.search(
            r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\s*(?:(?:of\s+)?(?:the\s+)?\w+\s+)?(?:(?:are|is|really|actually|"
            r"genuinely|truly)\s+)*(?:need|needs|require|requires|hard|complex|complicated|difficult|tricky|gnarly)\b",
            t,
        ) or rx.search(
            r"\b(?:hard|complex|complicated|difficult|tricky|gnarly)\b[^.;%\d]{0,40}?(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|"
            r"percent)",
            t,
        )
        if (
            hard
            and (
                HARD_KIND.match(hard.group(0))  # "the hard cases are maybe 5% of volume": the rest is the simple part
                or rx.search(r"\b(?:the )?(?:rest|others|remainder|remaining)\b[^.;]{0,40}?" + SIMPLE, t)
                or BIG_MODEL.match(t, hard.end())  # "only one in ten needs the big model": the others do not
                # "only about a fifth of the requests are complex.": the hard part said, the clause ends there
                or (
                    rx.search(
                        r"\b(?:are|is)\s+(?:\w+\s+)?(?:hard|complex|complicated|difficult|tricky|gnarly)$",
                        hard.group(0),
                    )
                    and rx.match(r"\s*(?:$|[.,;!)]|and\b|but\b)", t[hard.end() :])
                )
            )
        ):
            sm, complement = hard, True
    if sm is None:  # "most of it, maybe 80 percent, is easy stuff"
        sm = rx.search(
            r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)(?:[^\w.;]+(?!input|output|prompt|of (?:the )?tokens|rest\b|"
            r"others?\b|remaining|not\b|hard|complex|need)[\w'-]+){0,10}?[^\w.;]+" + SIMPLE,
            t,
        )
    if sm is None:
        # "About 70% of calls are bin days and opening hours. Dead simple stuff.": what they are is said after
        sm = rx.search(
            r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)[^.;]{0,80}[.;]\s*(?:(?:it'?s|that'?s|they'?re|all|really|super|"
            r"dead|pretty|just)\s+)*(?:simple|easy|basic|trivial|routine|dumb)\b",
            t,
        )
    if sm is None:
        # "prob 60/40 easy vs hard"
        pair = rx.search(
            r"(?P<v>\d{1,2})\s*/\s*(?P<w>\d{1,2})\s*(?:easy|simple|routine|basic)\s*(?:vs\.?|versus|/|to|and)\s*"
            r"(?:hard|complex|difficult|tricky)\b",
            t,
        )
        if pair is not None and int(pair["v"]) + int(pair["w"]) == 100:
            sm = pair
    if sm is not None and rx.search(
        r"\bof (?:our |the |all )?(?:users|customers|people|members|mau|dau|accounts|clients)\b",
        t[sm.start() : sm.start() + 40],
    ):
        sm = None  # "80% of our users only ever use the parcel tracking": a share of people, not of requests
    if sm is None and "simple_share" in c.expecting:
        sm = rx.match(
            r"\W*(?:about|around|maybe|like|roughly)?\s*(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)?\W*"
            r"(?:(?:roughly|or so|ish|give or take|approx\w*|i (?:think|guess|reckon))\W*)?$",
            t,
        )
        if sm is None and rx.fullmatch(r"\W*(?:about |around |maybe |like |roughly )?half\W*", t):
            c.out.add("simple_share", 0.5, c.original.strip())
            return
    if sm is None:
        return
    if (
        rx.search(
            r"\b(?:hours?|\d\s*(?:am|pm)|evening|morning|afternoon|night|peak|between \d|lunch|dinner)\b[^.;,%]{0,25}$",
            t[max(0, sm.start("v") - 40) : sm.start("v")],
        )
        and rx.match(r"\s*(?:%|percent)\s*of\b", t[sm.end("v") :])
    ) or rx.match(r"\s*(?:%|percent)\s*of\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:day|daily|week)", t[sm.end("v") :]):
        return  # "the 7-8pm hour alone is about 12% of the whole day's messages": when the traffic comes
    if rx.match(r"\s*(?:input|output|prompt)", t[sm.end("v") + 1 : sm.end("v") + 12]):
        return
    if MEASURE_BEFORE.search(t[max(0, sm.start("v") - 40) : sm.start("v")]) or MEASURE_AFTER.match(t, sm.end()):
        return  # "happy with a small model, accuracy on our eval is 94%": how good it is, not a share of requests
    if rx.search(r"\d\s*%?\s*(?:-|–|to|or)\s*$", t[: sm.start("v")]) or rx.match(
        r"\s*%?\s*(?:-|–|to|or)\s*\d", t[sm.end("v") :]
    ):
        c.out.clarify.append("simple_share")  # "60-70% are easy": a range, asked rather than an end picked
        return
    v = float(sm["v"]) / 100
    if complement:
        v = 1 - v
    if 0 < v <= 1 and not _negated(c.t, sm.start()) and not c.off(sm.start()):
        c.out.add("simple_share", round(v, 4), c.quote(sm.start(), sm.end()))
