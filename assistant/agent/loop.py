"""The turn runner: ``Advisor.turn`` runs one user message through the agent (``factory``) and gives the
turn a deadline that retries share; a model that still fails, or misses the deadline, is replaced for the
turn by the offline policy with a short notice (the facts the model recorded correctly are kept,
``fallback``), and a model that fails turn after turn is paused for the conversation (a circuit breaker).
The figures an answer may use come from ``grounding_sources``; the middleware checks replies with them.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage
from langchain_core.tools import BaseTool
from langgraph.errors import GraphBubbleUp

from assistant.agent.context import TurnContext
from assistant.agent.factory import Retriever, build_agent
from assistant.agent.fallback import Breaker, Snapshot, grounded_value, reason_words
from assistant.agent.grounding import Allowed, allowed_values, first_ungrounded
from assistant.agent.messages import collect, final_text
from assistant.agent.model_input import NEEDED_TOOL
from assistant.agent.models import ModelTraits, plain_error
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.prompts import (
    DEADLINE_NOTICE,
    FALLBACK_NOTICE,
    GREETING,
    HELP,
    PAUSED_NOTICE,
    QUESTIONS,
    REPLY_FALLBACK_NOTICE,
)
from assistant.agent.streaming import ReplySink, StreamGuard
from assistant.agent.tools import advisor_tools
from assistant.agent.turn import TURN, ModelUnusable, Turn, TurnStats, short
from assistant.conversation.records import TurnRecord
from assistant.conversation.session import AdvisorSession
from assistant.conversation.worker import Worker
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import Plan

log = logging.getLogger(__name__)
HISTORY_MESSAGES = 8
MAX_TURN_CHARS = 20_000  # a longer message is read, answered and kept up to this length
STATIC_TEXTS = [*QUESTIONS.values(), HELP, GREETING]

# Turns whose answer is fixed (nothing to say, or an attempt to change the rules): no model call.
POLICY_ONLY = {"empty", "injection"}


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
        worker: Worker | None = None,
    ) -> None:
        self.offline = isinstance(model, OfflineAdvisorModel)
        self.worker = worker  # reads messages and computes analyses in another process (None: here)
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
        user = text[:MAX_TURN_CHARS]  # what is read, what the model sees and what history keeps: the same
        read = await self.worker.read(session.reading(user)) if self.worker is not None else None
        plan = session.prepare(user, read)
        history: list[BaseMessage] = [
            HumanMessage(m["content"]) if m["role"] == "user" else AIMessage(m["content"])
            for m in session.history[-HISTORY_MESSAGES:]
        ]
        messages = [*history, HumanMessage(user)]
        context = TurnContext(session=session, plan=plan)
        if self.worker is not None:  # (analyses not remembered computed there, not on this event loop)
            context.compute = self.worker.analyze
        stats = TurnStats(needed_tool=None if self.offline else NEEDED_TOOL.get(plan.action))
        if self.offline:
            out = await self.agent.ainvoke({"messages": messages}, context=context)
            new = out["messages"][len(messages) :]
        else:
            assert before is not None
            new = await self._model_turn(messages, context, user, before, stats, stream)
        answer = final_text(new)
        calls, citations, _ = collect(new)
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
            replaced=context.replaced,
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
        snapshot = Snapshot(session, before)
        # The rest of the deadline is kept for the offline answer: an analysis and a search take well
        # under a second, but several on a busy machine whose cores a local model server shares.
        heavy = plan.action in NEEDED_TOOL
        reserve = min(5.0, 0.25 * self.deadline_s) if heavy else min(2.0, 0.1 * self.deadline_s)
        budget = max(0.1, self.deadline_s - reserve)
        loop = asyncio.get_running_loop()
        model_started = loop.time()
        guard = StreamGuard(stream, user) if stream is not None else None
        turn = Turn(user=user, deadline=loop.time() + budget, deadline_s=self.deadline_s, stats=stats, stream=guard)
        token = TURN.set(turn)
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
            log.warning("model turn failed: %s", short(exc))
            failure = ModelUnusable("provider", plain_error(exc))
        finally:
            TURN.reset(token)
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
        snapshot.restore(session, lambda value: grounded_value(value, allowed))
        context.fell_back = True
        if failure.kind == "deadline":
            notice = DEADLINE_NOTICE.format(provider=self.label, seconds=self.deadline_s)
        elif failure.kind == "reply":
            notice = REPLY_FALLBACK_NOTICE.format(reason=reason_words(failure.reason))
        else:
            notice = FALLBACK_NOTICE.format(provider=self.label, reason=failure.reason)
        context.notices.append(notice)
        policy_started = loop.time()
        new = await self._policy(messages, context)
        stats.policy_seconds = loop.time() - policy_started
        return new

    async def _run(
        self, messages: list[BaseMessage], context: TurnContext, guard: StreamGuard | None
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
            log.info("offline warm-up skipped: %s", short(exc))

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
        out += [
            {"diff": s.diff.model_dump(mode="json"), "analysis": session.compact(s.analysis)} for s in session.scenarios
        ]
        return out
