"""The grounding check: the figures of an answer that no tool result or user message supports."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from assistant.agent.grounding.allowed import Allowed
from assistant.agent.grounding.figures import Written, figures_in


def _small_count(figure: Written) -> bool:
    """A count up to ten ('2 replicas', '3x', 'step 4') needs no source; a share, money or volume does."""
    return figure.unit in ("number", "gpus", "ratio") and figure.value <= 10 and float(figure.value).is_integer()


def ungrounded(answer: str, allowed: Allowed | Iterable[float]) -> list[str]:
    """Figures in the answer that no tool result or user message supports."""
    return first_ungrounded(answer, lambda: allowed)


def first_ungrounded(answer: str, *sources: Callable[[], Allowed | Iterable[float]]) -> list[str]:
    """Like ``ungrounded`` over the union of the sources' allowed values, but a source is only
    computed while some figure is still unsupported: the cheap ones go first. A source may give plain
    numbers (no unit known)."""
    figures = [f for f in figures_in(answer) if not _small_count(f)]
    for source in sources:
        if not figures:
            break
        allowed = Allowed.of(source())
        figures = [f for f in figures if not allowed.supports(f)]
    return list(dict.fromkeys(f.written for f in figures))
