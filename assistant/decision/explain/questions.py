"""Which question about the advice a message asks (``classify``), or an off-topic request.

``classify`` recognises a question about the advice in many phrasings: "why?", "how did you get
the self-host figure?", "what do you know about us?", "compare with Claude Sonnet 4.5", "what about
H100s?", and off-topic requests (a polite scope note). Cue phrases are scored per kind rather than
matched by one pattern each; model and GPU names are resolved against the catalog (``names``).
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.decision.explain.names import Resolver
from assistant.interview.policy import AdviceQuestion, ExplainKind
from assistant.interview.reading.intents import trial_told
from assistant.interview.reading.region import asked_region

# "why this number?", "why is the figure so high", "why $3,000?": the arithmetic of the recommended figure
WHY_FIGURE = (
    r"\bwhy (?:(?:is|was) )?(?:this|that|the|your|such an?)\s+(?:\w+\s+)?(?:number|figure|price|cost|amount|total|"
    r"estimate|bill)s?\b|\bwhy \$?\d"
)
# "why not M?", "why not just use M", "why isn't M the pick", "why M isn't recommended", "what about M instead"
WHY_NOT = rx.compile(
    r"\bwhy (?:not|wouldn't|shouldn't|can't|couldn't|don't|didn't|isn't|aren't|no)\b|\bwhy (?:did you )?(?:rule|set) "
    r"(?:out|aside)\b|\brather than\b|\binstead of\b"
)
# "total cost over a three-year term?", "what would we pay over 36 months", "5-year TCO"
_TERM_NUMBER = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six)"
TERM = rx.compile(
    rf"\b{_TERM_NUMBER}[- ](year|month)s?\b(?:[- ](?:term|contract|period|horizon|deal|commitment|tco))?|"
    rf"\b(?:year|month)s?\s*[:=]?\s*{_TERM_NUMBER}\b"
)
TERM_COST = rx.compile(r"\b(?:total|cost|costs|spend|pay|price|tco|budget|bill|over|across|for|contract|commit\w*)\b")
TERM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty-six": 36,
}  # fmt: skip
# "do you actually price self-hosting or just push APIs?", "can you cost self-hosting too?"
CAPABILITY = rx.compile(
    # (not the advice asked for: "what would you recommend - switch models, self-host, or a mix?")
    r"\b(?:do|can|will|would|could)\s+(?:you|u)\b(?!\s+(?:recommend|suggest|propose|advise|pick|choose|go with))"
    r".{0,25}\b(?:price|cost|consider|include|cover|compare|"
    r"model|look at|account for|factor)\w*\b.{0,40}\b(?:self[- ]?host\w*|own (?:gpus|hardware|servers)|on[- ]prem\w*)"
)
# "is there a model good enough without sending data to the US?", "can the data stay in the EU?"
REGION = rx.compile(
    r"\bwithout (?:sending|send|moving|transferring|shipping|letting)\b.{0,40}\b(?:to|outside|out of|leave|leaving)\s+"
    r"(?:the\s+)?(?:us|usa|u\.s\.?|united states|america|eu|europe|country|region)\b|"
    r"\b(?:stay|stays|kept|keep|keeping|remain|remains)\b.{0,30}\b(?:in|inside|within)\s+(?:the\s+)?"
    r"(?:eu|europe|european union|uk|our country|our region|country|region)\b.{0,40}\?|"
    r"\b(?:non-us|non-american|european|eu-based|eu-hosted|eu hosted)\s+(?:model|provider|vendor|option|api|llm)s?\b"
)
WHOLE = 2.5  # the weight of "full / whole / complete <report | analysis | ...>": the whole analysis asked for
# Cue phrases per kind, with weights. A message is the kind with the highest score, if at least 1.
# A way of serving ("self-hosting", "running it ourselves", "an API", "batching") and whether it is cheaper, with no
# condition after it ("... if we had two ML engineers?" is a what-if)
_WAY = (
    r"(?:self[- ]?host\w*|running (?:it |this |that )?(?:ourselves|in[- ]house|on[- ]prem\w*)|"
    r"hosting (?:it |this )?(?:ourselves|in[- ]house)|(?:an|the) apis?|our own gpus|batch(?:ing)?|hybrid|routing)"
)
_CHEAPER = r"(?:cheaper|less expensive|more expensive|save (?:us )?money|saves? money|worth it)\b"
_NO_CONDITION = r"(?!.{0,15}\b(?:if|when|with)\b)"
CHEAPER_WAY = (
    r"\b(?:is|would|will|does|could|isn'?t|wouldn'?t)\s+(?:it\s+)?(?:be\s+)?(?:really\s+|actually\s+)?"
    r"(?:cheaper|less expensive|more expensive|worth it)\s+to\s+(?:self[- ]?host|run|host|use|go)\b|"
    rf"\b{_WAY}\s+(?:would\s+|will\s+)?(?:be\s+)?(?:really\s+|actually\s+)?{_CHEAPER}{_NO_CONDITION}|"
    rf"\b(?:tell me|let me know|want to know|wondering|curious|check)\b.{{0,10}}\b(?:if|whether)\b.{{0,60}}\b"
    rf"{_CHEAPER}{_NO_CONDITION}"
)

CUES: dict[str, list[tuple[str, float]]] = {
    "why": [
        (r"^\s*(?:but\s+|and\s+|so\s+|ok(?:ay)?,?\s+)?why\b", 1.5),
        (r"\bwhy\b", 1.0),
        (r"\bhow come\b", 1.5),
        (r"\breason(?:s|ing)?\b|\brationale\b|\bjustif(?:y|ication)\b", 1.0),
        (r"\bwhat (?:made|makes|led) you\b|\bwhat drove\b|\bwhat (?:is|was) (?:this|that|it) based on\b", 1.5),
        (r"\bbased on what\b|\bon what basis\b", 1.5),
        (r"\bexplain\b.{0,30}\b(?:recommendation|choice|answer|advice|decision|pick|that|this|it)\b", 1.5),
        (r"\bwhy not\b|\brather than\b.{0,40}\?|\bnot (?:self[- ]?host|an api|the api)\w*\s*\?", 0.5),
        (r"\b(?:you|u) (?:chose|picked|recommend(?:ed)?|suggest(?:ed)?)\b", 0.5),
        # the verdict asked for again ("so? api or not", "bottom line?", "tl;dr: self-host or not?"): the pick and
        # what decided it
        (
            r"\b(?:api|self[- ]?host\w*)\s+or\s+(?:not|an api|the api|api|self[- ]?host\w*|in[- ]house)\b|"
            r"\bbottom line\b|\bverdict\b|\btl;?dr\b|^\W*so\W*\?\W*$|^\W*(?:and|so|well)\W+(?:then|now)?\W*\?\W*$|"
            r"\bwhat(?:'s| is| do you) (?:your |the )?(?:final )?(?:recommend\w*|call|answer|pick)\b",
            1.5,
        ),
        # "what is cheapest option?", "which one is the cheapest?", "is this really the cheapest?": the pick is the
        # cheapest that meets every constraint; the answer says so and why each cheaper one was set aside
        (
            r"\b(?:what|which|whats|what's)\b.{0,20}\b(?:cheapest|lowest[- ]cost|least expensive)\b"
            r"(?!.{0,30}\b(?:gpu|model|api|provider|host|vendor|cloud|region)s?\b)|"
            r"\b(?:is|isn't|isnt)\s+(?:this|that|it)\s+(?:really\s+|actually\s+|truly\s+)?(?:the\s+)?cheapest\b",
            1.0,
        ),
        # "is self-hosting cheaper?", "just tell me if running it ourselves would save money": which way is cheaper
        # is the pick and why each other way was set aside ("would it be cheaper if we had ...?" is a what-if)
        (
            CHEAPER_WAY,
            1.0,
        ),
        # "do we need to self host or can we just do API?", "should we self-host or use an API?": which way, the pick
        (
            r"\b(?:do|should|would|must|can)\s+we\s+(?:really\s+)?(?:need\s+to\s+|have\s+to\s+)?(?:self[- ]?host|"
            r"host\s+(?:it|this|a model)\s+ourselves|run\s+(?:it|our own))\b.{0,40}\bor\b.{0,30}\b(?:api|apis|provider|"
            r"vendor)\b|"
            r"\b(?:api|apis)\b.{0,20}\bor\b.{0,20}\bself[- ]?host\w*\b.{0,20}\?|"
            # "would u even bother self hosting?", "is self-hosting even worth it for us?"
            r"\b(?:would|should|do|will)\s+(?:you|u|we|i)\s+(?:even\s+|really\s+|actually\s+)?(?:bother|go|try)\s+"
            r"(?:with\s+)?self[- ]?host\w*|"
            # "so what should we do?", "is self-hosting something we should even think about?", "recommended option"
            r"\bwhat (?:should|would) (?:we|i|you) (?:do|pick|choose|go with)\s*(?:here|then)?\s*[?.](?![^?]*\?)|"
            r"\b(?:provide|give|tell|state|send|list|what'?s|what is|which is)\b[^.?]{0,40}\brecommended option\b|"
            r"\bis self[- ]?host\w* (?:(?:even|really|actually) )?(?:something|worth|an option)\b|"
            r"\bshould (?:we|i) (?:even |really |actually )?(?:think about|consider|look at|bother with) self[- ]?host",
            1.5,
        ),
    ],
    "how": [
        (
            r"\bhow (?:(?:did|do|does|would|can|could) )?(?:you|u|it|that|this)\b.{0,30}\b"
            r"(?:comput|calculat|get|got|arriv|work|come up|derive|figure|reach|estimat|price|cost)",
            2.0,
        ),
        (
            r"\bhow (?:is|was|are|were)\b.{0,40}\b(?:computed|calculated|derived|estimated|priced|worked out|figured)",
            2.0,
        ),
        (
            r"\b(?:show|give|walk)\b.{0,20}\b"
            r"(?:math|maths|arithmetic|calculation|working|workings|breakdown|formula|numbers behind|through)",
            2.0,
        ),
        (r"\bwhere (?:does|do|did)\b.{0,40}\bcome from\b", 1.5),
        (r"\bbreak\b.{0,25}\bdown\b|\bbreakdown\b|\bitemi[sz]", 1.5),
        (
            r"\bwhat(?:'s| is| are)? (?:in|behind|inside)\b.{0,20}\b(?:number|figure|cost|estimate|price|total|bill)",
            1.5,
        ),
        (r"\bformula\b|\barithmetic\b|\bthe math\b|\bmaths\b|\bcalculation\b", 1.0),
        (r"\b(?:show|give|explain|walk)\b.{0,30}\bbreak[- ]?evens?\b", 2.0),  # "and show the breakeven"
        # "what would it cost per month?", "how much would that be?", "what's the monthly cost?": the pick's cost,
        # with its arithmetic (a model named makes it a comparison instead)
        (
            r"\b(?:what|how much)\b.{0,12}\b(?:would|will|does|do|is|'s|)\s*(?:it|this|that|the (?:recommendation|pick|"
            r"option|answer|plan))\s+(?:\w+\s+)?(?:cost|be)\b(?!.{0,25}\b(?:if|when|with|at)\b)|"
            r"\b(?:what'?s|whats|what is)\s+(?:the\s+)?(?:monthly|yearly|annual|total)\s+(?:cost|bill|price)\b",
            1.0,
        ),
        (r"\bhow (?:much|many)\b.{0,30}\b(?:gpus?|hours?)\b.{0,30}\b(?:assum|use|count)", 1.0),
        # "what did you assume per GPU hour?", "what GPU hourly rate did you use?": the self-host arithmetic, its rate
        # (asked: "we pay $2 per GPU hour" states a price)
        (
            r"(?s)^(?=.*\?|\s*(?:what|how|which|why|tell|show)\b).*?(?:\b(?:per|an?|/)\s*gpu[- ]?h(?:ou)?r\b|"
            r"\bgpu[- ]hourly\b|\bhourly (?:rate|price|cost) (?:of|for|per) (?:the |a |each )?gpus?\b)",
            2.5,
        ),
        (WHY_FIGURE, 2.5),
    ],
    "profile": [
        (r"\bwhat (?:do|did) (?:you|u) (?:know|have|understand|remember)\b.{0,20}\b(?:about )?(?:us|me|our|my)\b", 2.0),
        (r"\b(?:my|our) (?:profile|details|situation|inputs|workload profile|facts)\b", 1.5),
        (r"\bwhat (?:have|did) (?:i|we) (?:told|tell|said|say|given|give)\b", 2.0),
        (r"\bwhat (?:are|were|did) (?:you|u) (?:assum|assume)\w*|\bwhat assumptions\b|\byour assumptions\b", 2.0),
        (r"\b(?:recap|summari[sz]e|summary)\b.{0,30}\b(?:us|me|our|my|so far|what (?:i|we))", 1.5),
        (r"\bwhat (?:info(?:rmation)?|facts|data) (?:do|did) (?:you|u) have\b", 2.0),
        (r"\bwhat do you know\b", 1.0),
        (r"\beverything (?:you|u) (?:know|have|remember|understood)\b", 2.5),
    ],
    "compare": [
        (r"\bcompare\b|\bcomparison\b|\bside by side\b", 1.5),
        (r"\bvs\.?\b|\bversus\b|\bagainst\b", 1.0),
        (r"\bwhat about\b|\bhow about\b|\bwhat if (?:we|i) (?:used?|went with|switch(?:ed)? to|chose|picked)\b", 1.0),
        (r"\binstead\b|\brather than\b|\bswitch(?:ed|ing)? to\b|\bgo(?:ing)? with\b", 0.75),
        (r"\bhow much (?:would|does|will|is)\b|\bwhat (?:would|does|will)\b.{0,25}\bcost\b|\bprice (?:of|for)\b", 1.0),
    ],
    # The whole analysis again (after the first recommendation, later turns show only what changed):
    # "full report", "show me the whole analysis", "show me everything again", "the long version please".
    "report": [
        (
            r"\b(?:full|whole|complete|entire|detailed|long|unabridged|comprehensive|original)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:report|analysis|analyses|breakdown|answer|recommendation|version|thing|picture|results?|"
            r"details?|write-?up|tables?|output|comparison|rundown|numbers|figures|view)\b",
            WHOLE,
        ),
        (
            r"\b(?:show|give|send|print|display|see|repeat|list|dump|post|paste|bring up|want)\b.{0,30}"
            r"\b(?:everything|all of it|it all|the lot|all (?:the |of the )?(?:details|numbers|figures|options|"
            r"costs|tables?|analysis|sections|info(?:rmation)?))\b(?!\s+(?:you|u)\s+(?:know|have|remember))",
            2.0,
        ),
        (
            r"\b(?:show|give|send|print|display|see|repeat|bring up|post|paste|list)\b.{0,40}"
            r"\b(?:again|once more|one more time)\b",
            1.5,
        ),
        (r"^\s*(?:the\s+)?(?:whole\s+|full\s+|complete\s+)?(?:report|analysis)\s*(?:please|pls|plz)?[\s.!?]*$", 2.0),
        # "please give me the recommendation", "what you recommend?" once there is one: the analysis again
        (
            r"\b(?:give|show|tell|send)\s+(?:me|us)\s+(?:the|your)\s+(?:recommendation|advice|verdict)\b|"
            r"^\s*(?:so\s+|ok\s+|and\s+)?what\s+(?:do\s+|would\s+)?(?:you|u)\s+(?:recommend|suggest|propose)\b",
            1.5,
        ),
        (
            r"\b(?:report|analysis|table|numbers|figures|recommendation|breakdown|everything|all of it|it all)\b"
            r".{0,15}\b(?:again|once more)\b",
            1.5,
        ),
        (
            r"\b(?:show|give|send|see|display|print|open|read)\b.{0,15}\b(?:the|your|my|a|that)\s+(?:\w+\s+)?report\b",
            2.0,
        ),
        (r"\b(?:show|give|see|display|print)\b.{0,15}\b(?:the|your|all the)\s+(?:numbers|figures|table|costs)\b", 1.0),
        (r"\b(?:repeat|say)\s+(?:that|it|this|all that)\b", 1.5),
    ],
}
DOMAIN = rx.compile(
    r"token|\bllm|\bapi|\bgpu|model|inference|self[- ]?host|host|cost|price|pric|cheap|expens|budget|spend|sav|"
    r"latency|throughput|complian|hipaa|gdpr|soc ?2|pci|cloud|aws|azure|gcp|server|deploy|serv|vllm|instance|"
    r"spot|reserv|on[- ]demand|rent|hardware|cluster|node|scal|capacity|load|peak|burst|steady|usage|workload|"
    r"recommend|option|breakeven|break-even|batch|fine[- ]?tun|quantiz|engineer|team|traffic|volume|request|"
    r"prompt|\bdata\b|privacy|vendor|provider|openai|anthropic|claude|gpt|llama|gemini|mistral|deepseek|qwen|"
    r"h100|a100|l4\b|kubernetes|k8s|mlops|devops|hybrid|rout|scenario|baseline|export|article|source|month|year|"
    r"\bai\b|\bml\b|machine learning|chat ?bot|assistant|agent|rag\b|embedding|context|quality|accura|"
    r"\b(?:it|this|that|these|those|they|them)\b|\$|\d",
    re.IGNORECASE,
)
OFF_TOPIC_ASK = rx.compile(
    r"\?\s*$|^\s*(?:what|who|where|when|which|how|can you|could you|will you|would you|tell me|write|give me|"
    r"sing|draw|translate|recommend me|suggest)\b",
    re.IGNORECASE,
)
EXPORT = rx.compile(r"\b(?:export|download|pdf|html|markdown|json|file)\b")
HOW_TOPICS: list[tuple[str, str]] = [
    (r"hybrid|rout", "hybrid"),
    (r"break[- ]?even|crossover|cross-over", "breakeven"),
    (r"\bbatch", "batch_api"),
    (r"dedicated|tenan", "dedicated_deployment"),
    (
        r"self[- ]?host|\bgpus?\b|hosting|\btco\b|hidden|on[- ]?prem|own hardware|h100|a100|\bl4\b|h200|a10g",
        "self_host",
    ),
    (r"\bapi\b|per token|token price|\bmanaged\b", "api"),
]


def _score(kind: str, text: str) -> float:
    return sum(w for pattern, w in CUES[kind] if rx.search(pattern, text))


# "self-host Llama 3.3 70B", "run it ourselves", "on our own GPUs": price the open model on GPUs, not a host's API
SELF_HOSTED = rx.compile(
    r"\bself[- ]?host\w*|\bhost(?:ing)? (?:it |that |this |\w+ )?(?:ourselves|in[- ]house|on our own)|"
    r"\brun (?:it |that |this |\w+ )?(?:ourselves|in[- ]house|on[- ]prem\w*|on our own)|\bon our own (?:gpus|hardware)"
)


def classify(text: str, resolver: Resolver | None, *, has_baseline: bool) -> AdviceQuestion | None:
    """A question about the advice (or an off-topic request), or None for anything else."""
    t = " ".join(text.lower().split())
    if not t or len(t) > 400:
        return None
    scores = {k: _score(k, t) for k in CUES}
    asks = "?" in t or OFF_TOPIC_ASK.search(t) is not None
    if CAPABILITY.search(t) and asks:
        return AdviceQuestion(kind="how", topic="capability")
    if has_baseline and asks and REGION.search(t):
        return AdviceQuestion(kind="how", topic="region", region=asked_region(text))
    term = TERM.search(t)
    if has_baseline and asks and term and TERM_COST.search(t):
        n_text, unit = (term.group(1), term.group(2)) if term.group(1) else (term.group(4), term.group(3))
        n = int(n_text) if n_text.isdigit() else TERM_WORDS[n_text]
        months = n * 12 if unit == "year" else n
        if 1 < months <= 120:
            return AdviceQuestion(kind="how", topic="term", months=months)
    why_not = WHY_NOT.search(t)
    if has_baseline and why_not:
        # "why not just use GPT-4o?", "why not batch? and why this number?": the alternative priced beside the
        # recommendation with the reason it lost, and the arithmetic when the figure is asked about too
        named, gpus, _ = resolver.find(text[why_not.start() :]) if resolver is not None else ([], [], [])
        topic = next((k for p, k in HOW_TOPICS if rx.search(p, t[why_not.start() :])), None)
        if gpus and not named:
            topic = "self_host"  # "why not just use the A100s?": the fleets on that GPU
        if named or topic:
            return AdviceQuestion(
                kind="why", models=named, gpus=gpus, topic=topic, arithmetic=rx.search(WHY_FIGURE, t) is not None
            )
    models, gpus, unknown = resolver.find(text) if resolver is not None and scores["compare"] >= 1 else ([], [], [])
    if not (models or gpus or unknown) or trial_told(t):
        # "we ran an A/B of llama 3.1 70b vs gpt-4o last quarter, no difference": a trial told, not a comparison asked
        scores["compare"] = 0.0
    else:
        scores["compare"] += 1.0
    if not has_baseline:  # before any advice, "why ...?" and "how ...?" are about the workload or the field
        scores["why"] = scores["how"] = scores["report"] = 0.0
    if EXPORT.search(t):  # "export the report as a PDF": the export, not the report in the chat
        scores["report"] = 0.0
    kind, best = max(scores.items(), key=lambda kv: kv[1])
    if kind in ("why", "how") and scores["report"] >= WHOLE and _how_topic(t, []) is None:
        kind = "report"  # "give me the complete breakdown": the whole analysis, not one figure's arithmetic
    if best >= 1.0:
        if kind == "why" and scores["how"] >= best:
            kind = "how"
        if kind == "how":
            return AdviceQuestion(kind="how", topic=_how_topic(t, models), models=models)
        if kind == "compare":
            own = SELF_HOSTED.search(t) is not None
            return AdviceQuestion(kind="compare", models=models, gpus=gpus, unknown=unknown, self_host=own)
        return AdviceQuestion(kind=_kind(kind))
    if OFF_TOPIC_ASK.search(t) and not DOMAIN.search(t) and len(t.split()) >= 2:
        return AdviceQuestion(kind="scope")
    return None


def _kind(name: str) -> ExplainKind:
    kinds: dict[str, ExplainKind] = {
        "why": "why",
        "profile": "profile",
        "how": "how",
        "compare": "compare",
        "report": "report",
    }
    return kinds[name]


def _how_topic(t: str, models: list[str]) -> str | None:
    for pattern, topic in HOW_TOPICS:
        if rx.search(pattern, t):
            return topic
    return "api" if models else None
