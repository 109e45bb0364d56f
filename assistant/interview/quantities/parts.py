"""One side of a request said as parts added up: "the item attributes (~400 tokens) plus our style guide (~1,100
tokens)" is a prompt of 1,500 tokens; "400 tokens of attributes + 1100 tokens of style guide" likewise. The parts
are rewritten as their sum before the size readers run. Only parts joined by "plus" or "+" with no other side
named between them ("400 tokens in plus 350 out" stays two sides)."""

from __future__ import annotations

import re

import assistant.interview.patterns as rx

_FIGURE = r"(?<![\d.])(?P<{n}>\d+(?:\.\d+)?)\s*(?P<{n}k>k\b)?\s*(?:tokens?|toks?|tkns?)\b"
# the second part's unit may go unsaid after the first's ("300 tokens plus system prompt ~1000, answer ~700")
_SECOND = r"(?<![\d.])(?P<b>\d+(?:\.\d+)?)\s*(?P<bk>k\b)?\s*(?:(?:tokens?|toks?|tkns?)\b|(?=\s*(?:[,.;!?)]|$)))"
PARTS = rx.compile(
    _FIGURE.format(n="a")
    + r"(?P<between>[^.,;!?\d]{0,50}?),?\s*(?:\bplus\b|\+)(?:\s+|(?=\d))(?P<lead>[^.,;!?\d]{0,50}?)"
    + _SECOND
)
# a part said to add to the one before ("mean abstract length is 310 tokens, our prompt template adds 450")
ADDS = rx.compile(
    _FIGURE.format(n="a") + r"(?P<between>[^.;!?\d]{0,12}?)[,;]?\s*"
    r"(?P<lead>(?:and\s+|then\s+)?(?:our|the|a|its|their|my)?\s*(?:[\w-]+\s+){0,3}?)"
    r"(?:adds?|adding|puts? on|tacks? on)\s+(?:another\s+|an extra\s+|about\s+|around\s+|roughly\s+|~\s*)*" + _SECOND
)
_OTHER_SIDE = rx.compile(
    r"\b(?:in|out|input|output|outputs|answers?|responses?|repl(?:y|ies)|back|completions?|generat\w*|writes?|"
    r"returns?|summar(?:y|ies)|per|day|month|week|hour)\b|/"
)


# what is said right after a part that makes it the other side, or a volume ("a 300 token answer", "500 tokens
# generated", "300k tokens every day")
_AFTER_OTHER = rx.compile(
    r"\s*(?:of\s+)?(?:\w+\s+)?(?:outputs?|answers?|responses?|repl(?:y|ies)|completions?|generated|back|out|"
    r"summar(?:y|ies)"
    r"|per|a|an|each|every|daily|weekly|monthly)\b|\s*/"
)


def _value(m: re.Match[str], n: str) -> float:
    return float(m[n]) * (1000 if m[n + "k"] else 1)


def summed_parts(t: str) -> str:
    """The normalized message with each run of parts of one side ("400 tokens ... plus ... 1100 tokens") written as
    their sum at the first part's place."""
    while True:
        for m in [*PARTS.finditer(t), *ADDS.finditer(t)]:
            if _OTHER_SIDE.search(m["between"]) or _OTHER_SIDE.search(m["lead"]) or _AFTER_OTHER.match(t, m.end()):
                continue
            total = _value(m, "a") + _value(m, "b")
            # the sum where the first part was, the second part's figure taken out (its words stay)
            t = t[: m.start()] + f"{total:.0f} tokens" + m["between"] + " with " + m["lead"] + t[m.end() :]
            break
        else:
            return t
