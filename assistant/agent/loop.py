"""The agent: one LangChain loop (create_agent) for every model, and the turn runner around it.

``build_agent(model, tools, retriever)`` is the factory tests use with fake models. The
middleware gives every model call the conversation state, retries a failing provider with a
timeout, then falls back to the offline model with a notice; a tool that raises becomes an error
result the model can read, never a crash. ``Advisor.turn`` adds the numeric grounding guard.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from langchain.agents import create_agent
from langchain.agents.middleware import AgentMiddleware, ModelRequest, ModelResponse
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import BaseTool
from langgraph.errors import GraphBubbleUp

from assistant.agent.grounding import allowed_values, first_ungrounded
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.prompts import (
    FALLBACK_NOTICE,
    GREETING,
    GROUNDING_RETRY,
    HELP,
    QUESTIONS,
    STATE_TEMPLATE,
    SYSTEM_PROMPT,
    UNGROUNDED_NOTICE,
)
from assistant.agent.tools import AdvisorContext, advisor_tools, make_search_tool
from assistant.conversation.session import AdvisorSession, Citation, ToolCallRecord, TurnRecord
from knowledge.index import Retrieved

log = logging.getLogger(__name__)
HISTORY_MESSAGES = 8
STATIC_TEXTS = [*QUESTIONS.values(), HELP, GREETING]


class Retriever(Protocol):
    def retrieve(self, query: str, k: int) -> list[Retrieved]: ...


def system_prompt(session: AdvisorSession) -> str:
    state = json.dumps(session.state_for_prompt(), ensure_ascii=False, default=str)
    return SYSTEM_PROMPT + "\n\n" + STATE_TEMPLATE.format(state=state)


class AdvisorMiddleware(AgentMiddleware):
    """State in the prompt, timeouts and retries, offline fallback, contained tool errors."""

    def __init__(self, fallback: BaseChatModel | None, timeout_s: float, retries: int, label: str) -> None:
        super().__init__()
        self.fallback, self.timeout_s, self.retries, self.label = fallback, timeout_s, retries, label

    async def awrap_model_call(
        self,
        request: ModelRequest[Any],
        handler: Callable[[ModelRequest[Any]], Awaitable[ModelResponse[Any]]],
    ) -> ModelResponse[Any]:
        session: AdvisorSession = request.runtime.context.session
        request = request.override(system_message=SystemMessage(system_prompt(session)))
        session.model_calls += 1
        if isinstance(request.model, OfflineAdvisorModel):
            return await handler(request)
        if session.fell_back and self.fallback is not None:
            return await handler(request.override(model=self.fallback))
        reason = "no answer"
        for attempt in range(self.retries + 1):
            try:
                return await asyncio.wait_for(handler(request), self.timeout_s)
            except GraphBubbleUp:
                raise
            except TimeoutError:
                reason = f"timed out after {self.timeout_s:g} s"
            except Exception as exc:
                reason = _short(exc)
            log.warning("model call failed (attempt %d): %s", attempt + 1, reason)
            if attempt < self.retries:
                await asyncio.sleep(min(0.2 * 2**attempt, 2.0))
        if self.fallback is None:
            raise RuntimeError(f"the language model failed: {reason}")
        session.fell_back = True
        session.notices.append(FALLBACK_NOTICE.format(provider=self.label, reason=reason))
        return await handler(request.override(model=self.fallback))

    async def awrap_tool_call(self, request: Any, handler: Callable[[Any], Awaitable[Any]]) -> Any:
        try:
            return await handler(request)
        except GraphBubbleUp:
            raise
        except Exception as exc:
            call = request.tool_call
            log.warning("tool %s failed: %s", call.get("name"), exc)
            return ToolMessage(
                content=f"error: {_short(exc)}",
                tool_call_id=call["id"],
                name=call.get("name"),
                status="error",
            )


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{type(exc).__name__}: {text[:200]}"


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
    fallback: BaseChatModel | None = None,
    timeout_s: float = 60,
    retries: int = 2,
    label: str = "model",
) -> Any:
    """One compiled agent for all sessions; the session arrives in the runtime context."""
    import langsmith

    langsmith.set_runtime_overrides(aio_to_thread=hook_in_place)
    return create_agent(
        model,
        [*tools, make_search_tool(retriever)],
        system_prompt=SYSTEM_PROMPT,
        middleware=[AdvisorMiddleware(fallback, timeout_s, retries, label)],
        context_schema=AdvisorContext,
    )


class Advisor:
    """Runs turns of a conversation through the agent, with the numeric grounding guard."""

    def __init__(
        self,
        model: BaseChatModel,
        retriever: Retriever | None,
        *,
        tools: Sequence[BaseTool] | None = None,
        fallback: BaseChatModel | None = None,
        timeout_s: float = 60,
        retries: int = 2,
        label: str = "offline",
    ) -> None:
        self.offline = isinstance(model, OfflineAdvisorModel)
        self.label = label
        fallback = None if self.offline else (fallback or OfflineAdvisorModel())
        self.agent = build_agent(
            model,
            list(tools) if tools is not None else advisor_tools(),
            retriever,
            fallback=fallback,
            timeout_s=timeout_s,
            retries=retries,
            label=label,
        )

    async def turn(self, session: AdvisorSession, text: str) -> TurnRecord:
        """One user message in, one grounded answer out; the session keeps everything."""
        session.notices, session.model_calls, session.fell_back = [], 0, False
        plan = session.prepare(text)
        user = text if len(text) <= 20_000 else text[:20_000]
        history: list[BaseMessage] = [
            HumanMessage(m["content"]) if m["role"] == "user" else AIMessage(m["content"])
            for m in session.history[-HISTORY_MESSAGES:]
        ]
        messages = [*history, HumanMessage(user)]
        context = AdvisorContext(session=session)
        out = await self.agent.ainvoke({"messages": messages}, context=context)
        new = out["messages"][len(messages) :]
        answer = _final_text(new)
        calls, citations, payloads = _collect(new)
        bad = self._ungrounded(answer, payloads, session, user)
        if bad and not session.fell_back and not self.offline:
            retry = [*messages, *new, HumanMessage(GROUNDING_RETRY.format(numbers=", ".join(bad)))]
            out = await self.agent.ainvoke({"messages": retry}, context=context)
            extra = out["messages"][len(retry) :]
            more_calls, more_cites, more_payloads = _collect(extra)
            calls += more_calls
            citations += [c for c in more_cites if c not in citations]
            answer = _final_text(extra) or answer
            bad = self._ungrounded(answer, [*payloads, *more_payloads], session, user)
        notices = list(session.notices)
        if bad:
            notices.append(UNGROUNDED_NOTICE.format(numbers=", ".join(bad)))
        current = session.current()
        record = TurnRecord(
            user=user,
            assistant=answer,
            tool_calls=calls,
            citations=citations,
            notices=notices,
            option=current.option if current else None,
            model_calls=session.model_calls,
        )
        session.turns.append(record)
        session.history += [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]
        if plan.action == "empty":
            session.history = session.history[:-2]
        return record

    def _ungrounded(self, answer: str, payloads: list[Any], session: AdvisorSession, user: str) -> list[str]:
        """Figures no source supports: this turn's tool results and the user's words first, then
        the kept baseline and scenarios (only walked when the cheap sources leave something over)."""
        return first_ungrounded(
            answer,
            lambda: allowed_values(payloads, self._said(session, user)),
            lambda: allowed_values(self._state_payloads(session), []),
        )

    @staticmethod
    def _said(session: AdvisorSession, user: str) -> list[str]:
        """The user's words this conversation, plus the advisor's own fixed question texts."""
        said = [m["content"] for m in session.history if m["role"] == "user"]
        return [*said, user, *session.plan.notes, *STATIC_TEXTS]

    @staticmethod
    def _state_payloads(session: AdvisorSession) -> list[Any]:
        out: list[Any] = [{k: v["value"] for k, v in session.profile.summary().items()}]
        if session.baseline:
            out.append(session.compact(session.baseline))
        out += [{"diff": s.diff, "analysis": session.compact(s.analysis)} for s in session.scenarios]
        return out


def _final_text(messages: Sequence[BaseMessage]) -> str:
    for m in reversed(messages):
        if isinstance(m, AIMessage) and not m.tool_calls:
            content = m.content
            if isinstance(content, list):
                return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
            return str(content)
    return ""


def _collect(messages: Sequence[BaseMessage]) -> tuple[list[ToolCallRecord], list[Citation], list[Any]]:
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
        calls.append(ToolCallRecord(name=name, args=call_args, result=result))
        payloads.append(m.content)
        if name == "search_guidance" and m.artifact:
            for p in m.artifact:
                cite = Citation(source=p.source, title=p.title, section=p.section)
                if cite not in citations:
                    citations.append(cite)
    return calls, citations, payloads
