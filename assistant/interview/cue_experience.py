"""Experience, not a need: fine-tuning someone has done or knows ("two of our devs have done some LoRA", "she
fine-tuned BERT at her last job", "the team has experience with fine-tuning") is a skill of the team, not a
requirement of the workload sized; the advisor asks rather than store it. The same words tied to this workload
("we fine-tuned our model and must keep serving it", "we have fine-tuned adapters we need to host") stay a need.

Data and one small check; ``cues.votes`` and the adapter reader (``reading.categorical``) apply it.
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview import scope

# What one did or knows, right before the tuning word: "have done some", "did a bit of", "played with",
# "experience with", "a background in", "is familiar with".
_DONE = (
    r"(?:done|did|tried|played (?:around )?with|dabbled (?:in|with)|experimented with|tinkered with|messed (?:around )?"
    r"with|worked on|dealt with|had a go at|gotten into)"
)
EXPERIENCE_BEFORE = rx.compile(
    r"(?:\b(?:has|have|'ve|had|'d)\s+(?:(?:already|also|previously|even|both|all|each|once|actually)\s+)?"
    + _DONE
    + r"|\b"
    + _DONE
    + r"|\b(?:experience|experienced|background|expertise|skills?|know-?how|track record|familiar(?:ity)?|"
    r"comfortable|hands-on|proficient|fluent|versed|savvy|good)\s+(?:\w+\s+)?(?:with|in|of|doing|at|on|around)|"
    r"\b(?:experience|background|skills?|track record)\s*[:=-])\s+"
    r"(?:(?:some|a|an|bit|of|little|bits|lots|lot|plenty|quite|loads|several|few|couple|fair|good|great|amount|deal|"
    r"the|his|"
    r"her|their|our|my|basic|serious|real|previous|prior|past|much)\s+)*(?:[\w-]+\s+)?$"
)
# A tuning word in the present perfect ("one guy has fine-tuned small models", "Ana has trained LoRAs")
PERFECT_BEFORE = rx.compile(
    r"(?:\b(?:has|have|had)|'ve)\s+(?:(?:already|also|previously|even|both|all|each|once|actually|personally)\s+)?$"
)
PAST_FORM = rx.compile(r"(?:fine[- ]?tuned|finetuned|tuned|trained|retrained|distilled)\b")
# ... or said before what was tuned ("has trained LoRA adapters", "built a few QLoRAs")
VERB_BEFORE = rx.compile(
    r"\b(?:fine[- ]?tuned|finetuned|tuned|trained|retrained|distilled|built|made|created|done|did)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
# Owning the tuned thing rather than having tuned once: "we have fine-tuned adapters", "we've got tuned weights"
OWNED = rx.compile(r"\b(?:we|i)\s*(?:have|'ve|'ve got|have got)\s+$")
OWNED_THING = rx.compile(
    r"\s+(?:(?:our|own|some|a few|two|three|\d+)\s+)*(?:[\w.-]+\s+)?(?:adapters?|weights|checkpoints?|versions?|"
    r"variants?|models?)\b"
)
# Where or when the tuning was done, elsewhere than this workload: another job, school, a toy setup, years back.
ELSEWHERE_OR_BEFORE = rx.compile(
    r"\b(?:at|in) (?:his|her|their|my|our|a|one|the) (?:last|previous|old|former|prior|past|other) (?:jobs?|"
    r"compan(?:y|ies)|employers?|roles?|gigs?|places?|startups?|teams?|positions?|lives?)|in (?:previous|past|former|"
    r"prior|other) (?:jobs|roles|companies|positions|lives|projects)|"
    r"\b(?:back )?(?:at|in|during) (?:uni|university|school|college|grad school|the lab)\b|"
    r"\b(?:his|her|their|my|a) (?:phd|master'?s|masters|msc|bachelor'?s|thesis|dissertation|internship|studies)\b|"
    r"\b(?:on|in|with) (?:google )?(?:colab|kaggle|notebooks?|(?:his|her|their|my) (?:laptop|(?:gaming )?pc|home "
    r"rig|own time))\b|\b(?:side projects?|hackathons?|for fun|as a hobby|weekend projects?|a course|courses)\b|"
    r"\b(?:years? ago|months ago|a while (?:ago|back)|back then|back in|in the past|previously|last year|"
    r"in (?:19|20)\d\d|"
    r"(?:once|before)(?=\s*(?:$|[.,;!)]|\b(?:and|but|so|though|at|in|on|for|with)\b)))"
)
# The tuned model tied to this workload: it is served, must be hosted, will be tuned again, runs in production.
KEPT = rx.compile(
    r"\b(?:need|needs|must|have to|has to|got to|gotta|will|'ll|want|wants|plan|plans|planning|intend|going to|"
    r"gonna|should)\s+(?:\w+\s+){0,3}?(?:serv\w*|host\w*|deploy\w*|run|keep|load|use|fine[- ]?tun\w*|finetun\w*|tune|"
    r"train|retrain|adapt|do (?:it|that|the same))\b|"
    r"\b(?:keep|keeps|still|continue\w*)\s+(?:\w+\s+)?(?:serving|hosting|running|using|deploying|tuning|"
    r"fine[- ]?tuning|training)\b|"
    # ("in production" of GPUs run or not: "nobody has run GPUs in production" ties no tuning to this workload)
    r"\b(?:(?<!gpus )(?<!gpu )(?<!inference )in prod\w*|"
    r"deployed|live today|what we (?:run|serve|use|host)|(?:is|are) (?:now |currently )?(?:running|"
    r"serving|live)|we (?:run|serve|use|host) (?:it|them|that|those|this)|for this (?:project|workload|product|"
    r"use case|one|app)|this (?:workload|project|product|use case))\b"
)


def past_experience(sentence: str, start: int, end: int) -> bool:
    """Whether the tuning word at [start, end) of ``sentence`` tells what someone has done or knows, with nothing in
    the sentence tying it to the workload sized."""
    before = sentence[:start]
    done = EXPERIENCE_BEFORE.search(before) is not None
    verb = PAST_FORM.match(sentence, start)
    if verb is None:
        # the word is what was tuned ("has trained LoRA adapters"): the verb before it tells when
        verb = VERB_BEFORE.search(before)
    if not done and ELSEWHERE_OR_BEFORE.search(sentence):
        done = True  # "fine-tuning in previous roles", "she fine-tuned BERT at her last job"
    if not done and verb is not None:
        ahead = sentence[: verb.start()]
        owned = OWNED.search(ahead) is not None and OWNED_THING.match(sentence, verb.end()) is not None
        done = PERFECT_BEFORE.search(ahead) is not None and not owned
    return done and KEPT.search(sentence) is None


def past_experience_at(text: str, start: int, end: int) -> bool:
    """``past_experience`` of the tuning word at [start, end) of the whole (lower-cased) message."""
    for offset, sentence in scope.sentences(text):
        if offset <= start < offset + len(sentence):
            return past_experience(sentence, start - offset, end - offset)
    return False
