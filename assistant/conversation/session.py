"""One conversation: the profile, the baseline analysis, what-if scenarios and the transcript.

``prepare`` reads each user message deterministically (the parser) before any model sees it and
proposes the turn's plan; the offline model follows the plan, an LLM sees it as a suggestion.
"""

from __future__ import annotations

import math
import re
import uuid
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.agent.prompts import QUESTIONS
from assistant.decision.analysis import Analysis, AnalysisOptions, analyze
from assistant.interview import whatif
from assistant.interview.facts import FIELDS, WorkloadProfile
from assistant.interview.reading import ParseResult, parse_message, resolve_pending
from tools.api_cost import Workload
from tools.audit import FigureCheck, audit_figures
from tools.catalog import Catalog
from tools.numbers import format_tokens
from tools.results import Conventions

MAX_MESSAGE_CHARS = 20_000
Action = Literal[
    "problem",
    "confirm",
    "injection",
    "greeting",
    "help",
    "ask",
    "analyze",
    "what_if",
    "baseline",
    "adopt",
    "audit",
    "question",
    "empty",
]


class Plan(BaseModel):
    """What this turn should do, decided by the deterministic parser."""

    action: Action
    acknowledged: list[str] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    search: str | None = None
    change: dict[str, Any] | None = None
    claim: str | None = None
    notes: list[str] = Field(default_factory=list)


class Scenario(BaseModel):
    label: str
    change: whatif.Change
    analysis: Analysis
    diff: dict[str, Any]


class ToolCallRecord(BaseModel):
    name: str
    args: dict[str, Any]
    result: Any


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
        self.expecting: list[str] = ["tokens_per_month"]  # the first question is always the volume
        self.pending: dict[str, Any] | None = None
        self.turns: list[TurnRecord] = []
        self.history: list[dict[str, str]] = []
        self.plan: Plan = Plan(action="empty")
        self.notices: list[str] = []
        self.model_calls = 0
        self.fell_back = False

    # ------------------------------------------------------------------ per turn
    def prepare(self, text: str) -> Plan:
        """Parse the message, update the profile when it states facts, and plan the turn."""
        clean, notes = sanitize(text)
        parsed = parse_message(clean, self.expecting)
        if self.pending and "tokens_per_month" not in parsed.fields():
            resolved = resolve_pending(clean, self.pending)
            if resolved.updates or resolved.problems:
                parsed.updates += resolved.updates
                parsed.problems += resolved.problems
                self.pending = None
        intents = set(parsed.intents)
        change = whatif.detect(clean) if self.baseline else None
        plan = self._plan(clean, parsed, intents, change)
        plan.notes = notes + plan.notes
        self.plan = plan
        return plan

    def _plan(self, text: str, parsed: ParseResult, intents: set[str], change: whatif.Change | None) -> Plan:
        if "empty" in intents:
            return Plan(action="empty", questions=self._next_questions())
        if "injection" in intents:
            return Plan(action="injection", questions=self._next_questions())
        if parsed.problems:
            self._apply(parsed, keep=True)
            return Plan(action="problem", problems=parsed.problems, questions=self._next_questions())
        if parsed.confirm:
            self.pending = parsed.pending
            ack = self._apply(parsed, keep=True)
            return Plan(action="confirm", acknowledged=ack, questions=[parsed.confirm])
        if "baseline" in intents and self.baseline:
            return Plan(action="baseline")
        if "adopt" in intents and self.active is not None:
            scenario = self.scenarios[self.active]
            self.profile = whatif.apply(self.profile, scenario.change)
            return Plan(
                action="analyze",
                notes=[f"'{scenario.label}' is now the baseline"],
                search=self._search_query(),
            )
        if "audit" in intents:
            return Plan(action="audit", claim=text, search=text)
        if change is not None:
            return Plan(action="what_if", change=change.model_dump(), search=self._whatif_query(change))
        ack = self._apply(parsed)
        if "skip_expected" in intents:
            self.profile.skipped += [f for f in self.expecting if f not in self.profile.skipped]
            ack.append("skipped: " + ", ".join(FIELDS[f] for f in self.expecting) + " (I'll assume defaults)")
        if "proceed" in intents:
            self.profile.skipped += [f for f in self.profile.missing() if f != "tokens_per_month"]
        if "greeting" in intents and not ack:
            return Plan(action="greeting")
        if "help" in intents:
            return Plan(action="help")
        if "question" in intents and not ack:
            return Plan(action="question", search=text, questions=[] if self.baseline else self._next_questions(1))
        if self.baseline is not None and not ack and "proceed" not in intents:
            return Plan(
                action="ask",
                notes=[
                    'I didn\'t find a change I could use in that. Ask a what-if ("what if volume triples?", '
                    '"on H100s?"), tell me something new about the workload, or type /export.'
                ],
            )
        if self.profile.knows("tokens_per_month") and (
            self.profile.ready() or "proceed" in intents or (self.baseline and ack)
        ):
            self.expecting = []
            return Plan(action="analyze", acknowledged=ack, search=self._search_query())
        if not ack and not ({"skip_expected", "proceed"} & intents):
            return Plan(
                action="ask",
                questions=self._next_questions(),
                notes=["I didn't find a figure or a fact I could use in that; could you rephrase?"],
            )
        return Plan(action="ask", acknowledged=ack, questions=self._next_questions())

    def _apply(self, parsed: ParseResult, keep: bool = False) -> list[str]:
        ack = []
        for u in parsed.updates:
            value = u.value
            if u.field == "team":
                value = {**self.profile.team, **value} if self.profile.knows("team") else value
            if u.field == "compliance" and self.profile.knows("compliance") and value != ["none"]:
                value = sorted(set(self.profile.regimes()) | set(value))
            if u.field == "candidate_models":
                value = list(dict.fromkeys([*self.profile.get("candidate_models"), *value]))
            self.profile.set(u.field, value, quote=u.quote)
            ack.append(self._describe(u.field, value, u.note))
        return ack

    def _describe(self, field: str, value: Any, note: str | None) -> str:
        if field == "tokens_per_month":
            text = f"volume {format_tokens(float(value) / 30)} tokens a day ({format_tokens(float(value))} a month)"
        elif field == "input_share":
            text = f"{float(value):.0%} of tokens are input"
        elif field == "compliance":
            text = "compliance: " + (", ".join(v.upper().replace("_", "-") for v in value if v != "none") or "none")
        elif field == "team":
            text = "team: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in value.items())
        else:
            text = f"{FIELDS[field]}: {str(value).replace('_', ' ')}"
        return text + (f" ({note})" if note else "")

    def _next_questions(self, limit: int = 2) -> list[str]:
        missing = self.profile.missing()[:limit]
        self.expecting = missing
        return [QUESTIONS[f] for f in missing]

    def _search_query(self) -> str:
        p = self.profile
        per_day = float(p.get("tokens_per_month") or 0) / 30
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
        profile = whatif.apply(self.profile, change)
        opts = self.options.model_copy(update=whatif.analysis_options(change))
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
        conv = Conventions(days_per_month=self.options.days_per_month, hours_per_month=self.options.hours_per_month)
        if tokens_per_day is None and input_share is None:
            return self.profile.workload(conv)
        total = (
            tokens_per_day * conv.days_per_month
            if tokens_per_day is not None
            else float(self.profile.get("tokens_per_month") or 0)
        )
        share = input_share if input_share is not None else float(self.profile.get("input_share"))
        return Workload.from_total(total, share, per="month", conventions=conv)

    def audit(self, claim: str) -> list[FigureCheck]:
        """The audited article figures this claim most likely quotes."""
        from assistant.agent.grounding import numbers_in

        numbers = [value for _, value, _ in numbers_in(claim)]
        words = set(re.findall(r"[a-z0-9.-]{3,}", claim.lower()))
        scored = []
        for check in audit_figures(self.catalog):
            score = 0.0
            for n in numbers:
                if n and any(abs(n - v) <= 0.01 * abs(v) for v in (check.stated, check.stated_high or -1) if v):
                    score += 3
            score += (
                len(words & set(re.findall(r"[a-z0-9.-]{3,}", (check.claim + " " + check.source.title).lower()))) * 0.2
            )
            if score >= 3:
                scored.append((score, check))
        scored.sort(key=lambda sc: -sc[0])
        return [c for _, c in scored[:3]]

    def update_from_tool(self, update: Any) -> list[str]:
        changed = []
        data = update.model_dump(exclude_none=True)
        if "tokens_per_day" in data:
            data["tokens_per_month"] = data.pop("tokens_per_day") * self.options.days_per_month
        team = {k: data.pop(k) for k in ("ml_engineers", "gpu_infra") if k in data}
        if team:
            data["team"] = {**self.profile.team, **team}
        for field, value in data.items():
            if field in FIELDS:
                self.profile.set(field, value, quote="recorded by the model")
                changed.append(field)
        return changed

    def compact(self, a: Analysis) -> dict[str, Any]:
        """The analysis without the chart series, for the model's context."""
        data = a.model_dump(mode="json", exclude={"chart"})
        data["frameworks"] = [
            {"framework": f.framework, "source": f.source, "verdict": f.verdict, "conclusion": f.steps[-1]}
            for f in a.frameworks
        ]
        data["breakevens"] = data["breakevens"][:6]
        return data

    def state_for_prompt(self) -> dict[str, Any]:
        summary = {k: v["value"] for k, v in self.profile.summary().items() if v["origin"] != "default"}
        return {
            "profile": summary,
            "missing": self.profile.missing(),
            "assumed": self.profile.assumed(),
            "baseline": self.baseline.headline if self.baseline else None,
            "scenarios": [s.label for s in self.scenarios],
            "plan": self.plan.model_dump(exclude_none=True),
        }

    # ------------------------------------------------------------------ persistence
    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "profile": self.profile.model_dump(mode="json"),
            "options": self.options.model_dump(),
            "baseline": self.baseline.model_dump(mode="json") if self.baseline else None,
            "scenarios": [s.model_dump(mode="json") for s in self.scenarios],
            "active": self.active,
            "expecting": self.expecting,
            "pending": self.pending,
            "history": self.history,
            "turns": [t.model_dump(mode="json") for t in self.turns],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], catalog: Catalog) -> AdvisorSession:
        s = cls(catalog, AnalysisOptions(**data.get("options", {})), data.get("id"))
        s.profile = WorkloadProfile.model_validate(data.get("profile", {}))
        s.baseline = Analysis.model_validate(data["baseline"]) if data.get("baseline") else None
        s.scenarios = [Scenario.model_validate(x) for x in data.get("scenarios", [])]
        s.active = data.get("active")
        s.expecting = list(data.get("expecting", []))
        s.pending = data.get("pending")
        s.history = list(data.get("history", []))
        s.turns = [TurnRecord.model_validate(t) for t in data.get("turns", [])]
        return s


def diff(base: Analysis, new: Analysis) -> dict[str, Any]:
    """How a scenario differs from the baseline."""
    before = {r.name: r.monthly_usd for r in base.table}
    changed = [
        {"name": r.name, "before": before[r.name], "after": r.monthly_usd}
        for r in new.table
        if r.name in before and abs(before[r.name] - r.monthly_usd) >= 0.01
    ][:6]
    return {
        "baseline_option": base.option,
        "scenario_option": new.option,
        "option_changed": base.option != new.option,
        "baseline_choice": base.chosen.name,
        "scenario_choice": new.chosen.name,
        "baseline_monthly_usd": base.chosen.monthly_usd,
        "scenario_monthly_usd": new.chosen.monthly_usd,
        "delta_monthly_usd": round(new.chosen.monthly_usd - base.chosen.monthly_usd, 2),
        "baseline_tokens_per_month": base.tokens_per_month,
        "scenario_tokens_per_month": new.tokens_per_month,
        "changed_costs": changed,
    }
