"""The chat settings panel: its widgets from the analysis options, and new options from its values."""

from __future__ import annotations

from typing import Any

from chainlit.input_widget import InputWidget, NumberInput, Select, Slider, Switch

from assistant.decision.inputs import AnalysisOptions
from assistant.web import fmt

GPU_CHOICES = ["auto", "l4", "a10g", "a100-40gb", "a100-80gb", "h100", "h200"]


def settings_widgets(options: AnalysisOptions, model: str) -> list[InputWidget]:
    widgets: list[InputWidget] = [
        Select(
            id="prices",
            label="Price source",
            values=["auto", "articles", "catalog"],
            initial_value=options.prices,
            description="auto: the dated genai-prices catalog where it knows the model, else the articles",
        ),
        Select(id="gpu", label="GPU type for self-hosting", values=GPU_CHOICES, initial_value=options.gpu or "auto"),
        NumberInput(
            id="gpu_hourly_usd", label="GPU price per hour (USD, 0 = catalog)", initial=options.gpu_hourly_usd or 0
        ),
        NumberInput(id="hours_per_month", label="GPU hours billed per month", initial=options.hours_per_month),
        NumberInput(
            id="engineering_rate_usd", label="Engineering rate (USD/hour)", initial=options.engineering_rate_usd
        ),
        Slider(
            id="hidden_multiplier",
            label="Hidden-cost multiplier (0 = itemised)",
            initial=options.hidden_multiplier or 0,
            min=0,
            max=3.5,
            step=0.1,
        ),
        Slider(
            id="hybrid_share",
            label="Hybrid: share routed to the small model",
            initial=options.hybrid_share,
            min=0,
            max=1,
            step=0.05,
        ),
    ]
    if model != "offline":
        widgets.append(Switch(id="use_offline", label=f"Use the offline model instead of {model}", initial=False))
    return widgets


def options_from_settings(values: dict[str, Any], current: AnalysisOptions) -> tuple[AnalysisOptions, list[str]]:
    """New options and what changed, in words; ValueError with a clear message on a bad value."""

    def number(key: str, low: float, high: float) -> float | None:
        raw = values.get(key)
        if raw in (None, ""):
            return None
        try:
            value = float(raw)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{fmt.SETTING_LABELS.get(key, fmt.words(key))} must be a number") from exc
        if not low <= value <= high:
            raise ValueError(
                f"{fmt.SETTING_LABELS.get(key, fmt.words(key))} must be between {fmt.plain(low)} and {fmt.plain(high)}"
            )
        return value

    update: dict[str, Any] = {}
    if values.get("prices") in ("auto", "articles", "catalog"):
        update["prices"] = values["prices"]
    gpu = values.get("gpu")
    if gpu is not None:
        if gpu not in GPU_CHOICES:
            raise ValueError("that GPU type is not one we price")
        update["gpu"] = None if gpu == "auto" else gpu
    hourly = number("gpu_hourly_usd", 0, 1000)
    if hourly is not None:
        update["gpu_hourly_usd"] = hourly or None
    hours = number("hours_per_month", 1, 744)
    if hours is not None:
        update["hours_per_month"] = hours
    rate = number("engineering_rate_usd", 0, 2000)
    if rate is not None:
        update["engineering_rate_usd"] = rate
    mult = number("hidden_multiplier", 0, 10)
    if mult is not None:
        if 0 < mult < 1:
            raise ValueError("the hidden-cost multiplier is at least 1 (or 0 for itemised costs)")
        update["hidden_multiplier"] = mult or None
    share = number("hybrid_share", 0, 1)
    if share is not None:
        update["hybrid_share"] = share
    new = AnalysisOptions(**{**current.model_dump(), **update})
    changes = [
        f"{fmt.SETTING_LABELS.get(k, fmt.words(k))} {fmt.setting(k, getattr(current, k))} → "
        f"{fmt.setting(k, getattr(new, k))}"
        for k in update
        if getattr(current, k) != getattr(new, k)
    ]
    return new, changes
