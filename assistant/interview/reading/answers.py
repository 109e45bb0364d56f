"""Short answers to the question just asked: "yes", "no", "the second one", a number word ("a couple", "none");
``_bare_answers`` fills the field asked about from them once the rules and the classifier have spoken.
"""

from __future__ import annotations

import re
from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.quantities.words import UNITS

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
YES = rx.compile(
    r"\W*(?:yes|yeah|yep|yup|ya|yea|y|sure|correct|right|affirmative|indeed|we do|it does|they do|absolutely|"
    r"definitely|of course|certainly|true|ok|okay|fine|totally fine|that'?s fine|acceptable|allowed)\b[\s\W]*(?:we do|"
    r"it does)?\W*"
)
NO = rx.compile(
    r"\W*(?:(?:no|nope|nah|zero|zilch|nada)[\s,.!]+)*(?:no|nope|nah|none|nothing|zilch|nada|n/?a|not really|no way|"
    r"neither|nobody|no one|zero|nada|negative|false|"
    r"not at all|none at all|none whatsoever|none of (?:those|these|them|the above)|nothing like that|"
    r"not that i know of|none that i know of|we don'?t|it doesn'?t|nothing special|not applicable)\b"
    r"(?:[\s,]+(?:really|tbh|honestly|i think|i guess|afaik|lol|thanks?|whatsoever))*[\s\W]*"
)
ORDINAL = rx.compile(r"\W*(?:the )?(?P<o>first|1st|second|2nd|third|3rd|last)(?: one| option)?\W*")
OPTIONS: dict[str, list[Any]] = {
    "traffic_shape": ["steady", "business_hours", "bursty"],
    "quality": ["frontier", "open_weight_ok"],
    "input_share": [0.8, 0.3, 0.5],
}


def _count(word: str) -> int | None:
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    return WORD_NUMBERS.get(word)


def _ordinal(t: str, field: str) -> Any:
    match = ORDINAL.fullmatch(t)
    if match is None or field not in OPTIONS:
        return None
    options = OPTIONS[field]
    index = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": len(options) - 1}[match["o"]]
    return options[index] if index < len(options) else None


# "none really, it's an internal tool", "n/a", "nothing that would restrict us": an answer that opens with nothing.
NONE_LEAD = rx.compile(
    r"\W*(?:none|nothing|n/a|nada|zilch|zero|not a thing)(?:\s+(?:really|at all|whatsoever|to speak of|i know of|"
    r"that (?:i know|we know)(?: of)?))?(?=\s*(?:[,.!;:-]|$)|\s+(?:that|which|we|it|our|apart|beyond|besides)\b)"
)

# A hedged "nothing" opening the answer to the regime question ("I think there is nothing, we are a small shop",
# "I'd say none", "I don't believe so?", "not that I know of", "nothing comes to mind").
NONE_ANSWER = rx.compile(
    r"\W*(?:(?:hmm+|um+|uh+|well|honestly|so|ok|okay|tbh)\W+)*(?:(?:i'?d say|i would say|i think|i believe|i guess|"
    r"i suppose|probably|pretty sure|as far as i know|afaik|to my knowledge|i'?m fairly sure|i'?m pretty sure)\W+)?"
    r"(?:none|nothing|there (?:is|are) (?:nothing|none|no\b)|there'?s (?:nothing|none|no\b)|there (?:isn'?t|aren'?t) "
    r"any|i don'?t (?:believe|think) so|i doubt (?:it|that)|not that i(?:'m| am)? (?:aware|know)(?: of)?|nothing "
    r"(?:comes to mind|i know of|that i know)|none (?:that )?i'?m aware of|(?:we )?(?:don'?t|do not) have to comply "
    r"with anything)\b"
)


# "nah, just the vanilla thing", "yes, on our tickets": a yes or no that opens the answer answers the question
LEAD = rx.compile(
    # a laugh before the answer ("lol no", "haha nope")
    r"\W*(?:(?:lol|lmao|haha\w*|ha|heh|pfft|ugh|oh|honestly|tbh)\W+)*"
    r"(?:(?:probably|likely|i think|i guess|i'?d say|most likely|almost certainly)\W+)?(?P<a>yes|yeah|yep|yup|"
    r"sure|"
    r"definitely|absolutely|no|nope|nah|not really|i don'?t think so|(?<=probably )not|(?<=likely )not|"
    r"not (?:now|rn|right now|for now|yet|in this phase|at this "
    r"stage|initially|at first|for (?:v1|the first version|the mvp|launch|this)))\b(?=\s*[,.!;:-]|\s+(?:just|"
    r"only|we|"
    r"it|our|they|that|thanks|not|never|plain|the|nothing|maybe|probably|perhaps)|\s*$)"
)
# a negation of the rest's own ("no we dont have any ML people", "no, we're not under any regulation")
OWN_NEGATION = rx.compile(r"\b(?:no|not|never|none|nobody|no one|nothing|zero|without)\b|n'?t\b")
# the words of the regime question and of the team question
COMPLIANCE_WORDS = rx.compile(
    r"\b(?:regulat\w*|complian\w*|regimes?|gdpr|hipaa|soc ?2|pci\w*|iso ?27001|fedramp|certif\w*|legal|laws?|"
    r"audit\w*|sensitive|personal data|pii|phi|health|medical|financial)\b"
)
TEAM_WORDS = rx.compile(
    r"\b(?:team|staff|people|peoples|persons?|folks|guys|engineers?|devs?|developers?|devops|sres?|ops|ml|mlops|"
    r"infra\w*|gpus?|k8s|kubernetes|hire\w*|myself|me|nobody|no one|anyone)\b"
)


def lead_no_elsewhere(t: str, said_elsewhere: bool, own_topic: re.Pattern[str]) -> bool:
    """A "no" opening a message whose rest speaks of another topic with a negation of its own ("no we dont have any
    ML peoples. only 2 developer php" to the team and regime questions together): the "no" belongs to that topic,
    not to ``own_topic``'s question. ``said_elsewhere``: the rest gave a fact of another topic."""
    lead = LEAD.match(t)
    if lead is None or not said_elsewhere or not lead["a"].startswith("n"):
        return False
    rest = t[lead.end() :]
    first = rx.split(r"[.,;!?]|\band\b", rest.strip(" ,.;:!-"), maxsplit=1)[0]
    if not rx.search(r"\w", first) or NO.fullmatch(first) or NONE_ANSWER.match(first):
        return False  # "no, nothing like that, and no ML engineers either": the "no" said again, then the rest
    return OWN_NEGATION.search(rest) is not None and not own_topic.search(rest)


def _bare_answers(t: str, expecting: list[str], out: dict[str, Any], clarify: list[str]) -> None:
    """A bare "yes", "no" or "the second one" answers the question just asked (after the classifier: it is sure)."""
    bare_yes = YES.fullmatch(t) is not None
    bare_no = NO.fullmatch(t) is not None and not bare_yes
    lead = LEAD.match(t)
    if lead is not None and not rx.search(r"\b(?:yes and no|but|although|though|no idea|not sure|unsure)\b", t):
        negated = rx.match(r"\s*(?:not|never)\b", t[lead.end() :]) is not None  # "definitely not"
        if negated or not lead["a"].startswith(("y", "s", "d", "a")):
            bare_no = True
        else:
            bare_yes = True
    not_now = (
        rx.search(
            r"\bnot (?:now|rn|right now|for now|yet|in this phase|at this stage|for v1|for the mvp|for (?:the )?launch|"
            r"at launch|initially|for the (?:first version|pilot|poc))\b",
            t,
        )
        is not None
    )
    for field in expecting:
        if field in out or field in clarify:
            continue
        if field == "fine_tuning" and not_now and not bare_yes and not scope.UNSURE.search(t):
            out[field] = False  # "maybe later, not now": no tuning in what is being sized
            continue
        if (
            field == "compliance"
            and (lead is not None or NONE_LEAD.match(t) or NONE_ANSWER.match(t))
            and (bare_no or NONE_LEAD.match(t) or NONE_ANSWER.match(t))
            and not bare_yes
            and "data_boundary" not in out
            and not rx.search(r"\b(?:data|api|apis|vendors?|cloud|servers?|tenant|vpc|prem\w*|leave|stay|stays)\b", t)
            and not lead_no_elsewhere(t, any(k != field for k in out), COMPLIANCE_WORDS)
        ):
            out[field] = ["none"]  # "not really, it's public web content" to the regime question
            continue
        picked = _ordinal(t, field)
        if picked is not None and field != "input_share":
            out[field] = picked
        elif field in ("batch_ok", "fine_tuning") and (bare_yes or bare_no):
            out[field] = bare_yes
        elif field == "data_boundary" and rx.fullmatch(
            r"\W*(?:(?:honestly|really|basically|pretty much|literally)\s+)?(?:anywhere|wherever|anything goes|"
            r"any(?: vendor|"
            r" provider| api)?|no (?:restrictions?|limits?|constraints?|rules?)|(?:we )?don'?t care|doesn'?t matter|"
            r"whatever(?:'s| is)? (?:cheapest|cheaper|best))\W*",
            t,
        ):
            out[field] = "any_vendor"  # "anywhere", "no restrictions" in answer to where the data may go
        elif field in ("quality", "traffic_shape", "data_boundary", "latency_kind") and bare_yes:
            clarify.append(field)
