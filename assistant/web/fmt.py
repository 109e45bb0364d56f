"""One number format for everything a user reads: chat, charts, exports.

Money reads as ``$3,600/mo`` or ``$43.2k/yr``, tokens as ``14.0B/month``, shares as ``80%``,
multipliers as ``2.6x``. Profile facts and settings are written in words, never as field names or
Python literals. ``looks_internal`` is the pattern check the tests run over every message.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from assistant.interview.describe import model_name
from assistant.vocab import (
    CLOUD_LABELS,
    DATA_BOUNDARY_LABELS,
    LATENCY_KIND_LABELS,
    OPTION_LABELS,
    QUALITY_LABELS,
    REGIME_LABELS,
    REGION_LABELS,
    TRAFFIC_LABELS,
    region_words,
)
from tools.fx import from_fact, to_usd
from tools.results import DAYS_PER_MONTH

_MAGNITUDES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def _finite(value: float) -> float:
    return value if math.isfinite(value) else 0.0


def money(value: float, per: str = "") -> str:
    """$3,600, $12.50, $0.0042; ``per`` adds a period: ``money(3600, "mo")`` is ``$3,600/mo``."""
    value = _finite(float(value))
    sign = "-" if value < 0 else ""
    v = abs(value)
    if v >= 10 or v == 0:
        text = f"${v:,.0f}"
    elif v >= 0.01:
        text = f"${v:,.0f}" if v == int(v) else f"${v:,.2f}"
    else:
        text = f"${v:.2g}"
    return f"{sign}{text}" + (f"/{per}" if per else "")


def money_short(value: float, per: str = "") -> str:
    """Compact money for large sums and chart labels: $43.2k, $1.25M, $950."""
    value = _finite(float(value))
    sign = "-" if value < 0 else ""
    v = abs(value)
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if v >= size * 0.9995 and v >= 10_000:
            text = f"${_sig(v / size)}{suffix}"
            break
    else:
        text = money(v)
    return f"{sign}{text}" + (f"/{per}" if per else "")


def monthly(value: float) -> str:
    """A monthly cost: ``$3,600/mo`` (``$1.25M/mo`` once it is large)."""
    return money_short(value, "mo") if abs(value) >= 1e6 else money(value, "mo")


def yearly(value: float) -> str:
    """A yearly cost: ``$43.2k/yr``."""
    return money_short(value, "yr")


def delta_money(value: float, per: str = "mo") -> str:
    """A signed change: ``+$7,200/mo``, ``-$350/mo``, ``no change``."""
    value = _finite(float(value))
    if abs(value) < 0.005:
        return "no change"
    sign = "+" if value > 0 else "-"
    body = money_short(abs(value)) if abs(value) >= 1e6 else money(abs(value))
    return f"{sign}{body}" + (f"/{per}" if per else "")


def _sig(x: float) -> str:
    """Three significant digits without trailing noise: 43.2, 1.25, 950, 14.0."""
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    text = f"{x:.2f}"
    return text[:-1] if text.endswith("0") else text


def count(value: float) -> str:
    """A large count in short form: 14.0B, 820k, 1.5M, 950."""
    value = _finite(float(value))
    v = abs(value)
    sign = "-" if value < 0 else ""
    for size, suffix in _MAGNITUDES:
        if v >= size * 0.9995:
            scaled = v / size
            text = f"{scaled:.0f}" if scaled >= 100 else f"{scaled:.1f}"
            if scaled < 10 and round(scaled, 1) != round(scaled, 2):
                text = f"{scaled:.2f}"
            return f"{sign}{text}{suffix}"
    return f"{sign}{v:,.0f}"


def tokens(value: float, per: str = "") -> str:
    """Tokens: ``14.0B/month``, ``50.0M/day``, or ``1.2k`` without a period."""
    return count(value) + (f"/{per}" if per else "")


def share(value: float) -> str:
    """A share 0-1 as a percentage: 80%, 12.5%, 0%."""
    pct = _finite(float(value)) * 100
    if abs(pct - round(pct)) < 0.05:
        return f"{pct:.0f}%"
    return f"{pct:.1f}%"


def change_pct(before: float, after: float) -> str:
    """Relative change in words: '+12%', '-40%', '5.3x' when it grows past double."""
    if before == 0:
        return "new" if after else "no change"
    ratio = after / before
    if ratio >= 2:
        return f"{multiplier(ratio)} as much"
    pct = (ratio - 1) * 100
    if abs(pct) < 0.5:
        return "no change"
    return f"{pct:+.0f}%"


def multiplier(value: float) -> str:
    """2.6x, 14x, 1.4x."""
    value = _finite(float(value))
    if value >= 10:
        return f"{value:.0f}x"
    return f"{value:.1f}x"


def hours(value: float) -> str:
    return f"{_finite(float(value)):,.0f} h"


def latency(ms: float) -> str:
    ms = _finite(float(ms))
    if ms >= 1000:
        s = ms / 1000
        return f"{s:.0f} s" if s >= 10 or s == int(s) else f"{s:.1f} s"
    return f"{ms:.0f} ms"


def plain(value: Any) -> str:
    """Any value in words: numbers without float noise, lists joined, booleans as yes/no."""
    if value is None:
        return "not set"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        v = float(value)
        if v == int(v) and abs(v) < 1e15:
            return f"{int(v):,}"
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, list | tuple):
        return ", ".join(plain(v) for v in value) or "none"
    if isinstance(value, dict):
        return ", ".join(f"{words(str(k))} {plain(v)}" for k, v in value.items())
    return words(str(value))


def words(name: str) -> str:
    """An identifier as words: 'business_hours' -> 'business hours'."""
    return name.replace("_", " ").strip()


# ---------------------------------------------------------------------------- profile facts
FACT_LABELS: dict[str, str] = {
    "tokens_per_month": "Volume",
    "input_share": "Input share",
    "traffic_shape": "Traffic",
    "compliance": "Compliance",
    "team": "Team",
    "quality": "Quality",
    "latency_p99_ms": "Latency target",
    "request_input_tokens": "Request size",
    "request_output_tokens": "Answer size",
    "peak_to_average": "Peak vs average",
    "fine_tuning": "Fine-tuning",
    "candidate_models": "Models to compare",
    "budget_usd_per_month": "Budget",
    "batch_ok": "Can wait (batch)",
    "data_boundary": "Data boundary",
    "latency_kind": "Latency measured as",
    "owned_gpus": "GPUs you own",
    "simple_share": "Simple traffic",
    "current_model": "Model today",
    "current_spend_usd_per_month": "Spend today",
    "batch_deadline_hours": "Batch deadline",
    "own_adapters": "Your own fine-tune",
    "cloud_provider": "Your cloud",
    "business_hours_per_week": "Traffic hours",
    "data_region": "Data must stay",
    "data_country": "Data must stay in",
    "current_spend_in_currency": "Spend today (your currency)",
    "budget_in_currency": "Budget (your currency)",
    "quality_reference": "Quality bar",
    "small_model_ok": "Small model enough",
    "languages": "Languages",
    "exchange_rate": "Exchange rate",
}


def team(value: dict[str, Any]) -> str:
    parts = []
    ml = int(value.get("ml_engineers") or 0)
    ops = int(value.get("devops") or 0)
    parts.append(f"{ml} ML engineer{'s' if ml != 1 else ''}" if ml else "no ML engineers")
    if ops:
        parts.append(f"{ops} DevOps")
    if value.get("mlops"):
        parts.append("an MLOps team")
    if value.get("kubernetes"):
        parts.append("Kubernetes")
    if value.get("gpu_infra"):
        parts.append("GPU infrastructure")
    return ", ".join(parts)


def fact(name: str, value: Any, days_per_month: float = DAYS_PER_MONTH) -> str:
    """A profile fact's value as a person would say it (a volume also per day, with the month's days)."""
    if value is None or value == []:
        return "not set"
    if name == "tokens_per_month":
        return f"{tokens(value, 'month')} ({tokens(float(value) / days_per_month, 'day')})"
    if name in ("input_share", "simple_share"):
        return share(value)
    if name == "traffic_shape":
        return TRAFFIC_LABELS.get(str(value), words(str(value)))
    if name == "compliance":
        items = value if isinstance(value, list) else [value]
        return ", ".join(REGIME_LABELS.get(str(r), words(str(r))) for r in items)
    if name == "team" and isinstance(value, dict):
        return team(value)
    if name == "quality":
        return QUALITY_LABELS.get(str(value), words(str(value)))
    if name == "latency_p99_ms":
        return latency(value)
    if name == "latency_kind":
        return LATENCY_KIND_LABELS.get(str(value), words(str(value)))
    if name == "data_boundary":
        return DATA_BOUNDARY_LABELS.get(str(value), words(str(value)))
    if name == "cloud_provider":
        return CLOUD_LABELS.get(str(value), words(str(value)))
    if name == "data_region":
        return region_words(str(value)) if str(value) in REGION_LABELS else words(str(value))
    if name in ("request_input_tokens", "request_output_tokens"):
        return f"{tokens(value)} tokens"
    if name in ("budget_usd_per_month", "current_spend_usd_per_month"):
        return monthly(value)
    if name in ("current_spend_in_currency", "budget_in_currency") and isinstance(value, dict):
        conv = from_fact(value)
        basis = "the rate you gave" if conv.rate_said else f"assumed rate of {conv.source.as_of}"
        return f"{conv.said()}/mo ({monthly(conv.usd)} at {conv.rate_words()}, {basis})"
    if name == "exchange_rate" and isinstance(value, dict) and value.get("currency"):
        return to_usd(1.0, str(value["currency"]), usd_per_unit=float(value["usd_per_unit"])).rate_words()
    if name == "quality_reference":
        return f"as good as {model_name(str(value))}"
    if name == "languages" and isinstance(value, list):
        return "several languages" if value == ["multilingual"] else ", ".join(str(v) for v in value)
    if name == "peak_to_average":
        return multiplier(value)
    if name == "business_hours_per_week":
        return f"{float(value):g} h a week"
    if name == "batch_deadline_hours":
        hours = float(value)
        return f"within {round(hours * 60):g} minutes" if hours < 1 else f"within {hours:g} hours"
    if name == "owned_gpus" and isinstance(value, dict):
        paid = "" if value.get("paid_for", True) else " (leased)"
        return f"{value.get('count')} x {str(value.get('gpu', '')).upper()}{paid}"
    return plain(value)


def option(kind: str) -> str:
    return OPTION_LABELS.get(kind, words(kind))


# ---------------------------------------------------------------------------- settings
SETTING_LABELS: dict[str, str] = {
    "prices": "Price source",
    "gpu": "GPU type",
    "gpu_hourly_usd": "GPU price",
    "hours_per_month": "GPU hours billed",
    "engineering_rate_usd": "Engineering rate",
    "hidden_multiplier": "Hidden-cost multiplier",
    "hybrid_share": "Share routed to the small model",
    "pricing": "GPU pricing",
}
_PRICE_MODES = {"auto": "catalog, else articles", "articles": "the articles", "catalog": "the catalog"}


def setting(name: str, value: Any) -> str:
    """A settings value in words: '$150/h', '720 h a month', 'itemised'."""
    if name == "prices":
        return _PRICE_MODES.get(str(value), str(value))
    if name == "gpu":
        return "any (cheapest)" if value in (None, "auto") else str(value).upper()
    if name == "gpu_hourly_usd":
        return "catalog price" if not value else f"{money(value)}/h"
    if name == "hours_per_month":
        return f"{hours(value)} a month"
    if name == "engineering_rate_usd":
        return f"{money(value)}/h"
    if name == "hidden_multiplier":
        return "itemised" if not value else multiplier(value)
    if name == "hybrid_share":
        return share(value)
    return plain(value)


# ---------------------------------------------------------------------------- text from other layers
_CENTS = re.compile(r"\$(\d{1,3}(?:,\d{3})+|\d{3,})\.\d\d(?!\d)")
_LONG_COUNT = re.compile(r"\b\d{1,3}(?:,\d{3}){3,}\b")
_POINT_ZERO = re.compile(r"(?<![\w$.,])(\d+)\.0(?![\d\w%.])")
_LONG_PERCENT = re.compile(r"\b(\d+\.\d)\d+%")
_LONG_TIMES = re.compile(r"\b(\d+\.\d)\d+x\b")
_PRICING = re.compile(r"\b(on|pay)_(demand|go)\b")
_LITERAL = re.compile(r"\b(True|False|None)\b")
_SNAKE = re.compile(r"\b([a-z]+)_([a-z0-9]+)\b")
_LITERAL_WORDS = {"True": "yes", "False": "no", "None": "none"}


@functools.lru_cache(maxsize=8192)  # an answer tidies the same option names and details every turn
def tidy(text: str) -> str:
    """Bring numbers written elsewhere into this format: no cents on hundreds of dollars, no
    ``.0`` floats, no ten-digit counts, no two-decimal percentages, no snake_case ids in names.
    (Each rewrite is skipped when the character it needs is absent: a long answer is read once, not eight times.)"""
    if "$" in text:
        text = _CENTS.sub(lambda m: money(round(float(m.group(0)[1:].replace(",", "")))), text)
    if "," in text:
        text = _LONG_COUNT.sub(lambda m: count(float(m.group(0).replace(",", ""))), text)
    if ".0" in text:
        text = _POINT_ZERO.sub(r"\1", text)
    if "." in text:
        if "%" in text:
            text = _LONG_PERCENT.sub(r"\1%", text)
        if "x" in text:
            text = _LONG_TIMES.sub(r"\1x", text)
    if "_" in text:
        text = _PRICING.sub(r"\1-\2", text)
    if "True" in text or "False" in text or "None" in text:
        text = _LITERAL.sub(lambda m: _LITERAL_WORDS[m.group(1)], text)
    return _SNAKE.sub(r"\1 \2", text) if "_" in text else text


# ---------------------------------------------------------------------------- the pattern check
_INTERNAL = [
    re.compile(r"(?<![\w$.,])\d+\.\d{3,}(?![\w%])"),  # a raw float: 1200000000.0 is caught below, 3.14159 here
    re.compile(r"(?<![\w$.,])\d+\.0(?![\w%.])"),  # 1200000000.0, 150.0
    re.compile(r"\b\d+\.\d{2,}%"),  # 427.98%
    re.compile(r"\b\d{2,}\.\dx\b"),  # 186.0x
    re.compile(r"\$(?:\d{1,3}(?:,\d{3})+|\d{3,})\.\d\d\b(?!\d)"),  # $3,600.00 (cents on hundreds of dollars)
    re.compile(r"\b\d{1,3}(?:,\d{3}){3,}\b"),  # 14,017,800,381
    re.compile(r"\[['\"]|['\"]\]|\{['\"]\w+['\"]:"),  # Python/JSON literals
    re.compile(r"\b(?:None|True|False)\b"),
    re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b"),  # snake_case field names
]


def looks_internal(text: str) -> list[str]:
    """The fragments of ``text`` that look like raw floats, literals or field names (empty if clean)."""
    found: list[str] = []
    for pattern in _INTERNAL:
        found += [m.group(0) for m in pattern.finditer(text)]
    return found
