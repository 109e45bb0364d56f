"""The cue table: for each value of each categorical fact, the phrases that state it (data, no logic).

``CUES`` maps (fact, value) to a regular expression; ``ANSWER_CUES`` holds phrases that state a value only
as the answer to that fact's own question; ``INDUSTRY`` names sectors that may prompt a question but are
never stored as a regime. ``cues.py`` reads messages with them (scope, polarity, votes). Imports nothing
from the project but the place names (``places.py``, data only).
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview.places import COUNTRIES_WITHOUT_REGION, US_STATES

# The smaller closed models ("gpt-4o-mini", "haiku", "gemini flash", "the mini models"): found wanting, like an
# open model, they put the bar above them.
SMALL_CLOSED = (
    r"(?:(?:gpt[- ]?)?4o[- ]?(?:mini|nano)|gpt[- ]?(?:4\.1|5)[- ]?(?:mini|nano)|(?:claude[- ](?:3\.5[- ]|4\.5[- ])?)?"
    r"haiku|(?:gemini[- ](?:[\d.]+[- ])?)?flash(?:[- ]lite)?|"
    r"(?:mini|nano)(?! ?(?:pc|computer|fridge|van|bus|golf|series|batch)))"
)
# Open models tried and found wanting ("we tried some open models and the Japanese was not natural",
# "llama wasn't good enough for us", "we tried gpt-4o-mini and it missed clauses"): the bar is above them, whatever
# model is then named as the floor. Found too slow or too dear says nothing of the bar ("it wasn't fast enough").
OPEN_REJECTED = (
    r"(?:tried|tryed|have try|did try|tested|testd|triall?ed|evaluated|benchmarked|piloted|gave|given|"
    # (a past setup since given up: "we used to run llama 3 70b on a rented a100 but stopped bc quality was meh")
    r"used to (?:run|use|host|self-host|serve)|ran|were running|self-hosted|(?:tests?|testing|trials?|"
    r"experiments?|pilots?|pocs?|evals?)\s+(?:with|of|on))\s+(?:\w+\s+){0,3}?"
    r"(?:(?:open[- ]?(?:weights?|source)?|oss|local|self[- ]hosted|llama|mistral|mixtral|qwen|gemma|deepseek)\w*|"
    + SMALL_CLOSED
    # (never across the words of speed or price: "latency was bad" is no bar on quality)
    + r")(?:(?!\b(?:latency|speed|slow|fast|price|pricing|costs?|expensive|pricey|rate[- ]limit)\w*)(?:[^.!?\n]|"
    r"\.(?=\d))){0,120}?(?:\bnot (?:\w+ )?"
    r"(?:good|natural|fluent|accurate|usable|great|reliable|enough|acceptable|sufficient|adequate|there)|"
    r"(?:weren'?t|wasn'?t|were not|was not|didn'?t|did not|couldn'?t)\b"
    r"(?! (?:(?:\w+ )?(?:bad|terrible|awful|embarrassing|unusable|garbage|rubbish|mediocre|disappointing|"
    r"a (?:mess|disaster|joke))|too bad|(?:really |even )?(?:go (?:up|down)|rise|increase|change|budge|move|spike)\b|"
    # "users didn't notice", "couldn't tell the difference": no failure (what it did not notice is one)
    r"(?:even )?(?:notice|mind|care|complain|spot)\w*(?=\s*(?:[,.;!?]|$|and\b|a thing|any ?thing\b(?! wrong)|"
    r"any difference|the difference(?! between)|at all))|(?:see|tell|feel) (?:a|any|the) difference(?! between)|"
    # "the agents couldn't tell which was which": the two answered alike
    r"tell (?:which (?:was|is|one was|one is) which|them apart|the two apart|(?:the )?(?:two|answers|outputs) apart)))"
    r"(?![^.!?;,]{0,25}\b(?:fast|quick|speedy|snappy|cheap|affordable|slow|"
    r"expensive|pricey|costly|available|supported)\b)|(?<!n't )(?<!not )(?<!never )(?<!not that )(?<!n't that )"
    r"\b(?:bad|poor|terrible|unnatural|awful|worse|"
    r"fell short|struggled|failed|embarrassing|unusable|garbage|rubbish|mediocre|disappointing|subpar|sub-par|meh|"
    r"underwhelming|lacklust(?:er|re)|"
    r"cringe\w*|laughable|a (?:mess|disaster|joke)|hallucinat\w+|(?:made|makes) (?:stuff|things|facts) up|"
    r"(?:missed|misses|missing|skipped|dropped|overlooked) (?:\w+ ){0,2}?(?:clauses?|details?|things|stuff|facts|"
    r"points?|items?|fields?|entities|nuances?|terms|issues|errors|key|important|critical|a lot|half|too much|"
    r"too many))\b|"
    # measured below what they use, or short of it ("noticeably weaker", "none came close", "nowhere near")
    # what the users' side showed ("tickets escalated to humans went up noticeably", "complaints doubled")
    r"(?<!n't )(?<!not )(?<!no )\b(?:escalat\w+|complaints?|tickets?|errors?|mistakes?|churn|refunds?|hand-?offs?|"
    r"thumbs[- ]down)(?: \w+){0,4}? (?:went up|increased|rose|jumped|spiked|doubled|tripled|shot up|climbed)\b|"
    # ... or the good side falling ("ratings dipped", "CSAT dropped", "people said the recipes got weird")
    r"(?<!n't )(?<!not )(?<!no )\b(?:ratings?|csat|nps|satisfaction|scores?|thumbs[- ]up|engagement|retention|"
    r"quality)(?: \w+){0,3}? (?:dipped|dropped|fell|went down|tanked|declined|sank|plummeted|suffered|took a hit)\b|"
    r"\b(?:answers?|results?|outputs?|responses?|recipes?|summaries|replies|it) got (?:weird|worse|dumber|sloppy|"
    r"bad|generic|robotic)\b|"
    r"(?<!n't )(?<!not )(?<!no )\b(?:weaker|dumber|(?:fell|falls|lagged|lags|way|far|well|clearly|miles|noticeably|"
    r"significantly) behind|nowhere near|not even close|fell apart|falls apart|(?:none|neither|nothing)(?: of them)? "
    r"(?:came|comes|got|gets|was|were|is|are) (?:close|near|there|good enough|usable))\b)"
)

# Open models by name or kind, said of a model the user used or tested.
_OPEN_NAMES = (
    r"(?:open[- ]?(?:source|weights?)|open|oss|local|self[- ]hosted|llama|mistral|mixtral|qwen|gemma|deepseek|"
    r"phi)\b"
)

# Frontier models by name, the measure of a bar ("like Claude or GPT-5 good").
_FRONTIER_NAMES = (
    r"(?:gpt[- ]?5(?:\.\d)?|gpt[- ]?4(?:o|\.1)?(?![- ]?(?:mini|nano))|claude(?! haiku)(?: (?:opus|sonnet))?|opus|"
    r"sonnet|gemini(?: 2\.5)? pro|o3)"
)

# Data-centre GPU models by name ("A100s", "a couple of V100s", "H200", "L40S", "MI300X").
GPU_MODELS = r"(?:[abhv]100|[bh]200|gh200|l40s?|l4|t4|a10g?|a30|a40|a6000|rtx ?\d{4}|mi[23]\d0x?)s?"

# "can not go out of our VPC", "can't leave our DC", "must never leave the building": what follows says where.
_MAY_NOT_LEAVE = (
    r"(?:(?:can ?not|can'?t|cant|cannot|must not|mustn'?t|may not|never|won'?t|shall not|should not|shouldn'?t|"
    r"doesn'?t|does not|don'?t|do not|is not allowed to|isn'?t allowed to|are not allowed to|not allowed to) "
    r"(?:ever )?(?:go|goes|get|gets|be sent|be moved|leave|leaves|exit|exits|move|moves|flow|flows|be copied|"
    r"be transferred)|nothing (?:ever )?(?:leaves|goes|gets|exits|moves|flows)|"
    # "nothing is allowed to leave our Azure tenant", "nothing may leave"
    r"nothing (?:is |gets? )?(?:ever )?(?:allowed|permitted) to (?:ever )?(?:go|leave|exit|move|flow)|"
    r"nothing (?:may|can|must|shall|should) (?:ever )?(?:go|leave|exit|move|flow)|"
    # a sign-off refused ("our CISO wont approve anything leaving the building")
    r"(?:won'?t|wont|will not|would not|wouldn'?t|doesn'?t|does not|don'?t|do not|never|can'?t|cannot) "
    r"(?:approve|allow|permit|sign off on|accept|ok|okay) (?:anything|any data|data|stuff|it|something)(?: that)? "
    r"(?:leaving|leaves|leave|to leave|going|goes|moving)|"
    r"(?:no|none of (?:the|our)) (?:\w+ )?(?:data|information|records|prompts|text|pii|phi) (?:ever )?(?:leaves|goes|"
    r"gets|exits|moves|flows))(?: out)?(?: of| from| outside| "
    r"beyond)? (?:our|the) (?:own )?"
    r"(?:(?!vendor|provider|partner|cloud|host|supplier|public|internet|eu\b|us\b|uk\b|country|region)\w+(?:'s)? )?"
)
# "will not allow patient notes outside our own data centre", "nothing is processed outside of the tenant": where.
_NOT_OUTSIDE = (
    r"(?:\bnot|\bnever|\w+n'?t|\bcannot|\bnothing|\bno data|\bforbid\w*|\bprohibit\w*|\bban\w*)\b[^.;?!]{0,60}?\b"
    r"(?:outside|"
    r"out of|out from|beyond|off) (?:of )?(?:our|the) (?:own |company'?s? )?"
)
# "cloud" as where things run, not a cloud vendor's API or model
_CLOUD_ITSELF = (
    r"\b(?![- ](?:apis?|llms?|models?|providers?|vendors?|services?|endpoints?|ai|ml|costs?|bills?|credits?|"
    r"based|hosted)\b)"
)
# (in the rules added later: never a cloud of one place or on one condition, "not allowed to go to the cloud outside
# the EU", "never goes to the cloud without anonymisation")
_ANY_CLOUD_AT_ALL = (
    r"(?!s?\s+(?:in|outside|of|from|without|unless|except|based|hosted|located|servers?|regions?|providers?)\b)"
    r"(?![^.;]{0,40}\b(?:anonymi[sz]\w*|pseudonymi[sz]\w*|can\b|may\b|is fine|is ok))"
)
# Countries and regions data may be required to stay in.
_PLACES = (
    r"eu|e\.u\.|europe|the european union|eea|germany|france|uk|united kingdom|britain|us|usa|united states|"
    r"country|region|canada|australia|india|switzerland|japan|brazil|korea|south korea|singapore|"
    r"poland|netherlands|the netherlands|spain|italy|sweden|norway|ireland|uae|the emirates|"
    + COUNTRIES_WITHOUT_REGION
    + r"|"
    + US_STATES
    + r"|the province|the state|in-state|(?:the )?(?:kingdom|state|province|canton)"
)
PLACES = _PLACES  # the places a rule on the data names (countries, regions, the EU)
# The model used as it comes, without tuning of their own.
_UNTOUCHED = (
    r"(?:stock|vanilla|base|plain|untuned|un-tuned|generic|pretrained|pre-trained|off-the-shelf) (?:model|weights|llm|"
    r"thing|version|checkpoint|llama|mistral|qwen|gemma|phi)s?"
)
# A third party that would see the data: an outside API, vendor or model provider.
_VENDOR = (
    r"(?:sub-?processors?\b|(?:third[- ]party|3rd[- ]party|external|outside|public|hosted|saas|commercial|managed|"
    r"cloud|vendor)\s+"
    r"(?:llm\s+|ai\s+|model\s+|inference\s+|genai\s+)?(?:apis?|providers?|vendors?|services?|endpoints?|models?|"
    r"llms?|tools?|parties|party|companies|company)|third[- ]part(?:y|ies)|3rd[- ]part(?:y|ies)|saas\b|"
    r"(?:an? |any |the )(?:outside |external |third[- ]party )?(?:vendors?|providers?)\b|"
    r"(?<=\bto )(?:outside |external )?vendors\b|(?<=\bfor )(?:outside |external )?vendors\b|"
    r"(?:(?<!azure )openai|anthropic|cohere|mistral ai)(?:'s)?(?: api)?\b|(?:claude|gemini|chatgpt|"
    r"gpt-?[45]\w*|mistral)(?:'s)?(?:[- ](?:type|like|style))? (?:api|apis|endpoint|services|tools)\b|"
    # vendors opening what is said of them ("vendors ok if they sign a BAA")
    r"(?<!\w )(?<![\w-])vendors\b"
    r"|(?:the |an? |any )?(?:llm |ai )?apis?\b)"
    # the vendor's latency, price or limits are not the data boundary
    r"(?!'?s? (?:latency|costs?|prices?|pricing|bills?|invoices?|speed|quality|limits?|rate|outages?|downtime|errors?|"
    r"keys?|uptime|sla|performance|response times?)\b)"
)
# The usual paper that lets a vendor see the data.
AGREEMENT = (
    r"(?:an? |the |our )?(?:baa|dpa|zero[- ]retention\w*|no[- ]training \w+|data processing (?:agreement|addendum))"
)
# (fact, value) -> pattern. Values for booleans are "true"/"false"; team keys are "team.<key>".
# people who use the product, named by role ("the analysts", "patients", "callers"): who waits for an answer
_PEOPLE = (
    r"(?:users?|people|ppl|folks|customers?|clients?|patients?|shoppers?|players?|gamers?|staff|employees|agents?|"
    r"analysts?|reviewers?|recruiters?|adjusters?|caseworkers?|physicians?|doctors?|nurses?|clinicians?|students?|"
    r"members?|visitors?|guests?|callers?|buyers?|lawyers?|advisors?|bankers?|operators?|drivers?|engineers?|devs|"
    r"developers?|traders?|underwriters?|tellers?|dispatchers?|learners?|readers?|writers?|editors?|sellers?|"
    r"the person|someone|everyone|they)"
)

# A working day as a rate's day ("600 PRs per workday", "30 requests each working day", "req/agent/workday") says
# which days of the week, not which hours: it is read by the volume (working days in a month), not as office hours.
# (nor a deadline: "by next working day", "within one business day")
# a permission said first in a conditional ("it's fine if it takes a couple of hours"); ``cues`` reads the polarity
FINE_IF = r"(?:fine|ok|okay|acceptable|no problem|not a problem|alright|all right) (?:if|when)"
# (a job's weeks or days are a deadline, no latency: "the backlog needs to be done in about six weeks")
_NOT_LONG = r"(?![\d.,]*\s*(?:business |working )?(?:weeks?|months?|days?|years?|hours?|hrs?|h\b|nights?|quarters?))"
_NOT_A_RATE = (
    r"(?<!per )(?<!a )(?<!each )(?<!every )(?<!/)(?<!/ )(?<!next )(?<!one )(?<!same )(?<!following )"
    # (days of the month, not hours of the day: "slammed during month-end close, the last three working days")
    + "".join(
        f"(?<!{e} {n} )" for e in ("last", "first") for n in ("two", "three", "four", "five", "few", "2", "3", "4", "5")
    )
)

CUES: dict[tuple[str, str], str] = {
    ("traffic_shape", "business_hours"): (
        # a place's opening hours ("clinic hrs", "shop hours", "opening hours"), a six-day week ("mon-sat")
        r"(?:business|office|working|work|clinic|opening|shop|store|school|trading|banking|branch|surgery|practice|"
        r"call ?cent(?:er|re)) (?:hours|hrs)\b|mon(?:day)?\s*(?:-|to|through|thru)\s*sat(?:urday)?\b|"
        r"business hours?|office hours|working hours|"
        + _NOT_A_RATE
        + r"work(?:ing)? ?day|work hours|9\s*(?:am)?\s*(?:-|to|til|till|"
        r"until)\s*(?:about |around |like )?"
        r"[56]\s*(?:pm)?|nine to five|9-to-5|\d{1,2}\s*(?:am)?\s*(?:-|to)\s*\d{1,2}\s*pm|"
        # (not the quiet days: "20k players on weekends, a lot less on weekdays")
        r"(?<!less on )(?<!fewer on )(?<!lower on )(?<!quiet on )(?<!quieter on )(?<!slower on )(?<!dead on )"
        r"(?<!less during )(?<!quiet during )weekdays?|"
        r"mon(?:day)?\s*(?:-|to|"
        r"through|thru)\s*fri(?:day)?|during the day|daytime|day ?time|(?:quiet|dead|nothing|idle|empty|zero|silent|"
        r"drops?(?: off)?|dies|low|slow)\w* (?:at|over(?:night)?|during the) ?(?:night|nights|weekends?)|"
        r"nights? and weekends? (?:are )?(?:quiet|dead|empty|idle)|office time|when (?:people|staff|employees|"
        r"users) are (?:at work|working|in the office)|(?:us|eu|uk|european|american|local) (?:business|working|"
        r"office) hours|(?:us|eu|uk|european|local) (?:work ?)?day|"
        + _NOT_A_RATE
        # (used in the office, not a thing standing there: "we have one RTX 3090 in the office")
        + r"work-?day|during (?:the )?office|(?<!\d0 )(?<!\d )(?:(?:use[sd]?|using|used|work|working|busy|traffic|only|"
        r"people are|staff are|everyone is|they'?re|we'?re) (?:\w+ )?in (?:the )?office|in (?:the )?office only)|"
        r"(?:office|business)[- ]hours?[- ](?:only|traffic|usage)|dead (?:by|after) \d|weekends? (?:are |is )?(?:nada|"
        r"nothing|dead|quiet|off|empty)|nothing (?:on|at|over|during) (?:the )?weekends?|(?:follows|tracks|"
        r"mirrors) the (?:working|work|business) week|only (?:during|in) the day|daylight|"
        # a working-day window on the 24-hour clock ("6 to 14h", "8-18h", "07:00-19:00")
        r"\b(?:0?[5-9]|1[01])(?::\d\d)?\s*h?\s*(?:-|–|to|until|till)\s*(?:1[2-9]|2[0-2])(?::\d\d)?\s*(?:h|hrs|"
        r"o'?clock)\b|\b(?:0?[5-9]|1[01]):\d\d\s*(?:-|–|to|until|till)\s*(?:1[2-9]|2[0-2]):\d\d\b|"
        # "it's mostly a workday thing", "a work-day app" (a rate's day is not: "600 PRs a workday")
        r"\ba work[- ]?day[- ](?:thing|tool|app|pattern|curve|hours?|kind|sort|type|product|use|usage)\b|"
        r"(?:morning|day|early|office|work) shifts?|shift hours|(?:their|our|the agents'?) shifts? only|"
        r"(?:at|in the|during the|by) nights? (?:\w+ ){0,2}(?:nothing|quiet|dead|empty|idle|zero|none|nada)|"
        # "dead on weekends and nights", "an office thing": the nights are quiet, people use it at work
        r"(?:quiet|dead|nothing|idle|empty)\w* (?:on|at|over|during) (?:the )?(?:weekends? (?:and|&|or|\+) )?nights?\b|"
        r"\ban office (?:thing|tool)\b"
    ),
    ("traffic_shape", "bursty"): (
        r"spik\w+|burst\w*|unpredictab\w+|seasonal\w*|black friday|cyber monday|holiday (?:rush|peaks?|season)|"
        r"(?:product |app |feature )?launches|launch (?:days?|spikes?|peaks?|traffic|weeks?)|(?:marketing|ad|email) "
        r"campaigns?|campaign (?:days?|spikes?|peaks?)|surg\w+|erratic|irregular\w*|in waves|comes? in waves|lumpy|"
        r"peaky|"
        r"sudden (?:peaks?|jumps?|rushes?)|(?:huge|big|massive|wild|sharp|crazy|sharp) (?:peaks?|swings?|jumps?|"
        r"spikes?)|goes? viral|(?<!users are )(?<!customers are )(?<!clients are )(?<!people are )(?<!users )"
        r"(?<!staff are )(?<!employees are )(?<!offices are )(?<!teams are )(?<!based )(?<!located )all over the place|"
        r"(?<!doesn't go )(?<!does not go )(?<!doesnt go )up and down|swings?|uneven|fluctuat\w+|\d+\s*x (?:at|during|"
        r"in) (?:peak|peaks|the peak)|\d+\s*x (?:the )?(?:average|normal|baseline)|(?:end|start) of (?:the )?"
        r"(?:month|quarter)|month[- ]end|quarter[- ]end|rush(?:es)?|flash (?:sales?|crowds?)|news (?:cycle|events)|"
        r"thundering herd|batchy|clumpy|on[- ]off|(?:tax|holiday|exam|enrol\w*|enrollment|christmas|shopping|"
        r"ticket|booking|travel|sales|busy|peak|filing|back[- ]to[- ]school|festival|election) season|"
        r"goes? (?:completely |totally |absolutely |just |a bit |a little )?(?:crazy|nuts|wild|bananas|bonkers|"
        r"ballistic|haywire|through the roof|mental|mad|insane)|(?:gets?|is|are) (?:absolutely |totally |completely |"
        r"just )?(?:hammered|cooked|swamped|rammed|smashed)\b|(?:traffic|load|usage) is whatever\b|"
        r"\bpeaks? (?:at |of |around |about |up to |hit )?\d[\d,.]*\s*k?\s*(?:rps|qps|rpm)\b|"
        r"\d+\s*x (?:the )?(?:weekday|usual|base|baseline|normal|average) (?:load|traffic|volume|level)\b|"
        r"(?:absolutely |totally |completely |just )?slammed (?:on|during|around|"
        r"at|in|every|whenever|when)\b|\d+\s*(?:x|times) (?:the )?(?:average|normal|baseline|usual)\b|"
        r"(?:rest of the (?:week|time|month|year|day)|in between|otherwise)\b[^.;]{0,15}?\b(?:a trickle|dead|"
        r"nothing|quiet)\b|(?:match|game|race|event|fight) days?|(?:pronounced|heavy|enormous|major|"
        r"serious|insane|massive|huge|big|sharp|crazy) (?:(?:evening|morning|lunch(?:time)?|weekend|night|daily) )?"
        r"(?:peaks?|spikes?|swings?|rush(?:es)?)|(?:goes|go|shoots?|"
        r"jumps?) up (?:very much|a lot|"
        r"massively|sharply|hugely|like crazy)|(?:in|during|around) (?:our |the )?campaigns|\d+\s*x in (?:one|an|a "
        r"single|1) (?:hour|minute|day)"
        r"|(?:highly |very |quite )?variable|comes? in (?:peaks|spurts|bursts)|(?:extreme|short|sharp) (?:peaks?|"
        r"bursts?)|"
        r"(?:piles?|pour|floods?) in (?:all )?at once|"
        r"(?<!per request )(?<!per call )(?<!tokens )(?<!size )(?<!sizes )(?:goes|go|jumps?|shoots?|spikes?|surges?|"
        r"climbs?) (?:up )?(?:by )?"
        r"(?:\d+|ten|twenty|fifty|a hundred)\s*(?:x|fold|times)\b|\d+\s*x (?:jumps?|spikes?|peaks?|surges?)|"
        r"at random times|"
        r"quiet until|then nothing for|event[- ](?:led|driven)|varies (?:a lot|wildly|massively)|feast or famine|"
        # "when the TV spot airs we get like 30x traffic for 15 min", "most of the volume hits in the first half hour
        # after the open", "sleepy most of the month"
        r"\d+\s*x (?:the )?(?:traffic|load|requests|volume|usage)\b(?=[^.;]{0,25}\bfor (?:\d+|a few|"
        r"a couple(?: of)?)\s*(?:min\w*|seconds?|secs?|hours?|hrs?)\b)|"
        r"most (?:of )?(?:the |our )?(?:volume|traffic|requests|reqs|load|usage|"
        r"calls|queries) (?:hits|comes|arrives|lands|happens|is)\s+(?:\w+\s+){0,2}?in the first (?:half[- ]hour|hour|"
        r"few minutes|\d+ (?:min|mins|minutes))|(?:sleepy|quiet|dead|slow) (?:for )?most of the (?:month|year|quarter)"
    ),
    ("traffic_shape", "steady"): (
        # (never a model's habit: "breaks character constantly", "hallucinated clause numbers constantly")
        r"steady|(?<!character )(?<!numbers )(?<!things )(?<!stuff )(?<!mistakes )(?<!errors )(?<!up )"
        r"(?<!hallucinates )(?<!hallucinated )(?<!fails )(?<!failed )(?<!crashes )(?<!breaks )constant\w*"
        r"|24\s*/\s*7|24x7|twenty[- ]four[- ]seven|round[- ]the[- ]clock|around the clock|"
        # "it doesn't really go up or down", "runs 24/7 pretty evenly"
        r"(?:doesn'?t|does not|never|don'?t|do not) (?:really |much )?(?:go|goes|move|moves) up (?:or|and) down|"
        r"(?:runs?|running|spread|comes? in|arrives?) (?:\w+ ){0,3}?(?:pretty |fairly |quite |very |roughly )?evenly\b|"
        r"(?<!opex )(?<!budget )(?<!cost )(?<!costs )(?<!spend )(?<!pricing )(?<!fee )(?<!rate )(?<!price )"
        r"(?:pretty |fairly |very )?(?<!opex )(?<!budget )flat\b(?! out\b)"
        r"(?![- ](?:fee|rate|price|pricing|budget|cost))|"
        r"predictab\w+|even(?:ly)? (?:load|spread|distributed|throughout)|"
        r"consistent\w*|stable|all day(?:,)? every day|day and night|always[- ]on|uniform\w*|no (?:real |big |major )?"
        r"(?:peaks?|spikes?)|(?:same|similar) (?:load|volume|traffic) (?:all|every|throughout)|continuous\w*|"
        r"non[- ]?stop|never (?:stops|sleeps)|doesn'?t sleep|follow(?:s|ing)?[- ]the[- ]sun|never (?:a|any|really a) "
        r"(?:quiet|slow|dead|lull|down) ?(?:stretch|period|time|hour|moment|patch)?\b|"
        r"(?<!take )(?<!takes )(?<!taking )(?<!took )all (?:day and )?night|all hours|"
        r"(?<!batch )(?<!batched )(?<!them )(?<!it )(?<!job )(?<!runs )every hour|"
        r"(?:smooth|level|regular) (?:load|traffic|usage)"
        r"|flat line|same (?:in|during) (?:the )?day and (?:in |at )?(?:the )?night|distributed evenly|"
        r"no quiet (?:period|"
        r"time|hours)|never (?:really )?(?:a )?quiet (?:period|time)|(?:all over|around|across) the (?:world|globe)|"
        r"(?:many|all|twelve|multiple|\d+) time ?zones|"
        r"(?<!within )(?<!inside )(?<!up to )(?<!of )(?<!in )(?<!under )(?:24h\b|24 hours|24-hour)"
        r"(?![- ](?:turnaround|turn-around|sla|window|delay|deadline|wait|notice|lag))|even stream|"
        r"steady stream|ticks along|(?:pretty|fairly|very|quite|roughly|nice and) even\b(?! if)"
    ),
    ("compliance", "hipaa"): (
        # PHI the data, not Phi the model ("tried phi, nope")
        r"hipaa|protected health information|\bbaa\b|business associate agreement|covered entit(?:y|ies)|"
        r"\bphi\b(?=.{0,40}\b(?:data|records?|"
        r"patients?|health|medical|hipaa|baa|contains?|includes?|involved|present|regulated|processed|stored|"
        r"handled)\b)|(?:contains?|"
        r"includes?|process|processes|processing|handle|handles|handling|store|stores|with|has|have|of|is|"
        r"it'?s|means|touch|touches) phi\b"
    ),
    ("compliance", "gdpr"): (
        r"gdpr|dsgvo|rgpd|general data protection regulation|(?:eu|european|europe'?s) (?:privacy|data protection) "
        r"(?:law|laws|rules|regulation|regime)s?"
    ),
    # PCI DSS by name, or the cardholder data it governs ("card numbers show up in the tickets")
    ("compliance", "pci_dss"): (
        r"\bpci\b(?:[- ]?dss)?|pci[- ]?dss|payment card industry|cardholder data|card ?holder data|"
        r"(?<!mask )(?<!redact )(?:credit |debit |payment )?card (?:numbers|data|details|#s?)\b(?![^.;]{0,30}\b(?:mask|"
        r"redact|tokeni[sz]|strip|scrub|remov|hash)\w*)|\bpans\b"
    ),
    ("compliance", "soc2"): r"soc\s*-?\s*(?:2|ii|two)\b|soc2",
    ("compliance", "fedramp"): r"fed\s*-?\s*ramp|il[45]\b|impact level [45]",
    ("compliance", "data_residency"): (
        r"data residency|residency|data sovereignty|sovereignty (?:rules?|requirements?|laws?)|in[- ]country|"
        r"data locali[sz]ation|locali[sz]ation (?:law|rule|requirement)s?|in[- ]region\b|(?:stored|hosted|kept|"
        r"processed) "
        r"domestically|on (?:\w+ )?soil\b|within (?:our |national |the country'?s )?borders|eu data boundary|(?:stay|"
        r"stays|remain|remains|kept|"
        r"keep it|keep data|be stored|be hosted|be processed|hosted|processed|stored)\s+(?:and (?:stored|processed|"
        r"hosted|"
        r"kept) )?(?:only |exclusively |solely |entirely |strictly )?(?:with)?in(?:side)? (?:the )?"
        r"(?:" + _PLACES + r"|our (?:country|region|jurisdiction))\b|(?:can(?:no|')?t|must not|mustn'?t|may not|never|"
        r"(?:is|are|is not|are not|isn'?t|aren'?t) (?:not )?(?:allowed|permitted) to|shall not|should not|"
        r"shouldn'?t|won'?t|cannot ever) (?:ever )?leave (?:the )?(?:" + _PLACES + r")\b|"
        # a place named as the edge of where data may go: "not allowed to send client data outside of Portugal",
        # "we can't transfer anything out of the EU", "nothing gets processed outside Mexico"
        r"(?:not (?:allowed|permitted) to|forbidden to|prohibited from|never|can(?:no|')?t|must not|mustn'?t|"
        r"may not|shall not|should not|shouldn'?t|won'?t|don'?t|do not|doesn'?t|does not|nothing|no data|no "
        r"processing|no (?:\w+ )?data) (?:\w+ ){0,2}?(?:send|sent|sending|transfer\w*|move|moved|moving|ship\w*|"
        r"store|stored|storing|host|hosted|hosting|process|processed|processing|go|goes|going|gets? (?:sent|"
        r"processed|stored|hosted|moved)|be (?:sent|processed|stored|hosted|moved|transferred)|leave|leaves|"
        r"leaving|export\w*|copy|copied|take|taken|flow|flows) (?:[\w']+ ){0,3}?(?:outside|out of|beyond) "
        r"(?:of )?(?:the )?(?:" + _PLACES + r")\b|"
        r"(?:eu|german|french|uk|canadian|australian|swiss|local)[- ](?:only )?(?:hosting|data ?cent(?:er|re)s?|"
        r"regions?)(?: only)?|"
        # "student info has to stay in-state", "Only in Europe, the data."
        r"(?:stay|stays|remain|remains|kept|be kept|be stored|be hosted|be processed)\s+in[- ]state\b|"
        r"only (?:with)?in (?:the )?(?:" + _PLACES + r"),? (?:the |our |all )?data\b"
    ),
    ("compliance", "air_gapped"): r"air[- ]?gap\w*|airgap\w*",
    # A regime the profile has no value for (Brazil's LGPD, Canada's PIPEDA, ISO 27001...): asked about, never
    # stored as a known regime nor dropped ("other" is a cue only: it never becomes a stored regime).
    ("compliance", "other"): (
        r"lgpd|pipeda|ccpa|cpra|appi|popia|pdpa|pipl|kvkk|pipa|pdpl|dpdp|ndpr|ndpa|nzpa|lfpdppp|"
        r"personal info(?:rmation)? "
        r"(?:protection )?(?:law|act)|data (?:protection )?law|hitrust|cjis|itar|ferpa|glba|\bsox\b|sarbanes|fisma|"
        r"cmmc|irap|"
        r"stateramp|texas ?ramp|\bens\b|secnumcloud|"
        r"\bc5\b|tisax|\bhds\b|nis ?2|\bdora\b|(?:eu )?ai act|iso[- ]?(?:27001|27017|27018|27701|42001|13485)|"
        r"nist (?:800|csf)[\w-]*|cyber essentials|bafin|finma|\bfca\b|\bmas\b trm|apra|hds|coppa|bsi c5|"
        # central banks' and regulators' rules ("CBN guidelines", "RBI data localisation", "SAMA cloud rules")
        r"\b(?:cbn|rbi|sama|bnm|ojk|sbp|cbuae|cbe|nbfc|sebi|irdai|hkma|pra|eba|occ|ffiec|finra|sec 17a-4)\b"
        r"(?: \w+)? (?:guidelines?|rules?|regulations?|requirements?|framework|circular|directives?|localisation|"
        r"localization|data localization)|"
        r"\b(?:regulated|supervised|licensed) by (?:the )?(?:cbn|rbi|sama|bnm|ojk|sbp|cbuae|sebi|irdai|hkma|pra|finra|"
        r"mas|central bank)\b|"
        r"\b(?:cbn|rbi|sama|bnm|ojk|mas|hkma|sebi|finma|bafin)[- ](?:regulated|licensed|supervised)\b|"
        r"\b(?:trm|outsourcing) guidelines\b|"
        r"(?:privacy|data protection|banking|health|medical|financial) (?:act|law|regulation|regulator)s?\b"
    ),
    ("compliance", "none"): (
        r"(?:don'?t|do not|doesn'?t|does not|never) (?:\w+ ){0,2}?(?:anything |any (?:data|information|info) "
        r"(?:that'?s |that is )?|any )(?:regulated|sensitive|confidential)\b|nothing to comply with|"
        r"not (?:subject to|under|bound by) any (?:\w+ )?(?:compliance|regulat\w*|regime|framework)|"
        # "we don't fall under any special data regulations"
        r"(?:don'?t|do not|doesn'?t|does not) (?:fall|come) (?:under|within) any (?:\w+ ){0,2}?(?:compliance|"
        r"regulat\w*|regime|framework|rules|laws?)\b|(?:nor|"
        r"not) (?:does )?"
        r"any other (?:regime|framework|regulation)|nothing (?:like that )?applies|(?:compliance|regulation)\w*\??,? "
        r"(?:doesn'?t|does not|isn'?t|is not) (?:matter|a concern|an issue|relevant)|(?:don'?t|do not) (?:think|"
        r"believe) "
        r"(?:any|there'?s any) (?:compliance|regime|regulation)|none of (?:the|our) data (?:\w+ ){0,4}is regulated|"
        r"(?:no|zero) (?:other |special |specific |particular |real |formal |regulatory |strict |hard |privacy |"
        r"data protection |industry |legal |government )?(?:compliance|"
        r"complian\w*|regulat\w*|regs|regime|requirements?(?! to)|reqs?\b|rules|certifications?|constraints?|"
        r"obligations?|headaches?)(?! (?:on|about|for|regarding|over|as to) where\b)|"
        r"no other (?:regime|"
        r"regulation|framework|standard)s?|nothing (?:regulated|special|sensitive)|(?:nor|not|no) any other "
        r"(?:framework|regime|regulation|standard|compliance)|nothing applies|no nothing|none (?:of them )?apply|"
        r"not regulated|unregulated|none of (?:those|these|the above)|none (?:that|which) appl(?:y|ies)|(?:it'?s|is|"
        r"all|only) (?:all )?public(?: web)? (?:content|data|information|info|pages|documents|text)|(?:compliance|"
        r"regulation)\w*"
        r"(?:(?: is| are)? not| isn'?t| aren'?t|n'?t) (?:a|an)? ?(?:issue|concern|factor|thing|problem)|"
        r"no sensitive data|"
        r"public data(?: only)?|(?:only|just) public|nothing confidential|no pii|no personal data|free of "
        r"(?:compliance|regulation)|no privacy (?:requirements|concerns|constraints)|(?:we'?re|we are|it'?s) not "
        r"(?:in )?a regulated|no regulated data|(?:don'?t|do not) have any (?:special |specific |particular |"
        r"real |formal |regulatory )?(?:compliance|regulat\w*)|"
        # "no HIPAA, no PCI, nothing like this"
        r"(?:no (?:hipaa|gdpr|pci|soc ?2|fedramp)[\w-]*,?\s*){2,}(?:and\s+|or\s+)?nothing\b|no (?:hipaa|gdpr|pci)"
        r"[\w\s,/-]{0,30}(?:or|nor) (?:anything|any of that|whatever)"
    ),
    ("data_boundary", "any_vendor"): (
        # nothing to protect: the data is public ("data's public anyway", "it's all public content")
        r"\b(?:data|content|documents?|texts?|inputs?|it|everything)(?:'s| is| are) (?:all |entirely |already |"
        r"basically |just |mostly )?public(?: anyway| already| information| data| content| info)?\b(?! (?:sector|"
        r"company|cloud|apis?|endpoints?|release|holiday|health|school|body|bodies|agency|agencies))|"
        # processing abroad allowed on the vendor's signature ("transcripts can be processed outside Nigeria if the
        # vendor signs our DPA and the NDPA transfer clauses")
        r"\b(?:can|may|could|is allowed to|are allowed to) be (?:processed|sent|stored|hosted|handled|transferred) "
        r"(?:\w+ ){0,2}?(?:outside|abroad|offshore|out of|overseas)\b[^.;!?]{0,40}?\b(?:the |a |our |any |each )?"
        r"(?:vendor|provider|processor|supplier)s? (?:signs?|agrees? to|accepts?)\b|"
        # the cheapest vendor wherever it is ("throw it at whatever API is cheapest", "any LLM vendor is OK if ...")
        r"\b(?:whatever|whichever) (?:llm |ai )?(?:api|provider|vendor)s? (?:is |are )?(?:the )?cheapest\b|"
        r"\bany (?:llm |ai )?(?:api|vendor|provider)s? (?:is |are )?(?:ok|okay|fine|allowed|acceptable)\b|"
        # a public vendor's API accepted by whoever decides ("they accept that we use OpenAI or Anthropic with a
        # zero-retention contract", "our clients allow us to use Anthropic")
        r"\b(?:accepts?|accepted|allows?|allowed|permits?|permitted|approves?|approved|(?:is |are )?(?:fine|ok|okay) "
        r"with)\s+(?:that\s+)?(?:we|us)\s+(?:to\s+)?(?:use|send (?:\w+ ){0,2}to|call)\s+(?:the\s+)?(?:openai|"
        r"anthropic|google|gemini|claude|gpt|mistral|cohere|public (?:apis?|llms?|models?)|(?:an?|any)\s+(?:external|"
        r"third[- ]party|commercial|hosted|public)\s+(?:apis?|llms?|models?|providers?|vendors?))\b|"
        # hosted APIs allowed by whoever sets the rules ("client contracts allow US-hosted APIs as long as ...")
        r"\b(?:allows?|allowed|permits?|permitted|accepts?|accepted) (?:the use of |using )?(?:(?:us|eu|uk)[- ]hosted |"
        r"hosted |cloud |external |third[- ]party |commercial |public |vendor )(?:llm )?(?:apis?|providers?|vendors?|"
        r"llms?)\b|"
        # any hosted model allowed, a vendor approved, no restriction on the data ("we can call any hosted model",
        # "sending prompts to a SaaS LLM is not an issue", "infosec approved OpenAI", "no data restrictions")
        r"(?:can|may|could) (?:call|use) any (?:hosted|cloud|external|third[- ]party|commercial|public) "
        r"(?:models?|llms?|apis?|providers?)\b|"
        # where the data goes said not to matter ("where the data goes doesn't matter to us", "data leaving is fine")
        r"where (?:the |our )?(?:data|it|everything) (?:goes|is processed|is sent|ends up|is hosted) (?:really )?"
        r"(?:doesn'?t|does not|don'?t|do not|won'?t|wouldn'?t) (?:really )?matter\b|(?:the |our )?data leaving "
        r"(?:our \w+ |the \w+ )?(?:is|would be) (?:fine|ok|okay|allowed|acceptable|not a problem|no problem)\b|"
        # a vendor in use that the gatekeepers have no objection to ("we use OpenAI today and legal has no objections")
        r"(?:openai|anthropic|chatgpt|claude|gemini|gpt-?[45o][\w.-]*|(?:llm |ai )?apis?|vendors?|providers?)\b"
        r"[^.;!?]{0,60}?\b(?:legal|compliance|security|infosec|our lawyers|lawyers|the dpo|our dpo|our ciso|the ciso)"
        r"(?: team| dept| department)? (?:(?:has|have|had|raised|sees?|saw) no (?:objections?|concerns?|issues?|"
        r"problems?)|(?:is|are|'s|was|were) (?:totally |perfectly )?(?:fine|ok|okay|happy|comfortable) with "
        r"(?:that|it|this|them))\b|"
        r"(?:sending|send) (?:\w+ ){0,2}to (?:an? |any )?(?:saas|hosted|external|third[- ]party|"
        r"cloud|public|commercial) (?:llms?|apis?|models?|services?|providers?) (?:is|'s|would be) (?:not an issue|"
        r"not a problem|no problem|fine|ok|okay|allowed)\b|\bno data restrictions?\b|(?:approved|signed off on|"
        r"cleared|whitelisted|allow-?listed|okayed|ok'?d) (?:the )?(?:use of |using |us using |us to use |to use )?"
        r"(?:openai|anthropic|cohere|mistral ai|"
        r"gemini api|(?:public|external|hosted|vendor|third[- ]party) (?:apis?|llms?|endpoints?|providers?))\b|"
        # the data allowed out, where it runs said not to matter, outside inference allowed ("data can leave",
        # "doesn't matter where the model runs", "external inference is allowed")
        r"\bdata (?:can|may|is allowed to|is free to|is ok to|is fine to) (?:leave|go (?:out|anywhere|outside))\b"
        r"(?!\s+(?:of\s+|from\s+)?(?:our|the)\b)|"  # (where it may leave is read by the place's own phrase)
        r"(?:doesn'?t|does not|don'?t|dont|doesnt|do not) (?:really )?matter where (?:[\w']+ ){0,3}?(?:runs?|goes|"
        r"is processed|is hosted|lives|is sent)\b|(?:external|outside|third[- ]party|hosted|cloud) "
        r"(?:inference|models?|llms?|ai) (?:is|are) (?:totally |perfectly |completely )?(?:fine|ok|okay|allowed|"
        r"permitted|acceptable|approved)\b|"
        r"(?<!no )(?<!not )(?:outside |external |third[- ]party )?(?:vendors?|providers?|third[- ]parties) (?:are|is) "
        r"(?:totally |perfectly |completely |absolutely |all )?(?:fine|ok|okay|acceptable|allowed|permitted|"
        r"approved)\b|"
        r"(?:third[- ]party|3rd[- ]party|external|public|vendor|hosted|cloud|openai|anthropic|commercial)\s*(?:llm\s*)?"
        r"(?:apis?|providers?|vendors?|services?|endpoints?|processors?)\s*(?:are|is|r|would be|will be|have been)?\s*"
        r"(?:totally |perfectly |completely |absolutely |all )?(?:fine|ok|okay|acceptable|allowed|permitted|"
        r"permissible|"
        r"approved|good|grand|alright|all right|cool|no problem|not a problem)|"
        r"(?:external|third[- ]party|3rd[- ]party|outside|vendor|cloud) "
        r"(?:processing|hosting) (?:is|would be|are) (?:totally |perfectly )?(?:fine|ok|okay|allowed|permitted|"
        r"acceptable|approved)\b|(?:processing|hosting) by an? (?:external|third[- ]party|outside) "
        r"(?:provider|vendor) is (?:permissible|fine|ok|acceptable|allowed)|(?:fine|comfortable|happy|ok|okay) (?:with "
        r"(?:it |the data |data )?(?:going (?:out )?to|using|sending (?:it |the data |data )?to)|sending (?:it |"
        r"the data |"
        r"data )?to|with) (?:an? |any |the |whatever |a public )?(?:external |public |hosted |third[- ]party )?(?:api|"
        r"vendor|provider)s?|\bapis? (?:all )?(?:fine|ok|okay|good)\b|(?:any|whatever) (?:api|llm api)(?: vendor)?\b|"
        r"(?:no|without) (?:real |particular |special )?(?:limits?|restrictions?|rules?|constraints?) "
        r"(?:on |about |regarding |over |for )?where (?:the |our )?(?:data|it|things|stuff) (?:goes|go|is sent|"
        r"is processed|lives|is hosted|ends up)\b(?!,? yet\b)|(?:don'?t|do not) mind which (?:vendor|provider)|"
        r"(?:don'?t|doesn'?t|do not|does not|won'?t) (?:really )?(?:care|"
        r"mind) (?:about )?where (?:[\w']+ ){0,3}?(?:runs?|"
        r"goes|processed|lives|hosted|ends up|stored)\b|"
        r"(?:may|can|could|is allowed to|are allowed to) be (?:processed|handled|hosted|sent|stored|seen|read) "
        r"(?:\w+ ){0,3}?by (?:\w+ ){0,2}?" + _VENDOR + r"|"
        r"(?:if|once|as long as|provided|so long as) (?:the |a |our |any )?(?:vendor|provider|they|openai|anthropic|"
        r"microsoft|google|api provider)s? (?:\w+ ){0,2}?(?:signs?|has|have|offers?|gives?|agrees? to|provides?|"
        r"puts? in place) (?:us )?"
        + AGREEMENT
        + r"[^.;]{0,30}?\b(?:fine|ok|okay|acceptable|allowed|good|approved)\b|"
        + _VENDOR
        + r"[^.;]{0,50}?,\s*(?:that'?s|which is|it'?s|this is) (?:\w+ )?(?:allowed|fine|ok|okay|approved|"
        r"permitted|acceptable)\b|\bexternal(?: ones?| stuff| services?)? (?:is|are|'s) (?:totally |perfectly |"
        r"absolutely )?(?:fine|ok|okay|allowed|acceptable)\b|(?:fine|ok|okay|allowed|free) to (?:send|go|ship) (?:it |"
        r"data |things |stuff |everything )?(?:out|outside|externally)\b|"
        r"no (?:issue|problem) sending|(?:doesn'?t|does not) matter where (?:it|the data|data|this|that|stuff) "
        r"(?:runs?|goes|is processed|lives|is hosted)|(?:data|it) can (?:also |even )?go (?:also |even )?to "
        r"(?:an? |any )?(?:vendor|external|"
        r"third[- ]party|hosted|"
        r"public)?\s*(?:api|vendor|provider)|(?:ship|send) it to (?:any|whatever|an?) (?:api|vendor|provider)|"
        r"(?:can|could|may|happy to|fine to|ok to|okay to|allowed to)\s+(?:send|use|share|pass)\s+(?:(?:it|data|"
        r"our data|this|that|everything|prompts?)\s+)?(?:(?:to|with)\s+)?(?:any|a|an|third[- ]party|external|openai|"
        r"anthropic|"
        r"public|vendor|hosted)\b\s*(?:apis?|vendors?|providers?|models?)?|(?:can|could|may|allowed to|free to|ok to|"
        r"okay to|fine to) (?:use|call) the (?:openai|anthropic|claude|gemini|gpt[\w.-]*|external|third[- ]party|"
        r"public) (?:llm )?apis?\b|(?<!for )(?<!from )(?<!of )any vendor(?! (?:must|has to|needs to|should|shall))|"
        r"(?<!for )(?<!from )(?<!of )any provider(?! (?:must|has to|needs to|should|shall))|no restrictions? on "
        r"(?:where|which|vendors?|providers?)|don'?t care where|(?:data|it) can go anywhere|"
        r"send (?:it|the data|data|everything|stuff) (?:literally |just )?anywhere\b|no data (?:restrictions|"
        r"constraints)|vendor[- ]agnostic"
        r"|apis? (?:are|is) (?:fine|ok|okay|acceptable)|(?:any|an|external|hosted|normal hosted|commercial|"
        r"public) api(?:s)?(?: is| are)? (?:ok|okay|fine|we like|is what)|openai, anthropic|can go to any (?:api|"
        r"vendor|provider)|(?:use|using) an? (?:external|hosted|public|third[- ]party|commercial) (?:api|llm|model)|"
        r"send (?:it|data|everything) to (?:openai|anthropic|google|an api)"
        # a third party named, then a permission in the same clause ("calling OpenAI directly is fine by legal",
        # "external LLM providers are approved", "allowed to use SaaS AI vendors")
        # (never with a denial between: "third parties: none allowed")
        r"|"
        + _VENDOR
        + r"(?:(?!\b(?:none|no|not|never|nothing)\b)[^.;,]){0,40}?\b(?:is|are|'s|are all|is all|would be|"
        r"has been|have been|been|was|were|gets?|"
        r"got)? ?(?:fine|ok|okay|allowed|permitted|approved|acceptable|green[- ]?lit|cleared|no problem|not a problem|"
        r"good to go|ok'?d|okayed|signed off|works?)\b(?!-)|"
        r"(?:allowed|permitted|approved|cleared|free|fine|ok|okay) (?:us |the team |everyone |our team )?to "
        r"(?:use|call|hit|send (?:\w+ ){0,3}to|go to|"
        r"share (?:\w+ ){0,3}with) (?:\w+ ){0,2}?" + _VENDOR + r"|"
        r"(?:signed off|sign off|signs off|approved|greenlit|green-lit|okayed|cleared|blessed|allows?|permits?) "
        r"(?:on |the use of |using |use of )?(?:\w+ ){0,4}?" + _VENDOR + r"|"
        r"(?:may|can|could) (?:go|be sent) (?:out )?to (?:\w+ ){0,2}?" + _VENDOR + r"|"
        # "fine with OpenAI seeing the data", "ok sending prompts to a third party", "don't mind it going to a vendor"
        r"(?:fine|ok|okay|happy|comfortable|good|relaxed|cool) (?:with|to|about)? ?(?:\w+ ){0,4}?" + _VENDOR + r"|"
        r"(?:don'?t|do not|doesn'?t) (?:mind|care|worry)\w* (?:about )?(?:\w+ ){0,4}?"
        + _VENDOR
        + r"|"
        + _VENDOR
        + r" (?:\w+ ){0,2}?(?:may|can|could|are allowed to|is allowed to|are permitted to|is permitted to) "
        r"(?:process|see|handle|receive|get|store|read|use)\b|"
        + _VENDOR
        + r"\s*[:=-]\s*(?:yes|yep|yeah|fine|ok|okay|allowed|approved)\b|"
        r"(?:dpa|baa|zero[- ]retention (?:agreement|deal|terms)|enterprise (?:agreement|contract|deal)|data processing "
        r"(?:agreement|addendum)) (?:with|from) " + _VENDOR + r"|"
        r"(?<!not )(?:can|may|is allowed to|are allowed to|is free to|is fine to|is ok to) (?:(?!not\b|"
        r"never\b)\w+ )?leave "
        r"(?:our|the) "
        r"(?:own )?(?:network|building|premises|servers|dc|data ?cent\w*|company|systems)\b|"
        r"nothing (?:stops|prevents|keeps|stopping|preventing) us from (?:using|calling|"
        r"sending (?:\w+ ){0,3}to) (?:\w+ ){0,2}?"
        + _VENDOR
        + r"|no (?:restrictions?|limits?|rules?|problem|issue|objection)s? (?:on|with|about|against|to) "
        r"(?:\w+ ){0,4}?" + _VENDOR + r"|"
        r"(?:send|ship|put|run|process|host)\w* (?:it|the data|data|everything|them) (?:to |with |at )?(?:wherever|"
        r"anywhere|"
        r"whoever|any ?one|whichever (?:vendor|provider|api))\b|(?:data|it) (?:is )?(?:allowed|free|ok|okay|fine) to "
        r"leave (?:the company|our (?:company|network|systems)|the building)|"
        # the owners of the data agreed to the vendor ("clients agree that code goes to Anthropic", "our users consent
        # to OpenAI processing their chats", "it's in our terms that prompts go to a third-party LLM provider")
        r"(?:clients|customers|users|members|tenants|patients|subscribers|everyone)\b(?: \w+){0,2}? (?:agree|agreed|"
        r"consent|consented|accept|accepted|opted in|opt in|signed off|sign off|know and agree) (?:\w+ ){0,8}?"
        + _VENDOR
        + r"|(?:in|per|under|covered by) (?:our|the) (?:terms(?: of (?:service|use))?|tos|t&cs|t's and c's|contracts?|"
        r"privacy (?:policy|notice)|user agreement)\b[^.;?!]{0,60}?" + _VENDOR + r"|"
        r"(?:terms(?: of (?:service|use))?|tos|t&cs|contracts?|privacy (?:policy|notice)|user agreement) "
        r"(?:already |explicitly )?(?:lists?|names?|covers?|allows?|permits?|mentions?|includes?|says?) "
        r"(?:\w+ ){0,6}?" + _VENDOR + r"|"
        # a rule to keep the data from vendors said not to exist ("there's no requirement to keep it out of
        # third-party APIs", "we're not required to keep prompts away from external providers")
        r"(?:no|not any|isn'?t any|there'?s no|there is no|nothing) (?:\w+ ){0,3}?(?:requirement|rule|obligation|"
        r"policy|"
        r"mandate|need|says?|requires?|forces?|obliges?) (?:\w+ ){0,4}?(?:to |that )?(?:\w+ ){0,3}?"
        r"(?:keep|stay|be kept|avoid|exclude) (?:\w+ ){0,3}?(?:out of|away from|off|clear of)? ?(?:\w+ ){0,2}?"
        + _VENDOR
        + r"|"
        r"(?:not|n'?t|never) (?:required|obliged|obligated|forced|asked|told|bound) to (?:keep|hold) (?:\w+ ){0,3}?"
        r"(?:out of|away from|off|clear of|from) (?:\w+ ){0,2}?" + _VENDOR + r"|"
        r"(?:doesn'?t|does not|don'?t|do not|won'?t) (?:require|oblige|force|make) (?:\w+ ){0,2}?(?:to )?(?:keep|hold) "
        r"(?:\w+ ){0,3}?(?:out of|away from|off|clear of|from) (?:\w+ ){0,2}?" + _VENDOR + r"|"
        # the data already goes to a vendor today ("we already send our tickets to Anthropic", "already piping
        # everything thru the claude api", "already processed by OpenAI")
        r"\balready (?:\w+ ){0,2}?(?:send|sending|sends|pipe|piping|pipes|push|pushing|pushes|feed|feeding|feeds|"
        r"stream|streaming|streams|ship|shipping|ships|pass|passing|passes|forward|forwarding) (?:\w+ ){0,5}?(?:to|"
        r"thru|through|into|via|with) (?:the )?(?:\w+ )?" + _VENDOR + r"|\balready (?:being )?(?:processed|handled|"
        r"sent|hosted|shared) (?:\w+ ){0,2}?(?:by|to|with|at) (?:the )?" + _VENDOR + r"|"
        # any vendor will do ("any provider works", "we don't care who hosts it", "we can use whoever is best")
        r"\bany (?:llm |ai |model )?(?:provider|vendor|api|host)s? (?:works?|will do|is fine|is ok|is okay|goes)\b|"
        r"(?:don'?t|do not|doesn'?t|does not) (?:really )?(?:care|mind) who (?:hosts|runs|serves|processes|sees|"
        r"gets)\b|(?:can|could|may|are free to) (?:use|go with|pick|choose) (?:whoever|whichever (?:vendor|"
        r"provider|api|one)|any(?:one| one)? (?:we|that|who))\b"
    ),
    # Third parties ruled out, the boundary itself not said ("external APIs are a no-go"): a cue, never a value;
    # alone it makes the boundary a question (own cloud or own servers?).
    ("data_boundary", "no_vendor"): (
        _VENDOR + r"[^.;,]{0,30}?\b(?:is|are|would be|'s)? ?(?:a |an |totally |completely |strictly |absolutely )?"
        r"(?:no-go|no go|forbidden|banned|prohibited|off[- ]limits|out of the question|non-?starter|not allowed|"
        r"not permitted|not an option|not ok|not okay|not acceptable|unacceptable|vetoed|ruled out|a hard no)|"
        # nothing sent to them, said as what happens ("nothing goes to third-party APIs", "no data is sent to vendors")
        r"(?:nothing|no data|no (?:\w+ )?data|none of (?:it|the data|our data)) (?:ever )?(?:goes|gets sent|is sent|"
        r"gets shared|is shared|is passed|gets passed) (?:out )?(?:to|with) (?:\w+ ){0,2}?" + _VENDOR + r"|"
        # the data kept from them ("the data is off limits to vendors", "client files are off-limits for any provider")
        r"\boff[- ]limits (?:to|for) (?:\w+ ){0,2}?" + _VENDOR + r"|"
        # someone with the say refusing it ("legal won't let transcripts go to OpenAI", "compliance says no to sending
        # data to outside vendors")
        r"(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|don'?t|do not|never) (?:let|allow|permit) (?:us )?"
        r"(?:to )?(?:\w+ ){0,3}?(?:go|be sent|send|get sent|leave|be shared|share|be uploaded|upload) (?:\w+ ){0,2}?"
        r"(?:to|with) (?:\w+ ){0,2}?" + _VENDOR + r"|"
        r"says? no to (?:sending|sharing|uploading|using) (?:\w+ ){0,3}?(?:(?:to|with) (?:\w+ ){0,2}?)?"
        + _VENDOR
        + r"|"
        r"(?:can'?t|cannot|can not|must not|mustn'?t|may not|not allowed to|never|won'?t|aren'?t allowed to|"
        r"forbidden to|shouldn'?t) (?:ever )?(?:use|call|hit|send (?:\w+ ){0,3}to|go to|share (?:\w+ ){0,3}with|"
        r"touch) (?:\w+ ){0,2}?" + _VENDOR + r"|"
        # a prohibition ("our contracts prohibit sending client data to third-party AI providers", "we are barred from
        # using outside vendors")
        r"(?:prohibit(?:s|ed)?|forbid(?:s|den)?|bans?|banned|bar(?:s|red)?|disallows?|disallowed)(?: (?:us|anyone|"
        r"staff|the firm|the company))?(?: from)? (?:us(?:e|ing)|call(?:ing)?|send(?:ing)? (?:\w+ ){0,3}?to|"
        r"shar(?:e|ing) (?:\w+ ){0,3}?with|upload(?:ing)? (?:\w+ ){0,3}?to|disclos(?:e|ing) (?:\w+ ){0,3}?to) "
        r"(?:\w+ ){0,2}?" + _VENDOR + r"|"
        r"(?:nothing|no data|no (?:\w+ )?data|none of (?:it|the data)) (?:may|can|could|is allowed to|must|should|"
        r"will) "
        r"(?:ever )?(?:be sent|go|leave|be shared|be passed|be shipped|be given|be handed) (?:out )?(?:to|with) "
        r"(?:\w+ ){0,2}?" + _VENDOR + r"|"
        # the data itself kept from third parties ("must not be shared with any third party", "the client forbids any
        # external processing")
        r"(?:must not|mustn'?t|can'?t|cannot|may not|shall not|should not|shouldn'?t|never|(?:is|are) not allowed to|"
        r"isn'?t allowed to|aren'?t allowed to|not allowed to) (?:ever )?be (?:shared with|sent to|given to|passed to|"
        r"shipped to|disclosed to|exposed to|processed by|seen by|handled by) (?:\w+ ){0,2}?" + _VENDOR + r"|"
        r"(?:forbids?|prohibits?|bans?|no|not allowed|never) (?:any )?(?:external|third[- ]party|3rd[- ]party|outside|"
        r"vendor) (?:data )?processing\b|"
        r"(?:can'?t|cannot|must not|mustn'?t|may not) (?:have|let|allow) (?:\w+ ){0,3}(?:going|go|sent|flowing|"
        r"leaving) "
        r"(?:out )?to (?:\w+ ){0,2}?" + _VENDOR + r"|no (?:external|third[- ]party|3rd[- ]party|outside|public|saas|"
        r"hosted|commercial) (?:llm |ai )?(?:apis?|vendors?|providers?|services?)|"
        r"(?:stay|stays|remain|remains|kept|be kept|live|lives|run|runs|be hosted|hosted|be|is) (?:\w+ )?(?:in|on|"
        r"inside|within) (?:our|a|the) (?:own )?private cloud|"
        # an environment of their own, not said to be servers or cloud ("case files must remain in our FedRAMP High
        # environment")
        r"(?:must|has to|have to|needs? to|shall|should|is to|are to) (?:stay|remain|be kept|live|reside|be processed|"
        r"be stored) (?:only )?(?:in|inside|within) our (?:own )?"
        r"(?![^.;]{0,30}?\b(?:on[- ]?prem\w*|data ?cent\w*|dc|aws|azure|gcp|google|cloud|vpc|tenant|servers?|"
        r"hospital|premises|building)\b)(?:[\w-]+ ){0,3}?(?:environment|env|enclave|estate|perimeter|boundary|"
        r"systems?)\b|"
        # hosting of their own required, where not said (own servers or own cloud account?)
        r"self[- ]?host(?:ing|ed)? (?:is |are )?(?:mandatory|required|a must|non-negotiable|the only option|only|or "
        r"nothing|a requirement)|(?:has|have|needs?|got) to be self[- ]?hosted|(?:must|has to|have to|needs? to) be "
        r"(?:hosted|run|operated|served) by us\b|(?:must|has to|have to|need to|needs to) (?:host|run|serve) it "
        r"ourselves|"
        # the data kept from vendors ("we have to keep it away from external providers", "keep prompts out of
        # third-party APIs")
        r"\b(?:keep|keeps|kept|keeping|hold|stay|stays) (?:\w+ ){0,3}?(?:out of|away from|clear of|off) "
        r"(?:\w+ ){0,2}?" + _VENDOR
    ),
    ("data_boundary", "cloud_tenant"): (
        # an account of the user's own at a smaller cloud ("everything runs in our own Hetzner account", "own OVH
        # project")
        r"\b(?:our|own) (?:own )?(?:hetzner|ovh(?:cloud)?|scaleway|ionos|digitalocean|linode|vultr|oci|oracle cloud|"
        r"ibm cloud|alibaba cloud|stackit|upcloud|exoscale|open telekom cloud) (?:cloud )?(?:account|project|tenant|"
        r"tenancy|subscription|vpc|org|environment)s?\b|"
        # the user's own cloud cleared for the data ("our Microsoft Azure tenant has been approved for client data")
        r"our (?:own )?(?:microsoft |amazon |google )?(?:azure|aws|gcp|google cloud|cloud)(?: cloud)? "
        r"(?:tenant|tenancy|account|subscription|environment|vpc|project|org)s? (?:has been|have been|is|are|was|were) "
        r"(?:\w+ )?(?:approved|cleared|certified|signed off|whitelisted|allowed|authori[sz]ed) (?:for|to (?:hold|"
        r"process|store))|"
        # "anything with PHI has to stay in our Microsoft Azure environment": kept inside the user's own cloud
        r"(?:stay|stays|remain|remains|be kept|kept|live|lives|reside|resides) (?:with)?in our (?:own |existing |"
        r"current |corporate |company )?(?:microsoft |"
        r"amazon |google )?(?:azure|aws|gcp|google cloud|cloud)(?: cloud)? (?:environment|estate|landscape|"
        r"footprint|setup|tenant|tenancy|account|subscription|vpc|vnet|project|org)s?\b|"
        # "managed is ok if it's deployed in our account": a service run inside the user's own cloud account
        r"(?:deployed|runs?|running|hosted|lives?) in(?:side)? our (?:own )?(?:cloud |aws |azure |gcp )?"
        r"(?:account|subscription|tenant|tenancy|project)s?\b|"
        r"(?:in|on|inside|within) (?:our )?(?:own )?(?:aws|azure|gcp|google cloud)(?: account| tenant| subscription| "
        r"org)?,? (?:only|and nowhere else|nowhere else|exclusively)\b|"
        + _NOT_OUTSIDE
        + r"(?:vpc|vnet|tenant|tenancy|cloud account|subscription|(?:azure|aws|gcp|google cloud)(?: (?:account|tenant|"
        r"subscription|org|project|environment))?)\b|"
        # ("our customers' files cannot be sent outside Azure": the cloud named alone)
        r"(?:\bnot|\bnever|\w+n'?t|\bcannot|\bnothing|\bno data)\b[^.;?!]{0,60}?\b(?:outside|out of|beyond) "
        r"(?:of )?(?:azure|aws|"
        r"gcp|google cloud|amazon web services)\b|"
        + _MAY_NOT_LEAVE
        + r"(?:vpc|vnet|tenant|tenancy|cloud account|account|subscription|(?:azure|aws|gcp|google cloud)"
        r"(?: account| tenant| tenancy| subscription| org| project| environment)?|cloud|project)\b|"
        r"(?:our|own|a private|private|dedicated|single)\s+(?:(?:own|private|dedicated|company|corporate|single)\s+)*"
        # (a project as a place, not the work itself: "our own project", not "our project is only starting")
        r"(?:(?:microsoft|amazon|google)\s+)?(?:azure|aws|gcp|google cloud|cloud|oci)?\s*(?:tenant|tenancy|account|"
        r"subscription|vpc|vnet|virtual private "
        # ("our project" alone is the work: a cloud's or our own project only)
        r"cloud|cloud account|(?:(?<=gcp )|(?<=cloud )|(?<=own ))project(?!\s+(?:is|was|has|had|will|would|starts?|"
        r"started|began|begins|kicks?|launch\w*|"
        r"timeline|budget|team|manager|lead|plan|goals?|scope|needs?)\b))"
        # (not a person: "our Azure account manager quoted $31,000")
        r"(?! (?:manager|rep|representative|team|executive|exec|owner)s?\b)|"
        r"(?:within|inside|in)\s+(?:our\s+)?(?:own\s+)?(?:azure|aws|gcp|cloud)\s+(?:environment|estate|footprint|"
        r"boundary|perimeter|org|organi[sz]ation)|in our (?:own )?cloud\b(?! (?:costs?|bills?|spend|provider|credits?|"
        r"team|people))|private (?:endpoint|link|networking)|privatelink|azure openai|bedrock|vertex(?: ai)?|"
        r"(?:stay|stays|remain|kept|keep it)\s+in\s+(?:our\s+)?(?:own\s+)?(?:azure|aws|gcp|cloud|vpc)"
        r"|(?:stay|stays|remain|remains|live|lives|kept|be kept|sit|sits)\s+(?:with)?in(?:side)? (?:that|the|this) "
        r"(?:(?:customer|client|company|organi[sz]ation)'?s (?:own )?(?:microsoft |amazon |google )?(?:azure |aws |"
        r"gcp |cloud )?)?(?:tenant|tenancy|vpc|vnet|subscription|cloud account)"
        # procurement wording: the buyer's own cloud ("hosting: customer-managed AWS VPC")
        r"|(?:customer|client)[- ](?:managed|owned|controlled) (?:aws |azure |gcp |google cloud )?(?:vpc|vnet|tenant|"
        r"tenancy|subscription|cloud account|account)\b"
        # (not when it is named inside a denial: "no commercial cloud, including GovCloud")
        r"|(?<!including )(?<!not even )(?<!nor )(?<!or even )(?<!incl\. )govcloud|accounts? we control|"
        r"our (?:own )?tenant|tenant only|in our (?:cloud )?subscription|"
        # "deployable within the Agency's FedRAMP High authorized cloud tenancy"
        r"(?:within|inside|in) (?:our|the|its) (?:[\w'-]+ ){0,4}?cloud (?:tenancy|tenant|subscription|account)\b|"
        r"(?:our|own) (?:own )?(?:azure|aws|gcp|google cloud)(?: (?:acct|org|organi[sz]ation|estate))?\b"
        r"(?! (?:credits?|bill\w*|marketplace|openai|spend|account (?:manager|rep|team|executive)s?\b|sales|rep\b|"
        r"reps\b))|vpc only|only (?:in(?:side)? )?(?:our|the) vpc|"
        r"(?:in|inside) (?:our|the) vpc"
    ),
    ("data_boundary", "on_prem"): (
        # someone who decides refusing the data leaving the place ("our CISO will not sign off on PHI leaving our data
        # center", "no way security lets customer data leave our own servers")
        r"(?:\w+n't|not|never|cannot|no way|refuses? to)\b[^.;?!]{0,40}?\b(?:sign off on|approve|allow|permit|"
        r"accept|let|lets|okay|tolerate)\b (?!(?:us|me|them|you|him|her|people|staff|employees|anyone|anybody|"
        r"visitors|guests)\b)(?:[\w']+ ){0,4}?(?:leaving|leave|to leave|going out of|go out of) (?:of )?"
        r"(?:our|the) (?:own )?(?:dc|data ?cent(?:er|re)s?|servers?|building|premises|network|walls|four walls|site|"
        r"hardware|infra(?:structure)?)\b|"
        # a machine on site named, then what may not leave it ("Everything runs on a server in the basement, and
        # patient records aren't allowed to go anywhere else")
        r"(?:servers?|box|boxes|machines?|hardware|racks?)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+|our\s+)?(?:basement|"
        r"closet|office|building|server room|back room|hospital|clinic|plant|factory|lab|premises|site)\b[^.;]{0,100}?"
        r"(?:(?:aren'?t|are not|isn'?t|is not|not) (?:allowed|permitted) to (?:go|leave|be sent|move)|(?:can'?t|cannot|"
        r"may not|must not|mustn'?t|never) (?:go|leave|be sent|move))|"
        # kept inside the organisation's own network ("Must stay inside our company network. No exception."), and no
        # outside cloud at all ("no external cloud, no API"; not "no external cloud APIs", which rules out vendors only)
        r"(?:keep|kept|stay|stays|remain|remains|store|stored) (?:\w+ ){0,3}?(?:in|inside|within|on) (?:our|the) "
        r"(?:own )?(?:company|corporate|internal|office|plant|factory|hospital|bank'?s?)? ?(?:network|intranet|lan)\b|"
        r"\bno (?:external|public|outside|foreign) cloud(?:s)?\b(?! (?:apis?|services?|llms?|ai|providers?|vendors?|"
        r"models?)\b)|"
        # kept on the organisation's own servers ("keep all data inside our hospital server, not cloud")
        r"(?:keep|kept|stay|stays|remain|remains|store|stored) (?:\w+ ){0,3}?(?:in|inside|on|within) our (?:own )?"
        r"(?:[a-z]+ )?(?:servers?|server room|data ?cent(?:er|re)|racks?|premises)\b(?!,? (?:in|on|at) (?:aws|azure|"
        r"gcp|the cloud))|"
        # processing only there ("processing exclusively in our own data centre")
        r"(?:processing|processed|hosting|hosted|inference) (?:is |must be |happens |takes place )?(?:only|exclusively|"
        r"solely|strictly) (?:in|inside|on|within) our (?:own )?(?:[a-z]+ )?(?:servers?|server room|"
        r"data ?cent(?:er|re)s?|racks?|premises)\b(?!,? (?:in|on|at) (?:aws|azure|gcp|the cloud))|"
        # no cloud at all ("we are not allowed to use cloud", "cloud is forbidden for us", "data must not go to any
        # cloud"): their own machines (not "no cloud APIs", which rules out vendors only)
        r"(?:not (?:allowed|permitted)|forbidden|prohibited|banned) to use (?:the |any |a )?(?:public )?cloud"
        + _CLOUD_ITSELF
        + r"|(?:not (?:allowed|permitted)|forbidden|prohibited|banned) to (?:go to|be sent to|move to|leave for) "
        r"(?:the |any |a )?(?:public )?cloud"
        + _CLOUD_ITSELF
        + _ANY_CLOUD_AT_ALL
        + r"|(?:the )?(?:public )?cloud (?:is|are) (?:strictly )?(?:forbidden|banned|prohibited|not allowed|not "
        r"permitted|a no-go|off[- ]limits|out of the question|not an option)\b|(?:must not|mustn'?t|can'?t|cannot|"
        r"may not|never|shall not|won'?t) (?:ever )?(?:go|be sent|be uploaded|be stored|be processed|be hosted|run)"
        r" (?:to|in|on|into) (?:any|the|a) (?:public |commercial )?cloud"
        + _CLOUD_ITSELF
        # "the model cannot touch any commercial cloud", "we can't use the cloud at all", "nothing may go to any
        # cloud": no cloud of any kind, not only no vendor's API
        + r"|(?:must not|mustn'?t|can'?t|cannot|can not|may not|shall not|won'?t|not allowed to) (?:ever )?"
        r"(?:touch|use|go near|be put (?:in|on|into)) (?:any|the|a) (?:public |commercial )?cloud"
        + _CLOUD_ITSELF
        + r"(?! (?:for|to) )"
        + r"|\bnothing (?:may|can|is allowed to|must|shall|will) (?:ever )?(?:go|be sent|be uploaded) (?:to|in|into) "
        r"(?:any|the|a) (?:public |commercial )?cloud"
        + _CLOUD_ITSELF
        + r"|(?:never|doesn'?t|does not|don'?t|do not) (?:goes?|get sent|gets sent|leaves? for) (?:to |into )?"
        r"(?:any |the |a )?(?:public |commercial )?cloud"
        + _CLOUD_ITSELF
        + _ANY_CLOUD_AT_ALL
        # "security policy prohibits public cloud for customer data"
        + r"|(?:prohibits?|forbids?|bans?|disallows?|rules? out) (?:the )?(?:use of )?(?:any |all )?(?:public |"
        r"commercial )?"
        r"cloud"
        + _CLOUD_ITSELF
        + _ANY_CLOUD_AT_ALL
        # "policy prohibits any transfer of production data to cloud services"
        + r"|(?:prohibits?|forbids?|bans?|disallows?) (?:any |all )?(?:transfers?|uploads?|uploading|sending|"
        r"processing|storage|hosting)(?: of (?:\w+ ){0,3}?\w+)? (?:to|in|into|on) (?:any |the |a )?"
        r"(?:public |commercial )?cloud(?:\s+services)?"
        + _CLOUD_ITSELF
        + _ANY_CLOUD_AT_ALL
        + r"|no (?:public )?cloud(?: at all| whatsoever| of any kind| allowed| permitted)\b|"
        # "everything in house", "bare metal in our colo cage": the user's own machines
        r"\b(?:everything|all (?:of )?(?:the |our )?data|the data|data|it all) (?:stays|runs|is|must be|has to be|"
        r"needs to be|must stay|has to stay|is kept|kept|hosted) in[- ]house\b|"
        # (a colo owned is no rule on where the data goes: "we have our own colo rack in Monterrey, but no GPUs")
        r"(?:^|(?<=[,;:])|(?<=[,;:] ))everything in[- ]house\b|(?<!have )(?<!has )(?<!got )(?<!rent )(?<!lease )"
        r"\bour (?:own )?colo(?:cation)?(?: cage| rack|"
        r" space| facility)?\b|\bin our colo(?:cation)? (?:cage|racks?|space|facility)\b|"
        r"(?:be|stays?|remains?|live|lives|sit|sits|kept|keep it|run|runs|running|hosted|deployed|installed) "
        r"(?:\w+ )?on[- ]site\b(?! (?:visits?|support|meetings?|training|events?|staff|team|engineers?))|"
        r"on[- ]site (?:processing|hosting|only|deployment|servers?|hardware|inference)|(?:run|runs|running|processed|"
        r"hosted|kept|stays?|deployed) (?:\w+ )?on[- ]site\b|(?:stays?|remains?|kept|keep (?:it|everything|the data|"
        r"data)|is kept) with us\b|"
        r"our (?!(?:vendor|provider|partner|cloud|host|supplier)\w*'s)\w+'s (?:own )?(?:data ?cent(?:er|re)s?|dc|"
        r"servers?|premises|racks?|hardware|building)\b|(?:data ?cent(?:er|re)s?|dc|servers?|hardware|machines|"
        r"premises|racks?|boxes) of (?:our own|ours)\b|(?:processed|hosted|run|kept|stored|done|handled|served|"
        r"deployed) (?:\w+ )?in[- ]house\b|"
        + _NOT_OUTSIDE
        + r"(?:dc|data ?cent(?:er|re)s?|servers?|building|premises|network|walls|site|racks?|own hardware)\b|"
        r"(?!(?:vendor|cloud|provider|third[- ]party|party|partner|state|"
        r"government)[- ]owned)\w+[- ]owned (?:\w+ )?(?:infra\w*|hardware|servers?|data ?cent\w*|"
        r"machines|facilit\w+)|"
        # the user's organisation named in the third person ("on hardware owned and controlled by the firm, within
        # its own premises")
        r"(?:hardware|servers?|infra\w*|machines|systems|data ?cent\w*) (?:that is |which is |that are )?owned"
        r"(?: and (?:controlled|operated|managed))? by (?:the|our) (?:firm|company|organi[sz]ation|"
        r"bank|hospital|agency|practice|group|business|institution|university|ministry|department)\b|"
        r"(?:the (?:firm|company|organi[sz]ation|bank|hospital|agency|practice|group|institution)'s|our) own premises|"
        # an institution's own machines said allowed ("University infrastructure is fine"), or the only place
        # ("internal servers only")
        r"(?:university|college|campus|institutional|institute|hospital) (?:infra\w*|servers?|hardware|hpc|clusters?|"
        r"compute|data ?cent\w*) (?:is|are) (?:fine|ok|okay|allowed|acceptable|permitted)\b|"
        # ... or where it must run ("it has to run on university hardware")
        r"(?:has|have|needs?|got) to (?:run|be run|be hosted|be processed|stay) (?:on|in) (?:the )?(?:university|"
        r"college|campus|institutional|institute|hospital)(?:'s)? (?:own )?(?:infra\w*|servers?|hardware|hpc|"
        r"clusters?|compute|data ?cent\w*|machines)\b|"
        r"(?:internal|in-house|on-site|our own) (?:servers?|hardware|machines) only\b|"
        # "on university-controlled infrastructure", "hospital-operated servers": an institution's own machines
        r"(?:university|college|campus|hospital|clinic|institute|institutional|lab|company|bank|agency|ministry|"
        r"department|school|firm|corporate|enterprise|org|organi[sz]ation)[- ](?:controlled|operated|managed|run|"
        r"hosted|administered) (?:(?!cloud|aws|azure|gcp)\w+ )?(?:infra\w*|hardware|servers?|data ?cent\w*|machines|"
        r"facilit\w+|systems|clusters?|compute|premises)\b(?! (?:on|in|at) (?:the )?(?:aws|azure|gcp|google|amazon|"
        r"microsoft|oracle|cloud|bedrock|vertex))|"
        r"(?:stay|stays|remain|remains|kept|be kept|be processed|be stored|be hosted|live|lives|sit|sits|reside|"
        r"resides|run|runs) (?:\w+ ){0,2}?(?:in|inside|within|on) (?:the|our) (?:own )?(?:building|premises|dc|"
        r"data ?cent(?:er|re)s?|servers?|four walls|walls|hardware|infra(?:structure)?|machines|site)\b(?! "
        r"(?:team|people|provider|vendor|costs?))|"
        r"in[- ]house (?:only|hosting|deployment)|(?:fully|completely|totally) (?:disconnected|offline) (?:from"
        r"(?! (?:the )?(?:internet|web|outside|external|public))|network)|"
        + _MAY_NOT_LEAVE
        + r"(?:dc|data ?cent(?:er|re)s?|servers?|building|premises|network|infrastructure|infra|racks?|"
        r"hardware|walls|site|offices?|machines|four walls)\b(?! (?:provider|vendor))|"
        r"(?:never|can'?t|cannot|must not|may not) (?:ever )?leaves? (?:\w+ ){0,2}(?:we|"
        r"that we) (?:physically )?(?:own|"
        r"control|operate|run)\b|"
        # (someone else's own: "the partner bank runs it in their own data center")
        # (never the people of the place: "the infrastructure team of our datacenter")
        r"on[- ]?prem\w*|on[- ]premises?|(?<!team of )(?<!team at )(?<!team in )(?<!teams of )(?<!staff of )"
        r"(?<!staff at )(?<!people of )(?<!people at )(?<!guys at )"
        r"(?:our|(?<!their )(?<!its )(?<!his )(?<!her )own) (?:own )?(?:servers?"
        # (where servers stand is no rule on the data: "our servers are in Frankfurt", unlike "in our basement")
        r"(?! (?:is|are|sit|sits|live|lives|run|runs)(?: (?:located|based|hosted))? (?:in|at) (?!our\b|own\b|house\b|"
        r"(?:the|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:basement|office|building|server room|data ?cent\w*|dc|premises|"
        r"rack|closet|facility)\b|a (?:locked|secure)\b))|"
        r"data ?cent(?:er|re)s?|hardware|racks?|"
        r"machines|metal|building|premises|network|facility|facilities|dc|computers|workstations)\b"
        # (what works on them is no place for data: "a bot for our network ops", "our hardware costs")
        r"(?! (?:ops|operations|teams?|engineers?|admins?|people|staff|monitoring|logs?|traffic|devices|equipment|"
        r"gear|costs?|budget|spend|vendors?|providers?|of)\b)|"
        r"in[- ]house (?:servers?|hardware|"
        r"infra\w*)|self[- ]hosted only|(?:never|not|can'?t|cannot|must not|may not) (?:ever )?leave (?:our|the)"
        r" (?:own )?(?:servers?|building|premises|network|data ?cent(?:er|re)|walls|four walls|site)|"
        r"(?:never|not|can'?t|cannot|must not|may not|won'?t) (?:ever )?(?:cross|pass|go (?:past|beyond|through|"
        r"outside)|leave) (?:our|the) (?:corporate |company )?firewall|behind our "
        # (not where leased GPUs stand: "we lease four L40S in a colocation facility" says nothing of the data)
        r"firewall|(?<!have our own )(?<!have our )(?<!have a )(?<!has a )(?<!has our own )(?<!got our own )"
        r"colo(?:cation)?(?![^.;]{0,60}\b(?:gpus?|cards?|l40s?|a100s?|h100s?|mi300x?|accelerators?)\b)"
        r"(?<!lease in a colocation)(?<!leased in a colocation)|bare[- ]metal|(?:our|own) (?:own )?(?:iron|kit|tin)\b|"
        r"(?:strictly|only|fully|entirely|completely|100%|all|stays?|kept|keep (?:it|everything|the data|data)) "
        r"in[- ]house\b"
        r"|(?:go|leave)s? (?:out )?(?:from )?our own servers|infrastructure we (?:physically )?own|hardware we own|"
        r"(?:infrastructure|infra|hardware|servers|machines|data ?cent(?:er|re)s?) (?:owned|operated|run)(?: and "
        r"(?:owned|operated|run|managed))? by us\b|"
        r"our own (?:servers|hardware|data ?cent(?:er|re)s?|boxes|gpu boxes)|our (?:server room|basement|rack)|"
        r"(?:nothing|no data) (?:can |will |ever |may )?(?:leaves?|go(?:es)? out of) (?:our|the) (?:own )?(?:building|"
        r"data ?cent(?:er|re)s?|premises|servers?|walls|site|network)|(?:public )?cloud is (?:a )?(?:hard )?no|no "
        r"(?:public )?cloud(?: whatsoever| at all)?\b|go out (?:from|of) our (?:own )?servers|servers? (?:located|"
        r"operated|run|hosted) (?:in|by) (?:\w+,? ){0,4}(?:us|our (?:organi[sz]ation|company|premises))|(?:machines|"
        r"servers|hardware|boxes|computers) "
        r"(?:that )?we (?:physically )?(?:run|own|operate|control|manage|host)|in our (?:own )?(?:office|offices|"
        r"building)"
    ),
    ("data_boundary", "air_gapped"): r"air[- ]?gap\w*|airgap\w*|closed (?:network|environment|enclave)|dark site|"
    r"\bscif\b|standalone (?:network|system|machines?|environment)|isolated (?:lan|segment|enclave|site|"
    r"environment)|(?:never|doesn'?t|don'?t|does not|do not|cannot|can'?t|won'?t) (?:ever )?(?:touch(?:es)?|"
    r"reach(?:es)?|sees?|connects? to|talks? to|access(?:es)?|goes on|go on) (?:the )?(?:internet|outside world|"
    r"public internet|web)\b(?! (?:apis?|"
    r"endpoints?|services?|models?|llms?|vendors?|providers?))|(?:never|not|cannot|can'?t|won'?t|isn'?t|aren'?t|"
    r"wasn'?t|weren'?t|mustn'?t|shouldn'?t|doesn'?t|don'?t|may not|must not) (?:ever )?(?:be |being |get |"
    r"getting )?(?:connected|hooked up|linked|attached) to (?:the )?(?:internet|outside world|public "
    r"internet|web|any (?:outside |external )?network)\b|(?:kept|stay|stays|remain|remains) "
    r"(?:fully |completely )?offline\b|not connected to "
    r"(?:the )?(?:internet|outside world|anything|any (?:outside |external )?network|the web)|no (?:route|path|"
    r"connectivity|access|link) to the (?:outside|internet|outside world|web)|offline (?:environment|site|"
    r"machines?|network|enclave|only)|(?:zero|no) (?:internet|network) connectivity|"
    # no network of any kind ("no network at all on those machines", "no internet whatsoever")
    r"\bno (?:network|internet|connectivity)(?: access| connection| link)? (?:at all|whatsoever|of any kind)\b|"
    r"(?:fully|completely|totally|entirely) "
    r"disconnected\b(?! from (?:the )?(?:business|users|team))|classified (?:environment|system|enclave|site|"
    r"network)s?|no internet (?:access|connection)|offline network|"
    r"isolated network|disconnected (?:network|environment)|classified network|no (?:outside|external|internet) "
    r"(?:connectivity|connection|access)|disconnected from (?:all )?(?:external|outside)|no network access|"
    # the host said to have none ("Model host must have no network connection")
    r"(?:must|has to|have to|should|shall|may) (?:have|get) no (?:network|internet|outside|external) (?:connection|"
    r"connectivity|access)|"
    # cut off from any outside network, however said ("no egress, ever", "nothing in or out", "physically isolated")
    r"no (?:egress|ingress|outbound|uplink)|nothing (?:goes )?in or out|faraday cage|sneakernet|physically "
    r"(?:isolated|disconnected|separated)|(?:no|zero) (?:connection|connectivity|link|route) (?:to|with) (?:the |any )?"
    r"(?:internet|outside|external|public)|(?:disconnected|isolated|cut off) (?:enclave|site|network|environment|"
    r"system)|(?:isolated|disconnected|cut off) from (?:the |every |all |any )?(?:internet|external|outside|public)|"
    r"(?:no|without) internet\b(?! (?:explorer|speed))|"
    # connecting it at all is forbidden, or nothing on it can reach out ("not allowed to connect it to the internet",
    # "nothing on that network can reach the internet")
    r"(?:not (?:allowed|permitted)|forbidden|prohibited|never allowed) to (?:connect|hook up|link|go on|go online|"
    r"access|reach) (?:it |them |anything |the (?:\w+ )?(?:network|machines?|servers?|boxes|cluster) )?(?:to |with )?"
    r"(?:the )?(?:internet|outside world|web)\b|(?:nothing|no (?:machine|server|box|system|device|host|node)s?) "
    r"(?:\w+ ){0,4}?(?:can|may|could|is able to|is allowed to) (?:ever )?(?:reach|access|touch|see|connect to|talk to|"
    r"get to|go on) (?:the )?(?:internet|outside world|public internet|web)\b(?! (?:apis?|endpoints?|services?|"
    r"models?|llms?|vendors?|providers?))|(?:updates|models?|weights) (?:come |brought |carried )?(?:in )?"
    r"(?:by|via|with|on) (?:usb|a usb|hard drives?|dvds?)",
    ("quality", "frontier"): (
        # the bar set at the leading closed models ("Quality must be comparable to the leading commercial models", "has
        # to match the big commercial models")
        r"(?:comparable to|on par with|as good as|match|matches|matching|equal to|at the level of|rival|rivals|"
        r"equivalent to) (?:the |what )?(?:leading|best|top|big|biggest|major|frontier|state[- ]of[- ]the[- ]art|sota|"
        r"commercial|proprietary|closed)(?: [\w-]+)? (?:models?|llms?|apis?|providers?|vendors?|offerings?|ones)\b|"
        # accuracy said to decide everything ("accuracy is make-or-break", "correctness is mission-critical", "we can't
        # afford mistakes")
        r"(?:accuracy|quality|correctness|precision) (?:is|are|'s) (?:\w+ )?(?:non[- ]?negotiable|mission[- ]critical|"
        r"make[- ]or[- ]break|absolutely (?:critical|crucial|essential))\b|"
        r"(?:can'?t|cannot|can not) afford (?:any )?(?:mistakes|errors|to be wrong|wrong answers|hallucinations)\b|"
        # a weak model ruled out ("We can't risk a weak model here", "we can't afford a dumb model")
        r"(?:can'?t|cannot|can not|won'?t|couldn'?t) (?:risk|afford|accept|tolerate|live with|have) (?:a |an |any )?"
        r"(?:weak|weaker|worse|dumb|dumber|mediocre|second[- ]rate|lower[- ]quality|low[- ]quality|subpar|inferior) "
        r"(?:model|llm|ai|answers?|output)s?\b|"
        # ... or anything less ("I will not accept a lesser model", "we won't accept anything less than the best")
        r"(?:won'?t|will not|would not|wouldn'?t|can'?t|cannot|do not|don'?t|refuse to) (?:\w+ )?(?:accept|"
        r"settle for|take|use|go with|tolerate) (?:a |an |any )?(?:lesser|inferior|weaker|second[- ]best) (?:model|llm|"
        r"ai|one|system|tool)s?\b|(?:won'?t|will not|can'?t|cannot) (?:accept|settle for|take) anything less than "
        r"(?:the )?(?:best|top|frontier)\b|"
        + OPEN_REJECTED
        # an open model measured and found worse ("we benchmarked Llama 3.3 70B ... clearly worse at redlines")
        + r"|(?:benchmarked|tested|tried|evaluated|compared|piloted) (?:\w+ ){0,2}?"
        + _OPEN_NAMES
        + r"(?:[^.;!?]|\.(?=\d)){0,80}?(?<!not )(?<!n't )(?<!never )\b(?:clearly|noticeably|much|way|"
        r"significantly|a lot|far) (?:worse|weaker|behind)\b"
        # only the best closed models did the job ("In our trials, only the leading closed models produced usable
        # drafts", "only GPT-4-class models could handle it")
         + r"|\bonly (?:the )?(?:leading|best|top|frontier|big|biggest|closed|proprietary|commercial|gpt-?4[\w-]*|"
        r"gpt-?5[\w-]*|claude|sonnet|opus)(?:[- ](?:leading|closed|proprietary|commercial|frontier|class|tier|level))*"
        r"(?: models?| llms?| ones| apis?)? (?:produced|gave|give|were|was|worked|work|passed|pass|could|can|managed|"
        r"handled|handle|got|get|did|do|met|meet)\b"
        # a trial of open models said to have failed ("The open-model cost experiment failed: partners flagged missed
        # clauses")
         + r"|open[- ]?(?:models?|weights?|source)[- ](?:\w+[- ]){0,2}?(?:experiment|trial|pilot|test|poc)s?\s+"
        r"(?:failed|"
        r"flopped|bombed|didn'?t work|did not work|was a (?:failure|bust|flop|disaster))"
        # good enough to replace a frontier product people use ("good enough that people stop using ChatGPT")
         + r"|good enough (?:that|so that|for) (?:\w+ ){0,3}?(?:stop|quit|give up|ditch|drop) (?:using )?(?:\w+ ){0,2}?"
        r"(?:chatgpt|gpt|claude|gemini|copilot)\b"
        # no step down from the best accepted ("no compromise on quality", "we won't settle for second-best")
         + r"|(?:no|zero|without(?: any)?) compromises? (?:on|about|when it comes to|with|in) (?:the )?(?:quality|"
        r"accuracy|answers?|outputs?)|(?:not|never) (?:going to )?compromis\w+ (?:on|about) (?:the )?(?:quality|"
        r"accuracy)|"
        r"quality (?:is not|isn'?t|is never) (?:negotiable|up for (?:debate|negotiation))|(?:won'?t|can'?t|cannot|"
        r"will not|not going to|refuse to|don'?t want to) settle for (?:less|anything less|second[- ]best|a (?:weaker|"
        r"cheaper|lesser|worse|dumber) (?:model|llm)|mediocre|average)\b|second[- ]best (?:won'?t|will not|isn'?t|"
        r"is not|doesn'?t) (?:do|cut it|be good enough|good enough|an option|fly)|nothing (?:less than|short of) "
        r"(?:the )?(?:best|top)\b"
        + r"|(?:the )?most (?:accurate|capable|intelligent|powerful|advanced|reliable|competent) (?:\w+ )?(?:models?|"
        r"llms?|"
        r"ai)\b|best[- ](?:available|possible|in[- ]market) (?:model|quality|llm|accuracy)|top[- ]shelf|big guns|"
        r"heavy[- ]?weight (?:models?|llms?)|"
        # the cheaper models tried and found wanting ("small models hallucinate too much for us")
        r"(?:small|smaller|open|open[- ]?source|open[- ]?weights?|cheap|cheaper|local|tiny|mini|oss|budget|llama|"
        r"mistral|qwen|7b|8b|13b) (?:\w+ )?models? (?:\w+ ){0,2}?(?:hallucinat\w+|fell short|fall short|falls short|"
        r"(?:are|were|was|is)(?:n'?t| not) (?:good enough|up to (?:it|the task|scratch)|there)|too (?:dumb|weak|"
        r"stupid|inaccurate|unreliable|sloppy)|(?:didn'?t|don'?t|doesn'?t) cut it|(?:can'?t|couldn'?t) (?:handle|cope|"
        r"keep up)|flopped|struggled?|choked|lag(?:s|ged)? (?:\w+ ){0,2}behind)|"
        # the cheaper models ruled out ("small model is not possible", "an open model won't do")
        r"(?:small|smaller|open|open[- ]?source|open[- ]?weights?|cheap|cheaper|local|tiny|mini|oss|budget|7b|8b) "
        r"(?:\w+ )?models? (?:(?:is|are|would be)(?:n'?t| not) (?:possible|an option|acceptable|enough|sufficient|"
        r"viable|usable)|(?:won'?t|will not|wouldn'?t|would not) (?:do|cut it|work|be enough|suffice))\b|"
        r"quality (?:must|has to|needs to) be (?:the )?(?:maximum|max|best|top)\b|"
        # a floor set at a frontier model ("we can't go below Sonnet", "at least as good as GPT-4o")
        r"(?:(?:can'?t|cannot|won'?t|shouldn'?t) go below|nothing (?:below|short of)|at least as (?:good|smart|"
        r"capable) "
        r"as) (?:(?!latency|speed|fast|slow|cost|price|pricing|bill|spend|uptime)\w+ ){0,5}?(?:gpt[- ]?(?:4o|4\.1|5)"
        r"(?![- ]?(?:mini|nano))|claude(?! haiku)|opus|sonnet|gemini(?: 2\.5)? pro|o3)\b|"
        r"(?:not|n't|never|no) (?:\w+ ){0,3}(?:below|under|less than|worse than|short of) frontier|"
        r"frontier|gpt[- ]?5[- ]?(?:level|class|quality|grade|tier|or better)|gpt[- ]class|gpt[- ]?4(?:o)?[- ]"
        r"(?:level|class|quality)|(?:claude|opus|sonnet|gemini)[- ]?(?:level|class|quality|grade|tier)|(?:need|needs|"
        r"require|requires|must have|has to be|have to use|only|insist on)\s+(?:gpt[- ]?5|claude|opus|sonnet|"
        r"gemini (?:2\.5 )?pro|o3)|(?:the )?best (?:possible |available )?(?:model|quality|"
        r"models|llm|there is|out there|on the market)|top[- ](?:tier|notch|end|of[- ]the[- ]line|quality)|state[- ]of"
        r"[- ]the[- ]art|\bsota\b|top[- ]level (?:model|llm|quality)s?|smartest|highest[- ](?:quality|accuracy)|"
        r"(?:can'?t|cannot|won'?t) compromise on "
        r"quality|quality is (?:critical|paramount|everything|non-negotiable|key|crucial|what matters|"
        r"all that matters)(?! (?:but|though))|"
        # "what moves the needle is accuracy", "the only thing that matters is quality"
        r"(?:what (?:moves the needle|matters(?: most)?|counts|really matters)|the (?:only )?thing that (?:really )?"
        r"matters|all (?:that|we care about)|our (?:top |main |first )?priority) is (?:the )?(?:accuracy|quality|"
        r"correctness)\b|premium (?:model|"
        r"quality)|(?:quality|accuracy) (?:(?:clearly|really|definitely|simply|just|obviously) )?matters (?:a lot|"
        r"hugely|enormously|most|above all|more than (?:cost|price|"
        r"anything))(?!\W+(?:but|though|however)\W+(?:cost|price|budget))|cutting[- ]edge|strongest|most capable|"
        r"best[- ]in[- ]class(?! (?:responsiveness|latency|speed|"
        r"uptime|support|service|"
        r"performance|response))|(?:complex|hard|heavy|serious|"
        r"deep|strong) reasoning|only the best|top models?|(?:top|best|frontier|flagship|premium|strongest|smartest|"
        r"top[- ]tier) (?:closed|proprietary|commercial)(?:[- ]source)? (?:models?|llms?)\b(?! (?:are|"
        r"is) (?:\w+ )?(?:too|way|"
        r"very|so|super) (?:expensive|pricey|costly|much))(?<!against the top closed models)|leading (?:model|labs?)|"
        r"big (?:closed|proprietary) "
        r"models?|closed[- ]source (?:quality|level)|o\d(?:-pro)? level|(?:as good as|on par with|parity with|"
        r"same (?:good|quality|level) (?:like|as)|equal to) (?:gpt|claude|gemini|opus|sonnet|o\d\b)|"
        r"(?:the )?best (?:one|model|llm)s?,? (?:whatever|no matter what) it costs|like the big (?:commercial|closed|"
        r"proprietary) models|quality (?:must|has to|needs to) be (?:the )?highest|quality is king|rather pay more|"
        # (never a guess at what is in use: "a free tier of something, I think Gemini?")
        r"big brain models?|(?<!\bi )(?<!\bwe )(?<!\bi'd )(?<!\bi would )think (?:claude|gpt"
        r"[- ]?5|gemini)|(?:gpt[- ]?5|claude|opus) or bust|(?:as|so) (?:good|smart) as (?:claude|gpt|the best|opus|"
        r"sonnet|gemini)|quality like (?:gpt|claude)|no downgrade|equivalent to (?:that of )?the (?:leading|best|top)|"
        r"(?:>=?|≥|at least|minimum|min) (?:gpt[- ]?5|claude|gemini(?: 2\.5)? pro|opus|sonnet)|(?:accuracy|"
        r"quality) of the "
        r"(?:leading|best|top|frontier|big|proprietary)|"
        r"(?:the very best|(?:need|want|require|demand)s? (?:the )?best(?= *(?:$|[,.;!]|,? (?:period|full stop|"
        r"nothing less|no compromises?))))|quality (?:is|=|'s) (?:the |our )?(?:#1|number one|no\.? ?1|top|first|"
        r"highest|main|biggest|overriding) (?:priority|concern|criterion|requirement)|quality (?:first|(?:over|>|>>|"
        r"beats|trumps) (?:the )?(?:cost|price|everything|speed|budget))(?![^.;!?]{0,40}\b(?:as long as|provided|"
        r"if it'?s|open)\b)|"
        # a frontier model named as the measure of good ("like Claude or GPT-5 good", "GPT-5 good or nothing")
        r"\blike " + _FRONTIER_NAMES + r"(?: or " + _FRONTIER_NAMES + r")? (?:good|smart|quality|level)\b|"
        r"(?:reason|reasons|write|writes|think|thinks|perform|performs|answer|answers|sound|sounds)(?: \w+)? "
        r"(?:like|as well as|on par with|at the level of) (?:gpt[- ]?5|claude|opus|sonnet|gemini(?: 2\.5)? pro|o3|"
        r"the best)|"
        # the output held to a very high bar ("the writing has to be really good", "answers must be flawless")
        r"(?:writing|prose|copy|text|answers?|outputs?|responses?|replies|results?|summar\w+|translations?|quality|"
        r"reports?|emails?|memos?|letters?|descriptions?|"
        r"essays?|articles?|content|drafts?|reasoning) (?:\w+ ){0,3}?(?:has to|have to|must|needs? to|gotta|got to|"
        r"is required to) be (?:(?:(?:really|very|extremely|super|truly|exceptionally|incredibly|seriously|genuinely|"
        r"absolutely|insanely|damn|bloody),? )+(?:good|great|strong|smart|high[- ]quality|polished|accurate)|(?:\w+ )?"
        r"(?:excellent|flawless|perfect|impeccable|outstanding|superb|exceptional|first[- ]rate|world[- ]class|"
        r"near[- ]perfect|publication[- ]ready|human[- ]level|brilliant|top[- ]notch))\b"
    ),
    ("quality", "open_weight_ok"): (
        # an open model's score said to clear the bar ("Our bar is 85% on our text-to-SQL eval. Qwen2.5 72B scored 86,
        # so it clears")
        r"(?:(?:llama|mistral|mixtral|qwen|gemma|deepseek|phi)[\w.-]*|open[- ]?(?:source|weights?)\b)"
        + r"[^.;!?]{0,25}?\b(?:scored|scores|got|hit|hits|reached|reaches|achieved)\s+(?:about\s+|around\s+|~\s*)?\d+"
        r"(?:\.\d+)?\s*%?[^.;!?]{0,30}?\b(?:clears?|clearing|passes|passed|meets?|beats?|exceeds?)\b"
        r"(?! (?:nothing|none))|"
        # a small or open model said to be enough ("Happy with a small model", "we're fine with an open-source model")
        r"(?:happy|fine|ok|okay|content|good|comfortable|satisfied|glad) (?:to go )?with (?:a |an |any )?(?:small|"
        r"smaller|cheap|cheaper|open|open[- ]source|open[- ]weights?|mid[- ]?(?:size[d]?|tier|range)|lighter|"
        r"lightweight|modest|basic)(?: [\w-]+)? (?:models?|llms?)\b|"
        # an open model measured against another and the gap accepted ("we benchmarked Llama 3.1 70B against GPT-4o,
        # 91.2% vs 93.5% F1, and that gap is acceptable for us")
        + _OPEN_NAMES
        + r"(?:[^.!?]|\.(?=\d)){0,120}?\b(?:that|the|this)\s+(?:\w+\s+)?(?:gap|difference|drop|delta|loss)"
        r"(?:\s+in\s+(?:quality|accuracy|f1))?\s+(?:is|was|'s|seems)\s+(?:\w+\s+)?(?:acceptable|fine|ok|okay|"
        r"small enough|tolerable|negligible|good enough|worth it|not a (?:problem|big deal|dealbreaker))\b|"
        # an open model tried and found as good ("we tried an open model on Together and users didn't notice")
        r"(?:tried|tested|piloted|trialled|trialed|ran|swapped in|switched to)\s+(?:\w+\s+){0,3}?"
        + _OPEN_NAMES
        + r"[^.!?]{0,60}?\b(?:users?|customers?|people|nobody|no one|they)\s+(?:didn'?t|did not|couldn'?t|could not|"
        r"never)\s+(?:even\s+)?(?:notice|tell|see|spot|complain|care)\w*(?![^.!?]{0,40}\b(?:then|until|but|however|"
        r"at first|for a (?:day|week|while)|in the first|later)\b)|(?:tried|tested|piloted|trialled|trialed|ran|"
        r"swapped in|switched to)\s+(?:\w+\s+){0,3}?" + _OPEN_NAMES + r"[^.!?]{0,60}?\b(?:nobody|no one)\s+(?:even\s+)?"
        r"(?:noticed|complained|could tell|saw a difference)(?![^.!?]{0,40}\b(?:then|until|but|however|at first|"
        r"for a (?:day|week|while)|in the first|later)\b)|"
        # a modest bar said by who reads it ("quality wise users dont care much", "nobody cares about quality much")
        r"quality(?:[- ]?wise)?[,:]?\s+(?:\w+\s+){0,2}?(?:don'?t|dont|do not|doesn'?t|does not) (?:really )?care "
        r"(?:much|that much|too much|a lot)\b|(?:don'?t|dont|do not|doesn'?t|does not) (?:really )?care "
        r"(?:much |that much |too much )?about (?:the )?quality\b|"
        # the cheapest that clears a modest bar ("the cheapest thing that's decent", "good enough is good enough",
        # "whatever is cheapest and works", "any decent model will do", "we don't need a genius")
        r"good enough is good enough|cheapest (?:\w+ ){0,2}?(?:that'?s|that is|which is|that'?s still|that'?s "
        r"actually) (?:\w+ )?(?:decent|ok|okay|fine|good enough|acceptable|reasonable|passable|usable|solid|"
        r"competent)\b|"
        r"cheapest (?:\w+ ){0,2}?(?:that|which) (?:still )?(?:works|does (?:the|an?) (?:\w+ )?job|gets the job done|"
        r"handles? (?:it|this|that)|is good enough|passes|clears the bar)\b|(?:cheap(?:est)?|cheaper) (?:but|and|yet) "
        r"(?:still )?(?:decent|good enough|ok|okay|solid|reasonable)\b|(?:any|a|some) (?:decent|reasonable|solid|"
        r"competent|half-?decent|okay|ok) (?:\w+ )?(?:model|llm|one)s? (?:will|would|should|can|could)? ?(?:do|does|"
        r"work|works|suffice|be (?:fine|enough|ok|okay))\b|(?:doesn'?t|does not|don'?t|do not|won'?t) need (?:to be )?"
        r"(?:a |an )?(?:genius|rocket scien\w+|einstein|phd|nobel|shakespeare|poet|poetry)\b|(?:doesn'?t|does not|"
        r"don'?t|do not) (?:need|have) "
        r"to be (?:the )?(?:cleverest|brightest|sharpest|most intelligent|best one|best model|best llm)\b|"
        # the top said not needed ("I would not characterise our needs as requiring the most advanced system
        # available", "our needs do not require the most advanced system")
        r"(?:not|n'?t|never) (?:\w+ ){0,5}?(?:requir\w*|need\w*|call\w* for) (?:the |a )?(?:very )?(?:most (?:advanced|"
        r"capable|powerful|sophisticated|intelligent)|best|top|strongest|cutting[- ]edge|state[- ]of[- ]the[- ]art|"
        r"frontier|latest and greatest) (?:\w+ )?(?:systems?|models?|llms?|ai|one|available|there is|out there)\b|"
        r"(?:gpt[- ]?3\.5|3\.5[- ]turbo)[- ](?:level|class|quality|tier)|(?:mixtral|llama|mistral|qwen|gemma|"
        r"deepseek|open[- ]?(?:source|weights?) models?|open models?)[\w .-]{0,12}? (?:does|did|do) (?:fine|well|great|"
        r"ok|okay)\b|(?:local|self-hosted) models? (?:is|are|would be|will be) (?:\w+ )?(?:fine|enough|ok|okay|"
        r"good enough|"
        r"plenty)|"
        r"open[- ]?(?:weights?|source)(?: models?| llms?)? (?:is |are )?(?:preferred|the preference|required|"
        r"mandatory|a must|what we want)|(?:prefer|require|insist on|must use|have to use)s? (?:an? )?open[- ]?"
        r"(?:weights?|source)\b|must be open[- ]?(?:weights?|source)|mid[- ]?(?:tier|range|level|size)\b"
        # (not the size of a company: "a mid-size Canadian P&C insurer", "mid-sized bank")
        r"(?!d?[- ](?:[\w&-]+ ){0,3}?(?:compan\w*|insur\w*|banks?|firms?|business\w*|enterprises?|organi[sz]ations?|"
        r"orgs?|cit(?:y|ies)|municipalit\w*|hospitals?|retailers?|manufacturers?|carriers?|agenc\w*|start-?ups?|"
        r"players?|customers?|clients?|shops?|universit\w*|schools?|districts?|groups?|utilit\w*|telcos?|"
        r"publishers?|brokers?|lenders?|fintechs?|saas|vendors?|suppliers?|law firms?|practices?|chains?|"
        r"brands?|teams?|e-?commerce)\b)|"
        r"mid (?:model|llm)s?|good[- ]enough|(?:open[- ]?(?:source|weights?)|"
        r"open models?|oss models?|"
        r"llama|mistral|qwen|deepseek|smaller models?|small models?|cheaper models?|cheap models?|(?:7|8|13|14|32|"
        r"70)b(?: models?)?)\s*(?:quality|level|class|tier|models?)?(?:'s)?\s*(?:is|are|would be|should be|"
        r"will be|will|would)?\s*(?:totally |perfectly |probably |more than "
        r")?(?:fine|ok|okay|enough|plenty|sufficient|adequate|acceptable|good enough|do the job|works?|do|suffices?|"
        r"clear the bar|cool|alright|all right)(?![\w'])|"
        # the expensive model not needed ("no need the expensive model", "we don't need a frontier model")
        r"(?:no need (?:for |of )?|(?:don'?t|do not|doesn'?t|does not) (?:really )?need )(?:the |an? |"
        r"any )?(?:expensive|"
        r"big|biggest|fancy|fanciest|frontier|premium|flagship|smartest|top|top[- ]tier) (?:\w+ )?(?:models?|llms?|"
        r"ones?)\b|"
        r"(?:big|fancy|frontier|large|expensive) models? (?:would be |is )?(?:way |total )?"
        r"overkill|"
        r"(?:big|fancy|frontier|large|expensive|top) (?:models?|llms?) (?:would be|is|are|'d be) (?:a |total |"
        r"a total )?"
        r"(?:waste|wasteful|pointless|overkill)|"
        r"(?:doesn'?t|"
        r"does "
        r"not|don'?t) (?:have|need) to be (?:anything |something |super |that |very |overly )?(?:fancy|special|"
        r"amazing|brilliant|sophisticated|cutting[- ]edge|state[- ]of[- ]the[- ]art|the best|the smartest|"
        r"the strongest|perfect|frontier|top)|(?:gpt-?4o|4o)[- ]"
        r"mini(?:[- ]?(?:class|level|tier|quality)| (?:is|would be|will be|'s|should be) (?:\w+ )?(?:enough|fine|"
        r"plenty|"
        r"good enough|ok|okay|sufficient)| (?:would|will|should) do)|(?:doesn'?t|does not|don'?t|do not|"
        r"won'?t) need (?:to be )?(?:the |a |"
        r"an )?"
        r"(?:best|frontier|gpt-?5|top|sota|state of the art|perfect|genius|cutting|fanciest|biggest|largest|smartest|"
        r"strongest|most (?:expensive|powerful|advanced|capable)|premium|high[- ]end|heavy[- ]?weight|big (?:model|"
        r"llm|gun)s?)|quality (?:isn'?t|is not|"
        r"doesn'?t need to be) (?:critical|crucial|everything|paramount|that important)|decent (?:quality|model)|"
        # quality said to matter little ("quality doesnt matter much as long as its funny", "isn't a big deal")
        r"quality (?:doesn'?t|doesnt|does not|don'?t) (?:really )?matter(?: (?:much|that much|a lot|too much))?|"
        r"quality (?:isn'?t|isnt|is not|'s not) (?:a (?:big|huge) deal|a priority|a concern|critical|key)|"
        # an open model in use or tested, and the people it served content with it ("our pilot used Llama 3.1 8B
        # and customers were happy"), said to work well ("llama 8b works fine quality-wise") or found on par with
        # what they use ("a good open-weight 70B model is on par with what we use today")
        r"(?:used|uses|using|ran|running|piloted|tested|deployed|served|serving|tried) (?:\w+ ){0,3}?"
        + _OPEN_NAMES
        + r"(?:[^.;!?]|\.(?=\d)){0,60}?\b(?:customers|users|clients|people|everyone|editors|agents|staff|players|"
        r"readers|we|they) (?:were|are|was|have been|seemed|seem) (?:(?!not |never |hardly |barely )\w+ )?(?:happy|"
        r"satisfied|pleased|content|delighted)\b|"
        + _OPEN_NAMES
        + r"[\w .-]{0,25}? (?:works|worked|has worked|is working) (?:\w+ )?(?:fine|well|great|"
        r"nicely|perfectly)(?: (?:quality|qualty|output)[- ]?wise| for (?:us|our (?:needs|use case)|this))?\b|"
        + _OPEN_NAMES
        + r"(?:[\w.-]+ ){0,3}?models? (?:is|are|was|were) (?:roughly |basically |about |pretty much "
        r"|more or less |essentially )?(?:on par|at par|comparable|equivalent|as good|just as good|no worse|every bit "
        r"as good)\b|"
        r"(?:simple|easy|basic|routine|narrow) tasks?|nothing fancy|(?:ok|okay|fine|happy|good|"
        r"comfortable) with (?:an? )?(?:open(?!ai)|llama|mistral|qwen|gemma|smaller|"
        r"cheaper|mid)|average (?:quality|model)|(?:passable|reasonable|acceptable) quality|haiku[- ](?:class|level)|"
        r"flash[- ](?:class|level)|gemini flash(?: (?:is|would be|will be|'s|should be) (?:\w+ )?(?:enough|fine|"
        r"plenty|good enough|ok|okay)| "
        r"(?:would|will|should) do)|mini models?|(?:small|tiny|smaller|medium|mid-sized|middle level|middle[- ]class|"
        r"mid[- ]class|mid[- ]range|middle[- ]range|medium[- ]sized|mid[- ]tier|second[- ]tier|"
        r"small or medium|\d+b|\d+[- ]billion[- ]parameter) (?:open )?models? (?:is |would be |should be |will )?"
        r"(?:\w+ )?(?:good|enough|plenty|fine|do|meets|handles)|(?:llama|mistral|mixtral|qwen|gemma|nano|"
        r"haiku)(?:(?!\b(?:not|never|no|hardly|barely)\b|n't)[\w .-]){0,12}?"
        r"(?:tier|level|class)? (?:quality )?(?:is |would be |'?s )?(?:plenty|fine|enough|good)|open[- ]weights? it is|"
        r"(?:signed off on|passed|crushed|cleared|met) (?:our )?(?:evals?|eval set|quality bar|bar|acceptance)|"
        r"quality (?:bar|requirements?) (?:is|are) (?:low|modest)|commodity quality|no need for (?:the )?(?:fancy|"
        r"expensive|big)|(?:nothing|doesn'?t) (?:that )?needs? a genius|not writing poetry|whatever'?s cheapest|"
        r"(?:entirely |perfectly )?adequate|meets? our (?:quality )?(?:bar|needs)|"
        # the top of the range said not to be needed ("the biggest model isn't necessary")
        r"(?:the )?(?:biggest|best|largest|fanciest|frontier|top|premium|strongest|smartest|most (?:expensive|"
        r"powerful|advanced|capable)) (?:\w+ )?(?:models?|llms?|ones?) (?:is|are|would be|seems?) (?:not|n't) "
        r"(?:really |strictly |even )?(?:necessary|needed|required|a must)|(?:the )?(?:biggest|best|largest|"
        r"fanciest|frontier|top|premium|strongest|smartest) (?:\w+ )?(?:models?|llms?|ones?) (?:isn'?t|aren'?t|"
        r"wouldn'?t be) (?:really |strictly |even )?(?:necessary|needed|required|a must)|(?:the )?(?:biggest|best|"
        r"largest|fanciest|frontier|top|premium) (?:\w+ )?(?:models?|llms?|ones?) (?:is|are|would be|seems?) "
        r"unnecessary|"
        # nothing above what they use needed ("we don't need anything bigger"), a bar said to be modest ("quality
        # just has to be okay"), open or small models cleared or said to manage ("signed off on open-weight models",
        # "even a tiny model gets that right", "the tagging part could be any open model")
        r"(?:don'?t|do not|doesn'?t|does not|won'?t) need (?:anything|something|a model) (?:much )?(?:bigger|better|"
        r"smarter|fancier|stronger|larger|more (?:powerful|capable|expensive|advanced))\b|quality (?:just |only |"
        r"really )?(?:has to|needs to|must|should) be (?:\w+ )?(?:ok|okay|decent|acceptable|reasonable|fine|"
        r"good enough|passable|adequate)\b|(?:signed off on|approved|cleared|validated|green[- ]?lit|okayed|"
        r"benchmarked and picked) (?:\w+ )?(?:open[- ]?(?:weights?|source)|oss|local|small(?:er)?) (?:\w+ )?models?\b|"
        r"(?:tiny|small|smaller|cheap|cheaper|mini|7b|8b|open|local) (?:open )?models? (?:\w+ )?(?:gets?|handles?|"
        r"manages?|nails?|can do|does) (?:that|it|this|them|those)(?: (?:right|fine|well|easily|perfectly))?\b|"
        r"(?:could|can|may) be any (?:decent |cheap |small |open[- ]?(?:weights?|source) )?(?:open )?"
        r"(?:models?|llms?)\b|"
        # a middling bar said to do ("medium quality is ok", "average quality would be fine")
        r"(?:medium|mid|middle|moderate|average|reasonable|decent|normal|standard|ok|okay)[- ](?:level |tier )?"
        r"quality (?:is |would be |'s |will be |should be )?(?:\w+ )?(?:ok|okay|fine|enough|acceptable|sufficient|"
        r"good enough|plenty)\b|"
        # quality put below cost ("quality is secondary", "we can live with slightly worse answers")
        r"quality is (?:secondary|(?:a )?second(?:ary)? (?:priority|concern)|less important|not (?:the|our) (?:top |"
        r"main )?"
        r"(?:priority|concern))|(?:cost|price) (?:matters|is|counts) more (?:important )?than quality|(?:cost|price|"
        r"cheap\w*) over quality|(?:can|could) live with (?:slightly |a bit |a little |somewhat )?(?:worse|lower|"
        r"weaker|"
        r"less (?:good|accurate|polished))|(?:slightly |a bit |a little |somewhat )(?:worse|lower|weaker) (?:quality|"
        r"answers|accuracy) (?:is|are|would be) (?:fine|ok|okay|acceptable)|"
        r"(?:small|tiny|smaller|medium|mid-sized|open|cheaper|cheap) (?:open )?models? (?:would |will |should |"
        r"could |can )"
        r"(?:probably |easily |likely )?(?:cope|manage|suffice|handle (?:it|this|that)|be (?:ok|okay|fine|enough))\b|"
        # a cheaper or open model already doing the work ("Llama 3 70B does the job", "cheap models have been fine")
        r"(?:open[- ]?(?:source|weights?)|open|oss|small(?:er)?|cheap(?:er)?|mid[- ]?size[d]?|llama|mistral|qwen|"
        r"gemma|deepseek|\d+b)[\w .-]{0,20}? (?:models? )?(?:does|do|did|has done|would do|will do|could do) the "
        r"(?:job|trick)|(?:open[- ]?(?:source|weights?)|open|oss|small(?:er)?|cheap(?:er)?|llama|mistral|qwen|gemma|"
        r"deepseek|\d+b)[\w .-]{0,20}? (?:models? )?(?:has|have) been (?:\w+ )?(?:fine|good enough|ok|okay|plenty|"
        r"enough|sufficient|solid|great)|(?:it'?s |is )?(?:really )?just "
        r"(?:classification|sorting|extraction|pulling|routing|tagging)"
    ),
    ("latency_kind", "ttft"): (
        # (never the people on the line: "or callers start talking over it")
        r"(?<!callers )(?<!customers )(?<!users )(?<!people )(?<!they )(?<!folks )(?<!listeners )"
        r"start(?:s|ing)? (?:answering|talking|speaking|replying|writing|generating|producing|emitting|returning "
        r"tokens|(?:spitting|pumping|churning|putting) out)|(?:stream\w*|output|text|tokens?|response|answer) "
        r"(?:\w+ ){0,2}kicks? in|(?:sees?|seeing|hears?|"
        r"hearing) (?:text|words|tokens|output|the answer|the reply) (?:appear|show|start|com)\w*|"
        r"ttft|ttfb|first[- ]token|first[- ]byte|first word|start(?:s|ing)? popping up|"
        # "it starts typing within half a second", "starts showing text"
        r"(?<!users )(?<!people )(?<!they )start(?:s|ing)? (?:typing|showing|printing|to type)|pop(?:s|ping)? up|"
        r"start(?:s|"
        r"ing)? (?:to )?(?:stream|show|appear|respond|typing|"
        r"printing|coming)|begin(?:s)? (?:to )?(?:stream|show|appear|respond)|streaming starts|time to first|"
        r"see (?:something|text|output) (?:within|in|after)|perceived latency|first chunk|initial response"
        r"|stream\w* (?:to )?starts?|before it starts|starts? streaming|first one'?s? (?:gotta |has to |"
        r"must )?(?:land|arrive|show)|"
        # the beginning of the output, however named ("the first audio chunk", "tokens start flowing")
        r"(?:first|initial|opening|earliest) (?:\w+ ){0,2}?(?:tokens?|words?|bytes?|chunks?|characters?|audio|"
        r"syllables?|"
        r"sentences?|letters?|bits? of (?:text|output))\b|"
        r"(?:repl(?:y|ies)|responses?|answers?|text|tokens?|outputs?|words?|stream|streaming|audio|speech) "
        r"(?:\w+ ){0,2}?"
        r"(?:begins?|beginning|starts?|starting|kicks? off|start(?:s|ing)? (?:to )?(?:flow|show|appear|come|"
        r"arrive))\w*|"
        # the beginning of the output named as a noun ("1 second for begin the streaming", "the start of the reply")
        r"(?:begin|beginning|start|starting) (?:of )?(?:the )?(?:stream\w*|answer|reply|response|output|text)\b|"
        # text said to appear ("text should appear within half a second", "hit enter, words in 400ms")
        r"(?<!\d )(?:text|words|tokens|letters|characters|something|anything) (?:should |must |has to |needs to |"
        r"to |gotta )?(?:appear|show up|pop up|show|shows|appears)\b|(?<!\d )(?<!\d)(?<!\d[km] )(?:words|text|"
        r"letters|characters) (?:on (?:the )?screen )?(?:in|within|under) (?:\d[\d.,]*\s*(?:ms|millis\w*|s|secs?|"
        r"seconds?)\b|(?:a|one|half a) (?:split )?(?:second|sec|moment|heartbeat|blink)|half )|f(?:ri|ir)st[- ]token|"
        r"(?:begin|start)\w* (?:to )?(?:flow|render|print|emit|arrive)\w*|"
        r"(?:sees?|see|hears?|hear) (?:anything|something|the first|a first|some (?:text|output))\b|"
        r"before (?:anything|something|text|output) (?:shows|appears|arrives)|typing indicator|"
        # output streaming by a time ("the first findings streaming within two seconds", "streaming in under 1s")
        r"(?:first|initial|opening) (?:\w+ ){0,2}?stream\w*\b|stream(?:s|ing)? (?:back |out |in )?(?:within|in under|"
        r"in less than|under) (?:about |around |roughly |~ ?)?(?:\d|a |an |one |two |half )"
    ),
    ("latency_kind", "total"): (
        # a time for each thing produced ("under 20 seconds per summary is fine", "10 s for each report")
        r"\d+\s*(?:s|secs?|seconds?|min|mins|minutes?)\s+(?:per|for each|for every|for one|for a|an?|each)\s+"
        r"(?:summary|summaries|report|document|doc|draft|letter|translation|description|article|email|memo|note|"
        r"transcript|review|analysis)\b|"
        r"(?:be |is |are )?(?:ready|finished|completed?|done) (?:in|within|under|inside) (?:the |a |its |our )?"
        r"(?:under |less than |about |"
        r"around )?(?:\d|a |one |two |half)" + _NOT_LONG + r"|finish(?:es|ed)? (?:in|within|under|inside) (?:under |"
        r"less than |about |around )?(?:\d|a |one |two |half)" + _NOT_LONG + r"|(?:respond|answer|reply|return)\w* "
        r"(?:completely|fully|in full)\b|"
        # the answer arriving whole by a time ("it should come complete in 3 seconds", "arrive in full within 2s")
        r"(?:come|comes|arrive|arrives|be back|show up|shows up|land|lands) (?:back )?(?:complete|completed|in full|"
        r"whole|fully|finished)\b|"
        r"(?:whole|full|entire|complete|finished|final|total) (?:answer|response|reply|output|generation|"
        r"completion|result)|end[- ]to[- ]end|\be2e\b|round[- ]trip|(?:run|job|task|agent|pipeline|workflow|call|"
        r"request) (?:\w+ )?completes? (?:in|within|under)|total (?:latency|time|response time)|fully "
        r"(?:generated|returned|done|complete|rendered|loaded|shown|displayed|answered|in)|answer fully|(?:done|"
        r"finished|complete|back) (?:in|within|under)|not streaming|"
        r"no streaming|don'?t stream|without streaming|(?:get|have) the (?:answer|result|response) back"
        r"|\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?) total|total,? (?:hard )?(?:ceiling|cap|max)|until the (?:whole|full|"
        r"entire) (?:answer|response|thing)|the whole answer is done|"
        # waiting a time for a whole piece of work ("lawyers will wait a minute or two for a review")
        r"wait(?:ing)? (?:up to |about |around |maybe |perhaps )?(?:\d|a |an |one |two |half )[^.;,]{0,25}?\bfor "
        r"(?:a|an|"
        r"the|each|every|their|its|our) (?:\w+ )?(?:reviews?|summar(?:y|ies)|reports?|results?|drafts?|translations?|"
        r"analys[ie]s|documents?|answers?|responses?|outputs?)\b|"
        # the end of the output: complete, returned, rendered at once (not a size: "~85 tokens total per message")
        r"(?<!tokens )(?<!token )(?<!words )(?<!chars )(?<!characters )(?<!\d )"
        r"(?:whole|full|entire|complete|finished|final|total) (?:\w+ ){0,1}(?:answer|response|reply|output|generation|"
        r"completion|result|thing|json|payload|message|text|label|summary|summarie|report|draft|translation|memo|"
        r"letter)s?\b|all at once|"
        # a whole piece of output with a time put on it ("each full draft may take up to 60 seconds", "up to a
        # minute for the whole document", "2 seconds for all the answer", "the hole answer")
        r"(?:whole|full|entire|complete) (?:\w+ )?(?:suggestions?|drafts?|documents?|reports?|summar(?:y|ies)|"
        r"translations?|emails?|pages?|articles?|transcripts?|letters?|paragraphs?|code|snippets?|completions?|notes?|"
        r"memos?|briefs?|writeups?|write-ups?|descriptions?|scripts?|chapters?|essays?|posts?) "
        r"(?:\w+ ){0,4}?(?:(?:in|within|under) (?:under |less than |about |around |roughly |~ ?)?(?=\d|a |an |one |"
        r"half )|takes?\b|taking\b|has to be\b|must be\b|needs to be\b|should be\b|up to\b)|"
        r"(?:\d|\ba |\bone |\bhalf )[^.;,]{0,25}?\b(?:for|of) (?:the |a |each |every )?(?:whole|full|entire|"
        r"complete) (?:\w+ )?(?:suggestions?|drafts?|documents?|reports?|summar(?:y|ies)|translations?|emails?|"
        r"pages?|articles?|transcripts?|letters?|paragraphs?|code|snippets?|completions?)\b|"
        r"(?:for|until|till) (?:all|all of) (?:the )?(?:answer|response|reply|output|text|thing|result)\b|"
        r"(?:the |for (?:the )?)hole (?:answer|response|reply|thing|output)\b|(?:to|until|till) completion|"
        r"(?:result|answer|response|json|label|output|payload|classification)s? (?:\w+ ){0,3}?(?:returned|delivered|"
        r"done|completed?|back)\b|\breturns? (?!(?:the |its |a )?(?:first|1st|initial) )(?:\w+ ){0,3}?"
        r"(?:in|within|under) (?:\d|a |one )"
    ),
    ("batch_ok", "true"): (
        # a day's wait said acceptable ("a 24-hour turnaround is acceptable", "even if it takes one full day to return,
        # it is okay"), the same day not needed ("nobody needs these back the same day", "same-day: not needed"), a
        # weekend run ("we could run them over the weekend", "weekend run: fine")
        r"\b(?:\d+|twenty[- ]four)[- ]?(?:hours?|hrs?|h|days?)[- ](?:turnaround|turn-around|sla|window|delay)"
        r"(?: (?:is|would be|are) (?:acceptable|fine|ok|okay|no problem))|"
        r"takes? (?:one |a |1 )?(?:full |whole |entire )?day(?: to (?:return|come back|finish|complete|process))?"
        r",? (?:it'?s|it is|that'?s|that is|is) (?:ok|okay|fine|acceptable|no problem)\b|"
        r"(?:nobody|no one|don'?t|doesn'?t|do not|does not) needs? (?:\w+ ){0,4}?back (?:on )?the same day|"
        r"same[- ]day\s*[:=]?\s*(?:is )?not (?:needed|required|necessary)|"
        r"(?:run|process|do|batch|handle)\w* (?:(?:them|it|these|those|this|the \w+) )?(?:over|on|at|during) the "
        r"weekends?|queue (?:(?:them|it|these|those|the \w+) )?up\b|"
        # all done at once, later ("run them in one go at the end of each day", "process them in bulk")
        r"(?:run|process|do|handle|send|submit)\w* (?:\w+ ){0,3}?(?:in (?:one go|bulk|a batch|batches)|at the end of "
        r"(?:the|each|every) (?:day|week|shift))\b|"
        # ("the summaries just need to be ready for the morning rounds")
        r"ready (?:for|by|in) (?:the )?(?:next |following )?(?:morning|day shift|start of (?:the )?(?:day|shift))|"
        # a wait of hours or days said acceptable ("it's fine if it takes a couple of hours", "we'd be OK with a 4-hour
        # turnaround")
        + FINE_IF
        + r" (?:it|they|the \w+|"
        r"results?|answers?) (?:takes?|come back in|arrive in|lags?|is late|are late|waits?) (?:by )?(?:a few|"
        r"a couple(?: of)?|several|some|many|\d+|an?|one|two|three|four|six|twelve|24)\s+(?:(?:or|to|-)\s+(?:\d+|two|"
        r"three|four|five|six)\s+)?(?:hours?|hrs?|days?)\b|"
        # "an hour or two of delay is fine", "a few hours' lag is acceptable"
        r"(?:an?|one|\d+|a few|a couple(?: of)?|several)\s+hours?(?:'|\s+(?:or|to|-)\s+(?:\d+|two|three|four|five|"
        r"six)(?:\s+hours?)?)?\s+(?:of\s+)?(?:delay|lag|wait(?:ing)?|latency)\s+(?:is|are|would be)\s+(?:\w+\s+)?"
        r"(?:fine|ok|okay|acceptable|no problem|not a problem)\b|"
        # a finish by an hour of the morning ("it just has to be finished by six a m", "done by 7am")
        r"(?:finished|done|ready|complete[ds]?|processed|back) (?:\w+ )?by \d{1,2}(?::\d\d)?\s*(?:am|a\.?\s?m\b)|"
        r"(?:processing|it|the \w+|this|they) (?:can|could|may) be deferred|"
        r"(?:nobody|no one|noone) needs? (?:it|them|the \w+|answers?|results?) (?:live|instantly|immediately|"
        r"right away)|"
        r"(?:ok|okay|fine|happy|good|comfortable|live) with (?:a |an )?(?:few |couple of |several |\d+|one|two|three|"
        r"four|six|twelve|twenty[- ]four|24|same[- ]day|next[- ]day)[- ]?(?:hours?|hrs?|h|days?|)[- ]?(?:turnaround|"
        r"turn-around|delay|wait|sla|window|lag)\b|"
        r"weekend (?:run|job|batch)s?\s*[:=]?\s*(?:is )?(?:fine|ok|okay)|"
        # the answer may come the next morning ("the reflection can arrive as a push notification in the morning"), a
        # job run once as a batch ("this is a one-off batch")
        r"(?:can|could|may|is fine to|is ok to) (?:arrive|come|come back|show up|land|be ready|be delivered|be sent)\b"
        r"(?: \w+){0,5}? (?:in|by) the (?:next )?morning\b|(?:is|'s) (?:a )?one[- ](?:off|time) batch\b|"
        r"(?:not|n't|never) in (?:a|any|much of a) (?:rush|hurry)|in no (?:rush|hurry)|"
        r"(?:nobody|no one|noone)(?:'s| is)? (?:really |actually )?(?:waits?|waiting|watching)|(?:till|until|til) "
        r"tomorrow|fire and forget|results? whenever|(?:it'?s|is) overnight|within the hour|"
        r"overnight(?:'s)? (?:is(?! (?:(?:way|far|much|just|really|definitely) )?(?:too|not)\b)|jobs?|batch\w*|"
        r"processing|runs?|reports?|turnaround|works?|ok|okay|fine|too(?! (?:slow|late|long)\b))|(?:runs?|run it|"
        r"process\w*|done|ready|results?|go|goes|happen\w*|produced|generated|created|written|computed|made) "
        r"overnight|(?:nothing|none of (?:it|this|them)) (?:is|are) (?:user|customer)[- ]facing|not (?:user|customer)"
        r"[- ]facing|(?:the )?following (?:business |working )?morning|nightly|batch(?:ed)? (?:jobs?|processing|"
        r"workloads?|mode|runs?|pipelines?)|"
        # (not a batch API looked at and ruled out: "...'s Batch API, but our users need answers within seconds, so
        # that's out")
        r"batch api(?![^.;!?]{0,80}\b(?:that'?s out|not (?:possible|an option|for us)|won'?t work|no good|ruled out|"
        r"isn'?t an option|doesn'?t work|is out)\b)|"
        r"(?:can|could|is fine to|happy to|ok to|okay to) wait|async\w*|"
        # the work said fit to batch ("can be batched hourly", "fine to batch them every hour")
        r"(?<!not )(?<!never )(?:(?:can|fine to|ok to|okay to|happy to|able to|free to) (?:just |easily |all |"
        r"safely )?(?:be )?batch|(?:could|may) (?:just |easily |all |safely )?be batch)(?:ed)?\b"
        r"(?! (?:api|calls?|requests?)\b)(?![^.;!?]{0,40}\b(?:but|except|though)\b)|"
        # an answer by the next morning accepted ("a delay until the following morning is entirely acceptable", "the
        # summaries need not be immediate")
        r"(?:delay|wait|waiting|turnaround|lag)\s+(?:of\s+\w+\s+)?(?:until|till|to|into)\s+(?:the\s+)?(?:following|"
        r"next)\s+(?:morning|day|business day|working day)|need not be (?:immediate|instant\w*|real[- ]?time)|"
        r"within (?:one |a |1 |2 |two )?(?:business|working) days?\b|next (?:business|working) day\b|"
        r"not (?:real[- ]?time|urgent|time[- ]"
        r"sensitive|interactive|latency[- ]sensitive)|next[- ]day|within (?:a few |several |\d+ )?(?:hours|a day|"
        r"24 ?h\w*)|by (?:the )?(?:morning|next day|next (?:business|working) day|tomorrow|end of day|eod)|"
        r"offline (?:processing|jobs?|"
        r"pipeline|workloads?)|no one(?:'s| is)? (?:waiting|watching)|nobody(?:'s| is)? (?:waiting|watching)|"
        r"turnaround (?:of|in) (?:hours|a day)|(?:hours|a day) (?:is|are) fine|(?:results?|answers?|output) "
        r"(?:can|could) (?:come|arrive|take)|in the background|background (?:jobs?|workers?|tasks?)|queued|"
        r"(?:in|into) a queue|cron|no hurry|(?:an hour|a few hours|hours|a day|minutes) later|nobody(?:'s| is)? "
        r"(?:sitting|on the other end|in a hurry)|no (?:end )?users? (?:interacts?|waits?|is waiting)|"
        r"nobody cares (?:how "
        r"long|if it takes)(?! (?:a |one |1 |\d+ |a few |several |a couple of )?(?:seconds?|secs?|minutes?|mins?)\b)|"
        r"(?:run|runs|running|process\w*) (?:\w+ ){0,2}overnight|(?:(?<=^)|(?<=, ))(?:all |just |"
        r"only |"
        r"mostly )?(?:batch|overnight|async)(?= *(?:[,.;!]|$))|"
        # "it's batch", "is batch, no hurry"
        r"(?:(?<=^)|(?<=, )|(?<=\. ))(?:it'?s|its|it is|is|this is|that'?s|that is|they'?re|they are|these are) "
        r"(?:all |just |only |mostly |purely |a )?(?:batch|async|offline)(?: (?:job|work|stuff|processing|thing))?"
        r"(?= *(?:[,.;!]|$))"
        r"|wait (?:until|till|til|for) (?:the )?(?:morning|tomorrow|next day|mornin)|can w8|cn wait|"
        r"turnaround (?:time )?(?:of )?(?:up to )?\d+ ?(?:hours|hrs|h)\b|(?:within|inside|in) \d+ ?(?:hours|hrs|"
        r"h)\b|hours?[- ]level|following day|immediacy (?:is )?not|nothing'?s urgent|not urgent|speed (?:isn'?t|"
        r"is not) an? (?:issue|concern)|no response[- ]time requirement|overnight queue|"
        # a job run once a period (not people using it once a week: "150 employees, once a week each")
        r"(?:run|runs|ran|process\w*|jobs?|batch\w*|do it|refresh\w*|regenerat\w*|reports?|digests?|pipelines?|"
        r"sync\w*|scor\w*|re-?index\w*) (?:\w+ ){0,6}?once a (?:week|day|night|month|quarter)|"
        r"weekly (?:job|run|batch)|nobody reads|minutes'? delay|(?:delay|waiting) is (?:no|not a) problem|no rush|"
        # ("offline" alone is as often the network's: "the plant network is fully offline", "must run inside, offline";
        # work said to run offline is batch: "these reports run offline")
        r"whenever it'?s done|(?<!must )(?:run|runs|ran|running|process(?:ed|es)?|done|generated|computed|scored) "
        r"(?:\w+ )?offline\b(?! (?:network|environment|lan|site|enclave))|"
        r"(?:runs?|run it|"
        r"is|done) in the (?:night|evening)|an overnight (?:\w+ )?(?:thing|job|task|run|process|pipeline|workload|"
        r"batch|export|import)|(?:it|answers?|results?|responses?|replies|jobs?|the job|"
        r"processing|the batch|generation|summar\w+|reports?|outputs?|that|this) (?:\w+ )?(?:can|could|may|is "
        r"allowed to|is fine to|is ok to) take (?:a few|several|some|many|\d+|up to \d+|a couple of) hours\b|"
        r"(?:run|runs|running|process\w*|done|"
        r"ready|crunch|"
        r"happens?|jobs?|reports?|batch\w*|queue\w*) (?:\w+ ){0,2}overnight|"
        # (not a quiet night: "the graphs basically flatline until the next morning")
        # "the weekly reports can take all night for all anyone cares"
        r"(?:can|may|could|is allowed to|are allowed to) take (?:all night|hours|overnight|a day|till morning)"
        r"(?![^.;!?]{0,40}\b(?:problem|issue|too (?:long|slow)|unacceptable|annoying|bad)\b)|"
        r"scheduled (?:pipeline|job|task|run|batch)|(?<!flatline )(?<!flatlines )(?<!quiet )(?<!dead )(?<!idle )"
        r"(?:next|by the|until the|till the|by) morning|minutes (?:is |are )?"
        r"(?:fine|ok|okay)|back[- ]office|internal reports?|nobody needs? (?:the answer|it|them) (?:fast|quickly|now)|"
        r"batch(?:ed)? (?:ok|okay|fine|overnight|is fine|works|is ok)|(?:there|ready|done|back) (?:\w+ ){0,4}tomorrow|"
        # all of it waits ("it's all overnight", "it is entirely batch"); work done at night or the day after
        r"(?:it'?s|(?<!network )(?<!internet )(?<!plant )(?<!site )(?<!lan )is|are|runs?|happens?) "
        r"(?:all|entirely|fully|completely|purely|100%) (?:overnight|batch\w*|offline|"
        r"async\w*|nightly)\b|(?:do|does|run|runs|process|processed|handle|handled|done)\b[^.;,]{0,20}\bin the night\b|"
        r"(?:happen|be done|run|come|arrive|wait|go)\w* (?:until |till )?the day after\b|"
        # real time said not needed ("we do NOT need realtime"), a batch at a time of day or week ("can be done as
        # night-time batch"), work left running overnight, a turnaround counted in days ("measured in days rather
        # than seconds"), what is read once a period ("a weekly digest email")
        r"(?:not|(?:do|does|did|don|doesn|didn)(?:n'?t|'t| not)) (?:really )?(?:need|require)\w* (?:it |them |answers |"
        r"results )?(?:to be |in )?real[- ]?time|no (?:need|requirement) (?:for|to be) real[- ]?time|"
        r"no real[- ]?time (?:need|requirement|constraint|component|aspect|element)s?\b|"
        r"real[- ]?time (?:isn'?t|is not|not|is never|never) (?:needed|required|necessary|a requirement)\b|"
        r"(?:night[- ]?time|night|weekend|end[- ]of[- ]day|eod|off[- ]hours?|off[- ]peak) batch\w*|"
        r"(?:leave|left|leaving) (?:it|them|the \w+) (?:going|running|on|to run|churning) (?:\w+ )?overnight|"
        r"measured in (?:days|hours)|(?:days|hours) rather than (?:seconds|minutes)|"
        r"(?:weekly|nightly|monthly) (?:digest|newsletter)s?\b"
    ),
    ("batch_ok", "false"): (
        # answers needed within seconds or at once ("our users need answers within seconds", "user needs answer
        # immediately"); the same session ("ppl check the result in the same session", "turnaround: same session")
        r"(?:users?|people|customers?|they|agents?|staff|clients?|patients?|drivers?|players?|visitors?|shoppers?) "
        r"(?:\w+ )?(?:needs?|expects?|wants?|gets?|should get|must get|requires?) (?:\w+ )?(?:answers?|results?|"
        r"responses?|repl(?:y|ies)|it|them|the \w+) (?:(?:in|on|from|via|through) (?:the |a |our )?[\w-]+ )?"
        r"(?:within (?:a few |\d+ )?seconds|immediately|instantly|right away|at once|in (?:a few |\d+ )?seconds|"
        r"straight away)|"
        # the answer while the person is still there ("while the customer is still on the website")
        # (the clause cut at "while" starts with a space)
        r"(?:while |(?<=^ ))(?:the |a |our )(?:customer|user|caller|visitor|shopper|patient|client|agent|person|"
        r"player|driver)s? "
        r"(?:is |are )?(?:still )?(?:on|in|at) (?:the |our )?(?:website|site|page|app|call|phone|line|chat|counter|"
        r"desk|checkout)\b|"
        # ("while the agent has the ticket open")
        r"(?:while |(?<=^ ))(?:the |a |our )(?:customer|user|caller|visitor|patient|client|agent|rep|person|doctor|"
        r"clinician|nurse|lawyer|analyst)s? (?:has|have|keeps?) (?:the |a |their |his |her )?[\w-]+ (?:open|up)\b|"
        r"(?:in|within) the same (?:session|visit|sitting)|turnaround\s*[:=]\s*same (?:session|visit|minute)|"
        r"wait hours\s*[:=]\s*no\b|(?:can'?t|cannot|can not) wait (?:for )?(?:hours|a day|overnight)|"
        r"(?:the )?(?:llm|ai|model) (?:feature|part|bit|piece) is (?:a |an )?(?:live|real[- ]?time|interactive)|"
        # something live beside the people using it ("live summaries during calls", "shown live to agents",
        # "suggestions during the call"); never a launch ("we went live last month")
        r"(?<!go )(?<!goes )(?<!went )(?<!going )(?<!gone )live (?:call |meeting |chat )?(?:summar\w+|transcri\w+|"
        r"suggestions?|translations?|captions?|coaching|guidance|assist\w*|q&a|answers?|replies|responses?|notes?|"
        r"drafts?|hints?|prompts? for)\b|(?:shown|displayed|streamed|delivered|served|pushed|appears?|shows? up) "
        r"(?:\w+ )?live\b|during (?:the |a |each |every |live |ongoing )?(?:calls?|meetings?|consultations?|"
        r"(?:phone |video )?sessions?)\b(?! (?:logs?|recordings?|archives?))|\b(?:in|mid)[- ]call\b|"
        r"(?:must|has to|have to|needs? to) be immediate|immediate (?:responses?|answers?|replies)|(?:users?|people|"
        r"customers?) (?:are|r|is) live|"
        r"real[- ]?time|live (?:customer |user |web |in-app |support )?(?:chat|users?|conversations?|support|agents?)|"
        r"users? (?:are )?waiting|"
        r"(?:customers?|people|someone|users?) (?:is |are )?(?:waiting|watching) (?:for|on)|interactive|"
        r"synchronous|in the loop|can'?t wait|cannot wait|while (?:they|the user|users|customers) wait|"
        r"on the spot|as they type|(?:has|have|needs?|gotta) (?:to )?be live|"
        r"(?:needs?|wants?) (?:it|them|answers?|results?|replies|responses?) live\b|on the (?:line|phone)"
        r"|live (?:phone )?calls?|(?:chat|talk|interact)\w* (?:with it )?live|(?:it'?s|is|are|be|use it|"
        r"uses it) live\b|"
        r"(?:has|have|needs?|gotta|must) (?:to )?be (?:instant|immediate)|staring at the screen|"
        # "it's autocomplete, it has to feel instant", "must feel instantly for the user"
        r"(?:has|have|needs?|gotta|must|should) (?:to )?(?:feel|seem|look) (?:instant\w*|immediate|snappy|"
        r"real[- ]?time|live|native)|"
        r"watching the cursor|(?:while|as) "
        r"(?:the user|they|users|people) (?:watch|watches|wait|waits|are watching)|(?:are|r|is) w(?:ai|8)ting\b|"
        r"can'?t lag|would notice (?:any )?delay|while they'?re (?:still )?on the page|(?:not|no) batch(?:ing)?\b|"
        r"(?:don'?t|dont|do not|won'?t|wont|will not|can'?t|cannot) (?:want|use|accept|do|go with) (?:a |any |the )?"
        r"batch(?:ing| apis?| jobs?| mode| processing)?\b|(?:read|reads|review|reviews|use|uses) (?:them|it|the "
        r"\w+) live\b|"
        r"batch(?:ing)? (?:isn'?t|is not|won'?t|wont|will not|doesn'?t|does not) (?:an option|work|fly|cut it)|"
        r"(?:answers?|responses?|results?) (?:\w+ )?live\b|returned immediately|answer (?:direct|immediately|"
        r"right away)|no waiting|(?:devs|"
        r"users|people|agents|customers|callers) (?:wait|are waiting) (?:on|for) (?:each|it|every|the)|"
        r"on the telephone|while (?:they|the customer|the caller)(?:'re| are)? on the|(?:users?|people|customers?|"
        r"they|someone|clients?) (?:\w+ )?(?:wait|waits|are waiting|is waiting|sit and wait) (?:for|on) (?:it|them|"
        r"the|each|every|an?)\b|waiting in front of|(?:fast|quick) and live|(?:(?<=^)|(?<=, ))live(?= *(?:[,.;!]|$))|"
        r"while "
        r"(?:the user|users|they|customers?) (?:remains?|stays?|are|is) (?:in|on)|"
        # answers wanted at once ("answers are needed immediately", "we need the replies right away")
        r"(?:answers?|responses?|replies|results?|it|them|output) (?:are |is )?(?:needed|required|wanted|expected|"
        r"due) (?:immediately|right away|instantly|straight away|at once|in real[- ]?time|on the spot)|"
        r"(?:need|needs|want|wants|expect|expects) (?:the |an |their )?(?:answers?|responses?|replies|results?) "
        r"(?:immediately|right away|instantly|straight away|at once|on the spot)|"
        # people who use it wait for each answer, wherever they sit ("the analysts wait at their desk for the memo",
        # "customers wait in the chat widget", "patients r on their phones waiting"); not "made users wait",
        # "don't mind waiting", "used to wait"
        r"(?<!made )(?<!make )(?<!makes )(?<!let )(?<!had )"
        + _PEOPLE
        + r" (?:(?!not\b|never\b|don|doesn|didn|won|wont|mind\b|used\b|had\b|would\b|might\b|will\b|may\b|"
        r"could\b|should\b|have\b|has\b|no\b)[\w']+ ){0,4}?(?:wait|waits|waiting|w8|w8ing)\b(?! until| till| til)"
        # (a wait made longer by an error is no interactive use: "a claim is paid wrongly or the customer waits longer")
        r"(?! (?:even |much |a lot |a bit )?longer\b)"
        # waiting on people or paperwork is not waiting on answers ("engineers wait for approval from security")
        r"(?! (?:for|on) (?:the |an? |our |their |his |her )?(?:approvals?|sign|legal|security|procurement|budgets?|"
        r"access|contracts?|vendors?|hardware|gpus?|deliver\w*|permissions?|funding|hiring|licen[cs]es?|"
        r"it\b|\w+ to\b))|"
        # impatience: nobody will sit through a wait ("users won't wait", "customers refuse to wait")
         + _PEOPLE + r" (?:just |simply )?(?:won'?t|"
        r"will not|refuse to|aren'?t going to|are not going to|hate to|hate) wait(?:ing)?\b|"
        # clicking, then waiting for the result ("users click 'summarise' and wait for it")
        r"(?:clicks?|press(?:es)?|hits?|taps?|submits?|types?|asks?|sends?) [^.;!?]{0,40}? and (?:then )?waits?\b|"
        # an answer due within a minute or two of an event ("ready within one minute of the call closing");
        # a target in seconds alone is read as latency only
        r"(?:ready|done|back|there|available|"
        r"finished|delivered|out) (?:\w+ ){0,2}?within (?:a|one|two|three|\d) (?:minutes?|mins?) (?:of|after) "
        r"(?:the |each |every |a )?\w+"
        # a delay people would notice or walk away from ("or players notice", "or the devs will riot")
        r"|\bor (?:the |our )?"
        + _PEOPLE
        + r" (?:will |would |just )?(?:notice|leave|quit|riot|complain|churn|bounce|hang up|close|give up|rage|"
        r"get (?:annoyed|angry|frustrated)|switch off|drop off)\b"
    ),
    ("fine_tuning", "true"): (
        r"fine[- ]?tun\w*|finetun\w*|\bft\b(?!e)|\blora\b|\bqlora\b|\bsft\b|rlhf|(?<!our )(?<!the )(?<!\()\bdpo\b(?!'s|"
        r"\s*(?:said|says|signed|approved|rejected|decided|decision|call|wants|"
        r"requires|insists|team|office|sign|has to|had to|approves?|approved)\b)"
        # (the data protection officer: "DPO still hasnt signed off on the anthropic DPA")
        r"(?!\s+(?:still\s+|hasn'?t\s+|has not\s+|hasnt\s+|is\s+|won'?t\s+|needs to\s+|must\s+)+"
        r"(?:signed|approved|sign|"
        r"ok'?d|cleared|reviewed|happy|fine|review|comfortable|worried|asking|checking)\b)|"
        r"custom(?:ised|ized)? "
        r"(?:model|weights)|"
        # "we serve our own tuned Mistral", "a tuned version of Llama"
        r"\bown (?:custom[- ])?tuned\b|\btuned (?:version|checkpoint|variant) of\b|"
        # "actually trained on five years of Zendesk history", "trained on our tickets"
        r"train(?:ed|ing)? on (?:(?:about|over|around|roughly) )?(?:\d+|our|all our|all of our|the last \d+) "
        r"(?:\w+ ){0,2}?(?:years?|months?|tickets|history|data|docs|documents|records|emails|chats|conversations|"
        r"archives?|transcripts|notes|cases)\b|"
        r"(?:train|training|teach|adapt)\w* (?:it|the model|a model|model|our own models?|models|"
        r"anything)\b|"
        # the weights changed ("tuning the weights isn't in scope", "we'd update the model weights on our data")
        r"(?:tun|train|updat|modif|chang|touch|adjust|retrain)\w* (?:the |its |their |our )?(?:model'?s? )?weights\b|"
        r"(?<!model )(?<!for )(?<!by )(?<!with )(?<!in )(?<!on )"
        # (another kind of model's or people's training: "mostly for ASR training", "staff training")
        r"(?<!asr )(?<!stt )(?<!speech )(?<!vision )(?<!cv )(?<!ocr )(?<!image )(?<!staff )(?<!user )(?<!safety )"
        # (a vendor's use of the data: "zero data retention and no training")
        r"(?<!retention and no )(?<!retention, no )(?<!retention & no )(?<!retention or )(?<!retention nor )"
        r"(?<!retention and )(?<!retain and no )"
        r"(?:custom |additional |any )?training(?=\s*(?:[,.;!]|$))|"
        # "no training needed", "any training required?": the model's training, nobody else's
        r"(?:(?<=\bno )|(?<=\bany ))training(?= (?:is )?(?:needed|required|necessary|planned)\b)|"
        r"instruction[- ]tuning|supervised fine|learn our (?:writing "
        r")?style|train it\b|"
        r"train(?:ed|ing)? on (?:them|those|these|this data|that data)\b|"
        r"train(?:ed|ing)? (?:it |a model |the model )?on our (?:own )?(?!gpus?\b|servers?\b|hardware\b|clusters?\b|"
        r"boxes\b|machines\b|infra\w*|cloud\b|side\b)\w+|domain[- ]adapt\w*|(?:our|own) (?:own )?(?:trained|"
        r"tuned) (?:model|weights)|"
        r"retrain\w*|distill\w*|(?:customi[sz]|modif|alter|tweak|adapt)\w* (?:the |our |"
        r"its )?(?:model'?s? )?(?:weights|model)|"
        r"tuned (?:on|with|using) (?:our|their|the|its|\d)|training (?:of|on) (?:our|its|their) own|"
        r"learn (?:our|the company'?s|its) (?:\w+ ){0,2}?(?:style|tone|jargon|terminology|vocabulary|codes|format|"
        r"domain|"
        r"language|voice)|"
        r"(?<!performance )(?<!latency )(?<!prompt )(?<!hyperparameter )(?<!speed )\btuning\b(?= (?:is|isn'?t|was|"
        r"wasn'?t|will|won'?t|would|on|of|it|the model|llama|mistral|qwen|a model|our)\b|\s*(?:[,.;!?]|$))|"
        r"\btune[sd]? (?:it|the model|a model|our own|llama|mistral|qwen|an? \w+) (?:on|with|using)\b"
    ),
    ("fine_tuning", "false"): (
        r"off[- ]the[- ]shelf|(?:prompting|prompt engineering|rag|retrieval|few[- ]shot)(?: alone)? "
        r"(?:is|are|should be|will be) (?:enough|fine|sufficient)|(?:base|stock|vanilla) models? (?:is|are)? ?"
        r"(?:fine|enough|ok)|"
        # a model taken as it comes ("we'd use llama as-is"; never "quality: fine as is")
        r"(?:use|used|using|run|running|deploy\w*|serv\w+|tak\w+|models?|llms?|weights) (?:\w+ ){0,3}?as[- ]is\b|"
        # the model used untouched: the alternative to tuning stated as the approach
        r"(?:use|using|used|go with|going with|stick (?:with|to)|sticking (?:with|to)|stay with|keep|just|only|run|"
        r"running) "
        r"(?:the |a |an |our )?"
        + _UNTOUCHED
        + r"|"
        + _UNTOUCHED
        + r" ?(?:\+|and|with|plus) ?(?:rag|retrieval|prompt\w*)|"
        + _UNTOUCHED
        + r" (?:\w+ ){0,2}(?:is|are|will|would|should|works?|does|do)\s+(?:\w+ )?(?:fine|enough|ok|okay|"
        r"the plan|good|great|job|what we)|out[- ]of[- ]the[- ]box|"
        r"(?:just|only|plain|pure|simply) (?:use |using )?(?:prompting|prompts|rag|retrieval|prompt engineering|"
        r"few[- ]shot)|stick(?:ing)? (?:to|with) (?:prompting|prompts|rag|retrieval|the base model|prompt engineering)|"
        r"(?:prompting|prompts|rag|prompt engineering|few[- ]shot)(?: only| alone| is all| are all)\b|"
        # the alternative said to work, or the customisation kept to it ("prompting seems to work", "retrieval
        # augmentation suffices", "customisation will be limited to system prompts", "weights will not be modified")
        r"(?:prompting|prompt engineering|rag|retrieval(?: augmentation)?|few[- ]shot)(?: alone)? (?:seems to |seem "
        r"to |already )?(?:works?|suffices?|does the (?:job|trick))\b|(?:limited|restricted|confined|kept) to "
        r"(?:the )?(?:system )?(?:prompts?|prompting|rag|retrieval)\b|(?:model )?weights (?:will|would|shall) "
        r"(?:not|never) be (?:modified|changed|touched|altered)"
    ),
    ("team.mlops", "true"): (
        r"ml ?ops|ml[- /]?platform|ml[- /]?infra\w*|machine learning (?:platform|infra\w*|ops)|ai (?:platform|"
        r"infra\w*) (?:team|group|engineers?)|llm ?ops|model (?:serving|platform|ops) team|inference (?:platform|"
        r"team)|(?:model|ml) (?:operations|ops)\b|(?:team|group|people|function|crew|squad) (?:for|that handles|"
        r"handling|doing|that does) (?:the )?(?:model|ml) (?:deployments?|serving|operations|ops)|"
        # the work first, then who does it ("model deployment is handled by a dedicated team")
        r"(?:model|ml|llm) (?:deployments?|serving|operations|ops|lifecycle|deployment pipelines?|monitoring|"
        r"registry) (?:\w+ )?(?:is|are) (?:handled|owned|run|managed|done|covered|looked after) by "
        r"(?:a |an |our |the )?(?:dedicated|separate|specialist|central|own|platform) (?:\w+ )?(?:team|group|squad|"
        r"crew|unit)|(?:dedicated|separate|specialist) (?:team|group|squad) (?:for|that (?:handles|owns|runs|does)|"
        r"handling|owning|running) (?:the |our |all )?(?:model|ml|llm) (?:deployments?|serving|operations|ops|"
        r"lifecycle|pipelines?)|"
        # the MLOps tooling in use ("Kubeflow for the model pipelines and serving", "we run MLflow + KServe")
        # (never MLflow alone, an experiment tracker as often; never someone else's: "analytics has kubeflow, not us")
        r"(?<!analytics has )(?<!analytics uses )(?<!they have )(?<!they use )(?<!other team has )"
        r"(?:kubeflow|kserve|seldon(?: core)?|bentoml|sagemaker pipelines|vertex ai pipelines|ray serve|"
        r"model registry)\b(?! (?:is|was|would be|sounds|looks) (?:overkill|too much|on our (?:list|roadmap)))"
        r"(?!,? (?:but )?not (?:us|ours|our team|we)\b)"
    ),
    ("team.gpu_infra", "true"): (
        # GPUs held and run today ("our SREs handle a fleet of L4 instances", "we've had GPU nodes in our k8s for
        # years", "we host a bunch of models on GPUs")
        r"(?:handl\w+|run\w*|operat\w+|manag\w+|maintain\w*) (?:a |an |our |the )?(?:[\w-]+ ){0,2}?(?:fleet|cluster|"
        r"farm|pool|bunch|couple|few|handful) of (?:\w+ )?(?:[ah]100|h200|l4|l40s?|a10g?|t4|v100|mi300x?|gpu)s?"
        r"(?: instances| nodes| "
        r"servers| boxes| cards)?\b|(?:(?:we|i) (?:have|'ve got|'ve had|have had)|we'?ve) (?:(?!no\b|not\b|zero\b|"
        r"never\b)\w+ ){0,2}?gpu (?:nodes|"
        r"node pools?|servers|boxes|clusters?|instances)\b(?! (?:on order|coming|arriving|soon))|(?:host|serve|run|"
        r"deploy)(?:s|ed|ing)? (?:\w+ ){0,4}?(?:models?|llms?|inference|workloads?) on (?:our |own |our own )?"
        r"(?:gpus?|[ah]100s?|h200s?|l4s|l40s?|a10gs?|gpu (?:nodes|servers|boxes|instances))\b|"
        # an open model served on GPUs of their own ("we already serve our own tuned Mistral on two L40S cards")
        r"(?:host|serve|run|deploy)(?:s|ed|ing)? (?:[\w-]+ ){0,4}?(?:mistral|mixtral|llama|qwen|gemma|phi|deepseek|"
        r"falcon|olmo|models?|llms?) (?:[\w.-]+ )?on (?:our |own |our own )?(?:\w+ )?(?:" + GPU_MODELS + r"|gpus?)"
        r"(?: cards| nodes| servers| boxes| instances)?\b|"
        # GPU machines said to serve today ("on EKS with g5 GPU nodes already serving our ranking models", "GPU
        # instances ... in production for a year")
        r"\bgpu (?:nodes|node pools?|instances|servers|boxes|machines|cluster)\b[^.;]{0,12}?\b(?:already |currently )?"
        r"(?:serving|hosting|running (?:our|the|all|\w+ models?)|in (?:prod|production)\b)|"
        # hands on the GPU stack ("someone has touched CUDA", denied: "no one's touched CUDA", "nobody has used vLLM")
        r"(?:touched|used|worked with|played with|written|programmed) (?:\w+ )?(?:cuda|vllm|tensorrt(?:-llm)?|triton "
        r"inference server|gpu (?:servers|nodes|clusters|boxes|infra\w*))\b|"
        # at home with the hardware ("we know our way around CUDA and GPU nodes", "experience operating accelerators")
        r"(?:know|knows|understand|understands|(?:are|is) (?:good|strong|solid) (?:at|with)|mastered) (?:\w+ )?"
        r"(?:cuda|gpu (?:ops|operations|infra\w*|servers|clusters|nodes))\b|"
        r"(?:know (?:our|their|my) way around|know how to (?:run|operate|manage|deploy|look after)|(?:comfortable|"
        r"familiar|experienced|at home|fluent) (?:with|running|operating|managing|in)|(?:experience|expertise|"
        r"know[- ]how|"
        r"skills?) (?:with|in|on|of|running|operating|managing|maintaining)) (?:\w+ ){0,3}?(?:gpus?|gpu (?:nodes|"
        r"servers|boxes|clusters?|hardware|infra\w*)|cuda|accelerators?|accelerator hardware|[ah]100s?|h200s?)\b|"
        r"(?:runs?|running|operates?|operating|manages?|managing|maintains?|maintaining) (?:them|those|these) (?:in|"
        r"into) "
        r"(?:prod|production)\b|"
        # operating GPUs, whatever stands between the verb and the hardware ("babysat a few A100 nodes")
        r"(?:run|runs|ran|running|operate[sd]?|operating|manage[sd]?|managing|maintain\w*|babys[ai]t\w*|administer\w*|"
        r"deploy(?:ed|ing|s)?|host(?:ed|ing|s)?|serve[sd]?|serving|racked|provision\w*|look(?:ed|ing|s)? after|"
        r"set up|sets up|setting up|stood up|built|builds|building|assembled|installed|configured|"
        r"keep(?:s|ing)? alive|kept alive|handl(?:e|es|ed|ing)|look(?:s|ed|ing)? after|take(?:s)? care of|"
        r"took care of|own(?:s|ed)? the)(?! (?:stack|layer|framework|engine|code|logic|library|setup|path|side|"
        r"team|costs?|requests?)\b)\s+(?:(?!without\s+(?:any\s+|a\s+)?(?:gpus?|hardware|accelerators?)\b|(?:no|zero|"
        r"never|none|not)\b)[\w-]+\s+)"
        r"{0,5}?(?:gpus?|gpu (?:nodes?|"
        r"servers?|boxes|clusters?|fleet|"
        r"instances|machines|workers|pods|farm|rigs?)|" + GPU_MODELS + r"|dgx\w*|vllm|tgi|"
        r"triton|inference (?:servers?|hardware|boxes|nodes|clusters?)|accelerators?)\b|"
        # models hosted or trained on hardware of their own ("we self-host a couple of models on our own hardware",
        # "we train on our own DGX")
        r"self[- ]?host(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:models?|llms?|(?:llama|mistral|mixtral|qwen|gemma|"
        r"deepseek)\S*)\s+(?:\w+\s+){0,2}?(?:on (?:our (?:own )?|own )(?:hardware|metal|bare metal|gpus?|"
        r"machines|boxes)|on[- ]prem\w*|in[- ]house|already|today|in (?:prod|production))\b|"
        r"(?:train|trains|trained|training|fine[- ]?tun\w+)\s+(?:\w+\s+){0,3}?on (?:our (?:own )?|own )"
        r"(?:hardware|gpus?|dgx\w*|cluster|gpu (?:nodes|servers|boxes|cluster)|" + GPU_MODELS + r")\b|"
        r"(?:hosted|served|deployed|run|ran|host|serve|deploy) (?:\w+ ){0,2}(?:models?|llms?) (?:\w+ ){0,2}"
        r"(?:ourselves|in[- ]house|on our own gpus)|"
        r"(?:run|ran|running|operate[sd]?|operating|manage[sd]?|managing|maintain\w*|deploy\w*|host\w*|served?|"
        r"serving)\s+(?:our own |own |our |some |a few |many |lots of |\d+ )?(?:gpus?|gpu (?:clusters?|fleet|nodes?|"
        r"servers?|boxes|machines|infra\w*|workloads?)|(?:h|a)100s?|inference servers?|vllm|tgi|triton)|gpu "
        r"(?:clusters?|fleet|farm)|(?:experience|experienced) (?:with|running|operating) (?:gpus?|gpu|cuda|vllm)|"
        r"gpus? in production|(?:run|runs|running|ran|serve[sd]?|serving|host(?:s|ed|ing)?|deploy(?:s|ed|ing)?)\s+"
        r"(?:\w+\s+){0,4}?on (?:our (?:own )?|own )(?:gpus?|gpu (?:nodes|servers|boxes|clusters?)|dgx\w*|"
        + GPU_MODELS
        + r")\b|our (?:own )?gpus(?= (?:in (?:prod|production)|(?:are |is )?(?:already )?(?:running|serving|"
        r"humming|powering|in use|busy))\b)|gpu[- ]?(?:experience|expertise|knowledge|skills|ops|operations|"
        r"infra\w*|"
        r"admins?|people|folks|know[- ]how)|(?:experience|expertise|know[- ]how) (?:with|in|on|running) (?:gpus?|gpu|"
        r"cuda)|(?:on|with) (?:our )?(?:own )?gpu (?:nodes|servers|boxes)"
        r"|(?:gpus?|[ah]100s|h200s|l4s|l40s|a10gs|vllm|tgi|triton)(?: (?!not\b|never\b|no\b|dont\b|don't\b)\w+){0,4} "
        r"(?:in|into) (?:prod|production)|(?:a|h)100 (?:boxes|"
        r"servers|nodes|"
        r"cluster)s? in (?:prod|production)|(?:touched|touch|babysit\w*|operated|run) (?:an? |any )?(?:gpus?|gpu|"
        r"(?:a|h)100)|"
        # a note's field on the GPUs saying they serve in production ("gpus: 8x L40S (purchased, racked, in prod for
        # image gen)")
        r"\bgpus?\s*[:=]\s*[^.;!?\n]{0,40}?(?<!not )(?<!never )\b(?:in|into) (?:prod|production)\b|"
        # a note's field ("gpu_prod=yes (g5)", "GPUs in prod: yes")
        r"\bgpus?[_ -]?(?:in[_ -])?(?:prod|production)\s*[=:]\s*(?:yes|y|true|1)\b"
    ),
    ("team.gpu_infra", "bare"): r"gpu (?:nodes|servers|boxes|experience)|gpus?|(?:a|h)100s?",
    ("team.kubernetes", "true"): (
        r"kubernetes|\bk8s\b|\bkube\b(?![- ]?(?:ctl|flow|let))|\beks\b|\bgke\b|\baks\b|openshift|\bhelm\b|\bk3s\b|"
        r"rancher"
    ),
}
# After a regime word, a resemblance, not the regime ("HIPAA-like rules", "GDPR-style consent"): said of no one.
RESEMBLANCE = rx.compile(r"[- ](?:like|style|ish|adjacent|inspired|esque|lite|equivalent)\b")
INDUSTRY = rx.compile(
    r"\b(?:fintech|bank|banking|banks|insurer|insurance|hospitals?|clinics?|health ?care|healthtech|medical|"
    r"patients?|pharma|payments?|card (?:data|numbers)|credit cards?|cardholder|government|federal|public "
    r"sector|defen[cs]e|military|eu (?:customers|users|citizens)|european (?:customers|users)|personal data|"
    r"pii|sensitive data|legal|law firm|health (?:data|records)|medical records|lending|brokerage|trading)\b"
)


# Phrases that state a value only as the answer to that fact's question ("our cloud, not theirs", "no real
# restrictions"): read only when the question just asked is about the fact.
ANSWER_CUES: dict[tuple[str, str], str] = {
    ("data_boundary", "any_vendor"): (
        r"(?:no|not any|without) (?:real |particular |big |special |actual |hard )?(?:restrictions?|constraints?|"
        r"limits?|limitations?)(?! (?:on|about|for) (?:budget|cost|latency|spend))|(?:don'?t|"
        r"do not) (?:really )?"
        r"have (?:any )?(?:real )?(?:restrictions?|constraints?|limits?)(?! (?:on|about|for) (?:budget|cost|"
        r"latency|spend))|(?:anywhere|wherever|anything) (?:is |goes|works)(?: fine| ok| okay)?|(?:^|(?<=yeah )|(?<=yes"
        r" )|(?<=yes, )|(?<=yeah, ))no (?:problem|issue)s?\b"
    ),
    # "internal only", "it stays internal": their own infrastructure, which kind not said
    ("data_boundary", "no_vendor"): (
        r"(?:stays? |kept |keep it |remains? |strictly |all )?internal(?:ly)?(?: only)?(?= *(?:$|[,.;!]))"
    ),
    ("data_boundary", "cloud_tenant"): (
        r"(?:our|own) (?:own )?cloud\b(?!-|s? (?:costs?|bills?|spend|provider|credits?|team|people|engineers?|"
        r"native|apps?|services?))|"
        r"(?:in|on|inside) (?:our )?(?:own )?(?:aws|azure|gcp|google cloud)\b"
    ),
    # To the regime question: none formal ("no formal one", "nothing official", "just our own paranoia")
    ("compliance", "none"): (
        r"no (?:formal|official|real|actual|external|legal|specific|particular) (?:one|ones|regime|framework)\b|"
        r"nothing (?:formal|official)\b|(?:just|only) (?:our own|internal) (?:paranoia|common sense|good sense)\b"
    ),
    # To the quality question: the bar said of "it" ("it needs to be really good", "as smart as possible", "mid")
    ("quality", "frontier"): (
        r"(?:needs? to|has to|must|have to|gotta|got to|should|(?:need|want|require)s? (?:it|them|the model|"
        r"the answers) "
        r"to) be (?:really|very|extremely|super|seriously|"
        r"incredibly|exceptionally) (?:good|smart|accurate|strong|capable|clever|sharp)\b|as (?:smart|good|accurate|"
        r"capable|clever|strong) as (?:possible|it gets|they come|you can get)|(?:the )?best (?:you(?:'ve| have)? got|"
        r"there is|we can get|money can buy)|high[- ]quality (?:is )?(?:a must|required|essential|critical|"
        r"non-negotiable|mandatory)|(?:top|premium|highest|maximum|max) (?:quality|accuracy)|^\W*(?:premium|"
        r"the best|top|highest|max(?:imum)?|(?:the )?best (?:possible|available))(?:\W+please)?\W*$|"
        r"(?:accuracy|quality|correctness) (?:matters|is (?:important|"
        r"critical|crucial|vital)|counts) (?:a lot|hugely|enormously|most|above all|more than (?:cost|price|anything))|"
        # closed models only ("proprietary only", "only commercial models")
        r"^\W*(?:closed|proprietary|commercial)(?:[- ]source)?(?: models?| llms?)? only\W*$|^\W*only (?:closed|"
        r"proprietary|commercial)(?:[- ]source)? (?:models?|llms?)\W*$"
    ),
    ("quality", "open_weight_ok"): (
        r"^\W*(?:mid|middle|medium|basic|average|standard|decent|moderate)(?:[- ](?:tier|range|level|"
        r"quality))?\W*$|(?:doesn'?t|does not|don'?t|do not) (?:need|have) to be (?:\w+ )?(?:great|amazing|brilliant|"
        r"smart|clever|top)\b|"
        # open models, or whatever is cheapest, as the whole answer ("open is fine", "nothing special", "cheap is fine")
        r"^\W*(?:(?:no|nah|nope),? )?open(?:[- ]?(?:source|weights?))?(?: models?| llms?)?(?: (?:is|are|'s|would be) "
        r"(?:fine|ok|okay|enough|good enough))?\W*$|^\W*nothing (?:special|fancy)\W*$|^\W*(?:the )?cheap(?:est)?"
        r"(?: one| model| option)?(?: (?:is fine|that works|is ok|is okay|will do|please))?\W*$"
    ),
}
