"""What-if questions: detect the change, apply it to a copy of the profile, describe it."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema

import assistant.interview.patterns as rx
from assistant.interview.facts import WorkloadProfile
from assistant.interview.quantities.patterns import NUM, number, singular
from assistant.interview.quantities.people import COUNTED
from assistant.interview.quantities.words import normalize
from assistant.interview.reading import MODEL_MENTIONS, REGIMES, parse_message
from assistant.interview.reading.intents import trial_told
from assistant.interview.reading.region import asked_region
from assistant.interview.scope import sentences
from assistant.vocab import VENDOR_HOMES, DataRegion, VendorHome
from tools.model_names import find_models
from tools.results import Conventions

FACTORS = {
    "double": 2.0,
    "doubles": 2.0,
    "doubled": 2.0,
    "triple": 3.0,
    "triples": 3.0,
    "tripled": 3.0,
    "quadruple": 4.0,
    "quadruples": 4.0,
    "halve": 0.5,
    "halves": 0.5,
    "halved": 0.5,
}
# Serving a model on one's own GPUs, not buying it from an API ("ourselves", "on our H100s", "self-host").
SELF_HOSTED = rx.compile(
    r"\b(?:self[- ]?host\w*|ourselves|in[- ]house|on[- ]?prem\w*|on (?:\d+ of )?(?:our|the|those) (?:own )?"
    r"(?:gpus?|h100s?|h200s?|a100s?|l40s?|l4s?|servers?|hardware|boxes|cluster|machines))\b"
)
GPU_WORDS = [
    (r"\bh200s?\b", "h200"),
    (r"\bh100s?\b", "h100"),
    (r"a100[- ]?40", "a100-40gb"),
    (r"\ba100s?\b", "a100-80gb"),
    (r"\bl4s?\b", "l4"),
    (r"\ba10g?s?\b", "a10g"),
]
WHAT_IF = (
    # a leading "on"/"with" ("on H100s?"), not a compound ("on-prem, on our own A100s")
    r"\bwhat if\b|\bwhat about\b|\bsuppose\b|\bhow about\b|\band if\b|\bif we\b|^\s*(?:on|with|using)\b(?!-)"
    # (nor a statement opening with what goes in: "with glossary + context we send ~250k tok per language")
    r"(?![^?\n]{0,60}\b(?:we|i|they)\s+(?:send|sent|get|got|use|used|have|had|run|ran|pay|paid|process|call|feed|"
    r"pass|put)\b(?![^?\n]*\?)|[^?\n]{0,40}\b(?:because|since|as our|cause)\b(?![^?\n]*\?))"
    # (not today's setup: "On gpt-4.1-mini now, ~$1.3k/mo.")
    r"(?![^?!\n]{0,60}?\b(?:now|today|currently|at the moment|right now|rn|atm|these days)\b(?![^\n]*\?))"
    # (nor a clause about each of the things counted: "on each turn the model would suggest a reply")
    r"(?!\s+(?:each|every|average|a|an|its|their|top)\b)"
    # not a topic heading the user's own facts ("On the team: we have 3 ML engineers", "on compliance, none")
    r"(?!\s+(?:the\s+|our\s+|my\s+)?(?:team|staff|people|headcount|compliance|regulation|quality|latency|data|"
    r"traffic|volume|budget|speed|performance|costs?|pricing|hosting|hardware|infra\w*|security|privacy|timing|"
    r"turnaround|response times?|models?|fine[- ]?tuning|training|(?:\w+\s+)?side|that|this|top of that)\b\s*"
    r"(?:[:,-]|question|front|point))|"
    # (not two letters set apart: "it flipped laterality (L vs R)")
    r"\binstead\b|\bcompare (?:it )?(?:with|to|against)\b|(?<!\b[a-z] )\b(?:vs\.?|versus)(?=\s|$)(?!\s+[a-z]\b)|"
    r"\bjust signed\b|"
    r"\bswitch(?:ed)? to\b|\bwe (?:now|will) (?:need|have)\b|"
    # a condition, then what it costs: "if in future we include the 4,50,000 offline letters ..., what will be the
    # additional cost?"
    r"\bif\b[^.?!]{0,160}?\b(?:what (?:will|would) (?:be )?(?:the )?(?:additional |extra |total |new )?"
    r"(?:cost|price|bill)|"
    r"how much (?:more|extra)|(?:additional|extra) cost)\b|"
    # a cost asked under a condition: "cost if volume triples?", "how much if traffic doubles", "what happens if"
    r"\b(?:costs?|price[sd]?|pricing|how much|what happens|what changes|what would|would it|does it|what then)\b"
    r"[^.?!]{0,40}?\bif\b|"
    # a growth told, then what it does asked ("... that roughly doubles the calls. What happens then?", "next year
    # volume triples, what then?")
    r"\b(?:doubl(?:e|es|ing)|tripl(?:e|es|ing)|quadrupl(?:e|es|ing)|(?:grows?|goes up|increases?|rises?)\s+(?:by\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:x|%|times|fold)|\d+(?:\.\d+)?-?fold))\b[^?]{0,80}?\b(?:what happens|what changes|"
    r"what then|how does (?:that|this|it) change|what (?:would|will|does) (?:that|it|this) (?:cost|do|mean|change)|"
    r"what about then)\b[^.!]{0,30}\?|"
    # priced at a multiple: "at 10x the volume", "with twice the traffic", "price it at three times the volume"
    r"\b(?:at|with|for)\s+(?:\d+(?:\.\d+)?\s*x|twice|double|triple|half|(?:\d+|two|three|four|five|ten)\s+times)\b"
    + r"(?!\s*(?:nvidia |amd |intel )?(?:[a-z]{1,3}\d{2,4}\w*|gpus?|cards?|nodes?|servers?|cpus?|cores?|rtx|tesla)\b)"
)
# a leading condition is a what-if only when it names a change of volume ("say volume goes up tenfold"):
# "if it matters, we have 3 ML engineers" states a fact
WEAK_WHAT_IF = r"^\s*(?:if|say|assume|assuming|imagine|let'?s say)\b"
NUMBER_WORDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0, "a hundred": 100.0, "hundred": 100.0}
GROW = r"(?:grows?|grew|growing|increases?|increased|rises?|rose|goes up|went up|up|jumps?|climbs?|more)"
SHRINK = r"(?:drops?|dropped|falls?|fell|decreases?|decreased|shrinks?|goes down|went down|down|less|fewer|cut)"


# prompt caching named as the change: "what about with caching?", "if we turned on prompt caching"
CACHING = rx.compile(r"\b(?:prompt[- ]cach\w*|cach(?:e|ed|ing)\b(?! miss))")
DATA = Path(__file__).parent / "data" / "whatif.toml"


class CacheExample(BaseModel):
    share: float = Field(gt=0, le=1, description="share of input served from the cache")
    why: str
    source: str


@cache
def prompt_cache_example() -> CacheExample:
    """The cache share a caching what-if is priced at when none was said (data/whatif.toml)."""
    return CacheExample.model_validate(tomllib.loads(DATA.read_text())["prompt_cache"])


OptionsT = TypeVar("OptionsT", bound=BaseModel)  # the analysis options (the decision layer's, not imported here)


class Change(BaseModel):
    """One what-if: the differences from the baseline profile and analysis options."""

    label: str = Field(description="the what-if in a few words")
    volume_factor: float | None = Field(default=None, gt=0, le=1e6, description="multiply volume, e.g. 3")
    tokens_per_month: float | None = Field(default=None, gt=0, description="new total volume per month")
    requests_per_month: float | None = Field(
        default=None, gt=0, description="new request rate per month, at the request size already said"
    )
    gpu: str | None = Field(default=None, description="GPU type to self-host on, e.g. h100")
    pricing: str | None = Field(default=None, description="on_demand, reserved or spot")
    add_compliance: list[str] = Field(default_factory=list, description="regimes to add, e.g. hipaa")
    # the region a residency what-if names, read from the words (not offered to models: prompt size)
    data_region: SkipJsonSchema[DataRegion | None] = None
    compare_models: list[str] = Field(default_factory=list, description="API models to compare")
    ml_engineers: int | None = Field(default=None, ge=0, le=10_000)
    traffic_shape: str | None = Field(default=None, description="steady, business_hours or bursty")
    batch_ok: bool | None = Field(default=None, description="answers can wait hours")
    quality: str | None = Field(default=None, description="frontier or open_weight_ok")
    # read from the words (not offered to models: prompt size; update_profile records both for them)
    cached_share: SkipJsonSchema[float | None] = Field(default=None, ge=0, le=1)
    exclude_vendor_homes: SkipJsonSchema[list[VendorHome]] = Field(default_factory=list)
    # the open-weight model to self-host instead ("what if we ran Llama 3.1 405B on our H100s?"), from the words
    open_model: SkipJsonSchema[str | None] = None
    # a further workload added to today's ("if we include the 4,50,000 offline letters a year"), from the words
    added_tokens_per_month: SkipJsonSchema[float | None] = Field(default=None, gt=0)

    def is_empty(self) -> bool:
        return not any(v not in (None, [], "") for k, v in self.model_dump().items() if k != "label")

    def apply(self, profile: WorkloadProfile, options: OptionsT) -> tuple[WorkloadProfile, OptionsT]:
        """The scenario: copies of the profile and the analysis options with this change applied.

        What-ifs price this pair; "make this the baseline" keeps the same pair, so the baseline carries
        the scenario's GPU and pricing as well as its facts. The inputs are left untouched."""
        updates = {k: v for k, v in self.option_updates().items() if k in type(options).model_fields}
        return self.apply_profile(profile), options.model_copy(update=updates)

    def option_updates(self) -> dict[str, Any]:
        """The analysis options this change sets (GPU type, pricing), by option name."""
        out: dict[str, Any] = {}
        if self.gpu:
            out["gpu"] = self.gpu
        if self.pricing:
            out["pricing"] = self.pricing
        if self.open_model:
            out["open_model"] = self.open_model
        return out

    def apply_profile(self, profile: WorkloadProfile) -> WorkloadProfile:
        """A copy of the profile with this change's facts (the baseline is untouched)."""
        change = self
        new = profile.model_copy(deep=True)
        quote = f"what-if: {change.label}"
        if change.volume_factor is not None:
            new.set(
                "tokens_per_month",
                float(profile.get("tokens_per_month") or 0) * change.volume_factor,
                quote=quote,
            )
        if change.tokens_per_month is not None:
            new.set("tokens_per_month", change.tokens_per_month, quote=quote)
        if change.added_tokens_per_month is not None:
            today = float(new.get("tokens_per_month") or 0)
            new.set("tokens_per_month", today + change.added_tokens_per_month, quote=quote)
        size = request_size(profile)
        if change.requests_per_month is not None and size is not None:
            new.set("tokens_per_month", change.requests_per_month * size, quote=quote)
        if change.traffic_shape:
            new.set("traffic_shape", change.traffic_shape, quote=quote)
        if change.add_compliance or change.data_region:
            extra = ["data_residency"] if change.data_region else []
            regimes = sorted(set(new.regimes()) | set(change.add_compliance) | set(extra))
            new.set("compliance", regimes, quote=quote)
        if change.data_region:
            new.set("data_region", change.data_region, quote=quote)
        if change.ml_engineers is not None:
            new.set("team", {**new.team, "ml_engineers": change.ml_engineers}, quote=quote)
        if change.batch_ok is not None:
            new.set("batch_ok", change.batch_ok, quote=quote)
        if change.quality:
            new.set("quality", change.quality, quote=quote)
        if change.cached_share is not None:
            new.set("cached_share", change.cached_share, quote=quote)
        if change.exclude_vendor_homes:
            homes = {*(new.get("vendor_homes_excluded") or []), *change.exclude_vendor_homes}
            new.set("vendor_homes_excluded", [h for h in VENDOR_HOMES if h in homes], quote=quote)
        if change.compare_models:
            models = list(dict.fromkeys([*new.get("candidate_models"), *change.compare_models]))
            new.set("candidate_models", models, quote=quote)
        return new


# a workload joined to today's, not one in its place ("if we include the offline letters", "on top", "as well")
ADDED_ON = rx.compile(
    r"\b(?:include|includes|including|add|adding|added|on top|as well|in addition|additional|extra|also take on|"
    r"plus)\b"
)


def split(text: str) -> tuple[str, str]:
    """(the what-if, the rest): from the first sentence that asks a what-if on, and the sentences before it, which
    state the user's facts ("Adjusters use it live during office hours. What's the payback if we invest?")."""
    parts = sentences(text)
    first = next((o for o, s in parts if asks_what_if(s)), None)
    if first is None or first == parts[0][0]:
        return text, ""
    return text[first:].strip(), text[:first].strip()


# the ways to run inference that the advice itself weighs: "API vs self-host?" asks for the advice, not a what-if
_WAY = (
    r"(?:(?:an? |the |paid |hosted |managed |proprietary |closed |commercial |third[- ]party |cloud |vendor |llm )?"
    r"(?:apis?|self[- ]?host(?:ing|ed)?|on[- ]?prem(?:ise|ises)?|our own (?:gpus|hardware|servers|models?)|"
    r"open[- ](?:source|weights?)(?: models?)?|host(?:ing)? (?:it )?ourselves|run(?:ning)? (?:it )?ourselves|"
    r"renting gpus|rent(?:ed)? gpus|buy(?:ing)? gpus|in[- ]house|saas))"
)
ADVICE_ASKED_AS_VS = rx.compile(rf"\b{_WAY}\s*(?:vs\.?|versus|/)\s*{_WAY}\b")


def asks_what_if(text: str) -> bool:
    """Whether the message asks a what-if in so many words ("what if", "suppose", "compare with", "at 10x"):
    only then does ``detect`` read a new count of what earlier messages counted (its ``heads``)."""
    t = text.lower().strip()
    if trial_told(t):
        return False  # "we ran an A/B of llama 3.1 70b vs gpt-4o, no difference": a trial told
    return rx.search(WHAT_IF, ADVICE_ASKED_AS_VS.sub(" ", t)) is not None


def detect(text: str, conventions: Conventions | None = None, heads: dict[str, float] | None = None) -> Change | None:
    """A what-if in the user's words, or None (a rate per day read with ``conventions``' days per month). Only
    the sentences that ask it count (``split``): a fact stated beside it belongs to today's workload.

    ``heads``: what earlier messages counted ("4 hospitals"): "what if we go to 10 hospitals?" is 2.5x the volume;
    read only when ``asks_what_if(text)`` (a caller may leave them out otherwise)."""
    text = split(text)[0]
    t = text.lower().strip()
    strong = asks_what_if(text)
    factor = volume_factor(t) if strong or rx.search(WEAK_WHAT_IF, t) else None
    if factor is None and strong and heads:
        factor = count_factor(t, heads)
    if not strong and factor is None:
        return None
    change = Change(label=text.strip().rstrip("?")[:120], volume_factor=factor)
    # "what if we had / were" is a hypothetical, not the past tense the reader sets aside
    hypothetical = rx.sub(r"\b(we|i|they)\s+had\b", r"\1 have", text, flags=re.IGNORECASE)
    hypothetical = rx.sub(r"\b(we|they)\s+were\b", r"\1 are", hypothetical, flags=re.IGNORECASE)
    hypothetical = rx.sub(r"\b(we|they)\s+could\b", r"\1 can", hypothetical, flags=re.IGNORECASE)
    # the clause after "what if" states the changed fact; the reader sets questions aside
    hypothetical = rx.sub(r"^\s*(?:so\s+|and\s+|ok\s+)?(?:what if|suppose|imagine)\s+", "", hypothetical, flags=re.I)
    # "from 50M to 80M a day": the figure it goes to is the what-if
    moved = rx.search(r"\bfrom\b[^.?!]*?\d[^.?!]*?\bto\b([^.?!]*\d[^.?!]*)", hypothetical, flags=re.I)
    if moved:
        hypothetical = moved.group(1)
    parsed = parse_message(hypothetical.rstrip(" ?"), ["tokens_per_month"], conventions, assume_stated=True)
    volume_said = any(u.field == "tokens_per_month" for u in parsed.updates)
    if parsed.pending and "requests" in parsed.pending and change.volume_factor is None and not volume_said:
        change.requests_per_month = float(parsed.pending["requests"])  # "what if we go to 200k req per day?"
    for u in parsed.updates:
        if u.field == "tokens_per_month" and change.volume_factor is None:
            if ADDED_ON.search(t):  # "if we include the offline letters too": on top of today's volume
                change.added_tokens_per_month = float(u.value)
            else:
                change.tokens_per_month = float(u.value)
        elif u.field == "traffic_shape":
            change.traffic_shape = str(u.value)
        elif u.field == "team" and "ml_engineers" in u.value:
            change.ml_engineers = int(u.value["ml_engineers"])
        elif u.field == "batch_ok":
            change.batch_ok = bool(u.value)
        elif u.field == "quality":
            change.quality = str(u.value)
        elif u.field == "cached_share":
            change.cached_share = float(u.value)
        elif u.field == "vendor_homes_excluded":
            change.exclude_vendor_homes = list(u.value)
    if change.cached_share is None and CACHING.search(t):
        example = prompt_cache_example()  # "what about with prompt caching?": priced at an example share, said so
        change.cached_share = example.share
        change.label = f"prompt caching, {example.share:.0%} of the input cached (assumed: tell me your share)"
    hire = rx.search(r"hire[sd]?\s+(\d+|one|two|three|a couple of|an?)\s+(?:ml|mlops|machine learning)", t)
    if hire:
        from assistant.interview.reading.answers import _count

        change.ml_engineers = _count(hire.group(1)) or 1
    for pattern, slug in GPU_WORDS:
        if rx.search(pattern, t):
            change.gpu = slug
            break
    if rx.search(r"\bspot\b", t):
        change.pricing = "spot"
    elif rx.search(r"\breserved\b|\bcommit(?:ted|ment)\b", t):
        change.pricing = "reserved"
    elif rx.search(r"on[- ]demand", t):
        change.pricing = "on_demand"
    change.add_compliance = sorted({name for pattern, name in REGIMES if rx.search(pattern, t)})
    if "data_residency" in change.add_compliance:
        change.data_region = asked_region(text)  # "what if the data had to stay in the EU?"
    change.compare_models = [slug for pattern, slug in MODEL_MENTIONS if rx.search(pattern, t)]
    named_open = [m.slug for _, _, m in find_models(t) if m.open_weight]
    if named_open and (not change.compare_models or SELF_HOSTED.search(t)):
        # "what if we ran Llama 3.1 405B instead?", "what if we served Mistral Small 24B ourselves?": self-hosted
        change.open_model = named_open[0]
        change.compare_models = []
    if rx.search(r"\bbatch\b", t) and change.batch_ok is None:
        change.batch_ok = True
    window = active_days(t, conventions or Conventions())
    if window is not None and change.volume_factor is None and change.tokens_per_month is None:
        days, _words = window
        # the stated daily traffic on those days only: the year's tokens spread over twelve months, in bursts
        change.volume_factor = days / (12 * (conventions or Conventions()).days_per_month)
        change.traffic_shape = "bursty"
        change.label = f"{change.label} ({days:g} days a year at your daily volume)"
    return None if change.is_empty() else change


def count_factor(t: str, heads: dict[str, float]) -> float | None:
    """The volume's multiple when a what-if names a new count of what the traffic comes from: "what if we go to 10
    hospitals?" after "4 hospitals" is 2.5x; a count of something never counted before changes nothing."""
    for m in rx.finditer(
        NUM + r"\s*(?P<more>more\s+|additional\s+|extra\s+|new\s+)?(?:[a-z-]+\s+)?(?P<head>" + COUNTED + r")\b",
        normalize(t),
    ):
        before = heads.get(singular(m["head"]))
        now = number(m) + (before or 0.0) if m["more"] else number(m)  # "6 more stores" on top of the 12
        if before and now > 0 and now != before:
            return now / before
    return None


def volume_factor(t: str) -> float | None:
    """How many times the volume a what-if names: "doubles", "twice the traffic", "10x", "tenfold",
    "3-fold", "grows by 50%" (1.5), "30% less" (0.7), "drops by half" (0.5); None when it names none.
    A multiple of the peak ("peaks at 3x the average") describes the traffic's shape, not a new volume."""
    # what changes is what the condition names: "what would it cost if we doubled?" asks a cost of a doubling
    cond = rx.split(r"\bif\b", t, maxsplit=1)[-1]
    if rx.search(
        r"\b(?:latency|p9\d|prices?|costs?|bill|spend\w*|budget|salar\w*|headcount)\b", cond
    ) and not rx.search(r"\b(?:traffic|volume|usage|tokens?|requests?|load|calls?|queries|users?)\b", cond):
        return None  # "what if latency drops by half?", "what if prices drop 20%?": no volume changes
    if rx.search(r"\b(?:by|in) half\b|\bhalf (?:the|as much|of (?:the|today'?s))\b", t):
        return 0.5
    m = rx.search(r"\b(double[sd]?|triple[sd]?|quadruple[sd]?|halve[sd]?)\b", t)
    if m:
        return FACTORS[m.group(1)]
    if rx.search(r"\btwice\b", t):
        return 2.0
    if rx.search(r"\bpeaks?\b", t):  # "5x peaks": a multiple said beside a peak is the peak's
        return None
    # (never a count of hardware: "one node with 4x A100 40GB")
    m = rx.search(
        r"(\d+(?:\.\d+)?)\s*(?:x\b|times\b|-?\s?fold\b)(?!\s*(?:the )?(?:average|peak))"
        r"(?!\s*(?:nvidia |amd |intel )?(?:[a-z]{1,3}\d{2,4}\w*|gpus?|cards?|nodes?|servers?|cpus?|cores?|rtx|"
        r"tesla|geforce|instinct)\b)",
        t,
    )
    if m:
        return float(m.group(1))
    # "volume x10", "traffic ×3": the multiplier written before its figure, beside what it multiplies (never "x86")
    m = rx.search(r"(?<![\w.])[x×]\s?(\d+(?:\.\d+)?)\b", t)
    if m and rx.search(r"\b(?:traffic|volume|usage|tokens?|requests?|load|calls?|queries|users?)\b", t):
        return float(m.group(1))
    m = rx.search(r"\b(two|three|four|five|ten|a hundred)[\s-]?(?:times|fold)\b|\b(ten|hundred)fold\b", t)
    if m:
        return NUMBER_WORDS[m.group(1) or m.group(2)]
    pct = r"(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)"
    m = rx.search(rf"{GROW}\s+(?:by\s+)?{pct}|\+\s*{pct}|{pct}\s+(?:more|growth|increase|up)\b", t)
    if m:
        return 1 + float(next(g for g in m.groups() if g)) / 100
    m = rx.search(rf"{SHRINK}\s+(?:by\s+)?{pct}|-\s*{pct}|{pct}\s+(?:less|fewer|lower|drop|decrease|down)\b", t)
    if m:
        cut = float(next(g for g in m.groups() if g)) / 100
        return 1 - cut if cut < 1 else None
    return None


WINDOW_UNITS = {"day": 1.0, "weekend": 3.0, "week": 7.0, "fortnight": 14.0, "quarter": 91.0}


def active_days(t: str, conventions: Conventions) -> tuple[float, str] | None:
    """Days a year the workload runs, when a what-if confines it to a window: "only in black friday week",
    "just two weeks a year", "only during the holiday month" -> (7, "only in black friday week")."""
    m = rx.search(
        r"\b(?:only|just|solely|exclusively)\b[^.?!]{0,40}?\b(?:(?P<n>\d+|a|an|one|two|three|four|five|six)\s+)?"
        r"(?P<unit>days?|weekends?|weeks?|fortnights?|months?|quarters?)\b(?:\s+(?:a|per|each|every)\s+year)?",
        t,
    ) or rx.search(
        r"\b(?:(?P<n>\d+|a|an|one|two|three|four|five|six)\s+)?(?P<unit>days?|weekends?|weeks?|fortnights?|months?)\s+"
        r"(?:a|per|each|every)\s+year\b",
        t,
    )
    if m is None:
        return None
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    n = float(words.get(m["n"] or "a", 0) or (m["n"] or 1))
    unit = m["unit"].rstrip("s")
    days = n * (conventions.days_per_month if unit == "month" else WINDOW_UNITS.get(unit, 0))
    if not 0 < days < 365:
        return None
    return days, m.group(0).strip()


def request_size(profile: WorkloadProfile) -> float | None:
    """Tokens in and out of one request, when the user said both (None otherwise)."""
    inp, out = profile.facts.get("request_input_tokens"), profile.facts.get("request_output_tokens")
    return float(inp.value) + float(out.value) if inp is not None and out is not None else None


def apply(profile: WorkloadProfile, change: Change) -> WorkloadProfile:
    """A copy of the profile with the change's profile half applied (see ``Change.apply`` for both halves)."""
    return change.apply_profile(profile)


def analysis_options(change: Change | None) -> dict[str, Any]:
    """Options for the analysis that a what-if changes without touching the profile."""
    return change.option_updates() if change is not None else {}


def title(label: str) -> str:
    """A scenario's title from the user's words: "what if volume triples?" -> "What if volume triples",
    "on H100s" -> "What if: on H100s" (never "What if: what if ...")."""
    words = label.strip().rstrip("?").strip()
    rest = rx.sub(r"^(?:and |so |ok,? )?what if\b[\s,:]*", "", words, flags=re.IGNORECASE)
    if rest != words and rest:
        return f"What if {rest}"
    return f"What if: {words}"
