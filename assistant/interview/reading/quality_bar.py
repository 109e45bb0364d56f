"""A quality bar named by a model: "at least as good as GPT-4o mini", "Llama-70B-level is enough", "gpt-5 mini or
better", "something like Haiku quality", "doesn't need to be GPT-5".

The bar sets the quality fact from the named model's tier (``tools.model_names``: the catalog's tiers as data):
a frontier model as the bar is ``frontier``, a strong or small one ``open_weight_ok``, except a closed flagship
(GPT-4o, Claude 3.5 Sonnet) put as a requirement ("has to be at least as good as GPT-4o"): the user asks for what
they have, so ``frontier``, while said to suffice ("GPT-4o level is fine") it stays ``open_weight_ok``. (Of the
development voices' labellers, most read the requirement so, none as open-weight.) The model itself is kept
as ``quality_reference`` so the analysis keeps options of at least its tier. A model said not to be needed
("not need exactly GPT-4o") is an upper bound: never a model to consider, and a frontier one named so means an
open-weight model is fine. Models named as a bar are neither today's model nor candidates (the caller masks them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.cue_table import OPEN_REJECTED
from assistant.interview.reading.result import ParseResult, Update
from tools.model_names import NamedModel, find_models

TIER_RANK = {"small": 0, "strong": 1, "frontier": 2}
_GOOD = r"(?:good|smart|capable|strong|accurate|clever|solid|reliable|decent|nice|performant)"
_AS = r"(?:as|like|than|to)"
# written right before the model: the bar is at least this model
LOWER_BEFORE = rx.compile(
    r"(?:"
    r"\b(?:at ?least|minimum|min\.?|no less than|no worse than|not worse than|nothing (?:less|worse) than|"
    r"not below|not under|not lower than|at a minimum)\s+(?:(?:as|so)\s+)?(?:" + _GOOD + r"\s+)?(?:" + _AS + r"\s+)?|"
    r"\b(?:as|so|equally)\s+" + _GOOD + r"\s+(?:as|like)\s+|"
    r"\b" + _GOOD + r"\s+(?:like|as)\s+|"
    r"\b(?:on par|par|parity|level|levels|comparable|similar|equivalent|equal|close|closer|near|quality|performance|"
    r"standard|bar|results?|answers?|output)\s+(?:with|to|of|like|as|from)\s+|"
    r"\b(?:match|matches|matching|rival|rivals|reach|reaches|beat|beats|meet|meets)\s+|"
    r"\b(?:something|anything|somewhat|sth|smth|model|one)\s+"
    r"(?:like|similar to|comparable to|around|along the lines of)\s+|"
    r"\b(?:match|matches|matching|rival|reach|beat|as good as|like|equal to|same as|similar to)\s+(?:what|whatever)\s+"
    r"(?:we (?:get|got|see|saw) (?:from|with)\s+)?|"
    r"\bx?-?(?:class|level|grade|tier) (?:of|like)\s+|"
    # "quality needs to stay about where GPT-4o is", "has to remain roughly where claude is"
    r"\b(?:stay|stays|remain|remains|keep it|kept)\s+(?:about\s+|roughly\s+|around\s+|right\s+|at least\s+)?"
    r"where\s+|"
    r"\b(?:quality(?: bar)?|bar|baseline|benchmark|reference(?: model)?|minimum|floor)\s*(?:[:=]|-|is|would be|will be|"
    r"should be|must be)\s+"
    r")(?:(?:the|a|an|our|plain|good old|old|current|existing|present|today'?s)\s+){0,2}$"
)
# written right after the model
LOWER_AFTER = rx.compile(
    r"^(?:"
    r"[\s-]*(?:level|class|grade|tier|quality|caliber|calibre|standard|equivalent|ish|like|type|or equivalent)\b|"
    r"'?s? (?:level|quality|standard)\b|"
    r"\s*(?:or|and|/)\s*(?:better|above|up|higher|stronger|smarter|more|beyond|superior|equivalent|similar|"
    r"something similar|comparable)\b|"
    r"\s*(?:\w+\s+){0,2}?(?:is|are|was|would be|will be|should be|'s|seems?|sounds?|feels?|looks?)\s+"
    r"(?:(?!not\b|never\b|hardly\b|barely\b|no\b)\w+\s+)?"
    r"(?:enough|fine|ok|okay|sufficient|good enough|plenty|adequate|acceptable|the bar|the minimum|our bar|"
    r"the baseline|our baseline|the floor|our floor|the benchmark|our benchmark|the target|great|good)\b|"
    r"\s*(?:does|do|did|would do|will do|'d do|should do)\s+(?:the\s+)?(?:job|trick|fine|well)\b|"
    r"\s*(?:would|will|'d|should)\s+do\s*(?:$|[,.;!]|for us|for this|for now)|"
    r"\s*(?:works|worked|would work|will work)\s+(?:fine|well|for us|ok|okay)\b|"
    r"\s*(?:as|for)\s+(?:a|the|our)?\s*(?:minimum|floor|baseline|bar|benchmark|reference)\b|"
    r",?\s*(?:at\s+)?(?:the\s+)?minimum\b|"
    r"\s*(?:would|will|should|could)\s+(?:be\s+)?(?:suffice|enough|fine|ok|good enough)\b|"
    r"\s*(?:suffices|is sufficient)\b|"
    # "we validated Llama 3.1 70B against human coders at 0.78 alpha, which is acceptable"
    r"(?=(?:[^.;!?]|\.(?=\d)){0,60}?\b(?:against|scored?|accuracy|alpha|f1|kappa|agreement|eval\w*|benchmark\w*)\b)"
    r"(?:[^.;!?]|\.(?=\d)){0,80}?,\s*which (?:is|was|'s) (?:(?!not\b|never\b|hardly\b|barely\b)\w+\s+)?"
    r"(?:acceptable|good enough|fine|enough|sufficient|ok|okay)\b"
    r"(?!\s+for (?:a |the )?(?:demo|poc|pilot|prototype|test\w*)|[^.;]*\bbut not\b)|"
    r"\s*(?:quality|level|performance)\s+(?:is|would be|will be|'s)\s+(?:\w+\s+)?(?:enough|fine|ok|okay|plenty|"
    r"sufficient|the bar)\b"
    r")"
)
# a need denied before the model: "not need exactly GPT-4o", "doesn't need to be GPT-5", "no need for o3"
NOT_NEEDED_BEFORE = rx.compile(
    r"(?:\b(?:not?|don'?t|dont|doesn'?t|doesnt|do not|does not|won'?t|never|hardly|needn'?t)\s+(?:\w+\s+){0,2}?"
    r"(?:need|needs|needed|require|requires|required|necessary|have to|has to|must|gotta|want)\b|"
    r"\bno (?:need|requirement)\b|\bnot necessarily\b|\bwithout\b|\bno\b|\bnot\b|\bbelow\b|\bless than\b|"
    r"\bcheaper than\b|\binstead of\b|\brather than\b|\bnot as (?:expensive|pricey) as\b)[^,.;!?]{0,40}$"
)
NOT_NEEDED_AFTER = rx.compile(
    r"^[\s-]*(?:[\w-]+\s+){0,2}?(?:is|would be|seems|sounds|feels|'s|are)\s+(?:\w+\s+)?(?:overkill|too much|"
    r"unnecessary|not needed|not necessary|not required|excessive|more than we need|a luxury)\b|"
    r"^\s*(?:is\s+|are\s+)?(?:not|isn'?t|aren'?t)\s+(?:\w+\s+)?(?:needed|necessary|required|a must)\b|"
    r"^\s*(?:level|class|quality|grade|tier)?\s*(?:is|would be)?\s*(?:not needed|overkill)\b"
)
OTHERS = rx.compile(
    r"\b(?:my|our|the) (?:boss|bosses|cto|ceo|cfo|manager|management|lead|pm|vp|director|execs?|board|sales(?: team)?|"
    r"marketing|client|investors?)s? (?:wants?|thinks?|says?|asks?|insists?|believes?|would like|prefers?|"
    r"keeps? (?:saying|insisting|asking))\b"
)
# what a "fine" or "good enough" beside a model may be about instead of its answers
OFF_QUALITY = rx.compile(
    r"\b(?:latenc\w*|speed|fast|faster|slow|slower|ttft|first token|response times?|throughput|rate limits?|uptime|"
    r"outages?|price|pricing|prices|costs?|cheap\w*|bill\w*|invoice|spend\w*|data|privacy|tenant|region|vpc|"
    r"residency|hosting|hosted|compliance|contract|dpa|baa|gpus?|servers?|fine[- ]?tun\w*|lora|adapters?)\b"
)
ON_QUALITY = rx.compile(
    r"\b(?:quality|accura\w*|answers?|outputs?|responses?|writing|reasoning|smart\w*|clever|capable|level|class|"
    r"tier|as good as|good as|on par|benchmarks?|evals?|results?|bar)\b"
)
UNSURE = rx.compile(
    r"\b(?:not sure|unsure|no idea|don'?t know|dunno|wondering|i wonder|maybe not|not certain|if that counts)\b"
)
# "no less than", "can't go below", "must not be worse then": a floor, not a denial
FLOOR = rx.compile(
    r"\b(?:no|not|nothing|never|can'?t|cannot|won'?t|mustn'?t|must not|shouldn'?t|should not|don'?t|do not)\s+"
    r"(?:(?:go|be|drop|fall|get|settle(?: for)?|accept)\s+)?(?:any(?:thing)?\s+)?(?:less|worse|lower|below|under|"
    r"weaker|dumber)\b(?:\s+th[ae]n)?\s*"
)
# Open models not tried, or doubted ("we did not test open models, I don't know if they are enough", "not sure
# llama would cut it"): a bar set by a strong model does not yet say an open-weight one will do.
_OPEN = r"(?:open[- ]?(?:source|weights?)?|oss|self[- ]hosted|local|llama|mistral|mixtral|qwen|gemma|deepseek)\b"
OPEN_DOUBT = rx.compile(
    r"\b(?:(?:did not|didn'?t|have not|haven'?t|never|not yet) (?:\w+ )?(?:test|tested|try|tried|evaluate|evaluated)|"
    r"(?:not sure|unsure|no idea|don'?t know|doubt|not convinced)(?: (?:if|whether|that))?)\s+(?:\w+\s+){0,3}?"
    + _OPEN
    + r"|\b"
    + _OPEN
    + r"[^.!?]{0,40}?\b(?:not sure|unsure|no idea|don'?t know|doubt|not convinced|untested|not tested|not tried)\b"
)
# No step below the named floor allowed ("GPT-4 class quality, nothing less", "GPT-4o level, no compromises"): with a
# closed flagship as the floor, the user asks for the top of what they know, not an open model that only matches it.
UNCOMPROMISING = rx.compile(
    r"\b(?:nothing (?:less|lower|worse|below|short of (?:that|it))|no less|not (?:a notch|a step|one bit|an inch) "
    r"(?:less|lower|below|worse)|no compromises?|zero compromises?|without (?:any )?compromise|uncompromising|"
    r"non-?negotiable|not negotiable|(?:won'?t|will not|can'?t|cannot|not going to|not) settl(?:e|ing) for (?:less|"
    r"anything less|anything below)|(?:won'?t|will not|can'?t|cannot|not going to|refuse to|don'?t|do not) (?:accept|"
    r"take|go (?:for|with)) (?:anything |any )?(?:less|lower|below|under|worse|weaker)|or nothing|or bust|"
    r"no exceptions|no downgrades?|not a downgrade)\b"
)
# the best there is wanted, with a flagship named as the example ("the most high-performance model, like GPT-4
# class", "the best model available ..., like gpt-4 level, so yeah frontier it is"): the bar is the top, not the
# example's tier
TOP_WANTED = rx.compile(
    r"\b(?:best|strongest|most (?:powerful|capable|advanced|high[- ]?performance|performant|accurate|intelligent)|"
    r"top[- ](?:tier|notch|of[- ]the[- ]line)|highest[- ](?:quality|performance|end)|state[- ]of[- ]the[- ]art|sota|"
    r"cutting[- ]edge)\b(?:\s+[\w-]+){0,2}?\s+(?:models?|llms?|ai|available|quality|one|there is|out there)\b|"
    r"\bfrontier(?:[- ]class| level| model)?\b"
)
TOP_NOT_WANTED = rx.compile(
    r"\b(?:(?:do|does|did)(?:n'?t| not)|not|no|never|without)\s+(?:\w+\s+){0,3}?(?:need|needs|require|requires|"
    r"necessary|have to|has to|must)\b[^.;!?]{0,30}$|\bno need for\b[^.;!?]{0,20}$|\bnot\s+(?:\w+\s+)?$"
)


def _top_wanted(t: str) -> bool:
    """The best model there is wanted, in so many words, and not denied ("we don't need the best model")."""
    return any(
        not TOP_NOT_WANTED.search(t[max(0, m.start() - 50) : m.start()])
        and not _someone_elses(t, m.start())
        and not OTHERS.search(t[max(0, m.start() - 60) : m.start()])
        for m in TOP_WANTED.finditer(t)
    )


# the named model said to be enough, not required: "GPT-4o level is fine", "something like Sonnet would do",
# "happy with gpt-4o quality"
SUFFICES_AFTER = rx.compile(
    r"^[^,.;!?]{0,40}?\b(?<!not )(?:enough|fine|ok|okay|sufficient|suffices?|would do|will do|'d do|"
    r"does the (?:job|trick)|plenty|adequate|acceptable|works? (?:fine|well|for us)|good|great)\b"
)
SUFFICES_BEFORE = rx.compile(r"\b(?:fine|ok|okay|happy|content|satisfied|good|alright) with\s+(?:[\w-]+\s+){0,4}$")
# the bar put as a requirement: "has to", "must", "at least", "or better", "no worse than", "bar = ..."
REQUIRED = rx.compile(
    r"\b(?:has to|have to|had to|must|needs?|needed|required?|requires|requirement|gotta|got to|at ?least|minimum|"
    r"no (?:less|worse)|not (?:less|worse|below)|nothing (?:less|worse|below)|or (?:better|above|higher)|bar|floor|"
    r"can'?t (?:drop|go|fall)|cannot (?:drop|go|fall))\b|[≥]|>="
)
NEED_DENIED = rx.compile(r"\b(?:not?|n'?t|never|without)\s+(?:\w+\s+){0,2}$|n't\s*$")
# a closed model's small sibling ("GPT-4o mini", "Gemini Flash"): a floor it sets stays an open-weight one
SMALL_SIBLING = rx.compile(r"mini|nano|haiku|flash|lite|small|tiny|\d+b\b")
_CLAUSE = rx.compile(r"[;!?\n]|\.(?!\d)|,\s+(?=(?:but|and|though|however|although|while|yet)\b)|\s+but\s+")


def _clause(t: str, start: int, end: int) -> tuple[str, str]:
    """The words of the model's clause before and after it."""
    cuts = [m.end() for m in _CLAUSE.finditer(t, 0, start)]
    begin = cuts[-1] if cuts else 0
    stop = _CLAUSE.search(t, end)
    return t[begin:start], t[end : stop.start() if stop else len(t)]


# a small model said to be good enough ("a small fine-tuned model is fine", "an 8B model would do", "we don't need a
# big model"), and said not to be ("small models aren't good enough" is read by the cues as the frontier bar)
SMALL_ENOUGH = rx.compile(
    r"\b(?:an?\s+|one\s+)?(?:small(?:er|ish)?|tiny|little|lightweight|compact|(?:[1-9]|1[0-4])\s?b(?:illion)?)"
    r"(?:[- ](?:fine[- ]?tuned|tuned|open|open[- ]?(?:source|weights?)|parameter|param|class|sized?)){0,2}\s+"
    r"(?:models?|llms?|ones?)\s+(?:is|are|would be|will be|should be|'s|'d be|seems?)\s+(?:\w+\s+)?(?:fine|ok|okay|"
    r"enough|good enough|sufficient|adequate|plenty|all we need|acceptable)\b|"
    r"\b(?:an?\s+)?(?:small(?:er)?|tiny|(?:[1-9]|1[0-4])\s?b)(?:[- ]\w+)?\s+(?:models?|llms?)\s+"
    r"(?:would|will|should|can|could)\s+(?:do|handle it|do the job|do fine|work|suffice|be enough)\b|"
    # "an 8B would crush it", "a 7b'd handle that easily": the size alone names the model
    r"\b(?:an?\s+)(?:[1-9]|1[0-4])\s?b(?:[- ]\w+)?\s+(?:would|will|'d|could|can|should)\s+(?:easily\s+|totally\s+|"
    r"probably\s+|absolutely\s+)?(?:crush|nail|handle|ace|do|manage|cope with)\s+(?:it|this|that|the job|the task)\b|"
    r"\b(?:don'?t|do not|doesn'?t|does not|won'?t)\s+need\s+(?:an?\s+)?(?:big|large|huge|giant|massive|70b)\s+"
    r"(?:models?|llms?)\b"
)
# a stronger model said to be needed for some of the work ("the contract review needs the best available")
STRONG_NEEDED = rx.compile(
    r"\b(?<!n't )(?<!not )(?<!no )(?:needs?|requires?|must have|has to be)\s+(?:an?\s+|the\s+)?(?:strong(?:er)?|"
    r"big(?:ger)?|large(?:r)?|frontier|"
    r"best|smart(?:er|est)?|top|premium)\b"
)
_NOT_SMALL = rx.compile(r"\b(?:not|n'?t|never|isn'?t|aren'?t)\b[^.;!?]{0,12}$")


def read_small_model_ok(t: str, result: ParseResult, quote: str, correction: bool = False) -> None:
    """Store that a small model is good enough when the user says so (and a strong open-weight bar beside it)."""
    m = SMALL_ENOUGH.search(t)
    if m is None or _NOT_SMALL.search(t[max(0, m.start() - 12) : m.start()]) or _asked_or_unsure(t, m.start(), m.end()):
        return
    if rx.search(r"\b(?:not|n'?t|never)\s+(?:\w+\s+)?(?:fine|ok|okay|enough|good enough|sufficient)\b", m.group(0)):
        return  # "a small model is not enough"
    if rx.match(
        r"\s*(?:for(?! (?:this|that|it|us|our (?:use case|needs)))|in theory|on paper|but|however|though|until|"
        r"at first)\b",
        t[m.end() :],
    ) or STRONG_NEEDED.search(t):
        return  # "a small model is fine for classification; the summaries need a strong model": for a part only
    if _someone_elses(t, m.start()) or "quality" in result.clarify or "simple_share" in result.fields():
        return  # "70% of the questions are easy, a small model would do": the bar of a share, not of the whole
    if any(u.field == "quality" and u.value == "frontier" for u in result.updates):
        return
    _put(result, "small_model_ok", True, quote, correction)
    if "quality" not in result.fields():
        _put(result, "quality", "open_weight_ok", quote, correction)


# a floor on the model's size ("a 70B-class model at minimum", "at least a 70B model", "nothing smaller than 70B"):
# from about 30B up, a strong open-weight model is the bar (a small one is below it)
SIZE_FLOOR = rx.compile(
    r"\b(?:at least|a minimum of|minimum of|no smaller than|nothing smaller than|not smaller than)\s+(?:an?\s+|the\s+)?"
    r"(?P<n>\d{2,3})\s?b\b|"
    r"\b(?:an?\s+)?(?P<m>\d{2,3})\s?b(?:[- ](?:class|parameter|param|size|sized|level|tier))?(?:\s+(?:model|llm))?\s+"
    r"(?:at (?:a |the )?minimum|minimum|or (?:bigger|larger|more|above|up))\b|"
    r"\b(?:anything|nothing|no model|models?) (?:smaller|less|below|under) (?:than )?(?:an?\s+)?(?P<k>\d{2,3})\s?b\b"
    r"(?:[^.;!?]{0,30}\b(?:won'?t|will not|wouldn'?t|doesn'?t|does not|isn'?t|is not|can'?t)\b)?"
)
STRONG_FLOOR_B = 30  # a floor from this size up rules small models out (models.toml: small is under about 30B)


def read_size_floor(t: str, result: ParseResult, quote: str, correction: bool = False) -> None:
    """A floor on the model's size from about 30B up: a strong open-weight model is the bar (frontier said stays)."""
    m = SIZE_FLOOR.search(t)
    if m is None or _asked_or_unsure(t, m.start(), m.end()) or _someone_elses(t, m.start()):
        return
    size = int(m["n"] or m["m"] or m["k"])
    if size < STRONG_FLOOR_B or "quality" in result.fields():
        return
    _put(result, "quality", "open_weight_ok", quote, correction)


# the model said good enough for one part and turned down for another, in the same sentence
MIXED_VERDICT = rx.compile(
    r"[^.;!?]{0,60}?\bbut\b[^.;!?]{0,60}?\b(?:rejected|refused|vetoed|turned (?:it |them )?down|said no|"
    r"(?:was|were|is|are)(?:n'?t| not) (?:good|fine|ok|okay|enough|acceptable|up to)|failed|flagged it|complained)\b"
)


def read_quality_bar(t: str, result: ParseResult, quote: str, correction: bool = False) -> list[tuple[int, int]]:
    """Store the quality a named model sets; return the spans of the models named as a bar (not in use, not
    candidates)."""
    lower: list[NamedModel] = []
    required: list[NamedModel] = []  # of those, the ones put as a requirement ("has to be at least as good as")
    upper: list[NamedModel] = []
    spans: list[tuple[int, int]] = []
    for start, end, model in _with_short_names(t, find_models(t)):
        if _asked_or_unsure(t, start, end):
            continue  # "is Llama as good as GPT-5?", "GPT-4o quality-ish? not sure": nothing stated
        before, after = _clause(t, start, end)
        if _someone_elses(t, start):
            continue  # "the old vendor promised GPT-4 quality", "Sales says Llama-level is fine, I disagree"
        if OTHERS.search(before):
            continue  # "my boss wants GPT-5 quality (but I think an open model would do)": not the user's bar
        if OFF_QUALITY.search(before + " " + after) and not ON_QUALITY.search(before + " " + after):
            continue  # "latency with gpt-4o-mini is good enough", "the data can go to Azure, gpt-4o there is fine"
        # "no less than", "not worse than": a floor, not a denial
        plain = FLOOR.sub(" at least ", before)
        denied = bool(NOT_NEEDED_BEFORE.search(plain) or NOT_NEEDED_AFTER.match(after))
        bar = bool(LOWER_BEFORE.search(plain) or LOWER_AFTER.match(after))
        if denied and (bar or _need_word(plain)):
            upper.append(model)
        elif bar and MIXED_VERDICT.match(t, end):
            # "Claude Haiku was fine for the telcos but the bank's QA team rejected it": enough for some, not all
            if "quality" not in result.clarify:
                result.clarify.append("quality")
            spans.append((start, end))
            continue
        elif bar:
            lower.append(model)
            suffices = SUFFICES_AFTER.match(after) or SUFFICES_BEFORE.search(plain)
            if not suffices and _required(plain, after):
                required.append(model)
        elif NOT_NEEDED_AFTER.match(after):
            upper.append(model)
        else:
            continue
        spans.append((start, end))
    if lower:
        reference = min(lower, key=lambda m: TIER_RANK[m.tier])  # "as good as X or Y": either will do
        # open models tried and found wanting put the bar above them, whatever model names the floor
        rejected = rx.search(OPEN_REJECTED, t)
        flagship = reference.tier == "strong" and not reference.open_weight and not SMALL_SIBLING.search(reference.slug)
        # a closed flagship as the floor required ("has to be at least as good as GPT-4o", "must match Sonnet"), not
        # said to suffice: the user asks for what they have, not for an open model that may only come close
        topmost = flagship and (UNCOMPROMISING.search(t) is not None or _top_wanted(t) or reference in required)
        quality = "frontier" if reference.tier == "frontier" or rejected or topmost else "open_weight_ok"
        _put(result, "quality_reference", reference.slug, quote, correction)
        if quality == "open_weight_ok" and reference.tier == "strong" and OPEN_DOUBT.search(t):
            result.updates = [u for u in result.updates if (u.field, u.value) != ("quality", "open_weight_ok")]
            if "quality" not in result.clarify:
                result.clarify.append("quality")  # a strong model's bar, open models doubted: ask
        else:
            _put(result, "quality", quality, quote, correction)
    elif any(m.tier == "frontier" for m in upper):
        _put(result, "quality", "open_weight_ok", quote, correction)  # "doesn't need to be GPT-5"
    return spans


# a model named again by its size word ("GPT-4.1 mini, and the quality of the mini is enough")
_SHORT_NAME = rx.compile(
    r"\b(?:the|that|this)\s+(?P<word>mini|nano|flash|haiku|lite|sonnet|opus)\b"
    r"(?=\s*(?:is|was|'s|would|will|does|did|works?|worked|model|one|[,.;!?]|$))"
)


def _with_short_names(t: str, found: Iterable[tuple[int, int, NamedModel]]) -> list[tuple[int, int, NamedModel]]:
    """The models named in ``t``, and the one named again by its size word after it."""
    models = list(found)
    for sm in _SHORT_NAME.finditer(t):
        earlier = [model for start, end, model in models if end <= sm.start() and sm["word"] in model.slug]
        if earlier and not any(start <= sm.start() < end for start, end, _ in models):
            models.append((sm.start(), sm.end(), earlier[-1]))
    return sorted(models, key=lambda x: x[0])


def _asked_or_unsure(t: str, start: int, end: int) -> bool:
    """The model is named in a question, or in a sentence the user is unsure of."""
    begin = max((t.rfind(c, 0, start) for c in ".!?\n"), default=-1) + 1
    stops = [i for i in (t.find(c, end) for c in ".!?\n") if i >= 0]
    stop = min(stops) if stops else len(t)
    sentence = t[begin:stop]
    return (stop < len(t) and t[stop] == "?") or bool(UNSURE.search(sentence) or scope.TO_BE_SETTLED.search(sentence))


def _someone_elses(t: str, start: int) -> bool:
    """The model is named in a clause that is another party's: hearsay, a vendor's promise, another company's or
    an earlier supplier's words, a view the user disputes."""
    return any(c.others and c.start <= start < c.start + len(c.text) for c in scope.chunks(t))


def _required(before: str, after: str) -> bool:
    """The floor is put as a requirement of the user's ("has to be at least", "bar: >= X", "X or better"), not
    denied ("we don't need"), and not met by an open model named before it ("Llama 70B matches GPT-4o")."""
    if any(m.open_weight for _, _, m in find_models(before)):
        return False
    return any(not NEED_DENIED.search(text[: m.start()]) for text in (before, after) for m in REQUIRED.finditer(text))


def _need_word(before: str) -> bool:
    return bool(
        rx.search(
            r"\b(?:need|needs|require|requires|necessary|have to|has to|must|gotta|want|without|instead of|rather than|"
            r"no)\b[^,.;!?]{0,40}$",
            before,
        )
    )


def _put(result: ParseResult, field: str, value: object, quote: str, correction: bool) -> None:
    result.updates = [u for u in result.updates if u.field != field]
    result.clarify = [f for f in result.clarify if f != field]
    result.updates.append(Update(field=field, value=value, quote=quote, correction=correction))


# The bar set by the model in use today, named only as such: "quality must be >= what we have now", "as good as our
# current model", "answers can't get worse than today", "no quality drop vs what we use".
_TODAY = (
    r"(?:what (?:we|i) (?:have|use|get|run|got|see|are using|'re using|are getting|'re getting)(?: now| today| "
    r"currently| at the moment| right now)?|what(?:'s| is) (?:in use|live|running|in production)(?: now| today)?|"
    r"(?:our|the) (?:current|existing|present|production|prod) (?:model|setup|provider|one|llm|quality|api|solution|"
    r"answers|results|vendor)|the (?:model|api|llm|one) we (?:use|have|run)(?: now| today| currently)?|"
    r"(?:it is|it's|we are|we're|we have) (?:now|today)|today(?:'s (?:model|quality|setup|answers|results|level))?|"
    r"current (?:quality|level|answers|results)|(?:the )?status quo|our baseline)"
)
CURRENT_BAR = rx.compile(
    r"(?:>=|≥|=>|\bat ?least\s+(?:as\s+" + _GOOD + r"\s+as\s+)?(?:(?:on par with|equal to|the same as)\s+)?|"
    r"\b(?:as|so|equally)\s+" + _GOOD + r"\s+as\s+|\b(?:no|not|nothing) (?:worse|less|lower) than\s+|"
    r"\bon par with\s+|\b(?:match|matches|matching|equal to|same (?:quality|level) as|the same as|par with)\s+|"
    r"\b(?:can'?t|cannot|must not|mustn'?t|shouldn'?t|should not|may not|won'?t accept)\s+(?:get |be |go |drop )?"
    r"(?:any )?(?:worse|lower|below)\s+(?:than\s+)?|\bno (?:quality )?(?:drop|regression|downgrade|loss)s?\s+"
    r"(?:from|vs\.?|versus|compared to|relative to|against)\s+|\b(?:not|never)\s+below\s+)\s*" + _TODAY + r"\b",
    re.IGNORECASE,
)
# "keep the same quality", "quality has to stay where it is", "no quality drop": the bar is today's too
SAME_QUALITY = rx.compile(
    r"\b(?:keep|maintain|preserve|retain)\s+(?:the\s+)?(?:same\s+)?(?:current\s+)?(?:answer\s+)?(?:quality|accuracy)"
    r"(?:\s+(?:we have|as now|as today|as is|level))?\b|"
    r"\b(?:quality|accuracy|answers?)\s+(?:\w+\s+){0,2}?(?:stay|stays|remain|remains)\s+(?:the same|where it is|as is|"
    r"as (?:good as )?(?:it is )?(?:now|today))|"
    r"\bno (?:drop|dip|loss|regression|downgrade) in (?:answer\s+)?(?:quality|accuracy)\b|"
    r"\b(?:quality|accuracy) (?:can'?t|cannot|must not|mustn'?t|shouldn'?t|should not|may not) "
    r"(?:drop|go down|get worse|degrade|regress|suffer)\b|"
    # the model just named as the floor: "Claude 3.5 Sonnet, ~$22K/month. Nothing below that quality", "quality:
    # can't drop below this"
    r"\b(?:nothing|no(?:thing)? (?:model|one)|not(?: going)?|never) (?:below|under|worse than|less than|weaker than) "
    r"(?:that|this|its|their) (?:quality|level|bar)\b|"
    r"\b(?:can'?t|cannot|must not|mustn'?t|won'?t|shouldn'?t|may not) (?:go|drop|fall|slip) (?:any )?(?:below|under) "
    r"(?:this|that|it)\b",
    re.IGNORECASE,
)
# the quality of the model in use said to be enough ("we self-host Llama 3 70B ... and the quality is fine"): for an
# open-weight model in use, open weights are good enough
QUALITY_FINE = rx.compile(
    r"\b(?:the |its |our )?(?:quality|answers?|outputs?|results?)(?:'s| is| are| has been| have been) (?:\w+ )?"
    r"(?:fine|good enough|ok|okay|great|solid|acceptable|sufficient|more than enough)\b|"
    r"\b(?:it'?s|it is|works|working) (?:\w+ )?(?:fine|good enough|well enough)\b",
    re.IGNORECASE,
)
_QUALITY_WORD = rx.compile(r"\b(?:quality|accura\w+|answers?|outputs?|results?|responses?|smart|good|capab\w+)\b", re.I)


def bar_at_current(t: str) -> bool:
    """The quality bar is the model in use today, named only as such (which model that is, an earlier message may
    say). Asked, unsure or another party's bars, and bars on anything but quality, are not the user's bar."""
    for pattern, needs_word in ((CURRENT_BAR, True), (SAME_QUALITY, False)):
        for m in pattern.finditer(t):
            if _asked_or_unsure(t, m.start(), m.end()) or _someone_elses(t, m.start()):
                continue
            before, after = _clause(t, m.start(), m.end())
            if OFF_QUALITY.search(before + " " + after) and not ON_QUALITY.search(before + " " + after):
                continue  # "latency no worse than today"
            if needs_word and not _QUALITY_WORD.search(before + " " + m.group(0) + " " + after):
                continue  # "at least what we have now" of something unnamed: nothing said of quality
            return True
    return False


def read_bar_at(model: NamedModel, result: ParseResult, quote: str, correction: bool = False) -> None:
    """Store the quality set by ``model`` as the bar, named as today's: its tier's quality and the model itself.
    Today's quality is asked to be kept, a requirement: a closed flagship in use ("we're on Claude 3.5 Sonnet ...
    quality can't drop") asks for what they have, ``frontier``, as a flagship named as a required floor does."""
    flagship = model.tier == "strong" and not model.open_weight and not SMALL_SIBLING.search(model.slug)
    _put(result, "quality_reference", model.slug, quote, correction)
    _put(result, "quality", "frontier" if model.tier == "frontier" or flagship else "open_weight_ok", quote, correction)
