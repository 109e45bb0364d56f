"""The quality bar as people actually say it, read through ``parse_message``: a frontier model named as the measure of
good, open models tried and found embarrassing, an open model in use that people were happy with or that works fine,
a middle-class model said to be enough, an open model accepted on a condition about its own output, and a strong
model's bar beside open models not yet tried (asked, not stored as open-weight).

Expected values are worked out by hand from each sentence.
"""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def quality(text: str, expecting: list[str] | None = None) -> tuple[object, list[str]]:
    result = parse_message(text, expecting or [])
    got = {u.field: u.value for u in result.updates}
    return got.get("quality"), result.clarify


@pytest.mark.parametrize(
    "text",
    [
        "the copy needs to be like GPT-5 good, every word gets read",
        "Answers must be really, really accurate, like Claude Opus level",
        "we want something like claude good, not llama good",
        "The reports have to be very, very polished.",
        "We tested Llama 3 70B last month; the output was honestly unusable.",
        "tried some open source model for the summaries and tbh it was embarrassing",
        "we piloted Mistral and the answers were a mess",
    ],
)
def test_a_frontier_bar_said_by_measure_or_by_open_models_found_wanting(text: str) -> None:
    assert quality(text)[0] == "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "we tried an open model and it wasn't embarrassing at all",
        "Does it have to be like Claude good?",
        "our competitor's writing has to be really good, like Claude good",
        "Should we try an open model? I'm worried the drafts would be embarrassing",
    ],
)
def test_no_frontier_bar_from_praise_questions_or_other_people(text: str) -> None:
    assert quality(text)[0] != "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "The pilot ran on Llama 3.1 8B through Together and users were happy with it.",
        "we've been using qwen 2.5 for a month, customers seem pretty satisfied",
        "running mistral 7b locally works fine quality-wise",
        "Llama 3.3 70B has worked well for us so far.",
        "our internal evals showed an open-weight 70B model is on par with GPT-4o for this",
        "Please assume a middle class model is enough for this task.",
        "a mid-range model would be fine, it's FAQ answers",
        "an open model is acceptable if it is correct in Japanese",
        "open-weight is fine as long as the answers are accurate",
        "the quest dialogue doesn't need to be Shakespeare, an open model is plenty",
    ],
)
def test_an_open_model_in_use_or_accepted_is_open_weight_ok(text: str) -> None:
    assert quality(text)[0] == "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "we tested qwen last quarter and users were not happy at all",
        "llama didn't work well for us",
        "is an open model on par with GPT-4o?",
        "an open model is acceptable if legal agrees",  # a permission pending, not the bar
        "if we launch in Japan, an open model is fine if it handles Japanese",
    ],
)
def test_an_open_model_not_praised_or_only_supposed_stores_no_open_weight(text: str) -> None:
    assert quality(text)[0] != "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "Quality: GPT-4o was good in our test. We did not test open models, I don't know if they are enough.",
        "GPT-4o level is what we need; haven't tried llama or anything open yet",
        "gpt-4o quality is our bar. not sure open source can do it",
    ],
)
def test_a_strong_model_bar_with_open_models_doubted_is_asked(text: str) -> None:
    value, clarify = quality(text)
    assert value != "open_weight_ok"
    assert value == "frontier" or "quality" in clarify


def test_a_strong_model_bar_alone_is_still_open_weight_ok() -> None:
    # GPT-4o sits at the level of 70B-class open-weight models (the catalog's tiers): the bar allows them
    assert quality("GPT-4o level is enough for us.")[0] == "open_weight_ok"
