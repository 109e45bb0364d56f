"""Figures as a text writes them (``figures_in``): value, written precision, unit (money, tokens, a share, GPUs,
a latency, a ratio, a bare number), the period it names, and the words of its clause (what it is about)."""

from __future__ import annotations

import bisect
import functools
import re
from typing import Literal, NamedTuple

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
