"""Deterministic reading of free-text answers into profile facts.

"about 50M tokens a day, mostly input", "3k requests an hour at ~1,500 tokens each",
"we're a hospital", "p99 under 200ms", "no ML engineers, one DevOps person". Ambiguous answers
produce a confirming question; impossible ones a clear problem; nothing here raises.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from tools.numbers import QuantityError, parse_quantity
from tools.results import MAX_TOKENS_PER_MONTH

NUM_RAW = r"(?P<num>[-−]?\s*\d[\d,_]*(?:\.\d+)?|[-−]?\.\d+)(?:\s*(?:e|x\s*10\^)\s*(?P<exp>[+-]?\d+))?"
NUM = r"(?<![$€£\w.,])" + NUM_RAW
MAG = r"\s*(?P<mag>k|thousand|m|mm|mn|million|b|bn|billion|t|trillion)?\b"
PERIODS = {
    "second": 86400 * 30,
    "sec": 86400 * 30,
    "s": 86400 * 30,
    "minute": 1440 * 30,
    "min": 1440 * 30,
    "hour": 24 * 30,
    "hr": 24 * 30,
    "h": 24 * 30,
    "day": 30,
    "daily": 30,
    "d": 30,
    "week": 30 / 7,
    "weekly": 30 / 7,
    "wk": 30 / 7,
    "month": 1,
    "monthly": 1,
    "mo": 1,
    "year": 1 / 12,
    "yearly": 1 / 12,
    "annually": 1 / 12,
    "yr": 1 / 12,
    "annual": 1 / 12,
}
PERIOD = (
    r"(?:an?|per|/|each|every|a\s+)?\s*(?P<period>second|sec|minute|min|hour|hr|day|daily|week|weekly|wk|"
    r"month|monthly|mo|year|yearly|annually|annual|yr)\b"
)
WORD_NUMBERS = {
    "zero": 0,
    "no": 0,
    "none": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "a couple of": 2,
    "couple of": 2,
    "three": 3,
    "a few": 3,
    "few": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "ten": 10,
}

REGIMES: list[tuple[str, str]] = [
    (r"\bhipaa\b|\bphi\b|hospital|health ?care|healthcare|patient|clinic|medical", "hipaa"),
    (
        r"\bpci(?:[- ]?dss)?\b|card ?holder|credit card|payments? (?:company|data|processor)|\bbank\b|banking|fintech",
        "pci_dss",
    ),
    (r"\bsoc ?2\b", "soc2"),
    (r"\bgdpr\b|eu (?:personal )?data|european (?:users|customers)|eu customers", "gdpr"),
    (r"fedramp|federal|government|public sector|defen[cs]e (?:contractor|department)|\bdod\b", "fedramp"),
    (
        r"data residency|(?:stay|kept|remain) in (?:the )?(?:eu|europe|germany|france|uk|country|region)|"
        r"can(?:no|')t leave (?:the )?(?:eu|country|region|our (?:vpc|network|cloud))|sovereign",
        "data_residency",
    ),
    (r"air[- ]?gapped|no internet|offline network|on[- ]?prem(?:ises)? only|isolated network", "air_gapped"),
]
NO_REGIME = (
    r"\bno (?:compliance|regulat\w*|special requirements|privacy (?:concerns|requirements))|"
    r"nothing sensitive|not regulated|public data|no sensitive data|none of (?:those|these|them)"
)


class Update(BaseModel):
    field: str
    value: Any
    quote: str
    note: str | None = Field(default=None, description="how the words were interpreted")
    correction: bool = Field(default=False, description="the user corrects an earlier value ('actually 15M, not 40M')")


class ParseResult(BaseModel):
    """What one user message said, in profile terms."""

    updates: list[Update] = Field(default_factory=list)
    intents: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    confirm: str | None = None
    pending: dict[str, Any] | None = Field(default=None, description="value awaiting confirmation")
    clarify: list[str] = Field(default_factory=list, description="fields touched but unclear or contradictory")

    def fields(self) -> list[str]:
        return [u.field for u in self.updates]


def _number(match: re.Match[str]) -> float | None:
    raw = match.group("num").replace("−", "-").replace(" ", "")
    mag = (match.groupdict().get("mag") or "").lower()
    try:
        value = parse_quantity(raw + mag) if mag else parse_quantity(raw)
    except QuantityError:
        return None
    exp = match.groupdict().get("exp")
    if exp:
        value *= 10 ** int(exp)
    return value


def _count(word: str) -> int | None:
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    return WORD_NUMBERS.get(word)


def _is_money(t: str, start: int, end: int) -> bool:
    """Numbers about money ('$5k a month', 'budget of 5k') are not token volumes."""
    before, after = t[max(0, start - 25) : start], t[end : end + 12]
    before = re.split(r"[,;.]| and ", before)[-1]  # only the words of this clause
    return bool(
        re.search(r"[$€£]\s*$|budget|spend|cost|pay|salary|dollars?|usd", before)
        or re.match(r"\s*(?:dollars|usd|eur)", after)
    )


def _volume(text: str, result: ParseResult, expecting: list[str]) -> None:
    t = text.lower()
    # "5M input and 1M output tokens a day"
    split = re.search(
        NUM + MAG + r"\s*(?:tokens?\s*)?(?:of\s*)?input.{0,40}?" + r"(?P<num2>\d[\d,_.]*)\s*"
        r"(?P<mag2>k|m|million|b|billion)?\s*(?:tokens?\s*)?(?:of\s*)?output\s*(?:tokens?)?\s*" + PERIOD,
        t,
    )
    if split:
        inp = _number(split)
        try:
            out = parse_quantity(split.group("num2") + (split.group("mag2") or ""))
        except QuantityError:
            out = None
        if inp is not None and out is not None and inp + out > 0:
            per_month = PERIODS[split.group("period")]
            _set_volume(result, (inp + out) * per_month, split.group(0))
            result.updates.append(Update(field="input_share", value=round(inp / (inp + out), 4), quote=split.group(0)))
            return
    # "3k requests an hour at ~1,500 tokens each"
    req = re.search(
        NUM
        + MAG
        + r"\s*(?:requests?|calls?|queries|messages|conversations)\s*"
        + PERIOD
        + r".{0,30}?(?P<num2>\d[\d,_.]*)\s*(?P<mag2>k)?\s*tokens?",
        t,
    )
    if req:
        n = _number(req)
        try:
            size = parse_quantity(req.group("num2") + (req.group("mag2") or ""))
        except QuantityError:
            size = None
        if n is not None and size is not None:
            _set_volume(
                result,
                n * size * PERIODS[req.group("period")],
                req.group(0),
                note=f"{n:,.0f} requests x {size:,.0f} tokens",
            )
            result.updates.append(Update(field="request_input_tokens", value=size, quote=req.group(0)))
            return
    # "50M tokens a day", "2B tokens monthly", "50M/day", "50 million a day"
    vol = next(
        (
            m
            for m in re.finditer(NUM + MAG + r"\s*(?P<tok>tokens?|toks?)?\s*" + PERIOD, t)
            if not _is_money(t, m.start(), m.end())
        ),
        None,
    )
    if vol and (vol.group("tok") or vol.group("mag") or "token" in t):
        value = _number(vol)
        if value is not None:
            _set_volume(result, value * PERIODS[vol.group("period")], vol.group(0))
            return
    # A number with "tokens" but no period, or a bare number when we asked for the volume.
    bare = next(
        (
            m
            for m in re.finditer(NUM + MAG + r"\s*(?P<tok>tokens?)?", t)
            if not _is_money(t, m.start(), m.end()) and (m.group("tok") or m.group("mag"))
        ),
        None,
    )
    if bare and (bare.group("tok") or ("tokens_per_month" in expecting and bare.group("mag"))):
        value = _number(bare)
        if value is not None:
            if value <= 0 or value * 30 > MAX_TOKENS_PER_MONTH:
                _set_volume(result, value * 30, bare.group(0))
                return
            result.pending = {"tokens": value, "quote": bare.group(0).strip()}
            result.confirm = (
                f"Is that {value:,.0f} tokens per day, or per month? (It changes the answer by a factor of 30.)"
            )


def _set_volume(result: ParseResult, per_month: float, quote: str, note: str | None = None) -> None:
    if per_month < 0 or re.search(r"[-−]\s*\d", quote):
        result.problems.append(
            f"a negative volume ({quote.strip()}) is not possible; how many tokens do you process a day?"
        )
    elif per_month == 0:
        result.problems.append("zero tokens means there is nothing to serve; what volume do you expect?")
    elif per_month > MAX_TOKENS_PER_MONTH:
        result.problems.append(
            f"{per_month:.3g} tokens a month ({quote.strip()}) is beyond any real "
            "workload, more than every provider combined; please check the units"
        )
    else:
        result.updates.append(Update(field="tokens_per_month", value=per_month, quote=quote.strip(), note=note))


def _mix(text: str, result: ParseResult) -> None:
    t = text.lower()
    if "input_share" in result.fields():
        return
    pct = re.search(
        r"(\d{1,3}(?:\.\d+)?)\s*%\s*(?:of (?:it|tokens|that) )?(?:is |are )?"
        r"(input|prompt|in\b|output|completion|generated)",
        t,
    )
    ratio = re.search(
        r"(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*(?:input|in)\s*(?:to|:|/)\s*(?:output|out)", t
    ) or re.search(r"input\s*(?:to|:)\s*output\s*(?:ratio\s*)?(?:of\s*)?(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)", t)
    value, note = None, None
    if pct and float(pct.group(1)) <= 100:
        share = float(pct.group(1)) / 100
        value = share if pct.group(2) in ("input", "prompt", "in") else 1 - share
        quote = pct.group(0)
    elif ratio:
        a, b = float(ratio.group(1)), float(ratio.group(2))
        value, quote = (a / (a + b) if a + b else None), ratio.group(0)
    elif re.search(
        r"mostly input|input[- ]heavy|long prompts?|short (?:answers|outputs|replies)|summari[sz]|"
        r"classif|extract|mostly (?:reading|prompts)|rag\b",
        t,
    ):
        value, quote, note = 0.8, "mostly input", "read as about 80% input"
    elif re.search(
        r"mostly output|output[- ]heavy|long (?:answers|outputs|responses)|generat\w+ heavy|"
        r"writes? long|content generation",
        t,
    ):
        value, quote, note = 0.3, "mostly output", "read as about 30% input"
    elif re.search(r"half and half|50\s*/\s*50|even(?:ly)? split|equal(?:ly)? split|about equal", t):
        value, quote = 0.5, "half and half"
    if value is not None:
        result.updates.append(Update(field="input_share", value=round(value, 4), quote=quote, note=note))


def _traffic(text: str, result: ParseResult) -> None:
    t = text.lower()
    shape = None
    if re.search(r"business hours|office hours|working hours|9\s*(?:to|-)\s*5|weekdays|daytime", t):
        shape = "business_hours"
    elif re.search(r"spiky|bursty|bursts?\b|unpredictable|spikes?\b|seasonal|launch(?:es)?\b|irregular", t):
        shape = "bursty"
    elif re.search(
        r"steady|constant|24/7|round the clock|around the clock|flat\b|predictable|stable load|even load", t
    ):
        shape = "steady"
    if shape:
        result.updates.append(Update(field="traffic_shape", value=shape, quote=shape.replace("_", " ")))
    peak = re.search(
        r"peaks? (?:at|of|is|around|about)?\s*(\d+(?:\.\d+)?)\s*x|(\d+(?:\.\d+)?)\s*x (?:the )?(?:average|peak)",
        t,
    )
    if peak:
        value = float(peak.group(1) or peak.group(2))
        if value >= 1:
            result.updates.append(Update(field="peak_to_average", value=value, quote=peak.group(0)))


def _compliance(text: str, result: ParseResult, expecting: list[str]) -> None:
    t = text.lower()
    found = [name for pattern, name in REGIMES if re.search(pattern, t)]
    if found:
        result.updates.append(Update(field="compliance", value=sorted(set(found)), quote=", ".join(found)))
    elif re.search(NO_REGIME, t) or (
        "compliance" in expecting and re.fullmatch(r"\s*(no|none|nope|nothing|n/?a)\.?\s*", t)
    ):
        result.updates.append(Update(field="compliance", value=["none"], quote="no regime"))


def _latency(text: str, result: ParseResult) -> None:
    t = text.lower().replace("sub-", "under ")
    m = re.search(
        r"(?:p(?P<pct>50|90|95|99)|latency|ttft|time to first token|respond|response)\D{0,25}?"
        r"(?:under|below|<=?|less than|within|of|at most|≤|max)?\s*(?P<v>\d+(?:\.\d+)?)\s*"
        r"(?P<u>ms|milliseconds?|s|sec|seconds?)\b",
        t,
    )
    if m:
        value = float(m.group("v")) * (1 if m.group("u").startswith("m") else 1000)
        if value <= 0:
            result.problems.append("a latency target of zero is not achievable; what p99 do you need?")
        else:
            result.updates.append(
                Update(
                    field="latency_p99_ms",
                    value=value,
                    quote=m.group(0).strip(),
                    note=None if m.group("pct") in (None, "99") else f"p{m.group('pct')} target",
                )
            )
    if not m:
        bare = re.search(r"(?:under|below|less than|<)\s*(\d+(?:\.\d+)?)\s*(ms|milliseconds?)\b", t)
        if bare:
            result.updates.append(Update(field="latency_p99_ms", value=float(bare.group(1)), quote=bare.group(0)))
    if re.search(
        r"latency (?:doesn'?t|does not) matter|can wait|overnight|batch(?:ed)? (?:jobs?|processing)|"
        r"async(?:hronous)?|not real[- ]time|next day|within hours",
        t,
    ):
        result.updates.append(Update(field="batch_ok", value=True, quote="answers can wait"))


def _team(text: str, result: ParseResult, expecting: list[str]) -> None:
    t = text.lower()
    team: dict[str, Any] = {}
    ml = re.search(
        r"(\d+|no|zero|one|two|three|four|five|six|ten|a couple of|a few|a single|an?)\s+"
        r"(?:dedicated\s+|senior\s+)?(?:ml|machine learning|mlops|ai|data science)\s*(?:/\s*mlops\s*)?"
        r"(?:engineers?|people|folks|experts?|team members?|specialists?)",
        t,
    )
    if ml:
        if re.search(r"[-−]\s*$", t[: ml.start(1)]):
            result.problems.append("a negative number of engineers is not possible; how many ML engineers do you have?")
            return
        team["ml_engineers"] = _count(ml.group(1)) or 0
    if re.search(r"no (?:ml|machine learning|ai) (?:team|expertise|experience)|nobody (?:knows|with) (?:ml|gpu)", t):
        team["ml_engineers"] = 0
    if re.search(r"\bmlops (?:team|group|people)|platform team|ml platform|ml infra(?:structure)? team", t):
        team["mlops"] = True
        team.setdefault("ml_engineers", max(1, team.get("ml_engineers", 0)))
    dev = re.search(
        r"(\d+|no|zero|one|two|three|a couple of|a few|a single|an?)\s+(?:devops|sre|ops|infra(?:structure)?)\s*"
        r"(?:engineers?|people|persons?|person|folks|guys)?",
        t,
    )
    if dev:
        team["devops"] = _count(dev.group(1)) or 0
    if re.search(r"\b(?:kubernetes|k8s|eks|gke|aks)\b", t) and not re.search(r"no (?:kubernetes|k8s)", t):
        team["kubernetes"] = True
    gpus = re.search(
        r"(?:have|own|already|existing|run|bought)\D{0,20}?(\d+)?\s*x?\s*(a100s?|h100s?|h200s?|l4s?|a10g?s?|"
        r"rtx ?\d{4}s?|gpus?|gpu (?:cluster|nodes?|servers?))",
        t,
    )
    if gpus and not re.search(r"(?:no|don'?t have|without) (?:any )?gpus?", t):
        team["gpu_infra"] = True
        team["existing_gpus"] = (gpus.group(1) + " x " if gpus.group(1) else "") + gpus.group(2)
    if team:
        result.updates.append(Update(field="team", value=team, quote=", ".join(f"{k}={v}" for k, v in team.items())))
    elif "team" in expecting and re.fullmatch(r"\s*(no|none|nope|nobody|just me|solo)\.?\s*", t):
        result.updates.append(Update(field="team", value={"ml_engineers": 0, "devops": 0}, quote=t.strip()))


def _quality(text: str, result: ParseResult) -> None:
    t = text.lower()
    if re.search(
        r"frontier|gpt-?5[- ](?:level|quality|class)|best (?:possible |available )?(?:model|quality)|"
        r"top[- ](?:tier|quality)|state[- ]of[- ]the[- ]art|complex reasoning|agentic|hardest tasks|"
        r"(?:need|must have|require)s? (?:gpt-?5|claude|opus|sonnet)",
        t,
    ):
        result.updates.append(Update(field="quality", value="frontier", quote="frontier quality"))
    elif re.search(
        r"open[- ]?(?:source|weights?).{0,25}?(?:fine|ok|okay|good enough|enough|acceptable)|"
        r"good enough|llama (?:is|would be) (?:fine|ok)|simple tasks|don'?t need (?:the )?(?:best|frontier)|"
        r"quality (?:isn'?t|is not) critical",
        t,
    ):
        result.updates.append(Update(field="quality", value="open_weight_ok", quote="open-weight is fine"))


def _misc(text: str, result: ParseResult) -> None:
    t = text.lower()
    if re.search(r"\bno (?:need to )?fine[- ]?tun", t) or "don't need to fine" in t:
        result.updates.append(Update(field="fine_tuning", value=False, quote="no fine-tuning"))
    elif re.search(r"fine[- ]?tun|\blora\b|custom(?:ised|ized)? model|train(?:ed)? on our (?:own )?data", t):
        result.updates.append(Update(field="fine_tuning", value=True, quote="fine-tuning"))
    budget = re.search(
        r"(?:budget|spend|afford)\D{0,20}?\$?\s*" + NUM_RAW + MAG + r"\s*(?:/|a|per)?\s*(?:month|mo)?", t
    ) or re.search(r"\$\s*" + NUM_RAW + MAG + r"\s*(?:/|a|per)\s*(?:month|mo)\s*budget", t)
    if budget and re.search(r"[-−]\s*[$€£]?\s*\d", budget.group(0)):
        result.problems.append("a negative budget is not possible; what can you spend a month?")
    elif budget:
        value = _number(budget)
        if value is not None and value > 0:
            result.updates.append(Update(field="budget_usd_per_month", value=value, quote=budget.group(0)))
    models = []
    for pattern, slug in MODEL_MENTIONS:
        if re.search(pattern, t):
            models.append(slug)
    if models:
        result.updates.append(Update(field="candidate_models", value=models, quote=", ".join(models)))


MODEL_MENTIONS = [
    (r"gpt-?5\b", "gpt-5"),
    (r"gpt-?4o\b", "gpt-4o"),
    (r"4\.1[- ]?nano", "gpt-4.1-nano"),
    (r"opus 4\.5|opus-4\.5", "claude-opus-4.5"),
    (r"sonnet 4\.5|sonnet-4\.5", "claude-sonnet-4.5"),
    (r"claude 3\.5|sonnet 3\.5", "claude-3.5-sonnet"),
    (r"gemini(?: 2\.5)? pro", "gemini-2.5-pro"),
    (r"gemini(?: 2\.5)? flash|\bflash\b", "gemini-2.5-flash"),
    (r"deepseek", "deepseek-v3.2"),
    (r"grok", "grok-3"),
    (r"mistral small", "mistral-small-3.1"),
    (r"groq", "groq/llama-3.3-70b"),
    (r"together(?:\.ai)?", "together/llama-3.3-70b"),
]

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


def parse_message(text: str, expecting: list[str] | None = None) -> ParseResult:
    """Read one user message. ``expecting`` names the fields the last question asked about."""
    expecting = expecting or []
    result = ParseResult()
    clean = text.replace("\u200b", "").strip()
    clean = re.sub(r"(\d+(?:\.\d+)?)\s*\^\s*([+-]?\d+)", lambda m: f"{m.group(1)}e{m.group(2)}", clean)
    if not clean:
        result.intents.append("empty")
        return result
    for name, pattern in INTENTS:
        if re.search(pattern, clean.lower()):
            result.intents.append(name)
    if "audit" in result.intents or "injection" in result.intents:
        # A quoted article figure or an instruction is not a description of the user's workload.
        if clean.rstrip().endswith("?") and "audit" not in result.intents:
            result.intents.append("question")
        return result
    _volume(clean, result, expecting)
    _mix(clean, result)
    _traffic(clean, result)
    _compliance(clean, result, expecting)
    _latency(clean, result)
    _team(clean, result, expecting)
    _quality(clean, result)
    _misc(clean, result)
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


def resolve_pending(text: str, pending: dict[str, Any]) -> ParseResult:
    """Answer to 'per day or per month?' for a number given without its period."""
    result = ParseResult()
    m = re.search(PERIOD, text.lower()) or re.search(r"\b(daily|monthly|day|month|week|hour|year)\b", text.lower())
    if m:
        period = m.groupdict().get("period") or m.group(1)
        _set_volume(result, float(pending["tokens"]) * PERIODS[period], f"{pending['quote']} per {period}")
    return result
