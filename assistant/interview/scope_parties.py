"""Whose a phrase is: another party's ("our competitor self-hosts", "my last job ran k8s"), another project's ("for
a separate product"), a client's the user speaks for ("I'm a consultant; their infra team runs k8s"), and resources of
other work freed for this one ("the GPUs are free now"). ``scope`` reads these when it cuts a message into chunks.
"""

from __future__ import annotations

from contextvars import ContextVar

import assistant.interview.patterns as rx

__all__ = [
    "CLIENT_CONTEXT",
    "CLIENT_SIDE",
    "ELSEWHERE",
    "FREED",
    "OTHERS",
    "PROJECT_ELSEWHERE",
    "SPEAKING_FOR_CLIENT",
    "TEAM_ELSEWHERE",
    "UNAVAILABLE",
    "disputed",
    "speaks_for_client",
]

# Another piece of work than the one sized ("for another project", "a separate product"): what is said of it is not
# this workload, though the team that does it is still the team ("they run two A100s for another project").
PROJECT_ELSEWHERE = rx.compile(
    r"\b(?:nothing to do with (?:this|it|that|the|our)|(?:not|isn'?t) related to (?:this|it|the)|"
    r"(?:a |an )?(?:different|separate) (?:use case|workload)|unrelated|"
    r"(?:for |in |on )?another (?:product|project|use case|workload|system|app)|"
    # "so our other contract the one with the navy that one is fully air gapped but this one is ..."
    r"(?:our|the|my) other (?:contracts?|programs?|programmes?|engagements?|deployments?|bids?|accounts?)|"
    r"different (?:system|product|project)|separate (?:project|product|system)|not what we(?:'re| are) "
    r"(?:sizing|discussing|talking about|asking about))\b"
)
# Other people inside the company ("a different team", "another department"): theirs, not ours.
TEAM_ELSEWHERE = rx.compile(
    r"\b(?:(?:a |an )?(?:different|separate) (?:team|department|business unit)|(?:for |in |on )?another (?:team|"
    r"department))\b"
)
ELSEWHERE = rx.compile(PROJECT_ELSEWHERE.pattern + "|" + TEAM_ELSEWHERE.pattern)
# Resources of that other work said to be free for this one ("the GPUs are free now", "sitting idle", "we could
# repurpose them"): ours to use.
FREED = rx.compile(
    r"\b(?:(?:are|is|sit|sits|sitting|been|now|currently|mostly|basically|totally|completely) (?:now |currently |"
    r"mostly |basically |just |totally |completely )?(?:free|idle|unused|spare|available|freed up)|free now|idle now|"
    r"freed up|sitting idle|sitting around|(?:we )?(?:could|can|would|might|may|want to|plan to) (?:re-?purpose|"
    r"re-?use|reallocate|borrow|use|take over|move)|re-?purpos\w+|re-?allocat\w+|(?:no longer|not) (?:being )?"
    r"(?:used|needed|in use)(?: any ?more| now)?|(?:project|it) (?:ended|wrapped up|finished|is over|got cancell?ed|"
    r"was cancell?ed|shut down)|(?:ended|finished|wrapped up)\b)"
)
# The user speaks for a client ("I'm a consultant for a hospital", "asking on behalf of a client", "my client has
# two MLEs"): the client's setup is the workload's, so "their infra team" and "the client's GPUs" are the team's.
CLIENT_CONTEXT = rx.compile(
    r"\b(?:i'?m|i am|we'?re|we are|as) (?:a |an |the )?(?:\w+ )?(?:consultants?|consultancy|contractors?|advisors?|"
    r"advisers?|agency|freelancers?|integrators?|systems? integrators?|msp)\b|\b(?:consult\w*|advis\w+|working|"
    r"building|asking|here|doing this|writing) (?:on behalf of|for) (?:a|an|my|our|the|this|one) (?:client|customer)\b|"
    r"\bon behalf of\b|\b(?:my|our|the) client\b(?!s)|\bfor (?:a|my|our) client\b(?!s)|"
    # "I'm advising a bank", "we consult for a hospital", "I advise an insurer on this"
    r"\b(?:i'?m |i am |we'?re |we are |i |we )?(?:advising|consulting (?:for|with)|advise|consult (?:for|with)) "
    r"(?:a|an|this|one|the) (?:[\w-]+ ){0,2}?(?:bank|hospital|insurer|insurance company|company|firm|client|customer|"
    r"startup|retailer|manufacturer|government|ministry|agency|lab|university|organi[sz]ation|org|provider|business|"
    r"enterprise|telco|utility|school|clinic|fintech|scale-?up|group|chain|council|department)\b"
)
# People of that other work said to be out of reach for this one ("they're on another project and won't touch this").
UNAVAILABLE = rx.compile(
    r"\b(?:won'?t|will not|wouldn'?t|can'?t|cannot|not going to|never) (?:\w+ )?(?:touch|help|work on|join|be "
    r"(?:available|involved|free)|have (?:the )?time|spare|lend)|\bunavailable\b|\bnot available\b|\bbusy\b|"
    r"\btied up\b|\bno (?:time|capacity|bandwidth|cycles)\b|\b(?:fully|100%) (?:booked|allocated|committed)\b|"
    r"\boff[- ]limits\b"
)
# What marks a phrase as the client's (neutral when the user speaks for that client).
CLIENT_SIDE = rx.compile(r"(?:their|(?:the |my |our )?(?:client|customer)'s?|they say)\b")
OTHERS = rx.compile(
    # (what is shared with others is still ours: "two nodes of 8x H100, shared with two other groups")
    r"\b(?<!shared with )(?<!share with )(?<!sharing with )(?<!split with )(?:\d+ |two |three |a few |several )?"
    r"(?<!shared with \d )(?<!shared with two )(?<!shared with three )(?:competitors?|rivals?|"
    r"other (?:teams?|companies|startups|firms|people|customers)|a friend|my friend|"
    # another part of the same company, not the user's ("the payments squad next door", "Other department (the
    # claims one)", "a different business unit")
    r"(?:the |our )?other (?:department|dept|division|business unit|bu|squad|tribe|group|office|site|subsidiary)s?|"
    r"(?:squad|team|department|dept|division|unit|group|folks|people|guys) next door|"
    # a neighbouring organisation ("the City next door told us they spend $12k a month", "the county over")
    r"(?:city|town|county|district|hospital|clinic|school|council|state|agency|company|firm|bank|practice) "
    r"(?:next door|nearby|down the road|over|across the (?:river|border|street))\b|"
    r"(?:another|a different|a sister) (?:department|dept|division|business unit|squad|tribe|unit|office)|"
    # the wider group's other businesses ("the group's retail arm sees pronounced peaks on promotion days")
    r"(?:the |our )?(?:group|parent(?: company)?|holding|conglomerate)'?s (?:\w+ )?(?:arm|division|subsidiary|"
    r"business|brand|unit)|"
    r"(?:my|a) (?:padi|pal|buddy|mate|bro|cousin|ex-colleague)|"
    # family and friends, their businesses ("my bros startup is on claude opus", "my sister's company")
    r"(?:my|a) (?:bros?|brothers?|sisters?|sis|cousins?|dad|father|mom|mum|mother|uncle|aunt|wife|husband|"
    r"partner|friends?|roommate|flatmate|neighbou?r)'?s? (?:startup|company|firm|shop|business|team|agency|"
    r"studio|employer|work|job|app|product)|"
    r"another (?:team|company|startup|firm|edtech|fintech|healthtech|insurtech|saas|agency|shop|business|outfit|"
    r"school|bank|hospital|lab|studio)|i (?:read|heard)|people say|someone said|the article|the blog|"
    # someone named by where they sit, bringing a word up ("someone in sales mentioned fedramp")
    r"(?:someone|somebody|a guy|a person|one of the (?:guys|folks|people)) (?:in|from|on) (?:the )?(?:sales|legal|"
    r"marketing|finance|procurement|product|management|another team|the other team)(?: team)? (?:\w+ )?(?:mentioned|"
    r"said|says|brought up|asked about|raised|suggested|thinks?|reckons?)|"
    r"some (?:teams|companies|people)|most (?:teams|companies|people)|their (?:team|company)|sales guy|"
    r"(?:my |a )?colleagues? (?:said|says|say|thinks?|told|mentioned|claims?|reckons?|suggested|swears?|keeps? "
    r"(?:saying|telling|asking|pushing))|"
    # a vendor's own claims, and what the user saw of a vendor ("the vendor told us in the demo they are GDPR
    # compliant", "I saw on Anthropic's trust page that they do SOC 2"), and one customer's own setup ("a customer
    # of ours is air-gapped")
    r"(?:the|a|our|their|that) (?:vendor|provider|supplier|rep|sales ?rep|salesperson|account manager)s? (?:\w+ )?"
    r"(?:told|tells|said|says|claims?|claimed|promised|assured|showed)|"
    r"(?:i|we) (?:saw|noticed|found|looked) (?:on|at|in) (?:[\w-]+'s )?(?:\w+ )?"
    r"(?:trust|security|compliance|pricing|docs?|website|site|page)|"
    r"(?:a|one|some) (?:customer|client)s? of ours|one of our (?:customers|clients)|"
    # (the customer's own load, not what its contract asks of us: "our largest customer experiences heavy peaks")
    r"our (?:largest|biggest|main|key|top|major|anchor) (?:customers?|clients?|accounts?) (?:experiences?|has|have|"
    r"goes|go|sees?|gets?|runs?|uses?|does|do|is|are)\b|"
    # a company of the same group, not this one ("our group company is using Mistral Large and paying $20k")
    r"(?:our |the |a )?(?:sister|group|parent|mother|holding|affiliated?|daughter) (?:company|companies|firm|org|"
    r"organi[sz]ation|business|hospitals?|clinics?|schools?|banks?|stores?|sites?|plants?|brands?|agenc\w+|"
    r"universit\w+|districts?|practices?)|our (?:subsidiary|affiliate|parent)|(?:the |our )?group parent|"
    r"the parent (?:group|bank|entity|org|insurer)|"
    r"partner (?:organisation|organization|org|company|agency|firm|studio|bank|hospital|insurer|"
    r"lab)|(?:agency|consultancy|implementation|delivery|integration|consulting|technology|outsourcing) partners?|"
    r"unrelated|different (?:system|"
    r"product|project|team)|separate (?:project|product|system)|not what we(?:'re| are) (?:sizing|discussing|talking)|"
    r"the guide|the docs|(?<!or )people think|our (?:cloud )?provider|our msp|would be nice|"
    # a department's or backers' guess ("Marketing thinks it could hit 50M/day", "investors reckon we'll 10x")
    r"(?:marketing|sales|the sales team|product|management|leadership|the board|investors|our investors|the vcs?) "
    r"(?:thinks|reckons|believes|hopes|is hoping|are hoping|guesses|dreams|is convinced|are convinced|think|reckon|"
    r"believe|hope)\b|"
    # "our vendor estimated each one is ~4k tokens": their figure for our workload is about us
    r"our vendor(?! (?:risk|management|review|assessment|onboarding|security|due diligence|questionnaire|policy|"
    r"process|team)\b)(?! (?:estimated|estimates|reckons|reckoned|figured|figures|measured|calculated|quoted|thinks|"
    r"says|said) (?:that )?(?:each|every|we|our|it|it's|its|the average|an average|a typical))|"
    r"nice[- ]to[- ]have|"
    # a vendor's own attestation ("our vendors all have SOC 2 reports", "Anthropic sent us their SOC 2 report")
    r"(?:vendors?|providers?|suppliers?|sub-?processors?|openai|anthropic|microsoft|aws|google|they)(?:'s)? "
    r"(?:\w+ ){0,4}?(?:their |its |a |an )?(?:soc ?(?:2|ii)|iso(?:/iec)? ?27001)(?: type (?:ii|2|i|1))? "
    r"(?:reports?|attestations?|certificates?|certs?)|(?:their|its) (?:own )?(?:soc ?(?:2|ii)|iso(?:/iec)? ?27001)|"
    # a setup said to be customers' ("many of our customers are hospitals that run everything on-premise")
    r"(?:customers|clients|prospects|partners) (?:are|include) (?:\w+ ){0,3}?(?:that|who|which) (?:run|keep|host|"
    r"operate)|"
    # what others ask for or about ("our customers ask about SOC 2 reports") is not what applies to us
    r"(?:customers?|clients?|prospects?|buyers?|auditors?|investors?|people|users|they|questionnaires?|templates?|"
    r"forms?|rfps?|checklists?) (?:\w+ )?(?:ask|asks|asked|"
    r"asking|inquire\w*|enquire\w*|wonder\w*) (?:\w+ )?(?:about|whether|if)|"
    r"may appear|might appear|(?:ceo|cto|boss|manager) (?:keeps|wants|thinks)|"
    # what others take for granted ("Everyone hears 'defence supplier' and assumes air-gapped, but no")
    r"(?:everyone|everybody|people|most people|folks|outsiders|auditors) (?:[\w'-]+ ){0,4}?(?:assumes?|assumed|"
    r"presumes?)\b|"
    # the customer's own concern ("our customer's a hospital so they care a lot about HIPAA") and peers' figures
    # ("Peer banks report $100K+/month on LLM APIs")
    r"(?:customer|client)(?:'s| is) an? [\w-]+(?: [\w-]+)? so (?:they|it)\b|"
    r"(?:peer|other|rival|competing) (?:banks|companies|firms|insurers|hospitals|retailers|startups|vendors|"
    r"institutions|organi[sz]ations|orgs|players|teams)\b|"
    # what others take for granted ("people keep assuming we're under HIPAA")
    r"(?:people|everyone|everybody|folks|customers|prospects) (?:keep |often |always |usually )?assum\w+|"
    r"someone (?:told|said)|they say|the vendor says|joke|lol .* who even|parent company|hq|headquarters|"
    # another organisation's own people, said with it as the subject ("the vendor runs a team of 50 engineers");
    # a client's setup is the workload's (``CLIENT_SIDE``)
    r"(?:vendor|provider|partner|supplier|contractor|outsourcer)s? (?:also |already |still |itself )?"
    r"(?:has|have|had|runs?|employs?|staffs?) (?:a (?:dedicated |whole |big |large |huge )?(?:team|staff|crew) of |"
    r"about |around |over |some )?\d|"
    # someone else's setup: a customer's or another company's, not the user's own
    r"one of (?:our|my|the) (?:customers|clients|prospects|partners|users|tenants)|(?:customer|client|prospect|"
    r"partner|vendor|supplier|competitor)'?s (?:own |whole )?(?:\w+ )?(?:site|setup|network|environment|infra\w*|"
    r"cluster|data ?cent(?:er|re)s?|servers?|team|side|requirements?|policy|stack)|"
    r"(?:a|an|some|another|the) (?:customer|client|prospect|bank|hospital|company|startup|team|vendor|agency|insurer|"
    r"lab|org|organi[sz]ation) (?:we|i)(?:'re| are|'m| am)? (?!work(?:ing)? (?:for|at|in)\b)(?:talked|spoke|met|know|"
    r"pitch|visited|worked|work|advise|consult|sell|sold|ship|deliver|provide|serve|supply|build for|built for)\w*|"
    # a customer not yet won ("a prospective client has requested sub-second responses")
    r"(?:prospective|potential|would-be) (?:clients?|customers?|buyers?|partners?)|(?:a|the|one|our) prospect\b|"
    # ... and the same said the other way round ("we talked to a company with 5 ML engineers")
    r"(?:we|i) (?:talked|spoke|met|know|visited|pitched|interviewed|benchmarked|compared notes) (?:to |with )?(?:a|an|"
    r"some|another|one|two|three|several|a few|\d+) (?:\w+ )?(?:customers?|clients?|prospects?|banks?|hospitals?|"
    r"compan(?:y|ies)|startups?|teams?|vendors?|agenc(?:y|ies)|insurers?|labs?|orgs?|organi[sz]ations?|firms?|"
    r"folks|people|peers?)|"
    r"(?:the|a) (?:research )?lab (?:next door|down the hall|upstairs)|"
    # an institution's shared machines the user only has access to ("the university's GPU cluster via Slurm")
    r"(?:the|a|my) (?:university|uni|school|institute|faculty|campus|national lab|supercomputing cent(?:er|re))'?s "
    r"(?:own |shared )?(?:\w+ )?(?:clusters?|servers?|gpus?|hpc|supercomputer|infra\w*|machines)|"
    r"(?:at|in) my (?:last|previous|old|former) (?:job|company|employer|role|gig)|my (?:last|previous|old|former) "
    r"(?:job|company|employer|role|gig)|(?:our|my|the) (?:old|former|previous|ex-?) ?(?:cto|ceo|boss|manager|lead|"
    r"head of \w+)|(?:they|the vendors?|the providers?|openai|anthropic) "
    r"(?:don'?t|do not|won'?t|will not|never) (?:train|retain|store|log|use)|(?:did|worked on|ran|built) [\w ]{1,20} "
    r"at (?:google|meta|facebook|amazon|aws|microsoft|apple|netflix|uber|openai|a previous|a big|big tech|faang))\b"
)

# Hearsay, marketing copy and vendors' claims: the whole sentence is what somebody else says, wherever the marker
# sits ("Acme runs it all overnight, I heard", "the landing page says 'top quality'", "vendors promise 300 ms").
REPORTED = rx.compile(
    r"\b(?:(?:i|we)(?:'ve| have)? (?:heard|hear)\b(?! (?:from|back from) (?:our|my|the team|the pm|the product))|"
    r"(?:i|we)(?:'ve| have)? read (?:that|somewhere|online|about|in (?:a|an|the)|on (?:a|an|the))\b|apparently|"
    r"reportedly|rumou?r (?:has it|is)|word is|(?:industry|analyst|market|vendor) reports?|studies (?:show|suggest)|"
    # (not what the product writes: "it's marketing copy", "we generate marketing copy", "it's public marketing copy")
    r"(?:just )?a slogan|the slogan|tagline|deck line|(?<!it's )(?<!its )(?<!generate )(?<!write )(?<!writes )"
    r"(?<!generates )(?<!for )marketing (?:line|speak)|(?:just|mere|only) marketing copy|"
    r"(?:marketing|landing|sales|product|pricing) (?:page|copy|deck|site|brochure|team)s? (?:\w+ )?(?:says?|said|"
    r"claims?|promises?|reads?|advertises?)|(?:tagline|slogan|brochure|website|homepage|ad|ads) (?:says?|said|"
    r"claims?|promises?|reads?)|"
    r"(?:(?:some|most|many|other|all|the|their|a|that) )?(?<!our )(?:vendors?|providers?|apis?|services?|clouds?)"
    r"(?: [a-z0-9]+)?(?:'s?)? "
    r"(?:\w+ )?(?:promises?|promised|claims?|claimed|advertises?|guarantees?|quotes?|offers?|brags?|states?|stated)|"
    r"(?:they|he|she) (?:promised|promise|claimed|guaranteed|advertised|pitched|swore)\b|"
    # a vendor's person's estimate ("the Fireworks representative suggested customers of our size run 500M a month")
    r"(?:representative|rep|sales ?(?:rep|person|guy|engineer|team)|account (?:manager|exec\w*)|salesperson)s? "
    r"(?:\w+ )?(?:suggested|said|says|estimated|estimates|reckons?|reckoned|claims?|claimed|told us|mentioned|"
    r"quoted|figured)|"
    r"(?:vendor|provider|competitor|supplier)'?s (?:\w+ )?(?:sla|slas|uptime|latency|traffic|quality|numbers|"
    r"benchmarks?|marketing|claims?|promises?|status page|dashboard|docs|website|site|page))\b"
)
# Someone's earlier workplace or system ("in a previous job we ran nightly batches", "our old system had spikes").
ELSEWHERE_BEFORE = rx.compile(
    r"\b(?:(?:at|in) (?:a|my|our|one) (?:last|previous|prior|old|former) (?:job|company|employer|role|gig|startup|"
    r"place|workplace|firm|shop)|"
    # "old job: ~5B tok/mo. here: nothing yet."
    # (never a batch "job": "last job = 5M tokens, we run it daily")
    r"(?:my (?:old|previous|last|former|prior) (?:job|company|employer|role|gig|startup)|(?:old|previous|former|"
    r"prior) (?:company|employer|role|gig|startup)|old job|last (?:company|employer|gig|startup))(?=\s*[:=])|"
    # "old job we blew 20k/mo on gpt-4", "at my previous job, we ..." (a person's job, said before who did it)
    r"(?:my |the )?(?:old|previous|former|last) (?:job|company|employer|gig)(?=,?\s+(?:we|i|they|our|my)\b)|"
    # "last place I worked was air-gapped", "the previous company I was at ran k8s", "where I worked before"
    r"(?:the )?(?:last|previous|prior|former|old) (?:place|company|job|employer|shop|team|startup|firm) (?:i|we) "
    r"(?:worked|was|were|used to work)(?: (?:at|for|in|on))?|where (?:i|we) (?:used to work|worked before)|"
    r"(?:our|my|the) (?:old|previous|former|prior) (?:system|app|product|setup|platform|stack|tool|bot|vendor|"
    r"agency|provider|supplier|contractor|consultants?|consultancy|partner|integrator))\b"
)

# Set for the reading of one message when an earlier message of the conversation said the user speaks for a client
# ("I'm advising a bank" on turn one; "their infra folks run EKS" on turn four is still the client's, so the team's).
SPEAKING_FOR_CLIENT: ContextVar[bool] = ContextVar("speaking_for_client", default=False)


def speaks_for_client(text: str) -> bool:
    """Whether the user speaks for a client: said in this (lower-cased) message or earlier in the conversation."""
    return SPEAKING_FOR_CLIENT.get() or bool(CLIENT_CONTEXT.search(text))


# A view someone else holds ("management says users don't care about quality", "our PM reckons Llama would do") ...
VIEW_OF_OTHERS = rx.compile(
    r"\b(?:(?:my|our|the) )?(?:boss|bosses|manager|managers|management|leadership|cto|ceo|cfo|coo|cio|vp|director|"
    r"founders?|co-?founders?|board|execs?|executives?|sales(?: team| guys?| folks| people)?|marketing|"
    r"product(?: team)?|"
    r"pm|legal|finance|procurement|stakeholders|the business|investors?|team ?lead|tech ?lead|colleagues?|"
    r"teammates?|(?:a|one) (?:colleague|teammate|coworker)|everyone else|some people|others|the others|he|she)\s+"
    r"(?:\w+\s+)?(?:says?|said|thinks?|thought|believes?|claims?|claimed|reckons?|feels?|insists?|argues?|argued|"
    r"(?:is|are) convinced|keeps? saying|told (?:me|us)|tells (?:me|us)|swears?|assumes?|figures?)\b"
)
# ... which the user then disputes ("I disagree", "I think they're wrong", "I doubt it", "not true imo")
DISPUTE = rx.compile(
    r"\b(?:(?:but |personally |honestly |tbh )?(?:i|we)\s+(?:\w+\s+)?(?:disagree|don'?t agree|do not agree|doubt (?:it|"
    r"that|this)|don'?t buy (?:it|that)|beg to differ|see it differently|am not (?:so )?(?:sure|convinced)|"
    r"'?m not (?:so )?(?:sure|convinced))|i think (?:they'?re|he'?s|she'?s|that'?s|it'?s|this is|that is) (?:\w+ )?"
    r"(?:wrong|mistaken|off|naive)|(?:they|he|she) (?:are|is|'re|'s) (?:\w+ )?(?:wrong|mistaken)|not true|nonsense|"
    r"that'?s wrong|wrong imo|i don'?t think so)\b"
)


def disputed(sentence: str, following: str = "") -> tuple[int, int] | None:
    """The span of ``sentence`` holding someone else's view that the user disputes in the same sentence or at the
    start of the next one (``following``): it states nothing for the user. None when there is none."""
    view = VIEW_OF_OTHERS.search(sentence)
    if view is None:
        return None
    within = DISPUTE.search(sentence, view.end())
    if within is not None:
        return view.start(), within.start()
    if DISPUTE.match(following.lstrip()[:80]) or DISPUTE.search(following[:40]):
        return view.start(), len(sentence)
    return None
