"""A figure corrected by naming the one it replaces ("no wait its 6k docs not 4k", "the contracts are 2,500, not
3,500", "not 4k but 6k", "4k -> 6k", "change the 4k to 6k"): the words that held the old figure are read again
with the new one in its place, so a volume built from a count times a size ("~4k docs per workday, each abt 3500
tok in, 400 out") is multiplied again from the corrected count or size, with the period and sizes said with it.

``said_correction`` finds the correction; ``replace_figure`` puts the new figure in the place of the old one in
some earlier words (``None`` when the old figure is not there, or is there twice and the correction does not say
which); ``corrected_inline`` does both within one message, the correction itself set aside.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

import assistant.interview.patterns as rx
from assistant.interview.quantities.words import plain

# A figure as people write it, before or after normalizing: "4k", "4,000", "3.5k", "6 thousand", "2500".
# Never money ("$4k"), a share ("40%"), a model's or GPU's digits, or part of a longer token ("gpt-4", "h100").
_MAGS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6, "b": 1e9}
_MAGS |= {"bn": 1e9, "billion": 1e9}
FIG = (
    r"(?<![\w.$€£:/-])(?P<{p}n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<{p}mag>k|thousand|million|mil|mm|mn|m|billion|bn|b)(?![a-z]))?(?!\s*(?:%|percent|\$|x\b)|[\w.,]\d)"
)
_LEAD = r"(?:~\s*|about\s+|around\s+|roughly\s+|approx\w*\s+|like\s+)?"
_NOUN = (
    r"(?P<{p}noun>\s+(?!not\b|but\b|and\b|or\b|instead\b|rather\b|an?\b|per\b|each\b|every\b|now\b|today\b|"
    r"nowadays\b|these\b)[a-z]+)?"
)
# "600 a day, not 800", "6k docs per workday not 4k": the rate's period said between the two figures
_PER = r"(?:\s*(?:an?|per|each|every|/)\s*(?:business |working |work ?|week ?)?(?:day|night|week|month|year|hour)s?\b)?"
# "6k docs not 4k", "2500, not 3500", "6k instead of 4k", "6k rather than the 4k I said"
NEW_NOT_OLD = rx.compile(
    FIG.format(p="new_")
    + _NOUN.format(p="new_")
    + _PER
    + r"\s*[,;]?\s*(?:-+\s*|—\s*|\(\s*)?(?:and\s+)?(?:not|instead of|rather than)\s+(?:the\s+)?"
    + _LEAD
    + FIG.format(p="old_")
    + _NOUN.format(p="old_")
)
# "not 4k but 6k", "not 4k, it's 6k", "not 3500 - more like 2500"
NOT_OLD_NEW = rx.compile(
    r"\bnot\s+(?:the\s+)?"
    + _LEAD
    + FIG.format(p="old_")
    + _NOUN.format(p="old_")
    + r"\s*[,;]?\s*(?:-+\s*|—\s*)?(?:but\s+|it'?s\s+|its\s+|it is\s+|rather\s+|more like\s+|actually\s+|"
    r"make (?:it|that)\s+)+" + _LEAD + FIG.format(p="new_") + _NOUN.format(p="new_")
)
# "4k -> 6k", "change the 4k to 6k", "update 3500 to 2500", "correct the docs from 4k to 6k"
OLD_TO_NEW = rx.compile(
    FIG.format(p="old_")
    + _NOUN.format(p="old_")
    + r"\s*(?:->|→|=>)\s*"
    + FIG.format(p="new_")
    + _NOUN.format(p="new_")
    + r"|\b(?:change|changed|update|updated|correct|corrected|fix|fixed|make|edit)\s+(?:(?:the|that|it|our|my|"
    r"those)\s+)?(?:[a-z]+\s+){0,2}?(?:from\s+)?"
    + FIG.format(p="o2_")
    + _NOUN.format(p="o2_")
    + r"\s+(?:to|into|->|→)\s+"
    + _LEAD
    + FIG.format(p="n2_")
    + _NOUN.format(p="n2_")
)


# "4M tokens a month.. wait no sorry 40M", "2k tickets, oops, 3k": the new figure right after a word taking the last
# one back (the old figure is the last one said before it, close by)
# ("50k a month - actually no, that was last year, it's closer to 80k now": the figure it replaces is the last one
# of its kind and size before it, not the "1k tokens" said in between)
_OUTDATED = (
    r"(?:that|this|those)\s*(?:'s|was|is|were|are|number was|figure was)\s+(?:(?:from|for)\s+)?(?:last year'?s?|"
    r"last quarter|last month|old|outdated|stale|wrong|an old (?:number|figure)|a while (?:ago|back)|before|"
    r"the old (?:number|figure))(?:\s+(?:number|figure|volume))?"
)
CUE_NEW = rx.compile(
    r"(?:\b(?:wait|sorry|oops|whoops|i mean|i meant|correction|my bad|typo|scratch that|actually,? no|no,? actually|"
    # (a bare "no" before a figure after a sentence's end: "1.2B/mo. no, 120M, typo")
    r"(?<=[.!;] )no(?=,? *\d)|"
    r"hmm,? no|no,? make (?:it|that)|make that|edit|update|or rather|actually)\b|\b" + _OUTDATED + r"\b)[\s,.:;!-]*"
    # (a short aside before the new figure: "no wait, I just checked the dashboard, it's 80k", "actually our CFO just
    # said 4k")
    r"(?:(?:i |we )?(?:just )?(?:checked|looked(?: at)?|re-?checked|pulled|opened|confirmed|verified|asked)"
    r"[^,.;!?\d]{0,40}[,;:-]\s*|"
    r"(?:our|the|my) [a-z]+ (?:just )?(?:said|says|told (?:me|us)|confirmed|corrected (?:me|us))(?: (?:it'?s|its|"
    r"it is|that'?s))?\s*|"
    # (or why, before the new figure: "scratch that, that was last quarter; with the new shipper we signed it's closer
    # to 5,000 a day")
    r"(?:with|since|after|now that|because)\b[^,.;!?\d]{0,50}?(?=\b(?:it'?s|its|it is|we'?re|we are|closer to|"
    r"more like)\b))?"
    r"(?:(?:no|nope|sorry|wait|i mean|i meant|it'?s|its|it is|is|make (?:it|that)|actually|rather|more like|should be|"
    r"should have said|closer to|nearer|now|these days|today|we'?re at|we are at|more|"
    + _OUTDATED
    + r")\b[\s,.:;!-]*)*"
    + _LEAD
    + FIG.format(p="new_")
    + _NOUN.format(p="new_")
    + r"(?!\s+of\s+(?:them|those|these|which|it)\b)"
)


class Correction(NamedTuple):
    """A new figure said in the place of an old one, with the noun said after either ("docs"), if any."""

    new: float
    new_text: str  # the new figure as written, with its magnitude ("6k", "2500", "6 thousand")
    new_mag: str | None
    old: float
    old_mag: str | None
    noun: str | None
    start: int  # where the correction is said
    end: int


def _value(n: str, mag: str | None) -> float:
    return float(n.replace(",", "")) * _MAGS.get((mag or "").lower(), 1.0)


def said_correction(t: str) -> Correction | None:
    """The first figure corrected by naming the one it replaces, in a lower-cased (normalized) message."""
    for pattern in (NEW_NOT_OLD, NOT_OLD_NEW, OLD_TO_NEW):
        for m in pattern.finditer(t):
            g = m.groupdict()
            new_p, old_p = ("n2_", "o2_") if g.get("n2_n") else ("new_", "old_")
            new = _value(g[new_p + "n"], g[new_p + "mag"])
            old = _value(g[old_p + "n"], g[old_p + "mag"])
            if new <= 0 or old <= 0 or new == old:
                continue
            noun = (g[new_p + "noun"] or g[old_p + "noun"] or "").strip() or None
            mag = g[new_p + "mag"] or ""
            new_text = g[new_p + "n"] + (" " + mag if len(mag) > 2 else mag)  # "6k", "6 thousand"
            return Correction(new, new_text, g[new_p + "mag"], old, g[old_p + "mag"], noun, m.start(), m.end())
    for m in CUE_NEW.finditer(t):
        new_noun = (m["new_noun"] or "").strip() or None
        new = _value(m["new_n"], m["new_mag"])
        figures = list(rx.finditer(FIG.format(p="") + _NOUN.format(p=""), t[max(0, m.start() - 160) : m.start()]))
        # the same kind of figure: its magnitude (or none) and its noun, where both say one
        alike = [
            (f, _value(f["n"], f["mag"]))
            for f in reversed(figures)
            if (f["mag"] or "").lower() == (m["new_mag"] or "").lower()
            and _same_noun(new_noun, (f["noun"] or "").strip() or None)
        ]
        # an earlier figure said again after the cue: to explain it, when the figure that replaces it comes later in
        # the sentence ("9,000 notes a day -- actually, scratch that, 9,000 includes ED notes; discharge notes alone
        # are about 3,500 a day")
        again = [f for f in reversed(figures) if _value(f["n"], f["mag"]) == new and f["mag"] == m["new_mag"]]
        later = _put_right_later(t, m, again[0], t[max(0, m.start() - 160) : m.start()]) if again else None
        if later is not None:
            return later
        # of those, the last of about its size ("50k requests, ~1k tokens each... closer to 80k": the 50k); else
        # the last one ("4M tokens.. wait no sorry 40M")
        if alike and alike[0][1] == new:
            continue  # "4k docs a day at 3500 tokens each, sorry 4k": the last such figure said again, no change
        near = [(f, v) for f, v in alike if v > 0 and v != new and 0.2 <= new / v <= 5]  # (the same is no old one)
        # written with another magnitude but close in size ("~800 tokens in, scratch that, more like 1.2k")
        close = [
            (f, v)
            for f, v in ((f, _value(f["n"], f["mag"])) for f in reversed(figures))
            if v > 0 and v != new and 0.33 <= new / v <= 3 and _same_noun(new_noun, (f["noun"] or "").strip() or None)
        ]
        # a zero too many or too few ("1.2 billion tokens per month. sorry, it is 120 million", "1.2B/mo. no, 120M")
        tenfold = [
            (f, v)
            for f, v in ((f, _value(f["n"], f["mag"])) for f in reversed(figures))
            if v > 0
            and round(abs(math.log10(new / v)), 6) in (1.0, 2.0, 3.0)
            and _same_noun(new_noun, (f["noun"] or "").strip() or None)
        ]
        if near:
            last, old = min(near, key=lambda fv: abs(math.log(new / fv[1])))  # the nearest in size, then the latest
        elif alike and alike[0][0] is figures[-1]:
            last, old = alike[0]
        elif close:
            last, old = min(close, key=lambda fv: abs(math.log(new / fv[1])))
        elif tenfold:
            last, old = tenfold[0]
        else:
            continue
        if new <= 0 or old <= 0 or new == old:
            continue
        mag = m["new_mag"] or ""
        new_text = m["new_n"] + (" " + mag if len(mag) > 2 else mag)
        old_noun = (last["noun"] or "").strip() or None
        return Correction(new, new_text, m["new_mag"], old, last["mag"], new_noun or old_noun, m.start(), m.end())
    return None


_PERIOD_AFTER = rx.compile(r"^[a-z ]{0,30}?\b(?:a|per|each|every|/)\s*(day|night|week|month|year|hour)s?\b")


def _put_right_later(t: str, m: re.Match[str], old: re.Match[str], before: str) -> Correction | None:
    """After a correction word, the old figure said again and explained, then the figure that replaces it in the
    same sentence: the first later figure about its size with its noun or its period
    ("9,000 notes a day ... about 3,500 a day"). None when there is none."""
    end = min((i for i in (t.find(x, m.end()) for x in (". ", "! ", "? ", "\n")) if i >= 0), default=len(t))
    old_value = _value(old["n"], old["mag"])
    old_period = _PERIOD_AFTER.match(before[old.end() :])
    for f in rx.finditer(_LEAD + FIG.format(p="") + _NOUN.format(p=""), t[m.end() : end]):
        value = _value(f["n"], f["mag"])
        if value == old_value or not 0.2 <= value / old_value <= 5:
            continue
        noun = (f["noun"] or "").strip() or None
        period = _PERIOD_AFTER.match(t[m.end() + f.end("n") :])
        alike = (noun and _same_noun(noun, (old["noun"] or "").strip() or None)) or (
            old_period and period and old_period[1] == period[1]
        )
        if not alike:
            continue
        mag = f["mag"] or ""
        text = f["n"] + (" " + mag if len(mag) > 2 else mag)
        return Correction(value, text, f["mag"], old_value, old["mag"], noun, m.start(), m.end() + f.end())
    return None


def _same_noun(a: str | None, b: str | None) -> bool:
    """The correction's noun and the one after an earlier figure name the same thing ("docs" and "documents",
    "tok" and "tokens"); either left unsaid is no objection."""
    if not a or not b:
        return True
    return a[:3] == b[:3]


def replace_figure(text: str, fix: Correction, before: int | None = None) -> str | None:
    """``text`` with the old figure of ``fix`` replaced by the new one (looked for in ``text[:before]``): the one
    figure of that value, or the one followed by the noun the correction names. Bare figures in the correction take
    the magnitude said with them ("6 thousand, not 4" replaces "4 thousand"; "6, not 4" replaces "4k" with "6k").
    None when the old figure is not there or could be either of two."""
    scope = text if before is None else text[:before]
    exact: list[tuple[re.Match[str], str]] = []
    scaled: list[tuple[re.Match[str], str]] = []
    for m in rx.finditer(FIG.format(p="") + _NOUN.format(p=""), scope, re.IGNORECASE):  # the user's own "20M"
        value = _value(m["n"], m["mag"])
        noun = (m["noun"] or "").strip().lower() or None
        if not _same_noun(fix.noun, noun):
            continue
        if abs(value - fix.old) <= 1e-9 * fix.old:
            exact.append((m, fix.new_text))
        elif fix.old_mag is None and fix.new_mag and abs(value - fix.old * _MAGS[fix.new_mag.lower()]) <= 1e-6 * value:
            scaled.append((m, fix.new_text))  # "6 thousand, not 4" for "4 thousand"
        elif (
            fix.old_mag is None
            and fix.new_mag is None
            and m["mag"]
            and abs(value - fix.old * _MAGS[m["mag"].lower()]) < 1e-6 * value
        ):
            gap = m.group(0)[len(m["n"]) : m.end("mag") - m.start()][: -len(m["mag"])]
            scaled.append((m, f"{fix.new_text}{gap}{m['mag']}"))  # "6, not 4" for "4k": "6k"
    found = exact or scaled
    if not found:
        return None
    if len(found) > 1 and fix.noun:
        named = [(m, r) for m, r in found if m["noun"] and _same_noun(fix.noun, m["noun"].strip().lower())]
        found = named or found
    if len({m.start() for m, _ in found}) != 1:
        return None
    m, replacement = found[0]
    if m["mag"] and m["mag"].isupper():
        replacement = replacement.upper()  # "20M" corrected to "30M", as the user writes it
    return text[: m.start()] + replacement + text[m.end("mag") if m["mag"] else m.end("n") :]


_CUE = rx.compile(
    r"(?:\b(?:no|nope|oh|sorry|oops|wait|actually|i mean|i meant|correction|my bad|my mistake|scratch that|"
    r"make that|rather|so|its|it's|it is|that's|that is|they're|they are|we have|we do|we get)\b[\s,:;!-]*)*$"
)


# a split written as a pair that adds up to 100 ("60/40", "70:30")
_SPLIT = rx.compile(r"(?<![\d/.:$])(?P<a>\d{1,2})\s*(?P<sep>[/:])\s*(?P<b>\d{1,2})(?![\d/:%]|\.\d)")


_SPLIT_PUT_RIGHT = rx.compile(
    r"\b(?:no wait|wait|sorry|oops|actually|i mean|i meant|correction|my bad|my mistake|scratch that|make that|"
    r"rather|i misread|misread|typo|no,)"
)


def corrected_split(t: str) -> str:
    """A split said, then put right after a correction word ("Input/output is about 60/40. No wait, sorry, I misread
    the chart, it's more like 90/10"): the new split in the old one's place and the later one blanked (the text
    keeps its length). Read otherwise, the correction changed one figure of the pair into a request size ("90/40")."""
    splits = [m for m in _SPLIT.finditer(t) if int(m["a"]) + int(m["b"]) == 100]
    if len(splits) < 2:
        return t
    old, new = splits[0], splits[-1]
    if not _SPLIT_PUT_RIGHT.search(t, old.end(), new.start()):
        return t
    said = f"{new['a']}{old['sep']}{new['b']}".ljust(old.end() - old.start())
    if len(said) != old.end() - old.start():
        return t
    return t[: old.start()] + said + t[old.end() : new.start()] + " " * (new.end() - new.start()) + t[new.end() :]


def corrected_inline(t: str) -> str | None:
    """A message that corrects one of its own figures ("~4k docs per workday, each abt 3500 tok in, 400 out. no wait
    its 6k docs not 4k"): its words with the new figure in the old one's place and the correction blanked out (the
    text keeps its length), or None when it corrects nothing said before it."""
    fix = said_correction(t)
    if fix is None:
        return None
    fixed = replace_figure(t, fix, before=fix.start)
    if fixed is None:
        return None
    # the correction and its lead words ("no wait its") are set aside; what else its sentence says stays
    sentence_start = max(t.rfind(x, 0, fix.start) for x in (".", ";", "\n", "!", "?", "(")) + 1
    lead = _CUE.search(t[sentence_start : fix.start])
    start = sentence_start + lead.start() if lead and lead.group(0).strip() else fix.start
    shift = len(fixed) - len(t)
    return fixed[: start + shift] + " " * (fix.end - start) + fixed[fix.end + shift :]


# a past figure with how much it has grown since ("we were at ~30M tokens/month but that was last year's number,
# traffic has roughly doubled since then"): today's figure is the past one times the growth
_GROWN = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
GROWN_SINCE = rx.compile(
    r"\b(?:we were at|we were doing|we did|we had|it was|that was|used to be)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?"
    + FIG.format(p="")
    + r"(?P<rest>[^.!?]{0,120}?)\b(?:has|have|'s|'ve)?\s*(?:roughly |about |almost |nearly |more or less |basically )?"
    r"(?P<grown>doubled|tripled|trebled|quadrupled|halved)\b(?:\s+since(?:\s+then)?)?"
)


# a figure that changed, said from the old one to the new ("we went from 50k messages a month in January to -- hang
# on let me check -- 180k in March"): the new one is today's
WENT_FROM_TO = rx.compile(
    r"\b(?:went|gone|grew|grown|jumped|climbed|rose|risen|increased|dropped|fell|fallen|shrunk|shrank|moved|scaled|"
    r"ramped)\s+(?:up\s+|down\s+)?from,?\s+(?:\w+,?\s+){0,2}?(?:about\s+|around\s+|roughly\s+|~\s*)?"
    + FIG.format(p="old_")
    + r"(?P<mid>[^.!?]{0,80}?)\bto\s+(?:-+\s*)?(?:[^.!?\d]{0,40}?-+\s*)?(?:about\s+|around\s+|roughly\s+|~\s*)?"
    + FIG.format(p="new_")
)


def went_from_to(t: str) -> str:
    """A figure said as changed from an old value to a new one, written as the new one in the old one's place, so
    the new one is read as today's with the unit and period said beside the old."""
    m = WENT_FROM_TO.search(t)
    if m is None or _value(m["new_n"], m["new_mag"]) <= 0:
        return t
    old_end = m.end("old_mag") if m["old_mag"] else m.end("old_n")
    if rx.match(r"\s*to\b", t[old_end:]):
        # "grew from 2M to 5M tokens a day": the unit said after the new one; the old one is blanked
        return t[: m.start("old_n")] + " " * (old_end - m.start("old_n")) + t[old_end:]
    # the new figure in the old one's place (where its unit and period are said), and blanked where it was said
    new_end = m.end("new_mag") if m["new_mag"] else m.end("new_n")
    new = t[m.start("new_n") : new_end]
    if not m["new_mag"] and m["old_mag"]:
        new += t[m.end("old_n") : old_end]  # "from 50k to 180": both thousands
    blanked = t[: m.start("new_n")] + " " * (new_end - m.start("new_n")) + t[new_end:]
    # (and "from" goes, or the figure after it reads as the one replaced)
    head = rx.sub(r"\bfrom(?=,?\s+(?:\w+,?\s+){0,2}?$)", "    ", blanked[: m.start("old_n")])
    return head + new + blanked[old_end:]


def grown_since(t: str) -> str:
    """A past figure said with how much it has grown since, as today's figure (the growth words blanked out)."""
    m = GROWN_SINCE.search(t)
    if m is None:
        return t
    value = _value(m["n"], m["mag"]) * _GROWN[m["grown"]]
    mag = (m["mag"] or "").lower()
    scale = _MAGS.get(mag, 1.0)
    figure = f"{plain(value / scale)}{m['mag'] or ''}" if mag else f"{plain(value)}"
    rest = rx.sub(r"\b(?:but|and)?\s*that was (?:last year'?s?|an old|the old|before)[^,;]*", " ", m["rest"])
    return t[: m.start()] + "we are at " + figure + rest + " " * (m.end() - m.end("rest")) + t[m.end() :]
