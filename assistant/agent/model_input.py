"""What a model is sent each call: the system prompt (the rules, a compact state, what this turn should do),
the tools a turn may need and the one it cannot do without, tool schemas compacted, and tool results cut
to what a small model can read.
"""

from __future__ import annotations

import json
from typing import Any

from langchain.agents.middleware import ModelRequest
from langchain_core.tools import BaseTool

from assistant.agent.messages import message_text
from assistant.agent.prompts import ASK_FALLBACK, STATE_TEMPLATE, SYSTEM_PROMPT, TURN_GUIDES
from assistant.conversation.session import AdvisorSession
from assistant.interview.policy import Plan

HISTORY_CHARS = 700  # earlier answers, as the model sees them (the full text stays in the session)
SEARCH_CHARS = 700  # each cited passage, as the model sees it
TOOL_RESULT_CHARS = 2_400  # any other tool result, as the model sees it

# The tools a turn may need, by the parser's plan; the model is offered only these.
TURN_TOOLS: dict[str, tuple[str, ...]] = {
    "analyze": ("analyze_workload", "search_guidance", "price_model"),
    "what_if": ("what_if", "search_guidance"),
    "baseline": ("reset_to_baseline",),
    "audit": ("check_article_figure", "search_guidance"),
    "question": ("search_guidance", "price_model"),
    "explain": ("explain_advice", "search_guidance"),
    "ask": ("update_profile",),
    "confirm": ("update_profile",),
    "problem": ("update_profile",),
    "greeting": ("update_profile",),
    "help": (),
}

# The tool a turn cannot do without: a reply that skips it ignores the pending answer.
NEEDED_TOOL = {
    "analyze": "analyze_workload",
    "what_if": "what_if",
    "baseline": "reset_to_baseline",
    "audit": "check_article_figure",
    "question": "search_guidance",
    "explain": "explain_advice",
}


def llm_system_prompt(session: AdvisorSession, plan: Plan) -> str:
    """A real model's system message: the rules, a compact state, and what this turn should do. It is
    for the model to read; nothing parses it back (the offline policy gets the plan as an object)."""
    state = dict(session.state_for_prompt())
    state["plan"] = {"action": plan.action}  # what to do is spelled out below, in words
    if isinstance(state.get("scenarios"), list):
        state["scenarios"] = state["scenarios"][-3:]
    if isinstance(state.get("said"), dict):  # the user's own words behind each fact, cut to size
        state["said"] = {k: str(v)[:120] for k, v in state["said"].items() if v}
    state = {k: v for k, v in state.items() if v not in (None, [], {})}
    update = plan.action == "analyze" and session.baseline is not None and not plan.full  # only what changed
    guide = TURN_GUIDES.get("update" if update else plan.action, "")
    if guide:
        asked = plan.change or plan.explain
        args = asked.model_dump() if asked is not None else {}
        change = ", ".join(f"{k}={v}" for k, v in args.items() if v not in (None, [], {}))
        guide = guide.format(questions=" ".join(plan.questions) or ASK_FALLBACK, change=change or "as the user said")
    text = json.dumps(state, ensure_ascii=False, default=str)
    return f"{SYSTEM_PROMPT}\n\n{STATE_TEMPLATE.format(state=text)}\n{guide}".rstrip()


_COMPACT: dict[str, dict[str, Any]] = {}


def compact_tool(t: Any) -> Any:
    """A tool as the model sees it: the OpenAI function format with a schema stripped of titles,
    null defaults and nullable unions (about half the tokens; the tool itself still validates)."""
    if not isinstance(t, BaseTool):
        return t
    if t.name not in _COMPACT:
        from langchain_core.utils.function_calling import convert_to_openai_tool

        spec = convert_to_openai_tool(t)
        spec["function"]["parameters"] = _compact_schema(spec["function"].get("parameters", {}))
        _COMPACT[t.name] = spec
    return _COMPACT[t.name]


def _compact_schema(node: Any) -> Any:
    if isinstance(node, list):
        return [_compact_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "title" and isinstance(value, str):
            continue
        if key == "default" and value is None:
            continue
        if key == "anyOf" and isinstance(value, list):
            kept = [v for v in value if v != {"type": "null"}]
            if len(kept) == 1 and isinstance(kept[0], dict):
                out.update(_compact_schema(kept[0]))
                continue
            value = kept
        out[key] = _compact_schema(value)
    return out


def tool_name(t: Any) -> str:
    if isinstance(t, BaseTool):
        return t.name
    if isinstance(t, dict):
        return str(t.get("name") or t.get("function", {}).get("name", ""))
    return str(getattr(t, "name", ""))


def prompt_chars(request: ModelRequest[Any]) -> int:
    system = len(message_text(request.system_message)) if request.system_message else 0
    messages = sum(len(message_text(m)) for m in request.messages)
    schemas = 0
    for t in request.tools:
        if isinstance(t, BaseTool):  # (tools reach the model compacted; this counts either form)
            schema = t.tool_call_schema
            body = schema if isinstance(schema, dict) else schema.model_json_schema()  # type: ignore[union-attr]
            schemas += len(t.description) + len(json.dumps(body))
        else:
            schemas += len(json.dumps(t))
    return system + messages + schemas


def digest(content: str, limit: int) -> str:
    """A tool result cut to what a small model can read: JSON lists to their first items, long strings
    cut, then the bulkiest top-level entries dropped (never the headline or the chosen option)."""
    if len(content) <= limit:
        return content
    try:
        data = json.loads(content)
    except ValueError:
        return content[:limit].rsplit(" ", 1)[0] + " …"

    def dump(obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)

    for items, chars in ((6, 240), (4, 160), (3, 120), (2, 100)):
        trimmed = _trim(data, items, chars)
        text = dump(trimmed)
        if len(text) <= limit:
            return text
    for key in _DROP_FIRST:
        if len(text) <= limit:
            return text
        if _drop(trimmed, key):
            text = dump(trimmed)
    if isinstance(trimmed, dict):
        for key in sorted(trimmed, key=lambda k: -len(dump(trimmed[k]))):
            if len(text) <= limit:
                break
            if key not in _KEEP_KEYS:
                trimmed.pop(key)
                text = dump(trimmed)
    return text


# The parts of an analysis a reply can do without, least needed first.
_DROP_FIRST = ("price_sources", "hybrid", "frameworks", "self_host", "agreement", "detail", "source", "changed_costs")


def _drop(obj: Any, key: str) -> bool:
    """Remove ``key`` wherever it occurs in nested dicts and lists; True if anything went."""
    found = False
    if isinstance(obj, dict):
        found = obj.pop(key, None) is not None
        for v in obj.values():
            found = _drop(v, key) or found
    elif isinstance(obj, list):
        for v in obj:
            found = _drop(v, key) or found
    return found


_KEEP_KEYS = {
    "headline",
    "option",
    "chosen",
    "scenario",
    "difference",
    "change",
    "model",
    "verdict",
    "follows",
    "baseline",
}


def _trim(obj: Any, items: int, chars: int) -> Any:
    if isinstance(obj, dict):
        return {k: _trim(v, items, chars) for k, v in obj.items() if k not in ("chart", "steps", "series")}
    if isinstance(obj, list):
        return [_trim(v, items, chars) for v in obj[:items]]
    if isinstance(obj, str) and len(obj) > chars:
        return obj[:chars] + "…"
    return obj
