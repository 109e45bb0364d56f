"""Numbers in what people write: volumes, rates, mixes, request sizes, latency, money, GPUs, head counts.

Deterministic. "twenty million tokens a day", "half a billion a month", "120k requests a day, ~1,500
tokens in and 300 out", "3:1 input to output", "p95 under a couple of seconds", "we spend $12k a month on
GPT-4o", "we already own 16 H100s", "75% are password resets". Money is never tokens; model sizes ("a
70B model") are never volumes; a number after "not" ("not 40M") is the one being replaced.

``normalize`` rewrites number words into digits on a lower-cased copy; every reader works on that copy
and quotes the user's own sentence back from the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tools.results import MAX_TOKENS_PER_MONTH, Conventions

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
FUZZY = {"a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2}
NUMBER_WORD = "|".join(
    sorted([*UNITS, *TENS, *SCALES, "dozen", "half", "quarter", "and", "a", "an", "couple"], key=len)[::-1]
)
WORD_RUN = re.compile(
    r"\b(?:(?:" + NUMBER_WORD + r")(?:[\s-]+|(?=\b)))+(?:of\b)?",
)
MAGNITUDE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "mill": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bil": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
    "milion": 1e6,
    "millon": 1e6,
    "mio": 1e6,
    "mln": 1e6,
    "bilion": 1e9,
}
NUM_CORE = (
    r"(?P<neg>-\s*)?(?P<num>\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?P<mag>k|thousand|mm|mn|mill|mil|milion|millon|mio|mln|million|millions|m|bn|bil|bilion|billion|"
    r"billions|b|tn|trillion|t)(?![a-z]))?"
)
NUM = r"(?<![\w.$€£:/])" + NUM_CORE
NUM_RE = re.compile(NUM)


def num(prefix: str) -> str:
    """NUM with its groups renamed (for patterns holding two numbers)."""
    return (
        NUM.replace("?P<neg>", f"?P<{prefix}neg>")
        .replace("?P<num>", f"?P<{prefix}num>")
        .replace("?P<mag>", f"?P<{prefix}mag>")
    )


PERIOD_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400}
PERIOD_WORDS = {
    "second": "second",
    "s": "second",
    "minute": "minute",
    "min": "minute",
    "hour": "hour",
    "hr": "hour",
    "sec": "second",
    "h": "hour",
    "day": "day",
    "daily": "day",
    "d": "day",
    "week": "week",
    "weekly": "week",
    "wk": "week",
    "month": "month",
    "monthly": "month",
    "mo": "month",
    "quarter": "quarter",
    "qtr": "quarter",
    "quarterly": "quarter",
    "year": "year",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
    "yr": "year",
    "a year": "year",
    "night": "day",
    "nightly": "day",
}
PERIOD = (
    r"(?:(?:\ban?|\bper|\beach|\bevery|\bin\s+(?:a|one)|\ba\s+single|\b(?:every|each|a|per)\s+(?:business|working|calendar|"
    r"single))\s+(?P<period>second|sec|minute|min|hour|hr|day|week|wk|month|mo|quarter|qtr|year|yr|night)s?\b|"
    r"/\s*(?P<slash>second|sec|s|minute|min|m|hour|hr|h|day|d|week|wk|w|month|mo|year|yr|y)\b|"
    r"\bby\s+(?P<by>day|week|month)\b(?!\s*(?:\d|of\b|end|'s))|"
    r"(?P<adv>daily|weekly|monthly|quarterly|yearly|annually|annual|nightly)\b)"
)
SLASH = {"s": "second", "m": "minute", "h": "hour", "d": "day", "w": "week", "y": "year"}


def period_of(m: re.Match[str]) -> str:
    if m["slash"]:
        return SLASH.get(m["slash"], m["slash"])
    return str(m["period"] or m["adv"] or m["by"])


TOKENS = r"(?:tokens?|toks?|tkns?)"
REQUESTS = (
    r"(?:requests?|reqs?|calls?|queries|query|messages?|msgs?|conversations?|chats?|tickets?|documents?|docs?|"
    r"emails?|prompts?|completions?|api calls?|inferences?|generations?|questions?|pages?|transcripts?|sessions?|"
    r"summaries|articles?|files?|records?|items?|jobs?|turns?|interactions?|lookups?|searches|invocations?|pdfs?|"
    r"rows?|reviews?|contracts?|reports?|invoices?|receipts?|claims?|notes?|posts?|comments?|listings?|"
    r"descriptions?|translations?|recordings?|meetings?|resumes?|applications?|forms?|leads?|cases?|orders?|"
    r"threads?|images?|screenshots?|chunks?|passages?|snippets?|tasks?|runs?)"
)
GPU_NAMES: list[tuple[str, str]] = [
    (r"h100s?", "h100"),
    (r"h200s?", "h200"),
    (r"b200s?", "b200"),
    (r"a100s?[\s-]*(?:40\s*(?:gb|gigs?|g)s?)", "a100-40gb"),
    (r"a100s?(?:[\s-]*(?:80\s*(?:gb|gigs?|g)s?))?", "a100-80gb"),
    (r"l40s|l40", "l40s"),
    (r"l4s?", "l4"),
    (r"a10gs?|a10s?", "a10g"),
    (r"(?:rtx[\s-]*)?4090s?", "rtx-4090"),
    (r"mi300x?s?", "mi300x"),
]
GPU = r"(?P<gpu>" + "|".join(p for p, _ in GPU_NAMES) + r")\b"
CORRECTION = re.compile(
    r"\b(?:actually|correction|i meant|i mean|sorry|oops|scratch that|make that|let me correct|to correct|"
    r"rather|wait|my mistake|typo|misspoke|mis-spoke|not \S+ but|update:|updated?|instead|changed? to|"
    r"revise|revised|on second thoughts?|come to think of it|i take that back|never ?mind)\b"
)
NOT_BEFORE = re.compile(
    r"(?:\b(?:was|were) at|\bnot|n't|\binstead of|\brather than|\bfrom|\bwas|\bwere|\bused to be|\bused to do|"
    r"\bearlier i said|"
    r"\bi said|\bnot the)\s*(?:about|around|~|like)?\s*$"
)
FUTURE = re.compile(
    r"\b(?:next year|next quarter|by (?:next|the end|20\d\d|q\d)|will|expect(?:ing)?|plan(?:ning)? to|could grow|"
    r"might|may grow|growing to|grow to|in (?:a|two|\d+) (?:year|years|months)|eventually|later|target(?:ing)?|"
    r"forecast|projected|up to|at most|max(?:imum)?|peak(?:s|ing)?|double|triple)\b"
)
STRONG_FUTURE = re.compile(
    # a volume for a time to come, not today's ("1B a month next year"); a system not yet launched ("the usage
    # will be about 2M tokens a day") states its volume plainly
    r"\b(?:next year|next quarter|by (?:next|the end|20\d\d|q\d)|will (?:grow|reach|hit)|(?:we'll|we will) (?:grow|"
    r"reach|hit)|expect(?:ing)? to (?:grow|reach|hit|double|triple)|grow(?:ing)? to|eventually|in (?:a|two|\d+) "
    r"(?:years?|months)|projected|forecast)\b"
)
MONEY_BEFORE = re.compile(
    r"(?:[$€£]|\busd|\beur|\bgbp|\bbudget\w*|\bspend\w*|\bspent|\bcost\w*|\bpay\w*|\bpaid|\bbill\w*|\binvoice\w*|"
    r"\bprice\w*|\bsalar\w*|\bafford|\bcharg\w*|\bburn\w*|\bcap(?:ped)?|\blimit|\bfunding|\brevenue|\barr\b|\bmrr\b|"
    r"\braised|\bsave|\bsaving)[^.;,]{0,30}$"
)
MONEY_AFTER = re.compile(
    r"^\s*(?:dollars?|usd|eur|euros?|gbp|pounds|bucks|\$|/\s*mo\b[^t]*$|(?:/\s*mo\w*|a month|per month|monthly)\s+"
    r"(?:on|for)\s+(?:gpt|claude|gemini|llama|mistral|openai|anthropic|M{3}))"
)
MODEL_SIZE_AFTER = re.compile(
    r"^\s*(?:-|\s)?(?:param\w*|model|models|llm|dense|moe|instruct|chat|weights|version|variant|class|sized?|"
    r"scale|open|llama|qwen|mistral|deepseek)\b"
)
MODEL_SIZE_BEFORE = re.compile(
    r"(?:llama|qwen|mistral|mixtral|gemma|phi|deepseek|falcon|yi|command|olmo|granite|nemotron|gpt-oss|model|"
    r"a|an|the)[\s\w.\-]{0,10}$"
)
# Model names with digits in them would otherwise read as numbers ("GPT-4o", "Llama 3.1 70B", "Sonnet 4.5").
MODEL_NAME = re.compile(
    r"\b(?:gpt|o\d|claude|sonnet|opus|haiku|gemini|gemma|llama|qwen|mistral|mixtral|phi|deepseek|grok|"
    r"command|falcon|olmo|granite|nemotron|yi|kimi|glm|v)[\s-]?(?:\d[\w.\-]*)(?:[\s-](?:\d+(?:\.\d+)?[bm]\b|"
    r"\d[\w.\-]*|mini|nano|pro|flash|turbo|sonnet|opus|haiku|instruct|chat|oss))*"
)


@dataclass
class Reading:
    """What the numbers in one message say."""

    updates: list[tuple[str, Any, str, str | None]] = field(default_factory=list)  # field, value, quote, note
    clarify: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    pending: dict[str, Any] | None = None
    confirm: str | None = None
    correction: bool = False

    def add(self, name: str, value: Any, quote: str, note: str | None = None) -> None:
        if name not in {u[0] for u in self.updates}:
            self.updates.append((name, value, quote, note))

    def has(self, name: str) -> bool:
        return any(u[0] == name for u in self.updates)


# ---------------------------------------------------------------------------------------------- words


def _words_value(words: str) -> float | None:
    """'twenty million' -> 2e7, 'half a billion' -> 5e8, 'one and a half million' -> 1.5e6, 'a dozen' -> 12."""
    w = re.sub(r"[\s-]+", " ", words.strip()).removesuffix(" of").strip()
    if w in FUZZY:
        return float(FUZZY[w])
    tokens = w.split()
    total, current, seen, half = 0.0, 0.0, False, False
    last_scale = 0.0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok in TENS:
            current += TENS[tok]
            seen = True
        elif tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok in ("couple",):
            current += 2
            seen = True
        elif tok == "half":
            if seen:
                half = True
            else:
                current += 0.5
                seen = True
        elif tok == "quarter":
            current += 0.25
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in SCALES:
            scale = SCALES[tok]
            value = (current or 1) + (0.5 if half else 0)
            total += value * scale
            current, half = 0, False
            last_scale = scale
            seen = True
        elif tok in ("a", "an"):
            if i + 1 < len(tokens) and tokens[i + 1] in (*SCALES, "dozen", "half", "quarter", "couple", "few"):
                if tokens[i + 1] in SCALES and not seen:
                    current = current or 1
                i += 1
                continue
            if not seen:
                return None
        elif tok == "and":
            prev, nxt = tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else ""
            if (prev in UNITS or prev in TENS) and (nxt in UNITS or nxt in TENS):
                return None  # "between one and three seconds": two numbers, not four
        i += 1
    if half and last_scale and not current:
        return total + 0.5 * last_scale  # "a million and a half"
    return total + current + (0.5 if half else 0)


def _small(word: str) -> float:
    if word.isdigit():
        return float(word)
    return float({**UNITS, **TENS, "a hundred": 100}.get(word, 0))


def _render(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if value >= size:
            return f"{value / size:g} {word}"
    return f"{value:g}"


# Key words of the interview, for typo repair by edit distance ("complience", "hippa", "promts", "tokns",
# "bussiness", "actualy"): a word one edit (or one swap) away from exactly one key word, and not itself a
# common word, is read as that key word. Short words are left alone ("batch" is one edit from "match"),
# and so is the first letter (people rarely mistype it: "never" is not "every").
KEY_WORDS = (
    "compliance complaint regulated regulation regulations regulatory hipaa business weekdays weekends "
    "overnight nightly steady bursty spikes spiky traffic tokens prompts prompt output outputs input inputs "
    "requests request million millions billion billions thousand seconds second latency actually everything "
    "engineers engineer engineering kubernetes finetuning finetune frontier quality residency vendor vendors "
    "provider providers tenant premises infrastructure infra devops mlops nobody anything nothing budget "
    "monthly minutes answers answer responses response streaming conversations conversation customers "
    "platform machine learning realtime interactive probably definitely basically necessary required "
    "requirement requirements sensitive personal medical payments europe european instance instances "
    "servers server cluster clusters completions generation generated hours"
).split()
SLANG = {
    "nite": "night",
    "nites": "nights",
    "overnite": "overnight",
    "tonite": "tonight",
    "hrs": "hours",
    "w8": "wait",
    "ppl": "people",
    "peeps": "people",
    "tho": "though",
    "thru": "through",
    "b4": "before",
    "mins": "minutes",
    "secs": "seconds",
    "reqs": "requests",
    "req": "request",
    "tok": "tokens",
    "toks": "tokens",
    "tkns": "tokens",
    "ur": "your",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "wanna": "want to",
    "gonna": "going to",
    "dunno": "don't know",
    "abt": "about",
    "approx": "about",
}
# Real words one edit from a key word: never "repaired".
COMMON = set(
    "complaints complained answered answering answers prompted prompter outpost inpu input outlet rounds "
    "around ground bound found sound hours house horse four tenants tenet vendors vender seconded secondly "
    "engineered engineering requested requests requester responded responds respond budgets budgeted "
    "nothings anythings nobodys quantity equality qualify clusters clustered servers served serves serve "
    "service severe instances instant instead hours pours yours ours tours every ever fever even events "
    "prompt steady ready stead study infra intra mlops devops latent latest patent talent tokens token taken "
    "toke spike spiky spoke inputs outputs answer answers machine machines learning leaning yearning earning "
    "realtime medical medial personal personnel european payments payment generation generations generator "
    "generated generates hour provide provides provided providing provider providers premise premises "
    "promise promises monthly mostly million millions billion billions thousand thousands customer customers "
    "conversation conversations platforms platform business busyness actually factually nightly knightly "
    "lightly rightly tightly slightly regulated regulates regulation regulations compliant complaint "
    "complaints required requires requirement requirements necessary sensitive basically definitely "
    "probably finetune finetuning frontier frontiers residency residence resident europe bursty busty "
    "trusty rusty dusty gusty lusty burst bursts second seconds minute minutes overnight traffic weekday "
    "weekdays weekend weekends every everything anything nothing nobody infrastructure hipaa kubernetes "
    "quality vendor vendors tenant interactive streaming stream streams completion completions "
    "cluster server instance response responses request answering engineers engineer budget spikes spiked "
    "spiker output input prompts require requires inquire acquire regulate regular".split()
)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=1)
def _typo_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for key in KEY_WORDS:
        for variant in {key, *_deletes(key)}:
            index.setdefault(variant, set()).add(key)
    return index


@lru_cache(maxsize=4096)
def _repair(word: str) -> str:
    """The key word a misspelt word stands for, or the word itself."""
    if word in SLANG:
        return SLANG[word]
    if len(word) < 4 or word in COMMON or word in KEY_WORDS or not word.isalpha():
        return word
    index = _typo_index()
    found: set[str] = set(index.get(word, ()))  # a letter left out ("tokns")
    for variant in _deletes(word):  # a letter added, changed or two swapped ("complience", "hippa")
        found |= index.get(variant, set())
    found = {k for k in found if k[0] == word[0] and abs(len(k) - len(word)) <= 1 and len(k) >= 5}
    if len(found) > 1:  # "promts": "prompts" over "prompt"; "spikey": "spiky" over "spikes"
        best = max(found, key=lambda k: (k[-1] == word[-1], -abs(len(k) - len(word))))
        rank = (best[-1] == word[-1], -abs(len(best) - len(word)))
        found = {k for k in found if (k[-1] == word[-1], -abs(len(k) - len(word))) == rank}
    return found.pop() if len(found) == 1 else word


def spell(text: str) -> str:
    """Repair typos of the interview's key words in a lower-cased message ("no complience stuff")."""
    return re.sub(r"[a-z0-9]+", lambda m: _repair(m.group(0)), text)


FRACTIONS = {
    "three quarters": "75%",
    "two thirds": "67%",
    "a third": "33%",
    "one third": "33%",
    "a quarter": "25%",
    "one quarter": "25%",
    "half": "50%",
    "a fifth": "20%",
    "one fifth": "20%",
    "a tenth": "10%",
    "one tenth": "10%",
    "two fifths": "40%",
    "three fifths": "60%",
    "four fifths": "80%",
    "nine tenths": "90%",
}
MIX_WORDS = r"\b(?:input|output|in|out|ratio|prompts?|completions?|split|mix|outweighs?)\b"


def normalize(text: str) -> str:
    """Lower-case, unify dashes and approximations, and turn number words into digits."""
    t = text.lower()
    t = re.sub(r"[\u2010-\u2015\u2212]", "-", t).replace("’", "'").replace("\u200b", "")
    t = re.sub(r"[~≈]\s*", "about ", t)
    t = spell(t)
    t = re.sub(r"(?<=\d),(?=\d{1,2}\s*(?:k|m|b|bn|mil\w*|mio|mln|bil\w*|thousand)\b)", ".", t)  # 2,5M (decimal comma)
    t = re.sub(r"(?<=\d),(?=\d{1,2}\s*(?:ms|s|secs?|seconds?|%|percent|x)\b)", ".", t)  # 2,5 seconds
    t = re.sub(r"(?<![\d.])(\d{1,3})\.(\d{3})(?=\s*(?:€|euros?|eur\b|dollars?|usd\b|£|pounds?|gbp\b))", r"\1\2", t)
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)  # 1,500 -> 1500
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)  # 1,500,000 (second pass)
    t = re.sub(r"(?<=\d)_(?=\d{3})", "", t)
    t = re.sub(
        r"\b(half|quarter) (?:of )?a (second|sec)\b", lambda m: ("0.5 " if m[1] == "half" else "0.25 ") + "seconds", t
    )
    t = re.sub(  # "within a second and a half", "two and a half seconds"
        r"\b(?:(a|one)\s+(second|sec)s?\s+and\s+a\s+half|(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
        r"\s+and\s+a\s+half\s+(seconds?|secs?|minutes?))\b",
        lambda m: f"{_small(m[3]) + 0.5 if m[3] else 1.5:g} {m[4] or 'seconds'}",
        t,
    )
    t = re.sub(
        r"\b(within|under|in|below|about|around|than|takes?|of|over|only|just|maybe|roughly|max|is|"
        r"like|to|maybe|probably) (?:a|one) (second|sec|minute)\b(?! (?:gpu|model|opinion|look|thought|option|one|team|"
        r"tier))",
        r"\1 1 \2",
        t,
    )
    t = re.sub(
        r"\b(three[ -]quarters|two[ -]thirds|a third|one[ -]third|a quarter|one[ -]quarter|half|a fifth|one[ -]fifth|"
        r"a tenth|one[ -]tenth|two[ -]fifths|three[ -]fifths|four[ -]fifths|nine[ -]tenths)\b(?= of\b)|"
        # "two thirds are trivial", "two thirds input, one third output" (not "half": "half and half")
        r"\b(?<!\d )(three[ -]quarters|two[ -]thirds|a third|one[ -]third|one[ -]quarter|a fifth|one[ -]fifth|a tenth|"
        r"one[ -]tenth|four[ -]fifths|nine[ -]tenths)\b(?= (?:are|is|input|output|prompts?|completions?|in|out)\b)",
        lambda m: FRACTIONS[(m[1] or m[2]).replace("-", " ")],
        t,
    )

    t = re.sub(r"\bless then\b", "less than", t)
    t = re.sub(r"^(\W*)(?:one|a) (second|sec)\b", r"\g<1>1 \2", t)
    t = re.sub(r"\bhalf an? (bil|bn|mil|mm|b|m|k)\b", r"0.5 \1", t)
    t = re.sub(r"\bsub-?(?:a-?)?second\b", "under 1 second", t)
    t = re.sub(
        r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]to[- ](one|two|three|four|five|\d+)\b",
        lambda m: (
            f"{_small(m[1]):g}:{_small(m[2]):g}"
            if re.search(
                MIX_WORDS, m.string[m.end() : m.end() + 20] + " " + m.string[max(0, m.start() - 40) : m.start()]
            )
            else m[0]
        ),
        t,
    )
    t = re.sub(r"(?<![$€£\d.])(\d+(?:\.\d+)?)\s*grand\b", r"$\1k", t)  # "4 grand" is money
    t = re.sub(r"\b(?:every|each) single\b", "every", t)
    t = re.sub(
        r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:out )?of (?:every )?(\d+|two|three|four|"
        r"five|ten|twenty|a hundred|100)\b(?! (?:engineers|people|gpus))",
        lambda m: f"{100 * _small(m[1]) / _small(m[2]):g}%" if _small(m[2]) >= max(_small(m[1]), 1e-9) else m[0],
        t,
    )

    t = re.sub(  # "9 in 10 are trivial", "one in four requests" (not "300 in, 1500 out")
        r"(?<!tokens )(?<!tok )\b(\d+|one|two|three|four|five|six|seven|eight|nine) in (\d+|two|three|four|five|ten|"
        r"twenty|a hundred|100)\b(?! (?:engineers|people|gpus|minutes?|seconds?|hours?|days?|weeks?|months?|years?|ms|"
        r"s\b|k\b|m\b|million|thousand|tokens?|out\b|output|completion))(?!\s*[,/]?\s*(?:out|output)\b)",
        lambda m: f"{100 * _small(m[1]) / _small(m[2]):g}%" if _small(m[2]) > _small(m[1]) else m[0],
        t,
    )

    def words(m: re.Match[str]) -> str:
        whole = m.group(0)
        lead = re.match(r"\s*and\s+", whole)
        if lead:  # "zero ML people and two DevOps": the "and" joins two items, it is not part of the number
            return lead.group(0) + words(re.match(r".*", whole[lead.end() :], re.S))  # type: ignore[arg-type]
        # "half a billion a month": a trailing "a"/"an"/"and"/"of" belongs to what follows
        cut = re.match(r"(.*?\S)((?:[\s-]+(?:a|an|and|of))*[\s-]*)$", whole, re.S)
        raw, rest = (cut.group(1), cut.group(2)) if cut else (whole, "")
        if re.search(r"\b(?:dozen|couple)$", raw) and rest.strip() == "of":
            raw, rest = raw + rest.rstrip(), " "
        stripped = raw.strip()
        if stripped in ("zero", "zero of") or not set(stripped.replace("-", " ").split()) & {
            *UNITS,
            *TENS,
            *SCALES,
            "dozen",
            "couple",
        }:
            return whole
        if re.search(r"\d\s*$", m.string[: m.start()]) and stripped.split()[0] in SCALES:
            return whole  # "12 billion": the digits already carry the number
        if re.fullmatch(r"(?:an?|one)", stripped):
            return whole
        value = _words_value(stripped)
        if value is None:
            return whole
        return _render(value) + (rest if rest.strip() else (" " if rest else ""))

    t = WORD_RUN.sub(words, t)
    t = re.sub(r"(?<![$€£\d.])(\d+(?:\.\d+)?)\s*grand\b", r"$\1k", t)  # "nine grand" is money too
    # "1.5 million" stays; "half a million" became "0.5 million"; "2 hundred" -> "200"
    t = re.sub(r"(\d+(?:\.\d+)?) hundred\b", lambda m: f"{float(m[1]) * 100:g}", t)
    t = re.sub(
        r"(\d+(?:\.\d+)?)\s*(million|billion|thousand|trillion)\s+and a half\b",
        lambda m: f"{float(m[1]) + 0.5:g} {m[2]}",
        t,
    )
    return t


def number(m: re.Match[str]) -> float:
    value = float(m.group("num"))
    mag = (m.groupdict().get("mag") or "").lower()
    if mag:
        value *= MAGNITUDE[mag]
    if m.groupdict().get("neg"):
        value = -value
    return value


def _mask_models(t: str) -> str:
    """Blank out model and GPU names so their digits are not read as quantities (length is kept)."""
    t = MODEL_NAME.sub(lambda m: "M" * len(m.group(0)), t)
    t = re.sub(
        r"\b(?:h|a|b|l|mi)\d{2,3}[a-z]*\b|\brtx[\s-]*\d{4}\b|\b(?!p\d\d\b)[a-z]+\d+[a-z]*\b",
        lambda m: "G" * len(m[0]),
        t,
    )
    return t


# ---------------------------------------------------------------------------------------------- context


def _is_money(t: str, start: int, end: int) -> bool:
    span = t[start:end]
    if (
        not re.search(r"\btok|\btkn", span)
        and re.search(r"/\s*mo|month", span)
        and re.match(r"\s*(?:on|for)\s+(?:gpt|claude|gemini|openai|anthropic|o\d|sonnet|opus)", t[end : end + 20])
    ):
        return True  # "25k/mo on gpt-5": what it costs, not a volume
    before = t[max(0, start - 30) : start]
    before = re.split(r"[;.]|\band\b(?! (?:spend|pay))", before)[-1]
    if re.match(
        r"\s*(?:k|m|mil\w*|b|bn|million|billion|thousand)?\s*(?:of\s+)?(?:tokens?|toks?|tkns?)\b",
        t[start : end + 20][
            len(re.match(r"[\d.,]*", t[start:end]).group(0)) :  # type: ignore[union-attr]
        ],
    ) and not before.rstrip().endswith(("$", "€", "£")):
        return False  # "we burn through 80M tokens a week": tokens, whatever verb comes before
    return bool(MONEY_BEFORE.search(before) or MONEY_AFTER.match(t[end : end + 12]) or before.endswith(("$", "€", "£")))


def _is_model_size(t: str, m: re.Match[str]) -> bool:
    mag = (m.group("mag") or "").lower()
    if mag not in ("b", "bn", "billion", "m", "million"):
        return False
    after = t[m.end() : m.end() + 25]
    if re.match(r"\s*" + TOKENS, after):
        return False
    if MODEL_SIZE_AFTER.match(after) or re.match(r"\s*(?:-|\s)?param", after):
        return True
    # "a 70b", "llama 70b", "the 8B" with no unit of volume after it
    return bool(
        (mag in ("b", "m") and t[m.start(0) - 1 : m.start(0)] != " " and False)
        or (
            mag == "b"
            and re.search(r"(?:llama|qwen|mistral|mixtral|gemma|deepseek|model|an?|the)\s*$", t[: m.start()])
            and not re.match(r"\s*(?:" + TOKENS + r"|a |an |per |/|each|every|daily|monthly)", after)
        )
    )


def _negated(t: str, start: int) -> bool:
    return bool(NOT_BEFORE.search(t[max(0, start - 25) : start]))


def _period_factor(period: str, conventions: Conventions) -> float:
    """Multiplier from 'per <period>' to per month."""
    unit = PERIOD_WORDS[period]
    if unit == "month":
        return 1.0
    if unit == "year":
        return 1 / 12
    if unit == "quarter":
        return 1 / 3
    return conventions.days_per_month * 86400 / PERIOD_SECONDS[unit]


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


# ---------------------------------------------------------------------------------------------- readers


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

    def quote(self, start: int, end: int) -> str:
        return _quote(self.original, self.t, start, end)

    def off(self, pos: int) -> bool:
        """The position lies in a question, a hypothetical or someone else's story ("say we grew to 1B...")."""
        if self.assume_stated:
            return False
        from assistant.interview.scope import chunks

        if not self._chunks:
            self._chunks = chunks(self.t)
        for ch in self._chunks:
            if ch.start <= pos < ch.start + len(ch.text):
                # A hedge ("not sure, maybe 5M a day", "I don't know exactly, ~20M") still gives the figure:
                # only a real hypothetical ("if we grew to 1B") puts a number out of the user's present.
                from assistant.interview.scope import HYPOTHETICAL, PAST

                # "once we launch" dates a new system's figures, it does not make them hypothetical
                plain = re.sub(
                    r"\bonce we (?:launch|go live|ship|roll (?:it )?out|are live|open)\w*|"
                    r"\b(?:in|per|for) one (?:day|hour|week|month)\b",
                    "",
                    ch.text,
                )  # ... and "in one day" is a period, not "one day" in the future
                hypothetical = ch.hypothetical and bool(HYPOTHETICAL.search(plain))
                from assistant.interview.scope import OTHERS

                # "the docs stuffed in" are their own documents, not someone else's documentation
                others = ch.others and bool(OTHERS.search(re.sub(r"\bthe docs\b(?! say)", "", ch.text)))
                return bool(ch.question or hypothetical or others or PAST.search(ch.text))
        return False


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


def _volume(c: Context) -> None:
    t, m = c.t, c.m
    found: list[tuple[float, int, int, bool]] = []
    notes: dict[int, str] = {}
    # "5M input and 1M output tokens a day" (or output first)
    for sm in re.finditer(
        num("a_")
        + r"\s*(?:"
        + TOKENS
        + r"\s*)?(?:of\s*)?(?P<k1>input|in|prompt|output|out|completion)s?\b[^.;]{0,40}?"
        + num("b_")
        + r"\s*(?:"
        + TOKENS
        + r"\s*)?(?:of\s*)?(?P<k2>input|in|prompt|output|out|completion)s?\b\s*(?:"
        + TOKENS
        + r"\s*)?(?:,\s*)?"
        + PERIOD,
        m,
    ):
        a = float(sm["a_num"]) * MAGNITUDE.get((sm["a_mag"] or "").lower(), 1)
        b = float(sm["b_num"]) * MAGNITUDE.get((sm["b_mag"] or "").lower(), 1)
        first_in = sm["k1"] in ("input", "in", "prompt")
        if first_in == (sm["k2"] in ("input", "in", "prompt")) or a + b <= 0:
            continue
        inp, outp = (a, b) if first_in else (b, a)
        factor = _period_factor(period_of(sm), c.conventions)
        found.append(((inp + outp) * factor, sm.start(), sm.end(), _negated(t, sm.start()) or c.off(sm.start())))
        c.out.add("input_share", round(inp / (inp + outp), 4), c.quote(sm.start(), sm.end()))
    # "Input: 400M tokens a month. Output: 100M." (labelled sides, the period said once)
    if not found:
        for sm in re.finditer(
            r"\b(?P<k1>input|prompts?|output|completions?)\s*(?:tokens?)?\s*(?::|=|is|are|of|-|(?=\s*\d))\s*"
            r"(?:about |around )?"
            + num("a_")
            + r"\s*(?:"
            + TOKENS
            + r")?[^;]{0,30}?\b(?P<k2>input|prompts?|output|completions?)\s*(?:tokens?)?\s*"
            r"(?::|=|is|are|of|-|(?=\s*\d))\s*"
            r"(?:about |around )?" + num("b_") + r"\s*(?:" + TOKENS + r")?",
            m,
        ):
            first_in = sm["k1"].startswith(("input", "prompt"))
            if first_in == sm["k2"].startswith(("input", "prompt")):
                continue
            pm = re.search(PERIOD, sm.group(0))
            if pm is None:
                continue
            a = float(sm["a_num"]) * MAGNITUDE.get((sm["a_mag"] or "").lower(), 1)
            b = float(sm["b_num"]) * MAGNITUDE.get((sm["b_mag"] or "").lower(), 1)
            if a + b <= 0 or _is_money(t, sm.start(), sm.end()):
                continue
            inp, outp = (a, b) if first_in else (b, a)
            factor = _period_factor(period_of(pm), c.conventions)
            found.append(((inp + outp) * factor, sm.start(), sm.end(), _negated(t, sm.start()) or c.off(sm.start())))
            c.out.add("input_share", round(inp / (inp + outp), 4), c.quote(sm.start(), sm.end()))
    # "10k daily users x 5 chats each x 1,200 tokens": a product, its period said with the first factor
    if not found:
        for pm in PRODUCT.finditer(m):
            period = re.search(r"\b(?:daily|a day|per day|/day|each day|every day)\b", pm.group(0)) or re.match(
                r"\s*" + PERIOD, m[pm.end() :]
            )
            if period is None or _is_money(t, pm.start(), pm.end()):
                continue
            unit = "day" if re.search(r"day|daily", period.group(0)) else period_of(period)
            value = float(pm["num"]) * MAGNITUDE.get((pm["mag"] or "").lower(), 1)
            for prefix in ("b_", "c_"):
                value *= float(pm[prefix + "num"]) * MAGNITUDE.get((pm[prefix + "mag"] or "").lower(), 1)
            found.append((value * _period_factor(unit, c.conventions), pm.start(), pm.end(), c.off(pm.start())))
    # requests at a rate, with per-request sizes
    if not found:
        _requests(c, found, notes)
    # "50M tokens a day", "2B tokens monthly", "50M/day", "50 million a day", "a day: 50M"
    if not found:
        for vm in re.finditer(
            NUM + r"\s*(?P<tok>" + TOKENS + r")?(?P<them>(?<=\s)of (?:them|those|these)\s*)?"
            r"(?:\s*(?:of\s+)?(?:traffic|volume|total|in total|combined|overall|throughput))?\s*" + PERIOD,
            m,
        ):
            if _is_money(t, vm.start(), vm.end()) or _is_model_size(m, vm):
                continue
            if not (vm["tok"] or vm["mag"] or re.search(r"\btok", t) or "tokens_per_month" in c.expecting):
                continue
            if vm["them"] and not re.search(r"\btok", t):
                continue  # "3 million of them per day" counts tokens only when tokens were the subject
            if "request_size" in c.expecting and not vm["tok"] and not re.search(r"\btok", t):
                continue  # "sorry, 300k per day" after "how big is one conversation?": the rate, not tokens
            if (
                not vm["tok"]
                and not re.search(r"\btok", t)
                and (
                    BUDGET_WORDS.search(t[max(0, vm.start() - 40) : vm.start()])
                    or re.search(
                        r"[$€£]|\b(?:budget|spend\w*|spent|costs?|bill|pay\w*|paid|invoice|dollars|usd|run[- ]?rate)\b",
                        t,
                    )
                )
            ):
                continue  # "we can't go over 5k/mo", "40k/mo = budget": money, with no token anywhere
            if re.search(r"(?:requests?|users?|customers?|seats?|people|employees|calls)\s*$", m[: vm.start()][-15:]):
                continue
            value = number(vm) * _period_factor(period_of(vm), c.conventions)
            if not vm["tok"] and re.match(
                r"\s*[,;(]?\s*(?:each|every one|apiece)\b(?!\s+(?:day|week|month|year|hour|night|time)s?\b)",
                m[vm.end() :],
            ):
                # "of which we process 120,000 per month, each around 6,000 tokens": a count of items, each
                # of a size; the volume is the count times the size (or a question when no size is said)
                in_size, out_size, total_size, _where = _request_sizes(c)
                item_size = in_size + out_size if in_size is not None and out_size is not None else total_size
                if item_size is None or not 0 < item_size <= MAX_REQUEST_TOKENS:
                    c.out.clarify.append("tokens_per_month")
                    continue
                notes[vm.start()] = f"{number(vm):,.0f} items x {item_size:,.0f} tokens"
                value *= item_size
            found.append((value, vm.start(), vm.end(), _negated(t, vm.start()) or c.off(vm.start())))
        for vm in re.finditer(
            r"\b(?:tokens?|volume)\s*(?:per|a|/|each)\s*(?P<period>day|month|week|year|hour)\w*"
            r"\s*(?:is|are|of|:|=|around|about|roughly|approx\w*|\s)*" + NUM + "|"
            r"\b(?:(?P<adv>daily|monthly|weekly|yearly|annual)|(?:last|past|previous|per|a|each|every)\s+"
            r"(?P<last>day|month|week|year))(?:'s)?\s+(?:(?:token|llm|model|api)\s*)?(?:tokens?|volume|usage|consumption|"
            r"throughput|traffic|total)\s*(?:\w+\s+)?(?:is|was|were|are|of|:|=|around|about|roughly|approx\w*|close to|"
            r"\s)*" + num("v_") + "|"
            r"\b(?:tokens?|volume|usage|consumption)\s+(?:in\s+|over\s+)?(?:the\s+)?(?:last|past|previous)\s+"
            r"(?P<wlast>day|month|week|year)\s*(?:is|was|were|:|=|around|about|roughly|approx\w*|close to|\s)*"
            + num("w_"),
            m,
        ):
            if vm["w_num"]:
                if _is_money(t, vm.start("w_num"), vm.end()):
                    continue
                value = float(vm["w_num"]) * MAGNITUDE.get((vm["w_mag"] or "").lower(), 1)
                factor = _period_factor(vm["wlast"], c.conventions)
                found.append((value * factor, vm.start(), vm.end(), _negated(t, vm.start()) or c.off(vm.start())))
                continue
            if vm["v_num"]:
                if _is_money(t, vm.start("v_num"), vm.end()) or re.match(r"\s*" + REQUESTS, m[vm.end() :]):
                    continue
                unit_word = str(vm["adv"] or vm["last"])
                value = float(vm["v_num"]) * MAGNITUDE.get((vm["v_mag"] or "").lower(), 1)
                found.append(
                    (
                        value * _period_factor(PERIOD_WORDS.get(unit_word, unit_word), c.conventions),
                        vm.start(),
                        vm.end(),
                        _negated(t, vm.start()) or c.off(vm.start()),
                    )
                )
                continue
            if _is_money(t, vm.start("num"), vm.end()):
                continue
            found.append(
                (
                    number(vm) * _period_factor(vm["period"], c.conventions),
                    vm.start(),
                    vm.end(),
                    _negated(t, vm.start("num")),
                )
            )
    if not found:
        # "50M tokens of documents through it every night", "daily we have 80 million tokens",
        # "per day is around 800 thousand of tokens": one period word in the same sentence.
        from assistant.interview.scope import sentences

        for offset, sentence in sentences(m):
            periods = {
                period_of(p)
                for p in re.finditer(PERIOD, sentence)
                if not re.search(
                    r"\b(?:takes?|taking|took|within|in|for|over|after|next|last)\s*$", sentence[: p.start()]
                )
            } | {x for x in re.findall(r"\b(daily|monthly|weekly|nightly|yearly|annually)\b", sentence)}
            # "we used 45M tokens last month", "according to last month's usage report, 2.7 billion tokens"
            periods |= set(re.findall(r"\b(?:last|past|previous)\s+(day|week|month|year)\b", sentence))
            periods = {PERIOD_WORDS[p] for p in periods}
            if len(periods) != 1:
                continue
            (unit,) = periods
            for vm in re.finditer(NUM + r"\s*(?:of\s+)?(?P<tok>" + TOKENS + r")\b", sentence):
                pos = offset + vm.start()
                if _is_money(t, pos, offset + vm.end()) or _is_model_size(sentence, vm):
                    continue
                if re.search(
                    r"\b(?:context|window|max|limit|prompts?|answers?|responses?|outputs?|inputs?|repl(?:y|ies)|"
                    r"each|per "
                    r"request)\b[^.]{0,20}$",
                    sentence[: vm.start()],
                ):
                    continue
                if re.match(r"\s*(?:each|per (?:request|call|query)|in\b|out\b|input|output)", sentence[vm.end() :]):
                    continue
                found.append(
                    (
                        number(vm) * _period_factor(unit, c.conventions),
                        pos,
                        offset + vm.end(),
                        _negated(t, pos) or c.off(pos),
                    )
                )
    choice = _candidates(found)
    if choice == "clarify":
        live = [f for f in found if not f[3]]
        present = [f for f in live if not FUTURE.search(t[max(0, f[1] - 40) : f[2] + 25])]
        if c.out.correction:
            choice = live[-1][:3]
        elif len({round(f[0], 6) for f in present}) == 1:
            choice = present[0][:3]
        else:
            c.out.clarify.append("tokens_per_month")
            return
    if choice is not None and not isinstance(choice, str):
        value, s, e = choice
        start = max(t.rfind(x, 0, s) for x in (",", ";", ".")) + 1
        ends = [x for x in (t.find(y, e) for y in (",", ";", ". ")) if x >= 0]
        clause = t[start : min(ends, default=len(t))]
        if re.search(
            r"\balone\b|\b(?:our|one|a single)\s+(?:biggest|largest|main|top)?\s*(?:customer|client|tenant|team)\b"
            r"(?! base)",
            clause,
        ):
            c.out.clarify.append("tokens_per_month")  # "our biggest customer alone sends 500k a day": a part of it
            return
        if re.search(
            r"\b(?:at (?:the )?peak|during (?:the )?peak|peak hours?|busiest|on a (?:busy|good|bad) day)\b", clause
        ) and not re.search(r"\b(?:average|avg|typical|normal|usual)\b", clause):
            c.out.clarify.append("tokens_per_month")  # a peak rate is not the month's volume: ask
            return
        if STRONG_FUTURE.search(t[max(0, s - 40) : e + 30]) and not c.assume_stated:
            c.out.clarify.append("tokens_per_month")  # "we expect 1B a month next year": today's volume is unknown
            return
        _set_volume(c, value, c.quote(s, e), notes.get(s))
        return
    # "200k conversations a day" and nothing about their size: ask how big one is (never read them as tokens)
    if "tokens_per_month" not in c.out.clarify and not c.out.has("tokens_per_month"):
        for rm in RATE.finditer(m):
            if _is_money(t, rm.start(), rm.end()) or _negated(t, rm.start()) or c.off(rm.start()):
                continue
            per_month = number(rm) * _period_factor(period_of(rm), c.conventions)
            if per_month <= 0:
                continue
            unit = rm["unit"].rstrip("s") if rm["unit"] not in ("queries", "summaries") else rm["unit"][:-3] + "y"
            c.out.pending = {"requests": per_month, "unit": unit, "quote": c.quote(rm.start(), rm.end())}
            c.out.confirm = (
                f'About how many tokens is one {unit}, prompt and answer together? (For example "about 2,000 '
                'tokens", or "1,500 in and 300 out".)'
            )
            return
    if "request_size" in c.expecting:
        return  # the answer to "how many tokens is one request?" is a size, not a volume
    # A number with "tokens" but no period, or a bare number when we asked for the volume.
    for bm in re.finditer(NUM + r"\s*(?P<tok>" + TOKENS + r")?", m):
        if bm.start() in c.sizes:
            continue
        if _is_money(t, bm.start(), bm.end()) or _is_model_size(m, bm) or _negated(t, bm.start()) or c.off(bm.start()):
            continue
        after = m[bm.end() : bm.end() + 30]
        if re.match(
            r"\s*(?:%|percent|x\b|times|ms|s\b|sec|seconds?|minutes?|hours?|people|engineers?|gpus?|"
            r"in\b|out\b|input|output|prompt|per (?:request|call|query)|each)",
            after,
        ):
            continue
        if bm["tok"] and not re.match(r"\s*(?:per|each|a|an)\s+(?:request|call|query|message|doc|prompt)", after):
            if re.search(
                r"\b(?:context|window|max|limit|prompts?|answers?|responses?|outputs?|inputs?|repl(?:y|"
                r"ies))\b[^.]{0,20}$",
                m[: bm.start()],
            ):
                continue
            value = number(bm)
        elif "tokens_per_month" in c.expecting and bm["mag"]:
            value = number(bm)
        else:
            continue
        if value <= 0 or value * c.conventions.days_per_month > MAX_TOKENS_PER_MONTH:
            _set_volume(c, value * c.conventions.days_per_month, c.quote(bm.start(), bm.end()))
            return
        words = c.original[:200] if len(c.original) < 40 else bm.group(0).strip()
        c.out.pending = {"tokens": value, "quote": words.strip()}
        c.out.confirm = (
            f"Is that {value:,.0f} tokens per day, or per month? "
            f"(It changes the answer by a factor of {c.conventions.days_per_month:g}.)"
        )
        return


RATE = re.compile(NUM + r"\s*(?:[a-z-]+\s+){0,2}?(?P<unit>" + REQUESTS[3:-1] + r")\s*(?:(?:are|is)\s+)?" + PERIOD)
REQ_SIZE_IN = (
    r"(?:"
    + num("i_")
    + r"\s*(?:-\s*)?"
    + TOKENS
    + r"\s*(?:of\s+)?(?:in(?=\s*(?:[,;/.)+]|$|and\b|per\b|each\b|vs\b|with\b|on average\b))|input|prompt|context)s?\b"
    r"(?!\s*(?:and|,)?\s*\d+\s*(?:in|input)\b)(?!\s+total\b)"
    r"|\b(?:input|prompts?|context|in)\s*(?:tokens?)?\s*(?:of|is|are|:|=|at|around|about|roughly|avg|average|averages|"
    r"size|sizes|length|long|big|,|"
    r"approx\w*|typically|usually|\s)*\s*" + num("j_") + r"\s*" + TOKENS + r")"
)
REQ_SIZE_OUT = (
    r"(?:"
    + num("o_")
    + r"\s*(?:-\s*)?"
    + TOKENS
    + r"\s*(?:of\s+)?(?:out|output|completion|response|answer|reply|generated)s?\b"
    r"|\b(?:outputs?|completions?|responses?|answers?|replies|out|generations?)\s*(?:tokens?)?\s*(?:of|is|are|:|=|at|"
    r"short|tiny|small|long|size|sizes|length|,|"
    r"around|about|roughly|avg|average|averages|approx\w*|typically|usually|\s)*\s*"
    + num("p_")
    + r"\s*"
    + TOKENS
    + r")"
)


def _size(sm: re.Match[str], a: str, b: str) -> float | None:
    for prefix in (a, b):
        if prefix + "num" in sm.groupdict() and sm.group(prefix + "num"):
            return float(sm.group(prefix + "num")) * MAGNITUDE.get((sm.group(prefix + "mag") or "").lower(), 1)
    return None


SIDE_VERB = re.compile(
    r"\b(?:going|coming|goes|comes|sent|flowing)\s+(?P<side>in|out)\b|\b(?:coming|comes|come|sent)\s+(?P<back>back)\b"
)


def _plain_sides(m: str) -> str:
    """ "1,500 tokens going in and 300 coming back" as "1,500 tokens in and 300 out", position for position."""

    def plain(x: re.Match[str]) -> str:
        side = x["side"] or "out"
        return " " * (len(x.group(0)) - len(side)) + side

    return SIDE_VERB.sub(plain, m)


def _request_sizes(c: Context) -> tuple[float | None, float | None, float | None, int]:
    """(input tokens, output tokens, total tokens) per request, and where they were said."""
    m = _plain_sides(c.m)
    inp = out = total = None
    where = len(m)
    im = re.search(REQ_SIZE_IN, m) or re.search(num("i_") + r"\s*(?:input|prompt|in)\s+" + TOKENS, m)
    if im and re.match(r"\s*(?:in\s*)?" + PERIOD, m[im.end() :]):
        im = None  # "700 million tokens in a month": a volume, not one request
    if im and (_limit_or_elsewhere(c, im.start()) or _per_unit(m, im)):
        im = None
    if im and not _is_money(c.t, im.start(), im.end()):
        inp = _size(im, "i_", "j_")
        where = min(where, im.start())
    om = re.search(REQ_SIZE_OUT, m) or re.search(num("o_") + r"\s*(?:output|completion|out)\s+" + TOKENS, m)
    if om and c.off(om.start()):
        om = None  # (a cap on the answer, "the max output is 2k tokens", is taken as its size)
    if om and not _is_money(c.t, om.start(), om.end()):
        out = _size(om, "o_", "p_")
        where = min(where, om.start())
    # "1500 tokens in and 300 out": the second number borrows "tokens"
    pair = re.search(
        NUM
        + r"\s*"
        + TOKENS
        + r"?\s*(?:of\s+)?(?:in|input|prompt)\b\s*(?:and|,|/|\+|with)?\s*(?:about |around |roughly )?"
        + num("q_")
        + r"\s*"
        + TOKENS
        + r"?\s*(?:of\s+)?(?:out|output|completion|response)s?\b",
        m,
    )
    if pair and not re.search(r"\btok", pair.group(0)) and number(pair) + float(pair["q_num"]) == 100:
        pair = None  # "70 in 30 out": percentages of the tokens, not the size of a request
    if pair:
        inp = number(pair)
        out = float(pair["q_num"]) * MAGNITUDE.get((pair["q_mag"] or "").lower(), 1)
        where = min(where, pair.start())
    tm = (
        re.search(
            NUM + r"\s*(?:-\s*)?" + TOKENS + r"\s*(?:each|apiece|per (?:request|call|query|message|conversation|doc\w*|"
            r"ticket|email|page|chat|turn|item|session)|(?:a|an|per|every) " + REQUESTS + r"|on average|avg|average)",
            m,
        )
        or re.search(
            r"\beach\W{0,3}(?:(?:is|one is|about|around|roughly|like|maybe|probably|typically|usually|on average|"
            r"approx\w*|~)\s+)*" + NUM + r"\s*" + TOKENS,
            m,
        )
        or re.search(REQUESTS + r"\s*(?:x|×|\*|@)\s*(?:about\s+|around\s+|roughly\s+)?" + NUM + r"\s*" + TOKENS, m)
        or re.search(  # "10 requests per day of 3000 tokens"
            REQUESTS
            + r"\s*"
            + PERIOD
            + r"\s*(?:of|with|at)\s+(?:about\s+|around\s+|roughly\s+|~)?"
            + NUM
            + r"\s*"
            + TOKENS
            + r"(?!\s*(?:a|an|per|each|every)\s)",
            m,
        )
        or re.search(
            r"(?:each|every|per|a|average|avg|typical)\s+(?:" + REQUESTS + r"|one|of them)\s*(?:is|has|uses|takes|of|:|"
            r"=|around|about|roughly|like|maybe|\s)*\s*" + NUM + r"\s*" + TOKENS,
            m,
        )
    )
    if tm and _limit_or_elsewhere(c, tm.start()):
        tm = None
    if tm and not _is_money(c.t, tm.start(), tm.end()):
        total = number(tm)
        where = min(where, tm.start())
        if re.match(r"\s*(?:way|direction)\b", m[tm.end() :]) and inp is None and out is None:
            inp = out = total  # "1,000 tokens each way": as many in as out
            total = 2 * total
    if inp is None or out is None:
        by_in, by_out, at = _sizes_by_clause(c)
        if inp is None and by_in is not None and by_in != out:
            inp, where = by_in, min(where, at)
        if out is None and by_out is not None and by_out != inp:
            out, where = by_out, min(where, at)
    if total is not None and tm is not None and (inp is None) != (out is None):
        # "2M documents a month, each about 3k tokens, summaries of 200 tokens": the size of the unit that comes
        # in is the input; "1,500 tokens per request in total, 300 of them output": the rest is the other side
        whole = re.search(
            r"\b(?:total|all in|in all|combined|overall|altogether|round[- ]trip|both ways)\b", tm.group(0)
        )
        known = inp if inp is not None else out
        assert known is not None
        other = total - known if whole else total
        if other > 0 and not (whole is None and out is None):
            inp, out = (inp, other) if out is None else (other, out)
            if whole is None:
                total = None
    return inp, out, total, where


MAX_REQUEST_TOKENS = 2_000_000  # no single request holds more: a larger "size" is a volume read out of context


LIMIT = re.compile(
    r"\b(?:window|limit\w*|max\w*|cap(?:ped|s)?|truncat\w*|supports?|up to|at most|no more than|context length|"
    r"upper bound|ceiling)\b"
)


def _limit_or_elsewhere(c: Context, pos: int) -> bool:
    """A size that is a limit ("truncate prompts to 8k", "a 32k window") or not about the user's own requests."""
    start = max(c.m.rfind(x, 0, pos) for x in (",", ";", ".", "(")) + 1
    ends = [e for e in (c.m.find(x, pos) for x in (",", ";", ". ", ")")) if e >= 0]
    return bool(LIMIT.search(c.m[start : min(ends, default=len(c.m))])) or c.off(pos)


def _per_unit(m: str, match: re.Match[str]) -> bool:
    """ "2k tokens per ticket": the whole of one unit, not its input side."""
    return bool(re.match(r"\s*(?:tokens?\s*)?(?:each|per|a|an|every)\s+" + REQUESTS, m[match.end() :]))


RATE_AGAIN = re.compile(
    r"[\s,:;!\-\u2014\u2013]*(?:(?:no|it'?s|it is|it was|that'?s|more like|closer to|make it|make that|about|around|"
    r"roughly|~)[\s,]*)*" + NUM + r"\s*(?:(?:\w+\s+){0,2}?" + REQUESTS + r"\s*)?" + PERIOD
)


def _requests(c: Context, found: list[tuple[float, int, int, bool]], notes: dict[int, str]) -> None:
    t, m = c.t, c.m
    rate = None
    rates = [
        rm
        for rm in re.finditer(
            NUM
            + r"\s*(?:\w+\s+){0,2}?"
            + REQUESTS
            + r"\s*(?:(?:are|is)\s+)?(?:sent\s+|made\s+|coming\s+in\s+)?"
            + PERIOD,
            m,
        )
        if not _is_money(t, rm.start(), rm.end()) and not _negated(t, rm.start()) and not c.off(rm.start())
    ]
    if rates:
        first = rates[0]
        for later in rates[1:]:  # "3k msgs a day, wait, make that 4k msgs a day": the corrected rate
            if CORRECTION.search(m[first.end() : later.start()]):
                first = later
        rate = (number(first) * _period_factor(period_of(first), c.conventions), first)
        # "10,000 contracts a month, no, scratch that, it's 40,000 a month": the number corrected alone
        cm = CORRECTION.search(m, first.end(), first.end() + 40)
        again = RATE_AGAIN.match(m, cm.end()) if cm and not re.search(r"[.;?!]", m[first.end() : cm.start()]) else None
        if again and not _is_money(t, again.start("num"), again.end()):
            rate = (number(again) * _period_factor(period_of(again), c.conventions), first)
    if rate is None:  # "nightly job: 200k records", "every day we get 5k tickets"
        pre = re.search(
            r"\b(?P<adv>daily|nightly|weekly|monthly|yearly)\b[^.;\d]{0,25}?" + NUM + r"\s*(?:[a-z-]+\s+)?" + REQUESTS,
            m,
        ) or re.search(
            r"\b(?:every|each|per|a)\s+(?P<period>day|night|week|month|year)\b[^.;\d]{0,25}?"
            + NUM
            + r"\s*(?:[a-z-]+\s+)?"
            + REQUESTS,
            m,
        )
        if pre and not _is_money(t, pre.start("num"), pre.end()) and not c.off(pre.start()):
            unit = PERIOD_WORDS[pre.groupdict().get("adv") or pre.groupdict().get("period") or "day"]
            rate = (number(pre) * _period_factor(unit, c.conventions), pre)
    if rate is None:
        rv = re.search(REQUESTS + r"\s*" + PERIOD + r"\s*(?:is|are|:|=|of|around|about|roughly|~|\s)*\s*" + NUM, m)
        if rv and not _is_money(t, rv.start("num"), rv.end()) and not c.off(rv.start()):
            rate = (number(rv) * _period_factor(period_of(rv), c.conventions), rv)
    if rate is None:
        rm2 = re.search(
            NUM + r"\s*(?P<u>rps|qps|rpm|req/s|requests/s|requests/sec|requests/min|req/min|"
            r"requests per second|queries per second)\b",
            m,
        )
        if rm2:
            per = "minute" if rm2["u"] in ("rpm", "req/min", "requests/min") else "second"
            rate = (number(rm2) * _period_factor(per, c.conventions), rm2)
    inp, out, total, where = _request_sizes(c)
    if inp is not None and 0 < inp <= MAX_REQUEST_TOKENS:
        c.out.add("request_input_tokens", inp, c.quote(where, where + 1))
    if out is not None and 0 < out <= MAX_REQUEST_TOKENS:
        c.out.add("request_output_tokens", out, c.quote(where, where + 1))
    if inp is not None and out is not None and inp + out > 0:
        c.out.add("input_share", round(inp / (inp + out), 4), c.quote(where, where + 1))
    if (inp or 0) > MAX_REQUEST_TOKENS or (out or 0) > MAX_REQUEST_TOKENS:
        return
    if rate is None:
        return
    per_month, rm = rate
    size = (inp + out) if inp is not None and out is not None else total
    if size is None:
        per_turn = re.search(
            r"\b(?:turns?|messages?|exchanges?|questions?|steps?)\s+(?:of|at)\s+(?:about\s+|around\s+|roughly\s+)?"
            + NUM
            + r"\s*"
            + TOKENS,
            m,
        )
        if per_turn and not _is_money(t, per_turn.start(), per_turn.end()):
            size = number(per_turn)  # "conversations of ~6 turns of ~500 tokens": tokens per turn
    if size is None:
        if inp is not None or out is not None:
            c.out.clarify.append("tokens_per_month")  # only one side of the request is known
        return
    users = _population(c, rm)
    turns = _turns(c, rm)
    note = f"{number(rm):,.0f} {'per user' if users else 'requests'}"
    if users:
        per_month *= users
        note = f"{users:,.0f} users x {number(rm):,.0f} each"
    if turns:
        size *= turns
        note += f" x {turns:g} turns"
    notes[rm.start()] = f"{note} x {size / (turns or 1):,.0f} tokens"
    found.append((per_month * size, rm.start(), rm.end(), False))


POPULATION = (
    r"(?:users?|customers?|employees?|agents?|seats?|people|members?|students?|clinicians?|doctors?|nurses?|reps?|"
    r"subscribers?|accounts?|analysts?|lawyers?|developers?|devs|workers?|drivers?|patients?|stores?|tenants?)"
)
PER_HEAD = (
    r"(?:each|apiece|per (?:user|person|head|seat|customer|employee|agent|member|student|rep|account|dev\w*)|a head|"
    r"a (?:user|person|seat|customer|employee))\b"
)


def _population(c: Context, rm: re.Match[str]) -> float | None:
    """ "2,000 users, each sends ~20 messages a day": the rate is per user, so many users make the volume."""
    m = c.m
    sentence_start = max(m.rfind(".", 0, rm.start()), m.rfind(";", 0, rm.start())) + 1
    before = m[sentence_start : rm.start()]
    after = m[rm.end() : rm.end() + 30]
    per_head = re.match(r"\s*,?\s*" + PER_HEAD, after) or re.search(
        r"\b(?:each|every|per|a typical|the average|an average)\s+(?:one|" + POPULATION + r")?\s*(?:of them\s+)?"
        r"(?:\w+\s+){0,3}$",
        before,
    )
    if not per_head:
        return None
    for pm in re.finditer(NUM + r"\s*(?:\w+\s+){0,2}?" + POPULATION + r"\b(?!\s*" + PERIOD + ")", before):
        if _is_money(c.t, sentence_start + pm.start(), sentence_start + pm.end()):
            continue
        n = number(pm)
        if n > 1:
            return n
    return None


CONVERSATIONS = r"(?:conversations?|sessions?|chats?|tickets?|threads?|dialogues?|cases?|users?|calls?)"


def _turns(c: Context, rm: re.Match[str]) -> float | None:
    """ "300k conversations a day, each ~6 turns": turns per conversation multiply the tokens of one turn."""
    m = c.m
    if not re.search(CONVERSATIONS, rm.group(0)):
        return None
    turn = (
        r"(?:turns?|messages?|exchanges?|back[- ]and[- ]forths?|round[- ]trips?|steps?|questions?|requests?|prompts?)"
    )
    tm = re.search(
        r"(?:\beach\b|\bevery\b|\bper\b|\bwith\b|\bof\b|\baverag\w+|\bavg\b)[^.;\d]{0,25}?(?<![\w.])"
        + NUM
        + r"\s*"
        + turn
        + r"\b|(?<![\w.])"
        + num("t_")
        + r"\s*"
        + turn
        + r"\s*(?:each|per "
        + CONVERSATIONS
        + r"|an? "
        + CONVERSATIONS
        + r")\b",
        m,
    )
    if tm is None or tm.start() < rm.start() - 60:
        return None
    n = float(tm["num"] or tm["t_num"])
    if not 1 < n <= 200:
        return None
    if re.search(
        r"\b(?:tokens?)\s*(?:per|a|each|every)\s*" + CONVERSATIONS + r"\b|" + CONVERSATIONS + r"\s*(?:is|are|of|has)\s*"
        r"(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*k?\s*tokens",
        m,
    ):
        return None  # the size is already per conversation
    return n


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
    else:
        c.out.add("tokens_per_month", per_month, quote, note)


MIX_IN = r"(?:input|inputs|prompts?|in|prompt tokens|input tokens|input side)"
MIX_OUT = r"(?:output|outputs|completions?|out|generated|output tokens|output side|completion tokens)"


def _mix(c: Context) -> None:
    t = c.m
    values: list[tuple[float, int, int, bool]] = []
    for pm in re.finditer(
        r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|pct)\s*(?:of\s+(?:it|tokens|that|traffic|the "
        r"tokens|volume|them)\s+)?(?:(?:is|are|being|goes|go)\s+)?(?:(?!and\b|or\b|but\b)\w+\s+)?(?P<k>"
        + MIX_IN
        + "|"
        + MIX_OUT
        + r")\b(?!\s*(?:tokens?\s*)?(?:per|a|each)\s)",
        t,
    ):
        v = float(pm["v"]) / 100
        if v > 1:
            continue
        if re.search(
            r"\b(?:cache\w*|hits?|discount\w*|grew|grow\w*|cheaper|saving\w*)\b[^,;.]{0,30}$", t[: pm.start()]
        ):
            continue  # "a cache hit rate of 40% on prompts": not the mix
        if pm["k"].startswith("prompt") and re.match(
            r"\s+(?:are|is|were|need|needs|require|requires|can|could|would|get|go)\b", t[pm.end() :]
        ):
            continue  # "60% of prompts are easy classification": a share of requests, not of tokens
        is_in = re.fullmatch(MIX_IN, pm["k"]) is not None
        values.append((v if is_in else 1 - v, pm.start(), pm.end(), _negated(t, pm.start())))
    for pm in re.finditer(
        r"\b(?P<k>" + MIX_IN + "|" + MIX_OUT + r")\s*(?:tokens?\s*)?(?:is|are|at|around|about|"
        r"roughly|:|=|~|,|share|makes up|make up|accounts? for|\s)*\s*(?P<v>\d{1,3}(?:\.\d+)?)\s*"
        r"(?:%|percent)(?!\s*(?:of\s+)?(?:input|output|prompts?|completions?|in|out)\b)",
        t,
    ):
        v = float(pm["v"]) / 100
        if v <= 1:
            is_in = re.fullmatch(MIX_IN, pm["k"]) is not None
            values.append((v if is_in else 1 - v, pm.start(), pm.end(), False))
    # ratios: "3:1 input to output", "input:output 3:1", "60/40 in/out", "4 to 1 input to output"
    rx = re.search(
        r"(?P<a>\d+(?:\.\d+)?)\s*(?::|/|-|to)\s*(?P<b>\d+(?:\.\d+)?)\s*(?:ratio\s*)?(?:of\s*)?(?:split\s*)?"
        r"(?:between\s*)?(?:in|input|prompt)s?\s*(?:tokens\s*)?(?:to|:|/|-|and|vs\.?|versus)\s*"
        r"(?:out|output|completion)",
        t,
    ) or re.search(
        r"(?:in|input|prompt)s?\s*(?:tokens\s*)?(?:to|:|/|-|vs\.?|versus)\s*(?:out|output|completion)s?\s*"
        r"(?:tokens\s*)?(?:ratio\s*)?(?:of|is|at|around|about|roughly|=|:|\s)*\s*(?P<a>\d+(?:\.\d+)?)\s*(?::|/|-|to)"
        r"\s*(?P<b>\d+(?:\.\d+)?)",
        t,
    )
    if rx:
        a, b = float(rx["a"]), float(rx["b"])
        if a + b > 0 and not (a + b == 100 and max(a, b) > 100):
            values.append((a / (a + b), rx.start(), rx.end(), False))
    io = re.search(r"(?<![\d.])(?P<a>\d{1,3})\s*%?\s*in\s*/\s*(?P<b>\d{1,3})\s*%?\s*out\b", t) or re.search(
        r"(?<![\d.])(?P<a>\d{1,3})\s*%?\s*(?:in|input)\W+(?:and\s+)?(?P<b>\d{1,3})\s*%?\s*(?:out|output)\b(?!\s*tok)", t
    )
    if io and float(io["a"]) + float(io["b"]) != 100 and not re.search(r"/", io.group(0)):
        io = None
    if io and float(io["a"]) + float(io["b"]) > 0:
        values.append((float(io["a"]) / (float(io["a"]) + float(io["b"])), io.start(), io.end(), False))
    rv = re.search(
        r"(?P<a>\d+(?:\.\d+)?)\s*(?::|/|-|to)\s*(?P<b>\d+(?:\.\d+)?)\s*(?:out|output|completion)s?\s*"
        r"(?:to|:|/|-|vs\.?)\s*(?:in|input|prompt)",
        t,
    )
    if rv:
        a, b = float(rv["a"]), float(rv["b"])
        if a + b > 0:
            values.append((b / (a + b), rv.start(), rv.end(), False))
    tx = re.search(
        r"(?P<a>\d+(?:\.\d+)?|twice|three times|four times|five times|ten times)\s*(?:x|times)?\s*(?:as much|"
        r"more)\s*(?P<k>input|output|prompt)\s*(?:tokens\s*)?(?:as|than)\s*(?:input|output|completion)",
        t,
    )
    if tx:
        words = {"twice": 2.0, "three times": 3.0, "four times": 4.0, "five times": 5.0, "ten times": 10.0}
        k = words.get(tx["a"]) or float(tx["a"])
        share = k / (k + 1)
        values.append((share if tx["k"] in ("input", "prompt") else 1 - share, tx.start(), tx.end(), False))
    fr = re.search(
        r"(?<![\d/])(?P<a>\d)\s*/\s*(?P<b>\d{1,2})\s+(?:of\s+(?:it|tokens|the tokens)\s+)?(?:is\s+|are\s+)?"
        r"(?P<k>input|prompt|output)",
        t,
    )
    if fr and 0 < float(fr["a"]) < float(fr["b"]):
        v = float(fr["a"]) / float(fr["b"])
        values.append((v if fr["k"] != "output" else 1 - v, fr.start(), fr.end(), False))
    nx = re.search(
        r"\b(?P<k>input|prompts?|output|outputs|completions?)\s*(?:volume\s*|tokens\s*)?(?:is|are)\s*(?:about |"
        r"roughly |"
        r"around |approximately |like )?(?P<v>\d+(?:\.\d+)?)\s*(?:x|times)\s*(?:the |as much as (?:the )?)?"
        r"(?:input|prompts?|output|outputs|completions?)",
        t,
    )
    if nx and float(nx["v"]) > 0:
        k = float(nx["v"])
        share = k / (k + 1)
        values.append((share if nx["k"].startswith(("input", "prompt")) else 1 - share, nx.start(), nx.end(), False))
    # "3 parts prompt to 1 part completion", "two parts input for every one part output"
    parts = re.search(
        r"\b(?P<a>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s+parts?\s+(?:of\s+)?"
        r"(?P<k>input|prompts?|output|outputs|completions?)\s*(?:tokens\s*)?(?:to|for every|per|vs\.?|versus|:)\s*"
        r"(?P<b>\d+(?:\.\d+)?|one|a|two|three|four|five|(?<=every ))\s*parts?\s+(?:of\s+)?"
        r"(?:input|prompts?|output|outputs|"
        r"completions?)\b",
        t,
    )
    if parts:
        small = {
            "a": 1.0,
            "one": 1.0,
            "two": 2.0,
            "three": 3.0,
            "four": 4.0,
            "five": 5.0,
            "six": 6.0,
            "seven": 7.0,
            "eight": 8.0,
            "nine": 9.0,
            "ten": 10.0,
        }
        a, b = (small.get(x) or float(x or 1) for x in (parts["a"], parts["b"]))
        if a + b > 0:
            first = a / (a + b)
            values.append(
                (first if parts["k"].startswith(("input", "prompt")) else 1 - first, parts.start(), parts.end(), False)
            )
    if not rx and not rv:
        bare_ratio = re.findall(r"(?<![\d.:])(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)(?![\d:])", t)
        sides: list[str] = [w for w in re.findall(r"\b(input|prompt|output|completion)s?\b", t)]
        if len(bare_ratio) == 1 and (sides or "input_share" in c.expecting):
            a, b = (float(x) for x in bare_ratio[0])
            if a + b > 0:
                first_in = not sides or sides[0] in ("input", "prompt")
                values.append((a / (a + b) if first_in else b / (a + b), 0, 1, False))
    hv = re.search(
        r"\b(?P<k>input|prompt|output)[- ]heavy\W+(?:about|around|roughly|like|~|maybe)?\s*(?P<v>\d{1,3})\s*"
        r"(?:%|percent)",
        t,
    )
    if hv and float(hv["v"]) <= 100:
        v = float(hv["v"]) / 100
        values.append((v if hv["k"] != "output" else 1 - v, hv.start(), hv.end(), False))
    if re.search(
        r"\b50\s*/\s*50\b|\b50\s*-\s*50\b|half (?:input|in|prompt)s?\W+(?:and\s+)?half (?:output|out)|"
        r"half and half|even(?:ly)? split|split (?:about |roughly )?(?:evenly|equally|50/50)|"
        r"(?:about|roughly|pretty much|basically) (?:even|equal)\b|equal (?:parts|amounts?)|"
        r"same (?:amount|number) of (?:input|output)|\b(?:input|prompt)s?(?: tokens)?\s+(?:about|=|==|equals?)\s+"
        r"(?:output|completion)s?\b|(?:the )?same (?:\w+ )?(?:for|between|on|in) (?:the )?(?:input|in|"
        r"prompts?) and (?:the )?(?:output|out|answers?|completions?)|(?:input|prompts?) and (?:output|answers?) are "
        r"(?:similar|comparable|about equal)|(?:more or less|about|roughly|pretty much|basically) (?:the )?same size|"
        r"(?:more or less|about|roughly|pretty much|basically) the same "
        r"(?:amount|size|volume)|(?:input|in) (?:and|&) (?:output|out) are (?:about |"
        r"roughly )?(?:the same|equal|even)|balanced",
        t,
    ) and (
        "input_share" in c.expecting
        or len(t.split()) <= 5
        or re.search(r"\b(?:input|output|prompts?|completions?|in\s*/\s*out|tokens in|tokens out|each way)\b", t)
    ):
        values.append((0.5, 0, 1, False))
    if not values:
        values += _mix_by_clause(c)
    if not values:
        values += _mix_pairs(c)
    named = re.search(
        r"\b(?P<k>input|prompt|output|completion)\s*(?:token\s*)?(?:share|fraction|proportion|ratio)\s*(?:is|of|:|=|"
        r"about|around|roughly|\s)*(?P<v>0?\.\d+|1\.0|0|1)\b(?!\s*(?:%|:|/))",
        t,
    )
    if named and not values:
        v = float(named["v"])
        values.append((v if named["k"] in ("input", "prompt") else 1 - v, named.start(), named.end(), False))
    if c.out.has("input_share"):
        existing = next(u[1] for u in c.out.updates if u[0] == "input_share")
        values.append((float(existing), 0, 1, False))
    if any(v == 0.5 for v, *_ in values) and re.search(
        r"\b(?:a (?:bit|little|tad)|slightly|somewhat) (?:more|less|longer|shorter)\s+(?:of\s+)?(?:the\s+)?(?:input|"
        r"prompts?|output|completions?|answers?|questions?)",
        t,
    ):
        values.append((0.55, 0, 1, False))  # "roughly equal, maybe a bit more prompt": which way, and how much? ask
    choice = _candidates(values)
    if choice == "clarify":
        c.out.clarify.append("input_share")
        c.out.updates = [u for u in c.out.updates if u[0] != "input_share"]
        return
    if choice is not None and not isinstance(choice, str):
        value, s, e = choice
        c.out.add("input_share", round(value, 4), c.quote(s, e))
        return
    # bare answers to the mix question: "80", "80%", "0.8", "even"
    if "input_share" in c.expecting:
        bare = re.fullmatch(
            r"\W*(?:about|around|roughly|maybe|like)?\s*(?P<v>\d{1,3}(?:\.\d+)?)\s*(?P<p>%|percent)?"
            r"\s*(?:input|in)?\W*",
            t,
        )
        if bare:
            v = float(bare["v"])
            share = v if v <= 1 and not bare["p"] else v / 100
            if 0 <= share <= 1:
                c.out.add("input_share", share, c.original.strip())


def _latency(c: Context) -> None:
    t = c.m
    pattern = re.compile(
        r"(?P<lead>p(?P<pct>50|90|95|99)|sub|latency|ttft|first token|first byte|respon\w*|reply|replies|answers?|"
        r"under|undr|unde|bellow|below|within|inside|less than|<=?|≤|max(?:imum)?|at most|no more than|sla|slo|wait|"
        r"stream\w*|round[- ]trip|"
        r"end[- ]to[- ]end|after|(?<![a-z])in\b)\D{0,30}?(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*(?:-\s*\d+(?:\.\d+)?\s*)?"
        r"(?P<u>ms|millis\w*|msec|s|secs?|seconds?|mins?|minutes?)\b"
    )
    trailing = re.compile(
        r"(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*(?:-\s*\d+(?:\.\d+)?\s*)?(?P<u>ms|millis\w*|msec|s|secs?|seconds?)\b"
        r"(?=[^.;]{0,25}?\b(?:latency|response time|to respond|for (?:a|the|an) (?:(?:full|whole|complete|entire|"
        r"first|final)\s+)?(?:response|reply|answer|token|word)|to answer|"
        r"round[- ]trip|turnaround|is fine|is ok|is okay|is acceptable|are fine|max|tops|at most|p9\d|ttft|"
        r"first token|first word|first byte|to first|to start|to stream|feels?|for the (?:first|full|whole|entire|"
        r"complete)|give or take|or so|or less|end[- ]to[- ]end)|\s*(?:responses?|answers?|replies|reply times?)\b)"
    )
    hits: list[tuple[float, int, int, bool]] = []
    matches = list(pattern.finditer(t))
    spans = {lm.start("v") for lm in matches}
    matches += [lm for lm in trailing.finditer(t) if lm.start("v") not in spans]
    for lm in matches:
        before = t[max(0, lm.start("v") - 12) : lm.start("v")]
        if re.search(r"(?:per|every|each|/)\s*$", before):
            continue
        if re.search(REQUESTS + r"\s*(?:per|a|an|/|every)\s*$", t[: lm.start("v")]):
            continue
        if re.match(r"\s*(?:of|worth of)\s+(?:audio|video)", t[lm.end() :]):
            continue
        unit = lm["u"]
        scale = (
            1.0
            if unit.startswith("m") and not unit.startswith("min")
            else 60_000.0
            if unit.startswith("min")
            else 1000.0
        )
        v = float(lm["v"]) * scale
        if lm.groupdict().get("lead") == "in" and not re.search(
            r"latency|respon|answer|reply|p9\d|ttft|first token|back|stre\w*m|start|land|arrive|show(?:s|ing)? up|"
            r"appear|first words?|pop(?:s)? up|render|display|visible|finish|complete|done|ready",
            t,
        ):
            continue
        sentence = t[max(t.rfind(".", 0, lm.start()), 0) : t.find(".", lm.end()) % (len(t) + 1) or len(t)]
        if lm.groupdict().get("lead") == "after" and not re.search(
            r"impatien\w*|give up|gives up|leave|leaves|bounce|drop(?:s)? off|churn|annoy\w*|frustrat\w*|rage|"
            r"lose interest|lost|complain",
            sentence,
        ):
            continue  # "users leave after 3 seconds" is a limit; "after 5 minutes the job retries" is not
        if unit.startswith("min") and (
            lm.groupdict().get("lead") in (None, "in", "after", "wait", "sla", "slo")
            or v > 600_000
            or re.search(r"\b(?:batch|overnight|nightly|job|jobs|report|reports|cron|pipeline)\b", sentence)
        ):
            continue  # a job's minutes are a deadline, not an interactive latency
        if re.search(
            r"\b(?:p50|median|(?<!i )mean|average|avg|typical(?:ly)?)\b[^,;.]{0,25}$", t[: lm.start("v")]
        ) and any(
            re.search(r"\bp9\d|\b9\dth|target|must|need|should|max|under|below|sla|slo", t[x.end() : x.end() + 60])
            or re.search(r"\bp9\d|\b9\dth|target|must|need|should|sla|slo", t[max(0, x.start() - 30) : x.end()])
            for x in matches
            if x is not lm
        ):
            continue  # "median 400ms, p99 under 2 s": the median is not the target
        observed = bool(
            re.search(
                r"\b(?:takes?|taking|took|is at|are at|currently|right now|today|at the moment|now(?! on)|complain\w*|"
                r"hate)\b",
                sentence,
            )
            and not re.search(
                r"\b(?:need|needs|must|should|target|under|within|at most|max|sla|slo|want|wants|p9\d|fine|ok|okay|"
                r"acceptable|goal|require\w*|less than|below)\b",
                sentence,
            )
        )  # "GPT-5 takes 10 seconds today and people hate it" is not a target
        other_system = bool(
            re.search(
                r"\b(?:database|db|postgres\w*|mysql|redis|cache|network|ping|page loads?|cdn|search index|gateway|"
                r"website|web ?site|disk|queue)\b",
                sentence,
            )
            and not re.search(
                r"\b(?:model|llm|ai|answer|response|reply|token|ttft|stream\w*|chat\w*|bot|assistant)", sentence
            )
        )  # "our database p99 is 40ms" is not the model's target
        hits.append(
            (v, lm.start(), lm.end(), observed or other_system or _negated(t, lm.start("v")) or c.off(lm.start("v")))
        )
    if all(h[3] for h in hits):
        # "it takes 6 seconds now and we want it under 2": the target borrows the unit of the figure before it
        for bm in re.finditer(
            r"\b(?:under|below|within|less than|down to|at most|<)\s*(?P<v>\d+(?:\.\d+)?)\b(?!\s*(?:[a-z%$]|\.\d))", t
        ):
            window = t[max(0, bm.start() - 80) : bm.start()]
            seen = list(re.finditer(r"(?<![\d.])\d+(?:\.\d+)?\s*(?P<u>ms|millis\w*|s|secs?|seconds?)\b", window))
            if seen and re.search(
                r"\b(?:want|need|must|should|target|goal|get it|bring it)\b", window + " " + t[bm.start() : bm.end()]
            ):
                scale = 1.0 if seen[-1]["u"].startswith("m") else 1000.0
                off = c.off(bm.start()) or _negated(t, bm.start())
                hits.append((float(bm["v"]) * scale, bm.start(), bm.end(), off))
    choice = _candidates(hits)
    if choice == "clarify":
        live = [h for h in hits if not h[3]]
        if c.out.correction:
            choice = live[-1][:3]
        else:
            c.out.clarify.append("latency_p99_ms")
            return
    if choice is not None and not isinstance(choice, str):
        v, s, e = choice
        if v <= 0:
            c.out.problems.append("a latency target of zero is not achievable; what p99 do you need?")
            return
        pct = re.search(r"p(50|90|95)\b", t[max(0, s - 5) : e])
        c.out.add("latency_p99_ms", v, c.quote(s, e), f"p{pct.group(1)} target" if pct else None)
    elif "latency_p99_ms" in c.expecting:
        bare = re.search(r"(?<![\w.])(?P<v>\d+(?:\.\d+)?)\s*(?P<u>ms|s|secs?|seconds?|millis\w*)\b", t)
        seen_now = re.search(r"\b(?:takes?|taking|took|currently|right now|today|complain\w*|hate)\b", t)
        if bare and bare["u"] and not seen_now and not c.off(bare.start()) and not _negated(t, bare.start()):
            v = float(bare["v"]) * (1 if bare["u"].startswith("m") else 1000)
            if v > 0:
                c.out.add("latency_p99_ms", v, c.original.strip())


BUDGET_WORDS = re.compile(
    r"\b(?:budget\w*|afford|can spend|could spend|willing to (?:spend|pay)|cap(?:ped)?|limit|ceiling|max(?:imum)?|"
    r"at most|"
    r"up to|go up to|no more than|(?:can'?t|cannot|won'?t|not|never) (?:spend|pay|go) (?:more than|over|above|beyond)|"
    r"target\w*|reduce \w+ to|cut \w+ to|land at|get (?:it |that |this |costs? |spend )?down to|bring (?:it |that |"
    r"this |"
    r"costs? |spend )?down to|(?:want|need|like) to (?:be|get|stay) (?:at|under|below)|approved|allocated|set aside|"
    r"we (?:got|have) (?:like |about |around )?(?=[$€£\d]))"
)
SPEND_WORDS = re.compile(
    r"\b(?:spend\w*|spent|pay(?:ing)?|paid|bill\w*|invoice\w*|costs? us|costing us|burn\w*|expenditure|run(?:s|ning)? "
    r"(?:us|about|around)|we'?re at|we are at|currently|today|right now|rn|at the moment|so far|now|"
    r"run[- ]?rate|(?:got|brought|cut|reduced) (?:it|that|this|costs?|spend) (?:down )?to)\b"
)
MONEY_PERIOD = (
    r"(?:(?:a|per|/|each|every)\s*(?P<period>month|mo|year|yr|annum|quarter|week|day)s?\b|(?P<adv>monthly|annually|"
    r"yearly|quarterly|weekly|daily)\b)"
)
PERIOD_MONTHS = {
    "month": 1.0,
    "mo": 1.0,
    "monthly": 1.0,
    "year": 12.0,
    "yr": 12.0,
    "annum": 12.0,
    "annually": 12.0,
    "yearly": 12.0,
    "quarter": 3.0,
    "quarterly": 3.0,
}


def _money(c: Context) -> None:
    """Budgets and current spend: "$12k a month on GPT-4o", "budget is 5k", "annual budget $60,000"."""
    t = c.m
    amount = re.compile(
        r"(?P<curneg>(?<![\w.])-(?=[$€£]))?(?P<cur>[$€£]|\busd\s*|\beur\s*)?(?<![\w.])"
        + NUM_CORE
        + r"(?P<unit>\s*(?:dollars?|usd|bucks|eur|euros?|gbp)\b)?"
    )
    for am in amount.finditer(t):
        start = am.start("num")
        sentence_start = max(t.rfind(".", 0, start), t.rfind(";", 0, start), t.rfind("?", 0, start)) + 1
        before = t[max(sentence_start, start - 60) : start]
        clause = re.split(r",|\band\b(?! (?:spend|pay))|\bbut\b", before)[-1]
        after = t[am.end() : am.end() + 40]
        if re.match(
            r"\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*(?:per|a|/|each)\s*(?:seat|user|head|gpu|card|server|"
            r"license)\b",
            after,
        ):
            continue  # "$99 a month per seat": a unit price, not the total
        if re.match(
            r"\s*(?:k|m|b|bn|thousand|million|billion)?\s*(?:" + TOKENS + r"|requests|%|gpus?|engineers?|people|"
            r"calls|queries|users|messages|ms|s\b|seconds?|x\b|h100|a100)",
            after,
        ):
            continue
        currency = bool(am["cur"] or am["unit"])
        if not currency and not am["mag"] and re.fullmatch(r"(?:19|20)\d\d", am["num"]):
            continue  # "on lease through 2027": a year
        budget = (
            bool(BUDGET_WORDS.search(clause))
            or bool(
                re.match(
                    r"\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*(?:is\s+|was\s+|would be\s+|as\s+|=\s*|:\s*)?"
                    r"(?:our\s+|the\s+|my\s+)?"
                    r"(?:hard\s+|absolute\s+|monthly\s+|spending\s+)?(?:max|tops|cap|budget|limit|at most|ceiling|"
                    r"upper (?:bound|limit))\b",
                    after,
                )
            )
            or ("budget_usd_per_month" in c.expecting and not SPEND_WORDS.search(clause))
        )
        achieved = re.search(
            r"\b(?:cut|reduced|got|brought)\s+(?:it|that|this|costs?|spend|the bill)\s+(?:down\s+)?to\b", clause
        ) and not re.search(
            r"\b(?:want|wants|need|needs|like|would|must|should|goal|target|aim|plan|hope|try\w*)\b|'d", clause
        )
        labelled_spend = re.match(
            r"\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*(?:=|:|is|was)?\s*(?:our\s+|the\s+)?(?:current\s+)?"
            r"(?:spend|bill|cost|run[- ]?rate)\b",
            after,
        )
        if achieved or labelled_spend:
            budget = False  # "we cut it to about 11k by caching", "25k/mo = current spend"
        # "it's costing about 1,200 a month": what something costs now, said with a monthly period
        costing = bool(
            re.search(r"\b(?:costing|costs)\b", clause)
            and re.match(r"\s*(?:/\s*mo\w*|a month|per month|monthly|every month|each month)\b", after)
            and not re.search(r"\b(?:would|will|could|might|should|if)\b|'d|'ll", clause)
        )
        spend = (bool(SPEND_WORDS.search(clause)) or bool(labelled_spend) or costing) and not budget
        model_near = bool(
            re.search(
                r"M{3,}|\b(?:openai|anthropic|google|azure|bedrock|claude|gpt)\b", t[sentence_start : am.end() + 40]
            )
        )
        on_model = bool(re.match(r"\s*(?:/\s*mo\w*|a month|per month|monthly)\s+(?:on|for|with)\s+M{3,}", after))
        if not (budget or spend) and model_near and (currency or on_model):
            spend = True  # "$12k a month on GPT-4o", "25k/mo on gpt-5"
        if "current_spend_usd_per_month" in c.expecting and not budget:
            spend = True
        if not (budget or spend):
            continue
        if not currency and not (am["mag"] or float(am["num"]) >= 100):
            continue
        if (
            not currency
            and not (
                budget
                or on_model
                or achieved
                or labelled_spend
                or costing
                or re.search(
                    r"\b(?:spend\w*|spent|pay\w*|paid|bill\w*|invoice\w*|costs? us|costing us|burn\w*|expenditure)\b",
                    clause,
                )
                or (  # "spend was 20k, now 11k/mo": the spend named earlier in the sentence, now at a monthly figure
                    re.search(r"\b(?:now|currently|today)\b", clause)
                    and re.match(r"\s*(?:/\s*mo\w*|a month|per month|monthly)\b", after)
                    and re.search(
                        r"\b(?:spend\w*|spent|pay\w*|paid|bill\w*|costs? us|burn\w*)\b", t[sentence_start:start]
                    )
                )
                or set(c.expecting) & {"budget_usd_per_month", "current_spend_usd_per_month"}
            )
        ):
            continue
        later = t[am.end() : (t.find(".", am.end()) + 1 or len(t) + 1) - 1]
        if _negated(t, am.start()) and not budget and re.search(r"\d", later):
            continue  # "we were at $20k a month, now 11k": the old figure (alone, "the bill was $40k" stands)
        if am["neg"] or am["curneg"]:  # "-500 dollars", "-$500"
            c.out.problems.append("a negative amount of money is not possible; what do you spend a month?")
            continue
        if c.off(start) and not budget:
            continue
        pm = re.match(r"\s*(?:dollars?|usd|bucks)?\s*" + MONEY_PERIOD, after)
        period = (pm["period"] or pm["adv"]) if pm else None
        if period is None:
            window = t[sentence_start : am.end() + 40]
            found = re.search(
                r"\b(?:annual\w*|yearly|per year|a year|for the (?:whole |full |entire )?year|this year)\b", window
            )
            if found:
                period = "year"
            elif re.search(r"\b(?:last|this|per|a|each) quarter|quarterly\b", window):
                period = "quarter"
            elif re.search(r"\b(?:month|monthly|/mo)\b", window) or budget:
                period = "month"
            elif (
                spend
                and (am["mag"] or currency)
                and number(am) >= 100
                and not re.match(r"\s*(?:per|/|a|an|each|every)\s+(?!month|mo\b)", after)
                and re.search(r"\b(?:spend|spending|pay|paying|burn\w*|run[- ]?rate)\b", clause)
                and re.search(r"\b(?:now|currently|today|rn|at the moment|these days|run[- ]?rate)\b", window)
                and not re.search(r"\b(?:costs?|price[sd]?|priced|quote[sd]?|per (?:gpu|unit|card|server))\b", window)
            ):
                period = "month"  # "we spend 6k now": what is spent is counted by the month
        days = c.conventions.days_per_month
        months = {**PERIOD_MONTHS, "day": 1 / days, "daily": 1 / days, "week": 7 / days, "weekly": 7 / days}
        if period is None or period not in months:
            continue
        value = number(am) / months[period]
        if value <= 0:
            continue
        name = "budget_usd_per_month" if budget else "current_spend_usd_per_month"
        if (am["cur"] or "").strip() in ("€", "£", "eur") or re.match(r"\s*(?:eur|euros?|gbp)", am["unit"] or ""):
            if name not in c.out.clarify:
                c.out.clarify.append(name)  # euros or pounds: the dollar figure is not said; ask
            continue
        c.out.add(name, round(value, 2), c.quote(am.start(), am.end()))
    rel = re.search(
        r"\b(?:target|goal|budget|aim)\b[^.;]{0,20}?\b(?P<f>half|a third|a quarter|two thirds|three quarters)\s+"
        r"(?:of\s+)?(?:that|it|this|what we (?:spend|pay))\b",
        t,
    )
    if rel and c.out.has("current_spend_usd_per_month") and not c.out.has("budget_usd_per_month"):
        spend = next(u[1] for u in c.out.updates if u[0] == "current_spend_usd_per_month")
        share = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "two thirds": 2 / 3, "three quarters": 0.75}[
            rel["f"]
        ]
        c.out.add("budget_usd_per_month", round(spend * share, 2), c.quote(rel.start(), rel.end()))


def _gpus(c: Context) -> None:
    t = c.t
    owning = (
        r"\bown|\bowned|\bhave|\bhas|\bbought|\bpurchased|\bsitting on|\bgot|\balready|\bin[- ]house|\bour|\bracks? of|"
        r"\bleas\w+|\brent\w*|\breserved|\bwe've got|\bidle|\bspare|\bunused|\bpossess\w*|\btook delivery of|"
        r"\bpaying off|\bpaid (?:off|for)|\bours|\bprocured|\bacquired"
    )
    gm = re.search(
        r"(?P<verb>"
        + owning
        + r")\b[^.;?]{0,40}?(?<![\w.])(?P<n>\d+)\s*(?:x\s*)?(?:nvidia\s+|amd\s+)?(?:of\s+(?:the\s+)?)?"
        + GPU,
        t,
    ) or re.search(
        r"(?<![\w.])(?P<n>\d+)\s*(?:x\s*)?(?:nvidia\s+|amd\s+)?" + GPU + r"[^.;?]{0,40}?(?P<verb>\bwe own|"
        r"\bwe have|\bwe bought|\bthat we own|\bwe already|\bin[- ]house|\bon[- ]prem|\bsitting|\bidle|"
        r"\bunused|"
        r"\bpaid|\bowned|\bours\b|\bbought|\bpurchased|\bon a lease|\bleased)",
        t,
    )
    if gm is None:
        return
    from assistant.interview.scope import chunks, polarity

    for chunk in chunks(t):
        offset = gm.start() - chunk.start
        if 0 <= offset <= len(chunk.text):
            pol = polarity(chunk, max(0, offset), min(len(chunk.text), offset + 1))
            if pol != "yes" and not (
                pol == "other"
                and re.search(r"\bwe\b|\bour\b", chunk.text)
                and not chunk.others
                and not re.search(r"\bif\b|\bwhat if\b", chunk.text)
            ):
                return
            break
    if not re.search(
        r"\b(?:we|our|i|us|my|own|owned|ours|bought|purchased|procured|acquired|paid)\b|we've|i've",
        t[max(0, gm.start() - 40) : gm.end() + 40],
    ):
        return
    count = int(gm["n"])
    if count < 1:
        return
    gpu = next(slug for pattern, slug in GPU_NAMES if re.fullmatch(pattern, gm["gpu"].strip()))
    paid = not re.search(
        r"\b(?:leas\w+|rent\w*|reserved|contract|on loan|cloud credits?|paying (?:them )?off|financ\w+|"
        r"installments?)\b",
        t,
    )
    c.out.add("owned_gpus", {"gpu": gpu, "count": count, "paid_for": paid}, c.quote(gm.start(), gm.end()))


SIMPLE = (
    r"(?:where(?:'s| is)? my order|wheres my order|simple|easy|trivial|routine|basic|faqs?|boilerplate|"
    r"password resets?|small[- ]model|smaller model|cheap(?:er)? "
    r"model|lightweight|mini model|repetitive|straightforward|templated|canned|easy ones|low[- ]stakes|"
    r"classification|lookups?|status (?:checks|questions)|order status|tracking|yes/no|one[- ]liners?|"
    r"handled by (?:a |an )?(?:small|smaller|cheap|tiny|8b|7b)|(?:small|tiny|8b|7b) model could|(?:small|smaller|tiny|"
    r"cheap|cheaper|lightweight)\s+(?:[\w-]+\s+){0,2}?models?\s+(?:can |could |would )?(?:handles?|do|does|covers?|"
    r"manages?))"
)


def _simple_share(c: Context) -> None:
    t = c.m
    sm = re.search(
        r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\s*(?:of\s+(?:\w+\s+){0,3}?)?(?:(?:is|are|could be|can be|"
        r"would be|being|look like|are just|is just|are basically|are mostly)\s+)?(?:just\s+|basically\s+|"
        r"really\s+|pretty\s+|fairly\s+)?(?:\w+\s+){0,3}?['\"]?" + SIMPLE,
        t,
    ) or re.search(SIMPLE + r"[^.;]{0,40}?(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)", t)
    complement = False
    if sm is None:
        # "only 10% need the big model, the rest is routine": the simple share is what is left
        hard = re.search(
            r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\s*(?:of\s+(?:the\s+)?\w+\s+)?(?:(?:are|is|really|actually|"
            r"genuinely|truly)\s+)*(?:need|needs|require|requires|hard|complex|complicated|difficult|tricky|gnarly)\b",
            t,
        ) or re.search(
            r"\b(?:hard|complex|complicated|difficult|tricky|gnarly)\b[^.;%\d]{0,40}?(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)",
            t,
        )
        if hard and re.search(r"\b(?:the )?(?:rest|others|remainder|remaining)\b[^.;]{0,40}?" + SIMPLE, t):
            sm, complement = hard, True
    if sm is None:  # "most of it, maybe 80 percent, is easy stuff"
        sm = re.search(
            r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)(?:[^\w.;]+(?!input|output|prompt|of (?:the )?tokens|rest\b|"
            r"others?\b|remaining|not\b|hard|complex|need)[\w'-]+){0,10}?[^\w.;]+" + SIMPLE,
            t,
        )
    if sm is None and "simple_share" in c.expecting:
        sm = re.match(r"\W*(?:about|around|maybe|like|roughly)?\s*(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)?\W*$", t)
        if sm is None and re.fullmatch(r"\W*(?:about |around |maybe |like |roughly )?half\W*", t):
            c.out.add("simple_share", 0.5, c.original.strip())
            return
    if sm is None:
        return
    if re.match(r"\s*(?:input|output|prompt)", t[sm.end("v") + 1 : sm.end("v") + 12]):
        return
    v = float(sm["v"]) / 100
    if complement:
        v = 1 - v
    if 0 < v <= 1 and not _negated(c.t, sm.start()) and not c.off(sm.start()):
        c.out.add("simple_share", v, c.quote(sm.start(), sm.end()))


def read_quantities(text: str, expecting: list[str], conventions: Conventions, assume_stated: bool = False) -> Reading:
    """Every quantity the message states, with its quote; disagreements go to ``clarify``."""
    t = normalize(text)
    out = Reading(correction=bool(CORRECTION.search(t)))
    c = Context(
        original=text,
        t=t,
        m=_mask_models(t),
        expecting=expecting,
        conventions=conventions,
        out=out,
        assume_stated=assume_stated,
    )
    _volume(c)
    _mix(c)
    _latency(c)
    _money(c)
    _gpus(c)
    _simple_share(c)
    _vague(c, text.lower())
    return out


VAGUE_VOLUME = re.compile(
    r"\b(?:a few|few|several|some|many|multiple|lots of|a bunch of|tons of|a lot of)\s+(?:hundred\s+)?(?:thousand|"
    r"million|billion|mil|bn|k)\b"
)
LATENCY_RANGE = re.compile(
    r"\bbetween\s+\S+\s+and\s+\S+\s+(?:ms|millis\w*|s|secs?|seconds?)\b|(?<![\d.])\d+(?:\.\d+)?\s*(?:-|to|or)\s*"
    r"\d+(?:\.\d+)?\s*(?:ms|millis\w*|s|secs?|seconds?)\b|\b(?:faster|quicker|better|lower) than\b"
)


_X = r"\s*(?:x|×|\*|times)\s*"
PRODUCT = re.compile(
    NUM + r"(?:\s+[a-z/-]+){0,4}?" + _X + num("b_") + r"(?:\s+[a-z/-]+){0,3}?" + _X + num("c_") + r"\s*" + TOKENS
)
VOLUME_RANGE = re.compile(
    r"(?:\bbetween\s+)?(?<![\w.$€£])(?P<a>\d+(?:\.\d+)?)\s*(?P<amag>k|m|b|bn|million|billion|thousand)?\s*(?:-|to|and)\s*"
    r"(?P<b>\d+(?:\.\d+)?)\s*(?P<bmag>k|m|b|bn|million|billion|thousand)\b(?!\s*(?:param|model|\$|dollars|usd))"
    r"(?P<rest>\s*(?:" + TOKENS + r"|" + REQUESTS + r")?\s*(?:" + PERIOD + r")?)"
)


def _volume_range(c: Context) -> bool:
    """A volume given as a range ("5-10M tokens a day", "between 5 and 10 million a day"): which end is not said."""
    for rm in VOLUME_RANGE.finditer(c.m):
        if not (rm["rest"].strip() or "tokens_per_month" in c.expecting):
            continue
        if _is_money(c.t, rm.start(), rm.end()) or c.off(rm.start()):
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


def _vague(c: Context, raw: str) -> None:
    """Quantities too loose to store: "a few million tokens", "one to three seconds", "faster than now": ask."""
    if c.out.has("tokens_per_month") and _volume_range(c) and not c.out.correction:
        c.out.updates = [u for u in c.out.updates if u[0] != "tokens_per_month"]
        c.out.clarify.append("tokens_per_month")
    if VAGUE_VOLUME.search(raw) and not c.out.correction:
        c.out.updates = [u for u in c.out.updates if u[0] != "tokens_per_month"]
        c.out.clarify.append("tokens_per_month")
    if LATENCY_RANGE.search(c.t) and (
        "latency_p99_ms" in c.expecting
        or re.search(r"latenc|respon|answer|reply|first token|ttft|second|\d\s*m?s\b|\bms\b", c.t)
    ):
        c.out.updates = [u for u in c.out.updates if u[0] != "latency_p99_ms"]
        c.out.clarify.append("latency_p99_ms")


# ---------------------------------------------------------------------------------------------- sides
# Which side of a request a phrase is about: what goes in (prompts, context, the documents fed to it) or what
# comes out (answers, completions, summaries). Read clause by clause, so a number takes the side named beside
# it ("prompts ~3k tok, answers ~400"; "each call sends about 3,000 tokens and gets back about 500").
CLAUSE = re.compile(
    r"\s*(?:[,;()]|\.(?!\d)|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bplus\b|\s/\s|\s-\s|(?<!\d):(?!\s*\d))\s*"
)
SIZE_IN = re.compile(
    r"\b(?:inputs?|prompts?|context|sends?|sent|sending|feeds?|fed|feeding|pass(?:es)? in|goes in|going in|"
    r"(?<!all )(?<!all-)in(?=\s*(?:[,;:/]|$|and\b|vs\b)))\b|(?<=tok) in\b|(?<=tokens) in\b"
)
SIZE_OUT = re.compile(
    r"\b(?:outputs?|completions?|answers?|responses?|repl(?:y|ies)|generat\w+|back|out|writes?|written|returns?|"
    r"returned|comes? back)\b"
)
# What comes in or goes out named by the kind of text, weaker than the words above ("a 500-token brief in and a
# 2,000-token article out": "in" and "out" decide, not "article")
SIZE_IN_UNIT = re.compile(
    r"\b(?:questions?|query|queries|docs?|documents?|tickets?|emails?|transcripts?|articles?|pdfs?|files?|"
    r"briefs?|contracts?|reports?|records?)\b"
)
SIZE_OUT_UNIT = re.compile(r"\b(?:summar(?:y|ies)|drafts?|articles?|posts?|translations?)\b")
MIX_SIDE_IN = re.compile(
    r"\b(?:inputs?|prompts?|prompt tokens|context|input side|what (?:we|you) send)\b|\btokens in\b"
)
MIX_SIDE_OUT = re.compile(
    r"\b(?:outputs?|completions?|generated|generation|answers?|responses?|repl(?:y|ies)|output side|what comes back|"
    r"what we get back)\b|\btokens out\b"
)
NOT_A_MIX = re.compile(
    r"\b(?:requests?|queries|calls?|tickets?|users?|customers?|traffic|cache\w*|hits?|discount\w*|cheaper|grow\w*|"
    r"grew|increase\w*|decrease\w*|faster|slower|uptime|accura\w*|utili[sz]\w*|gpus?|easy|simple|trivial|routine|"
    r"time|peak\w*|nights?|weekends?|weekdays?|budget|spend\w*|costs?|price\w*|percentile|p9\d|quality|margin|"
    r"savings?|off|staff|engineers?|people|team|share of (?:the )?(?:traffic|requests))\b"
)
VAGUE_IN = re.compile(
    r"(?<!not )\b(?:mostly|mainly|largely|primarily|predominantly) (?:input|prompts?|reading)|input[- ]heavy|"
    r"prompt[- ]heavy|read(?:s|ing)? (?:a lot|way|much|far) more|(?:send|feed|put in)\w* (?:a lot|way|much|far) more|"
    r"writes? (?:a little|much less|way less|little)|(?:in favou?r of|skewed (?:to|towards)) (?:input|prompts?)|"
    r"input (?:dominates|outweighs)|prompts? (?:dominate|outweigh)|more (?:input|prompts?) than (?:output|answers?|"
    r"completions?)|(?:input|prompts?|questions?) (?:is|are) (?:much |way |a lot )?(?:bigger|larger|longer) than"
)
VAGUE_OUT = re.compile(
    r"(?<!not )\b(?:mostly|mainly|largely|primarily|predominantly) (?:output|generat\w+|writing)|output[- ]heavy|"
    r"generation[- ]heavy|writes? (?:a lot|way|much|far) more|generates? (?:a lot|way|much|far) more|"
    r"(?:in favou?r of|skewed (?:to|towards)) (?:output|completions?)|output (?:dominates|outweighs)|more (?:output|"
    r"answers?|completions?) than (?:input|prompts?)|(?:output|answers?|responses?|replies) (?:is|are) (?:much |way |"
    r"a lot )?(?:bigger|larger|longer) than"
)


def _clauses(t: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for m in CLAUSE.finditer(t):
        if m.start() > pos:
            out.append((pos, t[pos : m.start()]))
        pos = m.end()
    if pos < len(t):
        out.append((pos, t[pos:]))
    return [(o, s) for o, s in out if s.strip()]


def _side(text: str, at: int, ins: re.Pattern[str], outs: re.Pattern[str]) -> str | None:
    """The side named in a clause, the nearest to position ``at`` when both are."""
    hits = [(abs(m.start() - at), "in") for m in ins.finditer(text)]
    hits += [(abs(m.start() - at), "out") for m in outs.finditer(text)]
    if not hits:
        return None
    hits.sort()
    if len(hits) > 1 and hits[0][0] == hits[1][0] and hits[0][1] != hits[1][1]:
        return None
    return hits[0][1]


def _only_side(text: str, ins: re.Pattern[str], outs: re.Pattern[str]) -> str | None:
    a, b = bool(ins.search(text)), bool(outs.search(text))
    return "in" if a and not b else "out" if b and not a else None


SIZE_NUM = re.compile(
    NUM + r"(?![\d.%/:])(?!\s*(?:%|percent|pct|ms\b|s\b|secs?\b|seconds?|minutes?|hours?|days?|x\b|times|gpus?|"
    r"engineers?|people|"
    r"users?|" + REQUESTS + r"))(?P<tok>\s*(?:-\s*)?(?:tokens?|toks?|tkns?)\b)?"
)


def _sizes_by_clause(c: Context) -> tuple[float | None, float | None, int]:
    """Per-request (input, output) token sizes from the side named in each number's clause."""
    m = c.m
    if not re.search(r"\btok|\btkn", m):
        return None, None, len(m)
    clauses = _clauses(m)
    found: dict[str, list[tuple[float, int]]] = {"in": [], "out": []}
    c.sizes.clear()
    for i, (offset, clause) in enumerate(clauses):
        if re.search(PERIOD, clause) or LIMIT.search(clause):
            continue  # a volume ("50M tokens a day") or a context limit, not one request
        for nm in SIZE_NUM.finditer(clause):
            pos = offset + nm.start()
            value = number(nm)
            if not 1 <= value <= 500_000 or _is_money(c.t, pos, offset + nm.end()) or _is_model_size(m, nm):
                continue
            if nm["tok"] and re.match(r"\s*(?:each|per|a|an|every)\s+" + REQUESTS, clause[nm.end() :]):
                continue  # "~2k tokens per ticket": one whole unit, not a side of it
            if re.search(r"\d\s*(?:-|to)\s*$", clause[: nm.start()]) or re.match(
                r"\s*(?:-|to)\s*\d", clause[nm.end() :]
            ):
                continue  # "prompts are 2-3k tokens": a range, ask rather than pick an end
            if re.search(r"(?:for (?:every|each)|per|every)\s*$", clause[: nm.start()]):
                continue  # "for every 1000 tokens in we get 250 back": a ratio, not a request
            if _negated(c.t, pos) or c.off(pos):
                continue
            side = _side(clause, nm.start(), SIZE_IN, SIZE_OUT) or _side(
                clause, nm.start(), SIZE_IN_UNIT, SIZE_OUT_UNIT
            )
            if side is None and not SIZE_NUM.search(clause[nm.end() :]) and i:
                prev = clauses[i - 1][1]
                whole = re.search(r"\beach\b|\bapiece\b|\btotal\b|\ball in\b|\bcombined\b", clause)
                if not whole and not re.search(PERIOD, prev) and not any(x["tok"] for x in SIZE_NUM.finditer(prev)):
                    # "questions are short, maybe 100"
                    side = _only_side(prev, SIZE_IN, SIZE_OUT) or _only_side(prev, SIZE_IN_UNIT, SIZE_OUT_UNIT)
            if side is None or not (nm["tok"] or re.search(r"\btok|\btkn", m)):
                continue
            if not nm["tok"] and re.search(
                r"[a-z]",
                re.sub(
                    r"\b(?:or so|ish|each|tops|max|maybe|or less|or more|give or take|on average|avg|back|out|in)\b",
                    "",
                    clause[nm.end() :],
                ),
            ):
                continue  # "two ML engineers", "three to one": a bare number borrows "tokens" only at its clause's end
            found[side].append((value, pos))
            c.sizes.add(pos)
    inp = found["in"][0] if len({v for v, _ in found["in"]}) == 1 else None
    out = found["out"][0] if len({v for v, _ in found["out"]}) == 1 else None
    where = min([p for _, p in (x for x in (inp, out) if x is not None)], default=len(m))
    return (inp[0] if inp else None), (out[0] if out else None), where


PERCENT = re.compile(
    r"(?<![\d.])(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|pct)|(?<![\d/.:])(?P<a>[1-9])\s*/\s*(?P<b>[2-9]|10)(?![\d/:])"
)
OF_WHAT = re.compile(r"\s*of\s+(?:the\s+|our\s+|all\s+)?(?P<what>\w+)")
TOKEN_WHOLE = {
    "what",
    "it",
    "tokens",
    "that",
    "total",
    "volume",
    "them",
    "this",
    "everything",
    "input",
    "inputs",
    "output",
    "outputs",
    "prompts",
    "prompt",
    "completions",
    "usage",
    "traffic",
    "load",
}


def _mix_by_clause(c: Context) -> list[tuple[float, int, int, bool]]:
    """Shares of input or output tokens said with their side in the clause or the clause beside it:
    "mostly input, like 85%", "outputs are short, around 10 percent", "most tokens (like 95%) are input"."""
    t = c.m
    clauses = _clauses(t)
    values: list[tuple[float, int, int, bool]] = []
    for i, (offset, clause) in enumerate(clauses):
        for pm in PERCENT.finditer(clause):
            v = float(pm["v"]) / 100 if pm["v"] else float(pm["a"]) / float(pm["b"])
            if not 0 <= v <= 1:
                continue
            of = OF_WHAT.match(clause[pm.end() :])
            if of and of["what"] not in TOKEN_WHOLE:
                continue  # "70% of requests", "20% of the answers": a share of something else
            if of and of["what"] in ("traffic", "load") and not re.search(r"\btok", clause):
                continue
            rest = clause[: pm.start()] + " " + clause[pm.end() :]
            if NOT_A_MIX.search(rest) or re.match(r"\s*(?:more|less|fewer|cheaper|off|discount)", clause[pm.end() :]):
                continue
            if len(PERCENT.findall(clause)) > 1:
                continue  # two shares in one clause: the pair readers above handle those
            after = re.match(
                r"\s*(?:of\s+(?:the\s+)?(?:tokens?|it|that|total|volume)\s+)?(?:(?:are|is)\s+)?(?:the\s+)?(?P<w>\w+)",
                clause[pm.end() :],
            )
            before = clause[: pm.start()]
            if after and MIX_SIDE_IN.fullmatch(after["w"]):
                side: str | None = "in"  # "90% input", "95% are prompts"
            elif after and MIX_SIDE_OUT.fullmatch(after["w"]):
                side = "out"
            else:  # the subject: "output is maybe 10% of what we send in"
                side = _side(before, len(before), MIX_SIDE_IN, MIX_SIDE_OUT) or _side(
                    clause, pm.start(), MIX_SIDE_IN, MIX_SIDE_OUT
                )
            if side is None:
                near = [_beside(clauses, i, step) for step in (-1, 1)]
                near = [n for n in near if n]
                sides = {
                    s
                    for n in near
                    if not PERCENT.search(n) and not NOT_A_MIX.search(n)
                    for s in [_only_side(n, MIX_SIDE_IN, MIX_SIDE_OUT)]
                    if s
                }
                side = sides.pop() if len(sides) == 1 else None
            if side is None and v != 0.5:
                # "more input than output, like 70%": the larger share is the side said to be larger
                direction = next((d for n in near if (d := _direction(n)) is not None), None)
                if direction is not None:
                    side = direction if v > 0.5 else ("out" if direction == "in" else "in")
            if side is None:
                continue
            pos = offset + pm.start()
            values.append((v if side == "in" else 1 - v, pos, offset + pm.end(), _negated(c.t, pos) or c.off(pos)))
    return values


ASIDE = re.compile(
    r"\s*(?:i|we)\s+(?:suspect|think|guess|believe|reckon|assume|imagine|'d say|would say)\s*|"
    r"\s*(?:honestly|roughly|probably|maybe|perhaps|i'd guess|if i had to guess)\s*"
)


def _beside(clauses: list[tuple[int, str]], i: int, step: int) -> str:
    """The clause beside clause ``i`` (before or after), past an aside such as "I suspect"."""
    j = i + step
    while 0 <= j < len(clauses) and ASIDE.fullmatch(clauses[j][1]):
        j += step
    return clauses[j][1] if 0 <= j < len(clauses) else ""


def _direction(t: str) -> str | None:
    """Which side is the larger, said in words ("mostly input", "we read a lot and write a little")."""
    a, b = bool(VAGUE_IN.search(t)), bool(VAGUE_OUT.search(t))
    return "in" if a and not b else "out" if b and not a else None


PAIR = re.compile(
    r"(?<![\d.:/$])(?P<a>\d{1,3}(?:\.\d+)?)\s*(?:/|-|:|to)\s*(?P<b>\d{1,3}(?:\.\d+)?)(?![\d.:/%]|\s*(?:am|pm)\b)"
)
TIMES = re.compile(r"(?<![\d.])(?P<k>\d+(?:\.\d+)?)\s*(?:x|times)\b(?!\s*(?:the|a|per|cheaper|faster|slower|bigger))")
VERB_MORE = re.compile(
    r"\b(?P<verb>send|read|feed|put in|input|prompt|write|generate|output|get back|return)\w*\b[^.,;]{0,25}?"
    r"(?<![\d.])(?P<k>\d+(?:\.\d+)?)\s*(?:x|times)\s*(?:more|as much)"
)


def _mix_pairs(c: Context) -> list[tuple[float, int, int, bool]]:
    """A split or a multiple whose larger side is said in words: "60-40 in favour of input", "we send way more
    than we get back, I'd say 4x", "reads ten times more than it writes"; a bare "80/20" or "9 to 1" answering
    the mix question (input first, as it was asked)."""
    t = c.m
    vm = VERB_MORE.search(t)
    if vm:
        k = float(vm["k"])
        side = "out" if vm["verb"] in ("write", "generate", "output", "get back", "return") else "in"
        if k > 0:
            share = k / (k + 1)
            return [(share if side == "in" else 1 - share, vm.start(), vm.end(), _negated(c.t, vm.start()))]
    # "the answers are much longer than the questions, like 5 times", "inputs are about double the outputs",
    # "prompt is 3x bigger than the response"
    cm = re.search(
        r"\b(?P<k>inputs?|prompts?|questions?|context|outputs?|answers?|responses?|completions?|replies)\s+(?:is|are)\W+"
        r"(?:(?:on average|typically|usually|generally),?\s+)?(?:about\s+|roughly\s+|like\s+|maybe\s+|around\s+)?"
        r"(?P<n>\d+(?:\.\d+)?\s*(?:x|times)|double|twice|triple|"
        r"three times)\s*(?:as\s+(?:big|long|large)\s+as|(?:bigger|longer|larger|more)\s+than|the\s+size\s+of)?\s*"
        r"(?:the\s+)?(?:inputs?|prompts?|questions?|outputs?|answers?|responses?|completions?|replies)\b",
        t,
    )
    if cm:
        n = cm["n"]
        k = {"double": 2.0, "twice": 2.0, "triple": 3.0, "three times": 3.0}.get(n) or float(re.match(r"[\d.]+", n)[0])  # type: ignore[index]
        first_in = cm["k"].startswith(("input", "prompt", "question", "context"))
        if k > 0:
            share = k / (k + 1)
            return [(share if first_in else 1 - share, cm.start(), cm.end(), _negated(c.t, cm.start()))]
    direction = _direction(t)
    order = re.search(
        r"\b(?P<first>in|inputs?|prompts?|out|outputs?|completions?)\s*(?:vs\.?|versus|/|:|to|and)\s*"
        r"(?P<second>in|inputs?|prompts?|out|outputs?|completions?)\b",
        t,
    )
    pairs = [
        p
        for p in PAIR.finditer(t)
        if (float(p["a"]) + float(p["b"]) == 100 or 1.0 in (float(p["a"]), float(p["b"])))
        and float(p["a"]) + float(p["b"]) > 0
    ]
    if len(pairs) == 1:
        p = pairs[0]
        a, b = float(p["a"]), float(p["b"])
        if order is not None and (order["first"][:2] in ("in", "pr")) != (order["second"][:2] in ("in", "pr")):
            first_in = order["first"][:2] in ("in", "pr")
            return [(a / (a + b) if first_in else b / (a + b), p.start(), p.end(), _negated(c.t, p.start()))]
        if direction is not None:
            big, small = max(a, b), min(a, b)
            share = big / (big + small)
            return [(share if direction == "in" else 1 - share, p.start(), p.end(), _negated(c.t, p.start()))]
        if "input_share" in c.expecting and not re.search(r"[a-z]{3,}", t.replace("like", "").replace("about", "")):
            return [(a / (a + b), p.start(), p.end(), False)]
        return []
    times = list(TIMES.finditer(t))
    if len(times) == 1 and direction is not None:
        k = float(times[0]["k"])
        if k > 1:
            share = k / (k + 1)
            tm = times[0]
            return [(share if direction == "in" else 1 - share, tm.start(), tm.end(), _negated(c.t, tm.start()))]
    return []
