"""Answers about the advice itself, from the analysis and the cost engine (never from retrieval).

``classify`` recognises a question about the advice in many phrasings ("why?", "how did you get the self-host
figure?", "what do you know about us?", "compare with Claude Sonnet 4.5", "what about H100s?") and off-topic
requests; the ``*_answer`` functions write the answers: the deciding facts and rules, the arithmetic with its
inputs, the profile said vs assumed, and other models priced with the engine beside the recommendation.

Modules, lowest first (each imports only modules above it in this list):

- ``names``: model and GPU names in free text, resolved against the catalog (``Resolver``, ``resolver_for``).
- ``questions``: which question a message asks (``classify``): cue phrases scored per kind.
- ``explanation``: one answer (``Explanation``) and its money words (``usd``, ``rate``, against the recommendation).
- ``profile``: what the advisor knows, said and assumed (``profile_answer``).
- ``how``: the arithmetic behind a figure (``how_answer``), a total over a term (``term_answer``).
- ``why``: the deciding facts and rules, and an alternative asked about, priced (``why_answer``).
- ``compare``: other models and GPUs priced beside the recommendation (``compare_answer``).
- ``region``: the options that keep the data in a region (``region_answer``).
- ``scope``: self-hosting is always priced (``capability_answer``); outside the scope (``scope_answer``).

Here, for the rest of the application (the session, the agent's tools): the names in ``__all__``.

May import: ``tools``, ``assistant.vocab``, of the interview the profile, its descriptions, the question shapes
(``policy``), the region reader and the words of a trial told (``reading.intents``), patterns compiled
once (``patterns``), and of the decision layer the
analysis, its inputs, results, rules and constraint words. Never the agent, web or CLI layers.
"""

from assistant.decision.explain.compare import compare_answer
from assistant.decision.explain.explanation import Explanation, rate, usd
from assistant.decision.explain.how import how_answer, term_answer
from assistant.decision.explain.names import Resolver, resolver_for
from assistant.decision.explain.profile import profile_answer
from assistant.decision.explain.questions import classify
from assistant.decision.explain.region import region_answer
from assistant.decision.explain.scope import capability_answer, scope_answer
from assistant.decision.explain.why import why_answer

__all__ = [
    "Explanation",
    "Resolver",
    "capability_answer",
    "classify",
    "compare_answer",
    "how_answer",
    "profile_answer",
    "rate",
    "region_answer",
    "resolver_for",
    "scope_answer",
    "term_answer",
    "usd",
    "why_answer",
]
