"""The agent: the loop, its tools, grounding, prompts, model choice and the offline policy.

May import: ``tools``, ``knowledge``, ``assistant.interview``, ``assistant.decision``,
``assistant.conversation``, ``assistant.vocab``, ``assistant.escape``, ``assistant.settings``. Never the
web or CLI layers.
"""
