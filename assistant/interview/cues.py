"""Rule cues for the categorical facts: phrases that state a value, read with their scope.

Each cue is a regular expression for one value of one fact. ``scope.polarity`` tells whether the user
asserts it, denies it, asks about it, or says it of someone else. The classifier (``classifier.py``) takes these
votes as features next to the words themselves; ``decide`` turns votes into facts where the rules alone
are unambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from assistant.interview import scope
from assistant.interview.cue_context import (
    AGREEMENT_IF,
    BOUNDARY_WORDS,
    COMPARED,
    CONDITIONAL,
    DENIED_INSIDE,
    ELSEWHERE,
    GENERIC_QUALITY,
    GENERIC_SHAPE,
    HERE_NONE,
    INTENT,
    LATER,
    MODAL,
    MODEL_SUBJECT,
    NO_PROBLEM,
    OFF_BATCH,
    OFF_DATA,
    OFF_MODEL,
    OFF_MODEL_AFTER,
    OFF_TRAFFIC,
    OFF_TRAFFIC_NEAR,
    OFFLINE_PLACE,
    ON_BATCH,
    ON_DATA,
    ON_MODEL,
    ON_TRAFFIC,
    OPINION,
    OTHER_OPERATOR,
    OUR_AGENCY,
    PLACE_OF_DATA,
    PLATFORM,
    RUN_BY_OTHERS,
    TEAM_POST_NEG,
    TOPIC_AFTER,
    TOY_GPUS,
    TUNE_NEEDED,
    TUNED_OTHER,
    VENDOR_ASPECT,
    unfamiliar,
)
from assistant.interview.cue_table import ANSWER_CUES, CUES, INDUSTRY, OPEN_REJECTED
from assistant.interview.scope_parties import speaks_for_client

COMPILED: dict[tuple[str, str], re.Pattern[str]] = {}


def pattern(key: tuple[str, str]) -> re.Pattern[str]:
    if key not in COMPILED:
        COMPILED[key] = re.compile(r"(?<![\w])(?:" + CUES[key] + r")")
    return COMPILED[key]


@cache
def _answer_pattern(key: tuple[str, str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + ANSWER_CUES[key] + r")")


@dataclass
class Votes:
    """Per (fact, value): the polarities under which its cues were found, and the words."""

    found: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    words: dict[tuple[str, str], str] = field(default_factory=dict)
    industry: bool = False

    def said(self, fact: str) -> list[str]:
        """Values of ``fact`` asserted in the message."""
        return [v for (f, v), pols in self.found.items() if f == fact and "yes" in pols]

    def denied(self, fact: str) -> list[str]:
        return [v for (f, v), pols in self.found.items() if f == fact and "no" in pols and "yes" not in pols]


LIST_NEGATIONS = ("no", "neither", "nor", "without", "none", "nope", "nah")
SELF_CORRECTION = re.compile(
    r"\b(?:sorry,? (?:no|not|i meant|i mean)|no wait|wait,? no|i meant|scratch that|correction:|make that|"
    r"my (?:bad|mistake)|i mean(?=,? (?:not|no|actually))|oh wait|(?<=[,.;!] )(?:well|oh|hmm|um|uh)(?=,)|"
    r"(?<=[,.;!] )(?:well|oh|hmm),? actually)\b"
)


def _polarity(key: tuple[str, str], chunk: scope.Chunk, start: int, end: int) -> scope.Polarity:
    """A cue's polarity; a team cue reads another project named beside it as the same team's work."""
    if key[0].startswith("team."):
        return scope.team_polarity(chunk, start, end)
    return scope.polarity(chunk, start, end)


def _kind(key: tuple[str, str]) -> str:
    """What a cue is about: the fact, with the team's keys counted as one kind."""
    return "team" if key[0].startswith("team.") else key[0]


def _list_polarity(
    key: tuple[str, str], chunk: scope.Chunk, start: int, end: int, pol: scope.Polarity
) -> scope.Polarity:
    """A "no" carries over a comma list only to items of the same kind.

    "no PCI, HIPAA or GDPR" denies all three; "no finetuning, soc2, steady load" denies fine-tuning only.
    """
    if pol != "no":
        return pol
    before = chunk.text[:start]
    cue = None
    for m in scope.NEG_CUE.finditer(before):
        cue = m
    if cue is None or cue.group(0) not in LIST_NEGATIONS or "," not in before[cue.end() :]:
        return pol
    first = before[cue.end() :].split(",")[0]
    kinds = {_kind(k) for k in CUES if pattern(k).search(before[cue.start() : cue.end()] + first)}
    if _kind(key) in kinds:
        return pol
    if not kinds and not re.fullmatch(r"\s*\w+\s*", first):
        return pol  # "no fancy stuff, GDPR or HIPAA" is unclear; "no FT, mid model" is a new item
    cut = before.rindex(",") + 1
    rest = replace(chunk, text=chunk.text[cut:], start=chunk.start + cut)
    return _polarity(key, rest, start - cut, end - cut)


def _sentence_of(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds position ``pos``."""
    for offset, sentence in scope.sentences(text):
        if offset <= pos < offset + len(sentence):
            return sentence
    return text


# a kind of latency said to have no target ("the full answer can take longer", "first token doesn't matter")
NO_TARGET_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:can|could|may|is allowed to|are allowed to|is free to)\s+(?:take|be)\s+(?:\w+\s+)?"
    r"(?:longer|a while|its time|slower|as long as|more time|a bit)|\s*(?:\w+\s+){0,2}?(?:doesn'?t|does not|"
    r"don'?t|do not) (?:really )?matter|\s*(?:is|are) (?:less important|not (?:important|critical|a concern))"
)
FIRST_PART = re.compile(r"\b(?:first|initial|opening) (?:chunk|token|words?|bytes?|response|sentence)s?\s*$")
# a shape said of when staff work, not of the traffic ("our SRE works weekdays only", "support is staffed 9-5")
STAFF_HOURS = re.compile(
    r"\b(?:sres?|devops|on-?call|support (?:team|staff|desk)|ops team|ml team|engineers?|admins?|it (?:team|staff)|"
    r"(?:the |our )?team)\s+(?:only\s+)?(?:works?|working|is staffed|are staffed|is available|are available|is on|"
    r"are on|is around|are around|is in|are in)\s+(?:\w+\s+)?$|\b(?:staffed|manned)\s+(?:only\s+)?$"
)
# generic words about the model's answers (a cue holding one is about quality, whatever is named beside it)
ON_MODEL_WORDS = re.compile(r"\b(?:models?|llms?|quality|accura\w*|answers?|outputs?|open|reasoning|smart\w*)\b")
BACK_DENIAL = re.compile(
    r"[^.;!?,]{0,30}?,\s*(?:but\s+)?(?:(?:glad|happy|thankfully|luckily|fortunately|good thing|so)\s+)?(?:we|i|"
    r"nobody|no one|none of us)\s*(?:have\s+|'ve\s+|'re\s+|are\s+)?(?:never|"
    r"not(?! (?:\d+% |100 percent |quite |entirely |totally )?(?:sure|certain|convinced))|"
    r"don'?t|didn'?t|haven'?t|hasn'?t|aren'?t)\b[^.;!?,]{0,25}?\b(?:it|that|this|them|those)\b"
    r"(?=\s*(?:$|[.,;!?]|until|yet|before|so far|ever|at all|either|here|now))"
)
TOPIC_NO = re.compile(
    r"\W*(?:(?:lol|lmao|haha|ha|hmm|well|honestly|tbh|sadly|also|and|again|still)\W+)*(?:no|nope|nah|never|none|zero|"
    r"not a chance|no way|not happening|absolutely not|hell no|"
    r"not really|we don'?t|no we don'?t|not yet|not at all|what'?s that|what is that|what'?s this|never heard of it|"
    r"no clue|no idea|huh)"
    r"\b"
)
TOPIC_YES = re.compile(
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
NOT_YET = re.compile(
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
    return m is not None and not (for_client and re.match(r"(?:customer|client)", m.group(0)))


def _answered(text: str, pos: int) -> str:
    """A topic put as a short question and answered at once ("GPUs in prod? nope", "k8s? yes"): its polarity."""
    for offset, sentence in scope.sentences(text):
        if not offset <= pos < offset + len(sentence):
            continue
        stripped = sentence.strip()
        if not stripped.endswith("?") or len(stripped.split()) > 4:
            return "question"
        rest = text[offset + len(sentence) :]
        if TOPIC_NO.match(rest):
            return "no"
        if TOPIC_YES.match(rest):
            return "yes"
        return "question"
    return "question"


_OPEN_REJECTED = re.compile(r"(?<![\w])(?:" + OPEN_REJECTED + r")")
# What the second clause speaks of when it judges the open model tried in the first ("but it was poor at German").
_BACK_TO_IT = re.compile(
    r"\s*(?:(?:honestly|frankly|sadly|unfortunately|tbh|imo)\W+)?(?:it|they|its|their|that|the (?:quality|results?|"
    r"outputs?|answers?|german|french|\w+ (?:quality|output|answers?))|quality|results?|outputs?|answers?)\b"
)


def _rejected_across(text: str, cut: list[scope.Chunk], hits: list[Hit]) -> list[Hit]:
    """An open model tried in one clause and found wanting in the next ("we evaluated qwen but it was poor at
    german"): the clauses are cut at "but", so the cue is read over the sentence, with the polarity of the clause
    that says what was tried (a question or a hypothetical there stays one)."""
    out: list[Hit] = []
    key = ("quality", "frontier")
    for offset, sentence in scope.sentences(text):
        for m in _OPEN_REJECTED.finditer(sentence):
            start, end = offset + m.start(), offset + m.end()
            if any(k == key and start <= pos < end for k, pos, _, _ in hits):
                continue  # read within one clause already
            first = next((c for c in cut if c.start <= start < c.start + len(c.text)), None)
            second = next((c for c in cut if c.start < end <= c.start + len(c.text) and c is not first), None)
            if first is None or second is None or not _BACK_TO_IT.match(second.text):
                continue
            pol = scope.polarity(first, start - first.start, min(end, first.start + len(first.text)) - first.start)
            if pol == "no" or (pol == "yes" and (second.question or second.hypothetical or second.others)):
                pol = "other"  # "we haven't tried llama yet, but it could be poor": says nothing about the bar
            out.append((key, start, pol, m.group(0)))
    return out


def votes(text: str, expecting: Sequence[str] = ()) -> Votes:
    """Find every cue in a lower-cased, normalized message, with its polarity.

    ``expecting`` names the fields the question just asked is about ("good enough" answers a quality question).
    """
    out = Votes(industry=bool(INDUSTRY.search(text)))
    for_client = speaks_for_client(text)
    cut = scope.chunks(text)
    # "pci, sorry no, i meant soc2": what comes before a self-correction is withdrawn where it is restated
    fix = None
    for m in SELF_CORRECTION.finditer(text):
        fix = m
    hits: list[tuple[tuple[str, str], int, str, str]] = []
    keyed = [(k, pattern(k)) for k in CUES] + [(k, _answer_pattern(k)) for k in ANSWER_CUES if k[0] in expecting]
    for key, pat in keyed:
        for chunk in cut:
            for m in pat.finditer(chunk.text):
                pol = _polarity(key, chunk, m.start(), m.end())
                if pol == "other" and key[0] == "fine_tuning" and INTENT.search(chunk.text):
                    # "we plan to fine-tune" is the intent the advice needs; "we don't plan to" denies it
                    plain = scope.Chunk(chunk.text, chunk.start, chunk.question, False, chunk.others, chunk.past)
                    if not scope.HYPOTHETICAL.search(scope.INTENT_FREE.sub(" ", chunk.text)):
                        pol = scope.polarity(plain, m.start(), m.end())
                pol = _list_polarity(key, chunk, m.start(), m.end(), pol)
                if (
                    key[0].startswith("team.")
                    and pol == "yes"
                    and (
                        CONDITIONAL.search(chunk.text)
                        or _other_operator(chunk.text[: m.start()], for_client)
                        or (
                            key[0] == "team.gpu_infra"
                            and MODEL_SUBJECT.search(chunk.text[: m.start()])
                            and not re.search(r"\b(?:prod|production|already|today|currently)\b", chunk.text)
                            and not (
                                re.search(r"\bour\b", m.group(0))  # "inference runs on our own A10Gs"
                                and not MODAL.search(chunk.text)
                            )
                        )
                    )
                ):
                    pol = "other"  # "we'd have to run the GPUs ourselves", "vendors run the GPUs for us"
                if key[0].startswith("team.") and pol == "yes" and OPINION.match(chunk.text[m.end() :]):
                    pol = "other"  # "managing GPUs sounds like a nightmare": an opinion, not what the team does
                if key[0].startswith("team.") and pol == "yes" and RUN_BY_OTHERS.match(chunk.text[m.end() :]):
                    pol = "other"  # "a managed k8s cluster run by the hosting provider": theirs to run
                if key[0].startswith("team.") and pol == "yes" and TOPIC_AFTER.match(chunk.text[m.end() :]):
                    pol = "other"  # "MLOps best practices matter to us", "the MLOps consultant we hired"
                if key[0].startswith("team.") and pol == "no" and NO_PROBLEM.match(chunk.text[m.end() :]):
                    pol = "yes"  # "k8s isn't a problem for us": the team handles it
                if key[0] == "team.gpu_infra" and pol in ("yes", "other") and TOY_GPUS.match(chunk.text[m.end() :]):
                    pol = "no"  # "GPU experience limited to notebooks": never GPUs in production
                turned_down = TEAM_POST_NEG.match(chunk.text[m.end() :])
                if key[0].startswith("team.") and pol in ("yes", "other") and turned_down:
                    pol = "no"  # "k8s felt like too much", "MLOps is outsourced to a consultancy"
                if key[0].startswith("team.") and pol != "question" and unfamiliar(chunk.text, m.start(), m.end()):
                    pol = "no"  # "GPU ops would be brand new for us", "GPUs are a black box to us"
                if (
                    key[0].startswith("team.")
                    and pol in ("yes", "other")
                    and ELSEWHERE.search(_sentence_of(text, chunk.start + m.start())[:200])
                ):
                    # "at my last job we ran a GPU cluster, but here we have nothing like that": someone else's
                    rest = text[chunk.start + m.end() :]
                    pol = "no" if HERE_NONE.search(rest) else "other"
                if (
                    key == ("data_boundary", "any_vendor")
                    and pol == "other"
                    and AGREEMENT_IF.search(m.group(0))
                    and not (chunk.question or chunk.others)
                ):
                    pol = "yes"  # "fine if the vendor signs a BAA": a vendor allowed on the usual paper
                if key == ("data_boundary", "any_vendor") and pol == "yes" and DENIED_INSIDE.search(m.group(0)):
                    pol = "no"  # "public endpoints are not allowed": the permission's own words deny it
                if (
                    key == ("data_boundary", "cloud_tenant")
                    and PLATFORM.fullmatch(m.group(0))
                    and not BOUNDARY_WORDS.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "other"  # "piloting GPT-4o through Azure OpenAI": a vendor used, no boundary said
                if key == ("data_boundary", "any_vendor") and (
                    VENDOR_ASPECT.match(chunk.text[m.end() :])
                    or (OFF_DATA.search(chunk.text) and not ON_DATA.search(chunk.text))
                ):
                    pol = "other"  # "fine with the API latency", "OpenAI is fine for quality": not where data may go
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and (
                        OPINION.match(chunk.text[m.end() :])
                        or re.search(r"\b(?:can|could|know how to|knows how to|able to)\s*$", chunk.text[: m.start()])
                    )
                ):
                    pol = "other"  # "fine-tuning sounds expensive": an opinion about it, not a plan
                if key[0] == "latency_kind" and pol == "yes" and NO_TARGET_AFTER.match(chunk.text[m.end() :]):
                    pol = "other"  # "full answer can take longer": no target on that one, the other kind is meant
                if (
                    key == ("latency_kind", "total")
                    and re.match(r"(?:back|returned|delivered)\b", m.group(0))
                    and FIRST_PART.search(chunk.text[: m.start()])
                ):
                    pol = "other"  # "first chunk back within 500ms": the first chunk is what comes back
                sentence = _sentence_of(text, chunk.start + m.start())
                if (
                    key[0] == "traffic_shape"
                    and (
                        OFF_TRAFFIC_NEAR.search(chunk.text[max(0, m.start() - 25) : m.end() + 25])
                        or (
                            "traffic_shape" not in expecting
                            and GENERIC_SHAPE.search(m.group(0))
                            and OFF_TRAFFIC.search(chunk.text[max(0, m.start() - 35) : m.end() + 35])
                            # the shape's own word ("spikes") says nothing of what spikes
                            and not ON_TRAFFIC.search(sentence.replace(m.group(0), " "))
                        )
                        or STAFF_HOURS.search(chunk.text[max(0, m.start() - 40) : m.start()])
                    )
                ):
                    pol = "other"  # "latency spikes", "our budget is predictable", "24/7 on-call": not the traffic
                if (
                    key == ("traffic_shape", "business_hours")
                    and re.fullmatch(r"in (?:the )?office", m.group(0))
                    and PLACE_OF_DATA.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "other"  # "the data must stay on our own computers in the office": where, not when
                if (
                    key == ("batch_ok", "true")
                    and "offline" in m.group(0)
                    and OFFLINE_PLACE.search(chunk.text[max(0, m.start() - 40) : m.start()])
                ):
                    pol = "other"  # "the plant network is offline": cut off from the internet, not answers that wait
                if key[0] == "batch_ok" and (
                    (
                        OFF_BATCH.search(_sentence_of(text, chunk.start + m.start()))
                        and not ON_BATCH.search(_sentence_of(text, chunk.start + m.start()))
                    )
                    or re.search(r"\b(?:under the hood|technically|internally)\b", chunk.text)
                ):
                    pol = "other"  # "nightly backups", "async under the hood": not when answers are needed
                if key[0] == "compliance" and pol == "yes" and COMPARED.search(chunk.text[: m.start()]):
                    pol = "other"  # "KVKK, similar to GDPR": a regime named for comparison does not apply
                if key == ("fine_tuning", "true") and re.match(
                    r"\s+by\s+(?!us\b|me\b|ourselves|our\b|my\b|the team\b|in[- ]house)", chunk.text[m.end() :]
                ):
                    pol = "other"  # "the model was fine-tuned by Meta for chat": someone else's tuning
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and "fine_tuning" not in expecting
                    and (
                        TUNED_OTHER.match(chunk.text[m.end() :])
                        or not (
                            OUR_AGENCY.search(_sentence_of(text, chunk.start + m.start()))
                            or TUNE_NEEDED.search(chunk.text)
                            or re.search(r"(?:^|[,;:+/])\W*$", chunk.text[: m.start()])  # "hipaa, lora on notes"
                        )
                    )
                ):
                    pol = "other"  # "fine-tuning is a buzzword", "the vendor offers fine-tuning": nobody here tunes
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and (
                        re.match(r"\s+(?:exists|is a thing|is real)\b", chunk.text[m.end() :])
                        or re.search(
                            r"\b(?:know|knew|heard|read|learned|learnt)\s+(?:about\s+|of\s+|that\s+)?$",
                            chunk.text[: m.start()],
                        )
                    )
                ):
                    pol = "other"  # "I know fine-tuning exists", "we read about fine-tuning": knowledge, not a plan
                if key[0] == "fine_tuning" and pol == "yes" and LATER.search(chunk.text):
                    pol = "other"  # "fine-tuning is on the table for later": not part of what is sized
                generic = GENERIC_QUALITY.search(m.group(0)) is not None and "quality" not in expecting
                # a cue naming a model said of something else right beside it ("latency with gpt-4o-mini is good
                # enough"): the words around it, not the model's own name, decide
                near = chunk.text[max(0, m.start() - 30) : m.start()] + " " + chunk.text[m.end() : m.end() + 30]
                if key[0] == "quality" and (
                    ((OFF_MODEL.search(chunk.text) or generic) and not ON_MODEL.search(chunk.text))
                    or (OFF_MODEL.search(near) and not ON_MODEL.search(near) and not ON_MODEL_WORDS.search(m.group(0)))
                    or OFF_MODEL_AFTER.match(chunk.text[m.end() :])
                ):
                    pol = "other"  # said of the GPUs, the latency or the team, not of the model
                hits.append((key, chunk.start + m.start(), pol, m.group(0)))
    hits += _rejected_across(text, cut, hits)
    hits = [(k, pos, _answered(text, pos) if pol == "question" else pol, w) for k, pos, pol, w in hits]
    # "we might move to Kubernetes next year, but we're not on it yet": a plan, and today without it
    hits = [
        (k, pos, "no" if k[0].startswith("team.") and pol == "other" and _not_yet(text, cut, pos, w) else pol, w)
        for k, pos, pol, w in hits
    ]
    # "GPUs in production, we never did it": a denial right after, pointing back at the phrase
    hits = [
        (k, pos, "no" if pol == "yes" and BACK_DENIAL.match(text, pos + len(w)) else pol, w) for k, pos, pol, w in hits
    ]
    if fix is not None:
        restated = {_kind(k) for k, pos, pol, _ in hits if pos >= fix.end() and pol == "yes"}
        hits = [
            (k, pos, "no" if pos < fix.start() and _kind(k) in restated and pol == "yes" else pol, w)
            for k, pos, pol, w in hits
        ]
    hits = [h for h in hits if not _inside_other(h, hits)]
    for key, _, said, word in hits:
        out.found.setdefault(key, []).append(said)
        out.words.setdefault(key, word)
    return out
