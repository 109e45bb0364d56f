"""Reading a turn's LangChain messages: a message's text, where this turn starts, the reply the model
sent, the final answer, and the tool calls and citations the turn made (as the session records them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from assistant.conversation.records import Citation, ToolCallRecord


def message_text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, list):
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content)


def turn_start(messages: Sequence[BaseMessage]) -> int:
    """Index just after the user's message of this turn (tool exchanges follow it)."""
    return max((i + 1 for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=0)


def ai_message(response: Any) -> AIMessage:
    if isinstance(response, AIMessage):
        return response
    for m in getattr(response, "result", []) or []:
        if isinstance(m, AIMessage):
            return m
    return AIMessage(content="")


def final_text(messages: Sequence[BaseMessage]) -> str:
    for m in reversed(messages):
        if isinstance(m, AIMessage) and not m.tool_calls:
            return message_text(m)
    return ""


def collect(messages: Sequence[BaseMessage]) -> tuple[list[ToolCallRecord], list[Citation], list[Any]]:
    args = {c["id"]: (c["name"], c["args"]) for m in messages if isinstance(m, AIMessage) for c in m.tool_calls}
    calls, citations, payloads = [], [], []
    for m in messages:
        if not isinstance(m, ToolMessage):
            continue
        name, call_args = args.get(m.tool_call_id, (m.name or "?", {}))
        try:
            result: Any = json.loads(str(m.content))
        except ValueError:
            result = str(m.content)
        calls.append(ToolCallRecord(name=name, args=call_args, result=result, artifact=m.artifact))
        payloads.append(m.content)
        if name == "search_guidance" and m.artifact:
            for p in m.artifact:
                cite = Citation(source=p.source, title=p.title, section=p.section)
                if cite not in citations:
                    citations.append(cite)
    return calls, citations, payloads
