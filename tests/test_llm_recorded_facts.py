"""LLM mode records the facts the reader records: money in the user's currency, a quality bar named by a model,
languages (issue 10, "LLM mode sees the same facts and may correct them through the profile-update tool")."""

from __future__ import annotations

from typing import Any

import pytest
from langchain.tools import ToolRuntime

from assistant.agent.context import TurnContext
from assistant.agent.tools import ProfileUpdate, update_profile
from assistant.conversation.session import AdvisorSession
from tests.offline_chat import talk
from tools.catalog import Catalog
from tools.fx import fx_table


def _record(session: AdvisorSession, **fields: Any) -> list[str]:
    runtime = ToolRuntime(
        state={},
        context=TurnContext(session=session),
        config={},
        stream_writer=lambda _: None,
        tool_call_id="t1",
        store=None,
    )
    _, changed = update_profile.func(runtime=runtime, **fields)  # type: ignore[misc]
    return list(changed)


def test_spend_in_euros_is_kept_as_said_and_converted_at_the_assumed_rate(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    changed = _record(session, current_spend_per_month=9500, currency="eur", quote="9.500 € al mese")
    assert set(changed) == {"current_spend_usd_per_month", "current_spend_in_currency"}
    eur = fx_table().usd_per_eur  # dollars one euro buys in the data file
    assert session.profile.get("current_spend_usd_per_month") == pytest.approx(9500 * eur, abs=0.01)
    said = session.profile.get("current_spend_in_currency")
    assert (said["amount_per_month"], said["currency"], said["rate"]) == (9500, "EUR", "assumed")
    assert session.profile.facts["current_spend_usd_per_month"].origin == "said"


def test_a_rate_the_user_gave_converts_a_budget(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    session.profile.set("exchange_rate", {"currency": "GBP", "usd_per_unit": 1.25}, quote="1 GBP = 1.25 USD")
    _record(session, budget_per_month=2000, currency="GBP")
    assert session.profile.get("budget_usd_per_month") == 2500
    assert session.profile.get("budget_in_currency")["rate"] == "said"


@pytest.mark.parametrize(("rate_line", "rate"), [("1 EUR = 1.10 USD for us", 1.1), ("1 GBP = 1.27 USD for us", None)])
def test_the_reader_and_a_model_record_the_same_bill_at_the_same_rate(
    catalog: Catalog, rate_line: str, rate: float | None
) -> None:
    """One conversion (``tools.fx.at_said_rate``) for both: a pound rate leaves euros at the assumed rate."""
    read, _ = talk([rate_line, "we use gpt-4o and we pay around 9.500 € per month"])
    recorded = AdvisorSession(catalog)
    recorded.profile.set("exchange_rate", read.profile.get("exchange_rate"), quote=rate_line)
    _record(recorded, current_model="gpt-4o", current_spend_per_month=9500, currency="EUR", quote="9.500 € per month")
    usd_per_eur = rate if rate is not None else fx_table().usd_per_eur
    for profile in (read.profile, recorded.profile):
        assert profile.get("current_spend_usd_per_month") == pytest.approx(9500 * usd_per_eur, abs=0.01)
        assert profile.get("current_spend_in_currency")["rate"] == ("said" if rate else "assumed")
    assert read.profile.get("current_spend_in_currency") == recorded.profile.get("current_spend_in_currency")


def test_dollars_and_unknown_currencies(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    _record(session, current_spend_per_month=1200)  # no currency: dollars
    assert session.profile.get("current_spend_usd_per_month") == 1200
    assert not session.profile.knows("current_spend_in_currency")
    assert _record(session, budget_per_month=50_000, currency="XYZ") == []  # no rate: nothing guessed
    assert not session.profile.knows("budget_usd_per_month")


@pytest.mark.parametrize(
    ("named", "slug", "quality"),
    [("GPT-4o mini", "gpt-4o-mini", "open_weight_ok"), ("claude opus", "claude-opus-4.5", "frontier")],
)
def test_a_quality_bar_named_by_a_model(catalog: Catalog, named: str, slug: str, quality: str) -> None:
    session = AdvisorSession(catalog)
    _record(session, quality_reference=named)
    assert session.profile.get("quality_reference") == slug
    assert session.profile.get("quality") == quality


def test_a_quality_the_model_stated_is_not_overridden_by_the_bar(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    _record(session, quality_reference="gpt-4o-mini", quality="frontier")
    assert session.profile.get("quality") == "frontier"


def test_an_unknown_model_as_bar_records_nothing(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    assert _record(session, quality_reference="MegaBrain 9000") == []


def test_languages_are_canonical_and_english_is_not_a_constraint(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    _record(session, languages=["italian", "English", "GERMAN", "klingon-ish"])
    assert session.profile.get("languages") == ["Italian", "German"]
    session = AdvisorSession(catalog)
    _record(session, languages=["multilingual"])
    assert session.profile.get("languages") == ["multilingual"]
    assert _record(AdvisorSession(catalog), languages=["English"]) == []


def test_the_tool_arguments_are_validated() -> None:
    with pytest.raises(ValueError):
        ProfileUpdate(current_spend_per_month=-5)
