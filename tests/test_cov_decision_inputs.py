"""Small pieces of the decision's inputs and updates: which models a profile adds to the comparison
(``inputs.models_for``) and a cost's change in words (``update.change``)."""

from __future__ import annotations

import pytest

from assistant.decision.inputs import models_for
from assistant.decision.update import change
from assistant.interview.facts import WorkloadProfile
from tools.catalog import Catalog


def test_a_named_model_outside_the_featured_ones_joins_the_comparison(catalog: Catalog) -> None:
    profile = WorkloadProfile()
    profile.set("candidate_models", ["gpt-4.1", "gpt-5", "no-such-model"], quote="compare gpt-4.1 and gpt-5")
    models, unknown = models_for(profile, catalog, "auto")
    assert models[-1] == "gpt-4.1"
    assert models.count("gpt-5") == 1  # featured already: not added twice
    assert unknown == ["no-such-model"]


@pytest.mark.parametrize(
    ("value", "words"),
    [(0.0, "no change"), (0.004, "no change"), (-0.004, "no change"), (350, "$350.00 more"), (-1200, "$1,200.00 less")],
)
def test_a_change_of_cost_in_words(value: float, words: str) -> None:
    assert change(value) == words


@pytest.mark.parametrize("text", ["what would it cost over 20 years?", "what would it cost over 1 month?"])
def test_a_term_outside_two_months_to_ten_years_is_no_term_question(text: str) -> None:
    from assistant.decision.explain.questions import classify

    q = classify(text, None, has_baseline=True)
    assert q is None or q.topic != "term"
    two_years = classify("total cost over 24 months?", None, has_baseline=True)
    assert two_years is not None and two_years.topic == "term" and two_years.months == 24
