"""Numeric grounding: every figure in an answer must come from a tool result or the user."""

from __future__ import annotations

import bisect
import contextlib
import functools
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
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
Period = Literal["day", "month", "year", "hour", ""]
Scale = Literal["fraction", "seconds", ""]  # a 0-1 share written as a percentage; seconds written as ms


class Written(NamedTuple):
    """One figure as an answer (or a tool's text) writes it: value, precision and unit."""

    written: str
    value: float
    half_step: float  # half of the last written digit: the precision it was rounded to
    unit: Unit


_GPU_NAME = (
    r"(?:nvidia\s+)?(?:[hb]\d{3}|gb\d{3}|a\d{2,3}g?|l4|l40s?|t4|v100|mi\d{3}x?|rtx\s*\d{4}(?:\s*ti)?)"
    r"(?:[-\s]?\d+\s?gb)?s?\b"
)
_AFTER_SHARE = re.compile(r"\s*(?:%|percent\b|per cent\b|\s*[-\u2013]\s*\d[\d,]*(?:\.\d+)?\s*%)", re.I)
_AFTER_USD = re.compile(r"\s*(?:usd|dollars?)\b", re.I)
_AFTER_MS = re.compile(r"\s*(?:ms|milliseconds?)\b", re.I)
_AFTER_S = re.compile(r"\s*(?:s|secs?|seconds?)\b", re.I)
_AFTER_GPUS = re.compile(
    rf"\s*(?:×\s*)?(?:{_GPU_NAME}|(?:[\w-]+\s+)?(?:gpus?|replicas?|cards?|accelerators?)\b)", re.I
)
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
_RANGE = re.compile(r"\s*(?:-|\u2013|to)\s*\$?\s*$", re.I)


def numbers_in(text: str) -> list[Figure]:
    """(as written, value, half of the last written digit) for every figure in a text."""
    return [(f.written, f.value, f.half_step) for f in figures_in(text)]


def figures_in(text: str) -> list[Written]:
    """Every figure in a text with its value, written precision and unit."""
    return list(_figures(text)) if _DIGIT.search(text) else []


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))  # offsets stay those of the text, so the words after a figure can be read


@functools.lru_cache(maxsize=8192)  # tool payloads repeat the same notes and labels turn after turn
def _figures(text: str) -> tuple[Written, ...]:
    cleaned = _NAMES.sub(_blank, re.sub(r"https?://\S+", _blank, text))
    cleaned = re.sub(r"\b(19|20)\d{2}-\d{2}(?:-\d{2})?\b", _blank, cleaned)  # dates
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
        value, half = base * scale, 0.5 * 10 ** (-decimals) * scale
        unit, factor = _unit_of(written, bool(suffix), text[m.end() : m.end() + 48])
        if unit == "number" and out and _RANGE.fullmatch(text[ends[-1] : m.start()] + ("$" if "$" in written else "")):
            unit = out[-1].unit if out[-1].unit != "ms" else "number"  # "$3,000-5,000", "40-60%"
        out.append(Written(written, value * factor, half * factor, unit))
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


class Allowed:
    """The values figures may match, by unit, each with only the views that make sense for its unit:
    money a month also a year; tokens a month also a day (and the reverse), with the conversation's days
    per month; a share also as a percentage; seconds also as ms. A bare number (unit unknown) matches
    any unit, as written."""

    __slots__ = ("_by_unit",)

    def __init__(self, by_unit: Mapping[Unit, Iterable[float]] | None = None) -> None:
        self._by_unit: dict[Unit, list[float]] = {u: sorted(set((by_unit or {}).get(u, ()))) for u in UNITS}

    @classmethod
    def of(cls, values: Allowed | Iterable[float]) -> Allowed:
        """Allowed values as they are, or plain numbers (no unit known) as bare numbers."""
        return values if isinstance(values, Allowed) else cls({"number": values})

    def values(self, unit: Unit | None = None) -> list[float]:
        """The values of one unit (all units when None), sorted."""
        if unit is not None:
            return list(self._by_unit[unit])
        return sorted({v for vs in self._by_unit.values() for v in vs})

    def __iter__(self) -> Iterator[float]:
        return iter(self.values())

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_unit.values())

    def supports(self, figure: Written) -> bool:
        """Some allowed value of the figure's unit (or a bare number) is this figure at its written precision."""
        units: Iterable[Unit] = UNITS if figure.unit == "number" else (figure.unit, "number")
        return any(_near(figure, self._by_unit[u]) for u in units)


def _near(figure: Written, allowed: list[float]) -> bool:
    value = abs(figure.value)
    tol = figure.half_step + 1e-9 * max(1.0, value)
    i = bisect.bisect_left(allowed, value - tol)
    return i < len(allowed) and allowed[i] <= value + tol


def _views(unit: Unit, period: Period, scale: Scale, v: float, days: float) -> tuple[float, ...]:
    if unit == "usd":
        return {"month": (v, v * 12), "day": (v, v * days), "year": (v, v / 12)}.get(period, (v,))
    if unit == "tokens":
        return {"month": (v, v / days), "day": (v, v * days)}.get(period, (v,))
    if scale == "fraction":
        return (v * 100, v)
    if scale == "seconds":
        return (v * 1000,)
    return (v,)


def _collect(
    obj: Any, unit: Unit | None, period: Period, scale: Scale, days: float, out: dict[Unit, set[float]]
) -> None:
    if isinstance(obj, bool) or obj is None:
        return
    if isinstance(obj, int | float):
        if math.isfinite(obj):
            v = abs(float(obj))  # signs are written as words ("saves", "+/-")
            u = unit or "number"
            out[u].update(_views(u, period, scale, v, days))
    elif isinstance(obj, dict):
        for key, value in obj.items():
            k_unit, k_period, k_scale = _field_unit(str(key))
            if k_unit is None:
                _collect(value, unit, k_period or period, scale, days, out)
            else:
                _collect(value, k_unit, k_period or period, k_scale, days, out)
    elif isinstance(obj, list | tuple):
        for v in obj:
            _collect(v, unit, period, scale, days, out)
    elif isinstance(obj, str) and _DIGIT.search(obj):
        for f in _figures(obj):  # a figure in a tool's text: as written, in the unit it is written in
            out[f.unit].add(abs(f.value))


def allowed_values(
    tool_payloads: Iterable[Any], user_texts: Iterable[str], conventions: Conventions | None = None
) -> Allowed:
    """Values a figure may match: tool numbers (with their unit's views) and the user's figures
    (a volume per day also per month, with ``conventions``' days per month)."""
    days = (conventions or Conventions()).days_per_month
    out: dict[Unit, set[float]] = {u: set() for u in UNITS}
    for payload in tool_payloads:
        if isinstance(payload, str):
            with contextlib.suppress(ValueError):
                payload = json.loads(payload)
        _collect(payload, None, "", "", days, out)
    for text in user_texts:
        for f in figures_in(text):
            v = abs(f.value)
            out[f.unit].update((v, v * days, v / days) if f.unit in ("tokens", "number") else (v,))
    return Allowed(out)


def ungrounded(answer: str, allowed: Allowed | Iterable[float]) -> list[str]:
    """Figures in the answer that no tool result or user message supports."""
    return first_ungrounded(answer, lambda: allowed)


def first_ungrounded(answer: str, *sources: Callable[[], Allowed | Iterable[float]]) -> list[str]:
    """Like ``ungrounded`` over the union of the sources' allowed values, but a source is only
    computed while some figure is still unsupported: the cheap ones go first. A source may give plain
    numbers (no unit known)."""
    figures = [f for f in figures_in(answer) if not (f.value <= 10 and float(f.value).is_integer())]  # counts, 'two'
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
