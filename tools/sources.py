"""Where a figure comes from: an article section, the price catalog, a user file, or an assumption."""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SourceKind = Literal["article", "catalog", "vendor", "user", "assumption", "spec"]

ARTICLES: dict[str, tuple[str, str, str]] = {
    # slug: (title, publisher, date as stated)
    "math-ml-strategy-2026": (
        "The Math That Will Determine Your ML Strategy in 2026",
        "opinion piece",
        "2026-06",
    ),
    "cost-modeling-guide-2026": (
        "Self-Hosted LLMs vs APIs: A Complete Cost Modeling Guide for 2026",
        "guide",
        "2026-04",
    ),
    "self-hosting-worth-it-2026": (
        "Is Self-Hosting AI Models Worth It in 2026?",
        "consultancy write-up",
        "2026",
    ),
    "devtk-real-cost-breakdown-2026": (
        "Self-Hosting LLMs vs API: The Real Cost Breakdown (2026)",
        "DevTk.AI",
        "2026-02-24",
    ),
    "cost-illusion": ("The Cost Illusion", "essay", "2026"),
}

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Source(BaseModel):
    """The origin of one figure, precise enough to look it up."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: SourceKind = Field(
        description="article, catalog, vendor (the provider's own price page), user, assumption or spec"
    )
    title: str = Field(description="article title, catalog name, file name or assumption name")
    section: str | None = Field(default=None, description="section or table the figure is in")
    as_of: str = Field(description="date the figure was stated: YYYY, YYYY-MM or YYYY-MM-DD")
    article: str | None = Field(default=None, description="article slug when kind is article")

    @model_validator(mode="before")
    @classmethod
    def _expand_article(cls, data: Any) -> Any:
        """Data files may cite an article by slug and section only; title and date follow."""
        if isinstance(data, dict) and data.get("kind") == "article" and data.get("article") in ARTICLES:
            title, _publisher, date = ARTICLES[data["article"]]
            data = {"title": title, "as_of": date, **data}
        return data

    @field_validator("as_of")
    @classmethod
    def _date_shape(cls, value: str) -> str:
        if not _DATE.match(value):
            raise ValueError("as_of must look like YYYY, YYYY-MM or YYYY-MM-DD")
        return value

    def label(self) -> str:
        """One line for people: title, section and date."""
        parts = [self.title]
        if self.section:
            parts.append(self.section)
        return " — ".join(parts) + f" ({self.as_of})"


@functools.lru_cache(maxsize=512)  # sources are frozen: one shared instance per citation is safe
def article_source(slug: str, section: str) -> Source:
    """Cite a section of one of the five source articles."""
    if slug not in ARTICLES:
        raise ValueError(f"unknown article slug {slug!r}; known: {', '.join(sorted(ARTICLES))}")
    title, _publisher, date = ARTICLES[slug]
    return Source(kind="article", title=title, section=section, as_of=date, article=slug)


def assumption(name: str, detail: str, as_of: str = "2026-11") -> Source:
    """Mark a default that no article or catalog states, so users know to check it."""
    return Source(kind="assumption", title=name, section=detail, as_of=as_of)
