"""The agent factory: one LangChain loop (``create_agent``) for every model, with the advisor's tools,
the search tool and the middleware; each turn arrives as the runtime context (``TurnContext``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from langchain.agents import create_agent
from langchain_core.language_models import BaseChatModel
from langchain_core.tools import BaseTool

from assistant.agent.context import TurnContext
from assistant.agent.middleware import AdvisorMiddleware, Grounding
from assistant.agent.models import ModelTraits
from assistant.agent.prompts import SYSTEM_PROMPT
from assistant.agent.tools import make_search_tool
from knowledge.index import Retrieved


class Retriever(Protocol):
    def retrieve(self, query: str, k: int) -> list[Retrieved]: ...


async def hook_in_place(default: Any, ctx: Any, func: Any, /, *args: Any, **kwargs: Any) -> Any:
    """LangSmith's tracing wrapper around every middleware hook hops to a worker thread twice per
    model and tool call, tracing or not. With tracing off there is nothing to do off the loop, so
    the hook runs in place (LangSmith's documented runtime override); with tracing on, as before."""
    from langsmith.utils import tracing_is_enabled

    if tracing_is_enabled():
        return await default(ctx, func, *args, **kwargs)
    return ctx.run(func, *args, **kwargs)


def build_agent(
    model: BaseChatModel,
    tools: Sequence[BaseTool],
    retriever: Retriever | None,
    *,
    timeout_s: float = 60,
    retries: int = 2,
    label: str = "model",
    traits: ModelTraits | None = None,
    grounding: Grounding | None = None,
) -> Any:
    """One compiled agent for all sessions; each turn arrives as the runtime context (``TurnContext``:
    the session, the turn's plan, and what the turn collects)."""
    import langsmith

    langsmith.set_runtime_overrides(aio_to_thread=hook_in_place)
    return create_agent(
        model,
        [*tools, make_search_tool(retriever)],
        system_prompt=SYSTEM_PROMPT,
        middleware=[AdvisorMiddleware(timeout_s, retries, label, traits=traits, grounding=grounding)],
        context_schema=TurnContext,
    )
