"""Numeric grounding: every figure in an answer must come from a tool result or the user."""

from __future__ import annotations

import bisect
import contextlib
import functools
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, NamedTuple

from tools.results import Conventions

_NAMES = re.compile(
    r"\b(?:gpt|claude|gemini|llama|qwen|mistral(?: small| large)?|grok|gemma|deepseek|opus|sonnet|haiku|phi|rtx|"
    r"step|tier|section|soc|pci|iso|version)[\s-]?v?\d+(?:\.\d+)*(?:[- ]\d+(?:\.\d+)?b\b|-[a-z0-9]+)*\b|"
    r"\b[a-z]+\d+[a-z0-9]*(?:-[a-z0-9]+)*\b|"  # H100, A100, L4, p99, fp8, int4, a100-80gb
    r"\b\d+(?:\.\d+)?b(?=[\s,)]*(?:model|parameter|params|instruct|vision))|\b\d+-bit\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.])[-+]?\$?\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|b|t|million|billion|thousand|trillion)?"
    r"x?(?![\w])",
    re.IGNORECASE,
)
_SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "million": 1e6,
    "b": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "trillion": 1e12,
}


_DIGIT = re.compile(r"\d")
Figure = tuple[str, float, float]

# What a figure counts: money, tokens, a share (written as a percentage), GPUs, a latency (in ms), a
# ratio ("2.3x"), or a bare number whose unit the text does not say.
Unit = Literal["usd", "tokens", "share", "gpus", "ms", "ratio", "number"]
UNITS: tuple[Unit, ...] = ("usd", "tokens", "share", "gpus", "ms", "ratio", "number")
# Money and volumes are per a period ("a month", "a day"); a figure that names one matches values of it.
Period = Literal["day", "month", "year", "hour", ""]
Scale = Literal["fraction", "seconds", ""]  # a 0-1 share written as a percentage; seconds written as ms
# Shares and volumes are dense (a handful of percentages, a dozen breakevens): a figure of these units
# must also be about the same thing as the value it matches (a word in common, or a value about nothing
# in particular, such as the workload's own volume).
ANCHORED: frozenset[Unit] = frozenset({"share", "tokens"})
Words = frozenset[str]
NOTHING: Words = frozenset()


class Written(NamedTuple):
    """One figure as a text writes it: value, precision, unit, period and the words of its clause."""

    written: str
    value: float
    half_step: float  # half of the last written digit: the precision it was rounded to
    unit: Unit
    period: Period = ""
    about: Words = NOTHING


_GPU_NAME = (
    r"(?:nvidia\s+)?(?:[hb]\d{3}|gb\d{3}|a\d{2,3}g?|l4|l40s?|t4|v100|mi\d{3}x?|rtx\s*\d{4}(?:\s*ti)?)"
    r"(?:[-\s]?\d+\s?gb)?s?\b"
)
_AFTER_SHARE = re.compile(r"\s*(?:%|percent\b|per cent\b|\s*[-\u2013]\s*\d[\d,]*(?:\.\d+)?\s*%)", re.I)
_AFTER_USD = re.compile(r"\s*(?:usd|dollars?)\b", re.I)
_AFTER_MS = re.compile(r"\s*(?:ms|milliseconds?)\b", re.I)
_AFTER_S = re.compile(r"\s*(?:s|secs?|seconds?)\b", re.I)
_AFTER_GPUS = re.compile(rf"\s*(?:×\s*)?(?:{_GPU_NAME}|(?:[\w-]+\s+)?(?:gpus?|replicas?|cards?|accelerators?)\b)", re.I)
_AFTER_GPU_NAME = re.compile(rf"\s*{_GPU_NAME}", re.I)
_AFTER_RATIO = re.compile(r"\s*(?:times\b|×)", re.I)
_AFTER_TOKENS = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:tokens?|tok\b|input|output|prompt|completion)|"
    r"\s*(?:tokens?\s*)?(?:a|per|/)\s*(?:day|month|mo|d)\b|\s*(?:daily|monthly)\b",
    re.I,
)
_AFTER_COUNTED = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:requests?|users?|calls?|queries|messages|documents|pages|words|parameters|params|"
    r"customers|employees|people|hours?|days?|months?|years?)\b",
    re.I,
)
_AFTER_PERIOD = re.compile(
    r"\s*(?:usd\s*|dollars?\s*)?(?:(?:[a-z-]+\s+){0,2}?tokens?\s*)?(?:(?:a|an|per|each|/)\s*"
    r"(?P<unit>day|d|month|mo|year|yr|hour|hr|h)\b|(?P<adj>daily|monthly|yearly|annually|hourly)\b)",
    re.I,
)
_PERIODS: dict[str, Period] = {
    "day": "day",
    "d": "day",
    "daily": "day",
    "month": "month",
    "mo": "month",
    "monthly": "month",
    "year": "year",
    "yr": "year",
    "yearly": "year",
    "annually": "year",
    "hour": "hour",
    "hr": "hour",
    "h": "hour",
    "hourly": "hour",
}
_RANGE = re.compile(r"\s*(?:-|\u2013|to)\s*\$?\s*", re.I)
# where a figure's clause ends: a line, a sentence, a semicolon (a decimal point is not an end)
_CLAUSE = re.compile(r"\n|;\s|(?<!\d)[.!?](?=\s|$)")
_WORD = re.compile(r"[a-z][a-z0-9]*")
_NEAR_BEFORE, _NEAR_AFTER = 60, 40  # characters around a figure, within its clause, that say what it is about
# words that say nothing about what a figure is of (units, periods, glue)
_STOP = frozenset(
    """a an the of to in on at for per and or with by is are be was were it its your you we our us this that
    these those as from than about around roughly approx approximately just only over under up down into
    not no so if then there here which what who how each every all any more less most least much many
    usd dollar dollars cost costs price prices priced token tokens tok share shares pct percent month months
    monthly mo day days daily year years yearly annual annually hour hours hourly ms vs versus would could
    will can may might should plus minus total baseline scenario current new now before after delta
    change changes model models option options expect expected use used using run runs running get make
    like some other another""".split()
)


_YOU = frozenset({"you", "your", "yours", "we", "our", "ours", "us"})
_THE_USER = "@you"  # a marker among the words, never a word itself


def _stem(word: str) -> str:
    return word[:5]


def words_of(text: str) -> Words:
    """The content words of a text, roughly stemmed (what a figure in it is about); "your", "we" and
    the like as one marker (the user's own workload)."""
    words = _WORD.findall(text.lower())
    out = {_stem(w) for w in words if len(w) > 2 and w not in _STOP}
    if _YOU.intersection(words):
        out.add(_THE_USER)
    return frozenset(out)


# The workload's own volume (a volume field that names nothing else, or the user's figure) is about
# the user's traffic: a clause that says "your", "workload", "volume", "traffic"... names it.
VOLUME: Words = frozenset(
    {_THE_USER, *(_stem(w) for w in ("workload", "volume", "traffic", "usage", "load", "process"))}
)


def numbers_in(text: str) -> list[Figure]:
    """(as written, value, half of the last written digit) for every figure in a text."""
    return [(f.written, f.value, f.half_step) for f in figures_in(text)]


def figures_in(text: str) -> list[Written]:
    """Every figure in a text with its value, written precision, unit, period and clause words."""
    return list(_figures(text)) if _DIGIT.search(text) else []


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))  # offsets stay those of the text, so the words after a figure can be read


@functools.lru_cache(maxsize=8192)  # tool payloads repeat the same notes and labels turn after turn
def _figures(text: str) -> tuple[Written, ...]:
    cleaned = _NAMES.sub(_blank, re.sub(r"https?://\S+", _blank, text))
    cleaned = re.sub(r"\b(19|20)\d{2}-\d{2}(?:-\d{2})?\b", _blank, cleaned)  # dates
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    out: list[Written] = []
    ends: list[int] = []
    for m in _NUMBER.finditer(cleaned):
        digits = m.group(1).replace(",", "")
        try:
            base = float(digits)
        except ValueError:
            continue
        suffix = (m.group(2) or "").lower()
        scale = _SCALE.get(suffix, 1.0)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        written = m.group(0).strip()
        after = text[m.end() : m.end() + 48]
        unit, factor = _unit_of(written, bool(suffix), after)
        if out and unit not in ("usd", "share") and _RANGE.fullmatch(text[ends[-1] : m.start()]):
            unit = out[-1].unit  # "$3,000-5,000", "40-60%": the second figure of a range is in the first's unit
        pm = _AFTER_PERIOD.match(after)
        period = _PERIODS[(pm.group("unit") or pm.group("adj")).lower()] if pm and unit in ("usd", "tokens") else ""
        i = bisect.bisect_right(bounds, m.start(1))
        start, end = bounds[i - 1], bounds[i] if i < len(bounds) else len(text)
        # what the figure is about: the words near it in its clause
        near = (
            text[max(start, m.start() - _NEAR_BEFORE) : m.start()]
            + " "
            + text[m.end() : min(end, m.end() + _NEAR_AFTER)]
        )
        out.append(
            Written(
                written, base * scale * factor, 0.5 * 10 ** (-decimals) * scale * factor, unit, period, words_of(near)
            )
        )
        ends.append(m.end())
    return tuple(out)


def _unit_of(written: str, scaled: bool, after: str) -> tuple[Unit, float]:
    """The unit a figure is written in (and the factor to its canonical scale: seconds to ms)."""
    if "$" in written or _AFTER_USD.match(after):
        return "usd", 1.0
    if _AFTER_SHARE.match(after):
        return "share", 1.0
    if not scaled and _AFTER_MS.match(after):
        return "ms", 1.0
    if not scaled and _AFTER_S.match(after):
        return "ms", 1000.0
    if written.endswith(("x", "X")):  # "2.3x" is a ratio; "2 x H100" counts GPUs
        return ("gpus" if re.search(r"\s[xX]$", written) and _AFTER_GPU_NAME.match(after) else "ratio"), 1.0
    if not scaled and _AFTER_GPUS.match(after):
        return "gpus", 1.0
    if _AFTER_RATIO.match(after):
        return "ratio", 1.0
    if _AFTER_TOKENS.match(after):
        return "tokens", 1.0
    if scaled and not _AFTER_COUNTED.match(after):
        return "tokens", 1.0
    return "number", 1.0


# ---------------------------------------------------------------------------------------------
# What a tool's field counts, from its name (units are in field names: ``monthly_usd``,
# ``breakeven_tokens_per_month``, ``input_share``, ``latency_p99_ms``); a field without one takes
# its parent's ("changed_costs" -> before/after are dollars).

# fields whose text names what the numbers beside them are about (a table row's option, a breakeven's model)
_NAME_FIELDS = frozenset({"name", "model", "gpu", "api_model", "small_model", "small_gpu", "label"})


@functools.lru_cache(maxsize=1024)
def _field_unit(key: str) -> tuple[Unit | None, Period, Scale]:
    """(unit, period, how the value is scaled) of a field name; no unit when the name does not say."""
    k = key.lower()
    period: Period = (
        "month"
        if "month" in k
        else "day"
        if "day" in k or "daily" in k
        else "year"
        if "year" in k or "annual" in k
        else "hour"
        if "hour" in k
        else ""
    )
    unit: Unit | None = None
    scale: Scale = ""
    if "usd" in k or "price" in k or "cost" in k or "spend" in k or "budget" in k:
        unit = "usd"
    elif "token" in k or "mtok" in k:
        unit = "tokens"
    elif k.endswith("_pct") or "percent" in k:
        unit = "share"
    elif k.endswith("share") or "utili" in k or "headroom" in k or "discount" in k or k.endswith("fraction"):
        unit, scale = "share", "fraction"
    elif k.endswith("_ms"):
        unit = "ms"
    elif k.endswith(("_s", "_seconds")):
        unit, scale = "ms", "seconds"
    elif "gpus" in k or "replicas" in k or k in ("units", "gpu_count"):
        unit = "gpus"
    elif "multiplier" in k or k.startswith("times_") or "ratio" in k or "factor" in k or "peak_to" in k:
        unit = "ratio"
    return unit, period, scale


@functools.lru_cache(maxsize=1024)
def _key_words(key: str) -> Words:
    return words_of(key.replace("_", " "))


class _Entry(NamedTuple):
    value: float
    period: Period
    about: Words


class Allowed(list[float]):
    """The values figures may match, by unit, each with only the views that make sense for its unit:
    money a month also a year; tokens a month also a day (and the reverse), with the conversation's days
    per month; a share also as a percentage; seconds also as ms. A figure matches a value of its unit (or
    a bare number) at the figure's written precision, of the period it names, and (shares and tokens)
    about something the figure's clause also names.

    As a list it holds every value once, sorted (what code that only needs the numbers reads)."""

    __slots__ = ("_entries", "_keys")

    def __init__(self, entries: Mapping[Unit, Iterable[_Entry]] | None = None) -> None:
        self._entries: dict[Unit, list[_Entry]] = {
            u: sorted(set((entries or {}).get(u, ())), key=lambda e: e.value) for u in UNITS
        }
        self._keys = {u: [e.value for e in es] for u, es in self._entries.items()}
        super().__init__(sorted({v for vs in self._keys.values() for v in vs}))

    @classmethod
    def of(cls, values: Allowed | Iterable[float]) -> Allowed:
        """Allowed values as they are, or plain numbers (no unit known) as bare numbers."""
        if isinstance(values, Allowed):
            return values
        return cls({"number": [_Entry(abs(float(v)), "", NOTHING) for v in values]})

    def values(self, unit: Unit | None = None) -> list[float]:
        """The values of one unit (all units when None), sorted."""
        return sorted(set(self._keys[unit])) if unit is not None else list(self)

    def supports(self, figure: Written) -> bool:
        """Some allowed value of the figure's unit (or a bare number) is this figure, as written."""
        # a bare number of a tool's stands for no share or volume (those are dense, and always written so)
        units: Iterable[Unit] = (
            UNITS if figure.unit == "number" else (figure.unit,) if figure.unit in ANCHORED else (figure.unit, "number")
        )
        value = abs(figure.value)
        tol = figure.half_step + 1e-9 * max(1.0, value)
        for u in units:
            keys, entries = self._keys[u], self._entries[u]
            i = bisect.bisect_left(keys, value - tol)
            while i < len(keys) and keys[i] <= value + tol:
                e = entries[i]
                if (not figure.period or not e.period or e.period == figure.period) and (
                    figure.unit not in ANCHORED or not e.about or e.about & figure.about
                ):
                    return True
                i += 1
        return False


def _views(unit: Unit, period: Period, scale: Scale, v: float, days: float) -> tuple[tuple[float, Period], ...]:
    views: dict[Period, tuple[tuple[float, Period], ...]]
    if unit == "usd":
        views = {
            "month": ((v, "month"), (v * 12, "year")),
            "day": ((v, "day"), (v * days, "month")),
            "year": ((v, "year"), (v / 12, "month")),
        }
        return views.get(period, ((v, period),))
    if unit == "tokens":
        views = {"month": ((v, "month"), (v / days, "day")), "day": ((v, "day"), (v * days, "month"))}
        return views.get(period, ((v, period),))
    if scale == "fraction":
        return ((v * 100, ""), (v, ""))
    if scale == "seconds":
        return ((v * 1000, ""),)
    return ((v, period),)


def _collect(
    obj: Any, unit: Unit | None, period: Period, scale: Scale, about: Words, days: float, out: dict[Unit, set[_Entry]]
) -> None:
    if isinstance(obj, bool) or obj is None:
        return
    if isinstance(obj, int | float):
        if math.isfinite(obj):
            u = unit or "number"
            for value, p in _views(u, period, scale, abs(float(obj)), days):  # signs are written as words
                out[u].add(_Entry(value, p, about if u in ANCHORED else NOTHING))
    elif isinstance(obj, dict):
        # a number is about its own field, the names in its record (a row's option, a breakeven's model)
        # and, for the rows of a list, the list's field; a nested record starts afresh
        names = frozenset[str]().union(
            *(words_of(str(obj[k])) for k in _NAME_FIELDS & obj.keys() if isinstance(obj[k], str))
        )
        for key, value in obj.items():
            k_unit, k_period, k_scale = _field_unit(str(key))
            inner = (
                (about | names | _key_words(str(key)) or VOLUME)
                if isinstance(value, int | float) and (k_unit or unit) == "tokens"
                else about | names | _key_words(str(key))
                if isinstance(value, int | float | str)
                else _key_words(str(key))
                if isinstance(value, list | tuple)
                else NOTHING
            )
            if k_unit is None:
                _collect(value, unit, k_period or period, scale, inner, days, out)
            else:
                _collect(value, k_unit, k_period or period, k_scale, inner, days, out)
    elif isinstance(obj, list | tuple):
        for v in obj:
            _collect(v, unit, period, scale, about, days, out)
    elif isinstance(obj, str) and _DIGIT.search(obj):
        for f in _figures(obj):  # a figure in a tool's text: as written, in its unit, about its clause
            out[f.unit].add(_Entry(abs(f.value), f.period, f.about | about if f.unit in ANCHORED else NOTHING))


def allowed_values(
    tool_payloads: Iterable[Any], user_texts: Iterable[str], conventions: Conventions | None = None
) -> Allowed:
    """Values a figure may match: tool numbers (with their unit's views) and the user's figures
    (a volume per day also per month, with ``conventions``' days per month)."""
    days = (conventions or Conventions()).days_per_month
    out: dict[Unit, set[_Entry]] = {u: set() for u in UNITS}
    for payload in tool_payloads:
        if isinstance(payload, str):
            with contextlib.suppress(ValueError):
                payload = json.loads(payload)
        _collect(payload, None, "", "", NOTHING, days, out)
    for text in user_texts:
        for f in figures_in(text):  # the user's figures: anywhere, a volume in any period, a share about its words
            v = abs(f.value)
            about = f.about if f.unit == "share" else NOTHING
            if f.unit == "tokens" and f.period:
                views = _views("tokens", f.period, "", v, days)
            elif f.unit in ("tokens", "number"):
                views = ((v, ""), (v * days, ""), (v / days, ""))
            else:
                views = ((v, ""),)
            for value, period in views:
                out[f.unit].add(_Entry(value, period, about))
    return Allowed(out)


def _small_count(figure: Written) -> bool:
    """A count up to ten ('2 replicas', '3x', 'step 4') needs no source; a share, money or volume does."""
    return figure.unit in ("number", "gpus", "ratio") and figure.value <= 10 and float(figure.value).is_integer()


def ungrounded(answer: str, allowed: Allowed | Iterable[float]) -> list[str]:
    """Figures in the answer that no tool result or user message supports."""
    return first_ungrounded(answer, lambda: allowed)


def first_ungrounded(answer: str, *sources: Callable[[], Allowed | Iterable[float]]) -> list[str]:
    """Like ``ungrounded`` over the union of the sources' allowed values, but a source is only
    computed while some figure is still unsupported: the cheap ones go first. A source may give plain
    numbers (no unit known)."""
    figures = [f for f in figures_in(answer) if not _small_count(f)]
    for source in sources:
        if not figures:
            break
        allowed = Allowed.of(source())
        figures = [f for f in figures if not allowed.supports(f)]
    return list(dict.fromkeys(f.written for f in figures))


# ---------------------------------------------------------------------------------------------
# Reply checks: what a weak or misconfigured model produces that must never reach the user.

# Chat-template control tokens of the common families (ChatML, Llama 2/3, Gemma, Mistral, Phi,
# GPT-2/NeoX, DeepSeek, Qwen tool calls), and the generic <|...|> shape they share.
_TEMPLATE = re.compile(
    r"<\|[^|<>\s]{1,40}\|>|<｜[^｜<>]{1,40}｜>|\[/?INST\]|<</?SYS>>|</?s>|<(?:start|end)_of_turn>|"
    r"<(?:bos|eos|pad|unk|mask)>|\[/?(?:AVAILABLE_TOOLS|TOOL_CALLS|TOOL_RESULTS|SYSTEM_PROMPT)\]|"
    r"</?tool_call>|</?tool_response>|</?function_call>|<\|?(?:im_start|im_end|endoftext)\|?>",
    re.IGNORECASE,
)
# End-of-turn markers a server sometimes leaves at the very end of a good reply: cut, not refused.
_TRAILING_END = re.compile(
    r"(?:\s*(?:<\|im_end\|>|<\|eot_id\|>|<\|end\|>|<end_of_turn>|</s>|<eos>|<\|endoftext\|>))+\s*$"
)
_WORDS = re.compile(r"[a-z0-9]+(?:['.][a-z0-9]+)*")


def template_tokens(text: str) -> list[str]:
    """The chat-template control tokens in a text, as written (first occurrence of each)."""
    return list(dict.fromkeys(m.group(0) for m in _TEMPLATE.finditer(text)))


def strip_trailing_end(text: str) -> str:
    """A reply without the end-of-turn markers some servers leave at its very end."""
    return _TRAILING_END.sub("", text)


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def echoes(reply: str, source: str, *, min_words: int = 4, span: int = 8) -> bool:
    """True when the reply repeats the source: it mostly consists of it, copies a long one from its
    start, or (for a long source such as a system prompt) carries any run of ``span`` of its words.
    A reply that restates a short message and goes on to answer it is not an echo."""
    said, got = _words(source), _words(reply)
    if len(said) < min_words or not got:
        return False
    if len(said) >= 12 and got[:12] == said[:12]:  # a long message copied from its start
        return True
    text, whole = " ".join(got), " ".join(said)
    if whole in text and len(said) * 2 >= len(got):
        return True
    if len(said) >= 3 * span:
        grams = {" ".join(said[i : i + span]) for i in range(len(said) - span + 1)}
        return any(" ".join(got[i : i + span]) in grams for i in range(len(got) - span + 1))
    return False
