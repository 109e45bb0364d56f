"""The advisor state per turn as a difference: ``state_delta`` (what turns one JSON value into another,
key by key and element by element) and ``apply_delta`` (a value with a difference applied)."""

from __future__ import annotations

from typing import Any

_SET, _DICT, _LIST = "s", "d", "l"


def state_delta(old: Any, new: Any) -> list[Any] | None:
    """What turns ``old`` into ``new`` (JSON values), or None when they are equal. Dicts change key by
    key, lists element by element plus what was appended, so a turn that appends a record and changes
    one fact costs about the record and the fact, not the whole state."""
    if old == new:
        return None
    if isinstance(old, dict) and isinstance(new, dict):
        changed = {k: d for k, v in new.items() if (d := state_delta(old.get(k, _Missing), v)) is not None}
        return [_DICT, changed, [k for k in old if k not in new]]
    if isinstance(old, list) and isinstance(new, list):
        common = min(len(old), len(new))
        changed_items = {str(i): d for i in range(common) if (d := state_delta(old[i], new[i])) is not None}
        if len(changed_items) > common // 2 and common > 2:
            return [_SET, new]
        return [_LIST, len(new), changed_items, new[common:]]
    return [_SET, new]


class _MissingType:
    def __eq__(self, other: object) -> bool:
        return other is self

    def __hash__(self) -> int:
        return 0


_Missing = _MissingType()


def apply_delta(base: Any, delta: list[Any]) -> Any:
    """``base`` with a :func:`state_delta` applied (``base`` itself is left as it was)."""
    tag = delta[0]
    if tag == _SET:
        return delta[1]
    if tag == _DICT:
        out = dict(base) if isinstance(base, dict) else {}
        for key, sub in delta[1].items():
            out[key] = apply_delta(out.get(key), sub)
        for key in delta[2]:
            out.pop(key, None)
        return out
    if tag == _LIST:
        length, changed, tail = delta[1], delta[2], delta[3]
        items = list(base) if isinstance(base, list) else []
        items = items[: length - len(tail)]
        for index, sub in changed.items():
            i = int(index)
            if i < len(items):
                items[i] = apply_delta(items[i], sub)
        return items + list(tail)
    raise ValueError(f"unknown state change {tag!r}")
