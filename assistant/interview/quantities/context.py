"""What the readers share: ``Reading``, what the numbers of one message say (updates with their quotes,
questions to ask back, problems), and ``Context``, the message a reader works on (original, normalized and
masked text, what the interview expects, the conventions) with its quote and "off the record" helpers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import assistant.interview.patterns as rx
from assistant.interview.quantities.patterns import PERIOD_WORDS, _period_factor
from tools.results import MAX_TOKENS_PER_MONTH, Conventions
from tools.working_days import working_days

# "once we launch": dates a new system's figures, it does not make them hypothetical
LAUNCH = rx.compile(r"\W*once we (?:launch|go live|ship|roll (?:it )?out|are live|open)\w*")


@dataclass
class Reading:
    """What the numbers in one message say."""

    updates: list[tuple[str, Any, str, str | None]] = field(default_factory=list)  # field, value, quote, note
    clarify: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    pending: dict[str, Any] | None = None
    confirm: str | None = None
    correction: bool = False
    spread_months: float | None = None  # one-time work the user spreads over that many months, priced a month of it

    def add(self, name: str, value: Any, quote: str, note: str | None = None) -> None:
        if name not in {u[0] for u in self.updates}:
            self.updates.append((name, value, quote, note))

    def has(self, name: str) -> bool:
        return any(u[0] == name for u in self.updates)


def _quote(original: str, normalized: str, start: int, end: int) -> str:
    """The user's sentence around [start, end) of the normalized text (sentences line up one to one)."""
    from assistant.interview.scope import sentences

    norm = sentences(normalized)
    orig = sentences(original)
    if len(norm) == len(orig):
        for (offset, sentence), (_, words) in zip(norm, orig, strict=True):
            if offset <= start < offset + len(sentence) + 1:
                return words.strip()[:200]
    return original.strip()[:200]


@dataclass
class Context:
    original: str
    t: str  # normalized
    m: str  # normalized with model names masked
    expecting: list[str]
    conventions: Conventions
    out: Reading
    assume_stated: bool = False
    _chunks: list[Any] = field(default_factory=list)
    sizes: set[int] = field(default_factory=set)  # where per-request sizes were read (not volumes)
    weekdays: str | None = None  # the words saying the traffic runs on working days only ("weekdays only")
    working_days_used: bool = False  # a rate per day (or less) was counted over the working days
    hours_a_day: float | None = None  # the hours a day a rate per hour runs ("8 hours a day"), when said
    window_weekdays: str | None = (
        None  # the words of a daily window on working days ("9-5 mon-fri"): its rates per hour
    )
    hours_used: bool = False  # a rate per hour (or less) was counted over those hours only
    working_days_said: float | None = None  # the working days a month the user counts with ("call it 21 business days")
    peak_alone: bool = (
        False  # the volume was asked only because a rate was said at its peak ("300 calls an hour at peak")
    )

    def per_month(self, period: str) -> float:
        """Multiplier from 'per <period>' to per month; a rate per day or less that runs on working days only
        ("800 a day, weekdays only") runs on the month's working days, not on every day."""
        factor = _period_factor(period, self.conventions)
        if self.hours_a_day and PERIOD_WORDS.get(period, period) in ("hour", "minute", "second"):
            self.hours_used = True
            factor *= self.hours_a_day / 24  # "10 an hour, 8 hours a day": 80 a day, not 240
        unit = PERIOD_WORDS.get(period, period)
        # "150 a minute, 9-5 mon-fri": those hours of the working days (a rate per day there is every day's)
        in_window = bool(self.window_weekdays) and unit in ("hour", "minute", "second")
        if (self.weekdays and unit in ("day", "hour", "minute", "second")) or in_window:
            self.working_days_used = True
            days = self.working_days_said or self.conventions.working_days_per_month()
            return factor * days / self.conventions.days_per_month
        return factor

    def working_days_pending(self) -> dict[str, Any]:
        """What a count kept waiting carries when its rate was counted over working days ("40 queries per working
        day"): the working days a month and how they were counted; nothing otherwise."""
        if not self.working_days_used:
            return {}
        return {"days_per_month": self.conventions.working_days_per_month(), "note": self.working_days_note()}

    def working_days_note(self) -> str:
        """How a working-day rate was counted, in words for the confirmation."""
        if self.working_days_said:
            said = self.working_days_said
            return f"a rate on working days only, counted over the {said:g} working days a month you said"
        days = self.conventions.working_days_per_month()
        if days < working_days().working_days_per_month:
            return f"a rate on working days only, counted over the {days:g} days a month is counted as"
        basis = working_days().basis()
        return f"a rate on working days only, counted over {days:g} working days a month (assumed: {basis})"

    def quote(self, start: int, end: int) -> str:
        return _quote(self.original, self.t, start, end)

    def off(self, pos: int) -> bool:
        """The position lies in a question, a hypothetical, someone else's story ("say we grew to 1B...") or a one-time
        amount ("a backlog of 40,000 pages")."""
        if self.assume_stated:
            return False
        from assistant.interview.quantities.one_off import one_off
        from assistant.interview.scope import chunks

        if one_off(self.t, pos):
            return True  # "a backlog of 40,000 pages, one-time": done once, no rate

        if not self._chunks:
            self._chunks = chunks(self.t)
        for k, ch in enumerate(self._chunks):
            if ch.start <= pos < ch.start + len(ch.text):
                # A hedge ("not sure, maybe 5M a day", "I don't know exactly, ~20M") still gives the figure:
                # only a real hypothetical ("if we grew to 1B") puts a number out of the user's present.
                from assistant.interview.scope import FIRM_LIMIT_INLINE, HYPOTHETICAL, PAST

                # "once we launch" dates a new system's figures, it does not make them hypothetical
                # (a wish in a later clause leaves a figure said before it alone: "paying around 450 dollars/month,
                # would like to stay under 300")
                here = pos - ch.start
                clause_end = min((i for i in (ch.text.find(x, here) for x in (", ", "; ")) if i >= 0), default=None)
                plain = rx.sub(
                    r"\b" + LAUNCH.pattern[3:] + "|"
                    r"\b(?:in|per|for) one (?:day|hour|week|month)\b|"
                    # the request as it is designed ("we plan to send an instruction of about 400 words"), no guess
                    r"\b(?:we|i) (?:plan|are planning|'re planning|intend) to (?=(?:send|include|put|pass|feed|give|"
                    r"add|attach|generate|produce|return|write|reply|answer)\b)",
                    "",
                    ch.text[:clause_end],
                )  # ... and "in one day" is a period, not "one day" in the future
                # ... nor the figures after it ("once we launch, we expect 40M a day"); other conditions do
                conditional = ch.conditional and not (k and LAUNCH.match(self._chunks[k - 1].text))
                hypothetical = ch.hypothetical and (conditional or bool(HYPOTHETICAL.search(plain)))
                from assistant.interview.scope_parties import ELSEWHERE_BEFORE, OTHERS, REPORTED

                # "the docs stuffed in" are their own documents, not someone else's documentation
                others = ch.others and bool(
                    ch.others_before
                    or OTHERS.search(rx.sub(r"\bthe docs\b(?! say)", "", ch.text))
                    or REPORTED.search(ch.text)  # "vendors promise 300 ms": their claim, not our target
                    or ELSEWHERE_BEFORE.search(ch.text)
                )
                # "it's dropped to about 1 billion now": a level reached, not something dropped
                level = rx.sub(r"\b(?:dropped|fell|went down|came down|come down|gone down)\s+to\b", " ", ch.text)
                level = FIRM_LIMIT_INLINE.sub(r"\g<limit>", level)  # "in 20 seconds and no longer": a firm limit
                # "40k rps? no lol 40k req/hour": a figure asked back and answered no
                denied = ch.text.rstrip().endswith("?") and bool(
                    k + 1 < len(self._chunks)
                    and rx.match(
                        r"\s*(?:no|nope|nah)\b(?!\s+(?:idea|clue|way|problem|worries)\b)", self._chunks[k + 1].text
                    )
                )
                # "the pilot did about 2M tokens a day with 50 users", "pilot (done): ~2M tok/day": a trial's past
                # figure, not the workload sized
                pilot = bool(PILOT_PAST.search(self.t[max(0, self.t.rfind(".", 0, pos) + 1) : pos]))
                return bool(ch.question or hypothetical or others or ch.past or PAST.search(level) or denied or pilot)
        return False

    def withdrawn(self, pos: int) -> bool:
        """The position lies in words taken back by what follows ("..., but that whole project got shelved")."""
        if not self._chunks:
            from assistant.interview.scope import chunks

            self._chunks = chunks(self.t)
        return any(ch.past and ch.start <= pos < ch.start + len(ch.text) for ch in self._chunks)


def _candidates(values: list[tuple[float, int, int, bool]]) -> tuple[float, int, int] | str | None:
    """Pick one value among readings of the same fact: the non-replaced, present-tense one.

    Returns None when there is none, "clarify" when two stated values disagree.
    """
    live = [(v, s, e) for v, s, e, neg in values if not neg]
    if not live:
        return None
    distinct = {round(v, 6) for v, _, _ in live}
    if len(distinct) == 1:
        return live[0]
    return "clarify"


PILOT_PAST = rx.compile(
    r"\b(?:pilot|poc|trial|proof of concept)s?\b\s*(?:\((?:done|finished|over|ended|completed)\)|\s(?:did|was|ran|had|"
    r"handled|processed|used|burned|consumed|peaked)\b)|\b(?:during|in) (?:the|our) (?:pilot|poc|trial)\b"
)


# Fewer tokens a month than this, said without the word "tokens" on the figure, is a count of something else.
MIN_TOKENS_PER_MONTH = 1_000


def _set_volume(c: Context, per_month: float, quote: str, note: str | None = None) -> None:
    if per_month < 0:
        c.out.problems.append(f"a negative volume ({quote}) is not possible; how many tokens do you process a day?")
    elif per_month == 0:
        c.out.problems.append("zero tokens means there is nothing to serve; what volume do you expect?")
    elif per_month > MAX_TOKENS_PER_MONTH:
        c.out.problems.append(
            f"{per_month:.3g} tokens a month ({quote}) is beyond any real workload, more than every provider "
            "combined; please check the units"
        )
    elif per_month < MIN_TOKENS_PER_MONTH and not rx.search(r"\d\s*(?:tokens?|toks?|tkns?)\b", quote.lower()):
        # "contracts of about 20k tokens, 300 a month": a count of things beside a size, not 300 tokens
        if "tokens_per_month" not in c.out.clarify:
            c.out.clarify.append("tokens_per_month")
    else:
        if c.working_days_used:
            note = "; ".join(n for n in (note, c.working_days_note()) if n)
        if c.hours_used:
            note = "; ".join(n for n in (note, f"{c.hours_a_day:g} hours a day, as you said") if n)
        c.out.add("tokens_per_month", per_month, quote, note)
