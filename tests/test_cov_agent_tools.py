"""The ``price_model`` and ``update_profile`` tools on a real session (issue 14: both were untested).

Tools take the conversation's session from the runtime context; here a stand-in runtime carries a real
``AdvisorSession``. Expected dollars are recomputed from the catalog's published per-million prices.
"""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest
from pydantic import ValidationError

from assistant.agent.tools import AdvisorContext, ProfileUpdate, price_model, update_profile
from assistant.conversation.session import AdvisorSession
from assistant.decision.inputs import AnalysisOptions
from tools.catalog import Catalog


def _runtime(session: AdvisorSession) -> Any:
    return SimpleNamespace(context=AdvisorContext(session=session))


def _price(catalog: Catalog, model: str) -> tuple[float, float]:
    p = catalog.api_price(model).price
    return p.input_usd_per_mtok, p.output_usd_per_mtok


def test_price_model_prices_the_profile_workload(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    session.profile.set("tokens_per_month", 300e6)  # 10M a day
    session.profile.set("input_share", 0.8)
    content, result = price_model.func(model="gpt-5", runtime=_runtime(session))  # type: ignore[misc]
    payload = json.loads(content)
    inp, out = _price(catalog, "gpt-5")
    monthly = 240 * inp + 60 * out  # 240M input + 60M output tokens a month
    assert payload["monthly_usd"] == pytest.approx(monthly, abs=0.01)
    assert payload["daily_usd"] == pytest.approx(monthly / 30, abs=0.01)
    assert payload["yearly_usd"] == pytest.approx(monthly * 12, abs=0.1)
    assert payload["input_usd_per_mtok"] == inp and payload["output_usd_per_mtok"] == out
    assert payload["source"] == result.source.label() and payload["source"]
    assert set(payload) <= {
        "model",
        "name",
        "input_usd_per_mtok",
        "output_usd_per_mtok",
        "daily_usd",
        "monthly_usd",
        "yearly_usd",
        "price_source",
        "notes",
        "source",
    }


def test_price_model_with_its_own_volume_and_mix_under_22_days(catalog: Catalog) -> None:
    session = AdvisorSession(catalog, AnalysisOptions(days_per_month=22))
    content, _ = price_model.func(  # type: ignore[misc]
        model="deepseek-v3.2", runtime=_runtime(session), tokens_per_day=1e6, input_share=0.5
    )
    inp, out = _price(catalog, "deepseek-v3.2")
    # 1M a day x 22 days = 22M tokens: 11M in, 11M out
    assert json.loads(content)["monthly_usd"] == pytest.approx(11 * inp + 11 * out, abs=0.01)


def test_price_model_refuses_an_unknown_model(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    session.profile.set("tokens_per_month", 300e6)
    with pytest.raises(LookupError, match="gpt-9000"):
        price_model.func(model="gpt-9000", runtime=_runtime(session))  # type: ignore[misc]


def test_update_profile_records_facts_in_profile_units(catalog: Catalog) -> None:
    session = AdvisorSession(catalog, AnalysisOptions(days_per_month=22))
    content, changed = update_profile.func(  # type: ignore[misc]
        runtime=_runtime(session),
        tokens_per_day=2e6,
        ml_engineers=2,
        owned_gpus={"gpu": "h100", "count": 4},
        quote="2M a day, two ML engineers, four H100s",
    )
    assert sorted(changed) == ["owned_gpus", "team", "tokens_per_month"]
    assert session.profile.get("tokens_per_month") == 44e6  # 2M x 22 days
    assert session.profile.facts["tokens_per_month"].quote == "2M a day, two ML engineers, four H100s"
    assert session.profile.get("owned_gpus") == {"gpu": "h100", "count": 4, "paid_for": True}
    payload = json.loads(content)
    assert payload["recorded"] == changed
    assert payload["missing"] == session.missing()
    # a later team fact merges with what was said
    update_profile.func(runtime=_runtime(session), kubernetes=True)  # type: ignore[misc]
    assert session.profile.get("team") == {"ml_engineers": 2, "kubernetes": True}
    assert session.profile.facts["team"].quote == "recorded by the model"


@pytest.mark.parametrize(
    "bad",
    [
        {"input_share": 1.5},
        {"tokens_per_day": -1},
        {"traffic_shape": "wavy"},
        {"owned_gpus": {"gpu": "h100", "count": 0}},
    ],
)
def test_update_profile_arguments_are_validated(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ProfileUpdate(**bad)
