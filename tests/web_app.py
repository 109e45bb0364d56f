"""The Chainlit app as a new server process would load it, for tests: its process state made afresh."""

from __future__ import annotations

import importlib
import re
from types import ModuleType


def fresh_app() -> ModuleType:
    """``assistant.web.app`` reloaded after the serving modules that hold the process state (the wiring, the
    runtime, the downloads, the upload pool), lowest first, so each handler sees this test's settings."""
    import assistant.web.app
    import assistant.web.serving as serving

    for name in re.findall(r"^- ``(\w+)``", serving.__doc__ or "", re.MULTILINE):
        importlib.reload(importlib.import_module(f"assistant.web.serving.{name}"))
    return importlib.reload(assistant.web.app)
