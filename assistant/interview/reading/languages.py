"""Languages the answers must be good in: "italian must be perfect", "our customers write in German", "fluent
Japanese", "it has to be multilingual", "support for 12 languages".

A language named as what the model must handle (not a nationality: "italian customers" says who they are, not
what the model writes) is stored in ``languages``; several languages without names are ``["multilingual"]``.
English is never stored (it is where every model is strongest). The names are data
(``assistant/interview/data/languages.toml``).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

import assistant.interview.patterns as rx
from assistant.interview.reading.result import ParseResult, Update

DATA = Path(__file__).resolve().parent.parent / "data" / "languages.toml"
MULTILINGUAL = "multilingual"

_GOOD = (
    r"(?:perfect|flawless|fluent|native|native[- ]level|native[- ]like|good|great|excellent|proper|correct|"
    r"high[- ]quality|natural|solid|strong|decent|impeccable|top|real|idiomatic|accurate|grammatical|"
    r"error[- ]free|professional|polished|formal|business)"
)
# written right before the language
BEFORE = rx.compile(
    r"(?:\b" + _GOOD + r"(?:\s+(?:and|,)\s+\w+)?\s+|"
    r"\b(?:in|into|to|from)\s+(?:(?:proper|good|perfect|fluent|native|correct|plain|formal)\s+)?|"
    r"\b(?:speak|speaks|speaking|write|writes|writing|written|chat|chats|talk|talks|answer|answers|answering|"
    r"respond|responds|reply|replies|understand|understands|handle|handles|handling|support|supports|supporting|"
    r"support for|generate|generates|produce|produces|translate|translates|translating|know|knows|master|"
    r"masters|cope with|deal with|works? (?:well )?(?:in|with))\s+(?:\w+\s+){0,2}?|"
    # a labelled line ("Languages: Korean and English", "language - german")
    r"\blanguages?\s*[:=-]\s*(?:\w+\s*(?:,|and|&|/|\+)\s*){0,4}?)$"
)
# written right after the language
AFTER = rx.compile(
    r"^(?:[\s-]*(?:language|languages|speakers|speaking|speaking customers|text|texts|docs|documents|content|"
    r"conversations|queries|messages|tickets|emails|mails|prompts|answers|responses|replies|output|outputs|"
    r"quality|support|grammar|fluency|skills|proficiency|understanding|generation)\b|"
    r"\s+(?:must|has to|have to|needs to|need to|should|is|are|'s|matters|counts|needs)\b)"
)
DENIED = rx.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|not)\s+(?:\w+\s+)?(?:matter|needed|"
    r"important|required|necessary|a (?:concern|priority|requirement))\b|^\s*(?:is\s+)?(?:irrelevant|optional|"
    r"not a (?:concern|priority|requirement))\b"
)
DENIED_BEFORE = rx.compile(r"\b(?:no|not|don'?t|doesn'?t|do not|does not|never|without|no need for)\b[^,.;!?]{0,25}$")
MANY = rx.compile(
    r"\bmulti-?lingual\b|\bmulti-?language\b|\b(?:many|several|multiple|lots of|various|different|\d+|a dozen|"
    r"dozens of|all (?:the )?(?:major|eu|european))\s+(?:\w+\s+)?languages\b|\bnon-?english\b|"
    r"\bother languages\b|\blanguages other than english\b|\bevery language\b|\bany language\b"
)
COORDINATED = rx.compile(r"\s*(?:,|and|or|&|/|\+|plus|as well as)\s*(?:(?:and|or)\s+)?")
_CLAUSE = rx.compile(r"[.;!?\n(]|,\s+(?=(?:but|and|though|however|while|yet)\b)|\s+but\s+")


@cache
def _names() -> dict[str, str]:
    with DATA.open("rb") as f:
        names: dict[str, str] = tomllib.load(f)["names"]
    return names


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted(_names(), key=len, reverse=True)
    return rx.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def language_name(word: str) -> str | None:
    """How a language named in one word or code is shown ("german", "DE" is not read: names only), or the
    many-languages marker for "multilingual"; None for a name the data does not know."""
    key = word.strip().lower()
    if MANY.search(key):
        return MULTILINGUAL
    return _names().get(key) or next((v for v in _names().values() if v.lower() == key), None)


def _clause(t: str, start: int, end: int) -> tuple[str, str]:
    cuts = [m.end() for m in _CLAUSE.finditer(t, 0, start)]
    begin = cuts[-1] if cuts else 0
    stop = _CLAUSE.search(t, end)
    return t[begin:start], t[end : stop.start() if stop else len(t)]


def read_languages(t: str, result: ParseResult, quote: str, correction: bool = False) -> None:
    """Store the languages (other than English) the answers must be good in, as said in ``t`` (lower case)."""
    matches = list(_pattern().finditer(t))
    ok: list[bool] = []
    for m in matches:
        before, after = _clause(t, m.start(), m.end())
        # "italian customers", "a German company": who they are, not what the model writes
        said = bool(BEFORE.search(before) or AFTER.match(after))
        ok.append(said and not (DENIED.match(after) or DENIED_BEFORE.search(before)))  # "French doesn't matter"
    # "German and French", "Italian, Spanish or Portuguese must be right": a list shares what is said of it
    for _ in range(2):
        for i in range(len(matches) - 1):
            gap = t[matches[i].end() : matches[i + 1].start()]
            if COORDINATED.fullmatch(gap) and (ok[i] or ok[i + 1]):
                ok[i] = ok[i + 1] = True
    found: list[str] = []
    for m, good in zip(matches, ok, strict=True):
        name = _names()[m.group(0)]
        if good and name != "English" and name not in found:  # English only: nothing to caveat
            found.append(name)
    if not found and MANY.search(t) and not rx.search(r"\b(?:english only|only english|just english)\b", t):
        found = [MULTILINGUAL]
    if found:
        result.updates.append(Update(field="languages", value=found, quote=quote, correction=correction))
