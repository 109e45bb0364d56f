"""A smaller closed model tried and found wanting ("we tried gpt-4o-mini and it missed clauses, not acceptable",
"haiku wasn't good enough for this", "the mini models hallucinate too much for us") sets the bar above it: the quality
need is frontier, said; and the model is no candidate to compare. Found too slow or too dear, fine, not tried yet, a
question, a hypothetical or someone else's trial says nothing of the bar."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _said(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, []).updates}


@pytest.mark.parametrize(
    "text",
    [
        "we tried gpt-4o-mini and it missed clauses, not acceptable",
        "haiku wasn't good enough for this",
        "the mini models hallucinate too much for us",
        "we testd 4o-mini, quality was not enough for legal",
        "tried haiku lol, it made stuff up",
        "we have try gpt-4o mini but the answers was not good, too many mistakes",
        "Our team piloted Gemini Flash; the summaries were unusable for compliance review.",
        "FW from our CTO: We evaluated GPT-4.1 mini. It missed key obligations in the contracts.",
    ],
)
def test_a_small_closed_model_found_wanting_sets_a_frontier_bar(text: str) -> None:
    facts = _said(text)
    assert facts.get("quality") == "frontier"
    assert not facts.get("candidate_models")  # the model that failed is no model to consider


@pytest.mark.parametrize(
    "text",
    [
        "gpt-4o-mini works fine for us",
        "we tried haiku, it was ok",
        "mini was too slow",
        "we tried gpt-4o-mini but it wasn't fast enough",
        "we tried gpt-4o-mini, latency was bad",
        "we tried gpt-4o-mini and it was too expensive at our volume",
        "we haven't tried gpt-4o-mini yet",
        "if we tried haiku and it wasn't good enough, what then?",
        "my friend's startup tried gpt-4o-mini and it hallucinated a lot",
    ],
)
def test_no_frontier_bar_from_speed_price_praise_or_other_peoples_trials(text: str) -> None:
    assert _said(text).get("quality") != "frontier"


def test_a_model_tried_and_found_slow_stays_a_model_named() -> None:
    assert _said("we tried gpt-4o-mini but it wasn't fast enough").get("candidate_models") == ["gpt-4o-mini"]


def test_the_model_used_today_beside_the_one_that_failed() -> None:
    facts = _said("we tested gemini flash, it hallucinated a lot. we are on gpt-4o today")
    assert facts.get("quality") == "frontier"
    assert facts.get("current_model") == "gpt-4o"
    assert not facts.get("candidate_models")
