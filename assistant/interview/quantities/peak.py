"""The peak of the traffic as a multiple of its average: "monday morning peak maybe 3x normal", "the busiest
hour is double the average", "spikes of 10x during sales", "at peak we get five times the usual load".

A multiple counts only beside a word for the peak (peak, spike, burst, busiest, rush, surge) in the same
clause; a multiple alone ("what if traffic triples?") is a change of volume, read by the what-if reader.
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.words import UNITS

PEAK_WORD = (
    r"(?:peak(?:s|ing|ed)?|spik(?:e|es|ing)|bursts?|busiest|rush(?:[- ]hours?)?|surg(?:e|es|ing)"
    r"|top load|max(?:imum)? load)"
)
HEDGE = (
    r"(?:(?:maybe|about|around|roughly|approx(?:imately)?|~|close to|up to|as much as|easily|probably|like|even)\s*)*"
)
MULTIPLE = (
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:x\b|×|times\b|-?\s?fold\b)"
    r"|(?P<word>double|twice|triple|thrice|quadruple|(?P<wn>two|three|four|five|six|seven|eight|nine|"
    r"ten)(?:[\s-]?fold|\s+times))\b"
    r"|(?P<fold>ten|hundred)fold\b"
)
# multiples said as words; "threefold" keeps its number word (normalize turns "three times" into "3 times")
MULTIPLE_WORDS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "thrice": 3.0, "quadruple": 4.0, "hundred": 100.0}
# what the multiple is of, when said: the peak is against the ordinary load
REFERENCE = (
    r"(?:the\s+)?(?:average|avg|normal|usual|baseline|typical|mean|rest of the (?:day|week|time)"
    r"|off[- ]peak|quiet hours)"
)
# a time of the day, week or year whose load is said against the ordinary one
WHEN = rx.compile(
    r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|mornings?|evenings?|afternoons?|nights?|"
    r"lunch(?:time)?|weekends?|holidays?|black friday|cyber monday|month[- ]end|quarter[- ]end|year[- ]end|"
    r"end of (?:the )?(?:month|quarter|year)|ramadan|iftar|christmas|tax season|open enrollment|"
    r"(?:busy|high|holiday) season)\b|"
    # a span of clock time ("5 to 7:30pm local it's easily 4x the average")
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:-|to|till|until)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)\b"
)
# a clause ends at these; the peak word and its multiple must share one
_BREAK = rx.compile(r"\.(?!\d)|[;!?\n]|,\s*(?:and|but|while|latency|team|we|our)\b|\bbut\b")
# a condition or a question about a change is a what-if, not a description of the traffic
_CONDITION = rx.compile(r"\b(?:what if|what happens if|if|suppose|assuming|imagine|in case)\b")
# a multiple of money or speed beside a peak word is not the traffic's ("5x cheaper at peak")
_NOT_LOAD = rx.compile(r"^\s*(?:cheaper|more expensive|faster|slower|the (?:price|cost|latency)|prices?|costs?)\b")


def _value(m: re.Match[str]) -> float:
    if m["n"]:
        return float(m["n"])
    word = (m["wn"] or m["fold"] or m["word"]).split()[0].split("-")[0].removesuffix("fold")
    return MULTIPLE_WORDS.get(word) or float(UNITS[word])


def _clauses(t: str) -> list[str]:
    out, start = [], 0
    for b in _BREAK.finditer(t):
        out.append(t[start : b.start()])
        start = b.end()
    out.append(t[start:])
    return out


def read_peak(t: str) -> tuple[float, str] | None:
    """The peak-to-average multiple a normalized message states, with the words that said it; None when it
    states none. Multiples under 1 are not peaks; the largest stated one wins ("2x, sometimes 4x")."""
    best: tuple[float, str] | None = None
    for clause in _clauses(t):
        peak = rx.search(rf"\b{PEAK_WORD}\b", clause)
        if peak is None:
            # "Monday mornings are like 5x the average", "after iftar it's about 3x normal": a time of the day or
            # week at a multiple of the ordinary load is its peak
            peak = WHEN.search(clause)
            if peak is None or not rx.search(rf"(?:{MULTIPLE})\s*{REFERENCE}\b", clause[peak.end() :]):
                continue
        if _CONDITION.search(clause[: peak.start()]):
            continue
        for m in rx.finditer(rf"{HEDGE}(?:{MULTIPLE})", clause):
            after = clause[m.end() :]
            if _NOT_LOAD.match(after):
                continue
            # "3x the average" / "3x normal" after a peak word, or a peak word within a few words of it
            near = abs(m.start() - peak.start()) <= 60
            if not near and not rx.match(rf"\s*{REFERENCE}\b", after):
                continue
            value = _value(m)
            if value >= 1 and (best is None or value > best[0]):
                best = (value, clause[min(m.start(), peak.start()) : max(m.end(), peak.end())].strip())
    return best
