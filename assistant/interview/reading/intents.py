"""What a message asks the advisor to do rather than says about the workload: proceed, skip, go back to the
baseline, adopt a scenario, greet, ask for help, export, check an article's figure, correct an earlier
answer; or an instruction slipped into the message (injection).
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview.quantities.guards import CORRECTION

INTENTS: list[tuple[str, str]] = [
    (
        "proceed",
        r"just (?:give|show|tell) me|skip the questions|go ahead|assume the rest|use (?:the )?defaults|"
        r"what (?:do |would |can |should )?you (?:recommend|suggest|propose)|what should we do|recommend|^analy[sz]e|"
        r"show me the numbers|"
        r"run the numbers|that'?s all|that'?s everything",
    ),
    ("skip", r"\b(?:don'?t know|not sure|no idea|skip|pass|n/a|unsure|no clue|idk|dunno|beats me)\b"),
    (
        "baseline",
        r"back to (?:the )?baseline|reset (?:the )?(?:scenario|what-?if)|original (?:numbers|plan|scenario)|undo",
    ),
    (
        "adopt",
        r"make (?:this|that|it) (?:the )?(?:new )?baseline|keep (?:this|that) (?:scenario|one)|adopt (?:this|that)",
    ),
    ("greeting", r"^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening))\b[\s!.]*$"),
    ("help", r"^\s*(?:help|\?|what can you do|how does this work)\s*\??\s*$"),
    (
        "injection",
        # the system prompt asked for or replaced; "200 tokens with the system prompt" is a request size
        r"ignore (?:all |your |the |previous |prior )*(?:instructions|rules|prompt)|"
        r"\b(?:show|reveal|print|repeat|output|dump|leak|display|tell|give|send|paste|what(?:'s| is| are)) "
        r"(?:me |us )?(?:your |the |its )?(?:full |hidden |original |exact |initial |secret )?"
        r"(?:system prompt|instructions)\b|\bsystem prompt\s*[:=]|(?:new|override|change|replace|update|your) "
        r"(?:the )?system prompt\s+(?:is|to|with|:)|"
        r"you are now|pretend (?:to be|you are)|disregard (?:the |your )?(?:rules|instructions)",
    ),
    (
        "audit",
        # (not our own meters: "our usage dashboard says we're at $150 a day" tells a spend)
        r"\barticle\b.{0,60}(?:says?|claims?|states?)|(?<!dashboard )(?<!console )(?<!bill )(?<!invoice )(?<!billing )"
        r"(?<!metrics )(?<!grafana )(?<!datadog )(?<!portal )(?<!page )(?:says?|claims?|"
        # (a vendor's quote is no article: "the quote we got was $2.50 per million tokens")
        r"(?<!the )(?<!a )(?<!our )(?<!their )(?<!your )(?<!vendor )quotes?"
        r"(?! (?:we|i|they) (?:got|received|have|had)\b| from\b| (?:was|is|came)\b)) "
        r"(?:[^.!?\n]|\.(?=\d)){0,40}\$\s?\d|"
        r"is (?:that|this|it) (?:right|correct|true)|does (?:that|this) (?:add up|check out)",
    ),
    ("export", r"^\s*/?export\b"),
    (
        # "can't you figure out the volume from the bill?": estimate the volume from what they spend
        "from_bill",
        r"\b(?:figure|work|estimate|derive|calculate|compute|guess|infer|back out|deduce|reverse[- ]engineer)\w*"
        r"\b[^.?!]{0,40}\b(?:from|based on|using|off)\s+(?:the |our |my |what (?:we|i) |how much (?:we|i) )?"
        r"(?:bill\w*|spend\w*|invoice\w*|costs?|pay\w*|cost us|dollars|monthly (?:bill|spend|cost))\b",
    ),
]


INTENTS.append(("correction", CORRECTION.pattern))


# a comparison the team made themselves, told ("we ran an A/B of X vs Y", "we benchmarked X against Y"): no what-if
# and no comparison asked, unless a question mark says so
DONE_BEFORE = rx.compile(
    r"\b(?:we|i|they|our (?:team|data team|ml team))\s+(?:already\s+|once\s+|recently\s+)?(?:ran|tested|tried|"
    r"compared|benchmarked|evaluated|did|piloted|measured|trialled|trialed|a/b[- ]tested)\b|\ba/b(?: test)?\b"
)
# a comparison or a what-if asked in so many words, beside a trial told ("we tried X last year. compare it with Y")
ASKED_PLAINLY = rx.compile(
    r"\b(?:compare|comparison|show me|price (?:it|them|that)|what if|suppose|what about|how about|instead)\b|"
    r"\bat \d+(?:\.\d+)?\s*x\b|\?"
)


def trial_told(t: str) -> bool:
    """The message tells of a trial the team ran ("we ran an A/B of X vs Y") and asks for nothing."""
    return bool(DONE_BEFORE.search(t)) and not ASKED_PLAINLY.search(t)


# Where a quoted figure comes from when it is one to check: an article, a post, a report, the advisor itself.
ARTICLE_SOURCE = rx.compile(
    r"\b(?:articles?|blogs?|posts?|papers?|reports?|study|studies|guides?|whitepapers?|write-?ups?|piece|analysis|"
    r"authors?|devtk|substack|medium|newsletter|benchmarks?|you|your|advisor)\b"
)


# the user's own company saying it ("the director says we cannot pass R$ 5 mil", "our CFO said $8k a month max")
OWN_PEOPLE_SAY = rx.compile(
    r"\b(?:my|our|the) (?:boss|manager|director|cfo|ceo|cto|cio|coo|vp|head of [a-z]+|finance(?: team| lady| guy)?|"
    r"management|leadership|board|procurement|legal|accounting|controller)\s+(?:\w+\s+)?(?:says?|said|told (?:me|us))\b"
)


def hearsay_beside_facts(low: str) -> bool:
    """A figure someone (no article) said, in a message that goes on to describe the user's own workload ("Our
    friends at another studio say it costs them $40k a month. Our budget is $25k."), or said by the user's own company
    ("the director says we cannot pass R$ 5 mil"): the message is no figure to check; what others said is theirs (read
    as such), the rest is the user's."""
    pattern = dict(INTENTS)["audit"]
    found = list(rx.finditer(pattern, low))
    if found and all(OWN_PEOPLE_SAY.search(low[max(0, m.start() - 40) : m.start() + 6]) for m in found):
        return True  # "the director says we cannot pass R$ 5 mil": a rule from their own company, no figure to check
    sentences = [s for s in rx.split(r"(?<=[.!?\n])\s+", low) if s.strip()]
    if not found or len(sentences) < 2:
        return False
    claimed = set()
    at = 0
    for i, sentence in enumerate(sentences):
        begin = low.find(sentence, at)
        at = begin + len(sentence)
        if any(begin <= m.start() < at for m in found):
            claimed.add(i)
    if any(ARTICLE_SOURCE.search(sentences[i]) for i in claimed):
        return False
    return len(claimed) < len(sentences)
