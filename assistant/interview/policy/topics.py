"""The interview's topics as data (``data/dialogue.toml``): each question, the facts that answer it and when it
matters (``CONDITIONS``), how often it may be asked, and the example volume used when none is given."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.interview.facts import FIELDS, WorkloadProfile

DATA = Path(__file__).parents[1] / "data" / "dialogue.toml"  # assistant/interview/data
Condition = Literal["always", "self_host_possible", "self_host_plausible", "has_gpu_infra", "residency_without_region"]


class Topic(BaseModel):
    """One interview question: the facts that answer it and when it matters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="key of the question text in interview.questions.QUESTIONS; also its main fact")
    facts: list[str] = Field(min_length=1, description="profile facts any of which answers the topic")
    ask_when: Condition
    before_answer: bool = Field(
        default=True, description="asked before the first recommendation; otherwise asked beside it"
    )
    why: str


EXAMPLE_VOLUME_NOTE = "I still don't have your volume"  # how a note on an assumed example volume opens


class ExampleVolume(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tokens_per_day: float = Field(gt=0)
    why: str
    source: str


class ExampleRequest(BaseModel):
    """The size assumed for one request when the user gave a count of requests but not their size."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tokens: float = Field(gt=0)
    why: str
    source: str


class DialoguePolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: str
    source: str
    max_questions_per_turn: int = Field(ge=1, le=4)
    max_asks: int = Field(ge=1, le=3)
    example_volume: ExampleVolume
    example_request: ExampleRequest
    topics: list[Topic]

    def topic(self, name: str) -> Topic:
        return next(t for t in self.topics if t.name == name)

    def topic_of(self, field: str) -> Topic | None:
        return next((t for t in self.topics if field in t.facts), None)

    def asked_topics(self, fields: list[str]) -> list[Topic]:
        """The topics whose questions asked about ``fields`` (the facts expected after them): each topic all of whose
        facts are expected and that no other such topic holds ("owned_gpus" after its own question; only "team"
        after the team question, which expects the owned GPUs too), then the first topic of any field left over."""
        expected = set(fields)
        whole = [t for t in self.topics if t.facts and set(t.facts) <= expected]
        out = [t for t in whole if not any(set(t.facts) < set(o.facts) for o in whole)]
        covered = {f for t in out for f in t.facts}
        out += [t for f in fields if f not in covered and (t := self.topic_of(f)) is not None]
        return list({t.name: t for t in out}.values())


@functools.cache
def load_policy(path: Path = DATA) -> DialoguePolicy:
    policy = DialoguePolicy.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    unknown = [f for t in policy.topics for f in t.facts if f not in FIELDS]
    if unknown:
        raise ValueError(f"{path.name}: unknown profile facts {unknown}")
    return policy


def _self_host_forced(p: WorkloadProfile) -> bool:
    return "air_gapped" in p.regimes() or p.get("data_boundary") in ("on_prem", "air_gapped")


CONDITIONS: dict[str, Callable[[WorkloadProfile], bool]] = {
    "always": lambda p: True,
    # someone could run GPUs, or the data may not leave the building: the traffic shape sizes them
    "self_host_possible": lambda p: (
        not p.get("batch_ok") and (p.ml_capacity() or _self_host_forced(p) or p.knows("owned_gpus"))
    ),
    # self-hosting is a live option on cost: people to run it, an open-weight model is good enough
    "self_host_plausible": lambda p: (
        not p.get("batch_ok")
        and (p.ml_capacity() or _self_host_forced(p) or p.knows("owned_gpus"))
        and p.get("quality") != "frontier"
    ),
    "has_gpu_infra": lambda p: bool(p.team.get("gpu_infra")) and not p.knows("owned_gpus"),
    "residency_without_region": lambda p: (
        "data_residency" in p.regimes() and not p.knows("data_region") and not p.knows("data_country")
    ),
}
