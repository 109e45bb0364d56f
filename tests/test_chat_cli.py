from pathlib import Path

import pytest


@pytest.fixture
def indexed(monkeypatch: pytest.MonkeyPatch, full_index):
    from assistant.settings import get_settings
    from knowledge.service import open_index

    monkeypatch.setenv("ADVISOR_INDEX_DIR", str(full_index.path))
    get_settings.cache_clear()
    open_index.cache_clear()
    yield
    get_settings.cache_clear()
    open_index.cache_clear()


def test_chat_script_json(advisor, indexed, tmp_path: Path) -> None:
    script = tmp_path / "turns.txt"
    script.write_text(
        "we are a hospital under HIPAA with about 3k requests an hour at ~1,500 tokens each\n\n"
        "mostly input, business hours\nno ML engineers, one DevOps person\n"
        "we need GPT-5 level quality\nwhat if volume triples?\n"
    )
    r = advisor("chat", "--script", str(script), "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert set(data) == {"turns", "profile", "recommendation"}
    assert len(data["turns"]) == 5
    for turn in data["turns"]:
        assert {"user", "assistant", "tool_calls", "citations"} <= set(turn)
    analysis_turn = data["turns"][3]
    assert [c["name"] for c in analysis_turn["tool_calls"]] == ["analyze_workload", "search_guidance"]
    assert all({"name", "args", "result"} == set(c) for c in analysis_turn["tool_calls"])
    assert all({"source", "title", "section"} == set(c) for c in analysis_turn["citations"])
    # HIPAA allows a provider under a business associate agreement: a BAA-signing API or a dedicated deployment
    assert data["recommendation"]["option"] in ("api", "dedicated_deployment")
    assert "DeepSeek" not in data["recommendation"]["headline"]
    # the quote is the user's own words the fact was read from, not the reading's label
    line = "we are a hospital under HIPAA with about 3k requests an hour at ~1,500 tokens each"
    assert data["profile"]["compliance"] == {"value": ["hipaa"], "origin": "said", "quote": line}
    assert data["profile"]["budget_usd_per_month"]["origin"] == "default"


def test_chat_errors(advisor, indexed, tmp_path: Path, monkeypatch) -> None:
    r = advisor("chat", "--script", str(tmp_path / "none.txt"), "--json")
    assert r.code == 2 and "argument --script" in r.err
    from assistant.settings import get_settings

    monkeypatch.setenv("ADVISOR_MODEL", "gpt4")
    get_settings.cache_clear()
    bad = advisor("chat", "--script", str(tmp_path / "none.txt"))
    assert bad.code == 2 and "ADVISOR_MODEL" in bad.err and bad.err.count("\n") == 1


def test_export_in_the_terminal_writes_the_report_files(tmp_path) -> None:
    import asyncio

    from assistant.agent.loop import Advisor
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.cli.chat import export_files
    from assistant.conversation.session import AdvisorSession
    from assistant.decision.inputs import AnalysisOptions
    from tools.catalog import load_catalog

    session = AdvisorSession(load_catalog(), AnalysisOptions())
    assert "nothing to export yet" in export_files(session, "offline", tmp_path)
    assert not any(tmp_path.iterdir())
    line = "about 20M tokens a day, 80% input, steady, no compliance, 2 ML engineers, open source is fine"
    asyncio.run(Advisor(OfflineAdvisorModel(), None).turn(session, line))
    told = export_files(session, "offline", tmp_path)
    (folder,) = list(tmp_path.iterdir())
    assert str(folder) in told
    names = {p.name for p in folder.iterdir()}
    assert names == {
        "inference-advisor-report.pdf",
        "inference-advisor-report.html",
        "inference-advisor-summary.md",
        "inference-advisor-summary.json",
    }
    assert (folder / "inference-advisor-report.pdf").read_bytes().startswith(b"%PDF")
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert "could not be written" in export_files(session, "offline", blocked / "sub")  # a file in the way
