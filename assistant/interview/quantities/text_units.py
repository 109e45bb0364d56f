"""Request sizes said in units of text or speech: "3 pages in, half a page out", "prompts of ~1,200 words", "a
paragraph in, a page out", "8k characters", "10-minute calls" (transcribed). Each is rewritten as tokens before the
size readers run ("3 pages in" reads as "2000 tokens in"), at the rates of ``data/text_units.toml`` (each with its
source), and the confirmation says how it was counted. A count of pages a day stays a count (its size is asked).
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

import assistant.interview.patterns as rx
from assistant.interview.quantities.patterns import MAGNITUDE, PERIOD
from assistant.interview.quantities.words import plain
from tools.sources import Source

DATA = Path(__file__).resolve().parent.parent / "data" / "text_units.toml"


class TextUnit(BaseModel):
    """Tokens in one unit of text, how the unit is written, and where the figure comes from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    tokens: float = Field(gt=0, le=10_000, description="tokens in one unit of English text")
    spellings: list[str] = Field(min_length=1, description="how the unit is written after a figure")
    source: Source
    cjk_tokens: float | None = Field(
        default=None, gt=0, le=10, description="tokens in one unit of Chinese, Japanese or Korean text"
    )
    cjk_source: Source | None = None


class TextUnits(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    units: dict[str, TextUnit]


@cache
def text_units(path: Path = DATA) -> TextUnits:
    """The bundled rates (read once, on first use)."""
    with path.open("rb") as f:
        return TextUnits.model_validate(tomllib.load(f))


@dataclass
class Converted:
    """One size said in a unit of text, and the tokens it was read as."""

    amount: float
    unit: str  # the unit's name in the data ("page", "minute_of_speech")
    tokens: float
    own_rate: float | None = None  # tokens a unit, as the user said it ("one page is about 500 tokens")
    cjk: bool = False  # characters of Chinese, Japanese or Korean text (about a token each, not a quarter)

    def note(self) -> str:
        rate = text_units().units[self.unit]
        name = "minute of speech" if self.unit == "minute_of_speech" else self.unit
        plural = name if self.amount == 1 else ("minutes of speech" if self.unit == "minute_of_speech" else name + "s")
        if self.own_rate is not None:
            why = f"(about {self.own_rate:.3g} tokens a {name}, as you said)"
        elif self.cjk and rate.cjk_tokens is not None and rate.cjk_source is not None:
            each = f"{rate.cjk_tokens:.3g} token{'' if rate.cjk_tokens == 1 else 's'}"
            why = f"(about {each} a {name} of {CJK_NAMES} text, assumed: {rate.cjk_source.section})"
        else:
            why = f"(about {rate.tokens:.3g} tokens a {name}, " + (
                f"assumed: {rate.source.section})" if rate.source.kind == "assumption" else f"from {rate.source.title})"
            )
        return (f"{self.amount:,.0f}" if self.amount >= 1e6 else f"{self.amount:g}") + (
            f" {plural} read as about {self.tokens:,.0f} tokens {why}"
        )


# text said to be in a language written in characters: its characters are about a token each
CJK = rx.compile(r"\b(?:japanese|chinese|mandarin|cantonese|korean|kanji|hanzi|hangul|kana)\b")
CJK_NAMES = "Chinese, Japanese or Korean"

_AMOUNT = (
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:k|thousand|m|mn|mln|mio|million|millions)?|an?|one|half an?|a half|"
    r"a couple(?: of)?|a single|two|three)"
)
_WORDS_AMOUNT = {"a": 1.0, "an": 1.0, "one": 1.0, "a single": 1.0, "two": 2.0, "three": 3.0, "a couple": 2.0}
# what a minute of speech is a minute of ("10-minute calls", "5 minutes of audio", "calls last about 8 min")
SPOKEN = (
    r"(?:audio|speech|recordings?|calls?|phone calls?|meetings?|conversations?|talk|talking|speaking|dialogue|"
    r"transcripts?|podcasts?|"
    r"videos?|voice ?notes?|voicemails?|interviews?|consultations?|sessions?|lectures?|dictations?|dictated notes?|"
    # how long a call lasts, in a contact centre's words ("average handle time is around 6 minutes")
    r"(?:average )?(?:handle|handling|talk) time|aht|call (?:duration|length))"
)


# a session or conversation whose minutes are typed, not spoken: a chat, with no word of audio anywhere
_TYPED = rx.compile(r"\b(?:chat\w*|typ(?:e|es|ed|ing)|texts?|texting|messag\w+|msgs?|dms?|whatsapp|slack|teams chat)\b")
_AUDIO = rx.compile(
    r"\b(?:audio|speech|spoken|speak\w*|voice\w*|calls?|phone\w*|transcri\w+|record\w*|meetings?|podcasts?|videos?|"
    r"lectures?|dictat\w+|asr|stt|whisper|talk(?:s|ing)?)\b"
)


def _typed_session(t: str, said: str) -> bool:
    """Minutes of a session or conversation in a message about typed chat and nothing spoken."""
    return bool(rx.search(r"\b(?:sessions?|conversations?|dialogues?)\b", said)) and bool(
        _TYPED.search(t) and not _AUDIO.search(t)
    )


# the words joining a further part to a size said before, up to where the part's own size starts
PLUS_PART = r"(?:\bplus|\+)\s*(?:[\w-]+\s+){0,2}?(?:of\s+)?(?:about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?$"
# around "a page" said as a size: the side it is ("a page out") or the verb making it ("writes a page")
SIZE_AFTER = rx.compile(
    r"\s*(?:(?:going|coming|sent|goes|comes)\s+(?:in|out|back)|in|out|back|each|per|long|tops|max|or so|or less|"
    r"of (?:input|output|text|context|prompt)|input|output|prompts?|"
    r"summar(?:y|ies)|answers?|repl(?:y|ies)|responses?|memos?|reports?|emails?|letters?|articles?|essays?|"
    r"descriptions?|documents?|docs?|contracts?|briefs?|drafts?|posts?|notes?|messages?|texts?)\b"
)
SIZE_BEFORE = rx.compile(
    r"(?:\b(?:into|in|out|returns?|gets?|writes?|write|produces?|generates?|outputs?|sends?|send|reads?|read|"
    r"answers?|repl(?:y|ies)|responses?|"
    r"about|roughly|around|approx\w*|maybe|is|are|be|of|each|per|average|averages|averaging|avg|typically|usually|with|"
    r"like|up|long|call it|let'?s say|say)\s*$|[~:=]\s*$|'s\s*$|" + PLUS_PART + r"|"
    # a part added to another ("400 words, plus instructions of about half a page", "a page + half a page of rules")
    r"\b(?:short|brief|concise|tiny|small|just|only)\b[\s,]*$|"
    # the item named right before its size ("requirement doc 20-30 page", "contracts ~40 pages")
    r"\b(?:docs?|documents?|contracts?|reports?|files?|pdfs?|e-?mails?|tickets?|essays?|articles?|notes?|"
    r"transcripts?|specs?|requirements?|manuals?|chapters?|briefs?|memos?|letters?|policies)"
    # ... or with its length ("average doc length 12 pages")
    r"(?:\s+(?:length|size))?\s*$)"
)


# a spelled-out size said as one side of a request ("the summary is maybe half a page", "a summary of about half a
# page", "output half a page", "half a page out"): a size even when no size was asked, unlike "a page" said in passing
SIDE_SAID_BEFORE = rx.compile(
    r"\b(?:outputs?|summar(?:y|ies)|answers?|repl(?:y|ies)|responses?|inputs?|prompts?)\s+(?:(?:is|are|runs?|comes? to|"
    r"of|(?:can|will|should|would|must) be)\s+)?(?:about\s+|roughly\s+|around\s+|maybe\s+|typically\s+|usually\s+|"
    r"like\s+|~\s*)?$"
)
# a part added to a size said before it ("the lesson is about 400 words, plus instructions of about half a page")
PART_AFTER_SIZE = rx.compile(
    r"\d\s*(?:k\s*)?(?:tokens?|toks?|words?|pages?|characters?|chars?)\b[^.;!?\d]{0,30}?" + PLUS_PART
)
SIDE_SAID_AFTER = rx.compile(r"\s*(?:in|out|back)\b(?=\s*(?:$|[,.;!?)\-]|and\b|each\b|per\b|every\b|or\b))")
# the user's own token count said beside the unit ("10 pages, call it 7k tokens", "~9k tokens (about 12 pages)")
OWN_TOKENS = rx.compile(r"[^.;!?]{0,40}?\d(?:[\d.,]*)\s*(?:k|thousand)?\s*(?:tokens?|toks?|tkns?)\b")
OTHER_SIDE_BETWEEN = rx.compile(
    # another part added ("a 3 page contract plus 500 tokens of instructions"): its tokens are not these pages'
    r"\bplus\b|\+|"
    r"\b(?:in|input)\b[^.;!?]*[,;]|[,;][^.;!?]*\b(?:out|outputs?|back|answers?|repl(?:y|ies)|responses?|summar(?:y|"
    r"ies)|"
    r"completions?|prompts?|inputs?|in|produces?|generates?|writes?|returns?|creates?|drafts?)\b|"
    # the tokens of what is made from it: "12 pages each, and we produce a ~400 token summary"
    r"\d\s*(?:k|thousand)?\s*(?:tokens?|toks?|tkns?)\s+(?:summar(?:y|ies)|answers?|repl(?:y|ies)|responses?|outputs?|"
    r"notes?|drafts?|reports?)\b"
)
OWN_TOKENS_BEFORE = rx.compile(r"\d(?:[\d.,]*)\s*(?:k|thousand)?\s*(?:tokens?|toks?|tkns?)\b[^.;!?\d]{0,25}$")


def _about(tokens: float) -> float:
    """A converted size to two significant figures (26,668 is "about 27,000"): the rates are rules of thumb."""
    if tokens < 1000:
        return float(round(tokens))
    if float(f"{tokens:.3g}") == tokens:
        return tokens  # a round product stays as it is: 25 pages of 500 tokens are 12,500
    step = 10 ** (len(str(int(tokens))) - 2)
    return float(math.floor(tokens / step + 0.5) * step)  # half up


def _amount(said: str) -> float:
    said = said.strip()
    if said.startswith("half"):
        return 0.5
    if said == "a half":
        return 0.5
    said = said.removesuffix(" of")
    if said in _WORDS_AMOUNT:
        return _WORDS_AMOUNT[said]
    m = rx.fullmatch(r"(\d+(?:\.\d+)?)\s*(k|thousand|m|mn|mln|mio|million|millions)?", said)
    assert m is not None, said  # _AMOUNT admits only figures and the words above
    return float(m[1]) * (MAGNITUDE[m[2]] if m[2] else 1.0)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for name, unit in text_units().units.items():
        spelled = "|".join(re.escape(s) for s in sorted(unit.spellings, key=len, reverse=True))
        if name == "minute_of_speech":
            # only minutes of something spoken: "10-minute calls", "5 min of audio", "calls of about 8 minutes"
            out.append(
                (
                    name,
                    rx.compile(
                        r"(?<![\w.])"
                        + _AMOUNT
                        + r"[- ]?(?:"
                        + spelled
                        + r")(?:[- ]long)?\s+(?:of\s+)?(?P<noun>(?:\w+\s+)?"
                        + SPOKEN
                        + r")\b"
                    ),
                )
            )
            out.append(
                (
                    name,
                    rx.compile(
                        r"\b(?P<noun>" + SPOKEN + r")\s*(?:(?:lasts?|runs?|are|is|takes?|average|of|:|=)\s*|"
                        r",\s*(?:on average|average|averaging|avg\.?|lasting|each)\s*)?"
                        r"(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+|typically\s+|usually\s+|"
                        r"~\s*)?(?P<amount>\d+(?:\.\d+)?)\s*(?:" + spelled + r")\b(?:\s+long)?"
                    ),
                )
            )
            # "we summarize 500 calls a day, 10 minutes each": the count's period between the calls and their length
            out.append(
                (
                    name,
                    rx.compile(
                        r"\b(?P<keep>" + SPOKEN + r"\s+(?:a|per|an|every|each)\s+(?:day|week|month|hour|year|shift)\s*"
                        r"[,;:(-]\s*(?:(?P<lead>each|every one|lasting|averaging|average|avg|on average)\s+(?:one\s+)?"
                        r"(?:is\s+|lasts?\s+|lasting\s+|runs?\s+|of\s+)?)?(?:about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?)"
                        r"(?P<amount>\d+(?:\.\d+)?)\s*(?:" + spelled + r")\b"
                        r"(?(lead)|\s+(?:each|apiece|long|on average|average)\b)"
                    ),
                )
            )
            continue
        out.append((name, rx.compile(r"(?<![\w.$€£])" + _AMOUNT + r"\s*(?:-\s*)?(?:" + spelled + r")\b")))
    return tuple(out)


# a rate for a unit of text said in tokens ("one page is about 500 tokens", "a page = 600 tok")
OWN_RATE = rx.compile(
    r"\b(?:1|one|a|an|each|every|per)\s+(?P<unit>pages?|words?|paragraphs?|sentences?|characters?|chars?)\s*"
    r"(?:is|=|equals|≈|comes to|has|holds|is roughly|is about|is around|about|around|roughly)\s*(?:about\s+|"
    r"around\s+|roughly\s+|maybe\s+|like\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?P<k>k\b)?\s*(?:tokens?|toks?|tkns?)\b|"
    # the rate said tokens first: "we estimate ~600 tokens/page", "at 500 tokens per page"
    r"(?:\b(?:we|i|they|it)\s+(?:estimate|reckon|figure|assume|guess|count|think|say)\s+(?:it'?s\s+|at\s+|about\s+|"
    r"around\s+|roughly\s+|~\s*)*)?(?<![\w.])(?P<n2>\d+(?:\.\d+)?)\s*(?P<k2>k\b)?\s*(?:tokens?|toks?|tkns?)\s*"
    r"(?:/|per\b|an?\b|each\b|every\b)\s*"
    r"(?P<unit2>page|word|paragraph|sentence|character|char)\b"
)


# the answer's size said ("output about 100 tokens", "the summary is ~120 words")
ANSWER_SIZE = rx.compile(
    r"\b(?:outputs?|answers?|responses?|repl(?:y|ies)|summar(?:y|ies)|"
    r"completions?)\b[^.;!?\d]{0,25}\d+(?:\.\d+)?\s*(?:k\b)?"
    r"\s*(?:tokens?|toks?|words?)\b"
)


SIZE_QUESTIONS = ("request_size", "request_input_tokens", "request_output_tokens", "tokens_per_month")


# "answers are short, a sentence or two", "replies: one or two paragraphs": the answer's length as the range 1-2
# (read at its middle, as "1-2 sentences"), only for what comes back: a loose "or two" going in stays unread
ONE_OR_TWO = rx.compile(
    r"(?P<lead>\b(?:answers?|repl(?:y|ies)|responses?|outputs?|completions?|summar(?:y|ies)|it (?:answers|replies|"
    r"writes|returns))\b[^.;!?\d]{0,30}?)(?:\b(?:a|one|1)\s+(?P<a>sentence|paragraph)\s+or\s+(?:two|2)|"
    r"\b(?:one|1)\s+or\s+(?:two|2)\s+(?P<b>sentence|paragraph)s)\b"
    r"|(?:\b(?:a|one|1)\s+(?P<c>sentence|paragraph)\s+or\s+(?:two|2)|\b(?:one|1)\s+or\s+(?:two|2)\s+"
    r"(?P<d>sentence|paragraph)s)\b(?=\s+(?:out|back|of (?:output|answer|reply))\b)"
)


def _one_to_two(m: re.Match[str]) -> str:
    unit = m["a"] or m["b"] or m["c"] or m["d"]
    return (m["lead"] or "") + f"1-2 {unit}s"


# hours of speech over a period, a volume of its own: "60 hours of programmes a week", "200 hours of calls a day"
SPOKEN_HOURS = rx.compile(
    # ("1.2 million minutes of calls per day": minutes too)
    r"(?<![\w.])(?P<amount>\d+(?:\.\d+)?\s*(?:k|thousand|m|mn|mln|million)?)\s*(?:(?P<unit>hours?|hrs?|h|minutes?|mins?)"
    r"\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + SPOKEN + r"|programm?es?|shows?|episodes?|broadcasts?|footage|tv|radio|content)\b|"
    # "140 episode-hours a week", "300 call hours a month"
    r"(?:episode|show|programm?e|podcast|audio|video|call|meeting|broadcast|recording)[- ]?hours?\b)"
    r"(?P<gap>[^.;!?\d]{0,30}?)(?=" + PERIOD + r")"
)


def _spoken_hours(t: str) -> tuple[str, list[Converted]]:
    """ "60 hours of programmes a week": the tokens of that much speech a week (a minute of speech as the data says)."""
    rate = text_units().units["minute_of_speech"].tokens
    converted: list[Converted] = []
    own = _OWN_SPEECH_RATE.search(t) if SPOKEN_HOURS.search(t) else None
    if own is not None:  # "... roughly two hundred tokens a minute once it's transcribed": the user's own rate
        rate = float(own["n"]) / (60 if own["per"].startswith("h") else 1)
        t = t[: own.start()] + " " * (own.end() - own.start()) + t[own.end() :]

    def tokens(m: re.Match[str]) -> str:
        minutes = _amount(m["amount"]) * (1 if (m["unit"] or "h").startswith("m") else 60)
        said = _about(minutes * rate) if own is None else minutes * rate
        converted.append(Converted(minutes, "minute_of_speech", said, own_rate=rate if own is not None else None))
        return f"{said:.0f} tokens{m['gap']}"

    return SPOKEN_HOURS.sub(tokens, t), converted


# the tokens a minute (or an hour) of the speech holds, as the user said ("roughly 200 tokens a minute once it's
# transcribed", "~9k tokens per hour of audio")
_OWN_SPEECH_RATE = rx.compile(
    r"(?:(?:about|around|roughly|approx\w*|maybe|like|~)\s*)?(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:tokens?|toks?)\s*"
    r"(?:a|an|per|/|each|every)\s*(?P<per>minute|min|hour|hr)s?\b(?:\s+of\s+(?:audio|speech|calls?|recordings?))?"
    r"(?:\s*(?:once|when|after)\s+(?:it'?s|its|it is|they'?re|they are)\s+transcribed)?"
)


def own_rate_tokens(m: re.Match[str]) -> float:
    """The tokens of a unit the user gave (an ``OWN_RATE`` match: "one page is about 800 tokens")."""
    return float(m["n"] or m["n2"]) * (1000 if m["k"] or m["k2"] else 1)


def _own_rates(t: str) -> tuple[str, dict[str, float]]:
    """Tokens a unit of text holds as the user said it ("our IT say one page is about 500 tokens"), and the message
    with those sayings blanked: a rate to count the units by, never the size of a request."""
    rates: dict[str, float] = {}
    answer = ANSWER_SIZE.search(t)

    def keep(m: re.Match[str]) -> str:
        said = m["unit"] or m["unit2"]
        tokens = own_rate_tokens(m)
        if rx.match(r"\s*(?:of\s+)?(?:in|input|prompt|going in)\b", t[m.end() :]):
            return m[0]  # "each page ~800 tokens in and 200 out": the page is a request, its sides sized
        counted = rx.search(r"\d\s*(?:k\s*)?" + re.escape(said.rstrip("s")) + r"s?\s*(?:a|per|each|every|/)\s*\w", t)
        if m["unit2"]:
            unit_said = r"\d\s*(?:k\s*)?" + re.escape(said.rstrip("s")) + r"s?\s*"
            if rx.search(
                unit_said + r"(?:a|an|per|each|every|/)\s*(?:day|week|month|hour|year|quarter|working|business|shift|"
                r"d|wk|mo|hr|yr)\b|" + unit_said + r"(?:daily|weekly|monthly|nightly)\b",
                t,
            ):
                return m[0]  # "2,000 pages a day, about 700 tokens per page": each page a request of that size
        for name, unit in text_units().units.items():
            if said in unit.spellings:
                rates[name] = tokens
        if counted and answer:
            # "1,000 pages a day, each page is ~700 tokens, output about 100": each page is a request's input
            return f"input per {said.rstrip('s')} {tokens:.0f} tokens".ljust(len(m[0]))
        return " " * len(m[0])

    return OWN_RATE.sub(keep, t), rates


# pages said with the words on each ("12 pages (~500 words per page)", "20 pages of about 400 words each"), or the
# characters ("3 pages each, and the OCR text averages about 2,500 characters per page")
PAGES_OF_WORDS = rx.compile(
    r"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s*pages?\s*(?:\(\s*|,\s*|of\s+|at\s+|with\s+)?(?:about\s+|around\s+|roughly\s+|"
    r"approx\w*\s+)?(?P<m>\d+(?:\.\d+)?)\s*(?P<unit>words?|characters?|chars?)\s*(?:(?:per|a|/|each)\s*page|each)\s*\)?|"
    # (the size per page in a later clause of the sentence, said per page)
    r"(?<![\d.,])(?P<n3>\d+(?:\.\d+)?)\s*pages?\b(?P<gap>[^.;!?\d]{0,60}?)(?P<m3>\d+(?:\.\d+)?)\s*"
    r"(?P<unit3>words?|characters?|chars?)\s*(?:per|a|/|each)\s*page\b|"
    # ... or the pages' words in all, said in brackets ("20 pages (c. 10,000 words)")
    r"(?<![\d.,])\d+(?:\.\d+)?\s*pages?\s*\(\s*(?:c\.?|ca\.?|circa|about|around|roughly|approx\w*|~)?\s*"
    r"(?P<all>\d+(?:\.\d+)?)\s*words?\s*\)"
)


def _pages_of_words(m: re.Match[str]) -> str:
    if m["all"]:
        return f"{plain(float(m['all']))} words"
    later = m["n3"] is not None  # the size per page said later in the sentence: the words between are kept
    pages, each, said = (m["n3"], m["m3"], m["unit3"]) if later else (m["n"], m["m"], m["unit"])
    unit = "characters" if said.startswith("c") else "words"
    return f"{plain(float(pages) * float(each))} {unit}" + (m["gap"].rstrip() if later else "")


# a unit of text said, then its words ("about one page (maybe 400 words)", "a paragraph, 100-150 words"): the words
UNIT_IN_WORDS = rx.compile(
    r"(?P<lead>\b)(?:about\s+|around\s+|roughly\s+|usually\s+)?(?:a|one|half a|a half|two|2|1)\s+(?:page|paragraph|"
    r"sentence)s?\s*(?:,|\(|-|—)\s*(?:maybe\s+|about\s+|around\s+|roughly\s+|~\s*)?"
    r"(?P<words>\d+(?:\s*(?:-|to)\s*\d+)?)\s*words\b\)?"
)


def text_sizes(t: str, expecting: list[str] | tuple[str, ...] = ()) -> tuple[str, list[Converted]]:
    """The normalized message with each size said in units of text written as tokens, and what was converted.

    A size spelled out ("a paragraph in, a page out") is read only as the answer to a question about sizes or
    volume; a figure ("3 pages", "1,200 words") wherever it is said. A rate the user gives for a unit ("one page is
    about 500 tokens") counts the units said beside it, instead of the bundled one."""
    answering = any(f in expecting for f in SIZE_QUESTIONS)
    t = rx.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)  # "1,000-1,500 words": thousands written with commas
    t = PAGES_OF_WORDS.sub(_pages_of_words, t)  # "12 pages (~500 words per page)": 6000 words
    t = UNIT_IN_WORDS.sub(r"\g<lead>\g<words> words", t)  # "a paragraph, 100-150 words": the words said
    said, given = _own_rates(t)
    if given and any(p.search(said) for name, p in _patterns() if name in given):
        t = said  # the rate is used for the units said beside it, and read no further
    else:
        given = {}
    t, spoken = _spoken_hours(t)
    t = ONE_OR_TWO.sub(_one_to_two, t)
    found: list[tuple[int, int, str, Converted]] = []
    cjk = CJK.search(t) is not None
    for name, pattern in _patterns():
        unit = text_units().units[name]
        written_cjk = cjk and unit.cjk_tokens is not None and name not in given
        rate = given.get(name, unit.cjk_tokens if written_cjk and unit.cjk_tokens else unit.tokens)
        for m in pattern.finditer(t):
            amount = _amount(m["amount"])
            after = t[m.end() : m.end() + 30]
            if amount <= 0 or any(s < m.end() and m.start() < e for s, e, _, _ in found):
                continue
            start = m.start()
            lower = rx.search(
                r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:-|to)\s*$|\bbetween\s+(\d+(?:\.\d+)?)\s*and\s*$", t[: m.start()]
            )
            if lower is not None and not m.groupdict().get("noun"):
                # "2-3 sentences", "40 to 60 pages": the middle of the range (a wide one is too loose to read)
                low = float(lower[1] or lower[2])
                if not 0 < low < amount or amount / low > 3:
                    continue
                amount, start = (low + amount) / 2, lower.start()
            spelled_out = not m["amount"].strip()[:1].isdigit()
            sized = bool(
                m.groupdict().get("noun")
                or m.groupdict().get("keep")
                or SIZE_AFTER.match(t, m.end())
                or SIZE_BEFORE.search(t[max(0, start - 30) : start])
            )
            if rx.match(r"\s*(?:or (?:two|so|more|three)|\+)", after) or "couple" in m["amount"]:
                continue  # "a sentence or two", "a couple of pages": too loose to count ("a page or less" is a page)
            if (
                spelled_out
                and not answering
                and not (
                    # a fraction is never "a page" said in passing; any amount said as a side's size is not either
                    # ("the summary is about a page")
                    ("half" in m["amount"] and SIDE_SAID_AFTER.match(t, m.end()))
                    or (
                        ("half" in m["amount"] or name == "page")
                        and PART_AFTER_SIZE.search(t[max(0, start - 70) : start]) is not None
                    )
                    or (
                        SIDE_SAID_BEFORE.search(t[max(0, start - 40) : start])
                        and ("half" in m["amount"] or name == "page")  # (a paragraph or a sentence is too loose)
                        and rx.match(r"\s*(?:$|[,.;!?)]|long\b|each\b|tops\b|at most\b|or less\b)", t[m.end() :])
                    )
                )
            ):
                continue  # "a page", "a one-page summary" said in passing: read only as the answer to the size question
            over_period = rx.match(r"\s*(?:" + PERIOD + r"|a (?:day|week|month)|/\s*(?:day|d|week|month|mo)\b)", after)
            text_volume = bool(
                over_period
                and name in ("word", "character")
                and amount >= 1000
                and not rx.match(r"\s*(?:a|an|per|each|every|/)\s*(?:sec|second|min|minute|hour|hr|h)\b", after)
            )
            if name == "character" and amount < 100:
                continue  # "LoRA for maybe 30 characters": game or story characters; no text is 30 characters long
            # ("540,000 words a week", "2M characters a month": text volumes, their tokens a volume too)
            if not (sized or text_volume) or (spelled_out and name in ("word", "character", "sentence")):
                continue  # "in a word", "on a page", "we have 300 pages of docs": no size of one request said
            if name == "minute_of_speech" and (
                rx.search(r"\b(?:within|in|under|after|before|by|takes?|wait\w*|delay|latency|than)\s*$", t[:start])
                or rx.match(r"\s*(?:after|before|of the end)\b", after)
            ):
                continue  # "within 2 minutes of the call": how soon, not how long the call is
            if name == "minute_of_speech" and _typed_session(t, m.group(0)):
                continue  # "users chat for about 20 minutes a session, 2 messages a minute": typed, not spoken
            if over_period and not text_volume:
                continue  # "5k pages a day": a count of pages, whose size is asked; "200 words a minute": a speed
            if rx.search(r"\b(?:up to|max(?:imum)?|limit(?:ed)?(?: to)?|at most|cap(?:ped)? at)\s*$", t[: m.start()]):
                continue  # a limit, not a size
            own = OWN_TOKENS.match(t, m.end())
            if own is not None and OTHER_SIDE_BETWEEN.search(own.group(0)):
                own = None  # "11 pages in, 500 tokens out": the tokens are the other side's size, not these pages'
            own_before = OWN_TOKENS_BEFORE.search(t[max(0, m.start() - 50) : m.start()])
            if own_before is not None and OTHER_SIDE_BETWEEN.search(own_before.group(0)):
                own_before = None  # "12000 token in, test case 5 page out": the tokens are the other side's
            if own is not None or own_before is not None:
                continue  # "40 pages, call it 30,000 tokens": the user's own count in tokens stands
            tokens = _about(amount * rate)
            if tokens < 1:
                continue
            if m.groupdict().get("keep"):
                # "500 calls a day, 10 minutes each": each call that many tokens, the count's period kept
                replacement = f"{m['keep']}{tokens:.0f} tokens each"
            elif m.groupdict().get("noun"):
                # "10-minute calls", "calls last about 8 minutes": calls of that many tokens each
                replacement = f"{m['noun']} of {tokens:.0f} tokens each"
            else:
                replacement = f"{tokens:.0f} tokens"
            found.append(
                (start, m.end(), replacement, Converted(amount, name, tokens, given.get(name), cjk=written_cjk))
            )
    # "a note is short, like a paragraph, 100 words tops": the figure said beside a spelled-out size is the size
    figures = [(a, b) for a, b, _, c in found if t[a:b].lstrip()[:1].isdigit()]
    found = [
        f
        for f in found
        if t[f[0] : f[1]].lstrip()[:1].isdigit()
        or SIDE_SAID_AFTER.match(t, f[1])
        or not rx.search(r"\blike\s*$", t[: f[0]])  # a likeness ("short, like a paragraph, 100 words tops")
        or rx.search(r"\b(?:summar(?:y|ies)|answers?|outputs?|responses?|repl(?:y|ies))\b", t[max(0, f[0] - 30) : f[0]])
        or not any(a > f[1] and not rx.search(r"[.;!?]", t[f[1] : a]) for a, _ in figures)
    ]
    for start, end, replacement, _ in sorted(found, key=lambda f: f[0], reverse=True):
        t = t[:start] + replacement + t[end:]
    return t, spoken + [c for _, _, _, c in sorted(found, key=lambda f: f[0])]
