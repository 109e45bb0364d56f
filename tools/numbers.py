"""Parse human-written quantities: ``50M``, ``2.5B``, ``1.5k``, ``10_000``, ``1,500``, ``1e6``."""

from __future__ import annotations

import math
import re

_SUFFIXES = {
    "": 1.0,
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "trillion": 1e12,
}

_PATTERN = re.compile(
    r"^\s*(?P<sign>[-+]?)\s*\$?\s*(?P<num>(?:\d[\d_,]*)?\.?\d*(?:e[-+]?\d+)?)\s*(?P<suffix>[a-z]*)\s*$",
    re.IGNORECASE,
)


class QuantityError(ValueError):
    """A text that is not a number we can read."""


def parse_quantity(text: str | float | int) -> float:
    """Read a number with an optional thousands separator and magnitude suffix.

    ``1,500`` is one thousand five hundred (a comma is only accepted as a thousands
    separator in groups of three), ``2.5B`` is 2.5e9, ``10_000`` is 10000.
    """
    if isinstance(text, bool):
        raise QuantityError(f"not a number: {text!r}")
    if isinstance(text, int | float):
        value = float(text)
    else:
        match = _PATTERN.match(text)
        if not match or not re.search(r"\d", match.group("num")):
            raise QuantityError(f"not a number: {text!r}")
        num = match.group("num")
        if "," in num and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d*)?(e[-+]?\d+)?", num, re.I):
            raise QuantityError(f"ambiguous thousands separator in {text!r}")
        suffix = match.group("suffix").lower()
        if suffix not in _SUFFIXES:
            raise QuantityError(f"unknown magnitude suffix {match.group('suffix')!r} in {text!r}")
        try:
            value = float(num.replace(",", "").replace("_", "")) * _SUFFIXES[suffix]
        except ValueError as exc:
            raise QuantityError(f"not a number: {text!r}") from exc
        if match.group("sign") == "-":
            value = -value
    if math.isnan(value) or math.isinf(value):
        raise QuantityError(f"not a finite number: {text!r}")
    return value


def format_tokens(value: float) -> str:
    """Short human form of a token count: 1.5M, 3.9B, 820k."""
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def format_usd(value: float) -> str:
    """Money for people: $1,234, $12.50, $0.0042."""
    if abs(value) >= 1000:
        return f"${value:,.0f}"
    if abs(value) >= 0.01 or value == 0:
        return f"${value:,.2f}"
    return f"${value:.4g}"


def gpu_label(slug: str) -> str:
    """A GPU as people write it: 'a100-80gb' -> 'A100 80GB', 'h100' -> 'H100', 'rtx-4090' -> 'RTX 4090'."""
    return " ".join(part.upper() for part in re.split(r"[-_ ]+", slug) if part)


def format_ms(ms: float) -> str:
    """A duration for people: '350 ms', '1.5 s', '20 s', '2 min'."""
    if ms >= 120_000:
        minutes = ms / 60_000
        return f"{minutes:.0f} min" if minutes >= 10 or minutes == int(minutes) else f"{minutes:.1f} min"
    if ms >= 1000:
        s = ms / 1000
        return f"{s:.0f} s" if s >= 10 or s == int(s) else f"{s:.1f} s"
    return f"{ms:,.0f} ms"


# nouns whose plural is not the noun + "s" (units a user counts traffic in, and the words answers count)
_IRREGULAR = {"person": "people", "child": "children", "analysis": "analyses", "index": "indexes"}


def plural(noun: str, n: float = 2) -> str:
    """A noun in the number of ``n``: 'query' -> 'queries', 'batch' -> 'batches', 'GPU' -> 'GPUs'."""
    if n == 1 or not noun:
        return noun
    head, _, last = noun.rpartition(" ")
    word = last
    low = word.lower()
    if low in _IRREGULAR:
        out = _IRREGULAR[low]
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        out = word + "es"
    elif len(low) > 1 and low.endswith("y") and low[-2] not in "aeiou":
        out = word[:-1] + "ies"
    else:
        out = word + "s"
    return f"{head} {out}" if head else out


def count_of(n: float, noun: str) -> str:
    """A count with its noun in the right number: '1 replica', '3 GPUs', '1,500 queries'."""
    return f"{n:,.0f} {plural(noun, n)}" if n == int(n) else f"{n:,.4g} {plural(noun, n)}"
