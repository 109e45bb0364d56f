"""Quantities too loose to store ("a few million tokens", "5-10M a day", "one to three seconds", "faster than
now"): dropped, and asked about; a narrow range ("7 to 8 billion a month") is read at its middle.
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import _is_money, model_size_range
from assistant.interview.quantities.patterns import MAGNITUDE, PERIOD, PERIOD_WORDS, REQUESTS, TOKENS, _period_factor

VAGUE_VOLUME = rx.compile(
    r"\b(?:a few|few|several|some|many|multiple|lots of|a bunch of|tons of|a lot of)\s+(?:hundred\s+)?(?:thousand|"
    r"million|billion|mil|bn|k)\b|(?<![\d.]\s)(?<![\d.])\b(?:tens of |hundreds of )?(?:thousands|millions|billions) of "
    r"(?:tokens|requests|queries|calls|messages)\b"
)
LATENCY_RANGE = rx.compile(
    r"\bbetween\s+\S+\s+and\s+\S+\s+(?:ms|millis\w*|s|secs?|seconds?)\b|(?<![\d.])\d+(?:\.\d+)?\s*"
    r"(?:(?:ms|s|secs?|seconds?)\s+)?(?:-|to|or)\s*"
    r"\d+(?:\.\d+)?\s*(?:ms|millis\w*|s|secs?|seconds?)\b|\b(?:faster|quicker|better|lower) than\b"
)
# a latency range whose ends can be read: "2-3 seconds", "between 1 and 2 s", "one to three seconds"
SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twenty": 20}
_END = r"(?:\d+(?:\.\d+)?|" + "|".join(SMALL_NUMBERS) + r")"
ACCEPTED_RANGE = rx.compile(
    r"(?:\bbetween\s+)?(?<![\w.])(?P<lo>" + _END + r")\s*(?:(?:ms|s|secs?|seconds?)\s+)?(?:-|–|to|and)\s*"
    r"(?P<hi>" + _END + r")\s*(?P<u>ms|millis\w*|s|secs?|seconds?)\b"
)
LATENCY_WORDS = rx.compile(
    r"latenc|respon|answer|repl(?:y|ies)|first token|ttft|wait|come back|comes back|round[- ]?trip|turnaround|"
    r"p9\d|to load|to show|to appear"
)
# the range is what the user accepts, so its top is the limit (a wait allowed, a ceiling, an acceptance)
ACCEPTED = rx.compile(
    r"\b(?:fine|ok|okay|acceptable|tolerable|alright|all right|good enough|no problem|not a problem|not an issue|"
    r"works for us|we can live with|can live with|is what we need|(?:can|could|may|might|is allowed to|are allowed to|"
    r"allowed to) take|can wait|will wait|happy to wait|don'?t mind|do not mind|within|under|at most|max(?:imum)?|"
    r"up to|no more than|tops)\b"
)
# ... unless the acceptance is turned down ("2-3 seconds is not fine", "10-20 seconds is too slow")
REJECTED = rx.compile(
    r"\b(?:not|n'?t|never|too (?:slow|long|much)|unacceptable|way too|hate|complain\w*|annoy\w*|old|previous|"
    r"former|used to|was|were|currently|right now|today|at the moment|took|taking)\b|"
    r"(?<!can )(?<!could )(?<!may )(?<!might )(?<!to )\btakes?\b"
)
VOLUME_RANGE = rx.compile(
    r"(?:\bbetween\s+)?(?<![\w.$€£])(?P<a>\d+(?:\.\d+)?)\s*(?P<amag>k|m|b|bn|million|billion|thousand)?\s*(?:-|to|and|"
    r"or)\s*"
    r"(?P<b>\d+(?:\.\d+)?)\s*(?P<bmag>k|m|b|bn|million|billion|thousand)\b(?!\s*(?:param|model|\$|dollars|usd))"
    r"(?P<rest>\s*(?:" + TOKENS + r"|" + REQUESTS + r")?\s*(?:" + PERIOD + r")?)"
)


def _volume_range(c: Context) -> bool:
    """A volume given as a range ("5-10M tokens a day", "between 5 and 10 million a day"): which end is not said."""
    for rm in VOLUME_RANGE.finditer(c.m):
        if not (rm["rest"].strip() or "tokens_per_month" in c.expecting):
            continue
        if (
            _is_money(c.t, rm.start(), rm.end())
            or c.off(rm.start())
            or model_size_range(c.m, rm.start(), rm.end(), rm["bmag"])
        ):
            continue
        a, b = float(rm["a"]), float(rm["b"])
        amag = MAGNITUDE[rm["amag"]] if rm["amag"] else MAGNITUDE[rm["bmag"]]
        lo, hi = a * amag, b * MAGNITUDE[rm["bmag"]]
        if 0 < lo < hi and hi / lo > 1.25:
            return True
        if 0 < lo < hi:  # "7 to 8 billion a month": the middle of a narrow range
            factors = {_period_factor(p, c.conventions) for p in PERIOD_WORDS}
            for i, (name, value, quote, note) in enumerate(c.out.updates):
                if name == "tokens_per_month" and any(abs(value / hi - f) <= 1e-6 * f for f in factors):
                    c.out.updates[i] = (name, value * (lo + hi) / (2 * hi), quote, note)
    return False


# a wait said without its figure ("a few seconds is fine", "so maybe a few seconds?"): which figure is asked
VAGUE_WAIT = rx.compile(
    r"\b(?:a few|several|some|a handful of|a number of|few)\s+(?:more\s+)?(?:secs?|seconds?)\b"
    r"(?!\s+(?:ago|later|per)\b)"
)


def _vague(c: Context, raw: str) -> None:
    """Quantities too loose to store: "a few million tokens", "one to three seconds", "faster than now": ask."""
    wait = VAGUE_WAIT.search(c.t)
    if (
        wait
        and not c.out.has("latency_p99_ms")
        and ("latency_p99_ms" in c.expecting or LATENCY_WORDS.search(c.t) or ACCEPTED.search(c.t))
    ):
        c.out.clarify.append("latency_p99_ms")
    if c.out.has("tokens_per_month") and _volume_range(c) and not c.out.correction:
        c.out.updates = [u for u in c.out.updates if u[0] != "tokens_per_month"]
        c.out.clarify.append("tokens_per_month")
    vague = VAGUE_VOLUME.search(raw)
    if vague and c.out.has("tokens_per_month") and not rx.search(PERIOD, rx.split(r"[.;!?]", raw[vague.end() :])[0]):
        vague = None  # "engineers query a few hundred thousand pages of manuals": a corpus, beside a volume read
    if vague and not c.out.correction:
        c.out.updates = [u for u in c.out.updates if u[0] != "tokens_per_month"]
        c.out.clarify.append("tokens_per_month")
    if (
        any(not OBSERVED_BEFORE.search(c.t[max(0, r.start() - 30) : r.start()]) for r in LATENCY_RANGE.finditer(c.t))
        and not c.out.correction
        and (
            "latency_p99_ms" in c.expecting
            or rx.search(r"latenc|respon|answer|reply|first token|ttft|second|\bsecs?\b|\d\s*m?s\b|\bms\b", c.t)
        )
        and not _accepted_range(c)
    ):
        c.out.updates = [u for u in c.out.updates if u[0] != "latency_p99_ms"]
        c.out.clarify.append("latency_p99_ms")


# a range of times seen, not asked for ("In our PoC ... first token was 400-600 ms")
OBSERVED_BEFORE = rx.compile(
    r"\b(?:was|were|came in at|measured|clocked|averaged|took|takes|is currently|currently)\s+(?:about\s+|around\s+|"
    r"roughly\s+|~\s*)?$"
)


def _accepted_range(c: Context) -> bool:
    """A latency range said as what is acceptable ("2-3 seconds is fine", "answers can take 10-20 seconds",
    "anything within 1 to 2 s works"): everything up to its top is fine with the user, so the top is the limit,
    stored in place of the end the latency reader took as its target. A range observed ("answers take 10-20
    seconds today"), turned down, past or asked about is not."""
    from assistant.interview.scope import PAST

    found = [u for u in c.out.updates if u[0] == "latency_p99_ms"]
    ranges = list(ACCEPTED_RANGE.finditer(c.t))
    if len(found) > 1 or len(ranges) != 1:
        return False
    rm = ranges[0]
    scale = 1.0 if rm["u"].startswith("m") else 1000.0
    lo, hi = _end(rm["lo"]) * scale, _end(rm["hi"]) * scale
    clause = rx.split(r"[.;!?]", c.t[: rm.start()])[-1] + rm.group(0) + rx.split(r"[.;!?]", c.t[rm.end() :])[0]
    if (
        not (0 < lo < hi)
        or (found and not any(abs(found[0][1] - end) <= 1e-6 * end for end in (lo, hi)))  # another figure's
        or not (found or "latency_p99_ms" in c.expecting or LATENCY_WORDS.search(clause))
        or not ACCEPTED.search(clause)
        or any(REJECTED.search(part) for part in _range_parts(clause, rm.group(0)))
        or PAST.search(clause)
        or c.off(rm.start())
    ):
        return False
    note = "the top of the range you said is acceptable"
    if found:
        said = "; ".join(n for n in (found[0][3], note) if n)  # "p95 target" and the range's top
        c.out.updates[c.out.updates.index(found[0])] = ("latency_p99_ms", hi, found[0][2], said)
    else:
        c.out.add("latency_p99_ms", hi, c.quote(rm.start(), rm.end()), note)
    return True


def _range_parts(clause: str, said: str) -> list[str]:
    """The parts of the clause (between commas) that hold the range or its acceptance: what is said beside them
    ("fine w/ 2-3 sec, its chat not voice") neither turns the range down nor accepts it."""
    parts = clause.split(",")
    return [p for p in parts if said in p or ACCEPTED.search(p) or ABOUT_SPEED.search(p)] or parts


# what a part beside a range says of speed, a use or a want ("..., not for customers", "..., we want 1 s")
ABOUT_SPEED = rx.compile(
    r"\b(?:for|ideal|slow\w*|fast\w*|quick\w*|need|needs|want|wants|ms|secs?|seconds?|latency|wait\w*)\b"
)


def _end(said: str) -> float:
    return float(SMALL_NUMBERS.get(said, said))
