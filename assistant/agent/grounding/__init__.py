"""Numeric grounding: every figure in an answer must come from a tool result or the user; and the reply checks.

Modules, lowest first (each imports only modules above it in this list):

- ``figures``: every figure a text writes, with its value, precision, unit, period and clause words.
- ``allowed``: the values a figure may match, by unit, with the views that make sense for each unit.
- ``check``: the figures of an answer that nothing supports (``ungrounded``, ``first_ungrounded``).
- ``replies``: what must never reach the user from a weak model: template tokens, an echo of the prompt.

Here, for the rest of the application (the agent loop, its middleware and tools): the names in ``__all__``.

May import: ``tools.results`` (the conventions: days per month). Nothing else of the application.
"""

from assistant.agent.grounding.allowed import Allowed, allowed_values
from assistant.agent.grounding.check import first_ungrounded, ungrounded
from assistant.agent.grounding.figures import Unit, Written, figures_in, numbers_in, words_of
from assistant.agent.grounding.replies import echoes, strip_trailing_end, template_tokens

__all__ = [
    "Allowed",
    "Unit",
    "Written",
    "allowed_values",
    "echoes",
    "figures_in",
    "first_ungrounded",
    "numbers_in",
    "strip_trailing_end",
    "template_tokens",
    "ungrounded",
    "words_of",
]
