"""Models named in text, with their quality tier: "at least as good as GPT-4o mini", "Llama-70B-level is enough".

Every model the price list knows (``articles.toml``: its tier and source), every open-weight model (tier from
its size: about 60B parameters or more is strong, below is small, as the analysis sizes them), and the models
people name as a bar that are not priced here (``tools/data/model_tiers.toml``). Names are matched whatever
their spelling ("gpt 4o mini", "GPT-4o-mini", "gpt4o mini"); a bare word that is also an everyday word
("together", "flash") is not a name.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.catalog import _base_data, compact
from tools.catalog_models import QualityTier
from tools.sources import Source

DATA = Path(__file__).parent / "data" / "model_tiers.toml"
STRONG_OPEN_PARAMS_B = 60.0  # as assistant/decision/fleets.py sizes an open model's tier
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)*")
_MAX_WORDS = 5
# single words that are everyday words first: never read as a model's name on their own
_COMMON = frozenset({"together", "groq", "flash", "scout", "maverick", "small", "large", "mini", "pro", "turbo"})


# a family named without its version: its current model ("Opus-level", "sonnet quality")
FAMILIES = {
    "opus": "claude-opus-4.5",
    "claude opus": "claude-opus-4.5",
    "sonnet": "claude-sonnet-4.5",
    "claude sonnet": "claude-sonnet-4.5",
    "haiku": "claude-haiku-4.5",
    "claude haiku": "claude-haiku-4.5",
    "gemini pro": "gemini-2.5-pro",
    "grok": "grok-3",
    "chatgpt 4o": "gpt-4o",
    "chatgpt 4o mini": "gpt-4o-mini",
    "chatgpt 5": "gpt-5",
}


class NamedModel(BaseModel):
    """A model as people name it, with its quality tier and where the tier comes from."""

    model_config = ConfigDict(frozen=True)

    slug: str
    name: str
    tier: QualityTier
    source: Source
    open_weight: bool = False


class _TierEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    tier: QualityTier
    source: str = Field(description="a key of [sources]")


class _TierFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    sources: dict[str, Source]
    models: tuple[_TierEntry, ...]

    @model_validator(mode="after")
    def _known_sources(self) -> _TierFile:
        for m in self.models:
            if m.source not in self.sources:
                raise ValueError(f"model {m.slug!r}: source {m.source!r} is not in [sources]")
        return self


def _open_source(tier: QualityTier) -> Source:
    if tier == "strong":
        return Source(
            kind="assumption",
            title="Strong open-weight models",
            section="open-weight models of about 70B parameters or more reach previous-generation flagship quality "
            "on public leaderboards (LMArena, Artificial Analysis, 2025)",
            as_of="2026-11",
        )
    return Source(
        kind="assumption",
        title="Small models",
        section="models under about 30B parameters: classification, extraction and routing, not open-ended reasoning",
        as_of="2026-11",
    )


@cache
def _index() -> dict[str, NamedModel]:
    """Compact name -> model, for every name and alias (the price list first, then open models, then the tiers)."""
    out: dict[str, NamedModel] = {}

    def put(names: tuple[str, ...], model: NamedModel) -> None:
        for n in names:
            key = compact(n)
            if key and key not in _COMMON and not key.isdigit():
                out.setdefault(key, model)

    data = _base_data()
    open_slugs = {o.slug for o in data.open_models}
    for a in data.api:
        if a.quality_tier is None or a.quality_source is None:
            continue
        # (an open model some provider also sells by the token, Llama 3.3 70B, is open-weight all the same)
        model = NamedModel(
            slug=a.slug,
            name=a.name.split(" (")[0],
            tier=a.quality_tier,
            source=a.quality_source,
            open_weight=a.slug in open_slugs,
        )
        put((a.slug, a.name.split(" (")[0], *a.aliases), model)
    for o in data.open_models:
        tier: QualityTier = "strong" if o.params_b >= STRONG_OPEN_PARAMS_B else "small"
        model = NamedModel(slug=o.slug, name=o.name, tier=tier, source=_open_source(tier), open_weight=True)
        put((o.slug, o.name, *o.aliases), model)
    with DATA.open("rb") as f:
        tiers = _TierFile.model_validate(tomllib.load(f))
    for e in tiers.models:
        model = NamedModel(slug=e.slug, name=e.name, tier=e.tier, source=tiers.sources[e.source])
        put((e.slug, e.name, *e.aliases), model)
    by_slug = {m.slug: m for m in out.values()}
    for word, slug in FAMILIES.items():  # a family named alone is its current model, as the reader takes it
        if slug in by_slug:
            out[compact(word)] = by_slug[slug]
    return out


def named_model(name: str) -> NamedModel | None:
    """The model behind one name ('gpt-4o-mini', 'Claude Haiku 4.5'), if its tier is known."""
    return _index().get(compact(name))


def find_models(text: str) -> list[tuple[int, int, NamedModel]]:
    """Every model named in ``text`` (lower case), longest name first, as (start, end, model)."""
    index = _index()
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    out: list[tuple[int, int, NamedModel]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
            key = compact("".join(t[2] for t in tokens[i : i + n]))
            model = index.get(key)
            if model is not None:
                out.append((tokens[i][0], tokens[i + n - 1][1], model))
                i += n
                break
        else:
            i += 1
    return out
