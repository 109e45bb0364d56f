"""placeholder"""
from __future__ import annotations
from typing import Any
from assistant.interview import cues

def combine(t: str, expecting: list[str], votes: cues.Votes, facts: dict[str, Any], unclear: list[str]) -> tuple[dict[str, Any], list[str]]:
    return facts, unclear
