"""Quantities too loose to store ("a few million tokens", "5-10M a day", "one to three seconds", "faster than
now"): dropped, and asked about; a narrow range ("7 to 8 billion a month") is read at its middle.
"""

from __future__ import annotations

import re

from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import _is_money
from assistant.interview.quantities.patterns import MAGNITUDE, PERIOD, PERIOD_WORDS, REQUESTS, TOKENS, _period_factor

VAGUE_VOLUME = re.compile(
    r"\b(?:a few|few|several|some|many|multiple|lots of|a bunch of|tons of|a lot of)\s+(?:hundred\s+)?(?:thousand|"
    r"million|billion|mil|bn|k)\b|(?<![\d.]\s)(?<![\d.])\b(?:tens of |hundreds of )?(?:thousands|millions|billions) of "
    r"(?:tokens|requests|queries|calls|messages)\b"
)
LATENCY_RANGE = re.compile(
    r"\bbetween\s+\S+\s+and\s+\S+\s+(?:ms|millis\w*|s|secs?|seconds?)\b|(?<![\d.])\d+(?:\.\d+)?\s*"
    r"(?:(?:ms|s|secs?|seconds?)\s+)?(?:-|to|or)\s*"
    r"\d+(?:\.\d+)?\s*(?:ms|millis\w*|s|secs?|seconds?)\b|\b(?:faster|quicker|better|lower) than\b"
)
VOLUME_RANGE = re.compile(
    r"(?:\bbetween\s+)?(?<![\w.$€£])(?P<a>\d+(?:\.\d+)?)\s*(?P<amag>k|m|b|bn|million|billion|thousand)?\s*(?:-|to|and|or)\s*"
    r"(?P<b>\d+(?:\.\d+)?)\s*(?P<bmag>k|m|b|bn|million|billion|thousand)\b(?!\s*(?:param|model|\$|dollars|usd))"
    r"(?P<rest>\s*(?:" + TOKENS + r"|" + REQUESTS + r")?\s*(?:" + PERIOD + r")?)"
)


def _volume_range(c: Context) -> bool:
    """A volume given as a range ("5-10M tokens a day", "between 5 and 10 million a day"): which end is not said."""
    for rm in VOLUME_RANGE.finditer(c.m):
        if not (rm["rest"].strip() or "tokens_per_month" in c.expecting):
            continue
        if _is_money(c.t, rm.start(), rm.end()) or c.off(rm.start()):
            continue
        a, b = float(rm["a"]), float(rm["b"])
        amag = MAGNITUDE[rm["amag"]] if rm["amag"] else MAGNITUDE[rm["bmag"]]
        lo, hi = a * amag, b * MAGNITUDE[rm["bmag"]]
        if 0 < lo < hi and hi / lo > 1.25:
            return True
        if 0 < lo < hi:  # "7 to 8 billion a month": the middle of a narrow range
            factors = {_period_factor(p, c.conventions) for p in PERIOD_WORDS}
            for i, (name, value, quote, note) in enumerate(c.out.updates):
                if name == "tokens_per_month" and any(abs(value / hi - f) <= 1e-6 * f for f in factors):
                    c.out.updates[i] = (name, value * (lo + hi) / (2 * hi), quote, note)
    return False


def _vague(c: Context, raw: str) -> None:
    """Quantities too loose to store: "a few million tokens", "one to three seconds", "faster than now": ask."""
    if c.out.has("tokens_per_month") and _volume_range(c) and not c.out.correction:
        c.out.updates = [u for u in c.out.updates if u[0] != "tokens_per_month"]
        c.out.clarify.append("tokens_per_month")
    if VAGUE_VOLUME.search(raw) and not c.out.correction:
        c.out.updates = [u for u in c.out.updates if u[0] != "tokens_per_month"]
        c.out.clarify.append("tokens_per_month")
    if (
        LATENCY_RANGE.search(c.t)
        and not c.out.correction
        and (
            "latency_p99_ms" in c.expecting
            or re.search(r"latenc|respon|answer|reply|first token|ttft|second|\d\s*m?s\b|\bms\b", c.t)
        )
    ):
        c.out.updates = [u for u in c.out.updates if u[0] != "latency_p99_ms"]
        c.out.clarify.append("latency_p99_ms")
