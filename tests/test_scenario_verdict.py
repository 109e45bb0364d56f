"""A what-if's first line says what the recommendation is after the change, by its headline: "stays:
**<headline>**" for the same option, "changes: **<headline>** (was <name>, $X a month)" for another one
(another kind, or another model of the same kind), never "API → API". The chat's card and the offline
answer say the same verdict: one writer (``assistant.decision.update.verdict_words``)."""

from __future__ import annotations

import asyncio

from assistant.conversation.scenarios import ChangedCost, ScenarioDiff
from assistant.web.answers import scenario_markdown
from tests.profiles import conversation


def _verdict(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("The recommendation "))


def test_the_verdict_names_the_recommendation(catalog) -> None:
    advisor, session = conversation(
        catalog, *["about 20M tokens a day, mostly input", "steady, SOC 2, no ML engineers, we need frontier quality"]
    )
    base = session.baseline
    assert base is not None and base.option == "api"
    same = asyncio.run(advisor.turn(session, "what if we hired one ML engineer?")).assistant
    assert f"The recommendation stays: **{base.headline}**." in same
    assert "API → API" not in same
    bigger = asyncio.run(advisor.turn(session, "what if volume went up 200x?"))
    scenario = session.current()
    assert scenario is not None
    if scenario.chosen.name != base.chosen.name:
        assert f"**{scenario.headline}** (was {base.chosen.name}, $" in bigger.assistant
    else:
        assert f"The recommendation stays: **{scenario.headline}**." in bigger.assistant


def test_the_card_and_the_answer_say_the_same_verdict(catalog) -> None:
    advisor, session = conversation(
        catalog, *["5M tokens a day, 70% input", "business hours, no compliance, 2 ML engineers, open weights are fine"]
    )
    assert session.baseline is not None
    for what_if in ["what if volume went up 50x?", "what if we needed HIPAA?", "what if it were 10x smaller?"]:
        answer = asyncio.run(advisor.turn(session, what_if)).assistant
        s = session.scenarios[session.active or 0]
        card = scenario_markdown(session.baseline, s.analysis, s.label)
        # the card shows money without cents; the words are the same
        assert _verdict(card).split("**")[0] == _verdict(answer).split("**")[0]
        assert (s.analysis.chosen.name != session.baseline.chosen.name) == ("changes" in _verdict(card))


def test_another_model_of_the_same_kind_is_a_change() -> None:
    d = ScenarioDiff(
        baseline_option="api",
        scenario_option="api",
        baseline_choice="GPT-5",
        scenario_choice="Gemini 2.5 Flash",
        baseline_monthly_usd=1800.0,
        scenario_monthly_usd=420.0,
        baseline_tokens_per_month=6e8,
        scenario_tokens_per_month=6e8,
        changed_costs=[ChangedCost(name="GPT-5", before=1800.0, after=1800.0)],
    )
    assert d.choice_changed and not d.option_changed and not d.volume_changed
    same = d.model_copy(update={"scenario_choice": "GPT-5"})
    assert not same.choice_changed


def test_a_stored_scenario_of_an_earlier_version_still_loads() -> None:
    """Saved sessions keep the what-if's difference as the plain mapping the tool returned."""
    stored = {
        "baseline_option": "api",
        "scenario_option": "self_host",
        "option_changed": True,
        "baseline_choice": "GPT-5",
        "scenario_choice": "Llama 3.3 70B on 2 x H100",
        "baseline_monthly_usd": 9000.0,
        "scenario_monthly_usd": 6100.0,
        "delta_monthly_usd": -2900.0,
        "baseline_tokens_per_month": 3e9,
        "scenario_tokens_per_month": 3e9,
        "changed_costs": [{"name": "GPT-5", "before": 9000.0, "after": 9000.0}],
    }
    d = ScenarioDiff.model_validate(stored)
    assert d.choice_changed and d.changed_costs[0].after == 9000.0
