"""The agent: one LangChain loop (create_agent) for every model, and the turn runner around it.

``build_agent(model, tools, retriever)`` is the factory tests use with fake models. Around a real
model the middleware sends a prompt a small model can carry (the rules, a compact state, what this
turn should do, and only the tools it may need), checks every reply before anyone sees it (empty,
chat-template tokens, an echo, internal names, a pending recommendation ignored, malformed tool
calls, figures no tool gave) and asks once for a corrected reply. ``Advisor.turn`` gives the turn a
deadline that retries share; a model that still fails, or misses the deadline, is replaced for the
turn by the offline policy with a short notice (the facts the model recorded correctly are kept),
and a model that fails turn after turn is paused for the conversation (a circuit breaker).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import re
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from langchain.agents import create_agent
from langchain.agents.middleware import AgentMiddleware, AgentState, ModelRequest, ModelResponse
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.tools import BaseTool
from langgraph.errors import GraphBubbleUp

from assistant.agent.context import TurnContext
from assistant.agent.grounding import (
    Allowed,
    allowed_values,
    echoes,
    first_ungrounded,
    strip_trailing_end,
    template_tokens,
)
from assistant.agent.models import ModelTraits, plain_error
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.prompts import (
    ASK_FALLBACK,
    DEADLINE_NOTICE,
    FALLBACK_NOTICE,
    GREETING,
    GROUNDING_RETRY,
    HELP,
    PAUSED_NOTICE,
    QUESTIONS,
    REPLY_FALLBACK_NOTICE,
    REPLY_RETRY,
    STATE_TEMPLATE,
    SYSTEM_PROMPT,
    TURN_GUIDES,
)
from assistant.agent.tools import advisor_tools, make_search_tool
from assistant.conversation.session import AdvisorSession, Citation, ToolCallRecord, TurnRecord
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import Plan
from assistant.vocab import OPTION_LABELS
from knowledge.index import Retrieved

log = logging.getLogger(__name__)
HISTORY_MESSAGES = 8
HISTORY_CHARS = 700  # earlier answers, as the model sees them (the full text stays in the session)
STATIC_TEXTS = [*QUESTIONS.values(), HELP, GREETING]

# The tools a turn may need, by the parser's plan; the model is offered only these.
TURN_TOOLS: dict[str, tuple[str, ...]] = {
    "analyze": ("analyze_workload", "search_guidance", "price_model"),
    "what_if": ("what_if", "search_guidance"),
    "baseline": ("reset_to_baseline",),
    "audit": ("check_article_figure", "search_guidance"),
    "question": ("search_guidance", "price_model"),
    "explain": ("explain_advice", "search_guidance"),
    "ask": ("update_profile",),
    "confirm": ("update_profile",),
    "problem": ("update_profile",),
    "greeting": ("update_profile",),
    "help": (),
}
# The tool a turn cannot do without: a reply that skips it ignores the pending answer.
NEEDED_TOOL = {
    "analyze": "analyze_workload",
    "what_if": "what_if",
    "baseline": "reset_to_baseline",
    "audit": "check_article_figure",
    "question": "search_guidance",
    "explain": "explain_advice",
}
# Turns whose answer is fixed (nothing to say, or an attempt to change the rules): no model call.
POLICY_ONLY = {"empty", "injection"}
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
_SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
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
SEARCH_CHARS = 700  # each cited passage, as the model sees it
TOOL_RESULT_CHARS = 2_400  # any other tool result, as the model sees it


class Retriever(Protocol):
    def retrieve(self, query: str, k: int) -> list[Retrieved]: ...


class ReplySink(Protocol):
    """Where a streamed draft goes while a turn runs (the final answer is the TurnRecord's)."""

    async def text(self, delta: str) -> None: ...

    async def discard(self) -> None: ...


class ModelUnusable(Exception):
    """The model gave no usable reply this turn; the offline policy answers instead."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind, self.reason = kind, reason


@dataclass
class TurnStats:
    """What one turn cost on the model, for benchmarks, tests and `advisor models check`."""

    seconds: float = 0.0
    model_seconds: float = 0.0  # spent on the model (up to the deadline)
    policy_seconds: float = 0.0  # spent on the offline policy's answer when it took over
    model_calls: int = 0
    prompt_tokens: list[int] = field(default_factory=list)  # per model call, as the server counted
    prompt_chars: list[int] = field(default_factory=list)  # per model call: system, messages, tool schemas
    needed_tool: str | None = None
    needed_tool_called: bool = False
    tool_calls: int = 0
    tool_calls_ok: int = 0
    corrections: int = 0
    fallback: str | None = None  # provider, reply, deadline, paused (None: the model answered)
    reason: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def prompt_tokens_est(self) -> int:
        """Tokens of the largest prompt: as counted by the server where it said, else chars / 4."""
        if self.prompt_tokens:
            return max(self.prompt_tokens)
        return max(self.prompt_chars, default=0) // 4


@dataclass
class _Turn:
    """The running turn, as the middleware sees it (through a context variable)."""

    user: str
    deadline: float  # event-loop time
    deadline_s: float
    stats: TurnStats
    corrected: bool = False
    stream: _StreamGuard | None = None

    def remaining(self) -> float:
        return self.deadline - asyncio.get_running_loop().time()


_TURN: contextvars.ContextVar[_Turn | None] = contextvars.ContextVar("advisor_turn", default=None)


@dataclass
class Breaker:
    """Failed turns in a row for one conversation, and until when the model is paused."""

    failures: int = 0
    open_until: float = 0.0


def llm_system_prompt(session: AdvisorSession, plan: Plan) -> str:
    """A real model's system message: the rules, a compact state, and what this turn should do. It is
    for the model to read; nothing parses it back (the offline policy gets the plan as an object)."""
    state = dict(session.state_for_prompt())
    state["plan"] = {"action": plan.action}  # what to do is spelled out below, in words
    if isinstance(state.get("scenarios"), list):
        state["scenarios"] = state["scenarios"][-3:]
    if isinstance(state.get("said"), dict):  # the user's own words behind each fact, cut to size
        state["said"] = {k: str(v)[:120] for k, v in state["said"].items() if v}
    state = {k: v for k, v in state.items() if v not in (None, [], {})}
    guide = TURN_GUIDES.get(plan.action, "")
    if guide:
        asked = plan.change or plan.explain
        args = asked.model_dump() if asked is not None else {}
        change = ", ".join(f"{k}={v}" for k, v in args.items() if v not in (None, [], {}))
        guide = guide.format(questions=" ".join(plan.questions) or ASK_FALLBACK, change=change or "as the user said")
    text = json.dumps(state, ensure_ascii=False, default=str)
    return f"{SYSTEM_PROMPT}\n\n{STATE_TEMPLATE.format(state=text)}\n{guide}".rstrip()


def _text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, list):
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content)


def _turn_start(messages: Sequence[BaseMessage]) -> int:
    """Index just after the user's message of this turn (tool exchanges follow it)."""
    return max((i + 1 for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=0)


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
        fallback: BaseChatModel | None,
        timeout_s: float,
        retries: int,
        label: str,
        *,
        traits: ModelTraits | None = None,
        grounding: Grounding | None = None,
    ) -> None:
        super().__init__()
        self.fallback, self.timeout_s, self.retries, self.label = fallback, timeout_s, retries, label
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
            message = request.model.respond(request.messages, context.plan, baseline.headline if baseline else None)
            return ModelResponse(result=[message])
        turn = _TURN.get() or _Turn(
            user=_text(request.messages[_turn_start(request.messages) - 1]) if request.messages else "",
            deadline=asyncio.get_running_loop().time() + self.timeout_s * (self.retries + 1),
            deadline_s=self.timeout_s * (self.retries + 1),
            stats=TurnStats(),
        )
        request = self._prepare(request, context)
        turn.stats.model_calls += 1
        turn.stats.prompt_chars.append(_prompt_chars(request))
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
                message = _ai_message(response)
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
        start = _turn_start(request.messages)
        done = {m.name for m in request.messages[start:] if isinstance(m, ToolMessage) and m.status != "error"}
        allowed = TURN_TOOLS.get(plan)  # an action this map does not know yet: every tool
        tools = [t for t in request.tools if allowed is None or _tool_name(t) in allowed]
        needed = NEEDED_TOOL.get(plan)
        choice: Any = request.tool_choice
        offered = any(_tool_name(t) == needed for t in tools)
        if needed and needed not in done and self.force_tools and offered:
            choice = needed
            tools = [t for t in tools if _tool_name(t) == needed]
        elif needed and needed in done:
            tools = [t for t in tools if _tool_name(t) == "search_guidance" and "search_guidance" not in done]
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
            content = _digest(_text(m), limit)
            return m.model_copy(update={"content": content}) if content != m.content else m
        if isinstance(m, AIMessage) and m.tool_calls and not _text(m).strip() and self.traits.local_server:
            # llama.cpp's server refuses an assistant message whose content is null, which is what an
            # empty tool-call message becomes on the wire.
            return m.model_copy(update={"content": " "})
        if isinstance(m, AIMessage) and not this_turn and len(_text(m)) > HISTORY_CHARS:
            return AIMessage(_text(m)[:HISTORY_CHARS].rsplit(" ", 1)[0] + " …")
        return m

    # ---------------------------------------------------------------- the reply checks
    def _check(
        self, message: AIMessage, request: ModelRequest[TurnContext], context: TurnContext, turn: _Turn
    ) -> tuple[str | None, str]:
        """(what is wrong with this reply, a hint for the retry), or (None, '') when it can be shown."""
        offered = {_tool_name(t) for t in request.tools}
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
        raw = _text(message)
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
        leaked = sorted({w for w in _SNAKE.findall(text) if w in self._internal})
        if leaked or re.search(r"\{\s*\"[a-z_]+\"\s*:", text):
            return "showed internal data to the user", " Write prose and tables for a person, no field names."
        session, plan = context.session, context.plan
        start = _turn_start(request.messages)
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
                content=f"error: {_short(exc)}",
                tool_call_id=call["id"],
                name=call.get("name"),
                status="error",
            )
        turn = _TURN.get()
        if turn is not None and isinstance(result, ToolMessage) and result.status == "error":
            turn.stats.tool_calls_ok -= 1
        return result


_COMPACT: dict[str, dict[str, Any]] = {}


def compact_tool(t: Any) -> Any:
    """A tool as the model sees it: the OpenAI function format with a schema stripped of titles,
    null defaults and nullable unions (about half the tokens; the tool itself still validates)."""
    if not isinstance(t, BaseTool):
        return t
    if t.name not in _COMPACT:
        from langchain_core.utils.function_calling import convert_to_openai_tool

        spec = convert_to_openai_tool(t)
        spec["function"]["parameters"] = _compact_schema(spec["function"].get("parameters", {}))
        _COMPACT[t.name] = spec
    return _COMPACT[t.name]


def _compact_schema(node: Any) -> Any:
    if isinstance(node, list):
        return [_compact_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "title" and isinstance(value, str):
            continue
        if key == "default" and value is None:
            continue
        if key == "anyOf" and isinstance(value, list):
            kept = [v for v in value if v != {"type": "null"}]
            if len(kept) == 1 and isinstance(kept[0], dict):
                out.update(_compact_schema(kept[0]))
                continue
            value = kept
        out[key] = _compact_schema(value)
    return out


def _tool_name(t: Any) -> str:
    if isinstance(t, BaseTool):
        return t.name
    if isinstance(t, dict):
        return str(t.get("name") or t.get("function", {}).get("name", ""))
    return str(getattr(t, "name", ""))


def _prompt_chars(request: ModelRequest[Any]) -> int:
    system = len(_text(request.system_message)) if request.system_message else 0
    messages = sum(len(_text(m)) for m in request.messages)
    schemas = 0
    for t in request.tools:
        if isinstance(t, BaseTool):  # (tools reach the model compacted; this counts either form)
            schema = t.tool_call_schema
            body = schema if isinstance(schema, dict) else schema.model_json_schema()  # type: ignore[union-attr]
            schemas += len(t.description) + len(json.dumps(body))
        else:
            schemas += len(json.dumps(t))
    return system + messages + schemas


def _digest(content: str, limit: int) -> str:
    """A tool result cut to what a small model can read: JSON lists to their first items, long strings
    cut, then the bulkiest top-level entries dropped (never the headline or the chosen option)."""
    if len(content) <= limit:
        return content
    try:
        data = json.loads(content)
    except ValueError:
        return content[:limit].rsplit(" ", 1)[0] + " …"

    def dump(obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)

    for items, chars in ((6, 240), (4, 160), (3, 120), (2, 100)):
        trimmed = _trim(data, items, chars)
        text = dump(trimmed)
        if len(text) <= limit:
            return text
    for key in _DROP_FIRST:
        if len(text) <= limit:
            return text
        if _drop(trimmed, key):
            text = dump(trimmed)
    if isinstance(trimmed, dict):
        for key in sorted(trimmed, key=lambda k: -len(dump(trimmed[k]))):
            if len(text) <= limit:
                break
            if key not in _KEEP_KEYS:
                trimmed.pop(key)
                text = dump(trimmed)
    return text


# The parts of an analysis a reply can do without, least needed first.
_DROP_FIRST = ("price_sources", "hybrid", "frameworks", "self_host", "agreement", "detail", "source", "changed_costs")


def _drop(obj: Any, key: str) -> bool:
    """Remove ``key`` wherever it occurs in nested dicts and lists; True if anything went."""
    found = False
    if isinstance(obj, dict):
        found = obj.pop(key, None) is not None
        for v in obj.values():
            found = _drop(v, key) or found
    elif isinstance(obj, list):
        for v in obj:
            found = _drop(v, key) or found
    return found


_KEEP_KEYS = {"headline", "option", "chosen", "scenario", "difference", "model", "verdict", "follows", "baseline"}


def _trim(obj: Any, items: int, chars: int) -> Any:
    if isinstance(obj, dict):
        return {k: _trim(v, items, chars) for k, v in obj.items() if k not in ("chart", "steps", "series")}
    if isinstance(obj, list):
        return [_trim(v, items, chars) for v in obj[:items]]
    if isinstance(obj, str) and len(obj) > chars:
        return obj[:chars] + "…"
    return obj


def _mentions_recommendation(text: str, session: AdvisorSession) -> bool:
    analysis = session.current()
    if analysis is None:
        return True
    low = text.lower()
    names = [analysis.chosen.name, analysis.chosen.model, OPTION_LABELS.get(analysis.option, "")]
    if any(n and n.lower() in low for n in names):
        return True
    return any(w in low for w in OPTION_WORDS.get(analysis.option, ()))


def _ai_message(response: Any) -> AIMessage:
    if isinstance(response, AIMessage):
        return response
    for m in getattr(response, "result", []) or []:
        if isinstance(m, AIMessage):
            return m
    return AIMessage(content="")


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
        middleware=[AdvisorMiddleware(fallback, timeout_s, retries, label, traits=traits, grounding=grounding)],
        context_schema=TurnContext,
    )


class _Snapshot:
    """The session as it was before the model ran, to undo a turn the model could not finish."""

    def __init__(self, session: AdvisorSession, before_parse: WorkloadProfile) -> None:
        self.parsed_before = before_parse
        self.profile = session.profile.model_copy(deep=True)
        self.baseline, self.scenarios, self.active = session.baseline, list(session.scenarios), session.active

    def restore(self, session: AdvisorSession, keep: Callable[[Any], bool]) -> list[str]:
        """Undo the model's turn, keeping the facts it recorded that pass ``keep``; returns their names."""
        recorded = {
            name: fact
            for name, fact in session.profile.facts.items()
            if self.profile.facts.get(name) != fact
            # the parser read this field from the user's message this turn: its reading stands
            and self.parsed_before.facts.get(name) == self.profile.facts.get(name)
        }
        session.profile = self.profile
        session.baseline, session.scenarios, session.active = self.baseline, self.scenarios, self.active
        kept = [name for name, fact in recorded.items() if keep(fact.value)]
        for name in kept:
            session.profile.facts[name] = recorded[name]
        return kept


class _StreamGuard:
    """Passes a streamed reply on once its opening passes the checks a prefix allows, holding back a
    tail that may be the start of a template token; withdraws the draft when the turn replaces it."""

    HOLD = 48

    def __init__(self, sink: ReplySink, user: str) -> None:
        self.sink, self.user = sink, user
        self.buffer, self.sent, self.shown = "", 0, False
        self.tool_call = False

    async def new_call(self) -> None:
        await self.withdraw()
        self.buffer, self.sent, self.tool_call = "", 0, False

    async def withdraw(self) -> None:
        if self.shown:
            self.shown = False
            await self.sink.discard()

    async def feed(self, chunk: AIMessageChunk) -> None:
        if chunk.tool_call_chunks:
            self.tool_call = True
            await self.withdraw()
        if self.tool_call:
            return
        self.buffer += _text(chunk)
        if self.sent == 0 and len(self.buffer.strip()) < self.HOLD:
            return
        if self.sent == 0 and (template_tokens(self.buffer) or echoes(self.buffer, self.user, min_words=3)):
            self.tool_call = True  # never shown: the final check refuses it
            return
        cut = len(self.buffer)
        tail = max(self.buffer.rfind("<", cut - 24), self.buffer.rfind("[", cut - 24))
        if tail >= self.sent:
            cut = tail
        if template_tokens(self.buffer[self.sent :]):
            self.tool_call = True
            await self.withdraw()
            return
        if cut > self.sent:
            self.shown = True
            await self.sink.text(self.buffer[self.sent : cut])
            self.sent = cut


class Advisor:
    """Runs turns of a conversation through the agent, with the checks, deadline and fallback."""

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
        deadline_s: float = 20,
        breaker_failures: int = 3,
        cooldown_s: float = 300,
        traits: ModelTraits | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.offline = isinstance(model, OfflineAdvisorModel)
        self.label = label
        self.deadline_s, self.breaker_failures, self.cooldown_s, self.clock = (
            deadline_s,
            breaker_failures,
            cooldown_s,
            clock,
        )
        tool_list = list(tools) if tools is not None else advisor_tools()
        self.agent = build_agent(
            model,
            tool_list,
            retriever,
            timeout_s=timeout_s,
            retries=retries,
            label=label,
            traits=traits,
            grounding=self._ungrounded,
        )
        self.policy = (
            self.agent if self.offline else build_agent(fallback or OfflineAdvisorModel(), tool_list, retriever)
        )
        self.retriever = retriever
        self._warm: asyncio.Task[None] | None = None
        self._breakers: weakref.WeakKeyDictionary[AdvisorSession, Breaker] = weakref.WeakKeyDictionary()
        self._stats: weakref.WeakKeyDictionary[AdvisorSession, list[TurnStats]] = weakref.WeakKeyDictionary()

    def stats(self, session: AdvisorSession) -> list[TurnStats]:
        """The model's record in this conversation, one entry per turn."""
        return self._stats.setdefault(session, [])

    async def turn(self, session: AdvisorSession, text: str, stream: ReplySink | None = None) -> TurnRecord:
        """One user message in, one checked answer out. The session keeps what lasts (profile, analyses,
        transcript); the turn's own state (plan, notices, model calls, fallback) lives in its
        ``TurnContext`` and comes back on the ``TurnRecord``. With ``stream``, the model's reply is
        passed on as it comes (withdrawn if the turn then replaces it)."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        # the profile before the parser's reading, for undoing a model's turn (the offline policy needs none)
        before = None if self.offline else session.profile.model_copy(deep=True)
        plan = session.prepare(text)
        user = text if len(text) <= 20_000 else text[:20_000]
        history: list[BaseMessage] = [
            HumanMessage(m["content"]) if m["role"] == "user" else AIMessage(m["content"])
            for m in session.history[-HISTORY_MESSAGES:]
        ]
        messages = [*history, HumanMessage(user)]
        context = TurnContext(session=session, plan=plan)
        stats = TurnStats(needed_tool=None if self.offline else NEEDED_TOOL.get(plan.action))
        if self.offline:
            out = await self.agent.ainvoke({"messages": messages}, context=context)
            new = out["messages"][len(messages) :]
        else:
            assert before is not None
            new = await self._model_turn(messages, context, user, before, stats, stream)
        answer = _final_text(new)
        calls, citations, _ = _collect(new)
        stats.seconds = loop.time() - started
        self.stats(session).append(stats)
        current = session.current()
        record = TurnRecord(
            user=user,
            assistant=answer,
            tool_calls=calls,
            citations=citations,
            notices=context.notices,
            option=current.option if current else None,
            model_calls=context.model_calls,
            fell_back=context.fell_back,
            plan=plan,
        )
        session.turns.append(record)
        session.history += [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]
        if plan.action == "empty":
            session.history = session.history[:-2]
        return record

    async def _model_turn(
        self,
        messages: list[BaseMessage],
        context: TurnContext,
        user: str,
        before: WorkloadProfile,
        stats: TurnStats,
        stream: ReplySink | None,
    ) -> list[BaseMessage]:
        """The turn on the model within the deadline, else on the offline policy with a notice."""
        session, plan = context.session, context.plan
        breaker = self._breakers.setdefault(session, Breaker())
        now = self.clock()
        if plan.action in POLICY_ONLY:
            return await self._policy(messages, context)
        if breaker.open_until > now:
            stats.fallback, stats.reason = "paused", "paused after repeated failures"
            minutes = max(1, round((breaker.open_until - now) / 60))
            context.notices.append(
                PAUSED_NOTICE.format(provider=self.label, failures=self.breaker_failures, minutes=minutes)
            )
            return await self._policy(messages, context)
        if self._warm is None:  # while the model thinks, make the first fallback as quick as the later ones
            self._warm = asyncio.create_task(asyncio.to_thread(self._warm_policy, session))
        snapshot = _Snapshot(session, before)
        # The rest of the deadline is kept for the offline answer: an analysis and a search take well
        # under a second, but several on a busy machine whose cores a local model server shares.
        heavy = plan.action in NEEDED_TOOL
        reserve = min(5.0, 0.25 * self.deadline_s) if heavy else min(2.0, 0.1 * self.deadline_s)
        budget = max(0.1, self.deadline_s - reserve)
        loop = asyncio.get_running_loop()
        model_started = loop.time()
        guard = _StreamGuard(stream, user) if stream is not None else None
        turn = _Turn(user=user, deadline=loop.time() + budget, deadline_s=self.deadline_s, stats=stats, stream=guard)
        token = _TURN.set(turn)
        failure: ModelUnusable | None = None
        try:
            async with asyncio.timeout(budget):
                new = await self._run(messages, context, guard)
        except ModelUnusable as exc:
            failure = exc
        except TimeoutError:
            failure = ModelUnusable("deadline", f"no complete answer within {self.deadline_s:g} s")
        except GraphBubbleUp:
            raise
        except Exception as exc:  # a graph error (recursion limit, a provider quirk): the turn goes on
            log.warning("model turn failed: %s", _short(exc))
            failure = ModelUnusable("provider", plain_error(exc))
        finally:
            _TURN.reset(token)
            stats.model_seconds = loop.time() - model_started
        if failure is None:
            breaker.failures = 0
            return new
        if guard is not None:
            await guard.withdraw()
        stats.fallback, stats.reason = failure.kind, failure.reason
        breaker.failures += 1
        if breaker.failures >= self.breaker_failures and self.cooldown_s > 0:
            breaker.open_until = self.clock() + self.cooldown_s
            breaker.failures = self.breaker_failures - 1  # after the pause, one more failure pauses again
        allowed = allowed_values([], self._said(session, user), session.conventions).values()
        snapshot.restore(session, lambda value: _grounded_value(value, allowed))
        context.fell_back = True
        if failure.kind == "deadline":
            notice = DEADLINE_NOTICE.format(provider=self.label, seconds=self.deadline_s)
        elif failure.kind == "reply":
            notice = REPLY_FALLBACK_NOTICE.format(reason=_reason_words(failure.reason))
        else:
            notice = FALLBACK_NOTICE.format(provider=self.label, reason=failure.reason)
        context.notices.append(notice)
        policy_started = loop.time()
        new = await self._policy(messages, context)
        stats.policy_seconds = loop.time() - policy_started
        return new

    async def _run(
        self, messages: list[BaseMessage], context: TurnContext, guard: _StreamGuard | None
    ) -> list[BaseMessage]:
        if guard is None:
            out = await self.agent.ainvoke({"messages": messages}, context=context)
            return list(out["messages"][len(messages) :])
        final: dict[str, Any] = {}
        async for mode, data in self.agent.astream(
            {"messages": messages}, context=context, stream_mode=["messages", "values"]
        ):
            if mode == "values":
                final = data
            elif mode == "messages":
                chunk, meta = data
                if isinstance(chunk, AIMessageChunk) and meta.get("langgraph_node") == "model":
                    await guard.feed(chunk)
        return list(final.get("messages", [])[len(messages) :])

    def _warm_policy(self, session: AdvisorSession) -> None:
        """The offline policy's first answer in a process loads the embedding model and fills caches
        (seconds on a busy machine): done once, off the event loop, on a throwaway session."""
        try:
            spare = AdvisorSession(session.catalog, session.options)
            spare.prepare("10M tokens a day, mostly input")
            spare.analyze_baseline()
            if self.retriever is not None:
                self.retriever.retrieve("self-hosting versus API cost", 3)
        except Exception as exc:  # only a warm-up
            log.info("offline warm-up skipped: %s", _short(exc))

    async def _policy(self, messages: list[BaseMessage], context: TurnContext) -> list[BaseMessage]:
        out = await self.policy.ainvoke({"messages": messages}, context=context)
        return list(out["messages"][len(messages) :])

    def _ungrounded(
        self, answer: str, payloads: list[Any], session: AdvisorSession, user: str, plan: Plan | None = None
    ) -> list[str]:
        """Figures no source supports: this turn's tool results and the user's words first, then
        the kept baseline and scenarios (only walked when the cheap sources leave something over)."""
        return first_ungrounded(answer, *self.grounding_sources(payloads, session, user, plan))

    def grounding_sources(
        self, payloads: list[Any], session: AdvisorSession, user: str, plan: Plan | None = None
    ) -> list[Callable[[], Allowed]]:
        """What the figures of this turn's answer may come from, cheapest first: this turn's tool results,
        the advisor's own texts (``plan``: the turn's, as ``TurnRecord.plan`` has it) and the user's words;
        then the kept baseline and scenarios."""
        return [
            lambda: allowed_values([*payloads, *self._own_texts(plan)], self._said(session, user), session.conventions),
            lambda: allowed_values(self._state_payloads(session), [], session.conventions),
        ]

    @staticmethod
    def _said(session: AdvisorSession, user: str) -> list[str]:
        """The user's words this conversation."""
        said = [m["content"] for m in session.history if m["role"] == "user"]
        return [*said, user]

    @staticmethod
    def _own_texts(plan: Plan | None) -> list[str]:
        """The advisor's own texts this turn: what the reader understood and asks, the plan's notes and
        the fixed question texts (their figures count like a tool's: as written, about their own words)."""
        if plan is None:
            return list(STATIC_TEXTS)
        return [*plan.acknowledged, *plan.questions, *plan.problems, *plan.notes, *STATIC_TEXTS]

    @staticmethod
    def _state_payloads(session: AdvisorSession) -> list[Any]:
        out: list[Any] = [{k: v["value"] for k, v in session.profile.summary().items()}]
        if session.baseline:
            out.append(session.compact(session.baseline))
        out += [{"diff": s.diff, "analysis": session.compact(s.analysis)} for s in session.scenarios]
        return out


def _grounded_value(value: Any, allowed: list[float]) -> bool:
    """A fact the model recorded is kept when every number in it is one the user wrote (or a
    day/month view of one); words and flags are kept as the schema validated them."""
    numbers: list[float] = []

    def walk(v: Any) -> None:
        if isinstance(v, bool) or v is None:
            return
        if isinstance(v, int | float):
            numbers.append(float(v))
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list | tuple):
            for x in v:
                walk(x)

    walk(value)
    with contextlib.suppress(Exception):
        return all(
            (n <= 10 and n.is_integer())
            or any(abs(n - a) <= 0.005 * max(abs(a), 1e-9) for a in allowed)
            or any(abs(n * 100 - a) <= 0.005 * max(abs(a), 1e-9) for a in allowed)
            for n in numbers
        )
    return False


def _reason_words(reason: str) -> str:
    """The refused reply's problem, without tool names (users never see those)."""
    text = re.sub(r"did not call [a-z_]+(?:, which this turn needs)?", "skipped a step this turn needs", reason)
    text = re.sub(r"called a tool that is not available \([^)]*\)", "asked for a tool that does not exist", text)
    return _SNAKE.sub("a tool", text)


def _final_text(messages: Sequence[BaseMessage]) -> str:
    for m in reversed(messages):
        if isinstance(m, AIMessage) and not m.tool_calls:
            return _text(m)
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
        calls.append(ToolCallRecord(name=name, args=call_args, result=result, artifact=m.artifact))
        payloads.append(m.content)
        if name == "search_guidance" and m.artifact:
            for p in m.artifact:
                cite = Citation(source=p.source, title=p.title, section=p.section)
                if cite not in citations:
                    citations.append(cite)
    return calls, citations, payloads
