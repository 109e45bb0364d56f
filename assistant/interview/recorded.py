"""Facts a language model recorded through the ``update_profile`` tool, in the profile's own units and shapes.

The model gives what the user said in the tool's plain terms (tokens a day, money in the currency said, a model
named as the quality bar, language names); this turns them into the facts the reader would have stored for the
same words: tokens a month under the session's days-per-month, money in dollars beside the amount as said,
catalog slugs and canonical language names. Anything that cannot be mapped (an unknown currency, a model or
language the data does not know, a region outside the vocabulary) is left out rather than guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.interview.facts import IN_CURRENCY, OwnedGpus, WorkloadProfile
from assistant.interview.places import country_name
from assistant.interview.reading.languages import language_name
from assistant.vocab import REGION_LABELS
from tools.fx import at_said_rate
from tools.model_names import named_model

TEAM = ("ml_engineers", "devops", "mlops", "gpu_infra", "kubernetes")
MONEY = {"current_spend_per_month": "current_spend_usd_per_month", "budget_per_month": "budget_usd_per_month"}


def recorded_facts(update: Mapping[str, Any], profile: WorkloadProfile, days_per_month: float) -> dict[str, Any]:
    """Profile facts for the fields of one tool update (``None`` fields already dropped)."""
    data = {k: v for k, v in update.items() if k not in ("quote", "correction", "currency")}
    if "tokens_per_day" in data:
        data["tokens_per_month"] = data.pop("tokens_per_day") * days_per_month
    team = {k: data.pop(k) for k in TEAM if k in data}
    if team:
        data["team"] = {**(profile.get("team") if profile.knows("team") else {}), **team}
    if "owned_gpus" in data:
        data["owned_gpus"] = OwnedGpus.model_validate(data["owned_gpus"]).model_dump()
    region = data.get("data_region")
    if region is not None and region not in REGION_LABELS:
        country = country_name(str(region))  # "Turkey": a country with no region id, kept by its name
        if country is not None:
            data["data_country"] = country
        data.pop("data_region")  # an id the vocabulary does not know is not recorded
    if "data_region" in data or "data_country" in data:  # where the data must stay is a residency rule
        before = data.get("compliance") or (profile.get("compliance") if profile.knows("compliance") else [])
        data["compliance"] = sorted({*(r for r in before if r != "none"), "data_residency"})
    for said, usd_field in MONEY.items():
        if said in data:
            data.update(_money(usd_field, float(data.pop(said)), str(update.get("currency") or "USD"), profile))
    if "quality_reference" in data:
        model = named_model(str(data.pop("quality_reference")))
        if model is not None:  # the bar sets the quality as the reader sets it, unless the model said it
            data["quality_reference"] = model.slug
            data.setdefault("quality", "frontier" if model.tier == "frontier" else "open_weight_ok")
    if "languages" in data:
        names = [language_name(str(x)) for x in data.pop("languages")]
        known = [n for n in dict.fromkeys(names) if n and n != "English"]
        if known:
            data["languages"] = known
    return data


def _money(usd_field: str, amount: float, currency: str, profile: WorkloadProfile) -> dict[str, Any]:
    """An amount a month in the currency said: dollars, plus the amount as said when it is not dollars
    (at the rate the user gave for that currency, else the assumed one). An unknown currency records nothing."""
    code = currency.strip().upper()
    if code in ("USD", "$", "US$"):
        return {usd_field: amount}
    said_rate = profile.get("exchange_rate") if profile.knows("exchange_rate") else None
    try:
        conv = at_said_rate(amount, code, said_rate)
    except LookupError:
        return {}
    return {usd_field: conv.usd, IN_CURRENCY[usd_field]: conv.as_fact()}
