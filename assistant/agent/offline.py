"""The built-in offline model: deterministic, no key, no network, same agent loop and tools.

It follows the turn plan the session made (``AdvisorSession.prepare``), which the agent's middleware
hands it as an object from the turn's runtime context (``TurnContext.plan``): it calls the tools the
plan needs, and writes the answer from the tool results (``assistant.agent.compose``). It never
invents a number: everything it prints comes from a tool artifact or from the user's message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable

from assistant.agent import compose
from assistant.agent.prompts import GREETING, HELP, INJECTION_REPLY
from assistant.decision import update
from assistant.decision.results import Analysis
from assistant.interview.policy import Plan
from knowledge.audit_notes import AUDIT_TITLE

# a question about the source articles or their figures, which the source audit's notes answer
ABOUT_ARTICLES = re.compile(r"\b(?:articles?|sources?|author|blog|post|claims?|says?|figures? in)\b", re.IGNORECASE)


class OfflineAdvisorModel(BaseChatModel):
    """A deterministic chat model that carries the interview and the analysis through the tools.

    It answers inside the advisor's agent, whose middleware calls ``respond`` with the turn's plan;
    called as a plain chat model (no plan), it has nothing to follow and says so."""

    model_name: str = "offline-advisor"

    @property
    def _llm_type(self) -> str:
        return "offline-advisor"

    def bind_tools(  # type: ignore[override]
        self, tools: Sequence[Any], **kwargs: Any
    ) -> Runnable[Any, BaseMessage]:
        return self  # it knows the advisor's tools by name

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._unplanned(kwargs))])

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._unplanned(kwargs))])

    @staticmethod
    def _unplanned(kwargs: dict[str, Any]) -> AIMessage:
        raise RuntimeError(
            "the offline advisor answers inside the advisor's agent, which hands it the turn plan "
            "(build_agent / Advisor); it cannot answer a bare chat call"
        )

    # ------------------------------------------------------------------ policy
    def respond(
        self,
        messages: Sequence[BaseMessage],
        plan: Plan,
        baseline: str | None = None,
        replaced: Analysis | None = None,
    ) -> AIMessage:
        """The next message of the turn: the tool calls the plan needs, then the answer from their
        results. ``baseline`` is the current recommendation's headline (said again after an injection);
        ``replaced`` the recommendation this turn's analysis replaced (the answer then says what changed)."""
        last_human = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
        results = [m for m in messages[last_human + 1 :] if isinstance(m, ToolMessage)]
        if results:
            return AIMessage(content=self._compose(plan, results, replaced))
        calls = self._tool_calls(plan)
        if calls:
            return AIMessage(content="", tool_calls=calls)
        return AIMessage(content=self._reply(plan, baseline))

    def _tool_calls(self, plan: Plan) -> list[dict[str, Any]]:
        action = plan.action
        search = plan.search
        calls: list[tuple[str, dict[str, Any]]] = []
        if action == "analyze":
            calls = [("analyze_workload", {})]
        elif action == "what_if":
            calls = [("what_if", plan.change.model_dump(mode="json") if plan.change else {})]
        elif action == "baseline":
            calls = [("reset_to_baseline", {})]
        elif action == "audit":
            calls = [("check_article_figure", {"claim": plan.claim or ""})]
        elif action == "explain":
            args = plan.explain.model_dump(mode="json") if plan.explain else {}
            calls = [("explain_advice", args)]  # (with the search the plan asks for: a report cites its sources)
        elif action != "question":
            return []
        if search:
            calls.append(("search_guidance", {"query": search, "k": 3}))
        return [{"name": n, "args": a, "id": f"call_{i}_{n}", "type": "tool_call"} for i, (n, a) in enumerate(calls)]

    def _reply(self, plan: Plan, baseline: str | None) -> str:
        action = plan.action
        asks = "\n".join(f"- {q}" for q in plan.questions)
        notes = "\n".join(f"_{n}_" for n in plan.notes)
        if action == "greeting":
            return GREETING
        if action == "help":
            return HELP
        if action == "injection":
            tail = f"Your current recommendation: {baseline}." if baseline else asks
            return f"{INJECTION_REPLY}\n\n{tail}".strip()
        if action == "problem":
            return "\n\n".join(["⚠️ " + p[0].upper() + p[1:] for p in plan.problems] + ([asks] if asks else []))
        parts = []
        if plan.acknowledged:
            parts.append("Got it: " + "; ".join(plan.acknowledged) + ".")
        if notes:
            parts.append(notes)
        if action == "empty":
            parts.append("I didn't receive any text.")
        if asks:
            lead = "A couple of questions" if len(plan.questions) > 1 else "One question"
            parts.append(asks if action == "confirm" else f"{lead} so I can price this properly:\n" + asks)
        elif action == "ask" and not baseline:  # (with a recommendation, the note says what to do next)
            parts.append('Tell me more about the workload, or say "just give me the numbers".')
        return "\n\n".join(parts) or HELP

    def _compose(self, plan: Plan, results: list[ToolMessage], replaced: Analysis | None = None) -> str:
        by_name = {m.name: m for m in results}
        passages = list(getattr(by_name.get("search_guidance"), "artifact", None) or [])
        prefix = ""
        if plan.acknowledged:
            prefix = "Got it: " + "; ".join(plan.acknowledged) + ".\n\n"
        if plan.notes:
            prefix += "\n".join(f"_{n}_" for n in plan.notes) + "\n\n"
        errors = [m for m in results if m.status == "error"]
        if errors:
            return (
                prefix
                + "Something went wrong computing that: "
                + str(errors[0].content)[:300]
                + "\n\nYour profile is unchanged; try again or rephrase."
            )
        if "explain_advice" in by_name and by_name["explain_advice"].artifact is not None:
            explanation = by_name["explain_advice"].artifact
            answer = prefix + str(explanation.markdown)
            if explanation.kind == "report" and passages:  # its sources, before the what-if's closing line
                body, tail = answer.removesuffix(compose.SCENARIO_TAIL), compose.SCENARIO_TAIL
                answer = body.rstrip() + "\n\n" + compose.guidance(passages) + ("\n\n" + tail if body != answer else "")
            if plan.questions:
                answer += "\n\nBack to your workload:\n" + "\n".join(f"- {q}" for q in plan.questions)
            return answer
        if "what_if" in by_name and by_name["what_if"].artifact is not None:
            s = by_name["what_if"].artifact
            return prefix + compose.scenario(s, passages)
        if "analyze_workload" in by_name and by_name["analyze_workload"].artifact is not None:
            if replaced is not None and not plan.full:  # one was shown already: what changed, not all of it again
                return prefix + update.update(replaced, by_name["analyze_workload"].artifact, plan.questions)
            answer = prefix + compose.recommendation(by_name["analyze_workload"].artifact, passages)
            if plan.questions:
                answer += "\n\n#### One more thing that could change this\n" + "\n".join(
                    f"- {q}" for q in plan.questions
                )
            return answer
        if "reset_to_baseline" in by_name:
            a = by_name["reset_to_baseline"].artifact
            if a is None:
                return "There is no baseline yet. " + "\n".join(plan.questions or [])
            return "Back to the baseline.\n\n" + compose.recommendation(a, passages, title="Baseline")
        if "check_article_figure" in by_name:
            checks = [
                {
                    "follows": c.follows,
                    "verdict": c.verdict(),
                    "article": c.source.title,
                    "section": c.source.section,
                }
                for c in by_name["check_article_figure"].artifact or []
            ]
            return compose.audit(checks, passages)
        if not ABOUT_ARTICLES.search(plan.search or ""):
            # "a small correction: the 12 pages is the median": the user's own figures, not the articles' audit notes
            passages = [p for p in passages if getattr(p, "title", "") != AUDIT_TITLE]
        answer = compose.explain(passages)
        if plan.questions:
            answer += "\n\nBack to your workload:\n" + "\n".join(f"- {q}" for q in plan.questions)
        return answer
