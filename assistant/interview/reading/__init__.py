"""Reading one user message into profile facts: numbers by rule, categories by rule and classifier.

``parse_message(text, expecting)`` is the seam the dialogue codes against. Quantities ("twenty million
tokens a day", "120k requests a day, ~1,500 in and 300 out", "3:1 input to output", "$12k a month on
GPT-4o", "16 H100s") come from ``quantities``; categorical facts (traffic shape, regimes, data boundary,
team, quality, latency kind, batch tolerance, fine-tuning) from the cue rules in ``cues`` read with the
negation and scope rules in ``scope``, checked and extended by the classifier in ``classifier``. Whatever
is touched but unclear or contradictory goes to ``clarify`` instead of being stored: a wrong fact stored
as said is worse than a question. Nothing is inferred from an industry word. Nothing here raises.

Modules, lowest first (each imports only modules above it in this list):

- ``result``: ``ParseResult`` and ``Update``, what the reader returns.
- ``answers``: short answers to the question just asked ("yes", "no", "the second one", "a couple").
- ``team_roles``: the role vocabulary the team readers share, and how a count's place in the message reads.
- ``team_count_patterns``: head counts said with a role word ("2 ML engineers", "ML team of 4").
- ``team_abilities``: head counts said by what people can do ("4 engineers who can deploy models").
- ``team_singles``: counts of one and asked-then-answered roles ("I handle the ops myself", "SREs? none").
- ``team_zero``: roles nobody has ("we don't have any ML engineers", "nobody does ops").
- ``team_unusual``: head counts in words the role patterns do not know ("two infra blokes", "our CTO does devops").
- ``team_changes``: today's count where the message tells a change ("had 6, 2 left, so 4 now", "down to 2").
- ``team_counts``: head counts by role, the whole message (runs the seven above in order).
- ``team_names``: head counts from people named ("Ana and Raj run infra").
- ``team_infra``: GPUs said to serve a model today ("GPU nodes in our EKS cluster serve our embedding model").
- ``team``: the team facts of one message.
- ``categorical``: categorical facts from the cue rules (``rule_facts``).
- ``model_mentions``: the current model and the candidates named.
- ``intents``: what a message asks the advisor to do.
- ``pending``: answers to the reader's own follow-up questions (``resolve_pending``).
- ``region``: the region a data residency rule keeps the data in, never where the company merely is.
- ``vendor_home``: companies that may not get the data, by where they are based ("no US company").
- ``quality_bar``: a quality bar named by a model ("at least as good as GPT-4o mini").
- ``languages``: languages the answers must be good in ("italian must be perfect").
- ``message``: ``parse_message``, the whole message.

Here, for the rest of the application: ``parse_message``, ``resolve_pending``, ``recounted``, ``ParseResult``,
``Update``, ``MODEL_MENTIONS``, ``REGIMES``, and for one-time work priced when no monthly volume comes,
``read_one_off`` and ``months_spread``.

May import: ``tools``, the shared vocabulary (``assistant.vocab``) and the interview's readers (``quantities``,
``cues`` and its ``cue_table``, ``cue_context`` and ``cue_experience``, ``places``, ``cloud_regions``, ``team_none``,
``scope``, ``classifier``, ``deadline``, ``patterns``); never the facts, the dialogue policy or the what-ifs,
which import it.
"""

from assistant.interview.quantities.one_off import months_spread
from assistant.interview.quantities.rates import calls_per
from assistant.interview.reading.categorical import REGIMES
from assistant.interview.reading.message import parse_message, read_one_off
from assistant.interview.reading.model_mentions import MODEL_MENTIONS
from assistant.interview.reading.pending import recounted, resolve_pending
from assistant.interview.reading.result import ParseResult, Update

__all__ = [
    "MODEL_MENTIONS",
    "REGIMES",
    "ParseResult",
    "Update",
    "calls_per",
    "months_spread",
    "parse_message",
    "read_one_off",
    "recounted",
    "resolve_pending",
]
