"""No compliance regime as people actually say it, read through ``parse_message``: the topic then a laugh and a no
("compliance lol no"), the topic with a qualifier put as a question and answered ("Compliance for blog posts? No,
nothing."), and an answer that runs on to the next sentence ("Compliance regime? Our own paranoia. No formal one.").

Expected values are worked out by hand from each sentence.
"""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def regimes(text: str, expecting: list[str] | None = None) -> object:
    got = {u.field: u.value for u in parse_message(text, expecting or []).updates}
    return got.get("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "compliance lol no. it's a recipe app.",
        "compliance tbh none",
        "Regulation? haha no, it's elves and dragons.",
        "Compliance regime? Our own paranoia. No formal one.",
        "Compliance requirements? Nothing formal, we're a hobby shop.",
        "compliance for internal wiki answers? no, nothing",
        "Regulatory stuff: none",
    ],
)
def test_no_regime_said_after_the_topic_is_none(text: str) -> None:
    assert regimes(text) == ["none"]


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("lol no", ["compliance"]),
        ("haha nope, nothing like that", ["compliance"]),
    ],
)
def test_a_laugh_then_no_to_the_regime_question_is_none(text: str, expecting: list[str]) -> None:
    assert regimes(text, expecting) == ["none"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("compliance lol yes, HIPAA", ["hipaa"]),
        ("Compliance regime? HIPAA, unfortunately.", ["hipaa"]),
        ("regulation for the EU side? GDPR", ["gdpr"]),
    ],
)
def test_a_regime_named_after_the_topic_is_that_regime(text: str, expected: list[str]) -> None:
    assert regimes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "compliance? not sure. our lawyers are checking.",
        "Compliance regime? What do you mean? We're a hospital.",
        "compliance lol, ask legal",
        "no idea about compliance honestly",
    ],
)
def test_an_unsure_or_deferred_answer_stores_no_none(text: str) -> None:
    assert regimes(text) != ["none"]
