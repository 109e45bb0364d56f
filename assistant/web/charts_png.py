"""Charts for the report as PNG images, drawn with Pillow (no browser, no network, ~20 ms).

Same numbers and the same look as the chat's charts: horizontal bars with the name on the left,
the value in the one number format at the end of each bar, the recommended option in the accent
colour. Drawn at twice the printed size so they stay sharp in the PDF.
"""

from __future__ import annotations

import io
from typing import Any

from assistant.decision.results import Analysis
from assistant.interview.whatif import title as scenario_title
from assistant.web import fmt

ACCENT = (13, 148, 136)
BASE = (100, 116, 139)
SCENARIO = (99, 102, 241)
INK = (15, 23, 42)
MUTED = (71, 85, 105)
SCALE = 2


def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.load_default(size=size * SCALE)


def _bars(title: str, rows: list[tuple[str, list[tuple[float, tuple[int, int, int]]]]], legend: list[Any]) -> bytes:
    """rows: (label, [(value, colour), ...]) drawn top to bottom; legend: [(name, colour)]."""
    from PIL import Image, ImageDraw

    s = SCALE
    label_font, value_font, title_font = _font(13), _font(12), _font(16)
    bar_h, gap = 18 * s, 12 * s
    per_row = len(rows[0][1]) if rows else 1
    width = 900 * s
    top = 48 * s + (22 * s if legend else 0)
    height = top + len(rows) * (per_row * bar_h + gap) + 16 * s
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    draw.text((12 * s, 12 * s), title, fill=INK, font=title_font)
    x = 12 * s
    for name, colour in legend:
        draw.rectangle([x, 40 * s, x + 12 * s, 52 * s], fill=colour)
        draw.text((x + 18 * s, 38 * s), name, fill=MUTED, font=label_font)
        x += int(draw.textlength(name, font=label_font)) + 44 * s
    label_w = min(max((int(draw.textlength(label, font=label_font)) for label, _ in rows), default=0) + 16 * s, 380 * s)
    longest_value = max(
        (int(draw.textlength(fmt.monthly(v), font=value_font)) for _, b in rows for v, _ in b), default=0
    )
    span = width - label_w - longest_value - 36 * s
    biggest = max((v for _, b in rows for v, _ in b), default=1.0) or 1.0
    y = top
    for label, bars in rows:
        text = label
        while draw.textlength(text, font=label_font) > label_w - 16 * s and len(text) > 4:
            text = text[:-2]
        if text != label:
            text = text.rstrip() + "…"
        draw.text((12 * s, y + (per_row * bar_h - 14 * s) / 2), text, fill=INK, font=label_font)
        for i, (value, colour) in enumerate(bars):
            y0 = y + i * bar_h
            x1 = label_w + max(span * value / biggest, 2 * s)
            draw.rectangle([label_w, y0 + 2 * s, x1, y0 + bar_h - 2 * s], fill=colour)
            draw.text((x1 + 6 * s, y0 + 2 * s), fmt.monthly(value), fill=INK, font=value_font)
        y += per_row * bar_h + gap
    out = io.BytesIO()
    img.save(out, format="PNG", compress_level=6)  # optimize=True took 5x the time for ~10% fewer bytes
    return out.getvalue()


def options_png(a: Analysis, rows: list[Any]) -> bytes:
    """The decision table as bars: monthly cost of each serious option, the recommended one in teal."""
    drawn = [
        (
            fmt.tidy(r.name) + (" (recommended)" if r.name == a.chosen.name else ""),
            [(r.monthly_usd, ACCENT if r.name == a.chosen.name else BASE)],
        )
        for r in rows
    ]
    return _bars("Monthly cost of the serious options", drawn, [])


def scenario_png(base: Analysis, scenario: Analysis, label: str) -> bytes:
    """Baseline beside the scenario for the options both priced."""
    after = {r.name: r.monthly_usd for r in scenario.table}
    names = [r.name for r in base.table if r.name in after][:6]
    if (
        scenario.chosen.name in after
        and scenario.chosen.name not in names
        and any(r.name == scenario.chosen.name for r in base.table)
    ):
        names = [*names[:5], scenario.chosen.name]
    before = {r.name: r.monthly_usd for r in base.table}
    drawn = [
        (
            fmt.tidy(n) + (" (recommended)" if n == scenario.chosen.name else ""),
            [(before[n], BASE), (after[n], ACCENT if n == scenario.chosen.name else SCENARIO)],
        )
        for n in names
    ]
    short = fmt.tidy(label)
    short = short if len(short) <= 50 else short[:49] + "…"
    return _bars(scenario_title(short), drawn, [("baseline", BASE), ("scenario", SCENARIO)])
