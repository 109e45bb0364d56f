"""From facts to advice: the analysis, its rules and thresholds (as data), the articles' frameworks.

The analysis, one step a module: ``analysis`` (``analyze``: the steps in order), ``inputs`` (the user's knobs,
``AnalysisOptions``, and what the analysis starts from), ``results`` (the typed ``Analysis`` and the
``Candidate`` the steps pass along), ``api_options`` (APIs, hosts, deployments, batch, hybrid routing to a small
self-hosted fleet priced), ``routing`` (the simple share to a small model's API), ``fleets`` (self-hosted fleets
sized and priced per GPU type), ``hardware`` (a fleet on GPUs you own or buy), ``choice`` (the pick, set-asides
and relaxations), ``summary`` (headline, reasons, exclusions, assumptions, table), ``flips`` (what would change
the answer), ``curves`` (breakevens and the chart). Beside it: ``explain`` (answers about the advice; a package,
one kind of answer a module), ``delta`` (what moved between two analyses: a what-if, a settings change, new
facts), ``update`` (what moved, in words: the one writer of the update after new facts, its verdict and moved
costs), ``constraints`` (what a profile requires and what each option breaks), ``latency`` (p99 time to first
token and to the whole answer), ``rules`` (``data/rules.toml``, ``data/models.toml``, ``data/frameworks.toml``,
each value sourced), ``frameworks`` (each article's own decision framework).

May import: ``tools``, ``assistant.interview``, ``assistant.vocab``. Never the agent, web or CLI layers.
"""
