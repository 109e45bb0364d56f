"""Conversations a tester wrote in session 33 (probe 33), the turns that had gone wrong: a question asking for the
advice answered with something else, a count corrected bare ("more like 200 a day"), a budget the pick is above."""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.decision.analysis import analyze
from assistant.root import recommendation_summary
from tests.profiles import profile
from tools.catalog import Catalog

LEGAL_TECH = [
    "We're a legal-tech startup in London doing contract review. We currently spend about £18k a month on GPT-4o "
    "through the OpenAI API and the board wants that number down.",
    "Roughly eight billion input tokens a month - long contracts, lots of context - and output's much smaller, maybe "
    "three hundred million.",
    "Client contracts say data stays in the EU. And no, we don't have any GPUs, nor an ML team - it's two backend "
    "engineers.",
    "What would you recommend - switch models, self-host, or a mix?",
]
SOLO = [
    "hey, solo dev here. building a little discord bot that summarizes chat channels for my gaming community",
    "maybe 500 summaries a day? each one eats like 10k tokens of chat and spits out 300 or so",
    "no privacy stuff, it's all public channels, any vendor is fine, a small model is fine",
    "wait actually it's more like 200 a day, i double counted a couple servers",
]


def talk(catalog: Catalog, lines: list[str]) -> AdvisorSession:
    advisor, session = Advisor(OfflineAdvisorModel(), None), AdvisorSession(catalog)

    async def script() -> None:
        for line in lines:
            await advisor.turn(session, line)

    asyncio.run(script())
    return session


def test_asking_what_to_do_gets_the_recommendation(catalog: Catalog) -> None:
    session = talk(catalog, LEGAL_TECH)
    rec = recommendation_summary(session)
    assert rec is not None and rec["monthly_usd"] > 0
    assert session.turns[-1].assistant.startswith("### Recommendation")
    said = session.profile.summary()
    assert said["team"]["value"]["ml_engineers"] == 0
    assert said["tokens_per_month"]["value"] == 8.3e9


def test_a_count_corrected_bare_keeps_the_size_said_before(catalog: Catalog) -> None:
    session = talk(catalog, SOLO)
    volume = session.profile.summary()["tokens_per_month"]["value"]
    assert volume == 200 * 10_300 * 30  # 200 a day, 10k in and 300 out each


def test_a_pick_above_the_budget_says_so(catalog: Catalog) -> None:
    facts = dict(tokens_per_month=154.5e6, input_share=0.97, team={"ml_engineers": 0}, data_boundary="any_vendor")
    over = analyze(profile(**facts, budget_usd_per_month=20.0), catalog)
    assert over.chosen.monthly_usd > 20
    assert any(r.startswith("this is above your budget of $20.00 a month") for r in over.reasons)
    assert any("quality bar I assumed" in r for r in over.reasons)  # the bar nobody set is said to be assumed
    within = analyze(profile(**facts, budget_usd_per_month=50_000.0), catalog)
    assert not any("budget" in r for r in within.reasons)


EDTECH = [
    "Hi, we run an edtech platform for JEE/NEET prep, around 2 lakh active students.",
    "We use LLM for doubt solving - student types a question, we give step by step solution. Question is maybe 300 "
    "tokens plus system prompt ~1000, answer ~700 tokens.",
    "Normal days we get 50k doubts/day. No data restriction really, students are anonymised.",
    "Team of 6 ML engineers, they've deployed models on k8s before.",
    "traffic is steady through the day, an open model is fine",
    "So do we need to self host or can we just do API?",
]


def test_a_prompt_said_as_parts_and_asking_which_way(catalog: Catalog) -> None:
    session = talk(catalog, EDTECH)
    said = session.profile.summary()
    assert said["request_input_tokens"]["value"] == 1300  # 300 tokens plus a system prompt of ~1000
    assert said["tokens_per_month"]["value"] == 50_000 * 2_000 * 30
    # the pick (and why), not passages of the articles
    assert session.turns[-1].assistant.startswith(("### Why", "### Recommendation"))


def test_weekdays_said_later_recount_a_count_whose_size_was_said_beside_it(catalog: Catalog) -> None:
    session = talk(
        catalog,
        [
            "Users: perhaps 150 engineers, each asks maybe 20 questions per day. With RAG the prompt is ca. 4000 "
            "tokens, the answer ca. 400 tokens.",
            "The data must not leave our house. No cloud, also not EU cloud.",
            "Only office hours, Monday to Friday. Our IT has two Linux admins.",
        ],
    )
    volume = session.profile.summary()["tokens_per_month"]["value"]
    assert volume == pytest.approx(150 * 20 * 4_400 * 21.67, rel=0.002)  # working days, not 30 calendar days


def test_would_you_even_bother_self_hosting_asks_which_way(catalog: Catalog) -> None:
    session = talk(catalog, [*EDTECH[:-1], "so with all this would u even bother self hosting?"])
    assert session.turns[-1].assistant.startswith("### Why")
