"""Chainlit's step clock without the blocking sleep.

Chainlit sleeps one millisecond in every ``Message`` and ``Step`` constructor so that two of them never
share a creation time. On the server that sleep blocks the event loop: every user waits while any turn
builds its answer (a recommendation builds four or five steps). ``StepClock`` keeps the guarantee the
sleep was for, at the clock's own resolution: a constructor returns once the microsecond clock has moved
past the one the previous constructor saw, so creation times still increase (Chainlit stamps them in
microseconds), and the history orders any equal ones by write order.
"""

from __future__ import annotations

import importlib
import time
from typing import Any


class StepClock:
    """Stands in for the ``time`` module inside ``chainlit.step`` and ``chainlit.message``."""

    def __init__(self) -> None:
        self.last_us = 0

    def sleep(self, _seconds: float) -> None:
        """Return as soon as the microsecond clock has passed the last value this clock handed out."""
        while (now := time.time_ns() // 1000) <= self.last_us:
            pass
        self.last_us = now

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


def install() -> None:
    """Use one ``StepClock`` for Chainlit's messages and steps (idempotent)."""
    # by module path: the package's own ``chainlit.step`` name is the decorator, not the module
    modules = [importlib.import_module(name) for name in ("chainlit.step", "chainlit.message")]
    current = getattr(modules[0], "time", None)
    clock = current if isinstance(current, StepClock) else StepClock()
    for module in modules:
        setattr(module, "time", clock)  # noqa: B010  (their only use of it is the sleep)
