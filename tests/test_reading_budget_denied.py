"""A budget figure the user denies is not their budget ("we not have budget 36000 usd, our budget maybe 1500"), and
a count after "we have 40 testers" is no budget ("we have 40 tester so 1200 per day")."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _budget(text: str) -> object:
    return next((u.value for u in parse_message(text).updates if u.field == "budget_usd_per_month"), None)


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("we not have budget 36000 usd, our budget maybe 1500 usd/month", 1500),
        ("we don't have a budget of 36000 usd, our budget is maybe 1500 usd/month", 1500),
        ("budget maybe 1500 usd/month, not 36000", 1500),
        ("our budget is $4k/month, not $40k", 4000),
        ("we have about $5k a month for this", 5000),
        ("we can't spend more than $2k a month", 2000),
    ],
)
def test_the_budget_said_not_the_one_denied(text: str, budget: float) -> None:
    assert _budget(text) == budget


@pytest.mark.parametrize(
    "text",
    ["we have 40 tester so 1200 per day", "we have 12 agents and 300 chats a day", "we got 3 devs, 500 requests daily"],
)
def test_a_count_after_we_have_is_no_budget(text: str) -> None:
    assert _budget(text) is None
