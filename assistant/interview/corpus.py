"""The labelled corpus of user utterances (issue 10): loading, validation and the split by template family.

Files: ``assistant/interview/data/corpus/*.yaml``, each a YAML list of entries (see the corpus schema in
the project briefs). Every entry is validated; an error names the file and the entry id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.interview.facts import OwnedGpus
from assistant.vocab import DataBoundary, LatencyKind, Quality, Regime, TrafficShape

CORPUS_DIR = Path(__file__).parent / "data" / "corpus"
Voice = Literal[
    "terse",
    "chatty",
    "formal",
    "non_native",
    "typos",
    "slang",
    "hedging",
    "exec",
    # later voices: "key = value" shorthand and symbols, speech-to-text without punctuation, bullet lists
    "notation",
    "dictated",
    "bullets",
]
Split = Literal["train", "calibration", "test"]


class TeamLabel(BaseModel):
    """Only the keys the message states."""

    model_config = ConfigDict(extra="forbid")

    ml_engineers: int | None = Field(default=None, ge=0)
    devops: int | None = Field(default=None, ge=0)
    mlops: bool | None = None
    gpu_infra: bool | None = None
    kubernetes: bool | None = None


class Facts(BaseModel):
    """Every fact a message states, in profile vocabulary; absent means not stated."""

    model_config = ConfigDict(extra="forbid")

    traffic_shape: TrafficShape | None = None
    compliance: list[Regime] | None = None
    data_boundary: DataBoundary | None = None
    team: TeamLabel | None = None
    quality: Quality | None = None
    latency_p99_ms: float | None = Field(default=None, gt=0)
    latency_kind: LatencyKind | None = None
    batch_ok: bool | None = None
    fine_tuning: bool | None = None
    tokens_per_month: float | None = Field(default=None, gt=0)
    input_share: float | None = Field(default=None, ge=0, le=1)
    request_input_tokens: float | None = Field(default=None, gt=0)
    request_output_tokens: float | None = Field(default=None, ge=0)
    simple_share: float | None = Field(default=None, ge=0, le=1)
    owned_gpus: OwnedGpus | None = None
    current_model: str | None = None
    current_spend_usd_per_month: float | None = Field(default=None, ge=0)
    budget_usd_per_month: float | None = Field(default=None, ge=0)

    def flat(self) -> dict[str, Any]:
        """Stated facts as ``{name: value}``; the team is split into ``team.<key>`` entries."""
        out: dict[str, Any] = {}
        for name, value in self.model_dump(exclude_none=True).items():
            if name == "team":
                out.update({f"team.{k}": v for k, v in value.items()})
            elif name == "compliance":
                out[name] = sorted(value)
            else:
                out[name] = value
        return out


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    family: str
    voice: Voice
    asked: str | None = None
    text: str
    facts: Facts = Field(default_factory=Facts)
    unclear: list[str] = Field(default_factory=list)
    source: str = Field(default="", description="file stem it was read from (filled in by the loader)")

    @property
    def expecting(self) -> list[str]:
        return [self.asked] if self.asked else []


class CorpusError(ValueError):
    """A corpus file or entry that does not follow the schema."""


def corpus_files(directories: Iterable[Path] | None = None) -> list[Path]:
    dirs = list(directories) if directories is not None else [CORPUS_DIR]
    return sorted(p for d in dirs if d.is_dir() for p in d.glob("*.yaml"))


def load_corpus(directories: Iterable[Path] | None = None, strict: bool = True) -> list[Entry]:
    """Every entry of every corpus file; ``strict=False`` skips invalid entries instead of raising."""
    entries: list[Entry] = []
    seen: set[str] = set()
    for path in corpus_files(directories):
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            if strict:
                raise CorpusError(f"{path.name}: not valid YAML ({exc})") from exc
            continue
        if not isinstance(raw, list):
            if strict:
                raise CorpusError(f"{path.name}: expected a list of entries")
            continue
        for i, item in enumerate(raw):
            try:
                entry = Entry.model_validate({**item, "source": path.stem} if isinstance(item, dict) else item)
            except ValidationError as exc:
                if strict:
                    ident = item.get("id", f"#{i}") if isinstance(item, dict) else f"#{i}"
                    raise CorpusError(f"{path.name}: entry {ident}: {exc}") from exc
                continue
            if entry.id in seen:
                if strict:
                    raise CorpusError(f"{path.name}: duplicate id {entry.id}")
                continue
            seen.add(entry.id)
            entries.append(entry)
    return entries


def split_of(family: str) -> Split:
    """Deterministic split by template family: 60% train, 10% calibration, 30% test."""
    bucket = int(hashlib.sha256(family.encode()).hexdigest(), 16) % 10
    if bucket < 6:
        return "train"
    return "calibration" if bucket == 6 else "test"


def digest(entries: Iterable[Entry]) -> str:
    """A hash of the training-relevant content, to check that committed weights match the corpus."""
    h = hashlib.sha256()
    for e in sorted(entries, key=lambda e: e.id):
        h.update(repr((e.id, e.family, e.asked, e.text, sorted(e.facts.flat().items()), sorted(e.unclear))).encode())
    return h.hexdigest()
