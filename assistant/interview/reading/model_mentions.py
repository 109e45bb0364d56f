"""Models named in a message: the current model ("we spend $12k a month on GPT-4o", "we moved to Gemini 2.5
Flash") and the candidates compared against it; a family without its version ("claude sonnet") is asked about.
"""

from __future__ import annotations

from functools import cache

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.cue_table import OPEN_REJECTED
from assistant.interview.reading.result import ParseResult, Update
from tools.catalog import _base_data, compact
from tools.model_names import FAMILIES, find_models

MODEL_MENTIONS = [
    (r"gpt-?5\b(?![-\s.]?(?:mini|nano|\d))", "gpt-5"),
    (r"gpt-?5[-\s]?mini", "gpt-5-mini"),
    (r"gpt-?5[-\s]?nano", "gpt-5-nano"),
    (r"(?:gpt-?|\b)4o\b(?![-\s]?mini)", "gpt-4o"),
    (r"(?:gpt-?|\b)4o[-\s]?mini", "gpt-4o-mini"),
    (r"llama[-\s]?3\.3[-\s]?70b", "llama-3.3-70b"),
    (r"llama[-\s]?3\.1[-\s]?70b", "llama-3.1-70b"),
    (r"llama[-\s]?3\.1[-\s]?8b", "llama-3.1-8b"),
    (r"4\.1[- ]?nano", "gpt-4.1-nano"),
    (r"gpt-?4\.1[- ]?mini", "gpt-4.1-mini"),
    (r"gpt-?4\.1\b(?![-\s]?(?:mini|nano))", "gpt-4.1"),
    (r"opus 4\.5|opus-4\.5", "claude-opus-4.5"),
    (r"sonnet 4\.5|sonnet-4\.5", "claude-sonnet-4.5"),
    (r"claude 3\.5|sonnet 3\.5", "claude-3.5-sonnet"),
    # a family name alone is its current model ("we burn $9k/mo on claude sonnet")
    (r"(?<!\d )(?<!\d-)\bsonnet\b(?![-\s]?(?:3\.5|4\.5|[34]\b))", "claude-sonnet-4.5"),
    (r"(?<!\d )(?<!\d-)\bopus\b(?![-\s]?(?:4\.5|\d))", "claude-opus-4.5"),
    (r"\bhaiku\b", "claude-haiku-4.5"),
    # "Claude" alone: which one is asked when it is the model in use ("we use the Claude model by API")
    (r"(?<!\d )(?<!\d-)\bclaude\b(?![-\s]?(?:\d|sonnet|opus|haiku|instant|code\b))", "claude-sonnet-4.5"),
    (r"gemini(?: 2\.5)? pro", "gemini-2.5-pro"),
    (r"gemini(?: 2\.5)? flash[-\s]?lite", "gemini-2.5-flash-lite"),
    (r"(?:gemini(?: 2\.5)? flash|\bflash\b)(?![-\s]?lite)", "gemini-2.5-flash"),
    (r"deepseek", "deepseek-v3.2"),
    (r"grok", "grok-3"),
    (r"mistral small", "mistral-small-3.1"),
    (r"mistral[-\s]?7b", "mistral-7b"),
    (r"mistral medium", "mistral-medium-3.1"),
    (r"groq", "groq/llama-3.3-70b"),
    # the provider, named as one ("on Together", "via together", "Together AI", "together's API"), never the everyday
    # word ("all together", "altogether", "put together", "together with", "prompt and answer together")
    (
        r"together(?:\.ai|\.xyz| ai\b)|(?:"
        + "|".join(
            rf"(?<=\b{w} )"
            for w in ("on", "via", "through", "from", "at", "using", "use", "with", "by", "provider", "vendor", "api")
        )
        + r")together\b(?! with\b)(?! we\b)(?!\s+(?:are|is|come|comes|make|add|total)\b)|"
        r"\btogether'?s (?:api|endpoint|inference|platform|serverless|dedicated|hosted|pricing|models?)\b",
        "together/llama-3.3-70b",
    ),
]
CURRENT = rx.compile(
    r"\b(?:use|uses|using|used|utili[sz](?:es|ing|ed)|employs?|currently|today|right now|running|spend\w*|pay\w*|"
    r"burn\w*|rel(?:y|ies|ying) on|"
    r"we'?re on|we are on|on|powered by|"
    r"bill|rn|"
    r"invoice|costs? us|costing(?: us)?|our (?:current )?(?:stack|setup|provider)|our current (?:model|llm)|"
    # "Current model is Claude Sonnet 4", "model in use: GPT-4o", "the model we have now is ..."
    r"current (?:model|llm|setup|provider)(?: is|:| =)?|(?:model|llm) in use(?: is|:)?|"
    r"goes through|go through|runs? on|self-host\w*|built on|switch(?:ing)? (?:away )?from|migrat\w+ (?:away )?from|"
    r"mov\w+ off|mov\w+ away from|stuck on|"
    r"call(?:ing)?|hitting|production|prod|now|validated|(?:is|was|got) (?:validated|approved|qualified)|"
    # "what's actually serving traffic is our own fine-tuned Llama 3.1 8B"
    r"serv(?:es|ing) (?:our |the |all |production |live |real )?(?:traffic|requests|users|customers)|"
    # the model most of a bill said just before goes to: "R$ 15k a month with OpenAI, mostly gpt-4o"
    r"mostly|mainly|primarily|largely|usage(?! (?:cost|price|pricing|estimate))|"
    # notes: "current: gpt-4o", "model = claude-sonnet-4.5", "llm: gpt-5"
    r"current(?=\s*[:=])|actual(?=\s*[:=])|actualmente|atualmente|actuellement|aktuell|"
    r"(?<!candidate )(?<!target )(?<!proposed )(?<!planned )(?<!fallback )(?<!new )(?<!future )"
    r"(?<!backup )(?<!alternative )(?:model|llm)(?=\s*[:=]))\b"
)
# A figure of use or spend right after the model ("gpt-4o, ~$18k/mo", "gpt-4.1-mini: 300M tokens/month"): the model
# in use; a price per million tokens is the vendor's list, not the user's use.
USE_AFTER = rx.compile(
    # (with where it is served between: "Claude 3.5 Sonnet via Bedrock Frankfurt, €11.000/mo")
    r"(?:\s+(?:sonnet|opus|haiku|mini|nano|turbo|flash|pro|instruct|chat)\b)?"  # (the rest of its name)
    r"(?:\s+(?:via|on|through|thru|from|in)\s+[a-z][\w.-]*(?:\s+[a-z][\w.-]*){0,2}?(?=\s*[,:=(-]))?"
    r"[\s,:=(-]*(?:about |around |roughly |~|≈)?(?:[$€£]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?[kmb]? tok(?:en)?s?)"
    r"(?:\s?(?:/|a |per )(?:mo(?:nth)?|day|yr|year)\b)(?!\s*(?:per|/) ?(?:m|mtok|million|1m|1k)\b)"
)
# A family named without its version ("claude sonnet", "opus"): which model is meant is not said.
BARE_FAMILY = {p for p, _ in MODEL_MENTIONS if p.startswith(r"(?<!\d )") or p == r"\bhaiku\b"}
# compiled once: a message is searched for every model (most name none, which one search of all of them tells)
_COMPILED = [(rx.compile(p), slug, p in BARE_FAMILY) for p, slug in MODEL_MENTIONS]
ANY_MODEL = rx.compile("|".join(f"(?:{p})" for p, _ in MODEL_MENTIONS))
MOVED_TO = rx.compile(
    r"(?:\b(?:moved|switched|changed|migrated|went|upgraded|downgraded|"
    r"ported)\s+(?:\S+\s+){0,5}?(?:over\s+)?to|"
    # the one chosen in the end ("we trialled Mistral Large but went with GPT-4.1", "ended up on Haiku")
    r"\b(?:went|settled|ended up|landed) (?:with|on)|\b(?:chose|picked|opted for|selected|standardi[sz]ed on)|"
    # the one kept ("it was rubbish next to sonnet, so we're sticking with claude 3.5 sonnet")
    r"\b(?:stick(?:ing)?|stuck|stay(?:ing)?|stayed) (?:with|on|to)|\bkeep(?:ing)? using|"
    # back on the one used before ("everything's back on GPT-4.1")
    r"\b(?:back (?:on|to)|went back to|switched back to|moved back to))"
    r"\s*(?:(?:claude|gemini|gpt|openai|anthropic|google|meta|llama|mistral)\s*)?$"
)
# a return said after the model left ("... We switched back.", "we went back", "so we reverted")
BACK_AFTER = rx.compile(r"\b(?:switched|moved|went|changed|rolled|came) back\b(?!\s+(?:to|on)\s+\w)|\breverted\b")
MOVED_OFF = rx.compile(r"\b(?:moved|switched|changed|migrated|went|came)\s+(?:away\s+)?(?:off|from)\s*$")
PAST_USE = rx.compile(r"\b(?:used to|formerly|previously|in the past|we were on|back in (?:19|20)\d\d)\b")
EARLIER = rx.compile(
    r"\b(?:before|previously|used to|formerly|earlier|last year|we were on|in the past|(?:until|till|til|up to) "
    r"(?:last \w+|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
    r"apr|jun|jul|aug|sept?|oct|nov|dec|q[1-4])\b)"
)
# a trial right before the model, not the model in use ("we tried an open model on Together last month"); not
# "we use gpt-4o and have tested it thoroughly", nor a "tried-and-tested setup"
TRIED = rx.compile(
    r"\b(?<!and-)(?<!and )(?:tried|tested|trialled|trialed|piloted|experimented with|(?:been |just )?(?:playing|"
    r"tinkering|messing|fiddling|toying) (?:around )?with|poking at|trying out)\b(?![- ]and[- ]tested)"
    r"(?:\s+\S+){0,6}\s*$"
)


# A model tried and found wanting ("we tried gpt-4o-mini and it missed clauses", "haiku wasn't good enough for this"):
# the quality bar is above it (read by the cues), it is no model to compare.
_FOUND_WANTING = rx.compile(OPEN_REJECTED)
_NOT_ENOUGH_AFTER = rx.compile(
    r"[\w.-]*\s*(?:\w+\s+){0,2}?(?:was|were|is|are|has been|have been)(?:n'?t| not)\s+(?:\w+\s+)?(?:good|accurate|"
    r"reliable|smart|strong|capable)\s+enough\b"
)


_BACK_TO_IT = rx.compile(r"(?<!\d)[.!?](?=\s+(?:it|they|the|its|their|quality|results?|answers?|outputs?)\b)")


def _found_wanting(t: str, start: int, end: int) -> bool:
    """The model named at [start, end) of ``t`` was tried and found wanting."""
    if _NOT_ENOUGH_AFTER.match(t, end):
        return True
    sentence_start = max(t.rfind(x, 0, start) for x in (".", "!", "?", "\n")) + 1
    # "We evaluated GPT-4.1 mini. It missed key obligations.": the next sentence may give the verdict (same length)
    after = _BACK_TO_IT.sub(lambda b: ";" + b.group(0)[1:], t[end:], count=1)
    window = t[:end] + after
    return any(w.start() <= start < w.end() for w in _FOUND_WANTING.finditer(window, sentence_start, len(window)))


# a model named, then put right ("GPT-4o, sorry, not GPT-4o, is GPT-4.1 mini", "GPT-4o, no wait, GPT-4.1")
MODEL_CORRECTION = rx.compile(
    r"\b(?:sorry,? (?:no|not|i meant|i mean)|no wait|wait,? no|i meant(?!\s+(?:to|earlier|that|is|was)\b)|"
    r"i mean(?=,? (?:not|no|actually))|"
    r"scratch that|correction:|make that|my (?:bad|mistake))\b"
)
# a model refused ("please don't tell me to use GPT-5", "no GPT-5 please"), or put right ("GPT-4o, not 4o-mini")
REFUSED_BEFORE = rx.compile(
    r"(?:\b(?:don'?t|do not|never|no need to|please don'?t)\s+(?:\w+\s+){0,3}?(?:suggest|recommend|propose|offer|push|"
    r"tell me to use|tell me|want)\s+(?:me\s+)?(?:to\s+use\s+)?(?:\w+\s+)?|(?<![\w])(?<!only )(?<!just )not\s+)$"
)


# a model tried, then found wanting in its sentence ("we tried Qwen 2.5 7B, ... fine for a demo but not prod")
TRIED_WANTING = rx.compile(
    r"(?:[^.!?]|\.(?=\d)){0,120}?\b(?:not (?:\w+ )?(?:prod|production|good enough|usable|there|ready|reliable)|"
    r"(?:wasn'?t|was not|weren'?t|were not) (?:good|usable|accurate|reliable)|didn'?t (?:work|cut it)|fell short|"
    r"too (?:weak|dumb|inaccurate|unreliable))\b"
)


def _tried_wanting(t: str, start: int) -> bool:
    """The model at ``start`` of the whole message was tried and found wanting in its sentence."""
    return TRIED.search(t[max(0, start - 50) : start]) is not None and TRIED_WANTING.match(t, start) is not None


def _turned_down(text: str, start: int) -> bool:
    """The model at ``start`` is refused or put right, not one to compare."""
    before = text[max(0, start - 50) : start]
    return REFUSED_BEFORE.search(before) is not None and not rx.search(
        r"\bnot (?:only|just|yet)\s+$|\bbut\b[^,;]*$", before
    )


def _corrected(t: str, mentioned: list[str], current: list[str]) -> tuple[list[str], list[str]]:
    """Models named before a self-correction that names another ("GPT-4o, sorry, not GPT-4o, is GPT-4.1 mini") are
    withdrawn: the one named after it stands for them."""
    fixes = list(MODEL_CORRECTION.finditer(t))
    fix = fixes[-1] if fixes else None
    if fix is None or len(mentioned) < 2:
        return mentioned, current
    # the model meant comes right after the cue, or right after the one it puts right ("sorry, not GPT-4o, is ...")
    named = sorted(
        (mm.start(), mm.end(), slug)
        for pattern, slug, _bare in _COMPILED
        if slug in mentioned
        for mm in pattern.finditer(t)
        if mm.start() >= fix.end()
    )
    later: list[str] = []
    reach = fix.end() + 20
    for start, end, slug in named:
        if start > reach:
            break
        if rx.search(r"\bnot\s+$", t[max(0, start - 6) : start]):
            reach = end + 15  # the one withdrawn: the one meant follows it
        elif slug not in later:
            later.append(slug)
    if not later:
        return mentioned, current
    kept = [s for s in mentioned if s in later]
    if len(later) == 1 and any(s not in later for s in current):
        return kept, later  # "we use GPT-4o, sorry, I meant Claude Sonnet 4.5": the one in use is the one meant
    return kept, [s for s in current if s in later]


def _named_in(text: str, bar: str | None = None) -> list[tuple[int, int, str, bool]]:
    """The models a chunk names, as (start, end, slug, named by its family alone): the patterns above first (the first
    place each names), then any other model the price list or the open models know by any of its names ("llama3 8b",
    "mistral large"), where no pattern found one and it is not the quality ``bar`` already read."""
    hits = [(m.start(), m.end(), slug, bare) for pattern, slug, bare in _COMPILED if (m := pattern.search(text))]
    for start, end, model in find_models(text):
        if model.slug == bar:
            continue  # (the quality bar named again in another spelling is still the bar: "like gpt 5 mini")
        over = [h for h in hits if h[0] < end and start < h[1]]
        if model.slug not in _known_slugs():
            # a model the price list does not carry, by its full name ("Claude 3.5 Haiku", "Gemini 2.0 Flash"): not
            # the family's current model a pattern took it for; it can be the model in use, never one to price
            if all(start <= h[0] and h[1] <= end for h in over) and compact(text[start:end]) not in _FAMILY_NAMES:
                hits = [h for h in hits if h not in over] + [(start, end, model.slug, False)]
            continue
        if not over:
            hits.append((start, end, model.slug, False))
        elif compact(text[start:end]) not in _FAMILY_NAMES and all(
            h[3] and h[2] == model.slug and start <= h[0] and h[1] <= end for h in over
        ):
            # "claude haiku 4.5": the family the pattern found, named with its version after all
            hits = [h for h in hits if h not in over] + [(start, end, model.slug, False)]
    return hits


_PATTERN_SLUGS = frozenset(slug for _, slug in MODEL_MENTIONS)
_FAMILY_NAMES = frozenset(compact(name) for name in FAMILIES)  # ("claude sonnet": still no version)


@cache
def _known_slugs() -> frozenset[str]:
    """The models that can be the one in use: those the price list prices and the open models (not tier-only names)."""
    data = _base_data()
    return frozenset({a.slug for a in data.api} | {o.slug for o in data.open_models})


# A model named as what came before, a yardstick, or a plan, not what serves today: "our prototype ran on gpt-4o-mini",
# "we benchmark everything against Claude 3 Opus", "there's talk of moving to Gemini 1.5 Pro next week".
PILOT_BEFORE = rx.compile(
    r"\b(?:prototype|proto|poc|proof of concept|pilot|mvp|demo)\b(?:\s+(?:was|ran|run|used|built))?(?:\s+\w+){0,2}?"
    r"\s*(?:on|with|:|=|using|in)?\s*$"
)
NOT_TODAY_BEFORE = rx.compile(
    r"\b(?:benchmark\w*|compare\w*|measur\w*|eval\w*|test\w*|score\w*)\s+(?:\w+\s+){0,2}?(?:against|to|with)\s*$|"
    r"\b(?:talk of|talking about|thinking (?:of|about)|considering|planning|plan|plans|might|may|will|going to|want to|"
    r"would like to|hoping to)\s+(?:\w+\s+){0,2}?(?:moving|move|switching|switch|migrating|migrate|going|go)\s+"
    r"(?:over\s+|back\s+)?to\s*$"
)
# ... or a model switched off since ("self-hosting Mistral 7B right now — well, technically we turned that off")
TURNED_OFF = rx.compile(
    r"\b(?:turned|switched|shut|powered) (?:that|it|them|those|this) (?:off|down)\b|\b(?:stopped|quit) (?:using|"
    r"running|serving) (?:that|it|them)\b|\b(?:dropped|killed|retired|decommissioned) (?:that|it|them)\b"
)
NOT_TODAY_AFTER = rx.compile(
    r"\s*(?:\((?:retired|old|deprecated|previous|former|legacy)\)|(?:is|was)\s+(?:just|only|solely|merely)\s+"
    r"(?:our|the|an?)\s+(?:\w+\s+)?(?:eval\w*|benchmark|reference|baseline|yardstick)|(?:is|was)\s+used\s+(?:solely|only"
    r"|just)\s+as\s+(?:a|an|the|our)\s+(?:reference|baseline|benchmark|yardstick)|(?:was|were)\s+(?:bad|terrible|"
    r"awful|useless|garbage|worse|too weak|not good))"
)


def _models(t: str, out: ParseResult, quote: str, correction: bool, expecting: list[str] | None = None) -> None:
    mentioned: list[str] = []
    current: list[str] = []
    piloted: list[str] = []
    vague = False
    if ANY_MODEL.search(t) is None and not find_models(t):
        return
    bar = next((str(u.value) for u in out.updates if u.field == "quality_reference"), None)
    for chunk in scope.chunks(t):
        for start, end, slug, bare in _named_in(chunk.text, bar):
            if _found_wanting(t, chunk.start + start, chunk.start + end):
                continue
            pol = scope.polarity(chunk, start, end)
            if (
                slug not in mentioned
                and not (
                    _turned_down(chunk.text, start)
                    or _tried_wanting(t, chunk.start + start)
                    # "we used to run Mistral 7B on a few 4090s": a setup of the past, no model to compare
                    or (
                        PAST_USE.search(chunk.text[:start])
                        and not rx.search(r"\b(?:now|today|currently|rn)\b", chunk.text)
                    )
                )
            ):
                mentioned.append(slug)
            if rx.match(r"[- ]?(?:level|class|grade|quality|tier|like|equivalent)\b", chunk.text[end:]):
                continue  # "GPT-5-level results": a quality bar, not the model in use
            before = chunk.text[:start]
            back = BACK_AFTER.search(t, chunk.start + end)
            # "We moved our contract summaries from Claude 3.5 Sonnet to a Mixtral model ... We switched back.": the
            # model left and returned to is today's
            moved_back = bool(
                back is not None
                and rx.search(
                    r"\b(?:moved|switched|changed|migrated|went)\b[^.;!?]{0,40}\b(?:off|from)\s*$", before[-60:]
                )
                and not ANY_MODEL.match(t, back.end() + 1)
            )
            if not moved_back and (
                MOVED_OFF.search(before[-40:])
                or (TRIED.search(before[-60:]) and not MOVED_TO.search(before[-40:]))
                or (EARLIER.search(chunk.text) and not rx.search(r"\b(?:now|today|currently|rn)\b", chunk.text))
            ):
                continue  # "we moved off GPT-4o", "before we used GPT-4o": not the model today
            later = rx.split(r"[.;!?]", t[chunk.start + end : chunk.start + end + 120], maxsplit=1)[0]
            if (
                NOT_TODAY_BEFORE.search(before[-60:])
                or NOT_TODAY_AFTER.match(chunk.text, end)
                or TURNED_OFF.search(later)
            ):
                continue  # "we benchmark against Claude 3 Opus", "Claude 3 Opus is just our eval reference"
            # "our prototype ran on gpt-4o-mini": today's only if nothing else is
            pilot = PILOT_BEFORE.search(before[-60:]) is not None
            near = chunk.text[max(0, start - 60) : start] + " " + chunk.text[end : end + 25]
            if not before.strip() and t[chunk.start - 1 : chunk.start] == "(":
                # the model in brackets naming what the words before it use ("we use the OpenAI API (gpt-4o)")
                near = t[max(0, chunk.start - 61) : chunk.start - 1] + " " + near
            moved_to = moved_back or bool(MOVED_TO.search(before[-40:]))  # "we moved to Gemini 2.5 Flash last month"
            answered = "current_model" in (expecting or []) and pol == "yes"
            if (
                (pol == "yes" or moved_to)
                and (
                    CURRENT.search(near)
                    or moved_to
                    or answered
                    or (
                        USE_AFTER.match(chunk.text, end)
                        and not rx.search(r"\b(?:options?|estimate\w*|calculator|would|proposal|quote\w*)\b", t)
                    )
                )
                and (
                    moved_to
                    or not rx.search(
                        r"\b(?:compare|vs\.?|versus|instead|alternative|consider\w*|what about|how about|switch to|"
                        r"move to|migrate to|try|beat|beats|outperform\w*|scores?|scored|won|wins|side[- ]by[- ]side|"
                        r"head[- ]to[- ]head|blind (?:test|comparison|eval)|within \S+ (?:pts?|points?|%) "
                        r"of)\b",  # ("can self-hosting beat X?", "Llama scores within 1 pt of GPT-4o": a yardstick)
                        chunk.text,
                    )
                )
                # "running mistral 7b on my box works fine": one person's trial on their own computer
                and not rx.search(
                    r"\bon my (?:own )?(?:laptop|box|machine|desktop|pc|mac|macbook|workstation)\b", chunk.text
                )
                and slug not in current
            ):
                if pilot:
                    piloted.append(slug)
                    continue
                current.append(slug)
                vague = vague or bare
    if not current and len(set(piloted)) == 1:
        current = piloted[:1]  # "our pilot ran on Llama 3.1 8B and customers were satisfied": what runs so far
    if (
        not current
        and len(mentioned) == 1
        and any(u.field in ("current_spend_usd_per_month", "tokens_per_month") for u in out.updates)
        and not rx.search(
            r"\b(?:compare|vs\.?|versus|instead|alternative|consider\w*|what about|how about|switch to|move to|migrate "
            r"to|try|quote\w*|estimate\w*|would|could|plan\w*|eval\w*|staging|test\w*|need\w*|requir\w*|must|should|"
            r"level|class|quality|as good as|better|match\w*|think\w*|look\w* (?:at|into)|good enough|enough|pilot\w*|"
            r"trial\w*|points?|instead|replace\w*)\b|\?",
            t,
        )
    ):
        # "OpenAI API | gpt-4o-mini | $640 | support-eng" under "Monthly cost", "2.5bn tok/mo, 90% prompt, 4o-mini":
        # the one model named beside today's spend or volume is the one in use
        current = mentioned[:1]
    mentioned, current = _corrected(t, mentioned, current)
    if len(current) == 1 and not vague:
        out.updates.append(Update(field="current_model", value=current[0], quote=quote, correction=correction))
    elif current:
        out.clarify.append("current_model")  # two models, or a family without its version ("claude sonnet")
    # (a model only the tiers know is not one to price: "compare with Claude 3 Haiku")
    others = [s for s in mentioned if s not in current and (s in _known_slugs() or s in _PATTERN_SLUGS)]
    if others:
        out.updates.append(Update(field="candidate_models", value=others, quote=quote))
