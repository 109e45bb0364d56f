"""The size of the item just counted, said with the item as its subject and no "each": "1500 mail per day, mail is
maybe 200 words", "400 tickets a day; ticket is about 300 tokens", "300 invoices a day, our invoices are like 2
pages" (sizes in words or pages arrive here already read as tokens). And the answer's size said as a share of it:
"answer shorter, like half", "replies are about a third of that".

The subject must name what a count in the same message counted (one kind of item only): "tickets are 300 tokens"
said beside "4k docs and 6k tickets a day" is no size of every item counted, and is left to be asked.
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.guards import _negated
from assistant.interview.quantities.patterns import FRACTION_SHARES, NUM, PERIOD, REQUESTS, TOKENS, singular
from assistant.interview.quantities.people import POPULATION

# the words that name a side of the request, never the item counted ("answers are 300 tokens" is the output)
_SIDE_NOUNS = rx.compile(
    r"(?:prompts?|completions?|generations?|answers?|responses?|repl(?:y|ies)|outputs?|inputs?|turns?|chunks?|"
    r"passages?|snippets?|pages?|lines?|runs?|calls? transcribed)"
)
_HEDGE = (
    r"(?:about|around|roughly|approx\w*|like|maybe|probably|typically|usually|normally|mostly|on average|avg|"
    r"somewhere around|i think|i guess|i'?d say|let'?s say|say|hmm+|um+|uh+|~)"
)


# "mail is maybe 200 words", "our invoices are like 2 pages", "tickets average ~300 tokens": an item named at the
# start of a clause (bare, or after "the", "our", "one"), a verb of size, then a size in tokens
def _body(item: str) -> str:
    return (
        r"(?:(?:our|the|their|my|an?|one|typical|normal)\s+)?"
        r"(?:(?!(?:if|when|whether|not|no|how|what|which|is|are|was|were)\b)[a-z][\w-]*\s+){0,2}?(?P<item>"
        + item
        + r")\s*(?:[\s,]*(?:"
        + _HEDGE
        + r")[\s,]*)*(?:is|are|'s|was|were|runs?|averages?|comes? (?:in )?(?:at|to)|weighs?|has|have)\b[\s,]*(?:(?:"
        + _HEDGE
        + r")[\s,]*)*"
        + NUM
        + r"\s*"
        + TOKENS
        + r"\b(?!\s*(?:"
        + PERIOD
        + r"|in total|total|overall|combined|altogether|in all))"
    )


# A count of things of any name at a rate ("1,100 studies per working day", "~40k PRs/mo"): counted like requests
# (in ``rates.RATE``; in ``rates.ANY_ITEMS`` only beside the size of one of them; their size said with
# one as the subject in ``counted_subject_size``).
# Never tokens, money, time, people, hardware or text units (read elsewhere), nor what no model is asked about.
OTHER_COUNTED = (
    r"(?!(?:tokens?|toks?|tkns?|dollars?|euros?|pounds?|bucks|usd|eur|gbp|cents?|hours?|hrs|minutes?|mins|seconds?|"
    r"secs|days?|weeks?|months?|years?|gpus?|nodes?|servers?|machines?|instances?|cards?|replicas?|words?|"
    r"characters?|chars|pages?|lines?|sentences?|paragraphs?|people|persons|ppl|folks|ms|times|percents?|"
    r"languages?|regions?|countries|models?|params|parameters|billions?|millions?|thousands?|hundreds?|"
    r"licen[cs]es?|teams?|k8s|ones|others|shifts?|meals?|breaks?|trips?|releases?|deploys?|deployments?|"
    # tokens counted in thousands or millions, data sizes and energy, what goes wrong, the batches work comes in
    r"[kmbg](?:tokens?|toks?)|[kmgtp]bs|kwhs?|mwhs?|timeouts?|outages?|errors?|incidents?|crash(?:es)?|failures?|"
    # (of any name, accented too: "5 mil descrições por mês")
    r"bugs?|retries|restarts?|batch(?:es)?|sprints?|"
    # words ending in s that count nothing ("350 was last quarter's figure": no "was" a quarter)
    r"was|has|does|this|thus|plus|less|unless|always|across|perhaps|sometimes|besides|towards|afterwards|whereas|"
    r"yes|its|his|ours|yours|theirs|whose|"
    # the shape of the traffic, not things counted ("three big waves a day", "a couple of spikes a week")
    r"waves?|peaks?|spikes?|bursts?|surges?|rush(?:es)?|slots?|windows?|cycles?|rounds?|"
    + POPULATION[3:-1]
    + r")\b)[a-zà-ÿ][a-zà-ÿ0-9-]{0,20}[a-zà-ÿ]s"
)
_CLAUSE_START = r"(?:^|[,;.:!?(]|\b(?:and|but|so|while|whereas|where)\b)\s*"
_BODY = _body(REQUESTS[3:-1])
SUBJECT_SIZE = rx.compile(_CLAUSE_START + r"(?P<body>" + _BODY + r")")
# the same, read from where the subject starts (so what is before the clause is no part of it)
SUBJECT_SIZE_AT = rx.compile(_BODY)
# the same of any thing the message counted at a rate ("2,000 recipes a day. A recipe is ~900 tokens")
_ANY_BODY = _body(r"[a-zà-ÿ][a-zà-ÿ0-9-]{0,20}[a-zà-ÿ]")
ANY_COUNTED = rx.compile(NUM + r"\s*(?P<item>" + OTHER_COUNTED + r")\b\s*" + PERIOD)
ANY_SUBJECT_SIZE = rx.compile(_CLAUSE_START + r"(?P<body>" + _ANY_BODY + r")")
ANY_SUBJECT_SIZE_AT = rx.compile(_ANY_BODY)
# a count of items ("1500 mails per day", "~2k support tickets"), to find what the message counted
COUNTED = rx.compile(NUM + r"\s*(?:[a-z][\w-]*\s+){0,2}?(?P<item>" + REQUESTS[3:-1] + r")\b")
_SAME = {"email": "mail", "e-mail": "mail", "doc": "document", "msg": "message", "req": "request", "pdf": "document"}


def _kind(noun: str) -> str:
    """One kind of item however it is written: "mails", "e-mail" and "emails" are one."""
    one = singular(noun)
    return _SAME.get(one, one)


def _one_of(word: str, plural: str) -> bool:
    """Whether ``word`` names one of the ``plural`` counted (or all of them): "quiz" of "quizzes", "recipe"."""
    word = word.lower()
    return _kind(word) == _kind(plural) or plural in (word, word + "s", word + "es", word + word[-1] + "es")


def counted_subject_size(c: Context, m: str) -> re.Match[str] | None:
    """The size of one item, its subject the only kind of item counted before it in the message; never in a
    question, a hypothetical or a denial."""
    for sm in SUBJECT_SIZE.finditer(m):
        item = sm["item"]
        if _SIDE_NOUNS.fullmatch(item) or c.off(sm.start("item")) or _negated(c.t, sm.start("num")):
            continue
        kinds = {_kind(cm["item"]) for cm in COUNTED.finditer(m) if not _SIDE_NOUNS.fullmatch(cm["item"])}
        before = [cm for cm in COUNTED.finditer(m, 0, sm.start("item")) if cm.end() <= sm.start("item")]
        if kinds == {_kind(item)} and any(_kind(cm["item"]) == _kind(item) for cm in before):
            return SUBJECT_SIZE_AT.match(m, sm.start("body"))
    if COUNTED.search(m):
        return None  # a thing of a known kind counted: its size is read above, or asked
    counted = [cm for cm in ANY_COUNTED.finditer(m)]
    if len({_kind(cm["item"]) for cm in counted}) != 1:
        return None
    for sm in ANY_SUBJECT_SIZE.finditer(m, counted[0].end()):
        item = sm["item"]
        if not _one_of(item, counted[0]["item"]) or c.off(sm.start("item")) or _negated(c.t, sm.start("num")):
            continue
        return ANY_SUBJECT_SIZE_AT.match(m, sm.start("body"))
    return None


_FRACTIONS = "|".join(sorted(FRACTION_SHARES, key=len, reverse=True))
_OF_IT = (
    r"(?:of\s+(?:that|it|this|its? size|its? length|the (?:size|length|input|item|original|mail|email|ticket|letter|"
    r"document|doc|request|question))|as (?:long|big|much)|the (?:size|length))"
)
# "answer shorter, like half", "replies about a third of that" (normalized to "33% of that"), "the answer is half
# as long", "output maybe half the size": the answer's size as a share of the item's; a percent only with "of that"
RELATIVE_OUT = rx.compile(
    r"\b(?:answers?|responses?|repl(?:y|ies)|outputs?|summar(?:y|ies)|drafts?)\b[^.;\d%]{0,30}?"
    r"(?:\b(?P<f>" + _FRACTIONS + r")\b(?!\s+(?:of\s+)?(?:them|those|the (?:time|cases?|requests?|tickets?|mails?|"
    r"emails?)|(?:are|is|of those)\b))(?:\s+" + _OF_IT + r")?"
    r"|(?<![\d.])(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s*" + _OF_IT + r")"
)


def relative_output(m: str, after: int) -> tuple[float, int] | None:
    """The share of the item's size the answer is said to be, in the message after ``after``, and where its figure
    is (a percent there is no input/output mix)."""
    rm = RELATIVE_OUT.search(m, after)
    if rm is None:
        return None
    if rm["f"]:
        return FRACTION_SHARES[rm["f"]], rm.start("f")
    thirds = {"33": 1 / 3, "67": 2 / 3}  # "a third of that" reaches here as "33% of that"
    return thirds.get(rm["pct"], float(rm["pct"]) / 100), rm.start("pct")
