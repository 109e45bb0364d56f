"""The files a user can download: their names, and each built from the session (``report_files``
builds all four)."""

from __future__ import annotations

from assistant.conversation.session import AdvisorSession
from assistant.web.export.as_html import render_html
from assistant.web.export.as_json import summary_json_bytes
from assistant.web.export.as_markdown import summary_markdown
from assistant.web.export.as_pdf import render_pdf
from assistant.web.export.report import build_report

PDF_NAME = "inference-advisor-report.pdf"
HTML_NAME = "inference-advisor-report.html"
MD_NAME = "inference-advisor-summary.md"
JSON_NAME = "inference-advisor-summary.json"


def report_files(session: AdvisorSession, model: str = "offline") -> list[tuple[str, bytes, str]]:
    """The PDF, the HTML page, and Markdown and JSON for tools."""
    report = build_report(session, model)
    return [
        (PDF_NAME, render_pdf(report), "application/pdf"),
        (HTML_NAME, render_html(report).encode(), "text/html"),
        (MD_NAME, summary_markdown(session, model).encode(), "text/markdown"),
        (JSON_NAME, summary_json_bytes(session, model), "application/json"),
    ]


def summary_pdf(session: AdvisorSession, model: str = "offline") -> bytes:
    return render_pdf(build_report(session, model))


def summary_html(session: AdvisorSession, model: str = "offline") -> str:
    return render_html(build_report(session, model))
