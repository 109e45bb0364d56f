"""The conversation summary as Markdown, JSON and PDF: escaped, and with secrets redacted.

One report (``report.Report``) is built from the session with the functions the chat uses, so the report's
numbers are the chat's numbers; each format shows it in its own design. The JSON summary is the session's
data for tools.

Modules, lowest first (each imports only modules above it in this list):

- ``redaction``: secrets out of exported text (``redact``); user text safe in Markdown (``escape_md``).
- ``report``: ``Report`` and its ``Table``, built by ``build_report``; the conversation's citations.
- ``as_json``: the summary as JSON (``summary_json``, ``summary_json_bytes``).
- ``as_markdown``: the report as Markdown (``summary_markdown``).
- ``as_html``: the report as a self-contained HTML page (``render_html``).
- ``as_pdf``: the report as a designed PDF (``render_pdf``).
- ``files``: the downloadable files' names, each built (``summary_pdf``, ``summary_html``, ``report_files``).

Here, for the rest of the application (the chat's downloads, ``advisor chat``): the names in ``__all__``.

May import: the session, ``assistant.escape``, what-if titles (``assistant.interview.whatif``), the vocabularies'
labels (``assistant.vocab``), and of the web layer only ``answers``, ``fmt`` and ``charts_png`` (what the chat shows,
in the chat's words and numbers).
"""

from assistant.web.export.as_json import summary_json, summary_json_bytes
from assistant.web.export.as_markdown import summary_markdown
from assistant.web.export.files import (
    HTML_NAME,
    JSON_NAME,
    MD_NAME,
    PDF_NAME,
    report_files,
    summary_html,
    summary_pdf,
)

__all__ = [
    "HTML_NAME",
    "JSON_NAME",
    "MD_NAME",
    "PDF_NAME",
    "report_files",
    "summary_html",
    "summary_json",
    "summary_json_bytes",
    "summary_markdown",
    "summary_pdf",
]
