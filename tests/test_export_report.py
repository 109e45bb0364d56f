"""The report: a designed PDF and a self-contained HTML page whose numbers are the chat's."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.web import answers, export, fmt

MONEY = re.compile(r"\$[\d,.]+k?M?/(?:mo|yr)")


@pytest.fixture(scope="module")
def session(catalog, full_index) -> AdvisorSession:
    s = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), full_index)
    for text in [
        "We're a hospital: about 40M tokens a day, mostly input, business hours, HIPAA applies, no ML engineers",
        "we need frontier quality",
        "what if volume triples?",
        "what if we hired two ML engineers?",
    ]:
        asyncio.run(advisor.turn(s, text))
    assert s.baseline is not None and len(s.scenarios) == 2
    return s


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("poppler-utils must be installed in CI (scripts/setup --test-deps)")
        pytest.skip("pdftotext is not installed (scripts/setup --test-deps installs poppler-utils)")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"[ \t]+", " ", out)


def test_pdf_has_the_summary_first_the_table_rows_and_the_charts_with_the_chat_numbers(session, tmp_path) -> None:
    a = session.baseline
    assert a is not None
    pdf = export.summary_pdf(session, "offline")
    text = _pdf_text(pdf, tmp_path)
    pages = text.split("\f")
    # Page one: the recommendation, its monthly and yearly cost, the decision table.
    chat = answers.answer_markdown(a)  # what the chat showed for this analysis
    chat_money = MONEY.findall(chat)
    assert chat_money, chat
    first = pages[0]
    assert "RECOMMENDATION" in first and a.chosen.name in first
    for amount in chat_money:  # every figure of the chat's table is on the summary page
        assert amount in first, amount
    squeezed = re.sub(r"\s+", "", first)  # table cells wrap long names over lines
    for row in answers.serious_rows(a):
        assert re.sub(r"\s+", "", fmt.tidy(row.name)) in squeezed, row.name
    # Later pages: workload said vs assumed, settings, scenarios with the chat's deltas, transcript.
    rest = "\n".join(pages[1:])
    assert "said and assumed" in rest and "Settings" in rest and "Transcript" in rest
    for s in session.scenarios:
        shown = answers.scenario_markdown(a, s.analysis, s.label)
        for amount in MONEY.findall(shown)[:4]:
            assert amount in rest, amount
    # Charts are real embedded images.
    if shutil.which("pdfimages"):
        (tmp_path / "r.pdf").write_bytes(pdf)
        listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "r.pdf")], capture_output=True, text=True)
        assert len([line for line in listing.stdout.splitlines()[2:] if " image " in line]) >= 2
    assert pdf.count(b"/Subtype /Image") >= 2
    # Nothing internal reaches the reader.
    assert not fmt.looks_internal(first), fmt.looks_internal(first)
    assert "|---|" not in text and "pci_dss" not in text


def test_html_report_is_self_contained_and_escapes_what_users_typed(catalog, full_index, session) -> None:
    page = export.summary_html(session, "offline")
    assert page.startswith("<!doctype html>")
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)  # nothing fetched from elsewhere
    assert page.count("data:image/png;base64,") >= 2
    a = session.baseline
    assert a is not None
    assert fmt.monthly(a.chosen.monthly_usd) in page
    hostile = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), full_index)
    asyncio.run(advisor.turn(hostile, "<script>alert(1)</script> 5M tokens a day, api_key=sk-abcdefghijklmnop1234"))
    page = export.summary_html(hostile, "offline")
    assert "<script>alert" not in page and "sk-abcdefghijklmnop1234" not in page


def test_report_files_and_json_keep_scenarios_and_settings(session) -> None:
    import json

    files = {name: (data, mime) for name, data, mime in export.report_files(session, "offline")}
    assert set(files) == {export.PDF_NAME, export.HTML_NAME, export.MD_NAME, export.JSON_NAME}
    data = json.loads(files[export.JSON_NAME][0])
    assert len(data["scenarios"]) == 2 and data["settings"]["hours_per_month"] == session.options.hours_per_month
    md = files[export.MD_NAME][0].decode()
    assert "## Scenarios" in md and "volume triples" in md and "| Fact | Value | Where it came from |" in md
