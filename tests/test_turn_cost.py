"""The cheaper turn's seams give the same results as the ways they replace: a message normalised once and
passed on, a message's chunks cut once while it is read, and tools called directly."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from langchain_core.messages import ToolMessage
from langchain_core.tools import StructuredTool
from pydantic import BaseModel, Field

from assistant.agent.in_place import DirectTool, in_place
from assistant.interview import scope
from assistant.interview.quantities.read import read_quantities
from assistant.interview.quantities.words import normalize
from assistant.interview.reading.message import parse_message
from assistant.interview.scope_parties import SPEAKING_FOR_CLIENT
from tools.results import Conventions

MESSAGES = [
    "about twenty million tokens a day, mostly input - no wait, 30M",
    "2,500 documents a day, each ~3 pages in; and 40k chats a day of 1,200 tokens",
    "we have 2 ML engineers but no k8s. HIPAA applies, PCI doesn't",
    "I'm advising a bank: their team runs EKS and has three MLEs",
    "what if we had 500M tokens a day?",
]


@pytest.mark.parametrize("text", [MESSAGES[0], MESSAGES[1], MESSAGES[4], "budget ~ €12 500 a month, p99 under 2,5 s"])
def test_quantities_read_from_the_normalised_text_passed_on_are_those_read_from_the_text(text: str) -> None:
    conventions = Conventions(days_per_month=22)
    alone = read_quantities(text, ["tokens_per_month"], conventions, assume_stated=True)
    given = read_quantities(text, ["tokens_per_month"], conventions, True, normalized=normalize(text))
    assert given == alone
    assert alone.updates or alone.clarify or alone.pending  # each message states a quantity


@pytest.mark.parametrize("text", MESSAGES)
def test_chunks_cut_once_within_a_message_are_those_cut_each_time(text: str) -> None:
    low = normalize(text)
    outside = scope.chunks(low)
    assert not scope.reading_one_message()
    with scope.one_message():
        assert scope.reading_one_message()
        first, second = scope.chunks(low), scope.chunks(low)
        with scope.one_message():  # a reading inside the message's own: the same store
            inner = scope.chunks(low)
        first.clear()  # a reader changing its list changes nobody else's
        assert second == inner == outside == scope.chunks(low)
    assert not scope.reading_one_message()


def test_a_stored_cut_depends_on_whether_the_user_speaks_for_a_client() -> None:
    low = "their team has three mles and runs eks"
    with scope.one_message():
        own = scope.chunks(low)
        token = SPEAKING_FOR_CLIENT.set(True)
        try:
            client = scope.chunks(low)
        finally:
            SPEAKING_FOR_CLIENT.reset(token)
    assert any(c.others for c in own) and not any(c.others for c in client)


@pytest.mark.parametrize("text", MESSAGES)
def test_a_message_reads_the_same_inside_an_enclosing_reading(text: str) -> None:
    alone = parse_message(text, ["tokens_per_month"], Conventions())
    with scope.one_message():
        scope.chunks(normalize("something else entirely, not this message"))
        inside = parse_message(text, ["tokens_per_month"], Conventions())
    assert inside.model_dump() == alone.model_dump()


class Args(BaseModel):
    n: int = Field(ge=0)
    label: str = "x"


def _double(n: int, label: str = "x") -> tuple[str, Any]:
    if n == 13:
        raise ValueError("unlucky")
    return f"{label}={2 * n}", {"n": n}


def _call(tool: Any, args: dict[str, Any]) -> Any:
    return asyncio.run(tool.ainvoke({"type": "tool_call", "id": "c1", "name": tool.name, "args": args}))


def _structured() -> StructuredTool:
    return StructuredTool.from_function(
        _double, name="double", description="Double n.", args_schema=Args, response_format="content_and_artifact"
    )


def test_a_tool_called_directly_answers_as_langchain_calls_it() -> None:
    plain, direct = _structured(), in_place(_structured())
    assert isinstance(direct, DirectTool) and direct.coroutine is not None
    assert direct.args == plain.args  # the same schema offered to a model
    for args in ({"n": 4}, {"n": 5, "label": "y"}):
        a, b = _call(plain, args), _call(direct, args)
        assert isinstance(a, ToolMessage) and isinstance(b, ToolMessage)
        assert (a.content, a.artifact, a.status, a.name) == (b.content, b.artifact, b.status, b.name)
    assert _call(direct, {"n": 4}).content == "x=8"
    for tool in (plain, direct):
        with pytest.raises(ValueError, match="unlucky"):
            _call(tool, {"n": 13})
        with pytest.raises(ValueError):
            _call(tool, {"n": -1})  # the schema still checks the arguments


def test_a_direct_tool_awaits_its_own_coroutine_with_the_arguments_only() -> None:
    seen: list[dict[str, Any]] = []

    async def coroutine(n: int, label: str = "x") -> tuple[str, Any]:
        seen.append({"n": n, "label": label})
        return f"{label}:{n}", None

    tool = DirectTool.from_function(
        _double,
        coroutine=coroutine,
        name="double",
        description="Double n.",
        args_schema=Args,
        response_format="content_and_artifact",
    )
    assert _call(tool, {"n": 3, "label": "z"}).content == "z:3"
    assert seen == [{"n": 3, "label": "z"}]
    assert tool.invoke({"n": 2}) == "x=4"  # called synchronously: the function, as before


def test_the_arguments_a_direct_tool_leaves_out_of_its_record_are_those_langchain_leaves_out() -> None:
    from assistant.agent.tools import advisor_tools

    for tool in [*advisor_tools(), in_place(_structured())]:
        assert isinstance(tool, DirectTool), tool.name
        schema = tool.args_schema
        fields = set(schema.model_fields) if isinstance(schema, type) and issubclass(schema, BaseModel) else set()
        given = dict.fromkeys([*fields, "runtime", "callbacks", "run_manager", "config", "other"], 1)
        for _ in range(2):  # found once, then kept
            assert tool._filter_injected_args(dict(given)) == StructuredTool._filter_injected_args(tool, dict(given))
        left_out = set(given) - set(tool._filter_injected_args(dict(given)))
        assert left_out == ({"callbacks", "run_manager"} | ({"runtime"} if tool.name != "double" else set()))
