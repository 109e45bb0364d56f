"""Scripted chat models for LLM-mode tests."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field

Step = AIMessage | str | Exception | Callable[[list[BaseMessage]], AIMessage]


class ScriptedChatModel(GenericFakeChatModel):
    """GenericFakeChatModel that supports bind_tools, raises scripted errors, records what it saw."""

    calls: list[list[BaseMessage]] = Field(default_factory=list)
    bound: list[tuple[list[str], Any]] = Field(default_factory=list)  # (tool names, tool_choice) per bind
    delay_s: float = 0.0

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Any:
        names = [getattr(t, "name", None) or t.get("name") or t["function"]["name"] for t in tools]
        self.bound.append((names, kwargs.get("tool_choice")))
        return self

    def _next(self, messages: list[BaseMessage]) -> ChatResult:
        self.calls.append(list(messages))
        step: Any = next(self.messages)
        if isinstance(step, Exception):
            raise step
        if callable(step):
            step = step(messages)
        if isinstance(step, str):
            step = AIMessage(content=step)
        return ChatResult(generations=[ChatGeneration(message=step)])

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> ChatResult:
        return self._next(messages)

    async def _agenerate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> ChatResult:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        return self._next(messages)


class StreamingScriptedChatModel(ScriptedChatModel):
    """The scripted model on the streaming path: text word by word, tool calls as one chunk (the
    parent class's inherited streaming would drop them)."""

    async def _astream(  # type: ignore[override]
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> Any:
        message = self._next(messages).generations[0].message
        assert isinstance(message, AIMessage)
        text = str(message.content)
        for i, word in enumerate(text.split(" ")):
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=word if i == 0 else " " + word))
            if run_manager is not None:
                await run_manager.on_llm_new_token(chunk.text, chunk=chunk)
            yield chunk
        if message.tool_calls:
            tool_chunks = [
                {"name": c["name"], "args": json.dumps(c["args"]), "id": c["id"], "index": i, "type": "tool_call_chunk"}
                for i, c in enumerate(message.tool_calls)
            ]
            chunk = ChatGenerationChunk(message=AIMessageChunk(content="", tool_call_chunks=tool_chunks))
            if run_manager is not None:
                await run_manager.on_llm_new_token("", chunk=chunk)
            yield chunk


def streaming(*steps: Step, delay_s: float = 0.0) -> StreamingScriptedChatModel:
    it: Iterator[Any] = iter(steps)
    return StreamingScriptedChatModel(messages=it, delay_s=delay_s)


def scripted(*steps: Step, delay_s: float = 0.0) -> ScriptedChatModel:
    it: Iterator[Any] = iter(steps)
    return ScriptedChatModel(messages=it, delay_s=delay_s)


def call(name: str, args: dict[str, Any] | None = None, n: int = 0) -> dict[str, Any]:
    return {"name": name, "args": args or {}, "id": f"c{n}_{name}", "type": "tool_call"}


def tools_then(*calls: dict[str, Any]) -> AIMessage:
    return AIMessage(content="", tool_calls=list(calls))


def tool_json(messages: list[BaseMessage], name: str) -> Any:
    for m in reversed(messages):
        if isinstance(m, ToolMessage) and m.name == name:
            return json.loads(str(m.content))
    raise AssertionError(f"no {name} result in {messages}")
