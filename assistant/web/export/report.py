"""The report's content (``Report``, built by ``build_report``): every section in words and the one
number format, from the session's analyses with the same functions the chat uses; the citations of the
conversation, once each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from assistant.conversation.session import AdvisorSession
from assistant.interview.whatif import title as scenario_title
from assistant.vocab import OPTION_KIND_LABELS
from assistant.web.export.redaction import redact


def _citations(session: AdvisorSession) -> list[dict[str, str]]:
    seen: list[dict[str, str]] = []
    for t in session.turns:
        for c in t.citations:
            item = c.model_dump()
            if item not in seen:
                seen.append(item)
    return seen


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
            [
                fmt.tidy(r.name),
                OPTION_KIND_LABELS.get(r.kind, fmt.words(r.kind)),
                fmt.monthly(r.monthly_usd),
                fmt.tidy(r.detail),
            ]
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
                    fmt.monthly(d.baseline_monthly_usd),
                    fmt.monthly(d.scenario_monthly_usd),
                    fmt.delta_money(d.scenario_monthly_usd - d.baseline_monthly_usd),
                ],
            ],
        )
        if d.volume_changed:
            t.rows.append(
                [
                    "Volume",
                    fmt.tokens(d.baseline_tokens_per_month, "month"),
                    fmt.tokens(d.scenario_tokens_per_month, "month"),
                    fmt.change_pct(d.baseline_tokens_per_month, d.scenario_tokens_per_month),
                ]
            )
        for item in d.changed_costs:
            t.rows.append(
                [
                    fmt.tidy(item.name),
                    fmt.monthly(item.before),
                    fmt.monthly(item.after),
                    fmt.delta_money(item.after - item.before),
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
