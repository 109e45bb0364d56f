"""A buyer whose data may not leave the EU, or go to a US company, and who needs more than a small model has
a European API of the strong tier to choose from (Mistral Medium), priced from Mistral's own list."""

from __future__ import annotations

import pytest

from assistant.agent.compose import cost_table
from tests.profiles import conversation
from tools.catalog import Catalog


@pytest.fixture(scope="module")
def eu_insurer(catalog: Catalog):  # type: ignore[no-untyped-def]
    _, session = conversation(
        catalog,
        "We're a German insurer. About 300M tokens a month, 80% input, business hours only.",
        "All processing must stay in the EU, GDPR applies. No US providers at all, not even with EU region.",
        "No GPU people, 2 backend devs. It drafts customer letters; a small model won't do, we need a strong one.",
        "Answers can take a few seconds, no batch.",
    )
    return session


def test_an_eu_only_buyer_needing_a_strong_model_gets_mistral_medium(eu_insurer) -> None:  # type: ignore[no-untyped-def]
    a = eu_insurer.current()
    assert a is not None
    assert a.chosen.model == "mistral-medium-3.1"
    # 240M input x $0.40 + 60M output x $2.00 per million (Mistral's price list, 2025-08)
    assert a.chosen.monthly_usd == pytest.approx(216.0)
    assert "EU" in a.runs_in


def test_the_cost_table_keeps_one_row_of_each_way_of_serving(catalog: Catalog) -> None:
    _, session = conversation(
        catalog,
        "about 40M tokens a day, mostly input",
        "steady traffic, no compliance requirements",
        "2 ML engineers",
        "open source is fine",
        "what if volume triples?",
    )
    a = session.scenarios[-1].analysis if session.scenarios else session.current()
    assert a is not None
    table = cost_table(a)
    kinds_in_analysis = {r.kind for r in a.table}
    assert "hybrid" in kinds_in_analysis
    assert "| Hybrid" in table  # more than eight cheaper rows, and the routing still shows
    assert len(table.splitlines()) <= 2 + 9
