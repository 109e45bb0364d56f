"""Regular expressions compiled once and kept, for code that writes a pattern where it uses it.

``re.search(pattern, text)`` compiles ``pattern`` through the ``re`` module's cache, which holds 512 patterns
and, on Python 3.11, drops the oldest when full, however often it is used. Reading a message uses about a
thousand distinct patterns, so each message recompiled the ones the last had pushed out: a reading measured
at 3-5 ms took 17-90 ms on some turns in the server (almost all of it in ``re._parser``). Here the cache is
least-recently-used and large enough for every fixed pattern the reader has; the few built from a message's
own words come and go without pushing the fixed ones out.

Same signatures as the ``re`` functions they stand for: ``patterns.search(p, text, re.I)``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

Pattern = str | re.Pattern[str]


@functools.lru_cache(maxsize=4096)
def compile(pattern: Pattern, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` once (a compiled one is returned as it is)."""
    return re.compile(pattern, flags)


def search(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    """Find the first match of ``pattern`` anywhere in ``string``."""
    return compile(pattern, flags).search(string)


def match(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    """Match ``pattern`` at the start of ``string``."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    """Match ``pattern`` against the whole of ``string``."""
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: Pattern, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """Iterate over the non-overlapping matches of ``pattern`` in ``string``."""
    return compile(pattern, flags).finditer(string)


def findall(pattern: Pattern, string: str, flags: int = 0) -> list[Any]:
    """List the non-overlapping matches of ``pattern`` in ``string`` (their groups, if it has any)."""
    return compile(pattern, flags).findall(string)


def sub(
    pattern: Pattern, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0, flags: int = 0
) -> str:
    """Replace the matches of ``pattern`` in ``string`` with ``repl``."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(
    pattern: Pattern, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0, flags: int = 0
) -> tuple[str, int]:
    """Replace the matches of ``pattern`` in ``string`` with ``repl``, and count them."""
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    """Split ``string`` at the matches of ``pattern``."""
    return compile(pattern, flags).split(string, maxsplit)
