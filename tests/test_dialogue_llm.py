"""LLM mode sees the same facts and may correct them through update_profile; explain_advice is a tool."""

from __future__ import annotations

import asyncio
import json

from langchain_core.messages import AIMessage

from assistant.agent.loop import Advisor
from assistant.agent.tools import ProfileUpdate
from assistant.conversation.session import AdvisorSession
from tests.fakes import call, scripted, tool_json, tools_then

FIRST = "about 40M tokens a day, mostly input, no compliance"


def test_the_model_sees_said_facts_and_corrects_them_with_typed_arguments(catalog) -> None:
    correction = {
        "tokens_per_day": 15e6,
        "data_boundary": "cloud_tenant",
        "owned_gpus": {"gpu": "h100", "count": 16, "paid_for": True},
        "latency_p99_ms": 800,
        "latency_kind": "ttft",
        "mlops": True,
        "kubernetes": True,
        "simple_share": 0.75,
        "current_model": "gpt-4o",
        "current_spend_usd_per_month": 12000,
        "quote": "actually 15M a day, and it has to stay in our Azure tenant",
        "correction": True,
    }
    model = scripted(
        tools_then(call("update_profile", correction)),
        lambda messages: AIMessage(content="Noted: 15M a day, in your Azure tenant. Who would run it?"),
    )
    session = AdvisorSession(catalog)
    record = asyncio.run(Advisor(model, None, label="fake:llm").turn(session, FIRST))
    system = str(model.calls[0][0].content)
    # the deterministic reading ran first, and the model sees the facts with the user's words
    assert '"said"' in system and "mostly input" in system
    assert "Who would run it?" in record.assistant and not record.notices
    p = session.profile
    assert p.get("tokens_per_month") == 15e6 * 30
    assert p.get("data_boundary") == "cloud_tenant"
    assert p.get("owned_gpus") == {"gpu": "h100", "count": 16, "paid_for": True}
    assert p.get("team") == {"mlops": True, "kubernetes": True}
    assert p.facts["data_boundary"].quote == correction["quote"] and p.facts["data_boundary"].said
    assert p.get("input_share") == 0.8  # facts the model did not touch are kept


def test_update_profile_arguments_are_validated() -> None:
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        ProfileUpdate.model_validate({"data_boundary": "somewhere"})
    with pytest.raises(ValidationError):
        ProfileUpdate.model_validate({"compliance": ["hippa"]})
    with pytest.raises(ValidationError):
        ProfileUpdate.model_validate({"owned_gpus": {"gpu": "h100", "count": 0}})
    schema = ProfileUpdate.model_json_schema()
    assert {"data_boundary", "owned_gpus", "latency_kind", "simple_share", "correction"} <= set(schema["properties"])


def test_the_model_can_ask_the_analysis_why(catalog) -> None:
    model = scripted(
        tools_then(call("analyze_workload")),
        lambda messages: AIMessage(content=tool_json(messages, "analyze_workload")["headline"]),
        tools_then(call("explain_advice", {"kind": "why"})),
        lambda messages: AIMessage(content=tool_json(messages, "explain_advice")["answer"]),
    )
    advisor = Advisor(model, None, label="fake:llm")
    session = AdvisorSession(catalog)
    ready = "10M tokens a day, 80% input, steady, no compliance, no ML engineers, open source is fine"
    asyncio.run(advisor.turn(session, ready))
    record = asyncio.run(advisor.turn(session, "why?"))
    assert session.baseline is not None and session.baseline.headline in record.assistant
    assert not record.notices


def test_dialogue_state_survives_a_save(catalog) -> None:
    from assistant.agent.offline import OfflineAdvisorModel

    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    asyncio.run(advisor.turn(session, FIRST))
    restored = AdvisorSession.from_dict(json.loads(json.dumps(session.to_dict())), catalog)
    assert restored.dialogue == session.dialogue and restored.expecting == session.expecting
    old = {**session.to_dict(), "expecting": ["team"], "pending": None}
    del old["dialogue"]
    assert AdvisorSession.from_dict(old, catalog).expecting == ["team"]
