"""Patterns compiled once: reading a message again compiles nothing, however many messages came between."""

from __future__ import annotations

import re
from pathlib import Path

import assistant.interview.patterns as rx
from assistant.interview.corpus import load_corpus
from assistant.interview.reading import parse_message

ROOT = Path(__file__).resolve().parents[1]
CALL = re.compile(r"\bre\.(?:search|match|fullmatch|sub|subn|finditer|findall|split)\(")


def test_reading_again_compiles_nothing_after_hundreds_of_other_messages() -> None:
    texts = [e.text for e in load_corpus(strict=False)][:400]
    assert len(texts) == 400
    for text in texts:  # every fixed pattern compiled, and the ones built from these messages' words
        parse_message(text)
    before = rx.compile.cache_info()
    for text in texts[:40]:
        parse_message(text)
    after = rx.compile.cache_info()
    assert after.misses == before.misses
    assert after.hits > before.hits  # the reader did go through the cache


def test_the_re_modules_own_cache_would_not_hold_the_readers_patterns() -> None:
    """Why the cache exists: the reader uses more distinct patterns than ``re`` keeps (512)."""
    for e in load_corpus(strict=False)[:400]:
        parse_message(e.text)
    assert rx.compile.cache_info().currsize > re._MAXCACHE  # type: ignore[attr-defined]


def test_same_answers_as_the_re_functions() -> None:
    text = "Input 3:1 output, about 40k requests/day; 40k out"
    found = rx.search(r"(\d+)K", text, re.I)
    assert found is not None and found.group(1) == "40" and rx.search(r"(\d+)K", text) is None
    assert rx.match(r"input", text) is None and rx.match(r"input", text, re.I) is not None
    assert rx.fullmatch(r"\w+", "abc") is not None and rx.fullmatch(r"\w+", "a c") is None
    assert [m.start() for m in rx.finditer(r"40k", text)] == [24, 42]
    assert rx.findall(r"(\d+):(\d+)", text) == [("3", "1")]
    assert rx.sub(r"\d+", "#", text, count=1) == "Input #:1 output, about 40k requests/day; 40k out"
    assert rx.subn(r"40k", "N", text) == ("Input 3:1 output, about N requests/day; N out", 2)
    assert rx.split(r"[,;]\s*", text) == ["Input 3:1 output", "about 40k requests/day", "40k out"]
    compiled = re.compile(r"out")
    assert rx.compile(compiled) is compiled


def test_interview_and_decision_code_compiles_through_the_kept_patterns() -> None:
    """A ``re.search(pattern, ...)`` in the reader would go back to the 512-pattern cache."""
    found = [
        f"{p.relative_to(ROOT)}:{n}"
        for top in ("assistant/interview", "assistant/decision")
        for p in (ROOT / top).rglob("*.py")
        if p.name != "patterns.py"
        for n, line in enumerate(p.read_text().splitlines(), 1)
        if CALL.search(line)
    ]
    assert found == []
