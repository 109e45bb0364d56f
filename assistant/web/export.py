"""The conversation summary as Markdown, JSON and PDF: escaped, and with secrets redacted."""

from __future__ import annotations

import base64
import functools
import html
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from assistant.conversation.session import AdvisorSession
from assistant.escape import defang, escape
from assistant.interview.whatif import title as scenario_title

_SECRETS = [
    re.compile(r"\b(?:sk|pk|rk)-[A-Za-z0-9_-]{12,}"),
    re.compile(r"\b(?:xox[abp]|ghp|gho|github_pat|hf)_[A-Za-z0-9_]{12,}"),
    re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]{12,}"),
    re.compile(r"(?i)\b(api[_-]?key|token|secret|password|cookie|session[_-]?id)\s*[:=]\s*\S+"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),  # JWTs
]


@functools.lru_cache(maxsize=2048)  # an export redacts the same transcript turns as the last one did
def redact(text: str) -> str:
    """Remove anything that looks like a key, token, password or cookie."""
    for pattern in _SECRETS:
        text = pattern.sub(lambda m: (m.group(1) + " " if m.lastindex else "") + "[redacted]", text)
    return text


def escape_md(text: str) -> str:
    """User text that cannot inject markup (the one ``escape``), secrets redacted first."""
    return escape(redact(text))


def summary_json(session: AdvisorSession, model: str = "offline") -> dict[str, Any]:
    a = session.baseline
    current = session.current()
    return {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "model": model,
        "profile": {
            name: {**v, "quote": redact(v["quote"]) if v["quote"] else None}
            for name, v in session.profile.summary().items()
        },
        "assumed": session.profile.assumed(),
        "recommendation": None
        if current is None
        else {
            "option": current.option,
            "headline": current.headline,
            "reasons": current.reasons,
            "monthly_usd": current.chosen.monthly_usd,
        },
        "baseline": None
        if a is None
        else {
            "headline": a.headline,
            "cost_table": [r.model_dump() for r in a.table],
            "breakevens": [b.model_dump(mode="json") for b in a.breakevens],
            "set_aside": [x.model_dump(mode="json") for x in a.set_aside],
            "excluded": [x.model_dump(mode="json") for x in a.excluded],
            "flip_points": [f.text for f in a.flip_points],
            "frameworks": [f.model_dump() for f in a.frameworks],
            "assumptions": a.assumptions,
            "price_sources": a.price_sources,
            "self_host": a.self_host.model_dump(mode="json"),
        },
        "settings": session.options.model_dump(mode="json"),
        "scenarios": [
            {
                "label": redact(s.label),
                "difference": s.diff,
                "headline": s.analysis.headline,
                "option": s.analysis.option,
                "monthly_usd": s.analysis.chosen.monthly_usd,
            }
            for s in session.scenarios
        ],
        "citations": _citations(session),
        "transcript": [
            {"user": redact(t.user), "assistant": redact(t.assistant), "notices": t.notices} for t in session.turns
        ],
    }


def _citations(session: AdvisorSession) -> list[dict[str, str]]:
    seen: list[dict[str, str]] = []
    for t in session.turns:
        for c in t.citations:
            item = c.model_dump()
            if item not in seen:
                seen.append(item)
    return seen


PDF_NAME = "inference-advisor-report.pdf"
HTML_NAME = "inference-advisor-report.html"
MD_NAME = "inference-advisor-summary.md"
JSON_NAME = "inference-advisor-summary.json"


# ---------------------------------------------------------------------------- one report, two designs
@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    bold: list[bool] = field(default_factory=list)  # rows to emphasise (the recommended option)


@dataclass
class Report:
    """Everything the PDF and the HTML page show, already in words and the one number format.

    Built from the session's analyses with the same functions the chat uses (``render``), so the
    report's numbers are the chat's numbers."""

    title: str
    generated: str
    model: str
    headline: str
    why: list[str]
    monthly: str
    yearly: str
    decision: Table | None
    excluded: Table | None
    workload: Table
    settings: Table
    options: Table | None
    scenarios: list[tuple[str, str, Table]]
    hidden: list[str]
    flips: list[str]
    assumptions: list[str]
    sources: list[str]
    citations: list[str]
    transcript: list[tuple[str, str]]
    charts: list[tuple[str, bytes]]

    def lists(self) -> list[tuple[str, list[str]]]:
        """The bulleted sections after the tables, in the order every format shows them."""
        return [
            ("Hidden costs of self-hosting", self.hidden),
            ("What would flip the answer", self.flips),
            ("Assumptions", self.assumptions),
            ("Price sources", self.sources),
            ("Citations", self.citations),
        ]


def build_report(session: AdvisorSession, model: str = "offline", charts: bool = True) -> Report:
    """The report's content; ``charts=False`` leaves out the chart images (the Markdown has none)."""
    from assistant.web import answers as ui
    from assistant.web import charts_png, fmt

    a = session.baseline
    generated = datetime.now(UTC).strftime("%d %B %Y, %H:%M UTC")
    facts = ui.profile_props(session)["facts"]
    workload = Table(
        ["Fact", "Value", "Where it came from"],
        [[f["label"], f["value"], "you said" if f["said"] else "assumed"] for f in facts],
    )
    opts = session.options
    settings = Table(
        ["Setting", "Value"],
        [
            [fmt.SETTING_LABELS[k], fmt.setting(k, getattr(opts, k))]
            for k in ("prices", "gpu", "gpu_hourly_usd", "hours_per_month", "engineering_rate_usd", "hidden_multiplier")
        ]
        + [[fmt.SETTING_LABELS["hybrid_share"], fmt.setting("hybrid_share", opts.hybrid_share)]],
    )
    transcript = [(redact(t.user), redact(_plain_md(fmt.tidy(t.assistant)))) for t in session.turns]
    citations = [f"{c['title']}, {c['section']}" for c in _citations(session)]
    if a is None:
        return Report(
            "Inference Advisor report",
            generated,
            model,
            "No recommendation yet: the workload is not complete.",
            [],
            "",
            "",
            None,
            None,
            workload,
            settings,
            None,
            [],
            [],
            [],
            [],
            [],
            citations,
            transcript,
            [],
        )
    rows = ui.serious_rows(a)
    decision = Table(
        ["Option", "Monthly", "Yearly", "Note"],
        [
            [
                ("★ " if r.name == a.chosen.name else "") + fmt.tidy(r.name),
                fmt.monthly(r.monthly_usd),
                fmt.yearly(r.monthly_usd * 12),
                fmt.tidy(r.detail),
            ]
            for r in rows
        ],
        [r.name == a.chosen.name for r in rows],
    )
    ex = ui.excluded_rows(a)
    excluded = (
        Table(["Excluded option", "Monthly", "Why not"], [[fmt.tidy(n), fmt.monthly(m), w] for n, m, w in ex])
        if ex
        else None
    )
    options = Table(
        ["Option", "Kind", "Monthly", "Note"],
        [
            [fmt.tidy(r.name), _KINDS.get(r.kind, fmt.words(r.kind)), fmt.monthly(r.monthly_usd), fmt.tidy(r.detail)]
            for r in a.table
        ],
        [r.name == a.chosen.name for r in a.table],
    )
    scenarios = []
    images = [("Monthly cost of the serious options", charts_png.options_png(a, rows))] if charts else []
    for s in session.scenarios:
        d = s.diff
        t = Table(
            ["", "Baseline", "Scenario", "Change"],
            [
                [
                    "Recommended option",
                    fmt.monthly(d["baseline_monthly_usd"]),
                    fmt.monthly(d["scenario_monthly_usd"]),
                    fmt.delta_money(d["scenario_monthly_usd"] - d["baseline_monthly_usd"]),
                ],
            ],
        )
        if d["baseline_tokens_per_month"] != d["scenario_tokens_per_month"]:
            t.rows.append(
                [
                    "Volume",
                    fmt.tokens(d["baseline_tokens_per_month"], "month"),
                    fmt.tokens(d["scenario_tokens_per_month"], "month"),
                    fmt.change_pct(d["baseline_tokens_per_month"], d["scenario_tokens_per_month"]),
                ]
            )
        for item in d.get("changed_costs", []):
            t.rows.append(
                [
                    fmt.tidy(item["name"]),
                    fmt.monthly(item["before"]),
                    fmt.monthly(item["after"]),
                    fmt.delta_money(item["after"] - item["before"]),
                ]
            )
        scenarios.append((redact(fmt.tidy(s.label)), ui.headline(s.analysis), t))
    for s in session.scenarios[:4] if charts else []:
        images.append((scenario_title(redact(fmt.tidy(s.label))), charts_png.scenario_png(a, s.analysis, s.label)))
    props = ui.details_props(a, session, [])
    hidden: list[str] = next((sec["items"] for sec in props["sections"] if sec["title"].startswith("Hidden")), [])
    return Report(
        title="Inference Advisor report",
        generated=generated,
        model=model,
        headline=f"{fmt.option(a.option)}: {fmt.tidy(a.chosen.name)}",
        why=[fmt.tidy(r) for r in a.reasons],
        monthly=fmt.monthly(a.chosen.monthly_usd),
        yearly=fmt.yearly(a.chosen.monthly_usd * 12),
        decision=decision,
        excluded=excluded,
        workload=workload,
        settings=settings,
        options=options,
        scenarios=scenarios,
        hidden=hidden,
        flips=[fmt.tidy(f.text) for f in a.flip_points],
        assumptions=[fmt.tidy(x) for x in a.assumptions],
        sources=[fmt.tidy(x) for x in a.price_sources],
        citations=citations,
        transcript=transcript,
        charts=images,
    )


_KINDS = {
    "api": "API",
    "managed_open_weight": "Managed open-weight",
    "dedicated_deployment": "Dedicated cloud",
    "self_host": "Self-host",
    "batch_api": "Batch API",
    "hybrid": "Hybrid",
}


def _plain_md(text: str) -> str:
    """Markdown as plain reading text (the transcript): no table rules, no emphasis marks."""
    lines = []
    for line in text.splitlines():
        if re.fullmatch(r"\s*\|?[\s:|-]+\|?\s*", line) and "-" in line:
            continue
        line = line.strip()
        if line.startswith("|"):
            line = " · ".join(c.strip() for c in line.strip("|").split("|") if c.strip())
        line = re.sub(r"^#+\s*", "", line)
        line = line.replace("**", "").replace("~~", "")
        lines.append(line)
    return "\n".join(lines).strip()


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


def summary_json_bytes(session: AdvisorSession, model: str = "offline") -> bytes:
    return json.dumps(summary_json(session, model), indent=2, ensure_ascii=False).encode()


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


# ---------------------------------------------------------------------------- HTML
_CSS = """
:root { --ink:#0f172a; --muted:#475569; --line:#e2e8f0; --accent:#0d9488; --soft:#f0fdfa; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
  max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem; line-height: 1.45; }
header { border-bottom: 3px solid var(--accent); padding-bottom: .75rem; margin-bottom: 1.5rem; }
header .brand { color: var(--accent); font-weight: 700; letter-spacing: .02em; }
h1 { font-size: 1.6rem; margin: .25rem 0; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
.summary { background: var(--soft); border: 1px solid #99f6e4; border-radius: .75rem; padding: 1rem 1.25rem; }
.cost { font-size: 2rem; font-weight: 700; color: var(--accent); }
.muted { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.rec td { background: #ccfbf1; font-weight: 600; }
img { max-width: 100%; height: auto; }
figure { margin: 1rem 0; } figcaption { color: var(--muted); font-size: .85rem; }
.turn { margin: .6rem 0; } .turn b { color: var(--accent); }
.turn pre { white-space: pre-wrap; font-family: inherit; margin: .2rem 0 0; }
@media print { body { padding: 0; } h2 { break-after: avoid; } .page { break-before: page; } }
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _html_table(t: Table) -> str:
    numeric = [i for i, h in enumerate(t.header) if h in ("Monthly", "Yearly", "Baseline", "Scenario", "Change")]
    head = "".join(f"<th{' class=num' if i in numeric else ''}>{_h(c)}</th>" for i, c in enumerate(t.header))
    body = []
    for j, row in enumerate(t.rows):
        cls = ' class="rec"' if j < len(t.bold) and t.bold[j] else ""
        cells = "".join(f"<td{' class=num' if i in numeric else ''}>{_h(c)}</td>" for i, c in enumerate(row))
        body.append(f"<tr{cls}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _html_list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_h(x)}</li>" for x in items) + "</ul>"


def _img(caption: str, png: bytes) -> str:
    data = base64.b64encode(png).decode()
    return (
        f'<figure><img alt="{_h(caption)}" src="data:image/png;base64,{data}">'
        f"<figcaption>{_h(caption)}</figcaption></figure>"
    )


def render_html(r: Report) -> str:
    """A self-contained page: styles inline, charts as embedded images, nothing fetched."""
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(r.title)}</title><style>{_CSS}</style></head><body>",
        f'<header><div class="brand">Inference Advisor</div><h1>{_h(r.title)}</h1>',
        f'<div class="muted">Generated {_h(r.generated)} with the {_h(r.model)} model. Every figure comes from the '
        "cost engine; sources are listed below.</div></header>",
        '<section class="summary"><div class="muted">Recommendation</div>',
        f"<h2 style='border:0;margin:.2rem 0'>{_h(r.headline)}</h2>",
    ]
    if r.monthly:
        parts.append(f'<div class="cost">{_h(r.monthly)} <span class="muted">({_h(r.yearly)})</span></div>')
    parts.append(_html_list(r.why) + "</section>")
    if r.decision:
        parts += ["<h2>Decision table</h2>", _html_table(r.decision)]
    if r.excluded:
        parts += ["<h2>Excluded options</h2>", _html_table(r.excluded)]
    if r.charts:
        parts.append(_img(*r.charts[0]))
    parts += ['<h2 class="page">Your workload: said and assumed</h2>', _html_table(r.workload)]
    parts += ["<h2>Settings</h2>", _html_table(r.settings)]
    if r.options:
        parts += ["<h2>Every option priced</h2>", _html_table(r.options)]
    if r.scenarios:
        parts.append("<h2>Scenarios</h2>")
        charts = dict(r.charts[1:])
        for label, head, t in r.scenarios:
            parts += [f"<h3>{_h(scenario_title(label))}</h3>", f"<p>{_h(head)}</p>", _html_table(t)]
            if scenario_title(label) in charts:
                parts.append(_img(scenario_title(label), charts[scenario_title(label)]))
    for title, items in r.lists():
        if items:
            parts += [f"<h2>{title}</h2>", _html_list(items)]
    parts.append('<h2 class="page">Transcript</h2>')
    for user, advisor in r.transcript:
        parts.append(
            f'<div class="turn"><b>You</b><pre>{_h(user)}</pre></div>'
            f'<div class="turn"><b>Advisor</b><pre>{_h(advisor)}</pre></div>'
        )
    parts.append("</body></html>")
    return "".join(parts)


# ---------------------------------------------------------------------------- PDF
_TEAL = (13, 148, 136)
_INK = (15, 23, 42)
_MUTED = (71, 85, 105)
_SOFT = (240, 253, 250)
_REC = (204, 251, 241)


def render_pdf(r: Report) -> bytes:
    """A designed PDF: a one-page summary, then the detail (fpdf2, pure Python)."""
    import io

    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.set_text_color(*_MUTED)
            self.cell(0, 6, _latin1(f"Inference Advisor report - {r.generated} - page {self.page_no()}"), align="C")

    pdf = Doc(format="A4")
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.set_title(r.title)
    pdf.set_author("Inference Advisor")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def text(s: str, size: float = 10, style: str = "", colour: tuple[int, int, int] = _INK, h: float = 5) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(width, h, _latin1(s), new_x="LMARGIN", new_y="NEXT")

    def heading(s: str) -> None:
        pdf.ln(3)
        text(s, 13, "B", _TEAL, 7)
        pdf.set_draw_color(*_TEAL)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + width, pdf.get_y())
        pdf.ln(2)

    def bullets(items: list[str]) -> None:
        for x in items:
            text(f"- {x}", 9.5)

    def table(t: Table, widths: list[float] | None = None) -> None:
        pdf.set_font("Helvetica", size=9)
        pdf.set_text_color(*_INK)
        n = len(t.header)
        widths = widths or [width / n] * n
        numeric = [h in ("Monthly", "Yearly", "Baseline", "Scenario", "Change") for h in t.header]
        with pdf.table(
            col_widths=widths,
            text_align=tuple("RIGHT" if x else "LEFT" for x in numeric),
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=_TEAL),
            line_height=5,
            padding=1.2,
            borders_layout="HORIZONTAL_LINES",
        ) as tbl:
            tbl.row([_latin1(h) for h in t.header])
            for i, row in enumerate(t.rows):
                rec = i < len(t.bold) and t.bold[i]
                style = FontFace(emphasis="BOLD", fill_color=_REC) if rec else None
                tbl.row([_latin1(c) for c in row], style=style)
        pdf.ln(2)

    from fpdf.fonts import FontFace

    # ---- page 1: the summary
    pdf.set_fill_color(*_TEAL)
    pdf.rect(0, 0, pdf.w, 22, style="F")
    pdf.set_xy(pdf.l_margin, 6)
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 10, "Inference Advisor")
    pdf.set_xy(pdf.l_margin, 28)
    text(f"Report generated {r.generated} with the {r.model} model", 9, "", _MUTED)
    pdf.ln(2)
    text("RECOMMENDATION", 9, "B", _MUTED)
    text(r.headline, 14, "B", _INK, 7)
    if r.monthly:
        text(f"{r.monthly}   ({r.yearly})", 20, "B", _TEAL, 10)
    bullets(r.why)
    if r.decision:
        heading("Decision table")
        table(r.decision, [width * 0.38, width * 0.15, width * 0.15, width * 0.32])
    if r.excluded:
        table(r.excluded, [width * 0.35, width * 0.15, width * 0.5])
    if r.charts:
        caption, png = r.charts[0]
        room = pdf.h - pdf.get_y() - 20
        w = min(width, room * 2.0) if room > 40 else width
        if room < 40:
            pdf.add_page()
        pdf.image(io.BytesIO(png), w=w, x=pdf.l_margin + (width - w) / 2)
        text(caption, 8, "", _MUTED)

    # ---- detail
    pdf.add_page()
    heading("Your workload: said and assumed")
    table(r.workload, [width * 0.25, width * 0.5, width * 0.25])
    heading("Settings")
    table(r.settings, [width * 0.5, width * 0.5])
    if r.options:
        heading("Every option priced")
        table(r.options, [width * 0.38, width * 0.17, width * 0.15, width * 0.3])
    if r.scenarios:
        heading("Scenarios")
        charts = dict(r.charts[1:])
        for label, head, t in r.scenarios:
            text(scenario_title(label), 11, "B")
            text(head, 9.5, "", _MUTED)
            table(t, [width * 0.4, width * 0.2, width * 0.2, width * 0.2])
            scenario_png = charts.get(scenario_title(label))
            if scenario_png:
                if pdf.h - pdf.get_y() < 80:
                    pdf.add_page()
                pdf.image(io.BytesIO(scenario_png), w=width * 0.8, x=pdf.l_margin + width * 0.1)
    for title, items in r.lists():
        if items:
            heading(title)
            bullets(items)
    pdf.add_page()
    heading("Transcript")
    for user, advisor in r.transcript:
        text("You", 9.5, "B", _TEAL)
        text(user, 9.5)
        text("Advisor", 9.5, "B", _TEAL)
        short = (
            advisor if len(advisor) <= 900 else advisor[:900].rsplit(" ", 1)[0] + " ... (in full in the HTML report)"
        )
        text(short, 9)
        pdf.ln(1.5)
    return bytes(pdf.output())


def _latin1(text: str) -> str:
    table = {
        "→": "->",
        "—": "-",
        "–": "-",
        "“": '"',
        "”": '"',
        "’": "'",
        "✅": "[x]",
        "★": "*",
        "❌": "[!]",
        "⚠️": "!",
        "≤": "<=",
        "≥": ">=",
        "…": "...",
        "•": "-",
        "·": "-",
    }
    for k, v in table.items():
        text = text.replace(k, v)
    return text.encode("latin-1", "replace").decode("latin-1")
