"""A turn as it is recorded: the user's words, the advisor's answer, its tool calls and citations."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.decision.results import Analysis
from assistant.interview.policy import Plan


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
