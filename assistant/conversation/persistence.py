"""The session as stored: what resuming needs, each part once, and the session rebuilt from it."""

from __future__ import annotations

from typing import Any, Self

from assistant.conversation.records import TurnRecord
from assistant.conversation.scenarios import Scenario
from assistant.conversation.state import SessionState
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import DialogueState
from tools.catalog import Catalog


class StoredSession(SessionState):
    """To and from the stored state."""

    def _history_turns(self) -> list[int] | None:
        """The history as indices of the turns it repeats (a model's history is the turns' words, less
        the empty messages), or None when it is not that."""
        picked: list[int] = []
        pairs = iter(enumerate(self.turns))
        for user, assistant in zip(self.history[::2], self.history[1::2], strict=False):
            for i, t in pairs:
                if t.user == user["content"] and t.assistant == assistant["content"]:
                    picked.append(i)
                    break
            else:
                return None
        if len(self.history) % 2 or any(
            m["role"] != ("user" if n % 2 == 0 else "assistant") or set(m) != {"role", "content"}
            for n, m in enumerate(self.history)
        ):
            return None
        return picked

    def to_dict(self) -> dict[str, Any]:
        """The state to store: what resuming needs, each part once (the model's history as indices of
        the turns it repeats; tool calls without the results the model read that turn)."""
        history = self._history_turns()
        return {
            "id": self.id,
            "profile": self.profile.model_dump(mode="json"),
            "options": self.options.model_dump(),
            "baseline": self.baseline.model_dump(mode="json") if self.baseline else None,
            "scenarios": [s.model_dump(mode="json") for s in self.scenarios],
            "active": self.active,
            "dialogue": self.dialogue.model_dump(mode="json"),
            **({"history_turns": history} if history is not None else {"history": self.history}),
            "turns": [t.model_dump(mode="json", exclude={"tool_calls": {"__all__": {"result"}}}) for t in self.turns],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], catalog: Catalog) -> Self:
        s = cls(catalog, AnalysisOptions(**data.get("options", {})), data.get("id"))
        s.profile = WorkloadProfile.model_validate(data.get("profile", {}))
        s.baseline = Analysis.model_validate(data["baseline"]) if data.get("baseline") else None
        s.scenarios = [Scenario.model_validate(x) for x in data.get("scenarios", [])]
        s.active = data.get("active")
        if "dialogue" in data:
            s.dialogue = DialogueState.model_validate(data["dialogue"])
        else:  # saved before the dialogue policy kept its own state
            s.dialogue = DialogueState(expecting=list(data.get("expecting", [])), pending=data.get("pending"))
        s.turns = [TurnRecord.model_validate(t) for t in data.get("turns", [])]
        if "history_turns" in data:
            s.history = [
                m
                for i in data["history_turns"]
                if 0 <= i < len(s.turns)
                for m in (
                    {"role": "user", "content": s.turns[i].user},
                    {"role": "assistant", "content": s.turns[i].assistant},
                )
            ]
        else:
            s.history = list(data.get("history", []))
        return s
