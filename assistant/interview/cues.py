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
from assistant.interview.cue_table import AGREEMENT, ANSWER_CUES, CUES, INDUSTRY, OPEN_REJECTED
from assistant.interview.scope_parties import CLIENT_CONTEXT

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


INTENT = re.compile(r"\b(?:plan(?:ning|s)? to|on the roadmap|roadmap|intend(?:s|ing)? to|want to|would like to)\b")
# An opinion about a topic ("fine-tuning sounds expensive"), not a statement of what the user does.
OPINION = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:sounds|seems|looks|feels|is|'s|are|gets)\s+(?:\w+\s+){0,2}?(?:expensive|hard|complicated|"
    r"costly|risky|scary|pricey|difficult|interesting|cool|hyped|overrated|a pain|a lot of work|a rabbit hole|"
    r"too much (?:hassle|work|effort|trouble)|not worth it|more trouble than|overkill|a buzzword|hype|hyped up|trendy|"
    r"fashionable|"
    r"intimidating|tricky|complex|fiddly|(?:a |like a |like )?(?:nightmare|headache|pain|hassle|chore)|painful|"
    r"daunting|terrifying|miserable|(?:a |like )?(?:scam|gimmick|fad|myth|meme|racket|snake oil|bs|bullshit|"
    r"waste of (?:time|money))|useless|pointless|dead(?! (?:simple|easy|straightforward))|oversold)\b"
)
# What the team would have to do, not what it does ("we'd need help running vLLM").
CONDITIONAL = re.compile(
    r"\b(?:we'd|we would|we could|they'd|you'd|i'd|we'll|we will|we'?re going to|we are going to|we'd rather)\b|"
    r"\b(?:the plan is|plan(?:ning|s)? (?:is )?to|going to|gonna|hope to|hoping to|intend(?:s|ing)? to|"
    r"aim(?:ing)? to)\b|"
    # a wish, not a practice ("we want to self-host Llama on our own hardware", "self-hosting in-house is the goal")
    r"\b(?:want(?:s|ed)? to|wanna|(?:would|'d) (?:like|love) to|looking to|keen to|ideally|is the goal|(?:our|the) "
    r"(?:goal|aim|idea|dream|wish) is)\b|"
    r"\bwould (?:need|have to|require|struggle)\b|\bwill (?:need|have to|require)\b|"
    # a move still ahead ("we're migrating to k8s next month")
    r"\b(?:migrating|moving|switching|transitioning|porting) (?:over |everything |it all )?to\b|"
    r"\b(?:next|this coming) (?:month|quarter|year|sprint)\b|"
    r"\b(?:planned|scheduled|slated|pencil(?:l)?ed in) (?:for|in|by|next)\b|\b(?:for|by|in) (?:q[1-4]|h[12])\b"
)
# The model is what runs on the GPUs ("Llama 70B runs on 2 H100s"): sizing, not the team's experience.
MODEL_SUBJECT = re.compile(
    r"\b(?:models?|llms?|llama[\w.-]*|mistral[\w.-]*|qwen[\w.-]*|deepseek[\w.-]*|gpt[\w.-]*|it|\d+b|that|this|which|"
    r"inference|workloads?|weights|version|one)\s*(?:(?:would|will|can|could|should|is|are|be|to|then|also|"
    r"only)\s+){0,2}$"
)
MODAL = re.compile(r"\b(?:would|could|will|should|might|may|can)\b|'d\b|'ll\b")
# Somebody else operates it ("vendors run the GPUs for us", "AWS manages the GPU nodes").
OTHER_OPERATOR = re.compile(
    r"\b(?:vendors?|providers?|someone else|somebody else|third[- ]part(?:y|ies)|openai|anthropic|aws|azure|gcp|"
    r"google|microsoft|the cloud|hosts?|partners?|customers?|clients?|msps?|contractors?|consultants?|another team|"
    r"the other team)(?:'s)?(?:\s+(?!with\b|and\b|plus\b|using\b)\w+){0,2}\s*$"
)
# Shape words said of latency, cost or quality, not of the traffic ("latency spikes", "costs are stable").
OFF_TRAFFIC_NEAR = re.compile(
    r"\b(?:latency|response time|ttft|cost|bill|price|gpu|error|memory) (?:\w+ )?(?:spik|burst|surg|jump|swing|"
    r"fluctuat)\w*|(?:spik|burst|surg|jump|swing|fluctuat)\w* (?:in|of) (?:the )?(?:latency|response times?|cost|"
    r"bill|price|errors?|memory)|(?:steady|stable|consistent|predictable|constant|flat|even) (?:\w+ )?(?:latency|"
    r"response times?|ttft|costs?|bills?|prices?|pricing|quality|performance|throughput)|(?:latency|response times?|"
    r"costs?|bills?|prices?|pricing|quality|performance|spend) (?:is|are|was|were|stays?|remains?|gets?) (?:\w+ )?"
    r"(?:steady|stable|consistent|predictable|constant|flat|spiky|bursty|erratic|unpredictable|variable|uneven)"
)
# A shape word said of something other than the traffic ("steady growth", "our budget is predictable", "24/7 on-call
# support", "the team is stable"), in a sentence that names no traffic at all.
OFF_TRAFFIC = re.compile(
    r"\b(?:growth|grow\w*|budget\w*|team|staff|people|headcount|hiring|costs?|bills?|spend\w*|prices?|pricing|revenue|"
    r"support|on-?call|ops|quality|latency|performance|uptime|sla|availability|weather|market|funding|roadmap|sres?|"
    r"devops|devs?|developers?|offices?|colleagues|contractors?|"
    r"relationship|vendor|provider|contract|employees|engineers?|gpus?|servers?|electricity|power)\b"
)
# Shape words that fit many subjects ("steady", "spiked", "24/7"), unlike "office hours" or "Black Friday".
GENERIC_SHAPE = re.compile(
    r"steady|stable|predictab|consistent|constant|flat|spik|surg|swing|fluctuat|variable|uneven|24|round|around|"
    r"up and down|unpredictab|erratic|irregular|burst|continuous|uniform|regular|smooth|level|non[- ]?stop|always|"
    r"time ?zones|world|globe|season"
)
ON_TRAFFIC = re.compile(
    r"\b(?:traffic|load|usage|use[sd]?|requests?|reqs?|(?<!-)calls?|volumes?|queries|query|tickets?|messages?|chats?|"
    r"conversations?|demand|throughput|hits?|sessions?|qps|rps|rpm|tokens?|users?|customers?|visitors?|peaks?|"
    r"spikes?|bursts?|workload|jobs?|documents?|emails?|sign-?ups?|orders?|activity|busy|quiet|idle|dead)\b"
)
# Where data or machines are ("stays on the servers in the office"): an office named as a place, not a time.
PLACE_OF_DATA = re.compile(
    r"\b(?:stay|stays|kept|keep|stored|store|hosted|host|servers?|computers?|machines?|hardware|racks?|data|"
    r"gpus?)\b"
)
# A team word named as a topic or as somebody else's trade, not as what the team has ("MLOps best practices",
# "our MLOps maturity", "the MLOps consultant we hired").
TOPIC_AFTER = re.compile(
    r"[- ]?(?:best practices|practices|maturity|principles|concepts?|culture|hype|buzzword|course|certification|"
    r"books?|talks?|conference|trends?|consultants?|contractors?|agenc(?:y|ies)|vendors?|firms?|providers?|"
    r"compan(?:y|ies)|freelancers?|consultancy|as a service|saas)\b"
)
# Run by somebody outside the team, said after it ("a k8s cluster run by the hosting provider").
RUN_BY_OTHERS = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:run|managed|operated|hosted|handled|maintained|administered) (?:entirely |fully |"
    r"completely )?by (?:the |our |a |an )?(?:[\w-]+ )?(?:provider|vendor|msp|partner|host|hosting company|aws|azure|"
    r"gcp|google|microsoft|contractors?|consultancy|consultants|agency|third[- ]party|someone else|another company)\b"
)
# A team word said to be no trouble ("k8s isn't a problem for us", "kubernetes is no big deal").
NO_PROBLEM = re.compile(
    r"\s*(?:is|'s|are|was|were)?\s*(?:not|n't|never|no)\s+(?:really\s+|much\s+|ever\s+)?(?:a |an |of an? )?(?:problem|"
    r"issue|concern|worry|blocker|challenge|big deal|sweat|hurdle)\b|\s*(?:is|'s|are)\s+(?:isn'?t|aren'?t|not)\s+an? "
    r"(?:problem|issue)\b"
)
# GPUs known only away from production ("GPU experience limited to notebooks", "GPUs only from university").
TOY_GPUS = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:limited to|only (?:on|in|from|for|with|at)|just (?:on|in|for|at)|mostly (?:on|in|for)|"
    r"restricted to|confined to)\s+(?:\w+\s+){0,2}?(?:notebooks?|jupyter|laptops?|colab|kaggle|experiments?|"
    r"research|universit(?:y|ies)|school|college|hackathons?|side projects?|hobby|toy|personal|home|gaming|sandbox|"
    r"dev(?:elopment)?|testing|pocs?|prototypes?|demos?|workstations?|desktops?)\b"
)
# Said after a team word: the team does not have it ("k8s felt like too much", "kubernetes was considered and rejected",
# "MLOps is outsourced to a consultancy").
TEAM_POST_NEG = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:too much\b|too (?:complex|complicated|heavy)|overkill|more trouble than|not worth "
    r"(?:it|the)|(?:considered|evaluated|tried|tested|piloted|looked at|discussed|explored) (?:and|but) (?:then )?"
    r"(?:rejected|dropped|abandoned|ruled out|dismissed|shelved|vetoed|killed|scrapped|decided against)|"
    r"(?:fully |all |entirely |completely )?outsourced\b|handled externally|done (?:externally|by (?:a|an|the|our) "
    r"(?:vendor|consultancy|contractor|partner|agency|msp)))"
)
# What the team has never done, said as novelty ("GPU ops would be brand new for us", "k8s is a black box to us").
UNFAMILIAR_AFTER = re.compile(
    r"[^.;,!?]{0,30}?\b(?:(?:brand|completely|totally|entirely|all|pretty|very|something) )?(?:new (?:\w+ )?(?:to|for) "
    r"(?:us|me|"
    r"the team|everyone|everybody|all of us|our (?:\w+ )?(?:team|org|organi[sz]ation|company|department|group))|"
    r"a (?:complete |total )?(?:black box|mystery|closed book|foreign "
    r"(?:land|country)|learning curve)|uncharted|foreign to (?:us|me)|outside (?:of )?our (?:comfort zone|"
    r"wheelhouse|expertise|skill ?set)|not (?:really )?(?:our|my) (?:thing|strength|forte|wheelhouse|area)|"
    r"(?:we'?re|we are|i'?m) (?:total |complete )?(?:clueless|lost|noobs?|beginners|newbies|amateurs)|"
    r"(?:an? )?(?:foreign|alien|unknown|greek|strange) (?:word |concept |term |territory |thing |topic )?(?:to|for) "
    r"(?:us|me|the team|everyone|everybody|all of us))"
)
LEARN_BEFORE = re.compile(r"\b(?:learn|figure out|pick up)\w*\s+(?:\w+\s+){0,3}?$")
# "we'd need to learn how to run GPUs", "we'd have to figure out how to operate k8s": a skill still to acquire
LEARN_HOW_BEFORE = re.compile(r"\b(?:learn|figure out|pick up|work out)\w*\s+how to\s+(?:\w+\s+){0,2}?$")
CLUELESS_BEFORE = re.compile(
    r"\b(?:clueless|no clue|no idea|zero idea|know nothing|knows nothing|don'?t know (?:anything|the first thing|"
    r"much)) (?:about|on|regarding|with) (?:\w+ ){0,2}?$|\b(?:clueless|no clue|no idea|zero idea|(?:don'?t|do not|"
    r"doesn'?t|does not) (?:really )?know|(?:don'?t|do not) have a clue|not sure) (?:on |about )?how (?:to|you) "
    r"(?:\w+ ){0,2}?$|\b(?:no idea|no clue|(?:don'?t|do not|doesn'?t) (?:even |really )?know|never heard) what "
    r"(?:an? )?$"
)
CLUELESS_WISE = re.compile(r"[- ]wise,?\s+(?:we'?re|we are|i'?m)\s+(?:\w+ )?(?:clueless|lost|noobs?|beginners|newbies)")


def _unfamiliar(chunk: str, start: int, end: int) -> bool:
    """Whether a team cue is named as something new to the team ("GPU ops would be brand new for us", "GPU-wise
    we're clueless", "we'd have to learn GPU ops from scratch")."""
    before, after = chunk[:start], chunk[end:]
    return bool(
        UNFAMILIAR_AFTER.match(after)
        or CLUELESS_WISE.match(after)
        or CLUELESS_BEFORE.search(before)
        or (LEARN_BEFORE.search(before) and re.search(r"\bfrom scratch\b", after))
        or LEARN_HOW_BEFORE.search(before)
    )


# Another employer or an earlier job, said before a team cue ("at my last job we ran a GPU cluster").
ELSEWHERE = re.compile(
    r"\b(?:at|in) (?:my|our|a|the|their|his|her) (?:previous|last|old|former|prior|past|earlier) (?:jobs?|"
    r"compan(?:y|ies)|employers?|roles?|gigs?|workplaces?|startups?|places?)\b|\b(?:my|our|their|his|her) (?:previous|"
    r"last|old|former|prior) (?:jobs?|compan(?:y|ies)|employers?|roles?|gigs?)\b"
)
# ... and the team itself, right after: "but here we have nothing like that", "not here though".
HERE_NONE = re.compile(
    r"\b(?:here|now|today|at this (?:company|job|place)|in this (?:company|team|job))\b[^.;!?]{0,30}?\b(?:none|"
    r"nothing|no\b|not\b|zero|n'?t)|\b(?:none|nothing|not|no) (?:like that |of that )?(?:here|now|anymore|today)\b"
)


# A place or network said to be offline ("the plant network is offline", "our site runs offline").
OFFLINE_PLACE = re.compile(
    r"\b(?:network|plant|site|facility|factory|environment|enclave|lan|systems?|machines?|servers?|cluster|premises|"
    r"building|hospital|ship|vessel|base|lab|data ?cent(?:er|re))\b(?:\s+\w+){0,3}?\s+(?:is|are|was|were|runs?|stays?|"
    r"remains?|sits?|kept|fully|completely|entirely|totally|100%)\s*(?:fully |completely |entirely |totally )?$"
)
# Jobs that are not the workload being sized ("we run nightly backups", "async under the hood").
OFF_BATCH = re.compile(
    r"\b(?:backups?|snapshots?|database dumps?|etl of|logs? rotation|under the hood|internally|technically|"
    r"(?:async|asynchronous) (?:api|client|code|python|framework|io|calls)|payroll|invoices? run)\b"
)
ON_BATCH = re.compile(
    r"\b(?:llm|model|ai|answers?|summar\w+|results?|reports?|outputs?|responses?|classif\w+|extract\w*|"
    r"documents?|tickets?|wait|waiting|users?|latency)\b"
)
# A regime named only to compare ("our law is similar to GDPR", "the local equivalent of HIPAA").
COMPARED = re.compile(
    r"\b(?:similar to|like|comparable to|equivalent (?:of|to)|analogous to|modell?ed (?:on|after)|based on|inspired by|"
    r"(?:version|equivalent|counterpart|cousin|flavou?r) of|stricter than|looser than|same as|close to|akin to|"
    r"mirrors?|resembles?)\s+(?:the\s+)?(?:eu'?s?\s+|us\s+)?$"
)
# Fine-tuning is ours only when we do, plan or need it: a first-person subject, or a requirement.
OUR_AGENCY = re.compile(
    r"\b(?:we|we'?re|we'?ll|we'?d|we'?ve|our|ours|us|i|i'?m|i'?ll|i'?d|my|let'?s|me)\b|^\W*(?:fine[- ]?tun|finetun|"
    r"lora|"
    r"plan|yes|yeah|yep)"
)
TUNE_NEEDED = re.compile(
    r"\b(?:need|needs|needed|require[sd]?|required|must|has to|have to|planned|plan|mandatory|a must|necessary|"
    r"essential|key|critical|will)\b"
)
# Tuning something that is not the model ("fine-tuned the retrieval settings", "fine-tune our copy by hand").
TUNED_OTHER = re.compile(
    r"\s+(?:the |our |its |their )?(?:\w+ )?(?:retrieval|retriever|prompts?|settings|parameters|hyperparameters|copy|"
    r"process|"
    r"pipeline|thresholds?|config\w*|rules|workflow|queries|search|ranking|heuristics?|wording|ui|dashboards?)\b"
)
# Work put off to a later phase ("fine-tuning is on the table for later", "maybe down the road"): not sized now.
LATER = re.compile(
    r"\b(?:later|down the road|down the line|in the future|at some point|on the table|phase[- ](?:2|two|ii)|v2|"
    r"someday|some day|in a later|future (?:phase|version|iteration)|"
    # not decided either way ("an open question", "I won't commit either way", "undecided")
    r"open question|(?:won'?t|can'?t|not ready to) commit|undecided|not (?:yet )?decided|"
    r"(?:haven'?t|have not|hasn'?t|has not) (?:yet )?decided|tbd|to be (?:decided|determined|seen))\b"
)
# An outside API's latency, price or quality is not where the data may go.
VENDOR_ASPECT = re.compile(
    r"'?s? (?:latency|costs?|prices?|pricing|bills?|invoices?|speed|quality|limits?|rate|outages?|downtime|errors?|"
    r"keys?|uptime|sla|performance|response times?)\b|"
    r"\s*(?:for|on|in terms of|when it comes to|regarding) (?:the )?(?:quality|accuracy|latency|speed|costs?|price|"
    r"pricing|performance|reasoning|answers)\b|\s*(?:quality|latency|speed|cost|price|performance)[- ]wise\b"
)
OFF_DATA = re.compile(
    r"\b(?:quality|accuracy|accurate|latency|speed|fast|slow|costs?|price|pricing|cheap\w*|expensive|bills?|smart\w*|"
    r"performance|reasoning|output|answers)\b"
)
ON_DATA = re.compile(
    r"\b(?:data|prompts?|information|info|records|pii|phi|customer|legal|lawyers?|security|infosec|privacy|"
    r"compliance|send|sending|sent|process|processing|see|seeing|retention|dpa|contract|allowed|permitted|approved|"
    r"leave|leaves|go|goes|going|texts?|documents?|tickets|emails?)\b"
)
# Generic praise that needs the model or its output as its subject ("on-prem is good enough for legal" is not).
GENERIC_QUALITY = re.compile(r"^(?:good enough|decent|adequate|acceptable|passable|reasonable)$")
# The noun right after a quality phrase is not the model ("GPT-4o level latency", "top-tier GPUs").
OFF_MODEL_AFTER = re.compile(
    r"[- ]?(?:\w+[- ])?(?:latenc\w*|speed|gpus?|hardware|infra\w*|support|uptime|security|pricing|prices?|costs?|"
    r"throughput|response times?|team|people|engineers?|sla)\b"
)
# A quality word said of something that is not the model ("top-tier GPUs", "latency is good enough", "our ML team is
# top notch", "state of the art infra"): the clause names another subject and no model at all.
OFF_MODEL = re.compile(
    r"\b(?:latenc\w*|gpus?|[ah]100s?|h200s?|l4s?|hardware|infra\w*|team|people|engineers?|staff|pipelines?|retrieval|"
    r"search|speed|servers?|network\w*|uptime|support|response times?|throughput|first token|streaming|cluster\w*|"
    r"k8s|kubernetes|security|tooling|observability|monitoring|dashboards?|ui|ux|frontend|backend|database|"
    r"vendor|provider|sla|availability|compliance|encryption|data ?cent(?:er|re)s?|product|company|brand|app|"
    r"website|site|business|customers|clients|ui|design|data|price[- ]performance|value)\b"
)
ON_MODEL = re.compile(
    r"\b(?:models?|llms?|quality|accuracy|accurate|answers?|outputs?|responses?|repl(?:y|ies)|reasoning|"
    r"open[- ]?(?:source|weights?)|oss|gpt[\w.-]*|claude|gemini|llama|mistral|qwen|deepseek|\d+b|mini|haiku|"
    r"flash|sonnet|opus|o\d|evals?|benchmarks?|writing|summar\w*|translations?|classification|extraction|results?)\b"
)


# A vendor allowed once the usual agreement is signed ("if the vendor signs a BAA it's fine").
AGREEMENT_IF = re.compile(r"\b(?:if|once|as long as|provided|so long as)\b.{0,40}" + AGREEMENT)
# A negation inside a permission phrase ("external APIs are not allowed"), not "no problem" nor "not an issue".
DENIED_INSIDE = re.compile(
    r"\b(?:not|never|cannot|can'?t|isn'?t|aren'?t|won'?t|wouldn'?t)\b(?! (?:a |an )?(?:problem|issue|concern|"
    r"blocker|worry)\b)"
)
# A cloud's model service named: the vendor used, which alone says nothing about where the data may go.
PLATFORM = re.compile(r"azure openai|bedrock|vertex(?: ai)?")
# Words that make a sentence about where the data may go or must stay.
BOUNDARY_WORDS = re.compile(
    r"\b(?:must|only|has to|have to|need(?:s|ed)? to|required?|requirement|mandatory|can'?t|cannot|never|not allowed|"
    r"allowed|permitted|approved|forbidden|stays?|staying|remains?|keep|kept|leaves?|leaving|tenant|tenancy|account|"
    r"subscription|vpc|vnet|private|inside|within|boundary|policy|legal|security|compliance|infosec|sovereign\w*|"
    r"residency|data (?:can|may|must)|signed off|sign[- ]off|dpa|baa|contract)\b"
)


def _sentence_of(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds position ``pos``."""
    for offset, sentence in scope.sentences(text):
        if offset <= pos < offset + len(sentence):
            return sentence
    return text


# Nobody technical at all ("there are no engineers on staff", "zero devs", "we don't have any engineers"): no one to
# run models and no one to run servers. Not when the people are qualified ("no engineers who know ML").
NO_ENGINEERS = re.compile(
    r"(?:\bno|\bzero|\b0|don'?t have any|do not have any|doesn'?t have any|without any|not a single|not one|"
    r"(?:don'?t|do not) (?:have|employ) an?|(?:have|has|with) no) (?:in[- ]house |full[- ]time |software |technical |"
    r"tech |dedicated |actual |real )?(?:engineers?|engineering (?:team|staff|people)|developers?|devs|"
    r"programmers?|coders?|tech(?:nical)? (?:people|staff|folks|team|person)|it (?:people|staff|folks|team|"
    r"department))(?= *(?:$|[,.;!)]|on (?:staff|the team|payroll|board)|at all|in[- ]house|here|whatsoever|"
    r"(?:and|but|so|or|because|since|,) ))|\b(?:nobody|no one|noone) (?:here |on (?:the |our )?(?:team|staff) )?"
    r"(?:is )?(?:technical|an engineer|a developer|a dev|who can code|who codes|writes code)\b"
)


# A role put as a question and answered with nobody ("devops? we don't have any", "ML people: none").
NONE_HERE = (
    r"(?:(?:we|i) (?:don'?t|do not) have (?:any|one|anyone|anybody)|(?:there are |there'?s |there is |we have |"
    r"it'?s )?(?:none|nobody|no one|"
    r"zero|nope|nah)\b|not (?:a single one|one|really))"
)


def no_engineers(text: str) -> bool:
    """Whether the message says there are no engineers at all, as a statement about the user."""
    for chunk in scope.chunks(text):
        if NO_ENGINEERS.search(chunk.text) and not (chunk.question or chunk.hypothetical or chunk.others or chunk.past):
            return True
    return False


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
    for_client = bool(CLIENT_CONTEXT.search(text))
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
                if key[0].startswith("team.") and pol != "question" and _unfamiliar(chunk.text, m.start(), m.end()):
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
                if key[0] == "traffic_shape" and (
                    OFF_TRAFFIC_NEAR.search(chunk.text[max(0, m.start() - 25) : m.end() + 25])
                    or (
                        "traffic_shape" not in expecting
                        and GENERIC_SHAPE.search(m.group(0))
                        and OFF_TRAFFIC.search(chunk.text[max(0, m.start() - 35) : m.end() + 35])
                        and not ON_TRAFFIC.search(_sentence_of(text, chunk.start + m.start()))
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
                if key[0] == "quality" and (
                    ((OFF_MODEL.search(chunk.text) or generic) and not ON_MODEL.search(chunk.text))
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
