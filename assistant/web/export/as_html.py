"""The report as one self-contained HTML page (``render_html``): styles inline, charts embedded, every
text escaped, nothing fetched."""

from __future__ import annotations

import base64
import html

from assistant.interview.whatif import title as scenario_title
from assistant.web.export.report import Report, Table

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
