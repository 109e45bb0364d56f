"""Head counts said in words the role patterns do not know, read last and only where nothing else counted the role:
"two infra blokes", "four ML engineers and
two of DevOps", "our IT department is three people", "an on-call rota of three", "a data scientist who dabbles in
vLLM", "one guy who knows CUDA". People who are not the team (contractors, an agency, a fractional CTO) count for
nothing here. Data scientists are not counted as ML engineers (the labelled corpus keeps the two apart).
"""

from __future__ import annotations

from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.reading.answers import _count
from assistant.interview.reading.team_roles import COUNT, OUTSIDE, stance

ML_WORDS = r"(?:ml|machine[- ]learning|ai|data[- ]science|deep[- ]learning|nlp|llms?)"
OPS_WORDS = r"(?:devops|dev ops|sres?|ops|operations|infra\w*|platform|sysadmins?|it|cloud|systems?)"
BLOKES = r"(?:blokes?|chaps?|lads?|fellas?|fellows?|mates?|peeps|souls?|nerds?|geeks?|techies?|bods?|heads?|hands?)"
# A skill that makes someone the ML person: "knows CUDA", "dabbles in vLLM", "plays with PyTorch"
ML_SKILL = (
    r"(?:knows?|dabbles? (?:in|with)|plays? (?:with|around with)|tinkers? with|messes? (?:with|around with)|"
    r"is into|has (?:used|played with|run|tried)|did some|does some|knows? (?:a bit of|some))\s+"
    r"(?:a bit of\s+|some\s+)?"
    r"(?:cuda|vllm|pytorch|tensorflow|hugging ?face|transformers|llms?|ml|machine learning|deep learning|"
    r"fine[- ]?tuning|model serving|triton|tgi|ollama)\b"
)


DESK_WORK = rx.compile(
    r"[^.;!?]{0,30}?\b(?:windows|networking|network|helpdesk|help desk|desktops?|laptops?|printers?|phones|"
    r"support tickets|office|email|active directory|sharepoint|erp|sap)\b"
)
# The role phrase ends the item: "two of DevOps, ...", "one from ML and ..." (not "one of the ML team budget")
END = r"(?:\s+(?:team|side|department|dept|group))?(?=\s*(?:[,.;)!+&]|$|and\b|plus\b|but\b|too\b|as well\b))"


# One person named by position who does the work: "our CTO does devops", "infra is handled by our CTO", "devops: the
# CTO, part time" ("our ops guy is great" alone does not say he is the only one)
POSITION = r"(?:cto|ceo|founder|co-?founder|tech lead|lead dev\w*|vp (?:of )?eng\w*|head of eng\w*|it manager)"
OPS_WORK = r"(?:devops|dev ops|ops|operations|infra(?:structure)?|servers?|sre|sysadmin\w*|hosting|deployments?)"
GONE = rx.compile(
    r"[^.;!?]{0,25}?\b(?:left|quit|resigned|retired|is leaving|was let go|got laid off|was laid off|moved on|used to)\b"
)
# The one said to have gone is the one just named: "... but he quit", ", she left last year" (not "is leaving")
PAST_LEAVER = rx.compile(
    r"\b(?:he|she|they|who|that person|the guy)\s+(?:has\s+|had\s+|just\s+|recently\s+|since\s+|already\s+)*"
    r"(?:left|quit|resigned|retired|was let go|got laid off|was laid off|moved on)\b"
)
ONE_PERSON: list[tuple[str, str]] = [
    (
        r"\b(?:i'?m|i am) (?:alone|solo|by myself|on my own|the only one) (?:on|doing|for|in|with) (?:the\s+)?"
        + OPS_WORK
        + r"\b",
        "devops",
    ),
    (
        r"\b(?:our|the|my) " + POSITION + r"\s+(?:also\s+|basically\s+|mostly\s+)?(?:does|handles|runs|covers|"
        r"takes care of|looks after|manages|is doing|is handling)\s+(?:the\s+|our\s+|all (?:the |our )?)?"
        + OPS_WORK
        + r"\b",
        "devops",
    ),
    (
        r"\b"
        + OPS_WORK
        + r"\s+(?:is|are)\s+(?:handled|done|run|covered|managed|looked after)\s+by\s+(?:our|the|my)\s+"
        + POSITION
        + r"\b",
        "devops",
    ),
    (r"\b" + OPS_WORK + r"\s*[:=-]\s*(?:just\s+|only\s+)?(?:our|the|my)\s+" + POSITION + r"\b", "devops"),
    # the speaker the one person who does ML ("I'm the only one who's done any ML", "just me doing the ML stuff",
    # "only I have ML experience")
    (
        r"\b(?:(?:i'?m|i am) (?:alone|the only one|the only person)(?: here| on the team)? (?:who(?:'s| has| have| is| "
        r"does| knows| did)?|that(?:'s| has| does| knows)?) (?:\w+ ){0,2}?|(?:it'?s )?(?:just|only) me (?:doing|on|for|"
        r"with|who does) (?:the\s+|any\s+)?|only i (?:have|know|do|did) (?:any\s+)?|"
        # "I've fine-tuned ESM models, so I suppose I count as ML"
        r"\bi (?:(?:suppose|guess|think|reckon) i )?(?:count|qualify) as (?:an? |the )?)(?:ml|machine learning|ai/ml|"
        r"data science)\b",
        "ml_engineers",
    ),
]


def _said(t: str, cut: list[scope.Chunk], pos: int, n: int) -> bool:
    from assistant.interview.quantities.guards import _negated

    pol = stance(t, cut, pos)
    return pol == "yes" and not (n > 0 and _negated(t, pos))


# data scientists said not to run models in production ("they do notebooks, not deploy", "nobody's ever deployed
# anything", "analysis in Jupyter, not production")
NOT_DEPLOYING = rx.compile(
    r"[^.;!?]*?(?:\b(?:not|never|don'?t|do not|doesn'?t|haven'?t|have not|hasn'?t|nobody'?s?|no one'?s?|none of "
    r"them)\b[^.;!?]{0,30}?\b(?:deploy\w*|serv(?:e|es|ing)|ship\w*|production|prod|ops)\b|\b(?:notebooks?|jupyter)\b)"
)


def _unusual(t: str, result: dict[str, Any], cut: list[scope.Chunk]) -> None:
    """Counts of roles not yet counted, said in unusual words."""
    found: dict[str, int] = {}
    patterns: list[tuple[str, str]] = [
        # "Team: 2 data scientists and 1 devops": data scientists listed as the team are its ML people
        (
            r"\b(?:team|[ée]quipe|equipo|staff|headcount)\s*(?::|=|-|is|are|has|consists of)\s*"
            r"(?:(?:just|only|about|we have|we are)\s+)?"
            + COUNT
            + r"\s+(?:(?:senior|junior|full[- ]time|in[- ]house)\s+)?data[- ]scientists?\b",
            "ml_engineers",
        ),
        # "two infra blokes", "one ML bloke", "3 ops chaps"
        (COUNT + r"\s+" + ML_WORDS + r"\s+" + BLOKES + r"\b", "ml_engineers"),
        (COUNT + r"\s+" + OPS_WORDS + r"\s+" + BLOKES + r"\b", "devops"),
        # "two of DevOps", "one in ops", "three from infra"
        (
            COUNT
            + r"\s+(?:of|in|from)\s+(?:the\s+)?(?:devops|dev ops|sres?|ops|operations|infra(?:structure)?)\b"
            + END,
            "devops",
        ),
        (COUNT + r"\s+(?:of|from)\s+(?:the\s+)?(?:ml|machine learning|ai|data science)\b" + END, "ml_engineers"),
        # "our IT department is three people", "the infra team is 2 guys", "IT is three people"
        (
            r"\b" + OPS_WORDS + r"\s*(?:department|dept|team|group|crew|squad|folks|people|side)?\s+(?:is|are|=|has|"
            r"consists of)\s+(?:just\s+|only\s+|about\s+|around\s+)?" + COUNT + r"\s+(?:people|persons?|guys|folks|"
            r"ppl|heads|staff|engineers?|admins?|" + BLOKES + r")\b",
            "devops",
        ),
        # "an on-call rota of three", "our SRE rotation of 4", "on-call is 3 people"
        (
            r"\b(?:on[- ]?call|sre|ops|pager(?:duty)?)\s+(?:rota|rotation|roster|schedule)\s+(?:of|with|is)\s+"
            + COUNT
            + r"\b(?!\s*(?:days?|weeks?|hours?|months?|%))",
            "devops",
        ),
        (r"\b(?:on[- ]?call|sre|ops)\s+(?:rota|rotation|roster)\s*\(\s*(?P<n>\d+)\s*\)", "devops"),
        # "a data scientist who dabbles in vLLM", "one guy who knows CUDA"
        (
            COUNT + r"\s+(?:\w+\s+){0,2}?(?:guy|gal|person|dev|developer|engineer|data scientist|scientist|dude|bloke|"
            r"lady|woman|man|intern|backend dev|analyst|bloke|fella|chap)\s+(?:(?:who|that)\s+)?(?:also\s+|kind of\s+|"
            r"kinda\s+|sort of\s+|actually\s+|really\s+)?" + ML_SKILL,
            "ml_engineers",
        ),
        # "we're three founders, one's an ML PhD", "Two are ML, one is devops": members of a group said by role
        (
            r"(?:^|[,.;:]\s*|\band\s+)"
            + COUNT
            + r"(?:'s|\s+is|\s+are)\s+(?:an?\s+)?(?:(?P<ml>"
            + ML_WORDS
            + r")|"
            + OPS_WORDS
            + r")(?:\s+(?:engineers?|people|person|folks|guys?|phds?|researchers?|specialists?|experts?|nerds?))?"
            r"(?=\s*(?:[,.;)!]|$|and\b|but\b))",
            "roles",
        ),
        # "for infrastructure we are 2", "for ML, we're three"
        (
            r"\bfor (?:the\s+)?(?:(?P<ml>" + ML_WORDS + r")|" + OPS_WORDS + r")(?:\s+(?:side|part|work))?\s*,?\s*"
            r"(?:we are|we'?re|there are|there is|we have|we are having|we'?ve got|we got)\s+(?:just\s+|only\s+)?"
            + COUNT
            + r"(?:\s+(?:persons?|people|ppl|guys?|folks|engineers?))?"
            + END,
            "roles",
        ),
        # "1 person for servers", "two guys on ops", "3 people in charge of ML": people given a role by "for"/"on"
        (
            COUNT
            + r"\s+(?:people|persons?|guys?|gals?|folks|ppl|engineers?|devs?)\s+(?:for|on|doing|handling|in charge of|"
            r"responsible for)\s+(?:the\s+|our\s+)?(?:(?P<ml>"
            + ML_WORDS
            + r")|devops|dev ops|sres?|ops|operations|infra\w*|sysadmin\w*|servers?|hosting|deployments?)\b"
            + END,
            "roles",
        ),
        # "the ML team is just two of us", "our ops team is the three of us"
        (
            r"\b(?:(?P<ml>" + ML_WORDS + r")|" + OPS_WORDS + r")\s+(?:team|group|crew|side|squad)\s+(?:is|=|are)\s+"
            r"(?:just\s+|only\s+|basically\s+)?(?:the\s+)?" + COUNT + r"\s+of\s+us\b",
            "roles",
        ),
        # "two of our engineers have ML experience", "3 of the devs know ML", "one of our devs does the ops"
        (
            COUNT
            + r"\s+of\s+(?:our|the|my)\s+(?:\w+\s+)?(?:engineers?|devs?|developers?|people|staff|team(?: members)?)\s+"
            r"(?:have|has|had|know|knows|do|does|are|is|handle|handles|cover|covers)\s+(?:some\s+|real\s+|solid\s+|"
            r"the\s+|any\s+)?(?:(?P<ml>" + ML_WORDS + r")|devops|dev ops|sres?|ops|operations|infra\w*)\b"
            r"(?:\s+(?:experience|background|skills?|work|side|stuff|knowledge))?" + END,
            "roles",
        ),
        # "5 developers, of which 2 are specialists in machine learning", "of whom one does ops"
        (
            r"\bof (?:which|whom|them|those)\s+"
            + COUNT
            + r"\s+(?:are|is|do|does|work)\s+(?:\w+\s+){0,3}?(?:(?:in|of|for|on|with)\s+)?(?:(?P<ml>"
            + ML_WORDS
            + r")|devops|dev ops|sres?|ops|operations|infra\w*|sysadmin\w*)\b(?:\s+(?:engineers?|people|specialists?|"
            r"experts?|folks|guys))?" + END,
            "roles",
        ),
        # "infrastructure team consist of 4 engineers" (the verb in any number)
        (
            r"\b(?:(?P<ml>"
            + ML_WORDS
            + r")|"
            + OPS_WORDS
            + r")\s+(?:team|group|department|crew)\s+(?:consist|comprise)s?"
            r"\s+(?:of\s+)?" + COUNT + r"\s+(?:people|persons?|engineers?|ppl|members?|guys|folks)\b",
            "roles",
        ),
        # "DevOps work is split between two of our backend engineers"
        (
            r"\b(?:(?P<ml>"
            + ML_WORDS
            + r")|"
            + OPS_WORDS
            + r")(?:\s+(?:work|duties|stuff|tasks))?\s+(?:is|are|gets?)\s+"
            r"(?:split|shared|divided)\s+(?:between|among|across)\s+" + COUNT + r"\b",
            "roles",
        ),
        # "one guy does all our AWS stuff", "two people run our Azure"
        (
            COUNT
            + r"\s+(?:\w+\s+)?(?:guys?|gals?|persons?|people|engineers?|devs?|folks|ppl|of us|of them)\s+(?:who\s+)?"
            r"(?:does|do|handles?|runs?|manages?|looks? after|takes? care of|owns?)\s+(?:all\s+(?:of\s+)?)?"
            r"(?:our|the)\s+"
            r"(?:aws|azure|gcp|google cloud|cloud)(?:\s+(?:stuff|side|setup|infra\w*|accounts?|work))?\b",
            "devops",
        ),
        # "Only one person on the team knows anything about ML"
        (
            COUNT + r"\s+(?:person|people|guys?|engineers?|devs?)\s+(?:on|in)\s+(?:the|our|my)\s+team\s+(?:who\s+)?"
            r"(?:knows?|understands?|has done|have done|does|do)\s+(?:anything|something|a bit|a lot|much|stuff)?\s*"
            r"(?:about\s+)?(?:ml|machine learning|ai)\b",
            "ml_engineers",
        ),
        # "ML engineers? Just the one.", "devops? just the two of them"
        (
            r"\b(?:(?P<ml>" + ML_WORDS + r")|" + OPS_WORDS + r")(?:\s+(?:engineers?|people|folks|guys))?\s*[?:-]+\s*"
            r"(?:just|only)\s+the\s+(?P<n>one|two|three)\b",
            "roles",
        ),
    ]
    for pattern, key in ONE_PERSON:
        if key in result or key in found:
            continue
        for m in rx.finditer(pattern, t):
            if GONE.match(t, m.end()):
                continue  # "our ops guy left last month": not today's team
            if not OUTSIDE.search(t[max(0, m.start() - 40) : m.end() + 30]) and _said(t, cut, m.start(), 1):
                found[key] = 1
                break
    for pattern, role in patterns:
        for m in rx.finditer(pattern, t):
            key = role if role != "roles" else "ml_engineers" if m["ml"] else "devops"
            if key in result or key in found:
                continue
            n = _count(m["n"])
            if n is None or (m["n"] in ("a", "an") and key == "devops" and "rota" in m.group(0)):
                continue
            gone = GONE.match(t, m.end())
            if gone is not None:
                # "one guy does all our AWS stuff but he quit": who left is not on the team (a lone leaver leaves none)
                if n == 1 and PAST_LEAVER.search(gone.group(0)) and stance(t, cut, m.start()) in ("yes", "no"):
                    found[key] = 0
                continue
            if key == "ml_engineers" and "scien" in m.group(0) and NOT_DEPLOYING.match(t, m.end(), m.end() + 90):
                continue  # "6 data scientists (they do notebooks, not deploy)": how many could run models is asked
            if key == "devops" and DESK_WORK.match(t, m.end()):
                continue  # "IT is 3 fellas doing Windows and networking": desk-side IT, not operations
            if OUTSIDE.search(t[max(0, m.start() - 40) : m.end() + 30]):
                continue  # "two contractors do our devops", "an agency with 3 data scientists"
            if _said(t, cut, m.start("n") if "just the" in m.group(0) else m.start(), n):
                found[key] = n
    for key, n in found.items():
        result.setdefault(key, n)
