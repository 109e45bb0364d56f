"""Negation and scope: whether a phrase in a message is asserted, denied, asked about, or someone else's.

"no PCI", "SOC2, not PCI", "nobody on the team has run GPUs", "X but no Y", "we used to fine-tune but not
anymore", "what does HIPAA cost us?", "our competitor self-hosts on H100s". Rules, not a model: the
classifier (``classifier.py``) decides *what* a message is about; this module decides *whether the user
says it holds for them*.

A message is cut into sentences (``.``, ``!``, ``?``, ``;``, new lines), each sentence into chunks at
contrast words ("but", "however", "although", "except", "whereas") and at commas that start a new
statement (", we ...", ", not ..."). A negation cue negates what follows it up to the end of its chunk;
a cue right after a phrase ("PCI isn't needed", "HIPAA: no") negates that phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Polarity = Literal["yes", "no", "question", "other"]

NEG_CUE = re.compile(
    r"\b(?:no|not|never|none|nobody|noone|no-one|nothing|neither|nor|without|zero|cannot|"
    r"\w+n't|dont|doesnt|didnt|isnt|arent|wont|cant|havent|hasnt|wasnt|werent|"
    r"no longer|not anymore|used to|lack|lacks|lacking|free of|rather than|instead of|nope|nah|n/a)\b"
)
# After a phrase: "PCI isn't needed", "HIPAA does not apply", "GDPR - not relevant", "PCI: no".
POST_NEG = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,3}?(?:isn't|isnt|aren't|arent|is not|are not|doesn't|doesnt|does not|don't|"
    r"dont|do not|not|no|nope|never|wasn't|was not|n/a|no longer|not anymore|won't|will not)\b"
)
QUESTION_START = re.compile(
    r"^\W*(?:what|how|why|when|which|who|whom|whose|where|does|do|did|is|are|was|were|should|shall|can|"
    r"could|would|will|may|might|isn't|aren't|doesn't|don't|any idea|tell me|explain)\b"
)
HYPOTHETICAL = re.compile(
    r"\b(?:if|in case|suppose|supposing|imagine|hypothetically|whether|what if|once we|when we get|"
    r"someday|one day|might|may need|could need|considering|thinking about|planning to|plan to|would "
    r"like to|want to know|wondering)\b"
)
OTHERS = re.compile(
    r"\b(?:competitors?|rivals?|other (?:teams?|companies|startups|firms|people|customers)|a friend|my friend|"
    r"another (?:team|company|startup|firm)|i (?:read|heard)|people say|someone said|the article|the blog|"
    r"some (?:teams|companies|people)|most (?:teams|companies|people)|their (?:team|company))\b"
)
CONTRAST = re.compile(
    r"\s*(?:\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bexcept\b|\bwhereas\b|\bwhile\b|\byet\b|\bapart from\b|"
    r"\bother than\b|\bonly\b(?= \w+ (?:needs?|has|have|is|are)\b)|,\s*(?=(?:we|our|i|they|the|it|its|it's|"
    r"and we|and our|not|no|nothing|none|but|nobody|plus|also|then)\b)|\s[-–—]\s|\(|\))"
)
SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+|(?<=[!?;])(?=\S)")


@dataclass(frozen=True)
class Chunk:
    """A piece of one sentence, with where it sits in the (lower-cased) message."""

    text: str
    start: int
    question: bool
    hypothetical: bool
    others: bool


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; decimal points ("1.5") do not end a sentence."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in SENTENCE.finditer(text):
        if m.start() > pos:
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((pos, text[pos:]))
    return [(o, s) for o, s in out if s.strip()]


def chunks(text: str) -> list[Chunk]:
    """Cut a lower-cased message into statement chunks, marking questions, hypotheticals and third parties."""
    out: list[Chunk] = []
    for offset, sentence in sentences(text):
        is_q = sentence.rstrip().endswith("?")
        asking = False
        pos = 0
        pieces: list[tuple[int, str]] = []
        for m in CONTRAST.finditer(sentence):
            if m.start() > pos:
                pieces.append((pos, sentence[pos : m.start()]))
            pos = max(pos, m.end())
            # keep the contrast word out, but a "not"/"no" after the comma belongs to the next chunk
            if m.group(0).strip().startswith(","):
                pos = m.start() + 1
        if pos < len(sentence):
            pieces.append((pos, sentence[pos:]))
        for start, piece in pieces:
            if not piece.strip():
                continue
            if is_q and QUESTION_START.search(piece):
                asking = True
            out.append(
                Chunk(
                    text=piece,
                    start=offset + start,
                    question=asking or (is_q and len(pieces) == 1 and bool(QUESTION_START.search(sentence))),
                    hypothetical=bool(HYPOTHETICAL.search(piece)),
                    others=bool(OTHERS.search(piece)),
                )
            )
    return out


def polarity(chunk: Chunk, start: int, end: int) -> Polarity:
    """Whether the phrase at [start, end) of ``chunk.text`` is asserted ("yes") or denied ("no")."""
    if chunk.question:
        return "question"
    if chunk.hypothetical or chunk.others:
        return "other"
    before = chunk.text[:start]
    after = chunk.text[end:]
    cue = None
    for m in NEG_CUE.finditer(before):
        cue = m
    if cue is not None:
        between = before[cue.end() :]
        # "no PCI", "not PCI or HIPAA", "nobody on the team has run GPUs", "don't need to fine-tune";
        # a re-assertion in between ("no problem, we do need HIPAA") ends the cue's reach.
        closed = re.search(r"^[^,]*\b(?:needed|required|apply|applies|matters?|relevant|an issue|a concern|care|"
                           r"worry|need|needs|have|has|use|do|does|yet|anymore)\b[^,]*,", between)
        if not closed and not re.search(r"\b(?:we|i) (?:do|also|still|definitely|really)\b|\bstill\b", between):
            return "yes" if cue.group(0) == "used to" and re.search(r"\bstill\b", after) else "no"
    following = POST_NEG.search(after)
    if following is not None:
        rest = after[following.end() :].strip()
        # "HIPAA no PCI": the "no" belongs to the next phrase, not this one
        pre_of_next = following.group(0).strip().endswith(("no", "not")) and bool(rest) and not re.match(
            r"(?:needed|required|relevant|applicable|an issue|a concern|in scope|really|at all|for us|here|"
            r"though|anymore|now|yet|important|necessary|a requirement|a factor|a thing|an option|allowed)\b",
            rest,
        )
        if not pre_of_next:
            return "no"
    if re.search(r"\bnot anymore\b|\bno longer\b", after):
        return "no"
    return "yes"


def find(text: str, pattern: re.Pattern[str]) -> list[tuple[Polarity, str, Chunk]]:
    """Every match of ``pattern`` in the message with its polarity: (polarity, matched words, chunk)."""
    found: list[tuple[Polarity, str, Chunk]] = []
    for chunk in chunks(text):
        for m in pattern.finditer(chunk.text):
            found.append((polarity(chunk, m.start(), m.end()), m.group(0), chunk))
    return found
