"""Nobody technical on the team: "there are no engineers on staff", "zero devs", a role put as a question and
answered with nobody ("devops? we don't have any"). Used by the team readers (``reading.team_zero``).
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview import scope

# Nobody technical at all ("there are no engineers on staff", "zero devs", "we don't have any engineers"): no one to
# run models and no one to run servers. Not when the people are qualified ("no engineers who know ML").
NO_ENGINEERS = rx.compile(
    r"(?:\bno|\bzero|\b0|don'?t have any|do not have any|doesn'?t have any|without any|not a single|not one|"
    r"(?:don'?t|do not) (?:have|employ) an?|(?:have|has|with) no) (?:in[- ]house |full[- ]time |software |technical |"
    r"tech |dedicated |actual |real )?(?:engineers?|engineering (?:team|staff|people)|developers?|devs|"
    r"programmers?|coders?|tech(?:nical)? (?:people|staff|folks|team|person)|it (?:people|staff|folks|team|"
    r"department))(?= *(?:$|[,.;!)]|on (?:staff|the team|payroll|board)|at all|in[- ]house|here|whatsoever|"
    r"(?:and|but|so|or|because|since|,) ))|\b(?:nobody|no one|noone) (?:here |on (?:the |our )?(?:team|staff) )?"
    r"(?:is )?(?:technical|an engineer|a developer|a dev|who can code|who codes|writes code)\b"
)


# A role put as a question and answered with nobody ("devops? we don't have any", "ML people: none").
NONE_HERE = (
    r"(?:(?:we|i) (?:don'?t|do not) have (?:any|one|anyone|anybody)|(?:there are |there'?s |there is |we have |"
    r"it'?s )?(?:none|nobody|no one|"
    r"zero|nope|nah)\b|not (?:a single one|one|really))"
)


def no_engineers(text: str) -> bool:
    """Whether the message says there are no engineers at all, as a statement about the user."""
    for chunk in scope.chunks(text):
        if NO_ENGINEERS.search(chunk.text) and not (chunk.question or chunk.hypothetical or chunk.others or chunk.past):
            return True
    return False
