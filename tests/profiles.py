"""A workload profile built from facts, as if the user had said each one (for decision and dialogue tests)."""

from __future__ import annotations

from assistant.interview.facts import WorkloadProfile


def profile(**facts: object) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v)
    return p
