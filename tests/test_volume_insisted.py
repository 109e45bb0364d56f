"""A volume the user corrects is taken: "that's not right, the total should be 2.8M a day", "2.8M a day, not
1.14M", and a figure said again after the clash was already put to them once."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.profiles import conversation
from tools.catalog import Catalog

DAY = 30  # the default month of traffic


@pytest.mark.parametrize(
    "text",
    [
        "hmm that's not right, the total should be about 2.8M a day",
        "And total volume is 2.8M tokens a day, not 1.14M.",
        "that's wrong, 2.8M tokens a day is the real number",
    ],
)
def test_a_volume_said_as_a_correction_is_one(text: str) -> None:
    u = next(u for u in parse_message(text).updates if u.field == "tokens_per_month")
    assert u.correction and u.value == pytest.approx(2_800_000 * DAY)


def test_we_have_30_engineers_not_3_is_no_volume_correction() -> None:
    assert "tokens_per_month" not in {u.field for u in parse_message("we have 30 engineers, not 3").updates}


def test_a_figure_said_again_after_the_clash_was_asked_is_taken(catalog: Catalog) -> None:
    _, session = conversation(
        catalog,
        "about 1.14M tokens a day, mostly input",
        "2.8M tokens per day",  # clashes with what was said: asked once
        "2.8M tokens per day total",  # said again: their answer
    )
    assert session.profile.facts["tokens_per_month"].value == pytest.approx(2_800_000 * DAY)
    assert sum("Which should I use?" in t.assistant for t in session.turns) == 1


def test_a_clash_is_asked_about_once_before_it_is_taken(catalog: Catalog) -> None:
    _, session = conversation(catalog, "about 1.14M tokens a day, mostly input", "2.8M tokens per day")
    assert session.profile.facts["tokens_per_month"].value == pytest.approx(1_140_000 * DAY)
    assert "Which should I use?" in session.turns[-1].assistant
