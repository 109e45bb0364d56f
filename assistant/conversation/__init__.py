"""One conversation: the session (profile, baseline, scenarios), turn records and their store.

- ``records``: a turn as recorded (tool calls, citations).
- ``scenarios``: a what-if beside the baseline and how it differs.
- ``state``: what a conversation holds.
- ``planning``: a message read and planned, its profile change stored.
- ``persistence``: the session to and from its stored state.
- ``session``: ``AdvisorSession``, the above together with what the agent's tools do with it.
- ``store/``: the stored state per turn.

May import: ``tools``, ``assistant.interview``, ``assistant.decision``, ``assistant.vocab``.
"""
