"""Answers about the advice itself, from the analysis and the cost engine (never from retrieval).

``classify`` recognises a question about the advice in many phrasings: "why?", "how did you get
the self-host figure?", "what do you know about us?", "compare with Claude Sonnet 4.5", "what about
H100s?", and off-topic requests (a polite scope note). Cue phrases are scored per kind rather than
matched by one pattern each; model and GPU names are resolved against the catalog.

``why``, ``how``, ``profile``, ``compare`` and ``scope`` write the answers: the deciding facts and
rules, the arithmetic with its inputs, the profile said vs assumed, and other models priced with
the engine beside the recommendation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field

from assistant.decision.analysis import analyze
from assistant.decision.constraints import CONSTRAINT_WORDS
from assistant.decision.inputs import AnalysisOptions, open_model_id
from assistant.decision.results import Analysis
from assistant.decision.rules import rules
from assistant.interview.describe import describe_fact
from assistant.interview.facts import DEFAULT_NOTES, FIELDS, IN_CURRENCY, WorkloadProfile
from assistant.interview.policy import AdviceQuestion, ExplainKind
from assistant.interview.reading.region import asked_region
from assistant.vocab import OPTION_LABELS, REGIME_LABELS, region_words
from tools.api_cost import Workload, api_cost
from tools.catalog import Catalog, compact
from tools.numbers import count_of, format_tokens, gpu_label

# ---------------------------------------------------------------------------------------------- reading
# "why this number?", "why is the figure so high", "why $3,000?": the arithmetic of the recommended figure
WHY_FIGURE = (
    r"\bwhy (?:(?:is|was) )?(?:this|that|the|your|such an?)\s+(?:\w+\s+)?(?:number|figure|price|cost|amount|total|"
    r"estimate|bill)s?\b|\bwhy \$?\d"
)
# "why not M?", "why not just use M", "why isn't M the pick", "why M isn't recommended", "what about M instead"
WHY_NOT = re.compile(
    r"\bwhy (?:not|wouldn't|shouldn't|can't|couldn't|don't|didn't|isn't|aren't|no)\b|\bwhy (?:did you )?(?:rule|set) "
    r"(?:out|aside)\b|\brather than\b|\binstead of\b"
)
# "total cost over a three-year term?", "what would we pay over 36 months", "5-year TCO"
_TERM_NUMBER = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six)"
TERM = re.compile(
    rf"\b{_TERM_NUMBER}[- ](year|month)s?\b(?:[- ](?:term|contract|period|horizon|deal|commitment|tco))?|"
    rf"\b(?:year|month)s?\s*[:=]?\s*{_TERM_NUMBER}\b"
)
TERM_COST = re.compile(r"\b(?:total|cost|costs|spend|pay|price|tco|budget|bill|over|across|for|contract|commit\w*)\b")
TERM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty-six": 36,
}  # fmt: skip
# "do you actually price self-hosting or just push APIs?", "can you cost self-hosting too?"
CAPABILITY = re.compile(
    r"\b(?:do|can|will|would|could)\s+(?:you|u)\b.{0,25}\b(?:price|cost|consider|include|cover|compare|"
    r"model|look at|account for|factor)\w*\b.{0,40}\b(?:self[- ]?host\w*|own (?:gpus|hardware|servers)|on[- ]prem\w*)"
)
# "is there a model good enough without sending data to the US?", "can the data stay in the EU?"
REGION = re.compile(
    r"\bwithout (?:sending|send|moving|transferring|shipping|letting)\b.{0,40}\b(?:to|outside|out of|leave|leaving)\s+"
    r"(?:the\s+)?(?:us|usa|u\.s\.?|united states|america|eu|europe|country|region)\b|"
    r"\b(?:stay|stays|kept|keep|keeping|remain|remains)\b.{0,30}\b(?:in|inside|within)\s+(?:the\s+)?"
    r"(?:eu|europe|european union|uk|our country|our region|country|region)\b.{0,40}\?|"
    r"\b(?:non-us|non-american|european|eu-based|eu-hosted|eu hosted)\s+(?:model|provider|vendor|option|api|llm)s?\b"
)


WHOLE = 2.5  # the weight of "full / whole / complete <report | analysis | ...>": the whole analysis asked for


# Cue phrases per kind, with weights. A message is the kind with the highest score, if at least 1.
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
        (r"\bhow (?:much|many)\b.{0,30}\b(?:gpus?|hours?)\b.{0,30}\b(?:assum|use|count)", 1.0),
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
DOMAIN = re.compile(
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
OFF_TOPIC_ASK = re.compile(
    r"\?\s*$|^\s*(?:what|who|where|when|which|how|can you|could you|will you|would you|tell me|write|give me|"
    r"sing|draw|translate|recommend me|suggest)\b",
    re.IGNORECASE,
)
EXPORT = re.compile(r"\b(?:export|download|pdf|html|markdown|json|file)\b")
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


class Resolver:
    """Model and GPU names in free text, resolved against the catalog (cached per catalog)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        keys: dict[str, str] = {}
        for slug, entry in catalog.api.items():
            for name in (slug, entry.name, *entry.aliases):
                keys.setdefault(compact(name), slug)
        self.local = keys
        self.gpu_keys: dict[str, str] = {}
        for slug, spec in catalog.gpu_specs.items():
            for name in (slug, spec.name, *spec.aliases):
                self.gpu_keys.setdefault(compact(name), slug)
        for slug in list(catalog.gpu_specs):
            self.gpu_keys.setdefault(compact(slug.split("-")[0]), slug)

    @functools.cached_property
    def remote(self) -> dict[str, str]:
        from tools import genai_catalog

        out: dict[str, str] = {}
        for slug, entry in genai_catalog.all_catalog_prices(self.catalog.as_of).items():
            for name in (slug.split("/")[-1], *entry.aliases):
                out.setdefault(compact(name), slug)
        return out

    def model(self, phrase: str) -> str | None:
        key = compact(phrase)
        if len(key) < 3 or key.isdigit():
            return None
        return self.local.get(key) or self.remote.get(key)

    def gpu(self, phrase: str) -> str | None:
        key = compact(phrase)  # "L40S" as written, else without a plural "s" ("H100s")
        return self.gpu_keys.get(key) or self.gpu_keys.get(re.sub(r"s$", "", key))

    def find(self, text: str) -> tuple[list[str], list[str], list[str]]:
        """(models, gpus, unknown names) mentioned after a comparison cue."""
        words = re.findall(r"[A-Za-z0-9][A-Za-z0-9.\-_/]*", text)
        models: list[str] = []
        gpus: list[str] = []
        used = [False] * len(words)
        for size in range(5, 0, -1):
            for i in range(len(words) - size + 1):
                if any(used[i : i + size]):
                    continue
                phrase = " ".join(words[i : i + size])
                if size == 1 and words[i].lower() in STOP:
                    continue
                gpu = self.gpu(phrase) if size <= 2 else None
                slug = None if gpu else self.model(phrase)
                if gpu and gpu not in gpus:
                    gpus.append(gpu)
                elif slug and slug not in models:
                    models.append(slug)
                else:
                    continue
                for j in range(i, i + size):
                    used[j] = True
        unknown: list[str] = []
        if not models and not gpus:
            m = re.search(
                r"(?:compare (?:it |this |that )?(?:with|to|against)|versus|vs\.?|what about|how about|"
                r"switch(?:ed|ing)? to|instead of|rather than|go(?:ing)? with|price (?:of|for)|"
                r"cost (?:of|with|on|using))"
                r"\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][\w.\- ]{1,40}?)\s*(?:\?|$|,|\.(?:\s|$)| instead| for| on| at)",
                text,
                re.IGNORECASE,
            )
            if m and m.group(1).strip().lower() not in STOP and re.search(r"\d|[A-Z]", m.group(1)):
                unknown.append(m.group(1).strip())
        return models, gpus, unknown


STOP = {
    "a", "an", "the", "it", "that", "this", "with", "to", "vs", "about", "what", "how", "compare", "model",
    "models", "api", "apis", "cost", "price", "of", "for", "on", "we", "us", "our", "i", "if", "and", "or",
    "instead", "using", "use", "self", "host", "one", "two", "is", "be", "would", "much", "go", "all",
}  # fmt: skip


@functools.lru_cache(maxsize=8)
def resolver_for(catalog: Catalog) -> Resolver:
    return Resolver(catalog)


def _score(kind: str, text: str) -> float:
    return sum(w for pattern, w in CUES[kind] if re.search(pattern, text))


# "self-host Llama 3.3 70B", "run it ourselves", "on our own GPUs": price the open model on GPUs, not a host's API
SELF_HOSTED = re.compile(
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
        named, _, _ = resolver.find(text[why_not.start() :]) if resolver is not None else ([], [], [])
        topic = next((k for p, k in HOW_TOPICS if re.search(p, t[why_not.start() :])), None)
        if named or topic:
            return AdviceQuestion(
                kind="why", models=named, topic=topic, arithmetic=re.search(WHY_FIGURE, t) is not None
            )
    models, gpus, unknown = resolver.find(text) if resolver is not None and scores["compare"] >= 1 else ([], [], [])
    if not (models or gpus or unknown):
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
        if re.search(pattern, t):
            return topic
    return "api" if models else None


# ---------------------------------------------------------------------------------------------- answers
class Explanation(BaseModel):
    """One answer about the advice: Markdown for the user and the figures it rests on."""

    kind: ExplainKind
    markdown: str
    figures: dict[str, Any] = Field(default_factory=dict)


def usd(value: float) -> str:
    return f"${value:,.2f}"


def rate(value: float) -> str:
    return f"${value:,.4g}"


def _said_facts(profile: WorkloadProfile, days: float, names: Callable[[str], str]) -> list[str]:
    out = []
    for name in FIELDS:
        fact = profile.facts.get(name)
        if fact is None or not fact.said or (name in IN_CURRENCY and IN_CURRENCY[name] in profile.facts):
            continue  # money said in another currency is described once, in that currency
        text = describe_fact(name, fact.value, days_per_month=days, names=names)
        if name == "tokens_per_month":  # the volume named as the workload's, whatever the quote beside it says
            text = f"your volume: {text}"
        quote = (fact.quote or "").strip()
        out.append(f"{text}" + (f" (“{quote}”)" if quote and quote.lower() not in text.lower() else ""))
    return out


def _assumed_facts(profile: WorkloadProfile, days: float, names: Callable[[str], str]) -> list[str]:
    out = []
    for name in FIELDS:
        fact = profile.facts.get(name)
        if fact is not None and not fact.said:
            out.append(describe_fact(name, fact.value, days_per_month=days, names=names))
        elif fact is None and name in DEFAULT_NOTES:
            skipped = " (you skipped this)" if name in profile.skipped else ""
            out.append(DEFAULT_NOTES[name] + skipped)
    return out


def profile_answer(profile: WorkloadProfile, days: float, names: Callable[[str], str]) -> Explanation:
    said = _said_facts(profile, days, names)
    assumed = _assumed_facts(profile, days, names)
    parts = ["### What I know about your workload"]
    parts.append("**You told me:**\n" + ("\n".join(f"- {s}" for s in said) if said else "- nothing yet"))
    if assumed:
        parts.append("**I assumed (tell me if any is wrong):**\n" + "\n".join(f"- {a}" for a in assumed))
    parts.append("Correct anything in your own words (\"actually it's 15M a day\") and I'll redo the numbers.")
    return Explanation(kind="profile", markdown="\n\n".join(parts))


def _standing(name: str, slug: str, a: Analysis) -> str:
    """Where one option stands in the analysis: the recommendation, excluded, set aside, or dearer."""
    if (slug and slug == a.chosen.model) or name == a.chosen.name:
        return "it is the recommendation"
    for e in a.excluded:
        if e.name == name:
            return f"it is excluded by {CONSTRAINT_WORDS.get(e.constraint, e.constraint)}: {e.reason}"
    for s in a.set_aside:
        if s.name == name:
            return f"it meets your constraints but was set aside: {s.reason}"
    return ""


def _why_not(
    q: AdviceQuestion,
    a: Analysis,
    wl: Workload,
    catalog: Catalog,
    opts: AnalysisOptions,
    profile: WorkloadProfile | None = None,
) -> list[str]:
    """The alternative asked about, priced at this workload beside the recommendation, with why it lost."""
    lines: list[str] = []
    for slug in q.models:
        try:
            res = api_cost(wl, catalog.api_price(slug, opts.prices), catalog)
        except LookupError:
            lines.append(f"- I have no price for {slug}, so I can't compare it.")
            continue
        row = next((r for r in a.table if r.model in (slug, res.model) and r.kind == "api"), None)
        standing = _standing(res.name, res.model, a)
        if not standing and profile is not None and row is None:  # not among the options compared: check it now
            with_it = profile.model_copy(deep=True)
            with_it.set("candidate_models", [*(profile.get("candidate_models") or []), slug], origin="assumed")
            alt = analyze(with_it, catalog, opts)
            standing = _standing(res.name, res.model, alt)
            row = next((r for r in alt.table if r.model in (slug, res.model) and r.kind == "api"), None)
        standing = standing or (
            f"it meets your constraints but costs {_vs(res.monthly_usd, a)}"
            if row is not None and res.monthly_usd > a.chosen.monthly_usd
            else f"it costs {_vs(res.monthly_usd, a)}"
        )
        lines.append(
            f"- **{res.name}** at your volume: {format_tokens(wl.input_tokens_per_month)} input tokens x "
            f"{rate(res.input_usd_per_mtok)}/M + {format_tokens(wl.output_tokens_per_month)} output x "
            f"{rate(res.output_usd_per_mtok)}/M = {usd(res.monthly_usd)} a month; {standing}."
        )
    if q.topic and not q.models:
        kind = q.topic
        label = OPTION_LABELS.get(kind, kind).replace("Use ", "")
        if a.chosen.kind == kind:
            lines.append(f"- {label[:1].upper() + label[1:]} is the recommendation: {a.chosen.name}.")
        else:
            priced = [
                *[(x.monthly_usd, x.name, _standing(x.name, "", a)) for x in a.excluded if x.kind == kind],
                *[(x.monthly_usd, x.name, _standing(x.name, "", a)) for x in a.set_aside if x.kind == kind],
                *[
                    (r.monthly_usd, r.name, "it meets your constraints, but the recommendation costs less")
                    for r in a.table
                    if r.kind == kind and r.status == "eligible"
                ],
            ]
            if kind == "self_host" and a.self_host.available and not priced:
                h = a.self_host
                priced.append((h.monthly_usd, h.name, _standing(h.name, "", a)))
            if not priced:
                lines.append(f"- No {label} option fits this workload, so there is nothing to price.")
            for monthly, name, standing in sorted(priced)[:2]:
                lines.append(
                    f"- **{name}**: {usd(monthly)} a month, {_vs(monthly, a)}; "
                    f"{standing or 'the recommendation costs less'}."
                )
    return lines


def why_answer(
    a: Analysis,
    profile: WorkloadProfile,
    days: float,
    names: Callable[[str], str],
    question: AdviceQuestion | None = None,
    context: tuple[Workload, Catalog, AnalysisOptions] | None = None,
) -> Explanation:
    parts = [f"### Why: {a.headline}"]
    if question is not None and context is not None and (question.models or question.topic):
        asked = _why_not(question, a, *context, profile=profile)
        if asked:
            parts.append("**The option you asked about, priced for your workload:**\n" + "\n".join(asked))
    said = _said_facts(profile, days, names)
    parts.append("**The facts it rests on (your words):**\n" + ("\n".join(f"- {s}" for s in said) or "- none yet"))
    assumed = _assumed_facts(profile, days, names)
    if assumed:
        parts.append("**Assumed, since you didn't say:**\n" + "\n".join(f"- {x}" for x in assumed))
    parts.append("**The rules that decided it:**\n" + "\n".join(f"- {r}" for r in a.reasons))
    # never empty: the quality bar and real time or batch are always stated
    parts.append("**Hard constraints applied first:**\n" + "\n".join(f"- {c}" for c in a.constraints))
    lines: list[str] = []
    seen: set[str] = set()
    for name, monthly, reason in [
        *[(x.name, x.monthly_usd, x.reason) for x in a.set_aside],
        *[(x.name, x.monthly_usd, x.reason) for x in a.excluded],
    ]:
        if monthly >= a.chosen.monthly_usd or name in seen:
            continue
        seen.add(name)
        lines.append(f"- {name} ({usd(monthly)} a month): {reason}")
    if lines:
        more = len(lines) - 6
        parts.append(
            "**Cheaper options set aside, and why:**\n"
            + "\n".join(lines[:6])
            + (f"\n- and {more} more, for the same reasons" if more > 0 else "")
        )
    else:
        parts.append(
            f"No option in the comparison is cheaper than {a.chosen.name} at {usd(a.chosen.monthly_usd)} a month."
        )
    if a.flip_points:
        parts.append("**What would change the answer:**\n" + "\n".join(f"- {f.text}" for f in a.flip_points[:3]))
    if question is not None and question.arithmetic and context is not None:
        wl, catalog, opts = context
        how = how_answer(AdviceQuestion(kind="how"), a, wl, catalog, opts).markdown
        parts.append(how.replace("### ", "**", 1).replace("\n", "**\n", 1))
    return Explanation(kind="why", markdown="\n\n".join(parts))


def _api_arithmetic(wl: Workload, slug: str, catalog: Catalog, opts: AnalysisOptions) -> tuple[str, float]:
    res = api_cost(wl, catalog.api_price(slug, opts.prices), catalog)
    mtok_in, mtok_out = wl.input_tokens_per_month / 1e6, wl.output_tokens_per_month / 1e6
    line = (
        f"{res.name}: {mtok_in:,.4g}M input tokens x {rate(res.input_usd_per_mtok)}/M + "
        f"{mtok_out:,.4g}M output tokens x {rate(res.output_usd_per_mtok)}/M = {usd(res.monthly_usd)} a month"
    )
    # the list-price products above do not add up to the bill when cache reads or a batch discount lowered it
    if abs(mtok_in * res.input_usd_per_mtok + mtok_out * res.output_usd_per_mtok - res.monthly_usd) > 0.01:
        line += " (after caching and batch discounts)"
    return line + f" (prices: {res.source.label()})", res.monthly_usd


def _self_host_arithmetic(a: Analysis, opts: AnalysisOptions) -> list[str]:
    h = a.self_host
    if not h.available:
        return ["No self-host option fits on the GPU types considered, so there is nothing to compute."]
    items = list(h.line_items)
    lines: list[str] = []
    itemised_rental = any("/h x" in i.note for i in items)  # the rental line already shows its hours
    multiplied = any("multiplier" in i.name.lower() for i in items)
    if h.hardware == "rented" and h.gpus and (multiplied or not itemised_rental):
        gpus, hours = h.gpus, opts.hours_per_month
        hourly = rate(round(h.raw_gpu_monthly_usd / (gpus * hours), 4))
        gpu = gpu_label(h.gpu)
        lines.append(
            f"{gpus} x {gpu} x {hourly}/h x {hours:g} h = {usd(h.raw_gpu_monthly_usd)} a month of raw GPU rental "
            f"({h.pricing.replace('_', '-')})"
        )
        if multiplied:
            lines.append(
                f"{gpus} x {gpu} x {hourly}/h x {hours:g} h x {h.multiplier:g} = {usd(h.monthly_usd)} a month "
                "with hidden costs"
            )
            items = []
    if items:
        lines += [f"{i.name}: {usd(i.monthly_usd)} ({i.note})" for i in items]
        lines.append(" + ".join(usd(i.monthly_usd) for i in items) + f" = {usd(h.monthly_usd)} a month")
    if h.hidden_cost_basis:
        lines.append(f"hidden costs: {h.hidden_cost_basis}")
    if h.schedule:
        lines.append(f"sized for your peak: {h.schedule}; {h.model} at {h.precision}")
    return lines


def how_answer(q: AdviceQuestion, a: Analysis, wl: Workload, catalog: Catalog, opts: AnalysisOptions) -> Explanation:
    topic = q.topic or a.option
    figures: dict[str, Any] = {}
    title = f"### How I computed the {OPTION_LABELS.get(topic, topic).lower().replace('use ', '')} figure"
    lines: list[str] = [
        f"Your workload: {format_tokens(wl.input_tokens_per_month)} input + "
        f"{format_tokens(wl.output_tokens_per_month)} output tokens a month "
        f"({format_tokens(wl.total_tokens_per_month / wl.conventions.days_per_month)} a day, "
        f"{wl.conventions.days_per_month:g} days a month)."
    ]
    if topic == "term" and q.months:
        return term_answer(q.months, a)
    if topic == "self_host":
        title = "### How I computed the self-hosting cost"
        lines += [f"- {x}" for x in _self_host_arithmetic(a, opts)]
    elif topic == "hybrid" and a.hybrid:
        hy = a.hybrid
        title = "### How I computed the hybrid routing cost"
        lines += [
            f"- {hy.small_share:.0%} of tokens ({format_tokens(hy.small_tokens_per_month)} a month) go to a "
            f"small self-hosted model on {count_of(hy.small_replicas, 'replica')}: "
            f"{usd(hy.self_host_monthly_usd)} a month",
            f"- the rest ({format_tokens(hy.api_tokens_per_month)} a month) go to {hy.api_model}: "
            f"{usd(hy.api_monthly_usd)} a month",
            f"- {usd(hy.self_host_monthly_usd)} + {usd(hy.api_monthly_usd)} = {usd(hy.blended_monthly_usd)} "
            f"a month, against {usd(hy.all_api_monthly_usd)} all-API",
        ]
    elif topic == "breakeven":
        title = "### How I computed the breakeven volumes"
        before = len(lines)
        for b in sorted(a.breakevens, key=lambda b: not b.relevant)[:4]:  # the models in question first
            if not b.breakeven_tokens_per_month:
                continue
            per_mtok = b.self_host_monthly_usd / b.breakeven_tokens_per_month * 1e6
            lines.append(
                f"- {b.name or b.model}: the self-host bill of {usd(b.self_host_monthly_usd)} a month divided by the "
                f"API's blended {rate(per_mtok)} per million tokens = {format_tokens(b.breakeven_tokens_per_month)} "
                "tokens a month"
            )
        if len(lines) == before:
            lines.append(
                "- there is none: even fully used, a self-hosted replica costs more per million tokens than "
                "each API compared, so more volume never makes self-hosting cheaper"
            )
    else:
        rows = [r for r in a.table if r.kind == topic] if topic in OPTION_LABELS else []
        row = a.chosen if (not rows or a.chosen.kind == topic) else rows[0]
        slug = q.models[0] if q.models else row.model
        title = f"### How I computed {row.name if not q.models else slug}"
        try:
            line, monthly = _api_arithmetic(wl, slug, catalog, opts)
        except LookupError:
            line, monthly = f"{row.name}: {row.detail}", row.monthly_usd
        lines.append(f"- {line}")
        figures["monthly_usd"] = monthly
        if row.kind == "batch_api":
            lines.append(f"- {row.name}: {row.detail}, so {usd(row.monthly_usd)} a month")
        elif row.kind == "dedicated_deployment":
            lines.append(f"- {row.name}: {row.detail}, priced at {usd(row.monthly_usd)} a month ({row.source})")
        elif row.kind == "hybrid" and a.hybrid:
            return how_answer(q.model_copy(update={"topic": "hybrid"}), a, wl, catalog, opts)
    lines.append(
        f"\nConventions: {wl.conventions.days_per_month:g} days a month; "
        f"GPUs billed {opts.hours_per_month:g} h a month."
    )
    return Explanation(kind="how", markdown=title + "\n\n" + "\n".join(lines), figures=figures)


def _term_words(months: int) -> str:
    return f"{months // 12} years" if months % 12 == 0 and months > 12 else f"{months} months"


def term_answer(months: int, a: Analysis) -> Explanation:
    """The total over a term: each option's monthly cost from the analysis times the months, with its basis."""
    rows = [a.chosen, *[r for r in a.table if r.name != a.chosen.name and r.kind != a.chosen.kind]]
    kinds: set[str] = set()
    picked = []
    for r in rows:
        if r.kind in kinds:
            continue
        kinds.add(r.kind)
        picked.append(r)
    lines = ["| Option | Monthly | Months | Total |", "|---|---:|---:|---:|"]
    figures: dict[str, Any] = {}
    for r in picked[:4]:
        total = r.monthly_usd * months
        mark = " (recommended)" if r.name == a.chosen.name else ""
        lines.append(f"| {r.name}{mark} | {usd(r.monthly_usd)} | {months} | {usd(total)} |")
        figures[r.name] = total
    chosen_total = a.chosen.monthly_usd * months
    basis = (
        f"Basis: {usd(a.chosen.monthly_usd)} a month x {months} months = {usd(chosen_total)}, at today's prices and "
        "your volume as understood: no growth, no price changes and no multi-year discount. A committed-use or "
        "reserved term is often priced below list, so treat this as the list-price figure and ask vendors for their "
        "term pricing."
    )
    md = f"### Total over {_term_words(months)}\n\n" + "\n".join(lines) + "\n\n" + basis
    return Explanation(kind="how", markdown=md, figures={"term_months": months, **figures})


def capability_answer(a: Analysis | None) -> Explanation:
    """Yes, self-hosting is priced in every answer: how, and for this workload what it comes to."""
    margin = rules().thresholds.self_host_margin
    parts = [
        "### Yes: every recommendation prices self-hosting beside the APIs",
        "- rented GPUs: a fleet sized to your peak with headroom and a spare replica, on-demand or reserved, "
        "plus staff time and the hidden costs of running it",
        "- GPUs you already own, at their running cost (power, space, operations); GPUs you would buy, spread "
        "over their life",
        "- hybrid routing (simple requests to a small self-hosted model) and managed hosts of open-weight models",
        f"- self-hosting is recommended when it costs less than the best API by the {margin.value:g}x margin "
        f"({margin.source.label()}) and someone on the team can run it; otherwise it is shown with the reason",
    ]
    if a is not None and a.self_host.available:
        h = a.self_host
        parts.append(
            f"For your workload: {h.name}, {usd(h.monthly_usd)} a month in full, against the recommendation "
            f"{a.chosen.name} at {usd(a.chosen.monthly_usd)} a month."
        )
    return Explanation(kind="how", markdown="\n".join(parts))


def region_answer(
    a: Analysis, profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions, region: str | None = None
) -> Explanation:
    """The options that keep the data in your region: the analysis rerun with data residency as a hard constraint
    (in the region the question names, when it names one: "without sending data to the US?" keeps APIs that can
    process elsewhere)."""
    said = profile.get("data_region")
    if a.runs_in and (region is None or region == said):
        md = (
            f"### Keeping the data in your region\n\nThe recommendation already does: {a.chosen.name} "
            f"({usd(a.chosen.monthly_usd)} a month) runs {a.runs_in}."
        )
        return Explanation(kind="how", markdown=md)
    if region is None and ("data_residency" in profile.regimes() or a.option in ("dedicated_deployment", "self_host")):
        md = (
            f"### Keeping the data in your region\n\nThe recommendation already does: {a.chosen.name} "
            f"({usd(a.chosen.monthly_usd)} a month) runs in your own cloud tenant or on your own GPUs, in the region "
            "you choose."
        )
        return Explanation(kind="how", markdown=md)
    pinned = profile.model_copy(deep=True)
    pinned.set("compliance", [*[r for r in profile.regimes() if r != "none"], "data_residency"], origin="assumed")
    if region is not None:
        pinned.set("data_region", region, origin="assumed")
    alt = analyze(pinned, catalog, opts)
    if region is not None:
        intro = (
            f"With the data kept {region_words(region)} as a hard constraint, an API or cloud deployment counts only "
            "where its provider can keep the processing there:"
        )
    else:
        intro = (
            "A public API may process data abroad; a dedicated deployment pinned to your region (Azure OpenAI, AWS "
            "Bedrock, Google Vertex AI) or self-hosting keeps it there. With that as a hard constraint:"
        )
    lines = [
        "### Keeping the data in your region",
        intro,
        "",
        "| Option | Monthly | Against today's recommendation |",
        "|---|---:|---|",
    ]
    shown = [r for r in alt.table if r.status != "set_aside"][:4]
    for r in shown:
        mark = " (best under this constraint)" if r.name == alt.chosen.name else ""
        lines.append(f"| {r.name}{mark} | {usd(r.monthly_usd)} | {_delta(r.monthly_usd, a)} |")
    tier = "a frontier model" if profile.get("quality") == "frontier" else "a strong model (open-weight is fine)"
    where = f" It runs {alt.runs_in}." if alt.runs_in else ""
    lines += [
        "",
        f"The best one, {alt.chosen.name}, meets your quality bar ({tier}).{where} Today's recommendation is "
        f'{a.chosen.name} at {usd(a.chosen.monthly_usd)} a month. Say "data must stay in the EU" (or your '
        "region) and I'll make it part of the recommendation.",
    ]
    return Explanation(kind="how", markdown="\n".join(lines), figures={"monthly_usd": alt.chosen.monthly_usd})


def compare_answer(
    q: AdviceQuestion,
    a: Analysis | None,
    profile: WorkloadProfile,
    wl: Workload,
    catalog: Catalog,
    opts: AnalysisOptions,
) -> Explanation:
    rows: list[str] = ["| Option | Monthly | Against the recommendation |", "|---|---:|---|"]
    if a is not None:
        rows.append(f"| {a.chosen.name} (recommended) | {usd(a.chosen.monthly_usd)} | — |")
    notes: list[str] = []
    figures: dict[str, Any] = {}

    def self_hosted(key: str, update: dict[str, Any], missing: str, by_gpu: bool, steps: int | None) -> None:
        """Price self-hosting with one option changed (the open model, or the GPU type) beside the rest."""
        alt = analyze(profile, catalog, opts.model_copy(update=update))
        h = alt.self_host
        if not h.available:
            notes.append(missing)
            return
        figures[key] = h.monthly_usd
        name = f"Self-host on {h.gpus} x {gpu_label(h.gpu)}" if by_gpu else h.name
        rows.append(f"| {name} | {usd(h.monthly_usd)} | {_delta(h.monthly_usd, a)} |")
        notes.extend(_self_host_arithmetic(alt, opts)[:steps])
        if steps is None and not profile.ml_capacity() and not profile.get("owned_gpus"):
            notes.append(
                "nobody on your team runs GPU inference today: this prices the GPUs and their running "
                "costs, not the hiring"
            )

    for slug in q.models:
        open_id = open_model_id(slug, catalog) if q.self_host else None
        if open_id is not None:
            missing = f"{catalog.open_model(open_id).name} does not fit on the GPU sizes considered."
            self_hosted(slug, {"open_model": open_id}, missing, False, None)
            continue
        try:
            res = api_cost(wl, catalog.api_price(slug, opts.prices), catalog)
        except LookupError:
            notes.append(f"I couldn't price {slug} with the current price source.")
            continue
        figures[slug] = res.monthly_usd
        rows.append(f"| {res.name} (API) | {usd(res.monthly_usd)} | {_delta(res.monthly_usd, a)} |")
        notes.append(
            f"{res.name}: {format_tokens(wl.input_tokens_per_month)} input tokens x "
            f"{rate(res.input_usd_per_mtok)}/M + {format_tokens(wl.output_tokens_per_month)} output x "
            f"{rate(res.output_usd_per_mtok)}/M ({res.source.label()})"
        )
        regimes = profile.regimes()
        if regimes and a is not None and a.option in ("dedicated_deployment", "self_host"):
            notes.append(
                f"as a shared API, {res.name} does not meet "
                + ", ".join(REGIME_LABELS.get(r, r) for r in regimes)
                + "; the recommendation keeps the data in your control"
            )
    for gpu in q.gpus:
        if not any(o.gpu == gpu for o in catalog.gpu_offers.values()):
            name = catalog.gpu_specs[gpu].name if gpu in catalog.gpu_specs else gpu_label(gpu)
            notes.append(
                f'{name}: no cloud rental price in the catalog. If you own them, say so ("we own 8 {gpu_label(gpu)}") '
                "and I'll price them at their running cost."
            )
            continue
        missing = f"{gpu_label(gpu)}: the model does not fit on the sizes considered, so no self-host price."
        self_hosted(gpu, {"gpu": gpu}, missing, True, 2)
    for name in q.unknown:
        hints = catalog.hints("api", name)
        near = f" Names I can price that come close: {', '.join(hints)}." if hints else ""
        notes.append(
            f"I have no price for “{name}” in the article data or the genai-prices catalog, "
            f"so I can't compare it.{near}"
        )
    title = "### Compared with the recommendation" if a is not None else "### Priced for your workload"
    parts = [title]
    if figures:
        parts.append("\n".join(rows))
    parts.append("\n".join(f"- {n}" for n in notes))
    return Explanation(kind="compare", markdown="\n\n".join(p for p in parts if p), figures=figures)


def _vs(monthly: float, a: Analysis) -> str:
    """ "$120.00 a month more than the recommendation", "the same as the recommendation"."""
    d = _delta(monthly, a)
    return "the same as the recommendation" if d == "the same" else f"{d} than the recommendation"


def _delta(monthly: float, a: Analysis | None) -> str:
    if a is None:
        return "no recommendation yet"
    diff = monthly - a.chosen.monthly_usd
    if abs(diff) < 0.005:
        return "the same"
    return f"{usd(abs(diff))} a month {'more' if diff > 0 else 'less'}"


SCOPE_NOTE = (
    "That's outside what I can help with: I advise on running LLM inference (paid APIs, self-hosting "
    "open-weight models, or a mix) and show the costs behind it. Ask me about your workload, the "
    "recommendation, a what-if, or how a figure was computed."
)


def scope_answer() -> Explanation:
    return Explanation(kind="scope", markdown=SCOPE_NOTE)
