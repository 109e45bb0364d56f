"""Contract terms a vendor must meet, blanked out before a message is cut into chunks (``scope.chunks``).

"fine if there's a DPA", "provided zero retention", "with a no-training agreement": a condition on the vendor, whose
"if" hedges nothing and whose "zero"/"no" denies nothing. A wish ("if we had a BAA we could ...") is left alone.
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx

# A contract term the vendor must meet ("fine if there's a DPA", "provided zero retention", "with a no-training
# agreement"): a condition on the vendor, whose "if" hedges nothing and whose "zero"/"no" denies nothing. Not a wish
# ("if we had a BAA we could ...").
CONTRACT_TERM = rx.compile(
    r"(?<=[\w,] )(?P<op>(?:only )?(?:if|once|provided(?: that)?|assuming|with|under|given|as long as|so long as))\b"
    r"(?!\s+(?:we|they|you) (?:had|did|were|got|could|would|signed)\b)"
    # (the opener nearest the term: "ok with OpenAI as long as a DPA is signed" keeps its "with")
    r"(?P<body>(?:\s+(?!but\b|and\b|if\b|once\b|provided\b|assuming\b|with\b|under\b|given\b|(?:as|so) long as\b)"
    r"[\w'-]+){0,6}?\s+(?:dpas?|baas?|sccs?|zero[- ]?(?:data[- ])?retention|"
    r"no[- ](?:data[- ])?retention|zdr|data processing (?:agreement|addendum)|business associate agreement|"
    r"no[- ]training(?: agreement| clause| terms)?|opt[- ]out of training))\b"
)
_TERM_NEGATION = rx.compile(r"\b(?:no|zero|not|never|without)\b")


def mask_contract_terms(text: str) -> str:
    """``text`` with the opener and the negations of each contract term blanked out (same length, same offsets)."""

    def blank(m: re.Match[str]) -> str:
        body = _TERM_NEGATION.sub(lambda n: " " * len(n.group(0)), m["body"])
        return " " * len(m["op"]) + body

    return CONTRACT_TERM.sub(blank, text)
