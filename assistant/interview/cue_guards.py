"""What sets a rule cue's hit aside or settles it: the sentence it stands in, a target said to be none, staff
hours, a denial said after it, a topic named yes or no, a hit inside another's span, a plan not yet done, another
party running it, the question it answers, and an open model rejected across "but".
"""

from __future__ import annotations

import itertools

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.cue_context import CONDITIONAL, OTHER_OPERATOR
from assistant.interview.cue_table import OPEN_REJECTED


def _sentence_of(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds position ``pos``."""
    for offset, sentence in scope.sentences(text):
        if offset <= pos < offset + len(sentence):
            return sentence
    return text


# a kind of latency said to have no target ("the full answer can take longer", "first token doesn't matter")
NO_TARGET_AFTER = rx.compile(
    r"\s*(?:\w+\s+){0,2}?(?:can|could|may|is allowed to|are allowed to|is free to)\s+(?:take|be)\s+(?:\w+\s+)?"
    r"(?:longer|a while|its time|slower|as long as|more time|a bit)|\s*(?:\w+\s+){0,2}?(?:doesn'?t|does not|"
    r"don'?t|do not) (?:really )?matter|\s*(?:is|are) (?:less important|not (?:important|critical|a concern))"
)
# a kind said fine with no figure of its own ("after that it is streaming so total time is ok")
FINE_WITHOUT_TARGET = rx.compile(r"\s*(?:is|are) (?:ok|okay|fine|no problem|not a problem)\s*(?:[.;,!]|$)")
FIRST_PART = rx.compile(
    # "first chunk back within 500ms", "first token needs to come back within 800 ms"
    r"\b(?:first|initial|opening) (?:chunk|token|words?|bytes?|response|sentence)s?(?: (?:needs? to|has to|have to|"
    r"must|"
    r"should|gotta|to) (?:come|get|be))?\s*$"
)
# a shape said of when staff work, not of the traffic ("our SRE works weekdays only", "support is staffed 9-5")
STAFF_HOURS = rx.compile(
    r"\b(?:sres?|devops|on-?call|support (?:team|staff|desk)|ops team|ml team|engineers?|admins?|it (?:team|staff)|"
    r"(?:the |our )?team)\s+(?:only\s+)?(?:works?|working|is staffed|are staffed|is available|are available|is on|"
    r"are on|is around|are around|is in|are in)\s+(?:\w+\s+)?$|\b(?:staffed|manned)\s+(?:only\s+)?$"
)
# generic words about the model's answers (a cue holding one is about quality, whatever is named beside it)
ON_MODEL_WORDS = rx.compile(r"\b(?:models?|llms?|quality|accura\w*|answers?|outputs?|open|reasoning|smart\w*)\b")
BACK_DENIAL = rx.compile(
    r"[^.;!?,]{0,30}?,\s*(?:but\s+)?(?:(?:glad|happy|thankfully|luckily|fortunately|good thing|so)\s+)?(?:we|i|"
    r"nobody|no one|none of us)\s*(?:have\s+|'ve\s+|'re\s+|are\s+)?(?:never|"
    r"not(?! (?:\d+% |100 percent |quite |entirely |totally )?(?:sure|certain|convinced))|"
    r"don'?t|didn'?t|haven'?t|hasn'?t|aren'?t)\b(?:[^.;!?,]{0,25}?\b(?:it|that|this|them|those)\b)?"
    # ... the object left out when the sentence ends ("banks have PCI and all that, we don't")
    r"(?=\s*(?:$|[.,;!?]|until|yet|before|so far|ever|at all|either|here|now))"
)
TOPIC_NO = rx.compile(
    r"\W*(?:(?:lol|lmao|haha|ha|hmm|well|honestly|tbh|sadly|also|and|again|still)\W+)*(?:no|nope|nah|never|none|zero|"
    r"not a chance|no way|not happening|absolutely not|hell no|"
    r"not really|we don'?t|no we don'?t|not yet|not at all|what'?s that|what is that|what'?s this|never heard of it|"
    r"no clue|no idea|huh)"
    r"\b"
)
TOPIC_YES = rx.compile(
    r"\W*(?:(?:lol|haha|well|honestly|tbh|also|and)\W+)*(?:yes|yeah|yep|yup|sure|we do|of course|definitely|"
    r"absolutely)\b(?! not)"
)


Hit = tuple[tuple[str, str], int, str, str]


# Facts whose values exclude each other: a phrase of one value inside a longer phrase of another is its object.
ONE_VALUE = ("data_boundary", "quality", "traffic_shape", "latency_kind")


def _inside_other(hit: Hit, hits: list[Hit]) -> bool:
    """A phrase inside a longer one of another value of the same fact is its object ("the data can leave our
    network" is a permission, not "our network" as the place the data must stay; "a frontier model would be a
    waste" puts the bar below frontier)."""
    key, pos, _, word = hit
    if key[0] not in ONE_VALUE:
        return False
    end = pos + len(word)
    return any(
        k[0] == key[0] and k[1] != key[1] and p <= pos and end <= p + len(w) and len(w) > len(word)
        for k, p, _, w in hits
    )


# What a plan for later says of today ("... but we're not on it yet", "... but today we're still on plain EC2").
NOT_YET = rx.compile(
    r"[^.;!?]{0,80}?(?:\bbut\b|[,;(-])\s*(?:(?:today|right now|currently|for now|at the moment|as of (?:now|today)),?"
    r"\s+)?(?:we'?re|we are|we|everything(?:'s| is)?|it'?s|all)\s+(?:still|only|just)\s+(?:on|using|running|with|in)\b|"
    r"[^.;!?]{0,80}?\b(?:we'?re |we are |it'?s |it is )?not (?:on it|there|using it|running it|in place|set up|live|"
    r"doing it|happening) yet\b"
)


def _not_yet(text: str, cut: list[scope.Chunk], pos: int, word: str) -> bool:
    """Whether a team cue said as a plan (not a question, not someone else's) is followed by today without it."""
    for ch in cut:
        if ch.start <= pos < ch.start + len(ch.text):
            if not (ch.hypothetical or CONDITIONAL.search(ch.text)) or ch.question or ch.others:
                return False
            return bool(NOT_YET.match(text, pos + len(word)) or BACK_DENIAL.match(text, pos + len(word)))
    return False


def _other_operator(before: str, for_client: bool) -> bool:
    """Whether somebody else operates what follows ("vendors run the GPUs for us"); a client the user speaks for
    is the workload's own ("the client runs k8s")."""
    m = OTHER_OPERATOR.search(before)
    return m is not None and not (for_client and rx.match(r"(?:customer|client)", m.group(0)))


def _answered(text: str, pos: int, unknown_is_no: bool = True) -> str:
    """A topic put as a short question and answered at once ("GPUs in prod? nope", "k8s? yes"): its polarity.

    "no idea" after a skill ("MLOps? no idea") says the team lacks it; after a plan or a need ("fine-tuning? no
    idea yet") it says nothing is decided: ``unknown_is_no`` tells which."""
    for offset, sentence in scope.sentences(text):
        if not offset <= pos < offset + len(sentence):
            continue
        stripped = sentence.strip()
        if not stripped.endswith("?") or len(stripped.split()) > 4:
            return "question"
        rest = text[offset + len(sentence) :]
        if not unknown_is_no and rx.match(r"\W*(?:(?:honestly|tbh|well|hmm)\W+)*(?:no (?:idea|clue)|dunno)\b", rest):
            return "question"
        if TOPIC_NO.match(rest):
            return "no"
        if TOPIC_YES.match(rest):
            return "yes"
        return "question"
    return "question"


_OPEN_REJECTED = rx.compile(r"(?<![\w])(?:" + OPEN_REJECTED + r")")
# A small open model found wanting ("tried mistral 7b, total garbage", "tiny models are trash, tried phi"): the bar is
# above small models, which says nothing of whether a large open model meets it (unless a large one failed too).
_SMALL_OPEN = rx.compile(r"\b(?:[1-9]|[12]\d|30)(?:\.\d)?\s?b\b|\b(?:phi|gemma|tiny)\b")
_LARGE_OPEN = rx.compile(r"\b(?:[4-9]\d|\d{3})(?:\.\d)?\s?b\b|\b(?:large|big|biggest|70b|mixtral|deepseek)\b")


def small_open_only(found: str) -> bool:
    """Whether the open models a found-wanting cue names are all small ones."""
    return bool(_SMALL_OPEN.search(found)) and not _LARGE_OPEN.search(found)


# What the second clause speaks of when it judges the open model tried in the first ("but it was poor at German").
_BACK_TO_IT = rx.compile(
    r"\s*(?:(?:honestly|frankly|sadly|unfortunately|tbh|imo)\W+)?(?:it|they|its|their|that|the (?:quality|results?|"
    r"outputs?|answers?|drafts?|summar\w+|translations?|writing|replies|responses?|german|french|\w+ (?:quality|"
    r"output|answers?))|quality|results?|outputs?|answers?)\b|"
    # ... or is the verdict alone ("we piloted Llama 70B; clearly worse", "tested Qwen - none came close")
    r"\s*(?:(?:honestly|frankly|sadly|unfortunately|tbh|imo)\W+)?(?:(?:clearly|noticeably|much|way|far|significantly|"
    r"a lot|definitely|obviously|just|simply|still|quite|"
    r"pretty|really|miles|totally|completely)\s+)?(?:worse|weaker|dumber|behind|not (?:good|great|usable|accurate|"
    r"reliable|there|close)|no good|unusable|garbage|rubbish|useless|nowhere near|fell apart|(?:none|neither|nothing)"
    r"(?: of them)? (?:came|comes|got|gets|was|were))\b"
)


def _rejected_across(text: str, cut: list[scope.Chunk], hits: list[Hit]) -> list[Hit]:
    """An open model tried in one clause and found wanting in the next ("we evaluated qwen but it was poor at
    german"): the clauses are cut at "but", so the cue is read over the sentence, with the polarity of the clause
    that says what was tried (a question or a hypothetical there stays one)."""
    out: list[Hit] = []
    key = ("quality", "frontier")
    sentences = scope.sentences(text)
    spans = [(offset, sentence) for offset, sentence in sentences]
    # "We tested Llama 3 70B last month; the output was unusable.": the next sentence goes back to what was tried
    spans += [
        (offset, rx.sub(r"[.!?](\s*)$", r";\1", text[offset:after]) + text[after : after + len(following)])
        for (offset, _), (after, following) in itertools.pairwise(sentences)
        if _BACK_TO_IT.match(following)
    ]
    for offset, sentence in spans:
        for m in _OPEN_REJECTED.finditer(sentence):
            start, end = offset + m.start(), offset + m.end()
            if any(k == key and start <= pos < end for k, pos, _, _ in hits):
                continue  # read within one clause already
            first = next((c for c in cut if c.start <= start < c.start + len(c.text)), None)
            second = next((c for c in cut if c.start < end <= c.start + len(c.text) and c is not first), None)
            if first is None or second is None or not _BACK_TO_IT.match(second.text):
                continue
            pol = scope.polarity(first, start - first.start, min(end, first.start + len(first.text)) - first.start)
            if (
                pol == "no"
                and m.group(0).startswith("used to")
                and all(n.group(0) == "used to" for n in scope.NEG_CUE.finditer(first.text))
            ):
                pol = "yes"  # "we used to run llama 3 70b ... but stopped bc quality was meh": a past trial, no denial
            if pol == "no" or (pol == "yes" and (second.question or second.hypothetical or second.others)):
                pol = "other"  # "we haven't tried llama yet, but it could be poor": says nothing about the bar
            if pol == "yes" and small_open_only(m.group(0)):
                pol = "other"  # "we tried llama 8b but it was poor at german": only small models are ruled out
            out.append((key, start, pol, m.group(0)))
    return out
