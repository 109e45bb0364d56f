"""Money converted at a rate the user gave: one helper (``tools.fx.at_said_rate``) for the reader's merge and for
the facts a language model records (the two land as the same facts: tests/test_llm_recorded_facts.py)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from tools.fx import at_said_rate

FX = tomllib.loads((Path(__file__).resolve().parents[1] / "tools" / "data" / "fx.toml").read_text(encoding="utf-8"))


def _assumed(code: str) -> float:
    """Dollars one unit buys in the data file, read here: dollars per euro over units per euro."""
    return float(FX["usd_per_eur"]) / float(FX["currencies"][code]["units_per_eur"])


def test_a_rate_for_the_currency_is_used() -> None:
    conv = at_said_rate(9500, "EUR", {"currency": "EUR", "usd_per_unit": 1.1})
    assert (conv.usd, conv.usd_per_unit, conv.rate_said) == (10450.0, 1.1, True)
    assert conv.as_fact() == {"amount_per_month": 9500, "currency": "EUR", "usd_per_unit": 1.1, "rate": "said"}


@pytest.mark.parametrize(
    "said_rate",
    [None, {}, {"currency": "GBP", "usd_per_unit": 1.25}, {"currency": "EUR", "usd_per_unit": 0}, {"usd_per_unit": 2}],
)
def test_a_rate_for_another_currency_or_none_leaves_the_assumed_one(said_rate: dict[str, Any] | None) -> None:
    conv = at_said_rate(2000, "EUR", said_rate)
    assert not conv.rate_said
    assert conv.usd_per_unit == pytest.approx(_assumed("EUR"))
    assert conv.usd == pytest.approx(2000 * _assumed("EUR"), abs=0.01)


def test_codes_are_matched_whatever_their_case() -> None:
    assert at_said_rate(100, " gbp ", {"currency": "gbp", "usd_per_unit": 1.3}).usd == 130.0


def test_an_unknown_currency_is_refused_unless_its_rate_was_given() -> None:
    with pytest.raises(LookupError):
        at_said_rate(100, "XYZ", {"currency": "GBP", "usd_per_unit": 2.0})
    assert at_said_rate(100, "XYZ", {"currency": "XYZ", "usd_per_unit": 2.0}).usd == 200.0
