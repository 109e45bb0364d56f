"""The agent: the loop, its tools, grounding, prompts, model choice and the offline policy.

The loop, one concept a module: ``loop`` (``Advisor``: the turn runner, with its deadline, fallback and
grounding sources), ``factory`` (``build_agent``: one LangChain agent for every model), ``middleware``
(prompt sizing, reply checks with one corrective retry, contained tool errors), ``model_input`` (what a
model is sent: system prompt, the turn's tools, compacted schemas, digested tool results), ``turn`` (the
running turn's stats and deadline), ``streaming`` (a reply streamed while it is checked), ``fallback``
(circuit breaker, undoing a failed turn), ``messages`` (reading a turn's messages). Beside it: ``context``
(``TurnContext``, the turn's runtime context), ``tools`` (called directly, on the event loop: ``in_place``),
``grounding`` (a package: figures, allowed values, the check, reply checks), ``prompts``, ``models`` (model
choice), ``offline`` (the offline policy), ``compose`` (its answers; when later facts re-ran the analysis,
``assistant.decision.update`` says what changed).

May import: ``tools``, ``knowledge``, ``assistant.interview``, ``assistant.decision``,
``assistant.conversation``, ``assistant.vocab``, ``assistant.escape``, ``assistant.settings``. Never the
web or CLI layers.
"""
