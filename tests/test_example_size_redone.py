"""A count priced at the example size is redone when its size comes later (issue 10: "Tell me the real size and
I'll redo it" has to be kept). 40,000 tickets a month at 700 in + 150 out is 34,000,000 tokens a month."""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from tools.catalog import Catalog


def run(catalog: Catalog, *lines: str) -> tuple[AdvisorSession, list[str]]:
    session, advisor = AdvisorSession(catalog), Advisor(OfflineAdvisorModel(), None)
    return session, [asyncio.run(advisor.turn(session, line)).assistant for line in lines]


@pytest.mark.parametrize(
    ("skip", "size", "tokens_per_month"),
    [
        ("no idea, just give me the numbers", "~700 tokens in, ~150 out per ticket", 34_000_000),
        ("not sure tbh", "each ticket is roughly 700 tokens in and 150 tokens out", 34_000_000),
        ("idk, skip", "ok I checked: prompts are about 1,000 tokens, answers about 200", 48_000_000),
        ("just tell me", "~700 tokens in, ~150 out per ticket", 34_000_000),  # (asked the volume again before)
        ("just give me a recommendation", "each ticket is roughly 700 tokens in and 150 tokens out", 34_000_000),
    ],
)
def test_the_size_said_after_the_example_redoes_the_volume(
    catalog: Catalog, skip: str, size: str, tokens_per_month: float
) -> None:
    session, replies = run(catalog, "We handle about 40,000 support tickets a month.", skip)
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "assumed" and "Tell me the real size" in replies[-1]
    _, more = run_more(session, size)
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "said"
    assert volume.value == pytest.approx(tokens_per_month, rel=0.01)
    assert "the count you gave earlier" in more


def run_more(session: AdvisorSession, line: str) -> tuple[AdvisorSession, str]:
    return session, asyncio.run(Advisor(OfflineAdvisorModel(), None).turn(session, line)).assistant


def test_a_volume_said_in_tokens_is_not_replaced_by_a_later_size(catalog: Catalog) -> None:
    session, _ = run(
        catalog,
        "We handle about 40,000 support tickets a month.",
        "just give me the numbers",
        "actually we measured it: 60M tokens a month",
        "prompts are about 700 tokens, answers 150",
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(60e6, rel=0.01)
