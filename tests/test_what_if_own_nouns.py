"""A what-if about the user's own things ("what if we doubled the contracts?") is a what-if, not an off-topic
request: the scope note is for questions the interview can read nothing from."""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.conversation.session import AdvisorSession
from tests.profiles import conversation
from tools.catalog import Catalog

SETUP = ["8M tokens a day, 80% input", "steady, no compliance, no ML engineers, frontier quality, real-time chat"]


@pytest.fixture()
def advised(catalog: Catalog) -> tuple[Advisor, AdvisorSession]:
    advisor, session = conversation(catalog, *SETUP)
    assert session.baseline is not None
    return advisor, session


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("what if we doubled the contracts?", 2.0),
        ("and if the tickets tripled??", 3.0),
        ("suppose the claims went up 50%?", 1.5),
        ("what if invoices halved", 0.5),
        ("wat if we get 10x the students?", 10.0),
    ],
)
def test_a_what_if_about_the_users_own_things_is_run(
    advised: tuple[Advisor, AdvisorSession], text: str, factor: float
) -> None:
    advisor, session = advised
    base = session.baseline
    assert base is not None
    reply = asyncio.run(advisor.turn(session, text)).assistant
    assert "outside what I can help with" not in reply
    assert session.active is not None
    scenario = session.scenarios[session.active].analysis
    assert scenario.tokens_per_month == pytest.approx(base.tokens_per_month * factor)


def test_a_question_about_something_else_still_gets_the_scope_note(advised: tuple[Advisor, AdvisorSession]) -> None:
    advisor, session = advised
    reply = asyncio.run(advisor.turn(session, "can you write me a poem about cats?")).assistant
    assert "outside what I can help with" in reply
    assert session.active is None
