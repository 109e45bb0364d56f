"""The conversation summary as Markdown, JSON and PDF: escaped, and with secrets redacted."""

from __future__ import annotations

import functools
import html
import json
import re
from datetime import UTC, datetime
from typing import Any

from assistant.agent.compose import cost_table
from assistant.conversation.session import AdvisorSession
from assistant.interview.facts import FIELDS
from assistant.web.escape import defang, escape, escape_inline

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
        "scenarios": [
            {"label": redact(s.label), "difference": s.diff, "headline": s.analysis.headline} for s in session.scenarios
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


def summary_markdown(session: AdvisorSession, model: str = "offline", data: dict[str, Any] | None = None) -> str:
    """The summary for people; ``data`` is this session's ``summary_json`` when the caller has it."""
    data = data if data is not None else summary_json(session, model)
    lines = [
        "# Inference Advisor summary",
        "",
        f"Generated {data['generated_at']} with model `{model}`.",
        "",
        "## Your workload",
        "",
        "| Field | Value | Source |",
        "|---|---|---|",
    ]
    for name, v in data["profile"].items():
        origin = {
            "said": "you said" + (f": “{escape_inline(redact(v['quote']))}”" if v["quote"] else ""),
            "default": "assumed (default)",
            "skipped": "you skipped it; default used",
            "assumed": "assumed",
        }.get(v["origin"], v["origin"])
        value = v["value"] if not isinstance(v["value"], dict | list) else json.dumps(v["value"])
        lines.append(f"| {FIELDS[name]} | {escape_inline(redact(str(value)))} | {origin} |")
    a = session.baseline
    if a is not None:
        lines += ["", "## Recommendation", "", f"**{a.headline}**", ""] + [f"- {r}" for r in a.reasons]
        lines += ["", "## Cost table", "", cost_table(a, limit=12), "", "## Breakevens", ""]
        lines += [
            f"- {b.model}: {b.breakeven_tokens_per_month:,.0f} tokens a month"
            for b in a.breakevens
            if b.breakeven_tokens_per_month
        ]
        lines += ["", "## What would flip the answer", ""] + [f"- {f.text}" for f in a.flip_points]
        lines += ["", "## The articles' frameworks", ""] + [
            f"- {f.framework} ({f.section}): {f.verdict.replace('_', ' ')}" for f in a.frameworks
        ]
        lines += ["", "## Assumptions", ""] + [f"- {x}" for x in a.assumptions]
        lines += ["", "## Price sources", ""] + [f"- {s}" for s in a.price_sources]
    if session.scenarios:
        lines += ["", "## Scenarios", ""]
        for s in session.scenarios:
            d = s.diff
            lines.append(
                f"- {escape_inline(redact(s.label))}: {d['baseline_option']} → {d['scenario_option']}, "
                f"${d['baseline_monthly_usd']:,.2f} → ${d['scenario_monthly_usd']:,.2f} a month"
            )
    if data["citations"]:
        lines += ["", "## Citations", ""] + [
            f"- *{escape_inline(c['title'])}* — {escape_inline(c['section'])}" for c in data["citations"]
        ]
    lines += ["", "## Transcript", ""]
    for t in session.turns:
        lines += [f"**You:** {escape_md(t.user)}", "", f"**Advisor:** {defang(redact(t.assistant))}", ""]
    # Last line of defence for everything above: no raw HTML, no image, no non-http(s) link survives.
    return defang("\n".join(lines))


def summary_pdf(session: AdvisorSession, model: str = "offline") -> bytes:
    """A plain PDF of the Markdown summary (fpdf2, pure Python)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for raw in summary_markdown(session, model).splitlines():
        line = _latin1(html.unescape(re.sub(r"\\([\\`*_{}\[\]()#+!|>~^.=-])", r"\1", raw)))
        if line.startswith("#"):
            pdf.set_font("Helvetica", "B", 13 if line.startswith("# ") else 11)
            pdf.multi_cell(width, 7, line.lstrip("# "), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=10)
        elif line.strip():
            pdf.multi_cell(width, 5, line.replace("**", ""), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(2)
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
