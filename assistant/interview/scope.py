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
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Literal

import assistant.interview.patterns as rx
from assistant.interview.scope_parties import (
    CLIENT_SIDE,
    ELSEWHERE_BEFORE,
    OTHERS,
    PROJECT_ELSEWHERE,
    REPORTED,
    SPEAKING_FOR_CLIENT,
    TEAM_ELSEWHERE,
    UNAVAILABLE,
    disputed,
    speaks_for_client,
)
from assistant.interview.scope_terms import mask_contract_terms

Polarity = Literal["yes", "no", "question", "other"]

NEG_CUE = rx.compile(
    # "don't mind waiting", "we do not care if it takes hours": tolerance, not a denial of what follows
    r"\b(?!(?:don'?t|dont|doesn'?t|doesnt|wouldn'?t|won'?t|not) (?:really )?(?:mind|care (?:if|when|how|that)))"
    # "clinicians won't wait more than 8 seconds for the complete summary": a limit, not a denial of the wait
    r"(?!(?:won'?t|wont|can'?t|cant|cannot|will not|don'?t|dont|do not|wouldn'?t|shouldn'?t|should not|must not) "
    r"(?:\w+ )?wait (?:more|longer|over|beyond|past) (?:than )?)"
    r"(?:no(?! (?:probs?|problems?|worries|issues?|biggie|rush|hurry|doubt)\b)|not|never|none|nobody|noone|no-one|"
    r"nothing|neither|nor|without|zero|cannot|(?<![\d.,])0(?=\s)(?!\s*(?:to|-|–|or)\b)|"
    r"\w+n't|dont|doesnt|didnt|isnt|arent|wont|cant|havent|hasnt|wasnt|werent|"
    r"no longer|not anymore|used to|lack|lacks|lacking|free of|rather than|instead of|nope|nah|n/a|"
    # "we prefer RAG over fine-tuning": what is passed over
    r"(?:prefer|prefers|preferring|favour|favor|choose|choosing|chose|picked|pick|went with|go with) (?:[\w-]+ ){1,2}?"
    r"over|"
    # (never "doubts" counted: "60k doubts a day" are students' questions)
    r"(?<!no )doubt(?!s\b|\s+(?:solving|clearing|resolution|per|a day|each|sessions?|queries)\b)|"
    r"(?<=we're )missing|(?<=we are )missing|"
    r"unlikely|no plans? to|not planning|decided against|nowhere near|scratch (?:the|that)|"
    r"(?<!before i )(?<!lest i )(?<!before we )forget(?: about)?|skip|skipping|"
    r"pass on|passing on|avoid|avoiding|steer clear of|stay away from|do without|opted against|chose not to|"
    r"hold(?:ing)? off on|rule out|ruling out|"
    # a prohibition ("our contracts prohibit sending data to third-party AI providers")
    # (not a prohibition on leaving: "our clients forbid anything leaving our own Azure tenant" keeps it there)
    r"(?:prohibit(?:s|ed|ing)?|forbid(?:s|ding)?|forbidden|disallow(?:s|ed|ing)?|bars? (?:us |anyone |staff )?from|"
    r"barred from)(?![^.;,]{0,30}\b(?:leav\w*|exit\w*|outside|out of)\b))\b"
)
# After a phrase: "PCI isn't needed", "HIPAA does not apply", "GDPR - not relevant", "PCI: no".
POST_NEG = rx.compile(
    r"^[^\w,]{0,3}(?:(?!and\b|but\b|or\b|so\b)\w+[^\w,]+){0,2}?(?:isn't|isnt|aren't|arent|is not|are not|"
    r"doesn't|doesnt|does not|don't|"
    r"dont|do not|not|no(?! (?:probs?|problems?|worries|biggie|issues?|rush|hurry)\b)|nope|nah|none|never|wasn't|"
    r"was not|n/a|no longer|not anymore|won't|will not|out of scope|"
    r"not in scope|not applicable|irrelevant|not relevant|removed|dropped|gone|off the table|isn't a thing|overkill|"
    r"unnecessary|unneeded|not necessary|not needed|not required|unlikely|doubtful|not happening|not planned|a waste|"
    r"wasteful|pointless|a hard no|zero|nada|nil|(?<=[\s:=])0(?![\d.])|"
    r"a no-go|no-go|forbidden|banned|prohibited|off[- ]limits|out of the question|a non-?starter|verboten|taboo|"
    r"new (?:to|for) us|a first for us|new territory|uncharted|"
    # "HIPAA has nothing to do with us", "SOX has no bearing here"
    r"nothing to do with|no bearing|no relevance|of no concern|"
    # someone else's to handle ("PCI is their problem, not ours")
    r"(?:their|someone else'?s|the vendor'?s|[a-z]+'s) (?:problem|concern|responsibility|job|headache)|not ours|"
    r"blocked|vetoed|rejected|ruled out|(?:something |what |the thing )?we (?:lack|are lacking|'re lacking|are missing|"
    r"'re missing)|lacking|missing)(?![\w-])"
)
# A negating word after the phrase it negates, anywhere in a clause ("open models are not good enough").
POST_NEG_ANYWHERE = rx.compile(
    r"\b(?:isn't|isnt|aren't|arent|is not|are not|doesn't|doesnt|does not|don't|dont|do not|not|wasn't|was not|"
    r"won't|will not|no longer|never|no-go|forbidden|banned|prohibited|ruled out)\b"
)
UNSURE = rx.compile(
    r"\b(?:not sure|unsure|no idea|don'?t (?:really |quite |even )?know(?! (?:k8s|kubernetes|gpus?|cuda|ml\b|mlops|"
    r"machine learning|devops|(?:much|anything|a thing) about|the first thing|how to))|dunno|not certain|undecided|"
    r"haven'?t decided|tbd|hard to say|(?:still )?deciding (?:on|whether|if|about)|still deciding|haven'?t made up|"
    r"still evaluating|still reviewing|under review|(?:can'?t|cannot|can not) (?:yet )?confirm|maybe not|can'?t pin|"
    r"up in the air|won'?t commit|either way|(?:it )?depends on|it depends|torn between|"
    r"(?:hasn'?t|haven'?t|has not|have not) (?:yet )?(?:ruled|decided|made a call)|"
    r"depending on|to be decided|undecided|either\b.{0,60}\bor|the team is split|(?:we'?re |we are )?split (?:on|"
    r"about)|"
    r"(?:half|some) (?:of )?(?:us|them|the team|people here) (?:think|want|say|prefer))\b"
)
# a question put after a statement, behind a comma ("..., could that be used for fine-tuning?")
TAIL_QUESTION = rx.compile(
    r",(?=\s*(?:could|can|would|should|will|is|are|do|does|did|shall)\s+(?:that|this|it|we|they|those|these|you|"
    r"i)\b[^,]*\?\s*$)"
)
# what a question after a statement asks about, when it names a topic of its own (not "is that a lot?")
TAIL_TOPIC = rx.compile(
    r"\b(?:fine[- ]?tun\w*|train\w*|self[- ]?host\w*|on[- ]?prem\w*|batch\w*|gpus?|kubernetes|k8s|cloud|api|"
    r"open[- ]?(?:source|weights?)|hipaa|gdpr|soc ?2|pci|residency|latency|budget)\b"
)
QUESTION_START = rx.compile(
    # (after a filler: "like, would letting things wait until the next morning save real money?")
    r"^\W*(?:(?:like|so|and|also|ok|okay|hmm|um|well|honestly|basically|i mean)\W+)*"
    r"(?:what|how|why|when|which|who|whom|whose|where|does|do|did|is|are|was|were|should|shall|can|"
    r"could|would|will|may|might|isn't|aren't|doesn't|don't|any idea|tell me|explain|please\W+(?:can|could|"
    r"explain|tell)|"
    # "I want to ask you first, the open models are really same quality like GPT-4o?": what follows is asked
    r"i (?:want|wanted|would like|'d like|need) to ask\b|(?:a |one |quick |first |my )?question(?: is)?\W*$)\b"
)
# a question the user means to settle ("we want to check if some cheaper open model also can do the job", "to test
# whether Llama 70B is good enough")
TO_BE_SETTLED = rx.compile(r"\bto (?:check|see|test|find out|verify|evaluate|figure out|learn) (?:if|whether)\b")
HYPOTHETICAL = rx.compile(
    r"^\W*(?:and |but |so |or )?(?:if|even if|only if)\b|"
    # an event assumed ("Assuming the DPA gets countersigned, ..."; not a figure assumed: "assuming 22 workdays")
    r"^\W*(?:and |but |so |or )?assuming (?:that )?(?:the|our|legal|they|we|it|security|compliance|procurement)\b"
    r"(?![^,;.]*\d)|"
    # a choice said only in the conditional ("we'd only go to a frontier model if the open ones can't")
    r"\b(?:we|i)(?:'d| would) only\b|"
    # a pilot's outcome ("Budget could go up to $10k a month if the pilot proves out")
    r"\bif (?:the |our |this )?(?:pilot|poc|proof of concept|trial|experiment|business case|rollout)\b|"
    # a question the user means to settle ("we want to check if some cheaper open model also can do the job")
    + TO_BE_SETTLED.pattern
    + r"|"
    r"\b(?:if we|if our|if you|if i|if it|what if|in case|"
    r"suppose|supposing|imagine|hypothetically|whether|what if|once we|when we get|"
    r"someday|one day|might|may need|could need|may (?:want|require|insist on|demand|ask for)|"
    # a bid not yet won ("we're bidding on a job where the client's network is fully air-gapped")
    r"(?:bidding|tendering|pitching) (?:on|for)|considering|thinking about|thought about|looked into|looking into|"
    r"exploring|explored|evaluating|debating|planning to|plan to|planning (?:a|an|the|our|for)|would "
    r"like to|want to know|wondering|i wonder|say we|(?:would|could) (?:even |ever )?be (?:possible|feasible)|"
    r"hiring(?! season| peaks?| rush)|to hire|approved headcount|on the roadmap|roadmap|next quarter|"
    r"next year|next (?:fiscal|financial|budget) year|talks? about (?:buying|getting|purchasing|ordering)|"
    r"in q[1-4]|eventually|(?:there'?s |there is )?a (?:possibility|chance) (?:that )?(?:we|it|they)|"
    # a permission still waiting on someone's approval ("if legal agrees", "pending security review")
    r"(?:if|once|when|until) (?:our |the )?(?:legal|lawyers?|compliance|security|infosec|dpo|ciso|cto|board|"
    r"management|procurement) (?:team )?(?:agrees?|approves?|signs? off|oks?|okays?|allows?|permits?|clears? it)|"
    r"pending (?:\w+ )?(?:approval|review|sign[- ]off)|subject to (?:\w+ )?(?:approval|review|sign[- ]off))\b"
)
# a condition opening a sentence: what follows it after a comma is said only of that case
# (never a hedge on what was understood: "if I understood our CISO right, our own AWS account is fine")
CONDITION = rx.compile(
    r"\W*(?:if(?! (?:i|we) (?:understood|understand|remember|recall|read|heard|got)\b| (?:i|we)(?:'m|'re| am| are)? "
    r"(?:not )?(?:mistaken|wrong|right|correct)\b| memory serves)|once|assuming|suppose|supposing|imagine|say we|"
    r"in case|should we|provided)\b"
)
# a condition that is an event of ours or another party's ("if we open it up to the public", "suppose we win the
# deal"), not a hedge or an aside ("if possible", "if we can", "if my math is right", "if you count both apps")
EVENT_CONDITION = rx.compile(
    r"\W*(?:if|suppose|supposing|imagine|say|assuming|in case)\s+(?:we|they|the (?:deal|contract|client|customer|bank|"
    r"board|project))\b(?!\s+(?:can|could|count|do|are honest)\b)"
)
# a short piece saying what came before is not settled ("Not signed yet.", "but nothing signed yet so idk")
NOT_YET = rx.compile(
    r"\W*(?:(?:but|and|so|it'?s|that'?s|this is|it is)\s+)*(?:not|nothing|none of (?:it|this|that))"
    r"(?:'s| is| has been| been)? (?:(?:yet|officially|formally)\s+)?(?:signed|decided|final(?:i[sz]ed)?|agreed|"
    r"approved|confirmed|committed)(?: yet| so far| at this point)?"
    # (the piece says nothing else: "not approved for any cloud" and "nothing decided on hardware yet" speak of more)
    r"(?:\s+(?:so idk|idk|lol|tbh|though|either|anyway))*\W*|"
    # nobody has settled it ("but nobody has actually decided", "nothing's certain yet", "that's months off and may not
    # happen")
    r"\W*(?:(?:but|and|so)\s+)?(?:(?:nobody|no one|no-one) (?:has |have )?(?:actually |really |officially )?decided"
    r"(?: anything| it| that)?(?: yet)?|nothing(?:'s| is) (?:certain|settled|decided|final|sure)(?: yet)?|"
    r"(?:that|it)(?:'s| is) (?:still )?(?:months|years|a long way) (?:off|away)(?: and (?:it )?may (?:not|never) "
    r"happen)?|(?:it )?may (?:not|never) happen)\W*"
)
# a piece saying what came before is another team's ("..., but that's them", "it has not been extended to our project")
THEIRS_AFTER = rx.compile(
    r"\W*(?:(?:but|and|so)\s+)?that'?s (?:(?:just|only|all) )?(?:them|their (?:thing|rule|problem|systems?|call))\b"
    r"(?!.*\b(?:ours|us|we|our \w+) (?:too|as well)\b)"  # "that's their rule, and ours too"
)
# "..., but none of that is ours", "none of that is available to us as the vendor": what the sentence said before is
# another party's, whoever the user speaks for
NOT_OURS_AFTER = rx.compile(
    r"\W*(?:(?:but|and|so)\s+)?(?:none of (?:that|this|it|those|these|them) (?:is|are) (?:ours|for us|available to us|"
    r"accessible to us)|(?:that|it|this)(?:'s| is) not (?:ours|available to us|for us))\b"
    r"(?! to (?:change|decide|touch))"
)
# a phrase of the user's own side ("we run EKS", "our team", "on our side it's just the three of us")
OWN_SUBJECT = rx.compile(r"\W*(?:(?:and|but|so)\s+)?(?:we|i|our|us|my|on our side)\b")
NOT_EXTENDED = rx.compile(
    r"\W*(?:(?:but|and|so)\s+)?(?:it|that|this|the rule|the requirement|the policy) (?:has not|hasn'?t|does not|"
    r"doesn'?t|is not|isn'?t) (?:been )?(?:extended|applied|apply|applies) to (?:us|our (?:\w+ ){0,3}?(?:project|team|"
    r"product|use case|workload|chatbot|bot|app|system)|this (?:project|team|product|use case|workload))\b|"
    # "Client is FedRAMP. We're not in scope.", "..., but our product isn't in their scope"
    r"\W*(?:(?:but|and|so)\s+)?(?:(?:we'?re|we are|our (?:\w+ ){0,2}?(?:is|are)|it'?s|it is|this is|that is) not|"
    r"(?:we aren'?t|our (?:\w+ ){0,2}?(?:isn'?t|aren'?t)|it isn'?t|this isn'?t|that isn'?t)) (?:in|within) "
    r"(?:their |its |the |that )?scope\b"
)
# a piece whose subject is another team or party ("the analytics team keeps everything on-prem", "they require it")
THIRD_SUBJECT = rx.compile(
    r"\W*(?:(?:and|but|so)\s+)?(?:(?:for context,? )?(?:the|their|that|other|another) (?:[a-z]+ ){0,2}(?:team|division|"
    r"department|unit|group|org|business|side)|they|(?:for context,? )?(?:our|the|my|a|that) (?:\w+ )?(?:client|"
    r"customer|partner|parent company|sister company|bank|hospital|insurer))\b"
)
INTENT_FREE = rx.compile(r"\b(?:plan(?:ning|s)? to|on the roadmap|roadmap|intend(?:s|ing)? to|want to|would like to)\b")
# a rule of its own after a comma ("..., data must stay on our own servers"), split off as a chunk of its own
RULE_AFTER_COMMA = rx.compile(
    r"\s*(?:the |our |all (?:the |our )?)?[a-z]+(?: [a-z]+)? (?:must|has to|have to|can'?t|cannot|may not|may never|"
    r"needs? to)\b"
)
CONTRAST = rx.compile(
    r"\s*(?:\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bexcept\b|\bwhereas\b|\bwhile\b|\byet\b|\bapart from\b|"
    r"\baside from\b|\bbesides\b|\bbeyond\b(?! (?:that|this|it)\b)|"
    r"\bas long as\b|\bso long as\b|\bprovided(?: that)?\b(?= \w+ (?:is|are|stays?|don'?t|doesn'?t|never|can|has|"
    r"have))|"
    r"\bon condition that\b|"
    # "we serve our own tuned Mistral, so honestly the question is whether to keep it": what follows is the question
    r",\s*so (?:honestly |really |basically |now )?(?=the (?:question|decision|choice) is\b|we(?:'re| are) (?:deciding|"
    r"debating|wondering)\b|i(?:'m| am) (?:wondering|deciding)\b)|"
    r"\bother than\b|\bbecause\b|\bsince\b(?= (?:we|our|the|it|they|i|there|all|everything|nothing|no)\b)|"
    r"\bgiven (?:that|the fact that)\b|\bwhich is why\b|\bthat'?s why\b|"
    r",\s*(?=and (?:the|it|its|it's|all|everything|nothing|no|sending|using|calling|our data|they|they're|we|we're|"
    r"he|she|i|i'm|their|our)\b)|"
    r"\s+/\s+|\s\|\s|\bonly\b(?= \w+ (?:needs?|has|have|is|are)\b)|:\s*(?=(?:we|our|i|they|it|its|"
    r"it's)\b)|"
    # "it would be nice to have gpt-5 quality, data must stay on our own servers": a rule of its own after a comma
    r",(?=" + RULE_AFTER_COMMA.pattern + r")|"
    r",\s*(?=\d)|,\s*(?=(?:we|our|i|they|the|it|its|it's|"
    r"and we|and our|not|no|nothing|none|but|nobody|plus|also|then|maybe|possibly|perhaps|now|today|these days|"
    r"otherwise|or else|else|"
    # "on gpt-4o now, want to know if llama is good enough": the question after the comma is a clause of its own
    r"(?:(?:i|we)\s+)?(?:want|wanna|need|would like|'d like) to (?:know|understand|figure out|find out|see)|"
    r"(?:(?:i'?m|we'?re|i am|we are)\s+)?(?:wondering|curious)|i wonder|"
    r"nowadays|before|previously|earlier|formerly|whether|well|oh|hmm|wait|actually|sorry|depends|depending|"
    r"went back|switched back|moved back|reverted|rolled back|planning|thinking about|considering|"
    r"hiring|recruiting|looking to hire|(?:and |plus |also )(?:we'?re |are )?(?:hiring|recruiting)|"
    # the user's own view after a comma, and another party's story ("..., honestly one of the open models would do,
    # my friend at another agency uses Mistral for exactly this")
    r"honestly|frankly|personally|(?:my|a|one of my|our) (?:friend|colleague|buddy|mate|contact|peer)s?|"
    r"(?:another|other) (?:company|companies|agency|agencies|team|teams|startup|startups|firm|firms))\b)|"
    # "we spend 8 grand a month and my boss thinks that's crazy": what someone else thinks of it is a clause of
    # its own; the figure before it is still ours
    r"(?:,\s*|\s+)(?:and\s+)?(?=(?:my|our|the)\s+(?:\w+\s+)?(?:boss|manager|ceo|cto|cfo|vp|director|founder|"
    r"co-?founder|head of \w+)\s+(?:thinks?|says?|wants?|feels?|believes?|reckons?|hates?|loves?)\b)|"
    # "3 devops and hiring 2 more": the hire is a plan, the count before it is today's
    r"\s+and\s+(?=(?:we'?re\s+|we are\s+|are\s+|currently\s+|also\s+)*(?:hiring|recruiting|looking to hire)\b)|"
    r"\s[-–—]\s(?!\s*(?:no|"
    r"nope|nah|none|not|never|n/a|dont|don't|do not)\b)|\(|\))"
)
# A question about the weight of what was just said, tagged onto it ("..., is that a lot?", "..., does that
# matter?"), and the statement before it, which has its own subject or figure ("we do 300 a day", not a bare "HIPAA")
# and no conditional ("the API would cost $8k, is that a lot?" prices, it does not say). "..., right?" asks to confirm.
TAG_QUESTION = rx.compile(
    r",\s*(?:or\s+)?(?:is|isn'?t|does|doesn'?t|would|will)\s+(?:that|this|it)\s+(?:\w+\s+){0,2}?(?:a lot|much|many|big|"
    r"large|small|high|low|normal|typical|unusual|enough|ok|okay|fine|a problem|an issue|relevant|important|matter|"
    r"help|count|change anything|affect|make a difference)\b[^,?]{0,30}\?\s*$"
)
STATED_STEM = rx.compile(
    r"(?!.*\b(?:would|could|might|should|may|if)\b|.*'d\b)\W*(?:[^,]*\d|(?:so |and |well |ok |okay )?(?:we|we'?re|"
    r"we'?ve|our|i|i'?m|my|it|it'?s|there|they|the|us)\b)"
)
# "approx. 1,200 answers", "ca. 300", "e.g. a chat": an abbreviation's dot ends no sentence
SENTENCE = rx.compile(
    r"(?<=[.!?;])(?<!\bca\.)(?<!\bavg\.)(?<!\bapprox\.)(?<!e\.g\.)(?<!i\.e\.)"
    r"(?<!\bvs\.)\s+|\n+|(?<=[!?;])(?=\S)|"
    # a chat transcript's speaker and time ("[Tom 10:04] that's mostly the nightly job right?"), its lines run together
    r"\s+(?=\[[a-z][\w .'-]{0,30}?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?\])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Chunk:
    """A piece of one sentence, with where it sits in the (lower-cased) message."""

    text: str
    start: int
    question: bool
    hypothetical: bool
    others: bool
    past: bool = False  # withdrawn by what follows ("we had k8s for a while but migrated off it")
    tentative: bool = False  # "maybe PCI too": a guess, not a fact (numbers in it still count: "maybe 3M a day")
    # set aside only because the sentence names another project or product, not another party: the team is the same
    away: bool = False
    # hypothetical by what is around it, not by a word of its own ("if we go public, we'd want sub-second"; "...
    # Not signed yet."): figures in it are not the user's present either
    conditional: bool = False
    # what it ends with is denied by the bracketed piece after it: "HIPAA (not relevant here)", "PCI (n/a)"
    denied_after: bool = False
    # someone else's by the clause it goes on with past a bracket ("another studio (Riftbound) say it costs them")
    others_before: bool = False


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


# The chunks of the message being read (``one_message``): every reader of one message asks for them, each cut
# once. A store of that one message's reading, dropped when it has been read (nothing is kept across messages).
_MESSAGE_CHUNKS: ContextVar[dict[tuple[str, bool], tuple[Chunk, ...]] | None] = ContextVar(
    "message_chunks", default=None
)


@contextmanager
def one_message() -> Iterator[None]:
    """While one message is read (``parse_message``): its chunks are cut once, whichever reader asks."""
    if reading_one_message():  # a reading inside the message's own reading: the same store
        yield
        return
    token = _MESSAGE_CHUNKS.set({})
    try:
        yield
    finally:
        _MESSAGE_CHUNKS.reset(token)


def reading_one_message() -> bool:
    """Whether a message's reading (``one_message``) is under way."""
    return _MESSAGE_CHUNKS.get() is not None


def chunks(text: str) -> list[Chunk]:
    """Cut a lower-cased message into statement chunks, marking questions, hypotheticals and third parties."""
    store = _MESSAGE_CHUNKS.get()
    if store is None:
        return _chunks(text)
    key = (text, SPEAKING_FOR_CLIENT.get())  # the client's context decides whose words "their team" are
    found = store.get(key)
    if found is None:
        found = store[key] = tuple(_chunks(text))
    return list(found)


def _chunks(text: str) -> list[Chunk]:
    out: list[Chunk] = []
    for_client = speaks_for_client(text)
    text = mask_contract_terms(text)
    said = sentences(text)
    for index, (offset, sentence) in enumerate(said):
        # "management says users don't care about quality, I disagree": the view disputed is nobody's statement here
        dispute = disputed(sentence, said[index + 1][1] if index + 1 < len(said) else "")
        tag = TAG_QUESTION.search(sentence)
        if tag and STATED_STEM.match(sentence[: tag.start()]) and "?" not in sentence[: tag.start()]:
            # "we do around 300 articles a day, is that a lot?": the statement stands, only the tag asks
            sentence_end = sentence[: tag.start()].rstrip() + "."
        else:
            sentence_end = sentence
        is_q = sentence_end.rstrip().endswith("?") or bool(
            rx.match(
                r"\W*(?:please )?(?:also )?(?:explain|tell me|show me|compare)\b|\W*(?:(?:wait|so|ok|okay|hmm|um)\W+)?"
                r"(?:what|what'?s|whats|how|why|which)\b"
                # "what matters is that it starts typing within half a second": a statement in question words
                r"(?!\s+(?:really\s+|most\s+)?(?:matters|counts|moves the needle|makes the difference|"
                r"drives (?:it|this|"
                r"the decision)|we (?:really )?(?:need|want|care about)|i (?:need|"
                r"want)|"
                r"(?:users|people|customers|they) (?:really )?(?:want|need|care about)|is important|"
                # "what goes in is about 900 words, and what comes out is short": a side named by what moves
                r"(?:goes|go|comes|come|gets sent|is sent|we send|we put|we get|gets fed|we feed)(?: it)? "
                r"(?:in|into|out|back)\b(?=[^?]*\b(?:is|are)\b)|"
                # "what procurement cares about is a current SOC 2 report": said by whoever it is
                r"(?:[\w'-]+\s+){1,4}?(?:really\s+)?(?:cares? about|needs?|wants?|requires?|asks? for|insists? on|"
                r"worries? about|demands?)\s+(?:most\s+)?(?=(?:is|are)\b))\b"
                r"(?![^?]*\bis (?:to (?:know|figure out|see|check|understand|find out|decide)|whether|if)\b)[^?]*$)|"
                r"\W*(?:does|do|is|are|can|could|should|would|will)\s+(?:we|you|"
                r"i|it|this|"
                r"that|they|the|our|my|a|an|there|hipaa|gdpr|pci|soc ?2|\w+ (?:keep|support|allow|cover|count|"
                r"apply|need|work))\b|"
                # "is k8s a must or can we yolo it on one box", "are GPUs really needed"
                r"\W*(?:is|are|does|do)\s+(?:\S+\s+){1,2}(?:really\s+)?(?:a must|a requirement|required|needed|"
                r"necessary|mandatory|worth it|worth|overkill|a good idea|essential)\b",
                sentence,
            )
        )
        # "is 2 sec latency trash for a chat app or nah": a yes-no question with its tag and no question mark
        is_q = is_q or bool(
            rx.search(r"\bor (?:nah|not|no)\W*$", sentence)
            and rx.match(
                r"\W*(?:is|are|does|do|can|could|would|will|should)\s+(?:we|i|it|this|that|they|the|our|my|a|an|there|"
                r"\d)",
                sentence,
            )
        )
        short_q = sentence_end.rstrip().endswith("?") and len(sentence.split()) <= 3
        short_q = short_q and not (
            rx.match(r"\W*(?:maybe|probably|perhaps|around|about|roughly|like|\d)", sentence)
            and rx.search(r"\d", sentence)
        )
        hedged = bool(
            rx.match(
                # "rn its like 50k generations a day??", "we do maybe 3M a day?": a figure said unsure, not asked
                # "so roughly we generate maybe twelve thousand a month?", "we generate maybe 12k a month?"
                r"\W*(?:so|and|ok|okay|well|um|uh|hmm)\W+(?:roughly|around|approximately|maybe|probably)\s+"
                r"(?:[a-z]+\s+){0,3}?(?:\d|" + NUMBER_WORD + r")|"
                r"\W*we (?!think|talk|worry|wonder|ask|care|know)[a-z]+ (?:probably|maybe|around|roughly|approx\w*)\s+"
                r"(?:\d|" + NUMBER_WORD + r")|"
                # "I believe we're around 400 million tokens a month, and maybe 85% of that is input?": unsure, not
                # asked
                r"\W*(?:i (?:believe|think|reckon|guess|suppose)|i'?d (?:say|guess))\W+(?:that\s+)?"
                r"(?:we|it|our|the|that)\b[^?]*\d|"
                r"\W*(?:(?:rn|right now|currently|atm|now|today|these days)\s+)?(?:(?:it'?s|its|it is|we'?re|we are|"
                r"we do|we get|we have|we see|we handle|that'?s|thats)\s+)?"
                r"(?:probably|maybe|perhaps|around|about|roughly|like(?!\s*,)|i think|i guess|i'?d say|"
                r"guess|approx\w*|\d)",
                sentence,
            )
        )
        # "p95 maybe 800ms?", "uh, p95 around 800 ms? not 100% sure": a target said unsure, not asked
        metric_hedged = bool(
            rx.match(
                r"\W*(?:(?:uh|um|hmm|so|ok|well),?\s+)?(?:p\d\d|ttft|latency|e2e|end[- ]to[- ]end|first token)\s*"
                r"(?:is\s+|of\s+|at\s+|around\s+|:\s*)?(?:maybe|probably|around|about|roughly|like|approx\w*|~)\s*\d",
                sentence,
            )
        )
        if metric_hedged:
            short_q = False
        if (hedged and not short_q) or metric_hedged or NOTED.match(sentence):
            is_q = False
        project_away = bool(PROJECT_ELSEWHERE.search(sentence))
        team_away = bool(TEAM_ELSEWHERE.search(sentence))
        reported = bool(REPORTED.search(sentence))
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
        tail_questions: set[int] = set()
        if sentence.rstrip().endswith("?"):
            # "we have 3 million edited replies, could that be used for fine-tuning?": the question after the comma
            # asks about what it names (the statement before it stands)
            split: list[tuple[int, str]] = []
            for at, piece in pieces:
                q = TAIL_QUESTION.search(piece)
                if q is None or not TAIL_TOPIC.search(piece, q.start()):
                    split.append((at, piece))
                    continue
                split += [(at, piece[: q.start()]), (at + q.start() + 1, piece[q.start() + 1 :])]
                tail_questions.add(at + q.start() + 1)
            pieces = split
        first = len(out)
        for start, piece in pieces:
            if not piece.strip():
                continue
            if out and len(out) > first and sentence[:start].rstrip().endswith("(") and DENIED_ALONE.fullmatch(piece):
                out[-1] = replace(out[-1], denied_after=True)  # "HIPAA (not relevant here, no PHI)"
            if out and NOT_YET.fullmatch(piece):
                # "If we land the deal, they'd require on-prem. Not signed yet.": what was said does not hold yet
                out[-1] = replace(out[-1], hypothetical=True, conditional=True)
            if out and NOT_EXTENDED.match(piece):
                # "the requirement applies to the finance division; it has not been extended to our project"
                out[-1] = replace(out[-1], others=True)
            elif out and NOT_OURS_AFTER.match(piece):
                for k in range(first if len(out) > first else len(out) - 1, len(out)):
                    if not OWN_SUBJECT.match(out[k].text):
                        out[k] = replace(out[k], others=True)
            elif out and THEIRS_AFTER.match(piece):
                # "the analytics team has to keep everything on-prem, but that's them": another team's rule (what the
                # sentence, or the one before, says with another team as its subject)
                for k in range(first if len(out) > first else len(out) - 1, len(out)):
                    if THIRD_SUBJECT.match(out[k].text):
                        out[k] = replace(out[k], others=True)
            if (
                WITHDRAWN.search(piece)
                and len(out) > first
                and not (FIRM_LIMIT.fullmatch(piece.strip(" .!,;")) and LIMIT_BEFORE.search(out[-1].text))
            ):  # (but "within about 10 seconds, no longer" says a limit firmly: nothing ended)
                last = out[-1]
                out[-1] = replace(last, past=True, tentative=False)
            elif len(out) == first and out and PROJECT_ENDED_ALONE.match(piece.strip(" .!,")):
                # "... it cost around 2000 dollars monthly. That project is closed, this one is new.": the sentence
                # before was about the ended work
                before = said[index - 1][0] if index else 0
                for k in range(len(out)):
                    if out[k].start >= before:
                        out[k] = replace(out[k], past=True, tentative=False)
            elif len(out) == first and out and LEFT.fullmatch(piece.strip(" .!,")):
                # a short sentence that ends what the one before said ("had an MLOps person. left. not replaced.")
                k = len(out) - 1
                while k > 0 and LEFT.fullmatch(out[k].text.strip(" .!,")):
                    k -= 1
                last = out[k]
                out[k] = replace(last, past=True, tentative=False)
            if is_q and QUESTION_START.search(piece):
                asking = True
            # another project is weighed for the whole sentence (``away``); the client's own words are the user's
            third = (
                reported
                or bool(ELSEWHERE_BEFORE.search(piece))
                # a boss's belief the user doubts or has not tested ("My boss is convinced open models are fine for
                # this. I'm less sure, and we haven't actually tested anything."): the boss's view, not a fact
                or bool(BOSS_BELIEF.search(piece) and USER_DOUBT.search(text))
                # something said to be out of our reach ("Our research institute has an 8-GPU cluster, but it's
                # grant-funded and off limits to us"): theirs, not ours
                or bool(OFF_LIMITS_TO_US.search(sentence) and HARDWARE_NAMED.search(sentence))
                or any(
                    not (PROJECT_ELSEWHERE.fullmatch(m.group(0)) or (for_client and CLIENT_SIDE.match(m.group(0))))
                    for m in OTHERS.finditer(piece)
                )
            )
            carried = False
            if (
                not third
                and len(out) > first + 1
                and sentence[:start].rstrip().endswith(")")
                and out[-2].others
                # (a place opening the sentence makes its "we" theirs: "at my previous employer (HUK) we spent €15k")
                and (not OWN_SUBJECT.match(piece) or rx.match(r"\W*(?:back )?(?:at|in) ", out[-2].text) is not None)
            ):
                third = carried = True  # "our friends at another studio (Riftbound) say it costs them $40k": it goes on
            if (
                not third
                and len(out) > first
                and out[-1].others
                and sentence[:start].rstrip().endswith(")")
                and rx.match(
                    r"\s*(?:has|have|had|is|are|was|were|runs?|ran|uses?|used|operates?|owns?|keeps?|does|did|hosts?|"
                    r"manages?)\b",
                    piece,
                )
            ):
                third = carried = True  # "The group (our mother company) has a big platform team": the company named
            if (
                not third
                and len(out) > first
                and out[-1].others
                and rx.match(r"\s*of\b", piece)
                and rx.search(r"\bbecause\s*$", sentence[:start])
            ):
                third = carried = True  # "our sister hospital runs everything on-prem because of HIPAA": theirs too
            conditioned = (
                len(out) > first
                and out[-1].hypothetical
                and sentence[:start].rstrip().endswith(",")
                # "if we land the hospital deal, they'd require on-prem": whatever follows a condition is its
                and (
                    bool(RULE_AFTER_COMMA.match(piece))
                    or bool(CONDITION.match(out[-1].text))
                    # "if we land the contract, then yeah, it would need to be air-gapped": the "then" goes on
                    or bool(rx.match(r"\W*then\b", out[-1].text))
                )
            )
            out.append(
                Chunk(
                    text=piece,
                    start=offset + start,
                    question=asking or short_q or (is_q and len(pieces) == 1) or start in tail_questions,
                    hypothetical=bool(
                        HYPOTHETICAL.search(IDIOMS.sub(" ", PERMITTED_IF.sub(r"\g<ok>\g<ok2>\g<ok3>", piece)))
                    )
                    or bool(UNSURE.search(piece))
                    # "once we land the bank deal, all data must stay in our own datacenter": the rule is the
                    # condition's
                    or conditioned,
                    conditional=conditioned and bool(EVENT_CONDITION.match(out[-1].text)),
                    others=third
                    or project_away
                    or team_away
                    or (
                        dispute is not None
                        and dispute[0] <= start + len(piece)
                        and start + len(piece) - len(piece.lstrip()) < dispute[1]
                    ),
                    away=project_away and not third and not team_away and not UNAVAILABLE.search(sentence),
                    tentative=bool(TENTATIVE.match(piece)) or bool(CHECKING.fullmatch(piece.strip(" .!"))),
                    others_before=carried,
                )
            )
    # "Client is air-gapped. We're not": another party's trait set against ours is theirs
    for i in range(1, len(out)):
        if WE_ARE_NOT.match(out[i].text) and OTHER_SUBJECT.match(out[i - 1].text):
            out[i - 1] = replace(out[i - 1], others=True)
    # "we don't use Kubernetes, I don't think? I'd have to ask": a hedge said after a statement makes it unsure
    for i in range(1, len(out)):
        if HEDGE_AFTER.fullmatch(out[i].text.strip(" ,.!")) and not out[i - 1].question:
            out[i - 1] = replace(out[i - 1], tentative=True)
    return out


HEDGE_AFTER = rx.compile(
    r"(?:(?:but|though|although|and)\s+)?(?:(?:i|we)\s+(?:don'?t|dont|do not)\s+think(?:\s+so)?|"
    r"(?:i|we)(?:'?d|\s+would)?\s+(?:have|need)\s+to\s+(?:ask|check|confirm|double[- ]check|verify)"
    r"(?:\s+(?:that|it|this|with\s+\w+|to be sure|tbh))?|"
    r"(?:i'?m\s+|i am\s+)?not\s+(?:100%\s+|totally\s+|entirely\s+|really\s+)?(?:sure|certain)|"
    r"don'?t\s+quote\s+me(?:\s+on\s+(?:that|it|this))?|(?:i|we)\s+(?:think|believe|guess)\s*\?|"
    # "fine-tuning keeps coming up in meetings but we haven't committed either way": raised, not decided
    r"(?:we\s+|i\s+)?(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:yet\s+)?(?:committed|decided)(?:\s+(?:either\s+way|"
    r"yet|one\s+way\s+or\s+the\s+other))?|(?:we'?re\s+|we\s+are\s+)?(?:still\s+)?undecided|nothing(?:'s|\s+is)\s+"
    r"decided(?:\s+yet)?|no\s+decision\s+yet)\??"
)


# a statement about another party, then ours denied: "Client is air-gapped. We're not", "the bank runs k8s, we don't"
OTHER_SUBJECT = rx.compile(
    r"\s*(?:the\s+|our\s+|a\s+|one\s+|that\s+)?(?:client|customer|partner|parent company|parent|vendor|supplier|"
    r"competitor|bank|regulator|hospital|agency|university)s?\b(?:'s)?"
)
WE_ARE_NOT = rx.compile(
    r"\s*(?:but\s+|while\s+|whereas\s+)?(?:we'?re|we are|we|us|our\s+\w+\s+(?:is|are))\s+(?:not|aren'?t|don'?t|do not|"
    r"isn'?t|never)\b(?:\s+(?:air[- ]?gapped|on[- ]?prem\w*|regulated|(?:under|subject to)\s+\w+))?"
    r"(?:\s*[.;,!]|\s*$|\s+(?:though|tho|ourselves|at all|but)\b)"
)
# a figure said in words ("maybe twelve thousand")
NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|"
    r"a (?:few|couple|dozen|hundred|thousand|million))\b"
)
# "did you note we own 8 A100s?", "have you factored in that our data can't leave?": a fact told, asked only whether
# it was heard
NOTED = rx.compile(
    r"\W*(?:did|have|had) you (?:\w+ )?(?:note|notice|see|seen|catch|caught|get|got|tak(?:e|en) into account|"
    r"factor(?:ed)? in|account(?:ed)? for|consider|remember|realise|realize|clock|register|pick(?:ed)? up on)\w*\s+"
    r"(?:on\s+)?(?:that\s+)?(?:we|our|i|my)\b|"
    # "does it matter that we're only busy during office hours?": the fact told, its weight asked
    r"\W*(?:so\s+)?(?:does|would|will|should|could) (?:it|this|that) (?:really )?(?:matter|change (?:anything|the \w+)|"
    r"make (?:a|any) difference|affect (?:anything|the \w+)) (?:\w+ )?that (?:we|our|i|my)\b"
)
TENTATIVE = rx.compile(
    r"\W*(?:and |or )?(?:maybe|possibly|perhaps|might be)\b(?!\s*(?:not\b|\d|(?:about|around|like|under|below|"
    r"less than|"
    r"within|over|at most|at least|up to|faster than)\b))"
)
TENTATIVE_AFTER = rx.compile(r"\s*(?:too |also |as well )?(?:maybe|possibly|perhaps)\b(?! not)")
CHECKING = rx.compile(
    r"(?:i think )?(?:but )?(?:(?:i|we) (?:need|have|must|should) to (?:check|confirm|verify|ask)|not (?:sure|"
    r"confirmed)"
    r"(?: yet)?|to be confirmed|tbc)(?: \w+){0,3}|\b(?:i|we) (?:need|have|must|should) to (?:check|confirm|verify|"
    r"double[- ]check|ask)|\bto be confirmed\b|"
    r"\bstill (?:checking|confirming|figuring|verifying|waiting on legal)\b|"
    r"\btbc\b|\bnot confirmed\b"
)
LEFT = rx.compile(
    r"(?:(?:and |but |then |now |so )?(?:he|she|they|it|that|the team|the group)?(?:'s| is| are| was| were| has|"
    r" have| got)?\s*)?"
    r"(?:left|quit|gone|not replaced|let go|laid off|got laid off|dissolved|disbanded|cut|got cut|eliminated|"
    r"no longer|not anymore|none now|none left|nobody now|shut down|(?:is |it'?s )?gone now|dropped it|ditched it|"
    r"abandoned it|gave up(?: on it)?|stopped(?: it| that)?|killed it)(?: \w+){0,3}"
)
# the work a figure was about has ended ("but that whole project got shelved in the spring", "That project is closed")
PROJECT_ENDED = (
    r"(?:that|the|this|our old|the old|our previous|the previous) (?:whole )?(?:project|product|pilot|app|system|"
    r"chatbot|bot|use case|initiative|feature)(?: \w+)? (?:got |was |is |has been |were |have been )?(?:shelved|closed|"
    r"cancell?ed|killed|dead|scrapped|shut down|sunset(?:ted)?|discontinued|over(?! budget| time| schedule| the)|gone|"
    r"ended|"
    r"wound down)\b"
)
# ... said in a sentence of its own, pointing back ("That project is closed."; not "the old project is over")
PROJECT_ENDED_ALONE = rx.compile(r"(?:(?:and|but|so)\s+)?(?=that |this )" + PROJECT_ENDED)
# "no longer" or "no more" on its own after a figure with its unit stresses a limit ("the whole note within about 10
# seconds, no longer", "500 tokens, no more")
FIRM_LIMIT = rx.compile(r"(?:(?:and|but)\s+)?(?:no|not(?: any)?) (?:longer|more)(?: than that)?")
_LIMIT_UNIT = r"\d\s*(?:ms|millis\w*|msec|s|secs?|seconds?|mins?|minutes?|k|tokens?|words?)"
LIMIT_BEFORE = rx.compile(_LIMIT_UNIT + r"\W*$")
# the same words inside one clause ("ready in 20 seconds and no longer"), taken out before a past-tense search
FIRM_LIMIT_INLINE = rx.compile(r"(?P<limit>" + _LIMIT_UNIT + r")\s*,?\s*" + FIRM_LIMIT.pattern + r"\b(?!\s+\w)")
WITHDRAWN = rx.compile(
    PROJECT_ENDED + r"|"
    r"^\W*(?:(?:and|but|so|then)\s+)?(?:we\s+)?(?:went|switched|moved|reverted|rolled|fell) back\b|"
    r"^\W*(?:(?:and|but|so)\s+)?(?:then|later|eventually|afterwards)\s+(?:we\s+)?(?:stopped|quit|gave up|dropped "
    r"(?:it|them|that|out)|shut (?:it|them|that) down|moved on)\b|"
    r"\b(?:migrated|moved|switched|got) (?:off|away from) (?:it|them|that|those)\b|\b(?:ditched|dropped|got rid of|"
    r"stopped using|abandoned|gave up|gave up on|shut down|turned off|sunset(?:ted)?|decommissioned|killed|"
    r"discontinued|stopped doing|phased out|wound down) (?:it|them|that|those|this|the \w+)(?: \w+)?\b|\b(?:not|"
    r"no) (?:any ?more|longer)\b|\bnot now\b|"
    # (a permission withdrawn is no usage ended: "so OpenAI direct is not ok anymore" - they still use it today)
    r"\bnot (?!(?:ok|okay|allowed|permitted|possible|an option|acceptable|compliant|fine|legal)\b)\w+(?: \w+)? "
    r"(?:any ?more|again)\b|"
    # what is said before is set outside this ("some researchers have HIPAA data but those projects are explicitly
    # out of scope for this service")
    r"\b(?:those|these|they|that|this|it)\b(?: \w+){0,2} (?:are|is) (?:\w+ )?(?:out of scope|excluded|not in scope)\b|"
    r"\b(?:wasn'?t|was not|isn'?t|not) worth it\b|\b(?:we|they) stopped\b|\b(?:was|were|got|been) (?:dissolved|"
    r"disbanded|cut|laid off|let go|eliminated|shut down)\b|\b(?:decided|opted|chose|voted) against (?:it|that|this|"
    r"them)\b|\bruled (?:it|that|this) out\b|\b(?:rejected|vetoed|scrapped|nixed|shelved) (?:it|that|this|the idea)\b"
)
INTERJECTION = rx.compile(
    r"\s*(?:[,.!:;-]|(?:it|its|it's|we|we're|our|they|that|this|i|just|only|gotta|has to|people|users|customers|"
    r"folks|everyone|the)\b)"
)
PREDICATE = rx.compile(
    r"(?:needed|required|relevant|applicable|apply|applies|matters?|counts?|covers?|an issue|a concern|in scope|"
    r"really|at all|for us|here|though|anymore|now|yet|important|necessary|a requirement|a factor|a thing|an option|"
    r"allowed|needed|involved|planned|expected|wanted|happening|related|pertinent|in play|on the table|our problem|"
    r"a problem|on our radar|mandatory|binding|in effect|in force|acceptable|ok|okay|fine|possible|welcome|approved|"
    r"suitable|viable|compliant|good enough|an option for us)\b"
)
# Said of the past with no word on today ("we fine-tuned a BERT model years ago"): neither asserted nor denied.
PAST_TIME = rx.compile(
    r"\b(?:years? ago|months ago|weeks ago|a while (?:ago|back)|previously|in the past|back then|formerly|"
    r"historically|(?:we|i) tried\b.{0,40}\bonce|once tried|last (?:year|quarter|spring|summer|autumn|fall|winter)|"
    r"(?:in|back in|during) (?:19|20)\d\d|on (?:a|an|the|our) (?:previous|earlier|older|last|old) (?:project|"
    r"product|version|system))\b"
)
# A change made in the past that holds today ("we moved to Kubernetes last year", "hired two SREs in 2023").
ONGOING = rx.compile(
    r"\b(?:since|still|now|today|currently|ever since|(?:moved|migrated|switched|went)(?: \w+){0,2} (?:over )?to|"
    r"adopted|started|set up|stood up|rolled out|hired|introduced|bought|built|launched|keep|keeps|continue|"
    r"continues|again|got|obtained|achieved|passed|earned|certified|became|completed|signed off|approved|cleared|"
    r"green[- ]?lit)\b"
)
# Past that ends today ("we used to fine-tune", "dropped k8s"): denied now. PAST is both (numbers in either are off).
PAST = rx.compile(
    r"\b(?:years? ago|months ago|used to|previously|in the past|in a (?:past|previous|former|prior) life|"
    r"back then|was the old|the old (?:app|product|system|"
    r"setup|one|chatbot|bot|tool|service|platform|pipeline|website|site|version)|"
    r"at my (?:last|previous|old) (?:job|company|employer|gig|startup|place)|back when (?:i|we) (?:was|were|worked)|"
    r"when i (?:was|worked) (?:at|for) (?:a|an|my)\b|my (?:last|previous|old) (?:job|company|"
    r"employer|startup)|(?:my |the )?(?:last|previous|old) gig|we removed|removed|dropped|got rid of|not anymore|"
    r"no longer|before we had|(?:he|she|they|who) quit|"
    r"left the "
    r"company|\b(?:quit|resigned|walked out|moved on|was let go|got let go)\b|"
    r"(?:he|she|they|who) (?:has |have )?left\b|(?:got|was|were|been) (?:cut|axed|dissolved|disbanded|eliminated|"
    r"let go)|lay-?of+s?|not replaced|"
    # "until now" ends today, but not "until now we only use gpt-4o" (so far, in the present tense)
    r"until now(?!,?\s+(?:we|i)\s+(?:only\s+|just\s+|still\s+|mostly\s+|always\s+)?(?:use|run|pay|call|are|have|"
    r"spend|send|rely)\b)|formerly|historically|"
    r"(?<!as )(?<!like )(?:earlier |before )?i (?:said|mentioned|told you)"
    r"(?!:? (?:already|before|earlier|twice|above)\b)|"
    r"when i said|migrated (?:off|away)|moved (?:off|away from)|ditched|abandoned|switched (?:off|away from)|"
    r"decommissioned|sunset(?:ted)?|retired|dissolved|disbanded|laid off|layoffs?|restructur\w*|"
    r"(?:killed|ditched|shut down|turned off|stopped|scrapped|cancell?ed) (?:the|our)|"
    # "..., but we shut that down", "it was discontinued": what the figure was about has ended
    r"(?:shut|turned|closed) (?:it|that|this|them|those) (?:down|off)|(?:was|were|got|has been|have been) "
    r"(?:shut down|discontinued|turned off|switched off|killed|scrapped|decommissioned)|"
    r"(?:had|were|was|used)\b.{0,60}\b(?:until|till|til)\b|before (?:was|we were|it was|that)|"
    # a figure that held until a month gone by ("$20k/mo (gpt-4o, until Mar) -> $8k/mo now")
    r"\((?:[^()]{0,40}[,;]\s*)?(?:until|till|til) (?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\)|"
    r"(?:ignore|disregard|forget) "
    r"(?:\w+ ){0,4}(?:i said|i mentioned|earlier|before|statement))\b"
)


# People on the team today whose skill was gained before: "we have 4 people who did MLOps on a previous project"
# (the past time tells when they learnt it, not that they left)
SKILLED_NOW = rx.compile(
    r"\b(?:we(?: still)? (?:have|'ve got|got)|we've got|there (?:are|is)|(?:our|the) team (?:has|includes))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:who|that)\s+(?:(?:have|has|'ve)\s+)?(?:already\s+)?(?:done|did|ran|run|worked|built|"
    r"managed|operated|handled|set up|know|knows|led)\b"
)


def team_polarity(chunk: Chunk, start: int, end: int, skill: bool = True) -> Polarity:
    """``polarity`` of a phrase about the team: another project named in the sentence does not make the team
    someone else's ("they run two A100s for another project", "our infra guys run k8s for a separate product"),
    and a skill learnt before by people on the team now is theirs ("we have 4 people who did MLOps on a previous
    project"; ``skill`` False for infrastructure, which a skill learnt elsewhere does not bring)."""
    if chunk.away:
        chunk = replace(chunk, others=False)
    if chunk.past or not PAST_TIME.search(chunk.text):
        return polarity(chunk, start, end)
    skilled = skill and SKILLED_NOW.search(chunk.text) is not None

    def blank(m: re.Match[str]) -> str:
        # a past time closing an earlier clause ("did MLOps on a previous project, k8s on our own boxes") is that
        # clause's; one opening the sentence ("on a previous project, we ran k8s") reaches past the comma
        own_clause = m.end() <= start and "," in chunk.text[m.end() : start] and chunk.text[: m.start()].strip()
        return " " * len(m.group(0)) if skilled or own_clause else m.group(0)

    return polarity(replace(chunk, text=PAST_TIME.sub(blank, chunk.text)), start, end)


def _cue_reaches(cue: re.Match[str], before: str, phrase: str = "", phrase_rest: str = "") -> bool:
    """Whether a negation cue governs the phrase that starts where ``before`` ends."""
    if (
        cue.group(0) in ("no", "nope", "nah")
        and not before[: cue.start()].strip(" ,.!-")
        and INTERJECTION.match(before[cue.end() :])
    ):
        return False  # "no, it's real-time": an answer to the question, not a negation of what follows
    between = before[cue.end() :]
    if cue.group(0) == "zero" and rx.search(
        r"\b(?:near|close to|almost|nearly|basically|practically|next to)\s*$", before[: cue.start()]
    ):
        return False  # "usage is near zero most of the year and goes mental at harvest": a level, no denial
    if (
        cue.group(0) in ("no", "nope", "nah", "none", "zero", "never")
        and rx.match(r"\s*[,;/|]", between)
        and rx.search(r"\w\s*[:=-]?\s*$", before[: cue.start()])
    ):
        return False  # "gpu no, k8s yes": a "no" after its item answers that item, not the next one
    if (
        cue.group(0) in ("none", "neither")
        and rx.match(r"\s*of\b[^.;]*$", between)
        and not rx.search(r"\b(?:is|are|was|were|has|have|do|does|we|our|they|it|but)\b", between)
    ):
        return True  # "none of HIPAA, PCI or GDPR apply": the whole list is denied
    if rx.search(
        r"\b(?:and|so|because|since|therefore|hence)\s+(?:we|we'?re|we'?ve|i|i'?m|our|they|they'?re|it'?s|there'?s|it|"
        r"that|this|everything)\b",
        between,
    ):
        return False  # "no compliance regime here and we're happy sending it to any API": a new clause
    if rx.match(
        r"\s*(?:\w+\s+){0,2}?(?:matter|matters|care|cares|important|needed|required|necessary|critical|an issue|a "
        r"concern)\b\W+(?:it|it'?s|we|we'?re|our|they|everything|all|this|these)\s",
        between,
    ):
        return False  # "latency doesn't really matter it all runs overnight": a new clause, said without a comma
    if rx.search(r"\b(?:and|but)\s+(?:also\s+)?(?:run|use|have|operate|manage|host|deploy|maintain)s?\b", between):
        return False  # "zero ML engineers and run k8s": a new predicate, which the negation does not reach
    if rx.match(r"[\w .-]{0,30}?\s+(?:yes|yep|yup|yeah|sure|definitely)\b", phrase_rest) and rx.search(
        r"[,;/]", between
    ):
        return False  # "no ML engineers, k8s yes": the item after the comma is answered on its own
    if rx.search(r"\b(?:and|so|because|since)\b", between) and rx.match(
        r"[\w -]{0,40}?\b(?:is|are|was|were|would|will|works?|fine|ok|okay|enough)\b", phrase_rest
    ):
        return False  # "not regulated at all and open models are fine": a new clause with its own predicate
    if rx.search(r"\b(?:and|but|plus|with)\s*$", between) and rx.match(r"\s*\d", phrase):
        return False  # "zero ML people and 2 DevOps engineers": a new item with its own count
    if rx.search(r"\b(?:complain\w*|objected|minded|cared|questioned)\b", between):
        return False  # "nobody has complained about the next-day reports" affirms them
    if rx.search(r"\b(?:below|less than|worse than|short of|lower than|compromise)\b", between):
        return False  # "won't compromise below frontier", "not worse than GPT-5": a double negative affirms
    if rx.search(r"\b(?:we|i) (?:do|also|still|definitely|really)\b|\bstill\b", between):
        return False
    if "," in between:
        # A list carries a "no" ("no PCI, HIPAA or GDPR"); a new statement does not ("no compliance drama,
        # traffic is office hours"), nor does a "not" ("not HIPAA, GDPR": the alternative).
        if cue.group(0) not in ("no", "neither", "nor", "without", "none", "nope", "nah"):
            return False
        segments = between.split(",")
        if len(segments[0].split()) > 2:
            return False
        # "no ML engineers, open source is fine": the phrase has its own predicate, so it is a new statement
        if rx.match(
            r"[\w -]{0,40}?\b(?:is|are|was|were|would|will|should|works?|seems?|sounds?|looks?|fine|ok|"
            r"okay|enough|needed|required|applies|apply)\b",
            phrase_rest,
        ):
            return False
        for segment in [*segments[1:-1], segments[-1] + phrase]:
            if rx.match(r"\s*(?:\d|one|an?|two|three|some|plenty|lots|just|only|but|yes|yeah)\b", segment):
                return False
        if rx.search(
            r"\b(?:is|are|was|were|has|have|had|do|does|need|needs|use|uses|run|runs|must|can|will|would|should|"
            r"it|its|it's|we|our|they|i|care|matter|matters|about)\b",
            between,
        ):
            return False
    return True


# Set phrases that open with a hypothetical word but hedge nothing ("if I'm honest", "if that helps").
# how long people put up with: "players notice if an NPC takes more than half a second to start talking", "users bail
# if it takes longer than 2 seconds" (no hypothetical: a limit; ``quantities.latency`` reads its figure)
PUT_UP_WITH = (
    r"(?:notice|complain|bail|leave|churn|quit|bounce|up|off|annoyed|frustrated|angry|away) if (?:it|the \w+|an? \w+|"
    r"our \w+|responses?|replies|answers?) (?:takes?|is|are|gets?) (?:more|longer|slower) than"
)
IDIOMS = rx.compile(
    r"\bif (?:i'?m (?:being )?honest|i may|i can say|that helps|it helps|that matters|relevant|you ask me|you need to "
    r"know|that'?s relevant|you'?re curious|you must know|"
    # what a look at our own numbers shows ("if I pull up the Grafana dashboard you see two humps")
    r"(?:i|you|we) (?:pull up|look at|open|check|go to|glance at|eyeball) (?:the |our |my )?(?:\w+ )?(?:dashboards?|"
    r"graphs?|"
    r"charts?|metrics|logs|grafana|datadog|numbers|stats|usage|traffic|bill|invoice))\b|"
    # how long people put up with ("players notice if an NPC takes more than half a second to start talking"): a limit
    r"\b" + PUT_UP_WITH + r"\b"
)


# A permission with a condition on where the thing runs or what covers it ("our own Azure tenant is fine if it's in a
# US region", "he'd accept it if it's covered under the BAA"): the condition is a requirement, not a hypothetical.
PERMITTED_IF = rx.compile(
    r"(?P<ok>\b(?:fine|ok|okay|acceptable|accept|allowed|permitted|approved?|can use|could use)\b[^.;?]{0,40}?)"
    r"\b(?:only )?(?:if|as long as|provided) (?:it'?s|it is|they'?re|they are|that'?s|the data (?:is|stays)|"
    r"everything (?:is|stays)|it stays) (?:\w+ )?(?:in|within|inside|hosted|located|kept|stored|covered|under|signed)\b"
    # "cloud is ok if it is our own account", "fine if it's Tokyo region and our own tenant"
    r"|(?P<ok3>\b(?:fine|ok|okay|acceptable|allowed|permitted)\b[^.;?]{0,30}?)\b(?:only )?(?:if|as long as|provided) "
    r"(?:it'?s|it is|they'?re|they are)\s+(?:[\w-]+\s+){0,4}?(?:in\s+)?our own\b"
    # "we could use OpenAI if we wanted": allowed, whether used or not
    r"|(?P<ok2>\b(?:can|could) use\b[^.;?]{0,30}?)\bif (?:we|i) (?:wanted|want|wanted to|want to|liked|like|chose to|"
    r"choose to)\b"
)


OFF_LIMITS_TO_US = rx.compile(
    r"\b(?:off[- ]limits|not (?:available|accessible|open)|unavailable|closed) (?:to|for) (?:us|our (?:team|group|"
    r"department|project))\b|\b(?:we|our team) (?:can'?t|cannot|can not|are not allowed to|aren'?t allowed to|may not) "
    r"(?:use|touch|access) (?:it|them|that|those)\b|\bwe (?:have|get) no (?:access|quota) (?:to|on) (?:it|them|that)\b"
)
# (only hardware is set aside so: "OpenAI is not available to us in the EU" is a rule of ours)
HARDWARE_NAMED = rx.compile(
    r"\b(?:\d+[- ]?)?(?:gpus?|clusters?|[ahlbv]\d{2,3}s?|rtx|dgx|cards?|servers?|hardware|nodes?|machines?|boxes)\b"
)
BOSS_BELIEF = rx.compile(
    r"\b(?:my|our|the) (?:boss|manager|cto|ceo|cio|cfo|ciso|vp|lead|director|head of \w+|founder|co-?founder|"
    r"team lead|board|prof(?:essor)?|advisor|consultant|investors|vcs|backers)\s+"
    r"(?:is (?:convinced|sure|certain|adamant)|are (?:convinced|sure|certain|adamant)|believes?|thinks?|reckons?|"
    r"feels?|is of the opinion|assumes?|keeps? (?:saying|insisting|telling (?:us|me))|is (?:saying|telling|insisting)|"
    r"says|insists?|wants?|would like|is pushing for)\b|"
    # "Higher management wants the model to be trained on our data"
    r"\b(?:(?:higher|senior|top|upper|the)\s+)?(?:management|leadership|higher-?ups|stakeholders)\s+"
    r"(?:wants?|would like|"
    r"is pushing for|insists?|is insisting|keeps? asking for|asks? for|believes?|thinks?|is convinced)\b"
)
USER_DOUBT = rx.compile(
    r"\bi'?m (?:less|not (?:so |that |as )?)sure\b|\bi (?:doubt|am not sure|'m skeptical|am skeptical)\b|"
    r"\b(?:we )?(?:haven'?t|have not|never) (?:actually |really )?(?:tested|tried|run any tests?|benchmarked)|"
    r"\b(?:no|not) (?:run )?any tests?\b|\bhave not run any test|"
    r"\bi (?:really |just |honestly )?(?:don'?t|do not) (?:really )?(?:think so|buy it|agree|see it)\b|"
    r"\bi(?:'m| am) not (?:agreeing|convinced|buying it)\b|\bi (?:really )?disagree\b|"
    # the user's own view said against it ("That's his personal view; the written policy says ...", "but honestly
    # I think a reputable API vendor is fine")
    r"\b(?:that'?s|that is|it'?s|it is) (?:just |only |merely )?(?:his|her|their) (?:own |personal )?(?:view|opinion|"
    r"take|preference)\b|\b(?:but|though),? (?:honestly,? |personally,? |frankly,? )?i (?:personally )?"
    r"(?:think|believe|disagree|feel)\b|\bi disagree\b|\b(?:honestly|personally|frankly),? i (?:personally )?(?:think|"
    r"believe|feel)\b"
)


# A bracketed piece that only denies what comes before it: "HIPAA (not relevant here, no PHI)", "PCI (doesn't apply)".
DENIED_ALONE = rx.compile(
    r"\W*(?:(?:it|that|this)(?:'s| is)\s+)?(?:not (?:really |actually )?(?:relevant|applicable|in scope|needed|"
    r"required|an issue|a concern|a factor|a thing)|irrelevant|n/a|"
    r"(?:doesn'?t|does not|don'?t|do not) (?:really )?apply|no longer applies|not for us|nope|no)\b"
    r"(?:\s+(?:here|to us|for us|for this|in our case|to this|anymore))?\W*"
)
# a relative clause that denies the thing named ("HIPAA, which isn't relevant here", "SOC 2, which doesn't apply to us")
RELATIVE_DENIAL = rx.compile(
    r"\s*\)?\s*,?\s*(?:which|that)\s+(?:is\s+|are\s+|was\s+)?(?:n'?t|not|isn'?t|aren'?t|wasn'?t|doesn'?t|does not|"
    r"don'?t|do not)\s+(?:really\s+|actually\s+|even\s+)?(?:relevant|applicable|apply|applies|matter|in scope|"
    r"needed|required|an? (?:issue|concern|factor|requirement|thing))\b"
)
# a relative clause that denies a fault of the thing named, not the thing ("the cheapest that isn't dumb")
QUALIFIED_AFTER = rx.compile(
    r"\s*(?:one\s+|model\s+|option\s+)?(?:that|which)\s+(?:isn'?t|is not|'s not|aren'?t|are not)\s+(?:\w+\s+)?"
    r"(?:dumb|stupid|terrible|awful|garbage|useless|bad|broken|crap|rubbish)\b"
)


def _hypothetical_later(text: str, end: int) -> bool:
    """Whether what makes a chunk hypothetical is in a clause after ``end`` (joined by ", and", ", but", ", while")."""
    # (or a clause of what the user is weighing: "we have a chatbot on gpt-4o, trying to figure out if we should
    # self host")
    cut = rx.search(
        r",\s+(?:and|but|while|whereas|so|(?:(?:we'?re|i'?m|we are|i am)\s+)?(?:trying|wondering|looking|deciding|"
        r"figuring|weighing|considering|thinking)\b)\s*",
        text[end:],
    )
    if cut is None:
        return False
    head = text[: end + cut.start()]
    return not HYPOTHETICAL.search(IDIOMS.sub(" ", PERMITTED_IF.sub(r"\g<ok>\g<ok2>\g<ok3>", head)))


def polarity(chunk: Chunk, start: int, end: int) -> Polarity:
    """Whether the phrase at [start, end) of ``chunk.text`` is asserted ("yes") or denied ("no")."""
    if chunk.question:
        return "question"
    if chunk.hypothetical and not chunk.conditional and not chunk.others and _hypothetical_later(chunk.text, end):
        # "everything has to stay in our own GCP project, and fine-tuning might happen eventually": the guess is a
        # later clause's of its own
        chunk = replace(chunk, hypothetical=False)
    if chunk.hypothetical or chunk.others:
        return "other"
    if chunk.past:
        return "no"
    if chunk.tentative:
        return "other"
    if TENTATIVE_AFTER.match(chunk.text[end:]) or rx.search(
        r"\b(?:maybe|possibly|perhaps)\s+(?:also\s+|even\s+)?$", chunk.text[:start]
    ):
        return "other"  # "SOC 2 for sure, PCI maybe": only the guessed one is a guess
    before = chunk.text[:start]
    after = chunk.text[end:]
    cue = None
    for m in NEG_CUE.finditer(before):
        cue = m
    if cue is not None and _cue_reaches(cue, before, chunk.text[start : start + 12], chunk.text[start : end + 30]):
        return "yes" if cue.group(0) == "used to" and rx.search(r"\bstill\b", after) else "no"
    if chunk.denied_after and not after.strip(" .,;:)!-"):
        return "no"  # "HIPAA (not relevant here)"
    if RELATIVE_DENIAL.match(after):
        return "no"  # "HIPAA, which isn't relevant here"
    following = POST_NEG.search(after)
    if following is not None and QUALIFIED_AFTER.match(after):
        following = None  # "whatever's cheapest that isn't dumb": the denial is of "dumb", a quality asked of it
    if following is not None:
        rest = after[following.end() :]
        word = following.group(0).strip(" ,.:;-")
        # "HIPAA no PCI": a bare "no"/"not" right before another noun belongs to that noun
        last = word.split()[-1] if word.split() else word
        pre_of_next = last in ("no", "not") and bool(rx.match(r" +[a-z]", rest)) and not PREDICATE.match(rest.strip())
        if last == "not" and rx.match(
            r"\s+(?:in|on|at|for|yet|really|used|needed|running|being|have|has|need|needs|use|uses|run|runs|require|"
            r"requires|apply|applies|matter|operate|own|want|do|does|a|an|the|any|so|that|too|very|currently|something|"
            r"anything|happening|planned|going|on the cards|in the cards|relevant|applicable|important|required|"
            r"necessary|mandatory)\b",
            rest,
        ):
            pre_of_next = False  # "GPUs we do not have in production", "our GPUs are not in production yet"
        if last == "no" and rx.match(
            r"\s+(?:concern|issue|problem|factor|requirement|need|relevance|bearing|worry|bother|impact|matter|business|"
            r"applicab\w+)\b",
            rest,
        ):
            pre_of_next = False  # "HIPAA no concern us", "HIPAA is no concern of ours": it is denied
        if (
            last == "not"
            and word == "not"
            and rx.match(
                r"\s+(?:the|a|an|any)\s+(?:public\s+)?(?:cloud|api|apis|vendor|vendors|internet|saas|hyperscalers?)\b"
                r"\s*(?:$|[,.;!?)]|\s+(?:our|we|and|but|so|it|its|it's|or)\b)",
                rest,
            )
        ):
            pre_of_next = True  # "it has to be on our own machines not the cloud": the other place is denied
        if last == "not" and rx.match(r"\s*~?\d", rest):
            pre_of_next = True  # "A100 is 80GB not 40GB": the figure after it is corrected, not the thing before
        if last in ("no", "not") and rx.match(r"\s*(?:later|more|longer|slower|higher|greater|worse|less) than", rest):
            pre_of_next = True  # "start streaming no later than 500 ms" states the limit
        exceed = word in ("not", "n't") or word.endswith("not")
        if exceed and rx.match(
            r"\s*(?:exceed|be (?:more|longer|over|above|slower)|go (?:over|above|beyond)|take "
            r"(?:more|longer)|regress|drop|fall|dip|go below)",
            rest,
        ):
            pre_of_next = True  # "must not exceed 800 ms" states the limit
        if not pre_of_next:
            return "no"
    if PAST_TIME.search(chunk.text) and not rx.search(r"\b(?:used to|no longer|not anymore|any ?more)\b", chunk.text):
        if PAST.search(PAST_TIME.sub(" ", chunk.text)):
            return "no"  # "decommissioned in 2024", "dissolved last year": ended
        if not ONGOING.search(chunk.text):
            return "other"
    if PAST.search(chunk.text):
        return "no"
    return "yes"
