"""Discourse and language: "before I forget" opens a fact; "mil" beside Spanish or Portuguese words is a thousand;
"180,000 students x 3 essays a week" is people times a rate."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _facts(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text).updates}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Oh, and before I forget: quality-wise a mid-tier model is enough.", "quality", "open_weight_ok"),
        ("before I forget, we have SOC 2", "compliance", ["soc2"]),
        ("Lest I forget - answers can wait until the next morning.", "batch_ok", True),
    ],
)
def test_before_i_forget_opens_a_fact(text: str, field: str, value: object) -> None:
    assert _facts(text).get(field) == value


@pytest.mark.parametrize("text", ["forget about HIPAA, it does not apply", "forget HIPAA"])
def test_forget_about_a_regime_still_denies_it(text: str) -> None:
    assert _facts(text).get("compliance") in (None, ["none"])


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        ("unos 25 mil mensajes al dia, each ~85 tokens", 25_000 * 85 * 30),  # Spanish: mil is a thousand
        ("around 25 mil mensajes a day, 85 tokens each", 25_000 * 85 * 30),
        ("25 mil requests a day, ~100 tokens each", 25_000_000 * 100 * 30),  # English slang: a million
    ],
)
def test_mil_is_a_thousand_beside_spanish_or_portuguese_words(text: str, tokens_per_month: float) -> None:
    assert _facts(text).get("tokens_per_month") == pytest.approx(tokens_per_month)


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 180,000 x 3 a week = 540k essays a week; x 30/7 weeks a month; 1,600 tokens each
        ("180,000 students x 3 essays a week, each ~800 tokens in and 800 out", 180_000 * 3 * 30 / 7 * 1_600),
        ("12 reps × 40 calls a day, 2k tokens per call", 12 * 40 * 30 * 2_000),
    ],
)
def test_people_times_a_rate_written_with_x(text: str, tokens_per_month: float) -> None:
    assert _facts(text).get("tokens_per_month") == pytest.approx(tokens_per_month)
