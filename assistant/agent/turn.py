"""The running turn: what it cost on the model (``TurnStats``), its deadline and stream as the middleware
sees them (``Turn``, through a context variable), and how it fails (``ModelUnusable``).
"""

from __future__ import annotations

import asyncio
import contextvars
from dataclasses import dataclass, field

from assistant.agent.streaming import StreamGuard


class ModelUnusable(Exception):
    """The model gave no usable reply this turn; the offline policy answers instead."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind, self.reason = kind, reason


@dataclass
class TurnStats:
    """What one turn cost on the model, for benchmarks, tests and `advisor models check`."""

    seconds: float = 0.0
    model_seconds: float = 0.0  # spent on the model (up to the deadline)
    policy_seconds: float = 0.0  # spent on the offline policy's answer when it took over
    model_calls: int = 0
    prompt_tokens: list[int] = field(default_factory=list)  # per model call, as the server counted
    prompt_chars: list[int] = field(default_factory=list)  # per model call: system, messages, tool schemas
    needed_tool: str | None = None
    needed_tool_called: bool = False
    tool_calls: int = 0
    tool_calls_ok: int = 0
    corrections: int = 0
    fallback: str | None = None  # provider, reply, deadline, paused (None: the model answered)
    reason: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def prompt_tokens_est(self) -> int:
        """Tokens of the largest prompt: as counted by the server where it said, else chars / 4."""
        if self.prompt_tokens:
            return max(self.prompt_tokens)
        return max(self.prompt_chars, default=0) // 4


@dataclass
class Turn:
    """The running turn, as the middleware sees it (through a context variable)."""

    user: str
    deadline: float  # event-loop time
    deadline_s: float
    stats: TurnStats
    corrected: bool = False
    stream: StreamGuard | None = None

    def remaining(self) -> float:
        return self.deadline - asyncio.get_running_loop().time()


TURN: contextvars.ContextVar[Turn | None] = contextvars.ContextVar("advisor_turn", default=None)


def short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{type(exc).__name__}: {text[:200]}"
