"""What a cue is said of: the context around a found phrase that makes it someone else's, an opinion, a plan,
knowledge rather than practice, or a word about another subject ("latency spikes" are not bursty traffic, "the
plant network is offline" is no batch job, "fine-tuning sounds expensive" is no plan).

Data and small checks only; ``cues.votes`` applies them to each cue it finds.
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview.cue_table import AGREEMENT

INTENT = rx.compile(r"\b(?:plan(?:ning|s)? to|on the roadmap|roadmap|intend(?:s|ing)? to|want to|would like to)\b")
# An opinion about a topic ("fine-tuning sounds expensive"), not a statement of what the user does.
OPINION = rx.compile(
    r"\s*(?:\w+\s+){0,2}?(?:sounds|seems|looks|feels|is|'s|are|gets)\s+(?:\w+\s+){0,2}?(?:expensive|hard|complicated|"
    r"costly|risky|scary|pricey|difficult|interesting|cool|hyped|overrated|a pain|a lot of work|a rabbit hole|"
    r"too much (?:hassle|work|effort|trouble)|not worth it|more trouble than|overkill|a buzzword|hype|hyped up|trendy|"
    r"fashionable|"
    r"intimidating|tricky|complex|fiddly|(?:a |like a |like )?(?:nightmare|headache|pain|hassle|chore)|painful|"
    r"daunting|terrifying|miserable|(?:a |like )?(?:scam|gimmick|fad|myth|meme|racket|snake oil|bs|bullshit|"
    r"waste of (?:time|money))|useless|pointless|dead(?! (?:simple|easy|straightforward))|oversold)\b"
)
# What the team would have to do, not what it does ("we'd need help running vLLM").
CONDITIONAL = rx.compile(
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
MODEL_SUBJECT = rx.compile(
    r"\b(?:models?|llms?|llama[\w.-]*|mistral[\w.-]*|qwen[\w.-]*|deepseek[\w.-]*|gpt[\w.-]*|it|\d+b|that|this|which|"
    r"inference|workloads?|weights|version|one)\s*(?:(?:would|will|can|could|should|is|are|be|to|then|also|"
    r"only)\s+){0,2}$"
)
MODAL = rx.compile(r"\b(?:would|could|will|should|might|may|can)\b|'d\b|'ll\b")
# Somebody else operates it ("vendors run the GPUs for us", "AWS manages the GPU nodes").
OTHER_OPERATOR = rx.compile(
    r"\b(?:vendors?|providers?|someone else|somebody else|third[- ]part(?:y|ies)|openai|anthropic|aws|azure|gcp|"
    r"google|microsoft|the cloud|hosts?|partners?|customers?|clients?|msps?|contractors?|consultants?|another team|"
    r"the other team)(?:'s)?(?:\s+(?!with\b|and\b|plus\b|using\b)\w+){0,2}\s*$"
)
# Shape words said of latency, cost or quality, not of the traffic ("latency spikes", "costs are stable").
OFF_TRAFFIC_NEAR = rx.compile(
    r"\b(?:latency|response time|ttft|cost|bill|price|gpu|error|memory) (?:\w+ )?(?:spik|burst|surg|jump|swing|"
    r"fluctuat)\w*|(?:spik|burst|surg|jump|swing|fluctuat)\w* (?:in|of) (?:the )?(?:latency|response times?|cost|"
    r"bill|price|errors?|memory)|(?:steady|stable|consistent|predictable|constant|flat|even) (?:\w+ )?(?:latency|"
    r"response times?|ttft|costs?|bills?|prices?|pricing|quality|performance|throughput)|(?:latency|response times?|"
    r"costs?|bills?|prices?|pricing|quality|performance|spend) (?:is|are|was|were|stays?|remains?|gets?) (?:\w+ )?"
    r"(?:steady|stable|consistent|predictable|constant|flat|spiky|bursty|erratic|unpredictable|variable|uneven)|"
    # the model or its answers held steady ("the model must be stable", "consistent answers matter", "the API should
    # be always on"): how it behaves, not how the traffic comes
    r"\b(?:models?|llms?|answers?|responses?|outputs?|results?|accuracy|api|service|endpoint|format|tone|"
    r"behaviou?r|uptime|availability|system) (?:\w+ ){0,2}?(?:be|is|are|stays?|remains?|being) (?:\w+ )?(?:steady|"
    r"stable|consistent|predictable|constant|reliable|always[- ]on|available 24/7|up 24/7)|(?:steady|stable|"
    r"consistent|predictable|constant|reliable) (?:\w+ )?(?:answers?|responses?|outputs?|results?|accuracy|"
    r"behaviou?r|formatting|format|tone|models?|api|uptime|availability)\b"
)
# A shape word said of something other than the traffic ("steady growth", "our budget is predictable", "24/7 on-call
# support", "the team is stable"), in a sentence that names no traffic at all.
OFF_TRAFFIC = rx.compile(
    r"\b(?:growth|grow\w*|budget\w*|team|staff|people|headcount|"
    r"hiring(?! (?:season|peaks?|rush|cycles?|waves?))|costs?|bills?|spend\w*|prices?|pricing|revenue|"
    r"support|on-?call|ops|quality|latency|performance|uptime|sla|availability|weather|market|funding|roadmap|sres?|"
    r"devops|devs?|developers?|offices?|colleagues|contractors?|"
    r"relationship|vendor|provider|contract|employees|engineers?|gpus?|servers?|electricity|power|dollars?|bucks|"
    r"usd|eur|euros?|invoices?|csat|nps|scores?|satisfaction|evals?|benchmarks?|win ?rates?|rules?|polic(?:y|ies)|"
    r"part|story|guidance|position|stance)\b|\d\s*k?\s*/\s*mo\b|[$€£]\s*\d"
)
# Shape words that fit many subjects ("steady", "spiked", "24/7"), unlike "office hours" or "Black Friday".
GENERIC_SHAPE = rx.compile(
    r"steady|stable|predictab|consistent|constant|flat|spik|surg|swing|fluctuat|variable|uneven|24|round|around|"
    r"up and down|unpredictab|erratic|irregular|burst|continuous|uniform|regular|smooth|level|non[- ]?stop|always|"
    r"time ?zones|world|globe|season|var(?:y|ies)"
)
ON_TRAFFIC = rx.compile(
    r"\b(?:traffic|load|usage|use[sd]?|requests?|reqs?|(?<!-)calls?|volumes?|queries|query|tickets?|messages?|chats?|"
    r"conversations?|demand|throughput|hits?|sessions?|qps|rps|rpm|tokens?|users?|customers?|visitors?|peaks?|"
    r"spikes?|bursts?|workload|jobs?|documents?|emails?|sign-?ups?|orders?|activity|busy|quiet|idle|dead|"
    # the events traffic follows ("big spikes on sale days", "whenever the newsletter goes out")
    r"(?:sale|launch|match|game|patch|release|payday|harvest|exam|holiday|election|event)s? days?|newsletters?|"
    r"campaigns?)\b"
)
# Where data or machines are ("stays on the servers in the office"): an office named as a place, not a time.
PLACE_OF_DATA = rx.compile(
    r"\b(?:stay|stays|kept|keep|stored|store|hosted|host|servers?|computers?|machines?|hardware|racks?|data|"
    r"gpus?)\b"
)
# A team word named as a topic or as somebody else's trade, not as what the team has ("MLOps best practices",
# "our MLOps maturity", "the MLOps consultant we hired").
TOPIC_AFTER = rx.compile(
    r"[- ]?(?:best practices|practices|maturity|principles|concepts?|culture|hype|buzzword|course|certification|"
    r"books?|talks?|conference|trends?|consultants?|contractors?|agenc(?:y|ies)|vendors?|firms?|providers?|"
    r"compan(?:y|ies)|freelancers?|consultancy|as a service|saas)\b"
)
# Run by somebody outside the team, said after it ("a k8s cluster run by the hosting provider").
RUN_BY_OTHERS = rx.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:run|managed|operated|hosted|handled|maintained|administered) (?:entirely |fully |"
    r"completely )?by (?:the |our |a |an )?(?:[\w-]+ )?(?:provider|vendor|msp|partner|host|hosting company|aws|azure|"
    r"gcp|google|microsoft|contractors?|consultancy|consultants|agency|third[- ]party|someone else|another company)\b"
)
# A team word said to be no trouble ("k8s isn't a problem for us", "kubernetes is no big deal").
NO_PROBLEM = rx.compile(
    r"\s*(?:is|'s|are|was|were)?\s*(?:not|n't|never|no)\s+(?:really\s+|much\s+|ever\s+)?(?:a |an |of an? )?(?:problem|"
    r"issue|concern|worry|blocker|challenge|big deal|sweat|hurdle)\b|\s*(?:is|'s|are)\s+(?:isn'?t|aren'?t|not)\s+an? "
    r"(?:problem|issue)\b"
)
# GPUs known only away from production ("GPU experience limited to notebooks", "GPUs only from university").
TOY_GPUS = rx.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:limited to|only (?:on|in|from|for|with|at)|just (?:on|in|for|at)|mostly (?:on|in|for)|"
    r"restricted to|confined to)\s+(?:\w+\s+){0,2}?(?:notebooks?|jupyter|laptops?|colab|kaggle|experiments?|"
    r"research|universit(?:y|ies)|school|college|hackathons?|side projects?|hobby|toy|personal|home|gaming|sandbox|"
    r"dev(?:elopment)?|testing|pocs?|prototypes?|demos?|workstations?|desktops?)\b|"
    # the experience named as a home machine ("gpu experience = my gaming rig at home", "...: only my gaming pc")
    r"\s*(?:(?:=|:|-|is|was|means)\s*)?(?:only |just |basically |literally )?(?:an? |my |our |his |her |someone'?s )?"
    r"(?:own )?(?:gaming|home|personal|hobby|old) (?:rig|pc|computer|machine|box|laptop|setup|gpu|card)s?\b"
)
# the people able to run GPUs, then none of them said to have done it for real ("a handful of people who could run
# GPUs, three at most, but none have done it in production"): no GPU infrastructure run (said of an ability only)
NONE_HAVE_DONE_IT = rx.compile(
    r"[^.!?;]{0,80}?\bbut\s+(?:none|nobody|no one|no-one|not one|neither)\s+(?:of (?:them|us|those)\s+)?(?:has|have|'s|"
    r"had|ever)?\s*(?:ever\s+|actually\s+|really\s+)?(?:done|run|ran|used|operated|touched|managed)\s+(?:it|them|that|this|"
    r"one|gpus?)\b"
)
# Said after a team word: the team does not have it ("k8s felt like too much", "kubernetes was considered and rejected",
# "MLOps is outsourced to a consultancy").
TEAM_POST_NEG = rx.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:too much\b|too (?:complex|complicated|heavy)|overkill|more trouble than|not worth "
    r"(?:it|the)|(?:considered|evaluated|tried|tested|piloted|looked at|discussed|explored) (?:and|but) (?:then )?"
    r"(?:rejected|dropped|abandoned|ruled out|dismissed|shelved|vetoed|killed|scrapped|decided against)|"
    r"(?:fully |all |entirely |completely )?outsourced\b|handled externally|done (?:externally|by (?:a|an|the|our) "
    r"(?:vendor|consultancy|contractor|partner|agency|msp)))"
)
# What the team has never done, said as novelty ("GPU ops would be brand new for us", "k8s is a black box to us").
UNFAMILIAR_AFTER = rx.compile(
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
LEARN_BEFORE = rx.compile(r"\b(?:learn|figure out|pick up)\w*\s+(?:\w+\s+){0,3}?$")
# "we'd need to learn how to run GPUs", "we'd have to figure out how to operate k8s": a skill still to acquire
LEARN_HOW_BEFORE = rx.compile(r"\b(?:learn|figure out|pick up|work out)\w*\s+how to\s+(?:\w+\s+){0,2}?$")
CLUELESS_BEFORE = rx.compile(
    r"\b(?:clueless|no clue|no idea|zero idea|know nothing|knows nothing|don'?t know (?:anything|the first thing|"
    r"much)) (?:about|on|regarding|with) (?:\w+ ){0,2}?$|\b(?:clueless|no clue|no idea|zero idea|(?:don'?t|do not|"
    r"doesn'?t|does not) (?:really )?know|(?:don'?t|do not) have a clue|not sure) (?:on |about )?how (?:to|you) "
    r"(?:\w+ ){0,2}?$|\b(?:no idea|no clue|(?:don'?t|do not|doesn'?t) (?:even |really )?know|never heard) what "
    r"(?:an? )?$"
)
CLUELESS_WISE = rx.compile(r"[- ]wise,?\s+(?:we'?re|we are|i'?m)\s+(?:\w+ )?(?:clueless|lost|noobs?|beginners|newbies)")


def unfamiliar(chunk: str, start: int, end: int) -> bool:
    """Whether a team cue is named as something new to the team ("GPU ops would be brand new for us", "GPU-wise
    we're clueless", "we'd have to learn GPU ops from scratch")."""
    before, after = chunk[:start], chunk[end:]
    return bool(
        UNFAMILIAR_AFTER.match(after)
        or CLUELESS_WISE.match(after)
        or CLUELESS_BEFORE.search(before)
        or (LEARN_BEFORE.search(before) and rx.search(r"\bfrom scratch\b", after))
        or LEARN_HOW_BEFORE.search(before)
    )


# Another employer or an earlier job, said before a team cue ("at my last job we ran a GPU cluster").
ELSEWHERE = rx.compile(
    r"\b(?:at|in) (?:my|our|a|the|their|his|her) (?:previous|last|old|former|prior|past|earlier) (?:jobs?|"
    r"compan(?:y|ies)|employers?|roles?|gigs?|workplaces?|startups?|places?)\b|\b(?:my|our|their|his|her) (?:previous|"
    r"last|old|former|prior) (?:jobs?|compan(?:y|ies)|employers?|roles?|gigs?)\b"
)
# ... and the team itself, right after: "but here we have nothing like that", "not here though".
HERE_NONE = rx.compile(
    r"\b(?:here|now|today|at this (?:company|job|place)|in this (?:company|team|job))\b\??[^.;!?]{0,30}?\b(?:none|"
    r"nothing|no\b|not\b|zero|n'?t)|\b(?:none|nothing|not|no) (?:like that |of that )?(?:here|now|anymore|today)\b"
)


# A place or network said to be offline ("the plant network is offline", "our site runs offline").
OFFLINE_PLACE = rx.compile(
    r"\b(?:network|plant|site|facility|factory|environment|enclave|lan|systems?|machines?|servers?|cluster|premises|"
    r"building|hospital|ship|vessel|base|lab|data ?cent(?:er|re))\b(?:\s+\w+){0,3}?\s+(?:is|are|was|were|runs?|stays?|"
    r"remains?|sits?|kept|fully|completely|entirely|totally|100%)\s*(?:fully |completely |entirely |totally )?$"
)
# "Offline" beside a network cut off ("fully offline, no internet", "offline and air-gapped"): no answers that wait.
OFFLINE_CUT_OFF = rx.compile(
    r"\b(?:no|zero|without|not even)\s+(?:\w+\s+)?(?:internet|network|connectivity|outside connection)|"
    r"\bair[- ]?gap|\bdisconnected\b"
)
# Jobs that are not the workload being sized ("we run nightly backups", "async under the hood").
OFF_BATCH = rx.compile(
    r"\b(?:backups?|snapshots?|database dumps?|etl of|logs? rotation|under the hood|internally|technically|"
    # the machines' own other work ("busy 22:00-06:00 with nightly builds + lighting bakes")
    r"(?:nightly |night )?builds|(?:lighting |light )?bakes|ci (?:jobs?|runs?)|"
    r"(?:async|asynchronous) (?:api|client|code|python|framework|io|calls)|payroll|invoices? run)\b"
)
ON_BATCH = rx.compile(
    r"\b(?:llm|model|ai|answers?|summar\w+|results?|reports?|outputs?|responses?|classif\w+|extract\w*|"
    r"documents?|tickets?|wait|waiting|users?|latency)\b"
)
# The subject of a talk, a course or an article ("a workshop on fine-tuning", "a blog post about batch APIs").
EVENT_ABOUT = rx.compile(
    r"\b(?:workshops?|talks?|courses?|webinars?|articles?|blog(?: posts?)?|posts?|papers?|podcasts?|meetups?|"
    r"conferences?|tutorials?|books?|videos?|demos?|sessions?|presentations?|lectures?|slides|newsletters?|"
    r"threads?)\s+(?:on|about|covering|regarding)\s+(?:the\s+|a\s+|an\s+)?$"
)
# A product feature named after its timing ("a nightly report feature", "the overnight digest button"): what one
# feature does, not whether the people served can wait for their answers.
FEATURE_AFTER = rx.compile(r"(?:[\s-]+[\w-]+){0,2}?[\s-]+(?:feature|features|button|tab|widget|add-?on|module)\b")
# A regime named only to compare ("our law is similar to GDPR", "the local equivalent of HIPAA").
COMPARED = rx.compile(
    r"\b(?:similar to|like|comparable to|equivalent (?:of|to)|analogous to|modell?ed (?:on|after)|based on|inspired by|"
    r"(?:version|equivalent|counterpart|cousin|flavou?r) of|stricter than|looser than|same as|close to|akin to|"
    r"mirrors?|resembles?)\s+(?:the\s+)?(?:eu'?s?\s+|us\s+)?$"
)
# Fine-tuning is ours only when we do, plan or need it: a first-person subject, or a requirement.
OUR_AGENCY = rx.compile(
    r"\b(?:we|we'?re|we'?ll|we'?d|we'?ve|our|ours|us|i|i'?m|i'?ll|i'?d|my|let'?s|me|the team)\b|"
    r"^\W*(?:fine[- ]?tun|finetun|lora|"
    r"plan|yes|yeah|yep)"
)
TUNE_NEEDED = rx.compile(
    r"\b(?:need|needs|needed|require[sd]?|required|must|has to|have to|planned|plan|mandatory|a must|necessary|"
    r"essential|key|critical|will)\b"
)
# A firm plan to tune later ("we'll fine-tune eventually", "we plan to fine-tune later"): fine-tuning is part of the
# advice (the weights will be their own), unlike a maybe ("we might fine-tune later") or a "not now".
FIRM_PLAN = rx.compile(
    r"(?:^|\bwe'?re |\bwe are |\bi'?m |[,;:]\s*)(?:going to|gonna)\s+$|"
    r"\b(?:we'?ll|we will|we shall|we are going to|we'?re going to|we'?re gonna|we are gonna|we plan to|"
    r"we'?re planning to|we are planning to|we intend to|our plan is to)\s+(?:(?:definitely|certainly|surely|"
    r"probably|want to|need to|have to|also)\s+){0,2}$"
)
UNSURE_PLAN = rx.compile(
    r"\b(?:maybe|might|perhaps|possibly|could|if|unless|not sure|undecided|open question|tbd|on the table|whether|"
    r"once|when|not (?:now|yet|initially|at first|at launch)|for now|v1|first version|mvp)\b"
)
# A tuning done before on another model ("we fine-tuned a model before", "fine-tuned BERT in the past"): experience,
# not the plan for this workload.
TUNED_BEFORE = rx.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:before|previously|in the past|last year|years ago|on (?:a|an|another|our) (?:previous|"
    r"earlier|last|old|other) project)\b"
)
# This workload's tuning denied after one done before ("..., we won't fine-tune this one", "no tuning here")
THIS_ONE_DENIED = rx.compile(
    r"\b(?:won'?t|will not|not going to|don'?t plan to|do not plan to|no plans? to|not)\s+(?:\w+\s+){0,2}?"
    r"(?:fine[- ]?tun\w*|tun\w+|train\w*)(?:\s+(?:\w+\s+)?(?:this|here|for this|these)\b|\s*(?:[.;,!]|$))"
)
# Tuning something that is not the model ("fine-tuned the retrieval settings", "fine-tune our copy by hand").
TUNED_OTHER = rx.compile(
    r"\s+(?:the |our |its |their )?(?:\w+ )?(?:retrieval|retriever|prompts?|settings|parameters|hyperparameters|copy|"
    r"process|"
    r"pipeline|thresholds?|config\w*|rules|workflow|queries|search|ranking|heuristics?|wording|ui|dashboards?)\b"
)
# Work put off to a later phase ("fine-tuning is on the table for later", "maybe down the road"): not sized now.
LATER = rx.compile(
    r"\b(?:later|down the road|down the line|in the future|at some point|on the table|phase[- ](?:2|two|ii)|v2|"
    r"someday|some day|in a later|future (?:phase|version|iteration)|"
    # not decided either way ("an open question", "I won't commit either way", "undecided")
    r"open question|(?:won'?t|can'?t|not ready to) commit|undecided|not (?:yet )?decided|"
    r"(?:haven'?t|have not|hasn'?t|has not) (?:yet )?decided|tbd|to be (?:decided|determined|seen))\b"
)
# An outside API's latency, price or quality is not where the data may go.
VENDOR_ASPECT = rx.compile(
    r"'?s? (?:latency|costs?|prices?|pricing|bills?|invoices?|speed|quality|limits?|rate|outages?|downtime|errors?|"
    r"keys?|uptime|sla|performance|response times?)\b|"
    r"\s*(?:for|on|in terms of|when it comes to|regarding) (?:the )?(?:quality|accuracy|latency|speed|costs?|price|"
    r"pricing|performance|reasoning|answers)\b|\s*(?:quality|latency|speed|cost|price|performance)[- ]wise\b"
)
OFF_DATA = rx.compile(
    r"\b(?:quality|accuracy|accurate|latency|speed|fast|slow|costs?|price|pricing|cheap\w*|expensive|bills?|smart\w*|"
    r"performance|reasoning|output|answers)\b"
)
ON_DATA = rx.compile(
    r"\b(?:data|prompts?|information|info|records|pii|phi|customer|legal|lawyers?|security|infosec|privacy|"
    r"compliance|send|sending|sent|process|processing|see|seeing|retention|dpa|contract|allowed|permitted|approved|"
    r"leave|leaves|go|goes|going|texts?|documents?|tickets|emails?)\b"
)
# Generic praise that needs the model or its output as its subject ("on-prem is good enough for legal" is not).
GENERIC_QUALITY = rx.compile(r"^(?:good enough|decent|adequate|acceptable|passable|reasonable)$")
# The noun right after a quality phrase is not the model ("GPT-4o level latency", "top-tier GPUs").
OFF_MODEL_AFTER = rx.compile(
    r"[- ]?(?:\w+[- ])?(?:latenc\w*|speed|gpus?|hardware|infra\w*|support|uptime|security|pricing|prices?|costs?|"
    r"throughput|response times?|team|people|engineers?|sla)\b"
)
# A quality word said of something that is not the model ("top-tier GPUs", "latency is good enough", "our ML team is
# top notch", "state of the art infra"): the clause names another subject and no model at all.
OFF_MODEL = rx.compile(
    r"\b(?:latenc\w*|gpus?|[ah]100s?|h200s?|l4s?|hardware|infra\w*|team|people|engineers?|staff|pipelines?|retrieval|"
    r"search|speed|servers?|network\w*|uptime|support|response times?|throughput|first token|streaming|cluster\w*|"
    r"k8s|kubernetes|security|tooling|observability|monitoring|dashboards?|ui|ux|frontend|backend|database|"
    r"vendor|provider|sla|availability|compliance|encryption|data ?cent(?:er|re)s?|product|company|brand|app|"
    r"website|site|business|customers|clients|ui|design|data|price[- ]performance|value)\b"
)
ON_MODEL = rx.compile(
    r"\b(?:models?|llms?|quality|accuracy|accurate|answers?|outputs?|responses?|repl(?:y|ies)|reasoning|"
    r"open[- ]?(?:source|weights?)|oss|gpt[\w.-]*|claude|gemini|llama|mistral|mixtral|qwen|deepseek|gemma|phi|\d+b|"
    r"mini|haiku|"
    r"flash|sonnet|opus|o\d|evals?|benchmarks?|writing|summar\w*|translations?|classification|extraction|results?)\b"
)


# A vendor allowed once the usual agreement is signed ("if the vendor signs a BAA it's fine").
AGREEMENT_IF = rx.compile(r"\b(?:if|once|as long as|provided|so long as)\b.{0,40}" + AGREEMENT)
# A condition on the model's own output after an acceptance ("an open model is acceptable if it is correct in
# Arabic", "open-weight is fine as long as the answers are accurate"): the bar, not a supposition.
IF_IT_HOLDS = rx.compile(
    r"\s*,?\s*(?:but )?(?:only )?(?:if|provided|as long as|so long as)\s+(?:it|they|the (?:model|output|answers?|"
    r"translations?|quality|results?|summar\w+|drafts?|replies)|its (?:output|answers?|quality))\b"
)
# A negation inside a permission phrase ("external APIs are not allowed"), not "no problem" nor "not an issue",
# nor a denied obligation ("not required to keep it away from vendors" permits them).
DENIED_INSIDE = rx.compile(
    r"\b(?:not|never|cannot|can'?t|isn'?t|aren'?t|won'?t|wouldn'?t)\b(?! (?:a |an )?(?:problem|issue|concern|"
    r"blocker|worry)\b)(?! (?:required|obliged|obligated|forced|bound) to\b)"
)
# A cloud's model service named: the vendor used, which alone says nothing about where the data may go.
PLATFORM = rx.compile(r"azure openai|bedrock|vertex(?: ai)?")
# Words that make a sentence about where the data may go or must stay.
BOUNDARY_WORDS = rx.compile(
    r"\b(?:must|only|has to|have to|need(?:s|ed)? to|required?|requirement|mandatory|can'?t|cannot|never|not allowed|"
    r"allowed|permitted|approved|forbidden|stays?|staying|remains?|keep|kept|leaves?|leaving|tenant|tenancy|account|"
    r"subscription|vpc|vnet|private|inside|within|boundary|policy|legal|security|compliance|infosec|sovereign\w*|"
    r"residency|data (?:can|may|must)|signed off|sign[- ]off|dpa|baa|contract)\b|"
    # a vendor's own API turned down beside the platform ("bedrock yes, openai direct no")
    r"\b(?:openai|anthropic|google|claude|gpt[\w.-]*|mistral|cohere)(?:'s)?\s+(?:(?:own|public)\s+)?(?:direct(?:ly)?|"
    r"apis?|endpoints?)\b[^.;]{0,25}?\b(?:no|not|never|nope|blocked|forbidden|banned|denied)\b|"
    r"\b(?:calling|using|hitting)\s+(?:openai|anthropic|claude|gpt[\w.-]*)\s+direct(?:ly)?\b"
)


# someone hired who has not started ("the MLOps engineer we hired does not start until January", "One SRE is hired,
# she will start in March")
NOT_STARTED = rx.compile(
    r"\b(?:(?:does not|doesn'?t|won'?t|will not) (?:start|join|begin)|(?:will|'ll|is going to) (?:start|join|begin)|"
    r"(?:starts?|joins?|begins?) (?:(?:only|properly) )?(?:in|on|next|from|after|by) (?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|"
    r"monday|next|the \w+ of|q[1-4])|(?:starts?|joins?) (?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\w*|"
    r"start date|has(?:n'?t| not) started|not (?:started|joined|on board|onboarded) yet|joining (?:in|next|on))\b"
)


def not_started(t: str, pos: int) -> bool:
    """Whether the person counted at ``pos`` is a hire said not to have started (in the clause said, or the next one
    going on about them: "One SRE is hired, she will start in March")."""
    cuts = (". ", "; ", ", ", "\n", "! ", "? ")
    start = max(t.rfind(x, 0, pos) for x in cuts) + 1
    ends = [i for i in (t.find(x, pos) for x in cuts) if i >= 0]
    end = min(ends, default=len(t))
    follow = rx.match(r"[.;,]?\s*(?:and |but )?(?:he|she|they|who|whom)\b[^.;!?,]*", t[end:])
    clause = t[start:end] + (follow.group(0) if follow else "")
    return bool(rx.search(r"\b(?:hired|hire|signed|offer|recruit\w*|new)\b", clause) and NOT_STARTED.search(clause))
