"""The forty scripted personas (tests/data/personas/personas.yaml) run through the offline advisor.

Each persona's turns go through the same agent and session as ``advisor chat --script FILE --json``;
the checks read the same JSON shapes (``profile`` as {value, origin, quote}, ``recommendation``).
Four checks per persona, so a failure says which part broke: the conversation reached a
recommendation within the script; the facts the persona stated are stored as said; denied,
corrected or never-said facts are not; the recommended option is one the persona accepts.
The expectations come from the persona file, written separately from this code.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.root import recommendation_summary

PERSONAS_FILE = Path(__file__).parent / "data" / "personas" / "personas.yaml"
PERSONAS: list[dict[str, Any]] = yaml.safe_load(PERSONAS_FILE.read_text(encoding="utf-8"))
IDS = [p["id"] for p in PERSONAS]
BY_ID = {p["id"]: p for p in PERSONAS}
KNOWN_GAPS: dict[str, list[str]] = yaml.safe_load(
    (PERSONAS_FILE.parent / "known_gaps.yaml").read_text(encoding="utf-8")
)


def cases(check: str) -> list[Any]:
    """Every persona; the known gaps of this check run as non-strict xfails (a fix shows as XPASS)."""
    gaps = set(KNOWN_GAPS.get(check) or [])
    mark = pytest.mark.xfail(reason="known gap, see tests/data/personas/known_gaps.yaml", strict=False)
    return [pytest.param(i, marks=mark) if i in gaps else i for i in IDS]


NUMERIC = {
    "tokens_per_month",
    "input_share",
    "latency_p99_ms",
    "current_spend_usd_per_month",
    "budget_usd_per_month",
    "request_input_tokens",
    "request_output_tokens",
    "simple_share",
    "peak_to_average",
}
_RUNS: dict[str, dict[str, Any]] = {}


@pytest.fixture(scope="module")
def advisor(full_index) -> Advisor:
    return Advisor(OfflineAdvisorModel(), full_index)


def run(persona_id: str, advisor: Advisor, catalog) -> dict[str, Any]:
    """The persona's script, once per test run, as the JSON ``advisor chat --script --json`` prints."""
    if persona_id not in _RUNS:
        session = AdvisorSession(catalog)

        async def script() -> None:
            for line in BY_ID[persona_id]["turns"]:
                await advisor.turn(session, line)

        asyncio.run(script())
        _RUNS[persona_id] = {
            "turns": [t.assistant for t in session.turns],
            "profile": session.profile.summary(),
            "recommendation": recommendation_summary(session),
        }
    return _RUNS[persona_id]


def matches(field: str, stored: Any, expected: Any) -> bool:
    if field in NUMERIC:
        return stored is not None and abs(float(stored) - float(expected)) <= 0.05 * abs(float(expected))
    if field == "compliance":
        return set(stored or []) == set(expected)
    if isinstance(expected, dict):
        return isinstance(stored, dict) and all(k in stored and matches(k, stored[k], v) for k, v in expected.items())
    return bool(stored == expected)


def said(profile: dict[str, Any], field: str) -> Any:
    entry = profile.get(field) or {}
    return entry.get("value") if entry.get("origin") == "said" else None


@pytest.mark.parametrize("persona_id", IDS)
def test_persona_reaches_a_recommendation(persona_id: str, advisor: Advisor, catalog) -> None:
    out = run(persona_id, advisor, catalog)
    assert out["recommendation"] is not None, out["turns"][-1][:600]
    rec = out["recommendation"]
    assert rec["option"] and rec["headline"] and rec["reasons"] and rec["monthly_usd"] > 0


@pytest.mark.parametrize("persona_id", cases("facts_are_stored_as_said"))
def test_persona_facts_are_stored_as_said(persona_id: str, advisor: Advisor, catalog) -> None:
    out = run(persona_id, advisor, catalog)
    profile = out["profile"]
    wrong = {
        field: {"expected": expected, "stored": profile.get(field)}
        for field, expected in (BY_ID[persona_id].get("expect_facts") or {}).items()
        if not matches(field, said(profile, field), expected)
    }
    assert not wrong, wrong


@pytest.mark.parametrize("persona_id", cases("denied_facts_are_not_stored"))
def test_persona_denied_facts_are_not_stored(persona_id: str, advisor: Advisor, catalog) -> None:
    out = run(persona_id, advisor, catalog)
    profile = out["profile"]
    stored_wrongly = []
    for rule in BY_ID[persona_id].get("must_not_store") or []:
        field, _, sub = str(rule["field"]).partition(".")
        value = said(profile, field)
        if value is not None and sub:
            value = value.get(sub) if isinstance(value, dict) else None
        if value is None:
            continue
        if "value" not in rule:
            stored_wrongly.append((rule["field"], value))
        elif field == "compliance" and not sub:
            if rule["value"] in value:
                stored_wrongly.append((rule["field"], value))
        elif matches(sub or field, value, rule["value"]):
            stored_wrongly.append((rule["field"], value))
    assert not stored_wrongly, stored_wrongly


@pytest.mark.parametrize("persona_id", cases("option_is_acceptable"))
def test_persona_option_is_acceptable(persona_id: str, advisor: Advisor, catalog) -> None:
    out = run(persona_id, advisor, catalog)
    persona = BY_ID[persona_id]
    rec = out["recommendation"]
    assert rec is not None, "no recommendation"
    assert rec["option"] not in (persona.get("forbidden_options") or []), (rec["option"], rec["reasons"])
    assert rec["option"] in persona["acceptable_options"], (rec["option"], rec["reasons"])
