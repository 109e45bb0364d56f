"""Plain words for each profile fact: what the advisor says it understood.

One describer per fact, so no field name, Python literal or raw float reaches a user
("team: gpu infra True" or "latency target: 1000.0" must never be printed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import assistant.interview.patterns as rx
from assistant.interview.places import COUNTRY_NAMES
from assistant.vocab import (
    CLOUD_LABELS,
    DATA_BOUNDARY_LABELS,
    LATENCY_KIND_LABELS,
    QUALITY_LABELS,
    REGIME_LABELS,
    REGION_LABELS,
    TRAFFIC_LABELS,
    VENDOR_HOME_LABELS,
    region_words,
)
from tools.fx import from_fact, to_usd
from tools.model_names import named_model
from tools.numbers import format_tokens, format_usd, gpu_label
from tools.results import DAYS_PER_MONTH

NameLookup = Callable[[str], str]


def model_name(slug: str) -> str:
    """A readable model name without the catalog: 'claude-sonnet-4.5' -> 'Claude Sonnet 4.5'."""
    tail = slug.split("/")[-1]
    words = []
    for part in rx.split(r"[-_ ]+", tail):
        low = part.lower()
        if low in ("gpt", "llm", "ai") or rx.fullmatch(r"\d+(?:\.\d+)?[bk]", low):
            words.append(part.upper())
        elif rx.fullmatch(r"\d+(?:\.\d+)?", low) or rx.fullmatch(r"v\d.*", low) or rx.fullmatch(r"\d\w*", low):
            words.append(part)
        else:
            words.append(part[:1].upper() + part[1:])
    text = " ".join(words)
    return rx.sub(r"^GPT (\d)", r"GPT-\1", text)


def duration(ms: float) -> str:
    """200 -> '200 ms', 1500 -> '1.5 seconds', 2000 -> '2 seconds'."""
    if ms < 1000:
        return f"{ms:,.0f} ms"
    seconds = ms / 1000
    return f"{seconds:,.3g} second" + ("" if seconds == 1 else "s")


def share(value: float) -> str:
    return f"{float(value) * 100:.0f}%"


def count(n: int, one: str, many: str | None = None) -> str:
    word = one if n == 1 else (many or one + "s")
    return f"{'no' if n == 0 else n} {word}"


def _team(value: dict[str, Any]) -> str:
    parts = []
    if "ml_engineers" in value:
        parts.append(count(int(value["ml_engineers"]), "ML engineer"))
    if "devops" in value:
        parts.append(count(int(value["devops"]), "DevOps/infrastructure person", "DevOps/infrastructure people"))
    if value.get("mlops") is True:
        parts.append("an MLOps or ML platform team")
    elif value.get("mlops") is False:
        parts.append("no MLOps team")
    if value.get("gpu_infra") is True:
        parts.append("experience running GPUs in production")
    elif value.get("gpu_infra") is False:
        parts.append("no GPU infrastructure yet")
    if value.get("kubernetes") is True:
        parts.append("Kubernetes already in use")
    elif value.get("kubernetes") is False:
        parts.append("no Kubernetes")
    return "team: " + (", ".join(parts) if parts else "not described yet")


def _compliance(value: list[str]) -> str:
    regimes = [r for r in value if r != "none"]
    if not regimes:
        return "no compliance regime applies"
    names = [REGIME_LABELS.get(r, r.upper()) for r in regimes]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{joined} {'applies' if len(names) == 1 else 'apply'}"


class _Context(NamedTuple):
    days_per_month: float
    name: NameLookup


def _volume(value: Any, c: _Context) -> str:
    per_month = float(value)
    return (
        f"about {format_tokens(per_month / c.days_per_month)} tokens a day (about {format_tokens(per_month)} a month)"
    )


def _quality(value: Any, c: _Context) -> str:
    return "you need " + QUALITY_LABELS[str(value)] if value == "frontier" else QUALITY_LABELS.get(str(value), "")


def _owned(value: Any, c: _Context) -> str:
    gpus = dict(value)
    n = int(gpus.get("count", 1))
    paid = "already paid for" if gpus.get("paid_for", True) else "leased"
    return f"you already have {n} {gpu_label(str(gpus.get('gpu', 'GPU')))} GPU{'s' if n != 1 else ''} ({paid})"


def _deadline(value: Any, c: _Context) -> str:
    hours = float(value)
    span = f"{round(hours * 60):g} minutes" if hours < 1 else f"{hours:g} hours"
    return f"batch results are needed within about {span} of the job's start"


def _candidates(value: Any, c: _Context) -> str:
    models = [c.name(str(m)) for m in value]
    return "models to consider: " + ", ".join(models) if models else "no particular models in mind"


def _in_currency(what: str, period: str = " a month") -> Callable[[Any, _Context], str]:
    """'you spend about €9,500 a month today (about $9,870 at 1 EUR = 1.039 USD, an assumed rate ...)'."""

    def fmt(value: Any, c: _Context) -> str:
        return what.format(money=money_words(0.0, value, period))

    return fmt


def money_words(usd: float, in_currency: Any = None, period: str = "") -> str:
    """Money as the user said it: '$9,500 a month', or '€9,500 a month (about $9,870 at 1 EUR = 1.039 USD, an
    assumed rate ...)' (``period``: ' a month', written after the amount)."""
    if in_currency:
        conv = from_fact(dict(in_currency))
        return f"{conv.said()}{period} (about {format_usd(conv.usd)} {conv.basis()})"
    return f"{format_usd(float(usd))}{period}"


def _model_name(slug: str, c: _Context) -> str:
    named = named_model(slug)
    return named.name if named is not None else c.name(slug)


def _rate(value: dict[str, Any]) -> str:
    code = str(value.get("currency") or "")
    if not code:
        return "an exchange rate of " + f"{float(value['usd_per_unit']):.4g}"
    conv = to_usd(1.0, code, usd_per_unit=float(value["usd_per_unit"]))
    return f"the exchange rate you gave: {conv.rate_words()}"


def _languages(value: Any, c: _Context) -> str:
    names = [str(v) for v in value]
    if names == ["multilingual"]:
        return "answers must be good in several languages"
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"answers must be good in {joined}"


def _either(yes: str, no: str) -> Callable[[Any, _Context], str]:
    return lambda value, c: yes if value else no


# One format per fact: the value in plain words, never a field name or a raw number.
FORMATS: dict[str, Callable[[Any, _Context], str]] = {
    "tokens_per_month": _volume,
    "input_share": lambda v, c: f"about {share(float(v))} of the tokens are input (prompts)",
    "traffic_shape": lambda v, c: "traffic " + TRAFFIC_LABELS.get(str(v), "of an unusual shape"),
    "peak_to_average": lambda v, c: f"peaks at about {round(float(v), 1):g} times the average load",
    "business_hours_per_week": lambda v, c: f"traffic runs about {float(v):g} hours a week",
    "compliance": lambda v, c: _compliance(list(v)),
    "data_boundary": lambda v, c: DATA_BOUNDARY_LABELS.get(str(v), "a limit on where the data may go"),
    "cloud_provider": lambda v, c: f"your own cloud tenant is in {CLOUD_LABELS.get(str(v), 'your cloud')}",
    "data_region": lambda v, c: (
        "the data must stay " + (region_words(str(v)) if str(v) in REGION_LABELS else "in one region")
    ),
    "data_country": lambda v, c: (
        "the data must stay " + (f"in {v}" if str(v) in COUNTRY_NAMES.values() else "in one country")
    ),
    "vendor_homes_excluded": lambda v, c: (
        "no " + " or ".join(VENDOR_HOME_LABELS.get(str(h), "foreign") for h in v) + " company may receive the data"
    ),
    "team": lambda v, c: _team(dict(v)),
    "quality": _quality,
    "latency_p99_ms": lambda v, c: f"a latency target of {duration(float(v))}",
    "latency_kind": lambda v, c: "the latency target is the " + LATENCY_KIND_LABELS.get(str(v), "response time"),
    "batch_ok": _either("answers can wait (hours are fine, so batch works)", "answers cannot wait hours (no batch)"),
    "fine_tuning": _either("you need a model fine-tuned on your data", "no fine-tuning needed"),
    "owned_gpus": _owned,
    "simple_share": lambda v, c: f"about {share(float(v))} of requests are simple enough for a small model",
    "current_model": lambda v, c: f"you use {c.name(str(v))} today",
    "current_spend_usd_per_month": lambda v, c: f"you spend about {format_usd(float(v))} a month today",
    "request_input_tokens": lambda v, c: f"about {format_tokens(float(v))} tokens in per request",
    "request_output_tokens": lambda v, c: f"about {format_tokens(float(v))} tokens out per request",
    "budget_usd_per_month": lambda v, c: f"a budget of about {format_usd(float(v))} a month",
    "batch_deadline_hours": _deadline,
    "own_adapters": _either(
        "you train your own fine-tune (adapters on an open model) and need to serve it",
        "no fine-tune of your own to serve",
    ),
    "candidate_models": _candidates,
    "current_spend_in_currency": _in_currency("you spend about {money}", " a month today"),
    "budget_in_currency": _in_currency("a budget of about {money}"),
    "quality_reference": lambda v, c: f"the quality bar is {_model_name(str(v), c)}",
    "small_model_ok": _either("a small model (8B class) is good enough", "a small model is not enough"),
    "languages": _languages,
    "exchange_rate": lambda v, c: _rate(dict(v)),
    "cached_share": lambda v, c: (
        f"about {share(float(v))} of the input is a repeated prefix served from the prompt cache"
    ),
}


def describe_fact(
    field: str, value: Any, *, days_per_month: float = DAYS_PER_MONTH, names: NameLookup | None = None
) -> str:
    """One fact in plain words, for confirmations and for 'what do you know about us?'."""
    if value is None:
        return "not known"
    fmt = FORMATS.get(field)
    return fmt(value, _Context(days_per_month, names or model_name)) if fmt else "noted"


def own_words(quote: str | None, text: str) -> str | None:
    """The user's words for a fact: the quote if it is in the message, else the clause that holds it."""
    q = (quote or "").strip().strip("\"'“”")
    if not q:
        return None
    if q.lower() in text.lower():
        return q
    words = set(rx.findall(r"[a-z0-9]+", q.lower()))
    # (a point between digits ends no clause: "is average 3.500 tokens")
    clauses = [c.strip() for c in rx.split(r"(?:\.(?!\d)|[;!?\n])+|,\s+(?=\D)", text) if c.strip()]
    if not clauses:
        return None
    best = max(clauses, key=lambda c: len(words & set(rx.findall(r"[a-z0-9]+", c.lower()))))
    if not words & set(rx.findall(r"[a-z0-9]+", best.lower())):
        best = text.strip()  # the reading named the fact in its own terms: keep the whole message
    return best if len(best) <= 160 else best[:157].rsplit(" ", 1)[0] + " …"


def describe_with_quote(
    field: str,
    value: Any,
    quote: str | None,
    text: str,
    *,
    note: str | None = None,
    days_per_month: float = DAYS_PER_MONTH,
    names: NameLookup | None = None,
) -> str:
    """The fact in plain words, with the user's own words when they are in the message."""
    plain = describe_fact(field, value, days_per_month=days_per_month, names=names)
    q = (quote or "").strip().strip("\"'“”")
    extra = []
    if q and len(q) <= 80 and q.lower() in text.lower() and q.lower() not in plain.lower():
        extra.append(f"you said “{q}”")
    if note:
        extra.append(note)
    return plain + (f" ({'; '.join(extra)})" if extra else "")
