"""The report as a designed PDF (``render_pdf``, fpdf2): a one-page summary, then the detail, in the
Latin-1 text the built-in fonts can show."""

from __future__ import annotations

from assistant.interview.whatif import title as scenario_title
from assistant.web.export.report import Report, Table

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
