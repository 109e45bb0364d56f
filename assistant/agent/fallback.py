"""When the model fails a turn: the circuit breaker that pauses it for the conversation, the session
snapshot that undoes its turn (keeping the facts it recorded from the user's own numbers), and the
refused reply's problem in words a user may read.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.agent.middleware import SNAKE
from assistant.conversation.session import AdvisorSession
from assistant.interview.facts import WorkloadProfile


@dataclass
class Breaker:
    """Failed turns in a row for one conversation, and until when the model is paused."""

    failures: int = 0
    open_until: float = 0.0


class Snapshot:
    """The session as it was before the model ran, to undo a turn the model could not finish."""

    def __init__(self, session: AdvisorSession, before_parse: WorkloadProfile) -> None:
        self.parsed_before = before_parse
        self.profile = session.profile.model_copy(deep=True)
        self.baseline, self.scenarios, self.active = session.baseline, list(session.scenarios), session.active

    def restore(self, session: AdvisorSession, keep: Callable[[Any], bool]) -> list[str]:
        """Undo the model's turn, keeping the facts it recorded that pass ``keep``; returns their names."""
        recorded = {
            name: fact
            for name, fact in session.profile.facts.items()
            if self.profile.facts.get(name) != fact
            # the parser read this field from the user's message this turn: its reading stands
            and self.parsed_before.facts.get(name) == self.profile.facts.get(name)
        }
        session.profile = self.profile
        session.baseline, session.scenarios, session.active = self.baseline, self.scenarios, self.active
        kept = [name for name, fact in recorded.items() if keep(fact.value)]
        for name in kept:
            session.profile.facts[name] = recorded[name]
        return kept


def grounded_value(value: Any, allowed: list[float]) -> bool:
    """A fact the model recorded is kept when every number in it is one the user wrote (or a
    day/month view of one); words and flags are kept as the schema validated them."""
    numbers: list[float] = []

    def walk(v: Any) -> None:
        if isinstance(v, bool) or v is None:
            return
        if isinstance(v, int | float):
            numbers.append(float(v))
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list | tuple):
            for x in v:
                walk(x)

    walk(value)
    with contextlib.suppress(Exception):
        return all(
            (n <= 10 and n.is_integer())
            or any(abs(n - a) <= 0.005 * max(abs(a), 1e-9) for a in allowed)
            or any(abs(n * 100 - a) <= 0.005 * max(abs(a), 1e-9) for a in allowed)
            for n in numbers
        )
    return False


def reason_words(reason: str) -> str:
    """The refused reply's problem, without tool names (users never see those)."""
    text = re.sub(r"did not call [a-z_]+(?:, which this turn needs)?", "skipped a step this turn needs", reason)
    text = re.sub(r"called a tool that is not available \([^)]*\)", "asked for a tool that does not exist", text)
    return SNAKE.sub("a tool", text)
