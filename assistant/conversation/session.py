"""One conversation: the profile, the baseline analysis, what-if scenarios and the transcript.

``prepare`` reads each user message deterministically (the parser) before any model sees it, plans
the turn (``decide``: pure, returns a ``TurnDecision``) and stores the decision's profile change
(``apply``). The plan goes to the agent in the turn's runtime context: the offline model follows it,
an LLM sees it as a suggestion. Per-turn scratch (notices, model calls) lives in that context, not here.
"""

from __future__ import annotations

import math
import re
import uuid
from typing import Any

from pydantic import BaseModel, Field

from assistant.decision import explain
from assistant.decision.analysis import analyze
from assistant.decision.delta import delta
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview import whatif
from assistant.interview.describe import model_name
from assistant.interview.facts import FIELDS, Fact, WorkloadProfile
from assistant.interview.policy import (
    EXAMPLE_VOLUME_NOTE,
    AdviceQuestion,
    Decision,
    DialogueState,
    Plan,
    ProfileChange,
    TurnInput,
    open_topics,
    plan_turn,
)
from assistant.interview.questions import QUESTIONS
from assistant.interview.reading import parse_message, resolve_pending
from assistant.interview.recorded import recorded_facts
from tools.api_cost import Workload
from tools.catalog import Catalog
from tools.numbers import format_tokens, format_usd
from tools.results import Conventions
from tools.spend import tokens_from_spend

__all__ = [
    "AdvisorSession",
    "Citation",
    "Plan",
    "Scenario",
    "ToolCallRecord",
    "TurnDecision",
    "TurnRecord",
    "sanitize",
]

MAX_MESSAGE_CHARS = 20_000
# a request to be shown something, beside facts: "...; show me the full report" (not "a full answer within 2 s")
REPORT_ASKED = re.compile(r"\b(?:show|give|send|print|display|repeat|see|report)\b", re.IGNORECASE)


class Scenario(BaseModel):
    label: str
    change: whatif.Change
    analysis: Analysis
    diff: dict[str, Any]


class ToolCallRecord(BaseModel):
    """One tool call of a turn: its arguments, the result the model read (JSON decoded where it was
    JSON, else the text) and the tool's typed artifact (an Analysis, a Scenario, the retrieved
    passages...). Result and artifact are for the turn itself (the model's reading, the rendering);
    the stored transcript keeps the name and arguments (the figures are in the stored analyses)."""

    name: str
    args: dict[str, Any]
    result: Any = None
    artifact: Any = Field(default=None, exclude=True, repr=False)


class Citation(BaseModel):
    source: str
    title: str
    section: str


class TurnRecord(BaseModel):
    user: str
    assistant: str
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    option: str | None = None
    model_calls: int = 0
    fell_back: bool = False  # the model could not answer; the offline policy did
    plan: Plan | None = Field(default=None, exclude=True, repr=False)  # what the turn set out to do (not stored)
    # the recommendation this turn's analysis replaced: its answer says what changed (not stored)
    replaced: Analysis | None = Field(default=None, exclude=True, repr=False)


class TurnDecision(BaseModel):
    """What ``AdvisorSession.decide`` makes of one message, before anything is stored: the plan, the
    profile change (facts, skipped topics, an adopted scenario), the profile and analysis options once
    that change is applied (new objects: the session's own are untouched), and the next dialogue state."""

    plan: Plan
    change: ProfileChange
    profile: WorkloadProfile
    options: AnalysisOptions
    dialogue: DialogueState


def sanitize(text: str) -> tuple[str, list[str]]:
    """Strip control characters and cut very long messages (the cut is reported, not silent)."""
    notes = []
    clean = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    if len(clean) > MAX_MESSAGE_CHARS:
        notes.append(f"your message was {len(clean):,} characters; I read the first {MAX_MESSAGE_CHARS:,}")
        clean = clean[:MAX_MESSAGE_CHARS]
    return clean, notes


class AdvisorSession:
    """State of one conversation; the tools reach it through the runtime context."""

    def __init__(self, catalog: Catalog, options: AnalysisOptions | None = None, session_id: str | None = None):
        self.id = session_id or uuid.uuid4().hex
        self.catalog = catalog
        self.options = options or AnalysisOptions()
        self.profile = WorkloadProfile()
        self.baseline: Analysis | None = None
        self.scenarios: list[Scenario] = []
        self.active: int | None = None
        self.dialogue = DialogueState()  # the first question is always the volume
        self.turns: list[TurnRecord] = []
        self.history: list[dict[str, str]] = []

    @property
    def conventions(self) -> Conventions:
        """How a month is counted in this conversation (the settings' days and hours per month)."""
        return self.options.conventions

    # ------------------------------------------------------------------ per turn
    @property
    def expecting(self) -> list[str]:
        """The facts the last question asked about (quick replies, the reading's context)."""
        return self.dialogue.expecting

    @property
    def pending(self) -> dict[str, Any] | None:
        return self.dialogue.pending

    def missing(self) -> list[str]:
        """Topics the interview would still ask about (the LLM's prompt lists them)."""
        return [t.name for t in open_topics(self.profile, self.dialogue)]

    def model_name(self, slug: str) -> str:
        entry = self.catalog.local_api(slug)
        if entry is not None:
            return entry.name
        open_model = self.catalog.open_models.get(slug.split("/")[-1])
        return open_model.name if open_model is not None else model_name(slug)

    def prepare(self, text: str) -> Plan:
        """Read the message, plan the turn (``decide``, pure) and apply its profile change (``apply``)."""
        return self.apply(self.decide(text))

    def decide(self, text: str) -> TurnDecision:
        """The reading of one message and the dialogue policy's plan for it. Pure: the session is not
        changed (``apply`` stores the decision)."""
        clean, notes = sanitize(text)
        state = self.dialogue
        conventions = self.conventions
        parsed = parse_message(clean, state.expecting, conventions)
        if state.pending and "tokens_per_month" not in parsed.fields():
            resolved = resolve_pending(clean, state.pending, conventions)
            if resolved.confirm and not parsed.confirm:  # a corrected rate still waits for its size
                parsed.pending, parsed.confirm = resolved.pending, resolved.confirm
            if resolved.updates or resolved.problems:
                parsed.updates += resolved.updates
                parsed.problems += resolved.problems
                parsed.intents = [i for i in parsed.intents if i not in ("question", "skip", "skip_expected")]
                state = state.model_copy(update={"pending": None})
        intents = set(parsed.intents)
        question, full = None, False
        if not intents & {"empty", "injection", "audit", "baseline", "adopt", "greeting", "help", "export"}:
            question = explain.classify(
                clean, explain.resolver_for(self.catalog), has_baseline=self.baseline is not None
            )
            if question is not None and (question.kind == "compare" or question.models):  # "why not M?" names M
                parsed.updates = [u for u in parsed.updates if u.field != "candidate_models"]
            # "we have 2 ML engineers; show me the full report again": the facts re-run it, shown in full
            full = question is not None and question.kind == "report" and REPORT_ASKED.search(clean) is not None
            if question is not None and (
                (question.kind == "scope" and (parsed.updates or intents & {"skip", "proceed"}))
                or (question.kind != "compare" and parsed.updates)
            ):
                question = None
        change = whatif.detect(clean, conventions) if question is None else None
        if change is not None and change.requests_per_month and whatif.request_size(self.profile) is None:
            # a new request rate needs the size of one request: without it this is no what-if to price
            change = change.model_copy(update={"requests_per_month": None})
            change = None if change.is_empty() else change
        turn = TurnInput(
            text=clean,
            parsed=parsed,
            what_if=change,
            question=question,
            has_baseline=self.baseline is not None,
            has_scenario=self.active is not None,
            days_per_month=self.options.days_per_month,
            notes=notes,
        )
        decision = self._volume_from_spend(plan_turn(self.profile, turn, state, QUESTIONS, names=self.model_name))
        plan, profile, options = decision.plan, self.profile, self.options
        adopted = self.scenarios[self.active] if decision.change.adopt_scenario and self.active is not None else None
        if adopted is not None:  # the scenario's whole change (profile and analysis options) becomes the baseline
            profile, options = adopted.change.apply(profile, options)
            plan.notes.append(f"'{adopted.label}' is now the baseline")
        if decision.change.facts or decision.change.skipped:
            profile = decision.change.apply(profile)
        if plan.action == "analyze":
            plan.search = plan.search or self._search_query(profile, options.days_per_month)
            plan.full = full
        elif plan.action == "explain" and plan.explain is not None and plan.explain.kind == "report":
            plan.search = self._search_query(profile, options.days_per_month)  # the report's cited sources
        elif plan.action == "what_if" and change is not None:
            plan.search = self._whatif_query(change)
        return TurnDecision(
            plan=plan, change=decision.change, dialogue=decision.state, profile=profile, options=options
        )

    def _volume_from_spend(self, decision: Decision) -> Decision:
        """When the volume is to be assumed and the user said what they spend a month and on which
        model, the volume that bill buys (the engine's estimate, said so) instead of the example."""
        fact = decision.change.facts.get("tokens_per_month")
        if fact is None or fact.origin != "assumed":
            return decision
        after = decision.change.apply(self.profile)
        spend, model = after.get("current_spend_usd_per_month"), after.get("current_model")
        if not spend or not model:
            return decision
        share = float(after.get("input_share") or 0.5)
        try:
            est = tokens_from_spend(float(spend), str(model), self.catalog, share, self.options.prices)
        except (LookupError, ValueError):
            return decision
        if est is None or est.tokens_per_month <= 0:
            return decision
        days = self.options.days_per_month
        note = (
            f"I still don't have your volume, so I estimated it from what you spend: "
            f"{format_usd(est.spend_usd_per_month)} a month on {est.model_name} at "
            f"{format_usd(est.input_usd_per_mtok)} in and {format_usd(est.output_usd_per_mtok)} out per million "
            f"tokens ({est.input_share:.0%} input) buys about {format_tokens(est.tokens_per_month)} tokens a month "
            f"(about {format_tokens(est.tokens_per_month / days)} a day), before any caching or batch discount; "
            "tell me your real volume and I'll redo it."
        )
        facts = {**decision.change.facts, "tokens_per_month": Fact(value=est.tokens_per_month, origin="assumed")}
        notes = [note if n.startswith(EXAMPLE_VOLUME_NOTE) else n for n in decision.plan.notes]
        plan = decision.plan.model_copy(update={"notes": notes})
        return decision.model_copy(update={"plan": plan, "change": decision.change.model_copy(update={"facts": facts})})

    def apply(self, decision: TurnDecision) -> Plan:
        """Store a turn's decision: the profile and options after its change, and the dialogue state."""
        self.profile, self.options, self.dialogue = decision.profile, decision.options, decision.dialogue
        return decision.plan

    def _search_query(self, profile: WorkloadProfile | None = None, days_per_month: float | None = None) -> str:
        p = profile if profile is not None else self.profile
        per_day = float(p.get("tokens_per_month") or 0) / (days_per_month or self.options.days_per_month)
        # The order of magnitude is what retrieval needs; it also lets users of similar volume share
        # one cached query embedding (each new query costs ~17 ms of CPU to embed).
        band = 10 ** round(math.log10(per_day)) if per_day > 0 else 0
        words = [f"self-hosting versus API cost at about {format_tokens(band)} tokens a day"]
        if p.regimes():
            words.append("compliance " + " ".join(p.regimes()))
        if not p.ml_capacity():
            words.append("team without ML engineers")
        if p.get("traffic_shape") == "bursty":
            words.append("bursty traffic")
        if p.get("quality") == "frontier":
            words.append("frontier model quality")
        return ", ".join(words)

    def _whatif_query(self, change: whatif.Change) -> str:
        if change.pricing == "spot":
            return "spot instances interruption discount"
        if change.pricing == "reserved":
            return "reserved instances commitment discount"
        if change.add_compliance:
            return "compliance " + " ".join(change.add_compliance) + " dedicated deployment self-hosting"
        if change.batch_ok:
            return "batch API discount"
        if change.compare_models:
            return "breakeven against " + " ".join(change.compare_models)
        return "breakeven volume self-hosting versus API"

    # ------------------------------------------------------------------ used by the tools
    def analyze_baseline(self) -> Analysis:
        self.baseline = analyze(self.profile, self.catalog, self.options)
        self.scenarios, self.active = [], None
        return self.baseline

    def run_what_if(self, change: whatif.Change) -> Scenario:
        if self.baseline is None:
            self.analyze_baseline()
        assert self.baseline is not None
        profile, opts = change.apply(self.profile, self.options)
        result = analyze(profile, self.catalog, opts)
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

    def explain(self, question: AdviceQuestion) -> explain.Explanation:
        """Answer a question about the advice from the current analysis and the cost engine."""
        days = self.options.days_per_month
        if question.kind == "profile":
            return explain.profile_answer(self.profile, days, self.model_name)
        if question.kind == "scope":
            return explain.scope_answer()
        current = self.current()
        if question.topic == "capability":
            return explain.capability_answer(current)
        if question.topic == "region" and current is not None:
            return explain.region_answer(current, self.profile, self.catalog, self.options, question.region)
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
            return explain.compare_answer(q, current, self.profile, self.workload(), self.catalog, self.options)
        if current is None:
            return explain.Explanation(
                kind=question.kind,
                markdown="There is no recommendation yet; once I know your volume I'll show one and can explain it.",
            )
        if question.kind == "why":
            return explain.why_answer(
                current,
                self.profile,
                days,
                self.model_name,
                question,
                (self.workload(), self.catalog, self.options),
            )
        workload, options = self.workload(), self.options
        if self.active is not None and current is self.scenarios[self.active].analysis:
            # the arithmetic of the what-if on screen: its volume, mix and settings, not the baseline's
            profile, options = self.scenarios[self.active].change.apply(self.profile, self.options)
            workload = profile.workload(options.conventions)
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

    # ------------------------------------------------------------------ persistence
    def _history_turns(self) -> list[int] | None:
        """The history as indices of the turns it repeats (a model's history is the turns' words, less
        the empty messages), or None when it is not that."""
        picked: list[int] = []
        pairs = iter(enumerate(self.turns))
        for user, assistant in zip(self.history[::2], self.history[1::2], strict=False):
            for i, t in pairs:
                if t.user == user["content"] and t.assistant == assistant["content"]:
                    picked.append(i)
                    break
            else:
                return None
        if len(self.history) % 2 or any(
            m["role"] != ("user" if n % 2 == 0 else "assistant") or set(m) != {"role", "content"}
            for n, m in enumerate(self.history)
        ):
            return None
        return picked

    def to_dict(self) -> dict[str, Any]:
        """The state to store: what resuming needs, each part once (the model's history as indices of
        the turns it repeats; tool calls without the results the model read that turn)."""
        history = self._history_turns()
        return {
            "id": self.id,
            "profile": self.profile.model_dump(mode="json"),
            "options": self.options.model_dump(),
            "baseline": self.baseline.model_dump(mode="json") if self.baseline else None,
            "scenarios": [s.model_dump(mode="json") for s in self.scenarios],
            "active": self.active,
            "dialogue": self.dialogue.model_dump(mode="json"),
            **({"history_turns": history} if history is not None else {"history": self.history}),
            "turns": [t.model_dump(mode="json", exclude={"tool_calls": {"__all__": {"result"}}}) for t in self.turns],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], catalog: Catalog) -> AdvisorSession:
        s = cls(catalog, AnalysisOptions(**data.get("options", {})), data.get("id"))
        s.profile = WorkloadProfile.model_validate(data.get("profile", {}))
        s.baseline = Analysis.model_validate(data["baseline"]) if data.get("baseline") else None
        s.scenarios = [Scenario.model_validate(x) for x in data.get("scenarios", [])]
        s.active = data.get("active")
        if "dialogue" in data:
            s.dialogue = DialogueState.model_validate(data["dialogue"])
        else:  # saved before the dialogue policy kept its own state
            s.dialogue = DialogueState(expecting=list(data.get("expecting", [])), pending=data.get("pending"))
        s.turns = [TurnRecord.model_validate(t) for t in data.get("turns", [])]
        if "history_turns" in data:
            s.history = [
                m
                for i in data["history_turns"]
                if 0 <= i < len(s.turns)
                for m in (
                    {"role": "user", "content": s.turns[i].user},
                    {"role": "assistant", "content": s.turns[i].assistant},
                )
            ]
        else:
            s.history = list(data.get("history", []))
        return s


def diff(base: Analysis, new: Analysis) -> dict[str, Any]:
    """How a scenario differs from the baseline (stored with the scenario; the tools' JSON shape)."""
    d = delta(base, new)
    return {
        "baseline_option": d.before_option,
        "scenario_option": d.after_option,
        "option_changed": d.option_changed,
        "baseline_choice": d.before_choice,
        "scenario_choice": d.after_choice,
        "baseline_monthly_usd": d.before_monthly_usd,
        "scenario_monthly_usd": d.after_monthly_usd,
        "delta_monthly_usd": round(d.after_monthly_usd - d.before_monthly_usd, 2),
        "baseline_tokens_per_month": d.before_tokens_per_month,
        "scenario_tokens_per_month": d.after_tokens_per_month,
        "changed_costs": [
            {"name": m.name, "before": m.before_monthly_usd, "after": m.after_monthly_usd} for m in d.table_moved
        ],
    }
