"""One audited figure as the rest of the advisor sees it: what the article says, our value, the verdict."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from tools.sources import Source

Unit = Literal[
    "usd", "usd per 1k tokens", "usd per Mtok", "usd per GPU-hour", "tokens", "tokens/s", "percent", "x", "GB"
]
RecomputedWith = Literal["engine", "arithmetic"]
SpeedVerdict = Literal["impossible", "optimistic", "pessimistic", "plausible"]


class FigureCheck(BaseModel):
    """One stated figure, our recomputation, and whether it follows."""

    id: str
    source: Source
    claim: str = Field(description="what the article says, in our words")
    stated: float
    stated_high: float | None = Field(default=None, description="upper end when a range is stated")
    unit: str
    rounding_step: float = Field(description="the article states the figure to this precision")
    computed: float
    follows: bool
    how: str = Field(description="how we recomputed it")
    kind: Literal["figure", "speed"] = Field(default="figure", description="speed: a tokens/s claim judged")
    speed_verdict: SpeedVerdict | None = Field(
        default=None, description="speed claims: against the physical ceiling and the calibrated estimate"
    )
    ceiling: float | None = Field(default=None, description="speed claims: memory-bandwidth ceiling, tokens/s")
    quoted: str = Field(description="the figure as the article writes it")
    recomputed_with: RecomputedWith = Field(
        description="engine: a cost-engine calculator produced the value; arithmetic: plain arithmetic on the "
        "article's own figures"
    )
    recipe: str = Field(description="name of the audit recipe that recomputed it")

    def verdict(self) -> str:
        if self.kind == "speed":
            return self._speed_verdict()
        if self.follows:
            return f"{self.claim}: checks out ({fmt(self.computed, self.unit)})"
        stated = fmt(self.stated, self.unit)
        if self.stated_high is not None:
            high = fmt(self.stated_high, self.unit)
            stated = f"under {high}" if self.stated == 0 else fmt_range(self.stated, self.stated_high, self.unit)
        return f"{self.claim}: the article says {stated}, but {self.how} gives {fmt(self.computed, self.unit)}"

    def _speed_verdict(self) -> str:
        stated = fmt(self.stated, self.unit)
        if self.stated_high is not None and self.stated_high != self.stated:
            stated = fmt_range(self.stated, self.stated_high, self.unit)
        if self.speed_verdict == "impossible" and self.ceiling is not None:
            return (
                f"{self.claim}: impossible. The article says {stated}, above the physical ceiling of "
                f"{fmt(self.ceiling, self.unit)} ({self.how})"
            )
        if self.speed_verdict in ("optimistic", "pessimistic"):
            return (
                f"{self.claim}: {self.speed_verdict}. The article says {stated}, but {self.how} gives "
                f"{fmt(self.computed, self.unit)}"
            )
        return f"{self.claim}: plausible ({fmt(self.computed, self.unit)} estimated)"


def fmt(value: float, unit: str) -> str:
    """A figure in its unit, the way the verdicts write it."""
    if unit == "usd":
        return f"${value:,.0f}" if abs(value) >= 100 and value == int(value) else f"${value:,.2f}"
    if unit == "tokens":
        for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
            if abs(value) >= size:
                return f"{value / size:.3g}{suffix} tokens"
        return f"{value:,.0f} tokens"
    if unit.startswith("usd per "):  # cents when that is exact ("$2.50"), else four significant digits
        price = f"{value:,.2f}" if abs(value - round(value, 2)) < 1e-9 else f"{value:,.4g}"
        return f"${price} per {unit.removeprefix('usd per ')}"
    if unit == "percent":
        return f"{value:.3g}%"
    if unit == "x":
        return f"{value:.3g}x"
    return f"{value:,.4g} {unit}"


def fmt_range(low: float, high: float, unit: str) -> str:
    """A stated range with its unit once: "40-60 tokens/s", "60-80%", "$180,000-$280,000"."""
    a, b = fmt(low, unit), fmt(high, unit)
    suffix = re.search(r"[^\d]*$", b)
    tail = suffix.group(0) if suffix else ""
    if tail and a.endswith(tail):
        return f"{a[: -len(tail)]}-{b}"
    return f"{a}-{b}"


def within(computed: float, stated: float, high: float | None, step: float, tolerance: float) -> bool:
    """Within the relative tolerance of the stated figure, or of the stated range, or within half the
    rounding step the article used ("about $10,000" is rounded to the thousand)."""
    if high is not None:
        return stated * (1 - tolerance) - step / 2 <= computed <= high * (1 + tolerance) + step / 2
    return abs(computed - stated) <= max(tolerance * abs(stated), step / 2)
