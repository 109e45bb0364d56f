"""A user who knows the bill but not the tokens: when the volume has to be assumed, it is the volume
their monthly spend buys on the model they named (the engine's estimate, said so), not the example."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession


def chat(catalog: Any, lines: list[str]) -> tuple[AdvisorSession, list[str]]:
    session = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), None)
    answers = [asyncio.run(advisor.turn(session, line)).assistant for line in lines]
    return session, answers


def test_the_bill_on_a_named_model_gives_the_assumed_volume(catalog: Any) -> None:
    price = catalog.api_price("gpt-4o").price
    session, answers = chat(
        catalog,
        [
            "we spend about $3,500 a month on GPT-4o, I have no idea what a token is",
            "bursty traffic, no compliance, nobody on the team does ML",
            "just tell me",
        ],
    )
    fact = session.profile.facts["tokens_per_month"]
    per_mtok = 0.5 * price.input_usd_per_mtok + 0.5 * price.output_usd_per_mtok  # an even split was assumed
    assert fact.origin == "assumed"
    assert fact.value == pytest.approx(3500 / per_mtok * 1e6)
    assert session.baseline is not None and session.baseline.tokens_per_month == pytest.approx(fact.value)
    said = answers[-1]
    assert "estimated it from what you spend" in said and "$3,500 a month on GPT-4o" in said
    assert "priced an example" not in said


def test_without_a_model_the_example_volume_stays(catalog: Any) -> None:
    session, answers = chat(
        catalog, ["we spend about $3,500 a month on AI, no idea about tokens", "bursty, no compliance", "just tell me"]
    )
    if session.profile.get("current_model"):
        pytest.fail("no model was named")
    assert "priced an example" in answers[-1]
    assert "estimated it from what you spend" not in answers[-1]


def test_a_volume_said_is_never_replaced_by_the_estimate(catalog: Any) -> None:
    lines = ["we spend $3,500 a month on GPT-4o for about 5M tokens a day", "bursty, no compliance", "just tell me"]
    session, _ = chat(catalog, lines)
    fact = session.profile.facts["tokens_per_month"]
    assert fact.origin == "said" and fact.value == pytest.approx(150e6)
