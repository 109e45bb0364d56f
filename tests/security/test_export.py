"""Exports (Markdown, JSON, PDF) against a list of payloads in every user- or document-derived place."""

from __future__ import annotations

import asyncio
import json

import pytest
from markdown_it import MarkdownIt

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.records import Citation, TurnRecord
from assistant.root import new_session
from assistant.settings import Settings
from assistant.web.export import summary_json, summary_markdown, summary_pdf
from tests.security.test_escape import PAYLOADS

MD = MarkdownIt("commonmark", {"html": True}).enable("table")
BAD = ("<script", "<img", "<iframe", "<svg", "<style", "<details", "javascript:", "data:text", "src=", "evil.example/p")


@pytest.fixture
def session(catalog):  # type: ignore[no-untyped-def]
    s = new_session(Settings(), catalog)
    advisor = Advisor(OfflineAdvisorModel(), None)

    async def talk() -> None:
        await advisor.turn(s, "we're a startup: 2M tokens a day, mostly input, bursty, no compliance, no ML engineers")
        await advisor.turn(s, "what if volume triples <img src=x onerror=alert(1)> ![p](https://evil.example/p.png)")

    asyncio.run(talk())
    for payload in PAYLOADS:  # a model's answer that repeated a poisoned document, and its citations
        s.turns.append(
            TurnRecord(
                user=payload,
                assistant=f"**Answer.** {payload}",
                citations=[Citation(source=f"user:{payload[:40]}", title=payload, section=payload)],
            )
        )
    return s


def test_markdown_export_renders_no_payload(session) -> None:  # type: ignore[no-untyped-def]
    md = summary_markdown(session)
    html = MD.render(md)
    for bad in BAD:
        assert bad not in html.lower(), bad
    assert "<strong>Advisor:</strong> Answer." in html  # our own formatting survives, the words kept as text
    assert "## Transcript" in md and "what if volume triples" in md


def test_json_export_is_data_and_pdf_builds(session) -> None:  # type: ignore[no-untyped-def]
    data = summary_json(session)
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert any(t["user"] == PAYLOADS[0] for t in data["transcript"])  # JSON keeps the words as they were
    pdf = summary_pdf(session)
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
