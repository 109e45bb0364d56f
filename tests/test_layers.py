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


INTERVIEW = ROOT / "assistant" / "interview"
# package -> what its modules may import besides each other (each package's docstring says the same)
READERS: dict[str, tuple[str, ...]] = {
    "quantities": ("tools.", "assistant.interview.scope"),
    "reading": (
        "tools.",
        "assistant.interview.quantities.",
        "assistant.interview.cues",
        "assistant.interview.cue_table",
        "assistant.interview.scope",
        "assistant.interview.classifier",
        "assistant.interview.deadline",
    ),
}


@pytest.mark.parametrize("package", sorted(READERS))
def test_the_readers_import_only_what_their_docstring_allows(package: str) -> None:
    """``quantities`` reads no other part of the interview; ``reading`` no facts, policy or what-ifs."""
    allowed = (*READERS[package], f"assistant.interview.{package}.")
    outside = {
        f"{_module_name(path)} -> {target}"
        for path in sorted((INTERVIEW / package).glob("*.py"))
        for target in _imports(path)
        if target != "assistant.interview" and not target.startswith(allowed)  # the package names its modules
    }
    assert outside == set()


@pytest.mark.parametrize("package", sorted(READERS))
def test_each_reader_module_imports_only_the_modules_listed_before_it(package: str) -> None:
    """The package docstring lists its modules lowest first; a module imports only those above it."""
    folder = INTERVIEW / package
    doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))) or ""
    order = re.findall(r"^- ``(\w+)``", doc, re.MULTILINE)
    assert sorted(order) == sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")
    prefix = f"assistant.interview.{package}."
    late: dict[str, list[str]] = {}
    for i, name in enumerate(order):
        used = {".".join(t.split(".")[:4]) for t in _imports(folder / f"{name}.py") if t.startswith(prefix)}
        later = sorted(u.removeprefix(prefix) for u in used if u.removeprefix(prefix) not in order[:i])
        if later:
            late[name] = later
    assert late == {}


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
