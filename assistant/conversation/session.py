"""One conversation: the profile, the baseline analysis, what-if scenarios and the transcript.

The session is built from ``state`` (what it holds), ``planning`` (each message read and planned before any
model sees it: ``prepare``, ``decide``, ``apply``) and ``persistence`` (to and from the stored state); here,
what the agent's tools do with it. The plan goes to the agent in the turn's runtime context: the offline
model follows it, an LLM sees it as a suggestion. Per-turn scratch (notices, model calls) lives in that
context, not here.
"""

from __future__ import annotations

from typing import Any

from assistant.conversation.persistence import StoredSession
from assistant.conversation.planning import TurnPlanning
from assistant.conversation.scenarios import Scenario, diff
from assistant.decision import explain
from assistant.decision.analysis import Compute, analyze, analyze_with
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview import whatif
from assistant.interview.facts import FIELDS, WorkloadProfile
from assistant.interview.policy import AdviceQuestion
from assistant.interview.recorded import recorded_facts
from tools.api_cost import Workload


class AdvisorSession(TurnPlanning, StoredSession):
    """State of one conversation; the tools reach it through the runtime context."""

    def analyze_baseline(self) -> Analysis:
        return self.adopt_baseline(analyze(self.profile, self.catalog, self.options))

    def adopt_baseline(self, analysis: Analysis) -> Analysis:
        """``analysis``, of this profile with these options, is the new baseline: the scenarios go."""
        self.baseline = analysis
        self.scenarios, self.active = [], None
        return analysis

    async def analyze_baseline_with(self, compute: Compute) -> Analysis:
        """``analyze_baseline``, an analysis not remembered computed by ``compute`` (in a worker process, or here)."""
        return self.adopt_baseline(await analyze_with(compute, self.profile, self.catalog, self.options))

    async def run_what_if(self, change: whatif.Change, compute: Compute) -> Scenario:
        """The analysis with ``change`` applied, beside the baseline (analysed first if there is none yet)."""
        if self.baseline is None:
            await self.analyze_baseline_with(compute)
        profile, opts = change.apply(self.profile, self.options)
        return self.add_scenario(change, await analyze_with(compute, profile, self.catalog, opts))

    def add_scenario(self, change: whatif.Change, result: Analysis) -> Scenario:
        """``result``, the analysis with ``change`` applied (``change.apply``), beside the baseline."""
        assert self.baseline is not None
        scenario = Scenario(label=change.label, change=change, analysis=result, diff=diff(self.baseline, result))
        self.scenarios.append(scenario)
        self.active = len(self.scenarios) - 1
        return scenario

    def reset_to_baseline(self) -> Analysis | None:
        self.active = None
        return self.baseline

    def current(self) -> Analysis | None:
        return self.scenarios[self.active].analysis if self.active is not None else self.baseline

    def workload(self, tokens_per_day: float | None = None, input_share: float | None = None) -> Workload:
        conv = self.conventions
        if tokens_per_day is None and input_share is None:
            return self.profile.workload(conv)
        total = (
            tokens_per_day * conv.days_per_month
            if tokens_per_day is not None
            else float(self.profile.get("tokens_per_month") or 0)
        )
        share = input_share if input_share is not None else float(self.profile.get("input_share"))
        return Workload.from_total(total, share, per="month", conventions=conv)

    def update_from_tool(self, update: Any) -> list[str]:
        """Facts an LLM recorded (or corrected) through the update_profile tool."""
        changed = []
        data = update.model_dump(exclude_none=True)
        quote = str(data.get("quote") or "") or "recorded by the model"
        data = recorded_facts(data, self.profile, self.options.days_per_month)
        for field, value in data.items():
            if field in FIELDS:
                self.profile.set(field, value, quote=quote)
                changed.append(field)
        return changed

    def on_screen(self) -> tuple[WorkloadProfile, AnalysisOptions]:
        """The facts and settings of the analysis on screen: a what-if's when one is active (its volume,
        mix and settings), else the baseline's."""
        if self.active is not None:
            return self.scenarios[self.active].change.apply(self.profile, self.options)
        return self.profile, self.options

    def explain(self, question: AdviceQuestion) -> explain.Explanation:
        """Answer a question about the advice on screen (a what-if's when one is active) from that analysis
        and the cost engine: what is compared, explained or worked out is priced on the same facts."""
        days = self.options.days_per_month
        if question.kind == "profile":
            return explain.profile_answer(self.profile, days, self.model_name)
        if question.kind == "scope":
            return explain.scope_answer()
        current = self.current()
        profile, options = self.on_screen()
        workload = profile.workload(options.conventions)
        if question.topic == "capability":
            return explain.capability_answer(current)
        if question.topic == "region" and current is not None:
            return explain.region_answer(current, profile, self.catalog, options, question.region)
        if question.kind == "compare":
            resolver = explain.resolver_for(self.catalog)
            models: list[str] = []
            unknown = list(question.unknown)
            for name in question.models:
                slug = name if self.catalog.local_api(name) or "/" in name else resolver.model(name)
                (models if slug else unknown).append(slug or name)
            gpus = [g for g in (resolver.gpu(x) or x for x in question.gpus) if g in self.catalog.gpu_specs]
            q = question.model_copy(update={"models": models, "unknown": unknown, "gpus": gpus})
            if not self.profile.knows("tokens_per_month"):
                return explain.Explanation(
                    kind="compare", markdown="Tell me your volume first and I'll price that beside the recommendation."
                )
            return explain.compare_answer(q, current, profile, workload, self.catalog, options)
        if current is None:
            return explain.Explanation(
                kind=question.kind,
                markdown="There is no recommendation yet; once I know your volume I'll show one and can explain it.",
            )
        if question.kind == "why":
            engine = (workload, self.catalog, options)
            return explain.why_answer(current, profile, days, self.model_name, question, engine)
        return explain.how_answer(question, current, workload, self.catalog, options)

    def compact(self, a: Analysis) -> dict[str, Any]:
        """The analysis without the chart series, for the model's context."""
        data = a.model_dump(mode="json", exclude={"chart"})
        data["frameworks"] = [
            {"framework": f.framework, "source": f.source, "verdict": f.verdict, "conclusion": f.steps[-1]}
            for f in a.frameworks
        ]
        # the same breakevens the answer shows (against the models in question, the lowest volumes first), so
        # every figure stays grounded
        data["breakevens"] = sorted(
            data["breakevens"],
            key=lambda b: (not b.get("relevant", True), b.get("breakeven_tokens_per_month") or float("inf")),
        )[:6]
        return data

    def state_for_prompt(self) -> dict[str, Any]:
        summary = {k: v["value"] for k, v in self.profile.summary().items() if v["origin"] != "default"}
        return {
            "profile": summary,
            "said": {k: v.quote for k, v in self.profile.facts.items() if v.said},
            "missing": self.missing(),
            "assumed": self.profile.assumed(),
            "baseline": self.baseline.headline if self.baseline else None,
            "scenarios": [s.label for s in self.scenarios],
        }
