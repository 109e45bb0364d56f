"""The interview: reading what the user says into facts, the facts themselves, what-ifs, dialogue policy.

May import: ``tools``, ``assistant.vocab``, ``assistant.settings``. Never the agent, web or CLI layers.
"""
