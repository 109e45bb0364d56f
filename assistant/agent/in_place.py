"""``DirectTool``: a tool called with its arguments only, on the event loop: its coroutine awaited, or its
function (pure computation of a few milliseconds) run in place, where a worker thread would add a hop and a
queue under load and save nothing (``in_place``).

LangChain reads the type hints of a tool's ``_arun`` on every call (to find a ``RunnableConfig`` parameter)
and, for a tool given as a coroutine, the coroutine's hints and signature too. This module's annotations
are therefore kept as objects (no postponed evaluation), and the tools' own functions are not inspected:
resolving their hints from strings cost about 0.2 ms a call of the event loop's time.
"""

import functools
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForToolRun
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, StructuredTool
from langchain_core.tools.base import FILTERED_ARGS, get_all_basemodel_annotations
from pydantic import PrivateAttr


class DirectTool(StructuredTool):
    """A ``StructuredTool`` whose coroutine takes the tool's arguments only (no ``RunnableConfig``, no
    callbacks): called asynchronously, it is awaited as it is. The arguments a call's record leaves out (the
    injected ones) are found once per tool: LangChain walks the argument schema's annotations on every call
    (a quarter of a millisecond for a what-if's two dozen fields)."""

    _hidden: frozenset[str] | None = PrivateAttr(default=None)

    async def _arun(
        self,
        *args: Any,
        config: RunnableConfig,
        run_manager: AsyncCallbackManagerForToolRun | None = None,
        **kwargs: Any,
    ) -> Any:
        if self.coroutine is not None:
            return await self.coroutine(*args, **kwargs)
        return await super()._arun(*args, config=config, run_manager=run_manager, **kwargs)

    def _filter_injected_args(self, tool_input: dict[str, Any]) -> dict[str, Any]:
        if self._hidden is None:
            # every name LangChain's filter could leave out, and which of them it does (it depends on the tool only)
            names = {*FILTERED_ARGS, *self._injected_args_keys}
            if self.args_schema is not None and not isinstance(self.args_schema, dict):
                names |= set(get_all_basemodel_annotations(self.args_schema))
            kept = super()._filter_injected_args(dict.fromkeys(names))
            self._hidden = frozenset(names - set(kept))
        hidden = self._hidden
        return {k: v for k, v in tool_input.items() if k not in hidden}


def in_place(t: BaseTool) -> BaseTool:
    """The tool, its function run on the event loop when called asynchronously, or its own coroutine awaited
    as it is (a tool that is not a ``StructuredTool`` is returned as it is)."""
    if isinstance(t, DirectTool) or not isinstance(t, StructuredTool) or (t.func is None and t.coroutine is None):
        return t
    fields = {name: getattr(t, name) for name in type(t).model_fields}
    if t.coroutine is not None:
        return DirectTool(**fields)
    func = t.func
    assert func is not None

    @functools.wraps(func)
    async def run(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return DirectTool(**{**fields, "coroutine": run})
