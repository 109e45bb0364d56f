"""Head counts said by what people can do instead of their title: "4 engineers who can deploy models", "two of them
have an ML background", "2 folks who manage the k8s clusters".
"""

from __future__ import annotations

from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.reading.answers import _count
from assistant.interview.reading.team_roles import COUNT, PEOPLE, ROLE_ML, ROLE_OPS, stance


def _by_ability(t: str, result: dict[str, Any], cut: list[scope.Chunk]) -> None:
    """Counts of people said by what they do, for roles not yet counted."""
    from assistant.interview.quantities.guards import _negated

    # What people can do, said instead of their title: "4 engineers who can deploy models", "three are capable of
    # serving models", "two of them have an ML background", "2 folks who manage the k8s clusters"
    capable = (
        r"(?:did|have done|has done|had done|'ve done)\s+(?:some\s+)?(?=(?:ml|llm|ai|model)\b)|"
        r"(?:currently\s+|already\s+|also\s+|actually\s+)?(?=(?:deploy|serv|run|train|build|ship|operat|host|manag|"
        r"handl|maintain|productioni[sz]|keep)\w*\s)|"
        r"(?:who|that|which)\s+(?:also\s+|kinda\s+|sort of\s+|actually\s+|already\s+)?(?:can|could|know how to|"
        r"knows how to|"
        r"are able to|is able to|have|has|do|does|know|knows)?\s*|(?:can|could|know how to|are able to)\s+|"
        r"(?:capable of|able to)\s+|"  # "two engineers capable of deploying models"
        # what they do said in brackets after the title: "2x quant dev (deploy + serve our models, torch/triton)"
        r"\(\s*(?=(?:deploy|serv|run|train|build|ship|operat|host|fine[- ]?tun)\w*\b)|"
        r"(?:are|is)\s+(?:capable of|able to|comfortable|good at|experienced (?:in|with|at)|familiar with|fluent in|"
        r"trained in)\s+|(?:have|has|with)\s+(?:an?\s+|some\s+|real\s+|solid\s+|proper\s+)?"
    )
    ml_work = (
        r"(?:(?:ml |llm |ai )?model (?:serving|deployment|training|inference|hosting)\b|"
        r"(?:deploy|serv|run|train|build|fine[- ]?tun|ship|operat|host|productioni[sz])\w*\s+"
        r"(?:(?:and|\+|&|/)\s*\w+\s+)?"
        r"(?:\w+\s+){0,2}?(?:models?|llms?|ml)\b|(?:pytorch|tensorflow|jax|hugging ?face|transformers|vllm)\b|(?:ml|"
        r"machine learning|ai|data science|mlops)\s+(?:background|experience|skills|"
        r"expertise|chops|knowledge|know-how)\b|(?:do|does|doing|handle\w*|cover\w*)?\s*(?:some\s+|the\s+|"
        r"all\s+the\s+)?"
        r"(?:ml|machine learning|ai|data science)(?: part| work| stuff| side| bits?)?\b)"
    )
    ops_work = (
        r"(?:(?:manag|run|handl|maintain|operat|babysit|look\w* after|keep)\w*\s+(?:the\s+|our\s+)?(?:\w+\s+){0,1}?"
        r"(?:infra\w*|servers?|ops|cluster\w*|k8s|kubernetes|platform|deployments?|aws|azure|gcp|cloud)\b|(?:devops|"
        r"ops|sre|infra\w*|"
        r"sysadmin)\s+(?:background|experience|skills|expertise|chops)\b|(?:do|does|doing|handle\w*|cover\w*)\s+"
        r"(?:some\s+|the\s+|all\s+the\s+|our\s+|all\s+(?:of\s+)?our\s+)?(?:devops|ops|infra\w*|sre work|operations|"
        r"on-?call|servers?|deployments?|(?:aws|azure|gcp|cloud)(?:\s+(?:stuff|work|side|things|setup))?)\b)"
    )
    lead = (
        COUNT
        + r"(?:x|×)?\s+(?:of (?:them|whom|which|those|us|these)\s+)?(?:(?:\w+\s+)?(?:"
        + PEOPLE
        + r")\s+)?(?:"
        + capable
        + r")"
    )
    for work, key in ((ml_work, "ml_engineers"), (ops_work, "devops")):
        for m in rx.finditer(lead + work, t):
            n = _count(m["n"])
            if n is None or key in result:
                continue
            pol = stance(t, cut, m.start())
            if pol in ("question", "other") or (n > 0 and (pol == "no" or _negated(t, m.start()))):
                continue
            who = rx.match(lead, t[m.start() :])
            if m["n"] in ("a", "an") and not (who and rx.search(r"\b" + PEOPLE + r"\b", who.group(0))):
                continue  # "a managed k8s cluster": a thing, not one person who manages it
            other = ROLE_OPS if key == "ml_engineers" else ROLE_ML
            if who is not None and rx.search(r"\b" + other + r"\b", who.group(0)):
                continue  # "our two ML engineers also run k8s": counted as ML engineers, not as an ops team
            result[key] = n
