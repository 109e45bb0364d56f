"""Head counts by role, the whole message: "2 ML engineers", "a 10-person ML infrastructure team", "no DevOps
people", "two of them know ML", "ML engineers? we have two", "nobody does ops". Each kind of saying is its own module;
this one runs them in order (a count found first stays, unless a later kind says more).
"""

from __future__ import annotations

from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.reading.team_abilities import _by_ability
from assistant.interview.reading.team_changes import _changes
from assistant.interview.reading.team_count_patterns import _by_role
from assistant.interview.reading.team_singles import _asked_and_answered, _me_and_others, _single_people
from assistant.interview.reading.team_unusual import _unusual
from assistant.interview.reading.team_zero import _nobody


def _team_counts(t: str, result: dict[str, Any]) -> None:
    """Head counts: "2 ML engineers", "a 10-person ML infrastructure team", "no DevOps people"."""
    t = rx.sub(r"[ \t]*\n\s*", "; ", t)  # each line of a list its own item: "3\ndevops: 2" is not "3 devops"
    t = rx.sub(r"\b(\d+)\s*\(\s*\1\s*\)", r"\1", t)  # "3 (3) ML engineers"
    t = rx.sub(r"\b(one|two|three|four|five|six|seven|eight|nine|ten)\s*\(\s*\d+\s*\)", r"\1", t)  # "one (1) MLE"
    t = rx.sub(r"(?<![\w.])(\d+)(?=(?:mles?|sres?|ml|devops|ops|ai)\b)", r"\1 ", t)  # "3MLEs"
    cut = scope.chunks(t)
    _by_role(t, result, cut)
    _me_and_others(t, result, cut)
    _by_ability(t, result, cut)
    _single_people(t, result, cut)
    _asked_and_answered(t, result, cut)
    _nobody(t, result)
    _unusual(t, result, cut)
    _changes(t, result)
