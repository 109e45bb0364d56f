"""The product's identity is served from this origin: page, theme, logo, favicon, starters."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_page_links_nothing_outside_its_origin() -> None:
    import chainlit

    from assistant.web.serving.page import local_only

    page = (Path(chainlit.__file__).parent / "frontend" / "dist" / "index.html").read_text()
    assert re.search(r"<link[^>]+https://", page)  # Chainlit's own page asks for fonts and KaTeX
    cleaned = local_only(page)
    assert not re.search(r"""(?:href|src)=["']https?://""", cleaned)
    assert '<script type="module"' in cleaned and 'rel="stylesheet" crossorigin href="/assets/' in cleaned


def test_theme_logo_favicon_and_custom_assets_exist_and_are_local() -> None:
    config = tomllib.loads((ROOT / ".chainlit" / "config.toml").read_text())
    ui = config["UI"]
    assert ui["name"] == "Inference Advisor" and ui["description"]
    for key in ("custom_css", "custom_js"):
        path = ui[key]
        assert path.startswith("/public/") and (ROOT / path.lstrip("/")).is_file()
    theme = json.loads((ROOT / "public" / "theme.json").read_text())
    assert theme["custom_fonts"] == []  # no web fonts: the system stack
    light, dark = theme["variables"]["light"], theme["variables"]["dark"]
    assert set(light) == set(dark) and "--primary" in light  # the two themes define the same things
    for name in ("logo_dark.svg", "logo_light.svg", "favicon.svg"):
        svg = (ROOT / "public" / name).read_text()
        assert svg.startswith("<svg") and "http://" not in svg.replace("http://www.w3.org/2000/svg", "")
    for element in ("Details", "ProfileCard", "Sources"):
        assert "export default function" in (ROOT / "public" / "elements" / f"{element}.jsx").read_text()


def test_every_starter_has_a_short_description() -> None:
    from assistant.web.serving.page import STARTERS

    for label, message in STARTERS:
        title, _, description = label.partition(" — ")
        assert title and 8 <= len(description) <= 60, label
        assert len(message) > len(label)
