"""From facts to advice: the analysis, its rules and thresholds (as data), the articles' frameworks.

``analysis`` (options priced, checked, chosen; the typed ``Analysis``), ``constraints`` (what a profile
requires and what each option breaks), ``latency`` (p99 time to first token and to the whole answer),
``rules`` (``data/rules.toml``, ``data/models.toml``, ``data/frameworks.toml``, each value sourced),
``frameworks`` (each article's own decision framework).

May import: ``tools``, ``assistant.interview``, ``assistant.vocab``. Never the agent, web or CLI layers.
"""
