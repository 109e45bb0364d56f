"""Chainlit's messages and steps are built without blocking the event loop, and still get increasing
creation times."""

from __future__ import annotations

import asyncio
import importlib
import itertools
import time
from typing import Any

import pytest


def test_steps_and_messages_do_not_sleep_and_stay_ordered(monkeypatch: pytest.MonkeyPatch) -> None:
    asyncio.run(_steps_and_messages(monkeypatch))


async def _steps_and_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    import chainlit as cl
    from chainlit.context import init_http_context

    from assistant.web import clock

    modules = [importlib.import_module(name) for name in ("chainlit.step", "chainlit.message")]
    for module in modules:  # as Chainlit ships (another test may have installed it)
        monkeypatch.setattr(module, "time", time)
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", lambda s: slept.append(s))
    init_http_context()

    cl.Step(name="before")  # Chainlit's own constructor sleeps (this is what install replaces)
    assert slept, "Chainlit no longer sleeps in Step(): the clock patch can go"
    slept.clear()

    clock.install()
    clock.install()  # idempotent: one clock shared by both modules
    assert isinstance(modules[0].time, clock.StepClock) and modules[0].time is modules[1].time
    stamps: list[str] = []
    for i in range(200):
        step = cl.Step(name=f"s{i}")
        stamps.append(step.created_at or "")
        message: Any = cl.Message(content="x")
        assert message.content == "x"
    assert slept == []
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_clock_hands_out_increasing_microseconds() -> None:
    from assistant.web.clock import StepClock

    c = StepClock()
    seen = []
    for _ in range(1000):
        c.sleep(0.001)
        seen.append(c.last_us)
    assert all(b > a for a, b in itertools.pairwise(seen))
    assert c.monotonic() > 0  # other names are the time module's
