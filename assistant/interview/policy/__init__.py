"""The dialogue policy: from (profile, what the message said, dialogue state) to a plan and a profile change.

``plan_turn`` is a pure function: it reads the profile and returns what to store, what to ask and
what to do, and the next dialogue state; the session applies the change. The rules:

- recommend as soon as the volume is known and every topic that could flip the answer (the
  topics of ``data/dialogue.toml`` whose condition holds) was answered, skipped, or asked once;
  everything else is assumed, listed, and editable;
- no question is asked more than ``max_asks`` times; "skip", "not sure", "just tell me" go ahead
  with stated assumptions (an example volume, said so, if even the volume is missing);
- a later line never overwrites a stated fact unless it is a correction or answers the question
  just asked; a conflict or an unclear reading gets one clarifying question;
- every confirmation is in plain words (``describe``), with the user's own phrasing.

Modules, lowest first (each imports only modules above it in this list):

- ``topics``: the topics as data (``DialoguePolicy``, ``load_policy``) and when each matters (``CONDITIONS``).
- ``plan``: what the policy reads and returns (``TurnInput``, ``Plan``, ``AdviceQuestion``, ``ProfileChange``,
  ``DialogueState``, ``Decision``).
- ``merging``: the reading turned into facts to store, conflicts and unclear readings set apart.
- ``asking``: what to ask next (``open_topics``, ``ready``) and one clarifying question.
- ``planning``: the plan for one message (``plan_turn``).

Here, for the rest of the application (the session, the agent, the explanations): the names in ``__all__``.

May import: ``tools``, ``assistant.vocab``, and of the interview the facts, their descriptions, the readers'
results (``reading``), a workload added to the volume said (``added_workload``), what-ifs (``whatif``) and
patterns compiled once (``patterns``).
"""

from assistant.interview.policy.asking import clarifying_question, open_topics, ready
from assistant.interview.policy.merging import same_value
from assistant.interview.policy.plan import (
    Action,
    AdviceQuestion,
    Decision,
    DialogueState,
    ExplainKind,
    Plan,
    ProfileChange,
    TurnInput,
)
from assistant.interview.policy.planning import plan_turn
from assistant.interview.policy.topics import (
    CONDITIONS,
    DATA,
    EXAMPLE_VOLUME_NOTE,
    Condition,
    DialoguePolicy,
    ExampleVolume,
    Topic,
    load_policy,
)

__all__ = [
    "CONDITIONS",
    "DATA",
    "EXAMPLE_VOLUME_NOTE",
    "Action",
    "AdviceQuestion",
    "Condition",
    "Decision",
    "DialoguePolicy",
    "DialogueState",
    "ExampleVolume",
    "ExplainKind",
    "Plan",
    "ProfileChange",
    "Topic",
    "TurnInput",
    "clarifying_question",
    "load_policy",
    "open_topics",
    "plan_turn",
    "ready",
    "same_value",
]
