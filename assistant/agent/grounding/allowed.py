"""The values a figure may match (``Allowed``, built by ``allowed_values``): tool numbers with the views that make
sense for their unit (read from the field names: ``monthly_usd``, ``input_share``, ``latency_p99_ms``), and the
user's own figures."""

from __future__ import annotations

import bisect
import contextlib
import functools
import json
import math
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from assistant.agent.grounding.figures import (
    _DIGIT,
    ANCHORED,
    NOTHING,
    UNITS,
    VOLUME,
    Period,
    Scale,
    Unit,
    Words,
    Written,
    _figures,
    figures_in,
    words_of,
)
from tools.results import Conventions

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
