"""The package layers: what each part of ``assistant`` may import, checked from the source (no imports run).

Each package's ``__init__`` docstring says what lives there and what it may import; this test holds the
code to it, and finds import cycles between modules (function-local imports included: a cycle through a
lazy import is still a cycle of concepts).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# package -> the first-party packages it may import (besides itself)
ALLOWED: dict[str, set[str]] = {
    "tools": set(),
    "knowledge": {"tools"},
    "assistant.vocab": set(),
    "assistant.escape": set(),
    "assistant.settings": {"tools", "assistant.vocab"},
    "assistant.interview": {"tools", "assistant.vocab", "assistant.settings"},
    "assistant.decision": {"tools", "assistant.vocab", "assistant.interview"},
    "assistant.conversation": {"tools", "assistant.vocab", "assistant.interview", "assistant.decision"},
    "assistant.agent": {
        "tools",
        "knowledge",
        "assistant.vocab",
        "assistant.escape",
        "assistant.settings",
        "assistant.interview",
        "assistant.decision",
        "assistant.conversation",
    },
    "assistant.root": {
        "tools",
        "knowledge",
        "assistant.vocab",
        "assistant.escape",
        "assistant.settings",
        "assistant.interview",
        "assistant.decision",
        "assistant.conversation",
        "assistant.agent",
    },
}
ALLOWED["assistant.web"] = {*ALLOWED["assistant.root"], "assistant.root"}
ALLOWED["assistant.cli"] = {*ALLOWED["assistant.web"], "assistant.web"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> str | None:
    for name in sorted(ALLOWED, key=len, reverse=True):
        if module == name or module.startswith(name + "."):
            return name
    return None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = _module_name(path)
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level:
            base = me.rsplit(".", node.level)[0]
            out.add(f"{base}.{node.module}" if node.module else base)
    return {m for m in out if m.split(".")[0] in ("assistant", "tools", "knowledge")}


def _sources() -> list[Path]:
    return sorted(p for pkg in ("assistant", "tools", "knowledge") for p in (ROOT / pkg).rglob("*.py"))


def test_every_module_belongs_to_a_layer() -> None:
    orphans = [_module_name(p) for p in _sources() if _layer(_module_name(p)) is None and p.stem != "__init__"]
    assert orphans == []


# Known debts (issue 14): each is a break to remove, listed so that no new one slips in. When one is
# fixed, its entry must go too (the tests fail on a listed debt that no longer exists).
KNOWN_LAYER_BREAKS: set[str] = set()
KNOWN_CYCLES: list[set[str]] = []


def _layer_breaks() -> set[str]:
    broken: set[str] = set()
    for path in _sources():
        me = _module_name(path)
        mine = _layer(me)
        if mine is None:
            continue
        for target in _imports(path):
            theirs = _layer(target)
            if theirs is None or theirs == mine or target == "assistant":
                continue
            if theirs not in ALLOWED[mine]:
                broken.add(f"{mine} -> {theirs}")
    return broken


def _cycles() -> list[set[str]]:
    """Strongly connected groups of modules (Tarjan): every module in a group reaches every other."""
    modules = {_module_name(p): p for p in _sources()}
    graph = {m: sorted(t for t in _imports(p) if t in modules and t != m) for m, p in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def test_each_layer_imports_only_what_its_docstring_allows() -> None:
    assert _layer_breaks() == KNOWN_LAYER_BREAKS


def test_no_import_cycles_beyond_the_known_ones() -> None:
    found = sorted(sorted(g) for g in _cycles())
    assert found == sorted(sorted(g) for g in KNOWN_CYCLES)


# Packages inside a layer: what their modules may import besides each other (each package's docstring says the
# same, and lists its modules lowest first). Every such package is declared here.
PACKAGES: dict[str, tuple[str, ...]] = {
    "assistant.interview.quantities": ("tools.", "assistant.interview.scope", "assistant.interview.patterns"),
    "assistant.interview.reading": (
        "tools.",
        "assistant.interview.quantities.",
        "assistant.interview.cues",
        "assistant.interview.cue_table",
        "assistant.interview.cue_context",
        "assistant.interview.cue_experience",
        "assistant.interview.places",
        "assistant.interview.cloud_regions",
        "assistant.interview.team_none",
        "assistant.interview.scope",
        "assistant.interview.classifier",
        "assistant.interview.deadline",
        "assistant.interview.patterns",
        "assistant.vocab",
    ),
    "assistant.interview.policy": (
        "tools.",
        "assistant.vocab",
        "assistant.interview.added_workload",
        "assistant.interview.describe",
        "assistant.interview.facts",
        "assistant.interview.reading",
        "assistant.interview.whatif",
        "assistant.interview.patterns",
    ),
    "assistant.decision.explain": (
        "tools",  # the names reader imports ``tools.genai_catalog`` as ``from tools import genai_catalog``
        "assistant.vocab",
        "assistant.interview.describe",
        "assistant.interview.facts",
        "assistant.interview.policy",
        "assistant.interview.reading.intents",
        "assistant.interview.reading.region",
        "assistant.interview.patterns",
        "assistant.decision.analysis",
        "assistant.decision.constraints",
        "assistant.decision.inputs",
        "assistant.decision.results",
        "assistant.decision.rules",
    ),
    "assistant.conversation.store": (),
    "assistant.agent.grounding": ("tools.results",),
    "assistant.web.history": ("assistant.conversation.store",),
    "assistant.web.serving": (
        "knowledge.",
        "assistant.agent.loop",
        "assistant.agent.models",
        "assistant.agent.offline",
        "assistant.conversation.session",
        "assistant.escape",
        "assistant.root",
        "assistant.settings",
        "assistant.web.auth",
        "assistant.web.clock",
        "assistant.web.downloads",
        "assistant.web.element_files",
        "assistant.web.history",
        "assistant.web.render",
        "assistant.web.settings_panel",
    ),
    "assistant.web.export": (
        "assistant.conversation.session",
        "assistant.escape",
        "assistant.interview.whatif",
        "assistant.vocab",
        "assistant.web.answers",
        "assistant.web.fmt",
        "assistant.web.charts_png",
    ),
    "tools.audit": ("tools.",),
    "tools.throughput": (
        "tools.api_cost",
        "tools.catalog",
        "tools.perf_specs",
        "tools.results",
        "tools.sizing",
        "tools.sources",
    ),
}


def _folder(package: str) -> Path:
    return ROOT.joinpath(*package.split("."))


def _outside_imports(package: str, allowed: tuple[str, ...]) -> set[str]:
    """Imports of the package's modules that are neither its own modules nor allowed."""
    parent = package.rsplit(".", 1)[0]
    return {
        f"{_module_name(path)} -> {target}"
        for path in sorted(_folder(package).glob("*.py"))
        for target in _imports(path)
        if target != parent and not target.startswith((*allowed, f"{package}."))  # the parent names its modules
    }


def _module_order(package: str) -> list[str]:
    """The modules the package docstring lists (``- ``name``: ...`` lines), lowest first."""
    doc = ast.get_docstring(ast.parse((_folder(package) / "__init__.py").read_text(encoding="utf-8"))) or ""
    return re.findall(r"^- ``(\w+)``", doc, re.MULTILINE)


def _late_imports(package: str) -> dict[str, list[str]]:
    """Modules importing a module of their package listed at or after them in the docstring's order."""
    order = _module_order(package)
    prefix = f"{package}."
    depth = package.count(".") + 2  # package parts plus the module
    late: dict[str, list[str]] = {}
    for i, name in enumerate(order):
        path = _folder(package) / f"{name}.py"
        used = {".".join(t.split(".")[:depth]) for t in _imports(path) if t.startswith(prefix)}
        later = sorted(u.removeprefix(prefix) for u in used if u.removeprefix(prefix) not in order[:i])
        if later:
            late[name] = later
    return late


def _packages_inside_layers() -> set[str]:
    """Packages below a layer package (a folder with an ``__init__``), e.g. ``tools.throughput``."""
    inits = (p for top in ("assistant", "tools", "knowledge") for p in (ROOT / top).rglob("__init__.py"))
    names = {_module_name(p) for p in inits}
    return {n for n in names if "." in n and n not in ALLOWED}


def test_every_package_inside_a_layer_is_declared() -> None:
    assert _packages_inside_layers() == set(PACKAGES)


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_each_package_imports_only_what_its_docstring_allows(package: str) -> None:
    """E.g. ``quantities`` reads no other part of the interview; ``reading`` no facts, policy or what-ifs."""
    assert _outside_imports(package, PACKAGES[package]) == set()


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_each_package_module_imports_only_the_modules_listed_before_it(package: str) -> None:
    """The package docstring lists its modules lowest first; a module imports only those above it."""
    order = _module_order(package)
    assert sorted(order) == sorted(p.stem for p in _folder(package).glob("*.py") if p.stem != "__init__")
    assert _late_imports(package) == {}


def test_the_checks_see_a_planted_break(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The import reader finds an upward import and a cycle when they are there."""
    pkg = tmp_path / "assistant" / "interview"
    pkg.mkdir(parents=True)
    (tmp_path / "assistant" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from assistant.web import render\nfrom assistant.interview import b\n")
    (pkg / "b.py").write_text("def f():\n    from assistant.interview import a\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert "assistant.web" in _imports(pkg / "a.py") or "assistant.web.render" in _imports(pkg / "a.py")
    assert _layer("assistant.web.render") == "assistant.web"
    assert "assistant.interview.a" in _imports(pkg / "b.py")


def test_the_package_checks_see_a_planted_break(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A module importing one listed after it, or something its package may not import, is found."""
    pkg = tmp_path / "tools" / "pkg"
    pkg.mkdir(parents=True)
    (tmp_path / "tools" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text('"""A package.\n\n- ``low``: first.\n- ``high``: second.\n"""\n')
    (pkg / "low.py").write_text("from tools.pkg.high import x\nfrom tools.elsewhere import y\n")
    (pkg / "high.py").write_text("from tools.pkg.low import w\nfrom tools.allowed import z\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert _packages_inside_layers() == {"tools.pkg"}
    assert _module_order("tools.pkg") == ["low", "high"]
    assert _late_imports("tools.pkg") == {"low": ["high"]}
    assert _outside_imports("tools.pkg", ("tools.allowed",)) == {
        "tools.pkg.low -> tools.elsewhere",
        "tools.pkg.low -> tools.elsewhere.y",
    }
