"""Quality bars said in more ways, read through ``parse_message``: an open model tried and found wanting with the
verdict after a dash, semicolon, colon or parenthesis; a closed flagship named as the floor with no step below it
allowed; "no compromise on quality" and its kin; someone else's view that the user disputes (nothing stored, or the
user's own view); and near-misses that store nothing (a vendor's or an earlier supplier's promise, a competitor's
choice, questions, maybes, a vague "quality matters").

Expected values are worked out by hand from each sentence.
"""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.offline_chat import talk
from tests.test_reading_quality_as_said import quality


@pytest.mark.parametrize(
    "text",
    [
        "one bad clause and we lose the client; we benchmarked Qwen 2.5 72B - it was clearly worse at redlines",
        "Piloted Llama 3.3 70B; noticeably weaker than what we run now.",
        "we tried a couple of open models (none came close on the German letters)",
        "tested mixtral: way behind on our support macros",
        "We evaluated DeepSeek — nowhere near good enough for the customer emails.",
        "we tried llama 70b -- clearly worse, not an option",
    ],
)
def test_an_open_model_found_wanting_across_a_break_is_a_frontier_bar(text: str) -> None:
    assert quality(text)[0] == "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "we tested Llama 70B behind our own firewall",  # "behind" is where, no verdict
        "we haven't tried Mistral yet - it might be weaker",  # not tried, a guess
        "we tested Qwen - clearly better than we feared",
        "should we benchmark Llama 70B - would it be worse?",
    ],
)
def test_an_open_model_without_a_verdict_against_it_sets_no_frontier_bar(text: str) -> None:
    assert quality(text)[0] != "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "GPT-4 level answers, nothing less, our analysts read every word",
        "The bar is GPT-4o. No compromises.",
        "we need gpt-4.1 quality, not settling for anything less",
        "GPT-4-class or nothing tbh",
        "We won't accept anything below GPT-4 Turbo.",
    ],
)
def test_a_closed_flagship_floor_with_no_step_below_is_frontier(text: str) -> None:
    assert quality(text)[0] == "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "GPT-4o mini level is the floor, nothing less",  # a small sibling: open models clear it
        "Llama 3.3 70B quality, nothing less",  # an open model as the floor
    ],
)
def test_a_floor_an_open_model_meets_stays_open_weight(text: str) -> None:
    assert quality(text)[0] == "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "No compromise on quality, please.",
        "zero compromises when it comes to the answers",
        "Quality isn't negotiable here.",
        "we cant settle for second best, these go to auditors",
        "nothing short of the best will do for our board packs",
        "we refuse to settle for a cheaper model",
        "Only the best model will do.",
    ],
)
def test_no_step_down_from_the_best_is_frontier(text: str) -> None:
    assert quality(text)[0] == "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "my manager says an open model is fine, I don't agree",
        "Marketing thinks users don't care about quality. I think they're wrong.",
        "the CEO reckons Llama would do; I doubt it",
        "Leadership believes a mid-range model is plenty, personally I disagree.",
        "our tech lead says a small model is good enough, not true imo",
    ],
)
def test_a_view_the_user_disputes_stores_nothing(text: str) -> None:
    assert quality(text)[0] is None


def test_the_users_own_view_after_a_dispute_is_stored() -> None:
    assert quality("the CFO says an open model is fine, I disagree, we need the best model there is")[0] == "frontier"
    assert quality("sales says no compromise on quality, I disagree, a mid-tier model is fine")[0] == "open_weight_ok"


def test_an_undisputed_view_is_read_as_before() -> None:
    assert quality("management says users don't care about quality")[0] == "open_weight_ok"


def test_a_dispute_of_another_fact_sets_that_one_aside_too() -> None:
    got = {u.field: u.value for u in parse_message("our CTO says HIPAA doesn't apply, I disagree").updates}
    assert "compliance" not in got


@pytest.mark.parametrize(
    "text",
    [
        "the old vendor promised GPT-4 quality",
        "they promised us Claude-level answers",
        "The previous agency quoted GPT-4 class quality.",
        "our competitor runs on Llama 70B and says it's plenty for them",
        "is an open model good enough?",
        "we might try Llama later",
        "quality matters",
        "would GPT-4o level be enough, nothing less?",
        "we compromise on quality all the time",
    ],
)
def test_near_misses_store_no_quality(text: str) -> None:
    assert quality(text)[0] is None


def test_a_hedged_denial_of_frontier_is_asked() -> None:
    value, clarify = quality("Accuracy is critical, but that doesn't necessarily mean frontier.", ["quality"])
    assert value is None
    assert "quality" in clarify


def test_in_a_conversation_an_insisted_flagship_floor_is_said_frontier() -> None:
    session, _ = talk(["about 20M tokens a month", "we need GPT-4 level quality, nothing less"])
    said = session.profile.summary()["quality"]
    assert said["origin"] == "said"
    assert said["value"] == "frontier"


def test_in_a_conversation_a_disputed_view_is_not_said() -> None:
    session, _ = talk(["about 20M tokens a month", "management says users don't care about quality, I disagree"])
    assert (session.profile.summary().get("quality") or {}).get("origin") != "said"
