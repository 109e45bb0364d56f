"""Subcommands of the `advisor` command line, one module per area."""

from __future__ import annotations

from typing import Any


def register_all(sub: Any) -> None:
    from assistant.cli import api, chat, decide, doctor, knowledge, models, selfhost, ui

    api.register(sub)
    selfhost.register(sub)
    decide.register(sub)
    knowledge.register(sub)
    chat.register(sub)
    models.register(sub)
    ui.register(sub)
    doctor.register(sub)
