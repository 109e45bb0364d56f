"""The audited figures as data: one row per figure an article states, read from ``tools/data/audit*.toml``."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tools.audit.figures import RecomputedWith, Unit
from tools.audit.recipes import RECIPES
from tools.sources import ARTICLES

DATA_DIR = Path(__file__).parents[1] / "data"
Judge = Literal["figure", "ceiling", "estimate"]


class AuditRow(BaseModel):
    """One figure an article states, and how the advisor recomputes it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[A-Z]\d+$", description="stable id: article letter and number")
    article: str = Field(description="article slug")
    section: str = Field(min_length=1, description="section or table the figure is in")
    claim: str = Field(min_length=1, description="what the article says, in our words ({name} quotes a recipe word)")
    quoted: str = Field(min_length=1, max_length=60, description="the figure as the article writes it")
    stated: float = Field(description="the stated value (a range's low end; 0 for 'under X')")
    stated_high: float | None = Field(default=None, description="upper end when a range is stated")
    unit: Unit
    rounding_step: float = Field(gt=0, description="the article states the figure to this precision")
    tolerance_share: float = Field(default=0.01, ge=0, le=0.1, description="relative slack besides the rounding")
    recipe: str
    inputs: dict[str, Any] = Field(default_factory=dict)
    kind: RecomputedWith = Field(description="engine or arithmetic; must be the recipe's")
    judge: Judge = Field(
        default="figure",
        description="figure: within tolerance; ceiling: a speed above the physical ceiling is impossible; "
        "estimate: a speed outside the calibrated estimate's range is optimistic or pessimistic",
    )
    how: str = Field(min_length=1, description="how we recomputed it, as the verdict words it")

    @field_validator("article")
    @classmethod
    def _known_article(cls, value: str) -> str:
        if value not in ARTICLES:
            raise ValueError(f"unknown article {value!r}; known: {', '.join(sorted(ARTICLES))}")
        return value

    @model_validator(mode="after")
    def _recipe_fits(self) -> AuditRow:
        recipe = RECIPES.get(self.recipe)
        if recipe is None:
            raise ValueError(f"{self.id}: unknown recipe {self.recipe!r}; known: {', '.join(sorted(RECIPES))}")
        if recipe.kind != self.kind:
            raise ValueError(f"{self.id}: recipe {self.recipe} is {recipe.kind}, the row says {self.kind}")
        recipe.inputs.model_validate(self.inputs)
        if self.stated_high is not None and self.stated_high < self.stated:
            raise ValueError(f"{self.id}: stated_high is below stated")
        if self.judge != "figure" and self.unit != "tokens/s":
            raise ValueError(f"{self.id}: only tokens/s claims are judged as speeds")
        return self


class AuditFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    as_of: str = Field(description="when the rows were last checked against the articles")
    figure: list[AuditRow]

    @model_validator(mode="after")
    def _unique_ids(self) -> AuditFile:
        ids = [row.id for row in self.figure]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate ids: {', '.join(duplicates)}")
        return self


def load_rows(path: Path) -> list[AuditRow]:
    """Read and validate one audit data file."""
    return list(AuditFile.model_validate(tomllib.loads(path.read_text())).figure)


@cache
def audit_rows() -> tuple[AuditRow, ...]:
    """Every audited figure, from ``tools/data/audit*.toml`` in name order."""
    rows = [row for path in sorted(DATA_DIR.glob("audit*.toml")) for row in load_rows(path)]
    ids = [row.id for row in rows]
    if len(set(ids)) != len(ids):
        raise ValueError("an audit id appears in two audit data files")
    return tuple(rows)
