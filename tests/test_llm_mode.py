"""The same agent loop on an LLM: scripted fakes in-process and over HTTP."""

import asyncio
import json

import httpx
import pytest
from langchain_core.messages import AIMessage

from assistant.agent.loop import Advisor
from assistant.agent.models import ModelConfigError, make_model
from assistant.agent.prompts import SYSTEM_PROMPT
from assistant.agent.tools import advisor_tools, make_search_tool
from assistant.conversation.session import AdvisorSession
from tests.fakes import call, scripted, tool_json, tools_then
from tests.net import JsonHandler, serve

READY = "10M tokens a day, 80% input, steady, no compliance, no ML engineers, open source is fine"


def grounded_answer(messages):
    analysis = tool_json(messages, "analyze_workload")
    return AIMessage(
        content=f"**{analysis['headline']}**. The cheapest option costs "
        f"${analysis['chosen']['monthly_usd']:,.2f} a month for your 10M tokens a day."
    )


def run(advisor: Advisor, session: AdvisorSession, text: str):
    return asyncio.run(advisor.turn(session, text))


def test_llm_calls_the_same_tools_and_answers_from_them(catalog, full_index) -> None:
    model = scripted(
        tools_then(call("analyze_workload"), call("search_guidance", {"query": "breakeven"}, 1)),
        grounded_answer,
    )
    advisor = Advisor(model, full_index, label="fake:llm")
    session = AdvisorSession(catalog)
    record = run(advisor, session, READY)
    assert [c.name for c in record.tool_calls] == ["analyze_workload", "search_guidance"]
    assert record.citations and record.model_calls == 2 and record.notices == []
    assert session.baseline is not None and session.baseline.headline in record.assistant
    system = model.calls[0][0].content
    assert "Conversation state" in system and '"action": "analyze"' in system
    assert session.profile.get("tokens_per_month") == 300e6  # the parser ran before the model


def test_grounding_guard_retries_once_then_flags(catalog, full_index) -> None:
    invented = AIMessage(content="Self-hosting would cost $7,777.77 a month.")
    model = scripted(tools_then(call("analyze_workload")), invented, invented)
    record = run(Advisor(model, full_index), AdvisorSession(catalog), READY)
    assert record.model_calls == 3  # tools, answer, one corrective retry
    assert "did not come from the cost tools" in record.notices[-1] and "$7,777.77" in record.notices[-1]
    assert "appear in no tool result" in model.calls[2][-1].content


def test_corrective_retry_can_fix_the_answer(catalog, full_index) -> None:
    model = scripted(tools_then(call("analyze_workload")), AIMessage(content="It costs $123,456.78."), grounded_answer)
    record = run(Advisor(model, full_index), AdvisorSession(catalog), READY)
    assert record.notices == [] and "a month" in record.assistant


@pytest.mark.parametrize(
    "error",
    [
        TimeoutError("read timed out"),
        httpx.HTTPStatusError(
            "429 Too Many Requests", request=httpx.Request("POST", "http://x"), response=httpx.Response(429)
        ),
        RuntimeError("500 Internal Server Error"),
    ],
)
def test_provider_errors_are_retried_then_fall_back_offline(error, catalog, full_index) -> None:
    model = scripted(error, error, error)
    advisor = Advisor(model, full_index, retries=2, label="openai:gpt-x")
    session = AdvisorSession(catalog)
    record = run(advisor, session, READY)
    assert len(model.calls) == 3
    assert "did not answer" in record.notices[0] and "offline advisor" in record.notices[0]
    assert "### Recommendation" in record.assistant  # the offline model finished the turn
    assert session.profile.get("tokens_per_month") == 300e6
    again = run(advisor, session, "what if volume triples?")  # the session goes on (the script is exhausted)
    assert again.assistant and session.baseline is not None


def test_slow_provider_times_out(catalog, full_index) -> None:
    model = scripted(AIMessage(content="late"), AIMessage(content="late"), delay_s=2.0)
    advisor = Advisor(model, full_index, retries=1, timeout_s=0.2)
    record = run(advisor, AdvisorSession(catalog), READY)
    assert "timed out" in record.notices[0]


def test_malformed_tool_arguments_become_an_error_the_model_reads(catalog, full_index) -> None:
    def answer(messages):
        assert any(getattr(m, "status", "") == "error" for m in messages)
        return AIMessage(content="I could not read that change; please restate it.")

    model = scripted(tools_then(call("what_if", {"label": "x", "volume_factor": "lots"})), answer)
    session = AdvisorSession(catalog)
    record = run(Advisor(model, full_index), session, READY)
    assert record.assistant.startswith("I could not read") and session.profile.get("tokens_per_month") == 300e6


def test_a_tool_that_raises_is_contained(catalog, full_index, monkeypatch) -> None:
    from assistant.agent.offline import OfflineAdvisorModel

    def boom(self):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(AdvisorSession, "analyze_baseline", boom)
    session = AdvisorSession(catalog)
    record = run(Advisor(OfflineAdvisorModel(), full_index), session, READY)
    assert "Something went wrong" in record.assistant and "disk on fire" in record.assistant
    assert session.profile.get("tokens_per_month") == 300e6


def test_prompt_budget() -> None:
    tools = [*advisor_tools(), make_search_tool(None)]
    schema_chars = sum(len(json.dumps(t.tool_call_schema.model_json_schema())) for t in tools)
    approx_tokens = (len(SYSTEM_PROMPT) + schema_chars) / 4
    assert approx_tokens < 3000


def test_model_choice_is_explicit(monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-fake-from-ci")
    assert make_model("offline").__class__.__name__ == "OfflineAdvisorModel"
    with pytest.raises(ModelConfigError, match="use provider:model"):
        make_model("gpt-4o")
    with pytest.raises(ModelConfigError, match="ADVISOR_BASE_URL"):
        make_model("vllm:llama")
    monkeypatch.delenv("OPENAI_API_KEY")
    with pytest.raises(ModelConfigError):
        make_model("openai:gpt-4o-mini")


class _FakeOpenAI(JsonHandler):
    """An OpenAI-compatible chat endpoint: first asks for tools, then answers from their results."""

    def do_POST(self) -> None:
        body = self.read_json()
        assert self.path == "/v1/chat/completions"
        assert {t["function"]["name"] for t in body["tools"]} >= {"analyze_workload", "search_guidance"}
        tool_msgs = [m for m in body["messages"] if m["role"] == "tool"]
        if not tool_msgs:
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "analyze_workload", "arguments": "{}"},
                    },
                    {
                        "id": "call_2",
                        "type": "function",
                        "function": {
                            "name": "search_guidance",
                            "arguments": json.dumps({"query": "hidden costs"}),
                        },
                    },
                ],
            }
        else:
            analysis = json.loads(next(m["content"] for m in tool_msgs if m["tool_call_id"] == "call_1"))
            message = {
                "role": "assistant",
                "content": f"{analysis['headline']} (${analysis['chosen']['monthly_usd']:,.2f} a month).",
            }
        self.reply(
            {
                "id": "x",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
        )


def test_openai_compatible_endpoint_over_http(catalog, full_index) -> None:
    with serve(_FakeOpenAI) as url:
        model = make_model("vllm:fake-llama", base_url=f"{url}/v1", timeout_s=10)
        advisor = Advisor(model, full_index, label="vllm:fake-llama", retries=0)
        session = AdvisorSession(catalog)
        record = run(advisor, session, READY)
        assert record.notices == [], record.notices
        assert [c.name for c in record.tool_calls] == ["analyze_workload", "search_guidance"]
        assert session.baseline is not None and session.baseline.headline in record.assistant
