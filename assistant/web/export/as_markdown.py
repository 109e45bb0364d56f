"""The report as Markdown for tools (``summary_markdown``): the same content and numbers as the PDF,
user text escaped and the whole defanged."""

from __future__ import annotations

from typing import Any

from assistant.conversation.session import AdvisorSession
from assistant.escape import defang
from assistant.interview.whatif import title as scenario_title
from assistant.web.export.redaction import escape_md
from assistant.web.export.report import Table, build_report


def summary_markdown(session: AdvisorSession, model: str = "offline", data: dict[str, Any] | None = None) -> str:
    """The report as Markdown for tools (same content and numbers as the PDF)."""
    r = build_report(session, model, charts=False)

    def table(t: Table) -> list[str]:
        out = ["| " + " | ".join(t.header) + " |", "|" + "---|" * len(t.header)]
        for i, row in enumerate(t.rows):
            cells = [escape_md(c) for c in row]
            if i < len(t.bold) and t.bold[i]:
                cells = [f"**{c}**" if c else c for c in cells]
            out.append("| " + " | ".join(cells) + " |")
        return out

    lines = ["# Inference Advisor summary", "", f"Generated {r.generated} with the {r.model} model.", ""]
    lines += ["## Recommendation", "", f"**{r.headline}**", ""] + [f"- {w}" for w in r.why]
    if r.decision:
        lines += ["", "## Decision table", "", *table(r.decision)]
    if r.excluded:
        lines += ["", "## Excluded options", "", *table(r.excluded)]
    lines += ["", "## Your workload", "", *table(r.workload), "", "## Settings", "", *table(r.settings)]
    if r.options:
        lines += ["", "## Every option priced", "", *table(r.options)]
    if r.scenarios:
        lines += ["", "## Scenarios"]
        for label, head, t in r.scenarios:
            lines += ["", f"### {escape_md(scenario_title(label))}", "", head, "", *table(t)]
    for title, items in r.lists():
        if items:
            lines += ["", f"## {title}", ""] + [f"- {x}" for x in items]
    lines += ["", "## Transcript", ""]
    for user, advisor in r.transcript:
        lines += [f"**You:** {escape_md(user)}", "", f"**Advisor:** {escape_md(advisor)}", ""]
    # Last line of defence for everything above: no raw HTML, no image, no non-http(s) link survives.
    return defang("\n".join(lines))
