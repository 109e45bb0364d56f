"""One conversation: the session (profile, baseline, scenarios), turn records and their store.

May import: ``tools``, ``assistant.interview``, ``assistant.decision``, ``assistant.vocab``.
"""
