"""The offline policy's turn on a plain loop (``PolicyLoop``): the offline model's messages and real tool calls,
the same tools, the same messages out as the agent graph gives, without the graph.

The offline model decides nothing a graph could add to: it asks for the tools the turn's plan needs, then
answers from their results. Run through LangChain's agent graph, that took 1.3 ms (an interview turn) to
3.4 ms (an analysis turn) of supersteps, checkpoints and callbacks around well under a millisecond of
policy; here the same calls run directly. Tools are called as the graph's tool node calls them (the turn's
``ToolRuntime`` injected, arguments validated by their schema, several at once) and a tool that fails
comes back as an error result, as the middleware makes it.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Sequence

from langchain_core.messages import BaseMessage, ToolCall, ToolMessage
from langchain_core.tools import BaseTool
from langgraph.errors import GraphBubbleUp
from langgraph.prebuilt.tool_node import ToolRuntime

from assistant.agent.context import TurnContext
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.turn import short

log = logging.getLogger(__name__)
MAX_ROUNDS = 6  # the policy calls its tools once and then answers; a bound all the same


def _takes_runtime(tool: BaseTool) -> bool:
    func = getattr(tool, "func", None)
    return func is not None and "runtime" in inspect.signature(func).parameters


class PolicyLoop:
    """The offline policy's turn: its messages and tool calls, run directly (see the module docstring)."""

    def __init__(self, model: OfflineAdvisorModel, tools: Sequence[BaseTool]) -> None:
        self.model = model
        self.tools = {t.name: t for t in tools}
        self._runtime = {name: _takes_runtime(t) for name, t in self.tools.items()}

    async def run(self, messages: Sequence[BaseMessage], context: TurnContext) -> list[BaseMessage]:
        """The turn's new messages: tool calls, their results, the answer (as the agent graph returns them)."""
        history = list(messages)
        new: list[BaseMessage] = []
        for _ in range(MAX_ROUNDS):
            context.model_calls += 1
            baseline = context.session.baseline
            message = self.model.respond(
                [*history, *new], context.plan, baseline.headline if baseline else None, replaced=context.replaced
            )
            new.append(message)
            if not message.tool_calls:
                break
            new += await asyncio.gather(*(self._call(call, [*history, *new], context) for call in message.tool_calls))
        return new

    async def _call(self, call: ToolCall, state: list[BaseMessage], context: TurnContext) -> ToolMessage:
        name = call["name"]
        tool = self.tools.get(name)
        try:
            if tool is None:
                raise LookupError(f"no tool named {name}")
            args = dict(call["args"])
            if self._runtime[name]:
                args["runtime"] = ToolRuntime(
                    state={"messages": state},
                    context=context,
                    config={},
                    stream_writer=lambda _chunk: None,
                    tool_call_id=call["id"],
                    store=None,
                    tools=list(self.tools.values()),
                )
            result = await tool.ainvoke({**call, "args": args})
        except GraphBubbleUp:
            raise
        except Exception as exc:  # as the middleware contains a failing tool: an error result, the turn goes on
            log.warning("tool %s failed: %s", name, exc)
            return ToolMessage(content=f"error: {short(exc)}", tool_call_id=call["id"], name=name, status="error")
        if isinstance(result, ToolMessage):
            return result
        return ToolMessage(content=str(result), tool_call_id=call["id"], name=name)
