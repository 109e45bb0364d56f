"""What one conversation holds (profile, options, baseline, scenarios, dialogue state, transcript) and the
small questions asked of it. The session is built from this and the parts that plan a turn and store it."""

from __future__ import annotations

import uuid
from typing import Any

from assistant.conversation.records import TurnRecord
from assistant.conversation.scenarios import Scenario
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview.describe import model_name
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import DialogueState, open_topics
from tools.catalog import Catalog
from tools.results import Conventions


class SessionState:
    """The state of one conversation and what the planning, the tools and the store read of it."""

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
