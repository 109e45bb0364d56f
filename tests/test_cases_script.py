"""The eight cases of issue 11, three voices each, end to end through ``advisor chat --script FILE --json``.

Each script in ``tests/data/cases/`` is a conversation as a user would type it (terse, chatty, or in
non-native English). It runs through the real command-line entry point on the offline policy; the
expectations in ``tests/data/cases/cases.yaml`` say what an infrastructure lead would sign (written from
the issue text): the recommended option, the options excluded with the constraint and reason, and the
words the answer must say why with.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

CASES_DIR = Path(__file__).parent / "data" / "cases"
CASES: dict[str, dict[str, Any]] = yaml.safe_load((CASES_DIR / "cases.yaml").read_text(encoding="utf-8"))
VOICES = ("terse", "chatty", "nonnative")
SCRIPTS = [(case, voice) for case in CASES for voice in VOICES]
_RUNS: dict[tuple[str, str], dict[str, Any]] = {}


@pytest.fixture
def indexed(monkeypatch: pytest.MonkeyPatch, full_index: Any) -> Any:
    from assistant.settings import get_settings
    from knowledge.service import open_index

    monkeypatch.setenv("ADVISOR_INDEX_DIR", str(full_index.path))
    get_settings.cache_clear()
    open_index.cache_clear()
    yield
    get_settings.cache_clear()
    open_index.cache_clear()


REPORT_ASK = "full report"  # after the conversation, the user asks for the whole analysis again


def run_case(case: str, voice: str, advisor: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The script, then "full report", through `advisor chat --script FILE --json`, once per test run."""
    if (case, voice) not in _RUNS:
        script = tmp_path_factory.mktemp("case") / f"{case}-{voice}.txt"
        text = (CASES_DIR / f"{case}-{voice}.txt").read_text(encoding="utf-8")
        script.write_text(text.rstrip("\n") + f"\n{REPORT_ASK}\n", encoding="utf-8")
        r = advisor("chat", "--script", str(script), "--json")
        assert r.code == 0, r.err
        _RUNS[(case, voice)] = r.json()
    return _RUNS[(case, voice)]


def answer_text(out: dict[str, Any]) -> str:
    """The whole analysis the user asked for at the end (the answer that says why). Later facts after the
    first recommendation get only what changed; that one is checked in ``test_case_updates_say_what_changed``."""
    last = out["turns"][-1]
    assert last["user"] == REPORT_ASK
    assert [c["name"] for c in last["tool_calls"]] == ["explain_advice", "search_guidance"], last["tool_calls"]
    return str(last["assistant"])


def test_every_case_has_three_voices() -> None:
    for case, voice in SCRIPTS:
        lines = [ln for ln in (CASES_DIR / f"{case}-{voice}.txt").read_text(encoding="utf-8").splitlines() if ln]
        assert len(lines) >= 5, (case, voice)
    # the voices really differ: no two variants of a case share a line
    for case in CASES:
        seen: set[str] = set()
        for voice in VOICES:
            lines = set((CASES_DIR / f"{case}-{voice}.txt").read_text(encoding="utf-8").splitlines())
            assert not (seen & lines), (case, voice, seen & lines)
            seen |= lines


@pytest.mark.parametrize(("case", "voice"), SCRIPTS, ids=[f"{c}-{v}" for c, v in SCRIPTS])
def test_case_recommendation(
    case: str, voice: str, advisor: Any, indexed: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    want = CASES[case]
    out = run_case(case, voice, advisor, tmp_path_factory)
    rec = out["recommendation"]
    assert rec is not None, out["turns"][-1]["assistant"][:600]
    assert rec["option"] in want["recommended"], (rec["headline"], rec["reasons"])
    if "choice_matches" in want:
        assert re.search(want["choice_matches"], rec["choice"]), rec["choice"]
    if "choice_not" in want:
        assert not re.search(want["choice_not"], rec["choice"]), rec["choice"]
    assert rec["feasible"] is want["feasible"], (rec["headline"], rec["relax"])
    if not want["feasible"]:
        assert rec["relax"] and all(r.startswith("relax ") for r in rec["relax"]), rec["relax"]


@pytest.mark.parametrize(("case", "voice"), SCRIPTS, ids=[f"{c}-{v}" for c, v in SCRIPTS])
def test_case_exclusions(
    case: str, voice: str, advisor: Any, indexed: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    want = CASES[case]
    rec = run_case(case, voice, advisor, tmp_path_factory)["recommendation"]
    assert rec is not None
    excluded = rec["excluded"]
    assert rec["choice"] not in {e["name"] for e in excluded}
    for kind, rule in (want.get("excluded") or {}).items():
        of_kind = [e for e in excluded if e["kind"] == kind]
        hits = [e for e in of_kind if e["constraint"] == rule["constraint"] and re.search(rule["reason"], e["reason"])]
        assert hits, (kind, rule, [(e["name"], e["constraint"], e["reason"]) for e in of_kind][:5])
    for constraint in want.get("not_excluded_for") or []:
        wrong = [e["name"] for e in excluded if e["constraint"] == constraint]
        assert not wrong, (constraint, wrong)


@pytest.mark.parametrize(("case", "voice"), SCRIPTS, ids=[f"{c}-{v}" for c, v in SCRIPTS])
def test_case_reply_says_why(
    case: str, voice: str, advisor: Any, indexed: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    want = CASES[case]
    out = run_case(case, voice, advisor, tmp_path_factory)
    text = answer_text(out)
    assert "Recommendation" in text and out["recommendation"]["choice"] in text
    for pattern in want["reply_says"]:
        assert re.search(pattern, text), (pattern, text[:1500])
    # nothing internal reaches the user
    assert not re.search(r"\b(data_boundary|fine_tuning|batch_api|self_host|managed_open_weight)\b", text)


@pytest.mark.parametrize(("case", "voice"), SCRIPTS, ids=[f"{c}-{v}" for c, v in SCRIPTS])
def test_case_updates_say_what_changed(
    case: str, voice: str, advisor: Any, indexed: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The first recommendation is the whole report; each later turn that re-ran the analysis says only
    whether the recommendation stays or changes (and the costs that moved), ending on the final choice."""
    out = run_case(case, voice, advisor, tmp_path_factory)
    analysed = [t for t in out["turns"] if any(c["name"] == "analyze_workload" for c in t["tool_calls"])]
    assert analysed, "no turn ran the analysis"
    first, later = analysed[0]["assistant"], [t["assistant"] for t in analysed[1:]]
    assert "### Recommendation" in first and "#### What each article's framework says" in first
    for text in later:
        assert "#### What each article's framework says" not in text and "#### Assumptions" not in text
        assert re.search(r"The recommendation (?:stays|changes): \*\*|Nothing in the analysis moved", text), text
        assert len(text.splitlines()) < len(first.splitlines()) / 2, text
    assert out["recommendation"]["choice"] in (later or [first])[-1]
