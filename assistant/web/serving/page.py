"""The page as served: the conversation starters it offers, and every asset it loads from this origin."""

from __future__ import annotations

import re

# (label — one-line description, message): the page shows the description under the label.
STARTERS = [
    (
        "Startup on a budget — 2M tokens a day, no ML team",
        "We're an early-stage startup: about 2M tokens a day, mostly input, spiky traffic, "
        "no compliance requirements, no ML engineers. What should we use?",
    ),
    (
        "Regulated enterprise — HIPAA, 40M tokens a day",
        "We're a hospital network: about 40M tokens a day of clinical notes, mostly input, "
        "business hours, HIPAA applies, two DevOps people and no ML engineers.",
    ),
    (
        "High-volume pipeline — 2B tokens a day, MLOps team",
        "We run a content pipeline at 2 billion tokens a day, 80% input, steady 24/7, "
        "no compliance requirements, an MLOps team on Kubernetes; open source is fine.",
    ),
    (
        "I already have GPUs — 8 A100s, 500M tokens a day",
        "I already have 8 A100s and we run Kubernetes. About 500M tokens a day, 80% input, "
        "steady, no compliance requirements, 2 ML engineers, open source is fine.",
    ),
]
_EXTERNAL_LINK = re.compile(r"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*/?>\s*", re.IGNORECASE)


def local_only(html: str) -> str:
    """The page without links to other origins (Chainlit's Google Fonts preconnects, KaTeX CSS).

    Fonts come from the system stack in ``public/theme.json``; LaTeX rendering is off."""
    return _EXTERNAL_LINK.sub("", html)


def _serve_local_page() -> None:
    """Wrap Chainlit's page template so every asset the browser loads comes from this origin."""
    import chainlit.server as server

    original = server.get_html_template
    if getattr(original, "local_only", False):
        return

    def template(root_path: str) -> str:
        return local_only(original(root_path))

    template.local_only = True  # type: ignore[attr-defined]
    server.get_html_template = template
