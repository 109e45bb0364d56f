"""A mix said as two shares with a slash ("85/15") beside the sides it splits, or as the answer to the
mix question; never a pair that does not make 100 ("24/7") or names no side outside that answer."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _share(text: str, expecting: list[str] | None = None) -> float | None:
    r = parse_message(text, expecting or [])
    return next((float(u.value) for u in r.updates if u.field == "input_share"), None)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Claims intake assistant, 40 million tokens per day, prompts are long, answers short - maybe 85/15.", 0.85),
        ("prompts r huge n outputs tiny, like 90/10", 0.90),
        ("output-heavy honestly, 30/70 prompt vs completion", 0.30),
    ],
)
def test_a_slash_pair_beside_the_sides(text: str, share: float) -> None:
    assert _share(text) == pytest.approx(share)


def test_a_slash_pair_answering_the_mix_question() -> None:
    assert _share("split is roughly 80/20", ["input_share"]) == pytest.approx(0.8)


@pytest.mark.parametrize(
    "text",
    [
        "we run 24/7 with about 5M tokens a day",  # not a mix
        "split is roughly 80/20",  # no side named, no mix question asked: which side is 80?
        "our SLA is 99/1 on uptime",
    ],
)
def test_no_mix_without_sides_or_a_hundred(text: str) -> None:
    assert _share(text) is None
