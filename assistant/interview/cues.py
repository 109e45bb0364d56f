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

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.cue_context import (
    AGREEMENT_IF,
    BOUNDARY_WORDS,
    COMPARED,
    CONDITIONAL,
    DENIED_INSIDE,
    ELSEWHERE,
    EVENT_ABOUT,
    FEATURE_AFTER,
    FIRM_PLAN,
    GENERIC_QUALITY,
    GENERIC_SHAPE,
    HERE_NONE,
    IF_IT_HOLDS,
    INTENT,
    LATER,
    MODAL,
    MODEL_SUBJECT,
    NO_PROBLEM,
    NONE_HAVE_DONE_IT,
    OFF_BATCH,
    OFF_DATA,
    OFF_MODEL,
    OFF_MODEL_AFTER,
    OFF_TRAFFIC,
    OFF_TRAFFIC_NEAR,
    OFFLINE_CUT_OFF,
    OFFLINE_PLACE,
    ON_BATCH,
    ON_DATA,
    ON_MODEL,
    ON_TRAFFIC,
    OPINION,
    OUR_AGENCY,
    PLACE_OF_DATA,
    PLATFORM,
    RUN_BY_OTHERS,
    TEAM_POST_NEG,
    THIS_ONE_DENIED,
    TOPIC_AFTER,
    TOY_GPUS,
    TUNE_NEEDED,
    TUNED_BEFORE,
    TUNED_OTHER,
    UNSURE_PLAN,
    VENDOR_ASPECT,
    not_started,
    unfamiliar,
)
from assistant.interview.cue_experience import past_experience_at
from assistant.interview.cue_guards import (
    BACK_DENIAL,
    FINE_WITHOUT_TARGET,
    FIRST_PART,
    NO_TARGET_AFTER,
    ON_MODEL_WORDS,
    STAFF_HOURS,
    Hit,
    _answered,
    _inside_other,
    _not_yet,
    _other_operator,
    _rejected_across,
    _sentence_of,
    small_open_only,
)
from assistant.interview.cue_table import ANSWER_CUES, CUES, FINE_IF, INDUSTRY, OPEN_REJECTED, RESEMBLANCE
from assistant.interview.deadline import QUIET_UNTIL
from assistant.interview.scope_parties import speaks_for_client

COMPILED: dict[tuple[str, str], re.Pattern[str]] = {}


# output said to stream back ("answers streaming back in under 700ms"): its start comes back, not the whole
# an open model named in a frontier cue ("tested mixtral: way behind on our support macros"): found wanting, whatever
# else the clause names
OPEN_MODEL_NAMED = rx.compile(r"\b(?:llama|mistral|mixtral|qwen|gemma|deepseek)")
STREAMED_BACK = rx.compile(r"\bstream\w*\s+(?:back|returned|delivered)\b")


def pattern(key: tuple[str, str]) -> re.Pattern[str]:
    if key not in COMPILED:
        COMPILED[key] = rx.compile(r"(?<![\w])(?:" + CUES[key] + r")")
    return COMPILED[key]


@cache
def _answer_pattern(key: tuple[str, str]) -> re.Pattern[str]:
    return rx.compile(r"(?<![\w])(?:" + ANSWER_CUES[key] + r")")


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


# a cost cut wished for with the bar kept ("would like to halve it without falling below frontier-model quality")
BAR_KEPT = rx.compile(
    r"\bwithout (?:\w+ )?(?:falling|dropping|going|slipping|sinking) (?:below|under)\b|\bwithout (?:losing|sacrificing|"
    r"compromising(?: on)?|giving up|downgrading)\b"
)


LIST_NEGATIONS = ("no", "neither", "nor", "without", "none", "nope", "nah")
SELF_CORRECTION = rx.compile(
    r"\b(?:sorry,? (?:no|not|i meant|i mean)|no wait|wait,? no|i meant|scratch that|correction:|make that|"
    r"my (?:bad|mistake)|i mean(?=,? (?:not|no|actually))|oh wait|(?<=[,.;!] )(?:well|oh|hmm|um|uh)(?=,)|"
    r"(?<=[,.;!] )(?:well|oh|hmm),? actually)\b"
)


# what follows a condition that makes it a permission: "..., that's totally fine", "... is no problem"
FINE_AFTER = rx.compile(
    r"[^.;!?]{0,20}?(?:that'?s|that is|it'?s|is|would be|'d be)\s+(?:totally |perfectly |completely |absolutely |"
    r"also )?(?:fine|ok|okay|no problem|acceptable|good|great)\b"
)
# knowledge given to a model by retrieval, not by tuning it
BY_RETRIEVAL = rx.compile(
    r"\b(?:rag|retrieval|retrieve\w*|knowledge base|vector (?:db|database|store|search)|embeddings?|in the prompt|"
    r"in context|context window|grounding)\b"
)
FINE_FIRST = rx.compile(FINE_IF + r"\b")
# a bare no before a cue that itself says no ("nah no compliance"): agreement, not a denial of it
AGREEING_NO = rx.compile(r"^\W*(?:no|nah|nope|naw)\W*$")
NEGATIVE_CUE = rx.compile(
    r"(?:no|none|nothing|zero|not|never|(?:does|do|did|is|are|wo|ca)n'?t|(?:does|do|did|is|are|will|can) not)\b"
)


def _polarity(key: tuple[str, str], chunk: scope.Chunk, start: int, end: int) -> scope.Polarity:
    """A cue's polarity; a team cue reads another project named beside it as the same team's work."""
    if key[0].startswith("team."):
        return scope.team_polarity(chunk, start, end, skill=key[0] not in ("team.kubernetes", "team.gpu_infra"))
    if (
        key == ("quality", "frontier")
        and _TRIAL_FOUND_WANTING.match(chunk.text, start)
        and not ELSEWHERE_JOB.search(chunk.text)
        and not rx.search(r"\b(?:(?:19|20)\d\d|years? ago|last year)\b", chunk.text)  # (an old trial may not stand)
    ):
        # "we gave Llama a proper go last quarter and the descriptions were rubbish": a trial is past by nature, what
        # it found stands (not one at a former employer)
        timeless = scope.PAST_TIME.sub(lambda m: " " * len(m.group(0)), chunk.text)
        return scope.polarity(replace(chunk, text=timeless, past=False), start, end)
    if AGREEING_NO.match(chunk.text[:start]) and NEGATIVE_CUE.match(chunk.text, start):
        # "nah no compliance", "nope, nothing regulated": the "no" before agrees with a cue that is itself a no
        return scope.polarity(replace(chunk, text=" " * start + chunk.text[start:]), start, end)
    return scope.polarity(chunk, start, end)


_TRIAL_FOUND_WANTING = rx.compile(OPEN_REJECTED)
ELSEWHERE_JOB = rx.compile(
    r"\b(?:last|previous|former|old|prior|other) (?:job|company|employer|startup|role|gig|place|workplace|firm|team)\b|"
    r"\bused to work\b|\bwhen i was at\b"
)


def _kind(key: tuple[str, str]) -> str:
    """What a cue is about: the fact, with the team's keys counted as one kind."""
    return "team" if key[0].startswith("team.") else key[0]


# a vendor's training on the data, named right before the cue (what a data policy forbids), not the team's own
PROVIDER_TRAINS = rx.compile(
    r"\b(?:providers?|vendors?|openai|anthropic|google|microsoft|they|them|third[- ]part(?:y|ies))\s+(?:from\s+|"
    r"not\s+to\s+|never\s+|won'?t\s+|(?:don|doesn|didn)'?t\s+|(?:do|does|did) not\s+|will not\s+|can'?t\s+|cannot\s+|"
    r"may not\s+|must not\s+)?$"
)
# A verb of its own after the comma: the item is a clause, out of reach of a "no" that heads a list before it
OWN_VERB = rx.compile(r"\b(?:must|has to|have to|needs? to|should|is|are|was|were|has|have|will)\b")


def _list_polarity(
    key: tuple[str, str], chunk: scope.Chunk, start: int, end: int, pol: scope.Polarity
) -> scope.Polarity:
    """A "no" carries over a comma list only to items of the same kind.

    "no PCI, HIPAA or GDPR" denies all three; "no finetuning, soc2, steady load" denies fine-tuning only.
    """
    if pol == "yes" and key[0] == "compliance":
        return "no" if _denied_after_list(key, chunk, end) else pol
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
    cut = before.rindex(",") + 1
    clause = OWN_VERB.search(chunk.text[cut:end]) is not None  # "no ML team, quality must be top": a new clause
    if not kinds and not clause and not rx.fullmatch(r"\s*\w+\s*", first):
        return pol  # "no fancy stuff, GDPR or HIPAA" is unclear; "no FT, mid model" is a new item
    rest = replace(chunk, text=chunk.text[cut:], start=chunk.start + cut)
    return _polarity(key, rest, start - cut, end - cut)


# An obligation right before a team cue ("we have to host the model ourselves", "must run it in-house"): a
# requirement on the deployment, which says nothing of what the team has done.
OBLIGED = rx.compile(
    r"\b(?:(?:have|has|need|needs|got|ought) to|must|would (?:have|need) to|will (?:have|need) to|required to|"
    r"forced to|obliged to)\s+(?:\w+\s+)?$"
)
# The joint between two items of one list: "PCI and HIPAA", "PCI, HIPAA", "PCI or HIPAA", "PCI/HIPAA"
LIST_JOINT = rx.compile(r"\s*(?:,\s*(?:and\s+|or\s+|nor\s+)?|\s+(?:and|or|nor)\s+|\s*[&/+]\s*)(?:the\s+)?")
# A denial after a list that speaks of all its items ("PCI and HIPAA do not apply", "SOX, PCI aren't relevant"); a
# singular verb ("PCI and HIPAA is not required") speaks of the last item only
PLURAL_DENIAL = rx.compile(
    r"\s*[:=-]?\s*(?:(?:both\s+|either\s+)?(?:do not|don'?t|dont|are not|r not|aren'?t|arent|never|neither|none)\b|"
    r"(?:are\s+)?(?:n/a|not applicable|not relevant|irrelevant|out of scope|not in scope)(?!\w)|"
    # "HIPAA and PCI have nothing to do with us", "SOX, PCI: nothing to do with what we do"
    r"(?:both\s+)?(?:have\s+)?(?:nothing to do with|no bearing|no relevance)\b)"
)

EITHER_DENIAL = rx.compile(
    r"\s*[:=-]?\s*(?:is not|isn'?t|isnt|does not|doesn'?t|doesnt|was not|wasn'?t)\s+(?:\w+\s+)?(?:apply|applies|"
    r"relevant|applicable|needed|required|involved|an issue|a concern|in scope|a thing|related|a factor)\b"
)


def _denied_after_list(key: tuple[str, str], chunk: scope.Chunk, end: int) -> bool:
    """Whether the item at ``end`` of ``chunk.text`` heads a list of its kind that a plural verb then denies."""
    pos = end
    alternatives = False  # "PIPA or GDPR is not relevant": a singular verb after "or" speaks of each item
    for _ in range(6):
        joint = LIST_JOINT.match(chunk.text, pos)
        if joint is None:
            return False
        nxt = None
        for k in CUES:
            if _kind(k) != _kind(key):
                continue
            m = pattern(k).match(chunk.text, joint.end())
            if m is not None and m.end() > joint.end() and (nxt is None or m.end() > nxt):
                nxt = m.end()
        if nxt is None:
            return False
        alternatives = alternatives or bool(rx.search(r"\b(?:or|nor)\b|/", joint.group(0)))
        if PLURAL_DENIAL.match(chunk.text, nxt) or (alternatives and EITHER_DENIAL.match(chunk.text, nxt)):
            return True
        pos = nxt
    return False


# GPUs as what stays somewhere, and the data named anywhere in the clause
GPUS_KEPT = rx.compile(r"\b(?:gpus?|cards|a100s?|h100s?|h200s?|l40s?|l4s?|a10g?s?|4090s?|mi300x?s?)\b[^.;]{0,60}$")
DATA_WORD = rx.compile(
    r"\b(?:data|records?|documents?|docs|files|information|info|pii|phi|prompts?|texts?|emails?|claims?|notes)\b"
)


# a report or certificate every vendor must hold ("vendors must provide a current SOC 2 Type II report", "we need a
# vendor with a SOC 2 report"): the workload's rule, not a vendor's property told
VENDOR_MUST_HOLD = rx.compile(
    r"\b(?:vendors?|providers?|suppliers?|processors?)\s+(?:must|need to|needs to|have to|has to|shall|are required to|"
    r"is required to)\s+(?:provide|have|hold|show|present|share|be|maintain)\s+(?:an?\s+|their\s+|its\s+|a current\s+|"
    r"current\s+|valid\s+)*$|\b(?:need|needs|require|requires|want|only)\s+(?:an?\s+)?(?:vendors?|providers?)\s+with\s+"
    r"(?:an?\s+)?(?:current\s+|valid\s+)?$"
)


# servers named as what someone tends ("Priya and Tom keep our servers running")
TENDED = rx.compile(
    r"\b(?:keeps?|keeping|runs?|running|maintains?|maintaining|manages?|managing|patch(?:es|ing)?|looks? after|"
    r"looking after|babysits?|babysitting|takes? care of|taking care of|administers?|administering|upgrades?|"
    r"upgrading)\s+(?:all\s+)?$"
)
# a plan raised, then left undecided in the same sentence ("fine tuning has come up in a couple of meetings but there's
# no decision on it")
NOT_DECIDED_AFTER = rx.compile(
    r"[^.;!?]{0,80}?\b(?:but|though|although|yet|and)\s+(?:(?:nobody|no one|noone)(?:'s|\s+has|\s+is)\s+(?:really\s+|"
    r"actually\s+)?(?:committed|decided)|(?:there'?s|there\s+is|there'?s been|there\s+has\s+been)\s+no\s+(?:decision|"
    r"commitment))\b"
    # data offered in case it is useful ("For fine-tuning we have 200 thousand emails already classified, if it helps")
    r"|[^.;!?]{0,120}?,?\s*\bif (?:it|that|this) (?:helps|would help|is useful|is of use)\b"
)
# a word for the peak shortly before a clock span ("peaks at lunch and 7-9 pm", "busiest 6-8pm")
PEAK_NEAR_BEFORE = rx.compile(r"\b(?:peak\w*|busiest|rush(?: hours?)?|spikes?)\b[^.;!?\d]{0,30}$")
# a trial said to have failed, and reasons other than the answers' quality
TRIAL_FAILED = rx.compile(
    r"(?:experiment|trial|pilot|test|poc)s?\s+(?:failed|flopped|bombed|didn'?t work|did not work|was a)"
)
NOT_QUALITY_REASON = rx.compile(
    r"\b(?:because of|due to|since|as|ran out of|over)\s+(?:the\s+|a\s+|our\s+)?(?:\w+\s+)?(?:gpus?|budget|costs?|"
    r"price|"
    r"pricing|latency|speed|shortages?|capacity|infra\w*|ops|hardware|staff\w*|time|money|funding)\b"
)
# the tune made then is in use today ("last year our team made LoRA fine-tuning ..., and now it is used in the service
# department"): a fine-tuned model served, not only a skill
TUNE_IN_USE = rx.compile(
    r"[^.;!?]{0,120}?\b(?:(?:now|today|currently|since then)\b[^.;!?]{0,20}?\b(?:it|this|that|the model|they)?\s*"
    r"(?:is|are|'s)"
    r"\s+(?:\w+\s+)?(?:used|in (?:use|production|prod)|live|running|deployed|serving)|(?:we|they) (?:still |now )?"
    r"(?:use|run|serve) it (?:in production|in prod|today|now|daily|every day))\b"
)
# fine-tuning looked at and turned down ("decided against it", "binned the idea")
DECIDED_AGAINST = rx.compile(
    r"\b(?:decided against(?: it| that| fine[- ]?tuning)?|ruled (?:it|that) out|(?:binned|shelved|dropped|scrapped|"
    r"killed|passed on|said no to|rejected|abandoned|gave up on) (?:it|the idea|that idea|that|fine[- ]?tuning)|"
    # "we discussed about fine-tuning and concluded we will not do it"
    r"(?:decided|concluded|agreed|chose|settled on)(?: that)? (?:we (?:will not|won'?t|would not|wouldn'?t|shall not) "
    r"(?:do|pursue|go (?:with|for)|need) (?:it|that|this)|not to (?:do|pursue|go (?:with|for)) (?:it|that|this)))\b"
)
# a fine-tune made and shared by others ("a community fine-tune off HF", "a fine-tune someone posted on Hugging Face")
SOMEONE_ELSES_TUNE = rx.compile(
    r"\b(?:community|someone(?:'s| else'?s| posted)|off (?:hf|hugging ?face)|on (?:hf|hugging ?face)|"
    r"from (?:hf|hugging ?face)|not ours|third[- ]party|a vendor'?s)\b"
)
# a place for the data wished for, not required ("we'd just prefer to keep things in our own AWS account")
PREFERRED = rx.compile(
    r"\b(?:(?:would|'d) (?:just |really |much |still )?(?:prefer|rather|like)|prefer(?:s|red)? to|nice to have|"
    r"our preference|(?:would|'d) love)\b"
)
REQUIRED = rx.compile(r"\b(?:must|have to|has to|required|requires?|mandatory|need to|needs to|policy|rules?)\b")
POST_NEG_NEAR = rx.compile(r"\s*(?:is|are|was|were)?\s*(?:not|no|never)\b")
# a regime said not to reach this workload ("so PCI shouldn't matter for this one", "so that doesn't touch us",
# "chatbot's out of scope", "PCI covers our payments stack only")
SCOPED_OUT = rx.compile(
    r"\b(?:out of scope|not in scope|(?:doesn'?t|does not|don'?t|do not|won'?t|shouldn'?t|should not|wouldn'?t|"
    r"would not) (?:really |even )?(?:touch|apply(?: to)?|affect|concern|cover|matter|impact|come into play)\b"
    r"(?:[^.;!?]{0,25}?\b(?:us|this|here|the bot|the chatbot)\b)?|(?:only|just) (?:covers?|applies to|is for) "
    r"(?:our |the )?(?:payments?|checkout|billing|card|other)|covers? (?:our |the )?(?:payments?|checkout|billing|card)"
    r"[\w ]{0,20}? only)"
)


def _scoped_out(text: str, hits: list[Hit]) -> list[Hit]:
    """A regime said, then said not to reach this workload: the regime named in the clause that says so (else the
    one said last before it) is no regime of this workload."""
    found = list(SCOPED_OUT.finditer(text))
    if not found:
        return hits
    out = list(hits)
    for so in found:
        start = max(text.rfind(x, 0, so.start()) for x in (",", ";", ".", " but ")) + 1
        regimes = [h for h in out if h[0][0] == "compliance" and h[0][1] not in ("none", "other") and h[1] < so.start()]
        named = {h[0] for h in regimes if h[1] >= start}
        if not named and regimes:
            named = {max(regimes, key=lambda h: h[1])[0]}
        out = [(k, p, "other" if k in named and pol == "yes" else pol, w) for k, p, pol, w in out]
    return out


# the system sized set apart from one whose traffic was just described ("Our main website gets slammed on Black
# Friday, but the assistant we're building is for the warehouse staff, so no idea what its traffic will look like")
THIS_SYSTEM_UNKNOWN = rx.compile(
    r"\b(?:but|whereas|while|however)\b[^.;]{0,20}?\b(?:the|this|our)\s+(?:[\w-]+\s+){0,2}?(?:assistant|bot|chatbot|"
    r"tool|feature|app|product|thing|one|system|service)\b[^.]{0,80}?\b(?:different|no idea|don'?t (?:really )?know|"
    r"not sure|unknown|haven'?t (?:measured|analy[sz]ed|looked|checked))"
)


def _another_systems_traffic(text: str, hits: list[Hit]) -> list[Hit]:
    """Traffic said of another system, the one sized then said to be different or unknown: no shape of its own."""
    found = THIS_SYSTEM_UNKNOWN.search(text)
    if found is None:
        return hits
    return [
        (k, p, "other" if k[0] == "traffic_shape" and p < found.start() and pol == "yes" else pol, w)
        for k, p, pol, w in hits
    ]


# a batch API looked at and ruled out later in the sentence ("we looked at OpenAI's Batch API, but our users need
# answers within seconds, so that's out")
BATCH_API_OUT = rx.compile(
    r"batch api[^.;!?]{0,80}\b(?:that'?s out|not (?:possible|an option|for us)|won'?t work|no good|ruled out|"
    r"isn'?t an option|doesn'?t work|is out)\b"
)


EVEN_IF = rx.compile(r"\beven if\b")
# cues read over the whole sentence as well ("Only in Europe, the data.")
ACROSS_KEYS = (
    ("batch_ok", "true"),
    ("batch_ok", "false"),
    ("compliance", "data_residency"),
    ("team.gpu_infra", "true"),
)


def _batch_across(text: str, cut: list[scope.Chunk], hits: list[Hit]) -> list[Hit]:
    """Batch and residency cues read over the sentence as well as within each clause: a wait said acceptable in
    the next clause ("even if it takes one full day to return, it is okay for us"), a place fronted ("Only in
    Europe, the data.") stand where every clause they span is stated; a batch API ruled out later in the sentence
    is no batch said."""
    out = []
    for k, pos, pol, w in hits:
        if k == ("batch_ok", "true") and pol == "yes" and BATCH_API_OUT.match(text, pos):
            pol = "other"
        out.append((k, pos, pol, w))
    for key in ACROSS_KEYS:
        pat = pattern(key)
        for offset, sentence in scope.sentences(text):
            for m in pat.finditer(sentence):
                start, end = offset + m.start(), offset + m.end()
                spanned = [c for c in cut if c.start < end and start < c.start + len(c.text)]
                if len(spanned) < 2 or any(k == key and start <= p < end for k, p, _, _ in out):
                    continue
                if rx.search(r"\b(?:not|no|never|nothing|none|without|neither|nor)\b|n't\b", m.group(0)):
                    continue  # "2 A100s but nothing in production": a later clause's denial, read within it
                first = spanned[0]
                pols = [scope.polarity(first, start - first.start, len(first.text))] + [
                    scope.polarity(c, 0, min(len(c.text), end - c.start)) for c in spanned[1:]
                ]
                if pols[0] == "other" and EVEN_IF.search(first.text) and all(p == "yes" for p in pols[1:]):
                    pols[0] = "yes"  # "even if it takes one full day, it is okay": the wait is accepted
                out.append((key, start, "yes" if all(p == "yes" for p in pols) else "other", m.group(0)))
    return out


# the place a time is measured from, named right before it ("measured from our server in Tokyo")
MEASURED_FROM = rx.compile(
    r"\b(?:measured|timed|tested|benchmarked|clocked|pinged|called|calling|seen|observed)\s+(?:\w+\s+)?(?:from|at|on)\s+"
    r"(?:the\s+)?$"
)


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
                if key[0] == "compliance" and RESEMBLANCE.match(chunk.text, m.end()):
                    pol = "other"  # "HIPAA-like rules": a likeness, neither stated nor denied
                if (
                    key == ("compliance", "soc2")
                    and pol == "other"
                    and VENDOR_MUST_HOLD.search(chunk.text[: m.start()])
                ):
                    pol = "yes"  # "vendors must provide a current SOC 2 Type II report": our rule on who may get it
                if (
                    key[0].startswith("team.")
                    and pol == "yes"
                    and (
                        CONDITIONAL.search(chunk.text)
                        or _other_operator(chunk.text[: m.start()], for_client)
                        or (
                            key[0] == "team.gpu_infra"
                            and MODEL_SUBJECT.search(chunk.text[: m.start()])
                            and not rx.search(r"\b(?:prod|production|already|today|currently)\b", chunk.text)
                            and not (
                                rx.search(r"\bour\b", m.group(0))  # "inference runs on our own A10Gs"
                                and not MODAL.search(chunk.text)
                            )
                        )
                    )
                ):
                    pol = "other"  # "we'd have to run the GPUs ourselves", "vendors run the GPUs for us"
                if key[0].startswith("team.") and pol == "yes" and OBLIGED.search(chunk.text[: m.start()]):
                    pol = "other"  # "we have to host the model ourselves": a requirement, not what the team has done
                if key[0].startswith("team.") and pol == "yes" and OPINION.match(chunk.text[m.end() :]):
                    pol = "other"  # "managing GPUs sounds like a nightmare": an opinion, not what the team does
                if key[0].startswith("team.") and pol == "yes" and RUN_BY_OTHERS.match(chunk.text[m.end() :]):
                    pol = "other"  # "a managed k8s cluster run by the hosting provider": theirs to run
                if key[0].startswith("team.") and pol == "yes" and not_started(text, chunk.start + m.start()):
                    pol = "other"  # "the MLOps engineer we hired does not start until January": not here yet
                if key[0].startswith("team.") and pol == "yes" and TOPIC_AFTER.match(chunk.text[m.end() :]):
                    pol = "other"  # "MLOps best practices matter to us", "the MLOps consultant we hired"
                if key[0].startswith("team.") and pol == "no" and NO_PROBLEM.match(chunk.text[m.end() :]):
                    pol = "yes"  # "k8s isn't a problem for us": the team handles it
                if key[0] == "team.gpu_infra" and pol in ("yes", "other") and TOY_GPUS.match(chunk.text[m.end() :]):
                    pol = "no"  # "GPU experience limited to notebooks": never GPUs in production
                if (
                    key[0] == "team.gpu_infra"
                    and pol in ("yes", "other")
                    and NONE_HAVE_DONE_IT.match(text, chunk.start + m.end())
                    and rx.search(r"\b(?:could|can|able to|capable of|would know how to)\b", chunk.text[: m.start()])
                ):
                    pol = "no"  # "people who could run GPUs, three at most, but none have done it in production"
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
                if (
                    key == ("data_boundary", "on_prem")
                    and pol == "yes"
                    and GPUS_KEPT.search(chunk.text[: m.start() + 12])
                    and not DATA_WORD.search(chunk.text)
                ):
                    pol = "other"  # "4 A100s which stay unused in our server room": where the GPUs are, not the data
                if (
                    key == ("latency_kind", "total")
                    and m.group(0).endswith("thing")
                    and rx.search(r"[$€£]|\b(?:budget|opex|capex|cost\w*|spend\w*|pay\w*|paid)\b", chunk.text)
                ):
                    pol = "other"  # "~€45k/month opex for the whole thing": the whole project, not the whole answer
                if key == ("quality", "frontier") and pol == "yes" and small_open_only(m.group(0)):
                    pol = "other"  # "tried mistral 7b on our stuff, total garbage": only small models are ruled out
                if (
                    key == ("quality", "open_weight_ok")
                    and pol == "other"
                    and chunk.hypothetical
                    and not (chunk.question or chunk.others)
                    and IF_IT_HOLDS.match(chunk.text[m.end() :])
                    and not scope.HYPOTHETICAL.search(chunk.text[: m.start()])
                ):
                    pol = "yes"  # "an open model is acceptable if it is correct in Arabic": accepted, with its bar
                if (
                    key == ("batch_ok", "true")
                    and pol == "other"
                    and chunk.hypothetical
                    and not (chunk.question or chunk.others)
                    and (
                        FINE_AFTER.match(chunk.text[m.end() :])
                        # "it's fine if it takes a couple of hours": the permission is the cue's own first word
                        or (
                            FINE_FIRST.match(m.group(0))
                            and not rx.search(r"\b(?:not|n't|never|hardly)\b[^,]{0,12}$", chunk.text[: m.start()])
                        )
                    )
                ):
                    pol = "yes"  # "if the computer works on them overnight that's totally fine": allowed, not supposed
                if (
                    key == ("data_boundary", "on_prem")
                    and pol == "yes"
                    and TENDED.search(chunk.text[: m.start()])
                    and not rx.search(
                        r"\b(?:must|only|has to|have to|needs? to|can'?t|cannot|never|not allowed|stays?|remains?|"
                        r"leaves?|policy|rule)\b",
                        _sentence_of(text, chunk.start + m.start()),
                    )
                ):
                    pol = "other"  # "Priya and Tom keep our servers running": who tends them, not where data may go
                if (
                    key[0] == "data_boundary"
                    and key[1] in ("cloud_tenant", "on_prem")
                    and pol == "yes"
                    and PREFERRED.search(chunk.text[: m.start()])
                    and not REQUIRED.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "other"  # "we'd just prefer to keep things in our own AWS account": a wish, no rule
                if key == ("data_boundary", "any_vendor") and pol == "yes" and DENIED_INSIDE.search(m.group(0)):
                    pol = "no"  # "public endpoints are not allowed": the permission's own words deny it
                if key[0] == "data_boundary" and pol == "yes" and MEASURED_FROM.search(chunk.text[: m.start()]):
                    pol = "other"  # "first token within 150 ms, measured from our server in Tokyo": where it is timed
                if (
                    key == ("data_boundary", "cloud_tenant")
                    and PLATFORM.fullmatch(m.group(0))
                    and not BOUNDARY_WORDS.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "other"  # "piloting GPT-4o through Azure OpenAI": a vendor used, no boundary said
                if key == ("data_boundary", "any_vendor") and (
                    VENDOR_ASPECT.match(chunk.text[m.end() :])
                    # ("whatever API is cheapest" names the price as the only test: any vendor will do)
                    or (
                        OFF_DATA.search(chunk.text)
                        and not ON_DATA.search(chunk.text)
                        and not rx.match(r"(?:whatever|whichever)\b", m.group(0))
                    )
                    # "whichever vendor is cheapest among those that can deploy on-prem": cheapest within a bound
                    or (
                        rx.match(r"(?:whatever|whichever)\b", m.group(0)) is not None
                        and rx.search(r"on[- ]?prem|tenant|vpc|\bour own\b|in[- ]house|self[- ]host", chunk.text)
                    )
                ):
                    pol = "other"  # "fine with the API latency", "OpenAI is fine for quality": not where data may go
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and (
                        OPINION.match(chunk.text[m.end() :])
                        or rx.search(r"\b(?:can|could|know how to|knows how to|able to)\s*$", chunk.text[: m.start()])
                    )
                ):
                    pol = "other"  # "fine-tuning sounds expensive": an opinion about it, not a plan
                if (
                    key[0] == "latency_kind"
                    and pol == "yes"
                    and FINE_WITHOUT_TARGET.match(chunk.text[m.end() :])
                    and not rx.search(r"\d", _sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "other"  # "after that it is streaming so total time is ok": no target on that kind
                if key[0] == "latency_kind" and pol == "yes" and NO_TARGET_AFTER.match(chunk.text[m.end() :]):
                    pol = "other"  # "full answer can take longer": no target on that one, the other kind is meant
                if (
                    key == ("latency_kind", "total")
                    and rx.match(r"(?:back|returned|delivered)\b", m.group(0))
                    and FIRST_PART.search(chunk.text[: m.start()])
                ) or (
                    key == ("latency_kind", "total")
                    and STREAMED_BACK.search(chunk.text[max(0, m.start() - 12) : m.end()])
                ):
                    # "first chunk back within 500ms", "answers streaming back in 700ms": the start is what comes back
                    pol = "other"
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
                    # ("~$900/mo, flat 24/7": the traffic's, the two words of it together)
                    and not rx.search(r"\bflat\s*,?\s*24\s*/\s*7\b|\b24\s*/\s*7\s*,?\s*(?:and\s+)?flat\b", chunk.text)
                ):
                    pol = "other"  # "latency spikes", "our budget is predictable", "24/7 on-call": not the traffic
                if (
                    key[0] == "traffic_shape"
                    and pol == "no"
                    and not scope.NEG_CUE.search(chunk.text[: m.start()])
                    and not POST_NEG_NEAR.match(chunk.text[m.end() :])
                    and rx.search(
                        r"\b(?:dropped|drops?|dies|died|falls?|fell)\s+(?:off|drastically|sharply|a lot|right down|"
                        r"to)\b",
                        chunk.text,
                    )
                ):
                    pol = "yes"  # "during office hours, by evening it has dropped drastically": the load falls
                if (
                    key[0] == "traffic_shape"
                    and pol == "yes"
                    and rx.search(r"\b(?:would|could|might)\s+(?:\w+\s+)?$", chunk.text[: m.start()])
                ):
                    pol = "other"  # "a Super Bowl ad that would spike us like crazy": a shape imagined
                if (
                    key == ("traffic_shape", "business_hours")
                    and rx.search(r"\b(?:opening|office|business) hours\b", m.group(0))
                    and rx.search(
                        r"(?:\(|\b(?:about|like|such as|e\.g\.|faq|questions?|asking|password resets?)\b)[^.;]{0,30}$|"
                        # the last of a list of topics ("bin days, council tax due dates and opening hours")
                        r"\b(?:calls|queries|enquiries|inquiries|requests|messages|tickets|questions)\b[^.;]{0,20}"
                        r",[^.;]{0,50}\b(?:and|or)\s+$",
                        text[max(0, chunk.start + m.start() - 80) : chunk.start + m.start()],
                    )
                    and not ON_TRAFFIC.search(text[max(0, chunk.start + m.start() - 40) : chunk.start + m.start()])
                    and not rx.match(r"\s*only\b", chunk.text[m.end() :])
                ):
                    pol = "other"  # "simple questions (opening hours, ferry times)": what is asked, not when
                if (
                    key == ("traffic_shape", "business_hours")
                    and rx.fullmatch(r"in (?:the )?office", m.group(0))
                    and PLACE_OF_DATA.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "other"  # "the data must stay on our own computers in the office": where, not when
                if (
                    key == ("batch_ok", "true")
                    and "offline" in m.group(0)
                    and (
                        OFFLINE_PLACE.search(chunk.text[max(0, m.start() - 40) : m.start()])
                        or (
                            m.group(0).endswith("offline")  # bare, not "offline processing"
                            and OFFLINE_CUT_OFF.search(_sentence_of(text, chunk.start + m.start())) is not None
                        )
                    )
                ):
                    pol = "other"  # "the plant network is offline": cut off from the internet, not answers that wait
                if key[0] == "batch_ok" and (
                    (
                        OFF_BATCH.search(_sentence_of(text, chunk.start + m.start()))
                        and not ON_BATCH.search(_sentence_of(text, chunk.start + m.start()))
                    )
                    or rx.search(r"\b(?:under the hood|technically|internally)\b", chunk.text)
                ):
                    pol = "other"  # "nightly backups", "async under the hood": not when answers are needed
                if key[0] == "compliance" and pol == "yes" and COMPARED.search(chunk.text[: m.start()]):
                    pol = "other"  # "KVKK, similar to GDPR": a regime named for comparison does not apply
                if key == ("fine_tuning", "true") and rx.match(
                    r"\s+by\s+(?!us\b|me\b|ourselves|our\b|my\b|the team\b|in[- ]house)", chunk.text[m.end() :]
                ):
                    pol = "other"  # "the model was fine-tuned by Meta for chat": someone else's tuning
                if key == ("fine_tuning", "true") and PROVIDER_TRAINS.search(
                    chunk.text[max(0, m.start() - 60) : m.start()]
                ):
                    pol = "other"  # "policy prohibits cloud providers from training on our data": theirs, not a plan
                if (
                    key == ("fine_tuning", "true")
                    and pol in ("yes", "other")
                    and not (chunk.question or chunk.others)
                    and DECIDED_AGAINST.search(chunk.text[m.end() :])
                ):
                    pol = "no"  # "we looked at fine-tuning seriously and decided against it", "... and binned the idea"
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and SOMEONE_ELSES_TUNE.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "other"  # "it's a community fine-tune of Mistral off HF, not ours"
                if (
                    key == ("fine_tuning", "true")
                    and pol in ("other", "no")
                    and not (chunk.question or chunk.hypothetical or chunk.others)
                    and rx.search(r"\balready\b[^.;]{0,40}$", chunk.text[: m.start()])
                    and not rx.search(r"\b(?:not|never|no)\b|n't\b", chunk.text[: m.start()])
                    and not SOMEONE_ELSES_TUNE.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "yes"  # "we already serve a fine-tuned Mistral ... we bought last year": in use today
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and "fine_tuning" not in expecting
                    and (
                        TUNED_OTHER.match(chunk.text[m.end() :])
                        or not (
                            OUR_AGENCY.search(_sentence_of(text, chunk.start + m.start()))
                            or TUNE_NEEDED.search(chunk.text)
                            # "hipaa, lora on notes", "- ~30 LoRA adapters (one per customer)"
                            or rx.search(
                                r"(?:^|[,;:+/])\W*(?:(?:about|around|~)\s*)?(?:\d+\s*)?$", chunk.text[: m.start()]
                            )
                        )
                    )
                ):
                    pol = "other"  # "fine-tuning is a buzzword", "the vendor offers fine-tuning": nobody here tunes
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and (
                        rx.match(r"\s+(?:exists|is a thing|is real)\b", chunk.text[m.end() :])
                        or rx.search(
                            r"\b(?:know|knew|heard|read|learned|learnt)\s+(?:about\s+|of\s+|that\s+)?$",
                            chunk.text[: m.start()],
                        )
                    )
                ):
                    pol = "other"  # "I know fine-tuning exists", "we read about fine-tuning": knowledge, not a plan
                if key[0] == "fine_tuning" and pol == "yes" and LATER.search(chunk.text):
                    pol = "other"  # "fine-tuning is on the table for later": not part of what is sized
                if (
                    key == ("fine_tuning", "true")
                    and pol == "other"
                    and not (chunk.question or chunk.others)
                    and FIRM_PLAN.search(chunk.text[: m.start()])
                    and not UNSURE_PLAN.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "yes"  # "we'll fine-tune eventually": a plan, and the advice has to allow for it
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and rx.match(r"(?:we\s+)?(?:fine[- ]?tuned|finetuned|tuned|trained)\b", m.group(0))
                    and THIS_ONE_DENIED.search(text, chunk.start + m.end())
                    and (
                        TUNED_BEFORE.match(chunk.text[m.end() :])
                        or rx.match(r"\s*(?:a|an|some|one)\b", chunk.text[m.end() :])
                    )
                    and not rx.search(r"\b(?:now|today|currently|in prod\w*|serv\w+|deployed|running)\b", chunk.text)
                ):
                    pol = "other"  # "we fine-tuned a model before, not this one": past experience, not this workload
                if (
                    key == ("fine_tuning", "true")
                    and pol == "no"
                    and rx.search(
                        r"\b(?:never|not yet|haven'?t|have not|didn'?t|did not)\s+(?:\w+\s+){0,2}$",
                        chunk.text[: m.start()],
                    )
                    and past_experience_at(text, chunk.start + m.start(), chunk.start + m.end())
                ):
                    pol = "other"  # "we never did a fine-tuning": no experience of it, nothing said of the need
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and past_experience_at(text, chunk.start + m.start(), chunk.start + m.end())
                    and not rx.search(
                        r"\balready (?:serve|use|run|have|deploy|host)\w*\b[^.;]{0,30}$", chunk.text[: m.start()]
                    )
                    and not TUNE_IN_USE.match(text, chunk.start + m.end(), chunk.start + m.end() + 160)
                ):
                    pol = "other"  # "two of our devs have done some LoRA": a skill of the team, not a need
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and rx.match(r"(?:teach|adapt)\w*\b", m.group(0))
                    and BY_RETRIEVAL.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "other"  # "we'll teach it our catalog, probably RAG": knowledge given, no weights tuned
                if pol == "yes" and EVENT_ABOUT.search(chunk.text[: m.start()]):
                    pol = "other"  # "we went to a workshop on fine-tuning": the subject of a talk, not a plan
                if (
                    key[0] in ("batch_ok", "traffic_shape")
                    and pol == "yes"
                    and key[0] not in expecting
                    and FEATURE_AFTER.match(chunk.text[m.end() :])
                    # (the product itself said live: "it's an interactive chat widget")
                    and not (
                        key == ("batch_ok", "false")
                        and rx.search(r"\b(?:it'?s|it is|this is|we'?re)\s+an?\s+$", chunk.text[: m.start()])
                    )
                ):
                    pol = "other"  # "we're adding a nightly report feature": one feature, not when answers are needed
                if (
                    key == ("batch_ok", "true")
                    and "morning" in m.group(0)
                    and QUIET_UNTIL.search(chunk.text[max(0, m.start() - 40) : m.start()])
                ):
                    pol = "other"  # "the graphs basically flatline until the next morning": a quiet night, no wait
                if (
                    key == ("traffic_shape", "business_hours")
                    and rx.match(r"\d", m.group(0))
                    and PEAK_NEAR_BEFORE.search(chunk.text[max(0, m.start() - 40) : m.start()])
                ):
                    pol = "other"  # "Peaks at lunch and 7-9 pm": the peak's hours, not the traffic's window
                if (
                    key == ("fine_tuning", "true")
                    and pol == "yes"
                    and NOT_DECIDED_AFTER.match(text, chunk.start + m.end())
                ):
                    pol = "other"  # "we've kicked around fine-tuning, but nobody's committed to anything": raised only
                if (
                    key == ("quality", "frontier")
                    and TRIAL_FAILED.search(m.group(0))
                    and NOT_QUALITY_REASON.search(_sentence_of(text, chunk.start + m.start()))
                ):
                    pol = "other"  # "the open source pilot failed because of GPU shortages": not the answers' quality
                generic = (
                    GENERIC_QUALITY.search(m.group(0)) is not None
                    and "quality" not in expecting
                    # "We ran Llama 3.1 70B side by side with GPT-4o ... That's good enough for us": the models' trial
                    and not (
                        rx.match(r"\s*(?:that'?s|that is|this is|it'?s|it is)\b", chunk.text)
                        and OPEN_MODEL_NAMED.search(text[max(0, chunk.start - 200) : chunk.start])
                    )
                )
                # a cue naming a model said of something else right beside it ("latency with gpt-4o-mini is good
                # enough"): the words around it, not the model's own name, decide
                near = chunk.text[max(0, m.start() - 30) : m.start()] + " " + chunk.text[m.end() : m.end() + 30]
                found_wanting = key == ("quality", "frontier") and OPEN_MODEL_NAMED.search(m.group(0)) is not None
                if (
                    key[0] == "quality"
                    and not found_wanting
                    and (
                        ((OFF_MODEL.search(chunk.text) or generic) and not ON_MODEL.search(chunk.text))
                        or (
                            OFF_MODEL.search(near)
                            and not ON_MODEL.search(near)
                            and not ON_MODEL_WORDS.search(m.group(0))
                        )
                        or OFF_MODEL_AFTER.match(chunk.text[m.end() :])
                    )
                ):
                    pol = "other"  # said of the GPUs, the latency or the team, not of the model
                if (
                    key == ("quality", "frontier")
                    and pol == "other"
                    and chunk.hypothetical
                    and not (chunk.others or chunk.conditional)
                    and BAR_KEPT.search(chunk.text[max(0, m.start() - 40) : m.start()])
                    and not scope.HYPOTHETICAL.search(
                        scope.IDIOMS.sub(" ", BAR_KEPT.sub(" ", rx.sub(r"\bwould like to\b", " ", chunk.text)))
                    )
                ):
                    pol = "yes"  # "would like to halve it without falling below frontier quality": the bar is kept
                hits.append((key, chunk.start + m.start(), pol, m.group(0)))
    hits += _rejected_across(text, cut, hits)
    hits = _batch_across(text, cut, hits)
    hits = _scoped_out(text, hits)
    hits = _another_systems_traffic(text, hits)
    hits = [
        (k, pos, _answered(text, pos, k[0].startswith("team.")) if pol == "question" else pol, w)
        for k, pos, pol, w in hits
    ]
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
