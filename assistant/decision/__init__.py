"""From facts to advice: the analysis, its rules and thresholds (as data), the articles' frameworks.

May import: ``tools``, ``assistant.interview``, ``assistant.vocab``. Never the agent, web or CLI layers.
"""
