"""What the policy reads and returns: a turn's input (``TurnInput``), the plan for it (``Plan``, with a question
about the advice, ``AdviceQuestion``), the profile change to store (``ProfileChange``), and the dialogue state
remembered between turns (``DialogueState``), together a ``Decision``."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema

from assistant.interview.facts import IN_CURRENCY, Fact, WorkloadProfile
from assistant.interview.reading import ParseResult
from assistant.interview.whatif import Change
from assistant.vocab import DataRegion
from tools.results import DAYS_PER_MONTH

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
    "explain",
    "empty",
]
ExplainKind = Literal["why", "how", "profile", "compare", "scope", "report"]


class AdviceQuestion(BaseModel):
    """A question about the advice itself (answered from the analysis, not by retrieval); kind 'report' asks
    for the whole analysis again (after the first recommendation, later turns show only what changed)."""

    kind: ExplainKind
    topic: str | None = Field(default=None, description="for 'how': which figure (self_host, api, hybrid, ...)")
    models: list[str] = Field(default_factory=list, description="for 'compare': catalog slugs")
    unknown: list[str] = Field(default_factory=list, description="for 'compare': names no catalog prices")
    gpus: list[str] = Field(default_factory=list, description="for 'compare': GPU ids")
    self_host: bool = Field(default=False, description="for 'compare': price the named open models self-hosted")
    arithmetic: bool = Field(default=False, description="for 'why': also the arithmetic of the recommended figure")
    months: int | None = Field(default=None, ge=1, le=120, description="for 'how' topic 'term': months of the term")
    # set by the offline reader ("without sending data to the US?" is not_us); not offered to models (prompt size)
    region: SkipJsonSchema[DataRegion | None] = None


class Plan(BaseModel):
    """What this turn should do, decided by the policy from the deterministic reading."""

    action: Action
    acknowledged: list[str] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    search: str | None = None
    change: Change | None = Field(default=None, description="the what-if to compute")
    claim: str | None = None
    notes: list[str] = Field(default_factory=list)
    explain: AdviceQuestion | None = Field(default=None, description="the question about the advice")
    full: bool = Field(default=False, description="show the whole analysis, not only what changed (asked for)")


class DialogueState(BaseModel):
    """What the interview remembers between turns (persisted with the session)."""

    expecting: list[str] = Field(default_factory=lambda: ["tokens_per_month"], description="facts just asked")
    asked: dict[str, int] = Field(default_factory=dict, description="topic -> times asked")
    passed: list[str] = Field(default_factory=list, description="topics asked and answered with something else")
    interpreted: list[str] = Field(default_factory=list, description="facts read from vague words (a note)")
    pending: dict[str, Any] | None = Field(default=None, description="a volume awaiting 'per day or per month?'")
    volume_count: dict[str, Any] | None = Field(
        default=None,
        description="the count (the pending it was) a said volume was made from: a later 'weekdays only' re-reads "
        "its words",
    )
    leaning: dict[str, Any] = Field(
        default_factory=dict,
        description="for the fact put to the user to clarify, the strictest value their words allowed: assumed "
        "if they skip the question",
    )
    one_off: str | None = Field(
        default=None,
        description="the user's words for a one-time amount left out of the monthly volume: priced as one month's "
        "work if the volume is never said",
    )
    example_count: dict[str, Any] | None = Field(
        default=None,
        description="a count of requests priced at the example size (the pending it was): its size said later "
        "redoes the volume",
    )


class TurnInput(BaseModel):
    """Everything about this message besides the profile and the dialogue state."""

    text: str
    parsed: ParseResult
    what_if: Change | None = None
    question: AdviceQuestion | None = None
    has_baseline: bool = False
    has_scenario: bool = False
    days_per_month: float = DAYS_PER_MONTH
    notes: list[str] = Field(default_factory=list)


class ProfileChange(BaseModel):
    """What to store: facts to set, topics skipped, whether the active scenario becomes the baseline."""

    facts: dict[str, Fact] = Field(default_factory=dict)
    skipped: list[str] = Field(default_factory=list)
    adopt_scenario: bool = False

    def apply(self, profile: WorkloadProfile) -> WorkloadProfile:
        new = profile.model_copy(deep=True)
        companions = set(IN_CURRENCY.values())
        for name, fact in sorted(self.facts.items(), key=lambda kv: kv[0] in companions):  # after their dollars
            new.set(name, fact.value, origin=fact.origin, quote=fact.quote)
        for name in self.skipped:
            if name not in new.skipped and name not in new.facts:
                new.skipped.append(name)
        return new


class Decision(BaseModel):
    plan: Plan
    change: ProfileChange
    state: DialogueState
