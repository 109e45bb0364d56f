"""The agent's middleware: the offline policy's entry (it gets the turn's plan as an object), and around a
real model the prompt sized for it, every reply checked before anyone sees it (empty, chat-template
tokens, an echo, internal names, a pending recommendation ignored, malformed tool calls, figures no tool
gave) with one corrective retry, the deadline, and tool errors contained.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from langchain.agents.middleware import AgentMiddleware, AgentState, ModelRequest, ModelResponse
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langgraph.errors import GraphBubbleUp

from assistant.agent.context import TurnContext
from assistant.agent.grounding import echoes, strip_trailing_end, template_tokens
from assistant.agent.messages import ai_message, message_text, turn_start
from assistant.agent.model_input import (
    HISTORY_CHARS,
    NEEDED_TOOL,
    SEARCH_CHARS,
    TOOL_RESULT_CHARS,
    TURN_TOOLS,
    compact_tool,
    digest,
    llm_system_prompt,
    prompt_chars,
    tool_name,
)
from assistant.agent.models import ModelTraits, plain_error
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.prompts import GROUNDING_RETRY, REPLY_RETRY, SYSTEM_PROMPT
from assistant.agent.tools import advisor_tools
from assistant.agent.turn import TURN, ModelUnusable, Turn, TurnStats, short
from assistant.conversation.session import AdvisorSession
from assistant.interview.policy import Plan
from assistant.vocab import OPTION_LABELS

log = logging.getLogger(__name__)

# What a turn of each kind must contain besides the tool call.
ASKING = {"ask", "confirm", "problem", "greeting"}
OPTION_WORDS = {
    "api": ("api",),
    "managed_open_weight": ("managed", "host"),
    "dedicated_deployment": ("dedicated",),
    "self_host": ("self-host", "self host", "selfhost"),
    "batch_api": ("batch",),
    "hybrid": ("hybrid", "rout"),
}
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
_INTERNAL_EXTRA = {
    "monthly_usd",
    "daily_usd",
    "yearly_usd",
    "tokens_per_day",
    "tokens_per_month",
    "input_share",
    "usd_per_mtok",
    "input_usd_per_mtok",
    "output_usd_per_mtok",
    "price_source",
    "price_sources",
    "flip_points",
    "self_host",
    "open_weight_ok",
    "business_hours",
    "ml_engineers",
    "gpu_infra",
    "option_changed",
    "delta_monthly_usd",
}


def _internal_names() -> set[str]:
    from assistant.interview.facts import FIELDS

    names = {t.name for t in advisor_tools()} | {"search_guidance"}
    return names | set(FIELDS) | _INTERNAL_EXTRA


Grounding = Callable[[str, list[Any], AdvisorSession, str, Plan | None], list[str]]


class AdvisorMiddleware(AgentMiddleware[AgentState[Any], TurnContext]):
    """The offline policy's entry (it gets the turn's plan as an object), and around a real model:
    prompt sizing, reply checks with one corrective retry, deadlines, contained tool errors."""

    def __init__(
        self,
        timeout_s: float,
        retries: int,
        label: str,
        *,
        traits: ModelTraits | None = None,
        grounding: Grounding | None = None,
    ) -> None:
        super().__init__()
        self.timeout_s, self.retries, self.label = timeout_s, retries, label
        self.traits = traits or ModelTraits()
        self.force_tools = self.traits.forced_tool_choice
        self.grounding = grounding
        self._internal: set[str] | None = None

    # ---------------------------------------------------------------- the model call
    async def awrap_model_call(
        self,
        request: ModelRequest[TurnContext],
        handler: Callable[[ModelRequest[TurnContext]], Awaitable[ModelResponse[Any]]],
    ) -> ModelResponse[Any]:
        context = request.runtime.context
        context.model_calls += 1
        if isinstance(request.model, OfflineAdvisorModel):
            # The offline policy follows the turn's plan, handed over as the object it is (no prompt).
            baseline = context.session.baseline
            message = request.model.respond(
                request.messages, context.plan, baseline.headline if baseline else None, replaced=context.replaced
            )
            return ModelResponse(result=[message])
        turn = TURN.get() or Turn(
            user=message_text(request.messages[turn_start(request.messages) - 1]) if request.messages else "",
            deadline=asyncio.get_running_loop().time() + self.timeout_s * (self.retries + 1),
            deadline_s=self.timeout_s * (self.retries + 1),
            stats=TurnStats(),
        )
        request = self._prepare(request, context)
        turn.stats.model_calls += 1
        turn.stats.prompt_chars.append(prompt_chars(request))
        attempt, current = 0, request
        while True:
            timeout = min(self.timeout_s, turn.remaining())
            if timeout <= 0.05:
                raise ModelUnusable("deadline", f"no complete answer within {turn.deadline_s:g} s")
            if turn.stream is not None:
                await turn.stream.new_call()
            try:
                response = await asyncio.wait_for(handler(current), timeout)
            except GraphBubbleUp:
                raise
            except TimeoutError:
                if turn.remaining() <= 0.05:
                    raise ModelUnusable("deadline", f"no complete answer within {turn.deadline_s:g} s") from None
                reason = f"timed out after {timeout:g} s"
            except Exception as exc:
                reason = plain_error(exc)
                status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", 0)
                if current.tool_choice and isinstance(status, int) and 400 <= status < 500 and status != 429:
                    # a server that cannot force a named tool call: let the model choose, from now on
                    log.warning("the server refused a forced tool choice (%s); not forcing any more", status)
                    self.force_tools = False
                    current = current.override(tool_choice=None)
                    continue
            else:
                message = ai_message(response)
                usage = getattr(message, "usage_metadata", None) or {}
                if usage.get("input_tokens"):
                    turn.stats.prompt_tokens.append(int(usage["input_tokens"]))
                problem, hint = self._check(message, request, context, turn)
                if problem is None:
                    return response
                turn.stats.problems.append(problem)
                log.warning("model reply refused: %s", problem)
                if turn.corrected:
                    raise ModelUnusable("reply", problem)
                turn.corrected = True
                turn.stats.corrections += 1
                note = HumanMessage(REPLY_RETRY.format(problem=problem, hint=hint))
                current = request.override(messages=[*request.messages, note])
                continue
            log.warning("model call failed (attempt %d): %s", attempt + 1, reason)
            attempt += 1
            if attempt > self.retries:
                raise ModelUnusable("provider", reason)
            await asyncio.sleep(max(0.0, min(0.2 * 2 ** (attempt - 1), 2.0, turn.remaining() - 0.1)))

    def _prepare(self, request: ModelRequest[TurnContext], context: TurnContext) -> ModelRequest[TurnContext]:
        """The prompt a small model can carry: compact state, the turn's tools only, short history
        and tool results, and a forced call of the tool the turn needs while it has not run."""
        plan = context.plan.action
        start = turn_start(request.messages)
        done = {m.name for m in request.messages[start:] if isinstance(m, ToolMessage) and m.status != "error"}
        allowed = TURN_TOOLS.get(plan)  # an action this map does not know yet: every tool
        tools = [t for t in request.tools if allowed is None or tool_name(t) in allowed]
        needed = NEEDED_TOOL.get(plan)
        choice: Any = request.tool_choice
        offered = any(tool_name(t) == needed for t in tools)
        if needed and needed not in done and self.force_tools and offered:
            choice = needed
            tools = [t for t in tools if tool_name(t) == needed]
        elif needed and needed in done:
            tools = [t for t in tools if tool_name(t) == "search_guidance" and "search_guidance" not in done]
            choice = None
        messages: list[Any] = [self._shrink(m, i >= start) for i, m in enumerate(request.messages)]
        return request.override(
            system_message=SystemMessage(llm_system_prompt(context.session, context.plan)),
            tools=[compact_tool(t) for t in tools],
            tool_choice=choice if tools else None,
            messages=messages,
        )

    def _shrink(self, m: BaseMessage, this_turn: bool) -> BaseMessage:
        if isinstance(m, ToolMessage):
            limit = SEARCH_CHARS * 3 if m.name == "search_guidance" else TOOL_RESULT_CHARS
            content = digest(message_text(m), limit)
            return m.model_copy(update={"content": content}) if content != m.content else m
        if isinstance(m, AIMessage) and m.tool_calls and not message_text(m).strip() and self.traits.local_server:
            # llama.cpp's server refuses an assistant message whose content is null, which is what an
            # empty tool-call message becomes on the wire.
            return m.model_copy(update={"content": " "})
        if isinstance(m, AIMessage) and not this_turn and len(message_text(m)) > HISTORY_CHARS:
            return AIMessage(message_text(m)[:HISTORY_CHARS].rsplit(" ", 1)[0] + " …")
        return m

    # ---------------------------------------------------------------- the reply checks
    def _check(
        self, message: AIMessage, request: ModelRequest[TurnContext], context: TurnContext, turn: Turn
    ) -> tuple[str | None, str]:
        """(what is wrong with this reply, a hint for the retry), or (None, '') when it can be shown."""
        offered = {tool_name(t) for t in request.tools}
        if message.invalid_tool_calls:
            names = ", ".join(str(c.get("name") or "?") for c in message.invalid_tool_calls)
            turn.stats.tool_calls += len(message.invalid_tool_calls)
            return f"had tool calls that could not be read ({names})", " Call a tool with valid JSON arguments."
        if message.tool_calls:
            turn.stats.tool_calls += len(message.tool_calls)
            unknown = [c["name"] for c in message.tool_calls if c["name"] not in offered]
            if unknown:
                return (
                    f"called a tool that is not available ({', '.join(unknown)})",
                    " Available tools: " + ", ".join(sorted(offered)) + "." if offered else "",
                )
            turn.stats.tool_calls_ok += len(message.tool_calls)  # schema errors come back as tool errors
            if turn.stats.needed_tool in {c["name"] for c in message.tool_calls}:
                turn.stats.needed_tool_called = True
            return None, ""
        raw = message_text(message)
        text = strip_trailing_end(raw)
        if text != raw:
            message.content = text
        if not text.strip():
            return "was empty", ""
        found = template_tokens(text)
        if found:
            return "contained chat-template tokens (" + " ".join(found[:3]) + ")", ""
        if echoes(text, turn.user, min_words=3):
            return "repeated the user's message instead of answering it", ""
        if echoes(text, SYSTEM_PROMPT) or "Conversation state" in text or '"plan"' in text:
            return "repeated its instructions", ""
        if self._internal is None:
            self._internal = _internal_names()
        leaked = sorted({w for w in SNAKE.findall(text) if w in self._internal})
        if leaked or re.search(r"\{\s*\"[a-z_]+\"\s*:", text):
            return "showed internal data to the user", " Write prose and tables for a person, no field names."
        session, plan = context.session, context.plan
        start = turn_start(request.messages)
        results = [m for m in request.messages[start:] if isinstance(m, ToolMessage)]
        ran = {m.name for m in results if m.status != "error"}
        needed = NEEDED_TOOL.get(plan.action)
        if needed and needed not in ran:
            return (
                f"did not call {needed}, which this turn needs",
                f" Call {needed} first, then answer from its result.",
            )
        if plan.action in ("analyze", "baseline") and not _mentions_recommendation(text, session):
            return "did not give the recommendation", " Start with the recommendation from the tool result."
        if plan.action in ASKING and plan.questions and "?" not in text:
            return "did not ask the open question", " Ask: " + " ".join(plan.questions)
        if self.grounding is not None:
            bad = self.grounding(text, [m.content for m in results], session, turn.user, plan)
            if bad:
                return (
                    "contained figures that appear in no tool result and not in the user's messages: " + ", ".join(bad),
                    " " + GROUNDING_RETRY.format(numbers=", ".join(bad)),
                )
        return None, ""

    # ---------------------------------------------------------------- tools
    async def awrap_tool_call(self, request: Any, handler: Callable[[Any], Awaitable[Any]]) -> Any:
        try:
            result = await handler(request)
        except GraphBubbleUp:
            raise
        except Exception as exc:
            call = request.tool_call
            log.warning("tool %s failed: %s", call.get("name"), exc)
            result = ToolMessage(
                content=f"error: {short(exc)}",
                tool_call_id=call["id"],
                name=call.get("name"),
                status="error",
            )
        turn = TURN.get()
        if turn is not None and isinstance(result, ToolMessage) and result.status == "error":
            turn.stats.tool_calls_ok -= 1
        return result


def _mentions_recommendation(text: str, session: AdvisorSession) -> bool:
    analysis = session.current()
    if analysis is None:
        return True
    low = text.lower()
    names = [analysis.chosen.name, analysis.chosen.model, OPTION_LABELS.get(analysis.option, "")]
    if any(n and n.lower() in low for n in names):
        return True
    return any(w in low for w in OPTION_WORDS.get(analysis.option, ()))
