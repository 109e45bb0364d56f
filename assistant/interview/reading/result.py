"""What the reader returns: ``ParseResult``, what one user message said in profile terms, made of ``Update``
values each with the user's own words it was read from.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Update(BaseModel):
    field: str
    value: Any
    quote: str = Field(description="the user's own words it was read from")
    note: str | None = Field(default=None, description="how the words were interpreted")
    correction: bool = Field(
        default=False, description="the user corrects an earlier value ('actually 15M, not 40M'): may overwrite"
    )
    added: bool = Field(
        default=False,
        description="the volume of a further workload, to add to the one said ('we also have a chatbot ...')",
    )
    earlier_words: bool = Field(
        default=False,
        description="the quote is words said in an earlier message, as this one corrects them ('6k docs not 4k')",
    )


class ParseResult(BaseModel):
    """What one user message said, in profile terms."""

    updates: list[Update] = Field(default_factory=list)
    intents: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    confirm: str | None = None
    notes: list[str] = Field(default_factory=list, description="what the reading set aside, in words for the reply")
    pending: dict[str, Any] | None = Field(default=None, description="value awaiting confirmation")
    leaning: dict[str, Any] = Field(
        default_factory=dict,
        description="for a fact asked about because its words were unclear, the strictest value they allow: what is "
        "assumed if the question is skipped ('no third-party API' may still allow the user's own cloud)",
    )
    clarify: list[str] = Field(
        default_factory=list, description="fields touched but unclear or contradictory: ask, do not store"
    )
    once: str | None = Field(
        default=None,
        description="the user's words for a one-time amount left out of the monthly volume ('a backlog of 40,000 "
        "pages')",
    )
    bar_at_current: bool = Field(
        default=False, description="the quality bar is the model in use today, which this message does not name"
    )
    input_added_tokens: float | None = Field(
        default=None,
        description="tokens said to be added to every request's input, on top of a size said before ('our playbook "
        "adds a further 2,000 tokens to every query')",
    )

    def fields(self) -> list[str]:
        return [u.field for u in self.updates]
