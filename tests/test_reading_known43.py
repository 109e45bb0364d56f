"""Readings from the misreads found in session 43: each case here was read wrong before the change beside it; the
variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked


@pytest.mark.parametrize(
    ("text", "field", "usd"),
    [
        ("we were at $20k a month on OpenAI, now 11k after moving to mini", "current_spend_usd_per_month", 11_000),
        ("we spent 20k a month last year; now it is around 11k", "current_spend_usd_per_month", 11_000),
        ("we used to pay $3,000 monthly to Anthropic but these days it's 1.2k", "current_spend_usd_per_month", 1_200),
        ("Spend was 40k in March (launch), 12k now", "current_spend_usd_per_month", 12_000),
        ("the invoice was $7,400 in October, about 5k now", "current_spend_usd_per_month", 5_000),
        ("budget was 10k a month, now 5k", "budget_usd_per_month", 5_000),
    ],
)
def test_the_newer_of_two_figures_keeps_the_olds_currency_and_period(text: str, field: str, usd: float) -> None:
    """The old figure was set aside (or, in its own sentence, kept) and the newer bare one ("now 11k") was read as
    nothing, for it had no dollar sign or period of its own; it takes them from the figure it replaces."""
    facts, _ = facts_and_asked(text)
    assert facts[field] == pytest.approx(usd)


def test_an_old_figure_in_another_currency_passes_its_currency_on() -> None:
    facts, _ = facts_and_asked("Last year the OpenAI bill was €9,000 a month, now about 6k.")
    assert facts["current_spend_in_currency"]["amount_per_month"] == pytest.approx(6000)
    assert facts["current_spend_in_currency"]["currency"] == "EUR"


@pytest.mark.parametrize(
    "text",
    [
        "We pay $5k a month now, and we have 3 engineers",
        "we spend $5,000 a month on the API today, up to 8 engineers use it",
    ],
)
def test_todays_figure_followed_by_other_numbers_stands(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["current_spend_usd_per_month"] == pytest.approx(5000)
