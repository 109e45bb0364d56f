"""Numeric grounding: every figure in an answer must come from a tool result or the user."""

from __future__ import annotations

import bisect
import contextlib
import functools
import json
import math
import re
from collections.abc import Callable, Iterable
from typing import Any

_NAMES = re.compile(
    r"\b(?:gpt|claude|gemini|llama|qwen|mistral(?: small| large)?|grok|gemma|deepseek|opus|sonnet|haiku|phi|rtx|"
    r"step|tier|section|soc|pci|iso|version)[\s-]?v?\d+(?:\.\d+)*(?:[- ]\d+(?:\.\d+)?b\b|-[a-z0-9]+)*\b|"
    r"\b[a-z]+\d+[a-z0-9]*(?:-[a-z0-9]+)*\b|"  # H100, A100, L4, p99, fp8, int4, a100-80gb
    r"\b\d+(?:\.\d+)?b(?=[\s,)]*(?:model|parameter|params|instruct|vision))|\b\d+-bit\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.])[-+]?\$?\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|b|t|million|billion|thousand|trillion)?"
    r"x?(?![\w])",
    re.IGNORECASE,
)
_SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "million": 1e6,
    "b": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "trillion": 1e12,
}


_DIGIT = re.compile(r"\d")
Figure = tuple[str, float, float]


def numbers_in(text: str) -> list[Figure]:
    """(as written, value, half of the last written digit) for every figure in a text."""
    return list(_figures(text)) if _DIGIT.search(text) else []


@functools.lru_cache(maxsize=8192)  # tool payloads repeat the same notes and labels turn after turn
def _figures(text: str) -> tuple[Figure, ...]:
    cleaned = _NAMES.sub(" ", re.sub(r"https?://\S+", " ", text))
    cleaned = re.sub(r"\b(19|20)\d{2}-\d{2}(?:-\d{2})?\b", " ", cleaned)  # dates
    out = []
    for m in _NUMBER.finditer(cleaned):
        digits = m.group(1).replace(",", "")
        try:
            base = float(digits)
        except ValueError:
            continue
        scale = _SCALE.get((m.group(2) or "").lower(), 1.0)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        out.append((m.group(0).strip(), base * scale, 0.5 * 10 ** (-decimals) * scale))
    return tuple(out)


def _walk(obj: Any) -> Iterable[float]:
    if isinstance(obj, bool):
        return
    if isinstance(obj, int | float):
        if math.isfinite(obj):
            yield float(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _walk(v)
    elif isinstance(obj, list | tuple):
        for v in obj:
            yield from _walk(v)
    elif isinstance(obj, str) and _DIGIT.search(obj):
        for _, value, _ in _figures(obj):
            yield value


def allowed_values(tool_payloads: Iterable[Any], user_texts: Iterable[str]) -> list[float]:
    """Values a figure may match: tool numbers (and their %, per-day and unit views) and the user's."""
    values: set[float] = set()
    for payload in tool_payloads:
        if isinstance(payload, str):
            with contextlib.suppress(ValueError):
                payload = json.loads(payload)
        for v in _walk(payload):
            v = abs(v)  # signs are written as words ("saves", "+/-")
            values.update({v, v * 100, v / 30, v * 30, v * 12})
    for text in user_texts:
        for _, v, _ in numbers_in(text):
            values.update({v, v * 30, v / 30})
    return sorted(values)


def ungrounded(answer: str, allowed: list[float]) -> list[str]:
    """Figures in the answer that no tool result or user message supports (``allowed`` sorted)."""
    return first_ungrounded(answer, lambda: allowed)


def first_ungrounded(answer: str, *sources: Callable[[], list[float]]) -> list[str]:
    """Like ``ungrounded`` over the union of the sources' allowed values (each sorted), but a source is
    only computed while some figure is still unsupported: the cheap ones go first."""
    figures = [f for f in numbers_in(answer) if not (f[1] <= 10 and float(f[1]).is_integer())]  # counts, 'two'
    for source in sources:
        if not figures:
            break
        allowed = source()
        figures = [f for f in figures if not _supported(f, allowed)]
    return list(dict.fromkeys(written for written, _, _ in figures))


def _supported(figure: Figure, allowed: list[float]) -> bool:
    _, value, half_step = figure
    tol = max(half_step, abs(value) * 0.005) + 1e-9
    # within the written precision, or within 0.5% of an allowed value (all allowed values are >= 0)
    low, high = min(value - tol, value / 1.005), max(value + tol, value / 0.995)
    i = bisect.bisect_left(allowed, low)
    return i < len(allowed) and allowed[i] <= high


# ---------------------------------------------------------------------------------------------
# Reply checks: what a weak or misconfigured model produces that must never reach the user.

# Chat-template control tokens of the common families (ChatML, Llama 2/3, Gemma, Mistral, Phi,
# GPT-2/NeoX, DeepSeek, Qwen tool calls), and the generic <|...|> shape they share.
_TEMPLATE = re.compile(
    r"<\|[^|<>\s]{1,40}\|>|<｜[^｜<>]{1,40}｜>|\[/?INST\]|<</?SYS>>|</?s>|<(?:start|end)_of_turn>|"
    r"<(?:bos|eos|pad|unk|mask)>|\[/?(?:AVAILABLE_TOOLS|TOOL_CALLS|TOOL_RESULTS|SYSTEM_PROMPT)\]|"
    r"</?tool_call>|</?tool_response>|</?function_call>|<\|?(?:im_start|im_end|endoftext)\|?>",
    re.IGNORECASE,
)
# End-of-turn markers a server sometimes leaves at the very end of a good reply: cut, not refused.
_TRAILING_END = re.compile(
    r"(?:\s*(?:<\|im_end\|>|<\|eot_id\|>|<\|end\|>|<end_of_turn>|</s>|<eos>|<\|endoftext\|>))+\s*$"
)
_WORDS = re.compile(r"[a-z0-9]+(?:['.][a-z0-9]+)*")


def template_tokens(text: str) -> list[str]:
    """The chat-template control tokens in a text, as written (first occurrence of each)."""
    return list(dict.fromkeys(m.group(0) for m in _TEMPLATE.finditer(text)))


def strip_trailing_end(text: str) -> str:
    """A reply without the end-of-turn markers some servers leave at its very end."""
    return _TRAILING_END.sub("", text)


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def echoes(reply: str, source: str, *, min_words: int = 4, span: int = 8) -> bool:
    """True when the reply repeats the source: it mostly consists of it, copies a long one from its
    start, or (for a long source such as a system prompt) carries any run of ``span`` of its words.
    A reply that restates a short message and goes on to answer it is not an echo."""
    said, got = _words(source), _words(reply)
    if len(said) < min_words or not got:
        return False
    if len(said) >= 12 and got[:12] == said[:12]:  # a long message copied from its start
        return True
    text, whole = " ".join(got), " ".join(said)
    if whole in text and len(said) * 2 >= len(got):
        return True
    if len(said) >= 3 * span:
        grams = {" ".join(said[i : i + span]) for i in range(len(said) - span + 1)}
        return any(" ".join(got[i : i + span]) in grams for i in range(len(got) - span + 1))
    return False
