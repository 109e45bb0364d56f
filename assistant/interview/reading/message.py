"""``parse_message``: one user message read into profile facts. Intents first, then quantities, categorical
facts by rule and classifier, answers written as "topic = value", models, adapters, deadlines and peaks; a
correction's own statement read again without its preamble.
"""

from __future__ import annotations

import itertools
import re
from typing import Any, get_args

import assistant.interview.patterns as rx
from assistant.interview import classifier, cues, scope
from assistant.interview.deadline import read_deadline
from assistant.interview.quantities.bare_counts import size_question
from assistant.interview.quantities.context import Reading
from assistant.interview.quantities.corrections import corrected_inline
from assistant.interview.quantities.latency import NO_TARGET
from assistant.interview.quantities.one_off import as_a_month, one_off_said, spread_as_a_month
from assistant.interview.quantities.peak import hour_share_peak, read_peak
from assistant.interview.quantities.people import EARLIER_HEADS
from assistant.interview.quantities.read import read_quantities
from assistant.interview.quantities.window import rate_hours_a_day, read_window, window_peak
from assistant.interview.quantities.words import Normalized, normalize, onshore, polite_rules
from assistant.interview.quantities.workloads import LISTED_VOLUME, SIZE_FIELDS, combine, parts
from assistant.interview.reading.answers import _bare_answers
from assistant.interview.reading.categorical import MIXED_TIMING, _own_adapters, air_gap_both, rule_facts
from assistant.interview.reading.intents import INTENTS, hearsay_beside_facts
from assistant.interview.reading.languages import read_languages
from assistant.interview.reading.model_mentions import _models
from assistant.interview.reading.quality_bar import (
    QUALITY_FINE,
    SMALL_SIBLING,
    bar_at_current,
    read_bar_at,
    read_quality_bar,
    read_size_floor,
    read_small_model_ok,
)
from assistant.interview.reading.region import (
    HOME_COUNTRY,
    country_without_region,
    named_country,
    named_place,
    permits_places,
    read_region,
    rule_country,
    spelled_codes,
)
from assistant.interview.reading.result import ParseResult, Update
from assistant.interview.reading.vendor_home import PERMITS, excluded_homes
from assistant.interview.scope_parties import ELSEWHERE_BEFORE, REPORTED, SPEAKING_FOR_CLIENT
from assistant.vocab import DataBoundary, region_words
from tools.model_names import find_models, named_model
from tools.numbers import format_tokens
from tools.results import Conventions

# "compliance = none", "batch: fine", "team - me + 1 backend guy": a topic, then its answer.
LABELS: list[tuple[str, str]] = [
    (
        r"(?:compliance|complian\w*|regs?|regulations?|regulatory|regimes?|certs?|certifications?)(?: regimes?| "
        r"requirements?| rules| stuff| needs| frameworks?| obligations?| wise| for (?:\w+ ){0,2}\w+)?",
        "compliance",
    ),
    (r"batch(?:[- ]ok)?|async|overnight|can (?:it )?wait|waiting", "batch_ok"),
    (r"(?:fine[- ]?tun\w*|finetun\w*)(?: (?:on|of|with|for) [\w' ]{1,30})?|custom training|training", "fine_tuning"),
    (r"(?:model )?quality|model(?: tier)?|tier", "quality"),
    (r"traffic(?: shape| pattern)?|load(?: pattern)?|usage pattern", "traffic_shape"),
    (r"team|staff|people|headcount|ml (?:engineers|people|team)", "team"),
    (
        r"data(?: boundary)?|boundary|data location|hosting|where (?:it|data) (?:can )?(?:go|live)|(?:allowed |ok )?"
        r"(?:vendors?|providers?|third[- ]part(?:y|ies)|external apis?)(?: allowed| ok)?",
        "data_boundary",
    ),
]
LABELLED = rx.compile(
    r"(?:^|[,;.\n]|(?<=\s)/\s)[\s*•>-]*(?:\d[.)]\s*)?(?P<key>[a-z][a-z0-9 /'-]{0,40}?)\s*(?P<sep>=|:|->|\s-\s|\?|"
    r"\s(?=(?:lol|lmao|haha\w*|tbh|obvs|obviously)\b))\s*(?P<val>[^,;.\n=:/]+)"
)
# fine-tuning opening a line and answered after a comma ("Fine-tuning, I don't know, maybe later.")
TUNING_LEAD = rx.compile(r"(?:^|[.\n])\s*(?P<key>fine[- ]?tun\w*|finetun\w*)(?P<sep>\s*,)\s*(?P<val>[^.\n]+)")
# a wish for what tuning might bring, nothing decided ("would love NPCs that stay in character better")
TUNING_WISH_ONLY = rx.compile(
    r"\s*(?:we\s+|i\s+)?(?:would|'d)\s+(?:love|like)\b|\s*(?:maybe|possibly|perhaps|if it helps)\b"
)
# The answer after a topic put as a question runs on to the next sentence ("Compliance regime? Our own paranoia. No
# formal one."): read up to two more sentences when the first says nothing.
ANSWER_RUN = rx.compile(r"[^\n]*?(?:[.!?](?=\s|$)[^\n]*?){0,2}(?:[.!?](?=\s|$)|$)")
TEAM_KEYS = rx.compile(
    r"k8s|kubernetes|gpus?(?: in prod(?:uction)?)?|gpu infra|gpu experience|mlops(?: team)?|ml ?ops(?: team)?|"
    r"ml platform(?: team)?"
)

# work by night beside the day's ("... but also a nightly job", "plus an overnight batch")
NIGHT_WORK_TOO = rx.compile(r"\b(?:also|plus|as well as)\b[^.;!?]{0,30}?\b(?:nightly|overnight|night[- ]?time)\b")
# the workload's own traffic said to be unknown ("idk what our own traffic looks like", "its pattern is not analysed")
TRAFFIC_UNKNOWN = rx.compile(
    r"\b(?:no idea|(?:don'?t|do not|dont) (?:really )?know|idk|not sure|unsure|haven'?t (?:\w+ )?(?:looked|dug|checked|"
    r"analy[sz]ed|measured))\b[^.;!?]{0,30}?\b(?:its|our own|this (?:one|tool|thing)'?s?)\s+(?:own\s+)?(?:platform\s+)?"
    r"(?:traffic|pattern|load|usage)\b|"
    r"\b(?:its|our own)\s+(?:own\s+)?(?:platform\s+)?(?:traffic|pattern|load|usage)\b[^.;!?]{0,40}?\b(?:unknown|"
    r"not (?:yet )?(?:been )?(?:analy[sz]ed|measured|known)|tbd)\b|"
    # "next year ... traffic would be more 24 hours, but today I don't know how it is"
    r"\b(?:next year|would be|once we)\b[^.]{0,80}\b(?:today|now|for now)\b[^.;!?]{0,5}?\b(?:i|we) (?:don'?t|do not|"
    r"dont) "
    r"(?:really )?know\b"
)
# ... unless the traffic of today is said beside it ("no idea about next year, but today traffic is steady")
TRAFFIC_TODAY = rx.compile(
    r"\b(?:today|now|currently|right now|at the moment|these days)\b[^.;!?]{0,20}?\b(?:traffic|"
    r"load|"
    r"usage)\b[^.;!?]{0,15}?\b(?:is|are|'s|runs?|looks?)\b"
)
UNHEARD = rx.compile(r"\W*(?:what'?s that|what is that|what'?s this|never heard of (?:it|that)|no clue|no idea|huh)\b")
# a practice named as makeshift ("our mlops = a notebook and a prayer", "k8s: a raspberry pi lol"): none of it
MAKESHIFT = rx.compile(
    r"\W*(?:just |only |basically |literally )?(?:an? |some |our |my )?(?:(?:jupyter )?notebooks?|cron\w*|(?:bash )?"
    r"scripts?|excel|spreadsheets?|prayers?|duct tape|vibes|hope|hopes and prayers|manual\w*|ssh|a guy|yolo|nothing|"
    r"nada|zilch)\b"
)


# a small model named beside a share of simple requests is what that share needs; a bar for the rest is said with
# the kind of model it allows ("open-weight is fine for the rest", "Llama is enough") or a model's name
SMALL_MODEL = rx.compile(
    r"\b(?:small|smaller|tiny|tinier|cheap|cheaper|mini|little|lightweight|light|basic|dumb|budget)\s+"
    r"(?:\w+\s+)?(?:models?|llms?)\b"
)
NAMED_BAR = rx.compile(r"\bopen[- ]?(?:source|weights?)\b|\b(?:llama|mistral|qwen|deepseek|gemma|gpt|claude|gemini)\b")


# a place the data should ideally stay in, then what is allowed after all ("ideally the data stays in Brazil... but
# actually our lawyer says with the DPA it's ok to use an API in the US")
# two places of their own offered as the choice ("Either on-prem in our Riyadh DCs or a cloud region in KSA under
# our own account")
EITHER_PLACE = rx.compile(
    r"\beither\b[^.;!?]{0,60}?\b(?:on[- ]?prem\w*|our (?:own )?(?:servers|dcs?|data ?cent\w*))\b[^.;!?]{0,30}?\bor\b"
    r"[^.;!?]{0,80}?\b(?:our (?:own )?(?:account|tenant|subscription|vpc|cloud)|own account)\b|"
    r"\beither\b[^.;!?]{0,80}?\b(?:our (?:own )?(?:account|tenant|subscription|vpc|cloud))\b[^.;!?]{0,30}?\bor\b"
    r"[^.;!?]{0,60}?\b(?:on[- ]?prem\w*|our (?:own )?(?:servers|dcs?|data ?cent\w*))\b",
    re.IGNORECASE,
)
# one cloud provider allowed by whoever decides, on terms ("our GC is comfortable with Azure in UK South under our
# enterprise agreement, provided nothing is retained")
ONE_CLOUD_ALLOWED = rx.compile(
    r"\b(?:comfortable|ok|okay|fine|happy|approved|signed off|allowed|permitted|cleared)\s+(?:with|on|for)\s+"
    r"(?:using\s+)?(?:microsoft\s+)?(?:azure|aws|amazon bedrock|bedrock|gcp|google cloud|vertex(?: ai)?)"
    r"(?:\s+openai)?\b"
    r"(?=[^.;!?]{0,80}\b(?:under our|in our|our (?:own )?(?:tenant|account|subscription|enterprise agreement|ea|"
    r"contract)|provided|as long as|only if|on condition|so long as|(?:uk|eu|us) (?:south|west|east|north|central)|"
    r"region)\b)",
    re.IGNORECASE,
)
WISHED_THEN_ALLOWED = rx.compile(
    r"\b(?:ideally|preferably|prefer(?:ably|red)?|would rather|if possible|nice to have|would be (?:nice|ideal|"
    r"better))\b[^.!?]{0,80}\b(?:stay|stays|kept|keep|remain|remains|hosted|processed|stored)\b[^!?]{0,120}?\bbut\b"
    r"[^.!?]{0,100}\b(?:(?:is|are|it'?s|its|be) (?:ok|okay|fine|allowed|acceptable)|(?:ok|okay|fine|allowed) to "
    r"(?:use|send|go)|can (?:use|go)|no problem)\b"
)


# a wish said not to be a rule ("EU hosting preferred, not required", "we'd rather keep it in the US, but it's not
# a hard requirement"): no residency rule
WISH_NOT_RULE = rx.compile(
    r"\b(?:ideally|preferabl[ey]|prefer(?:red|s)?|would rather|'d rather|if possible|nice to have|would be (?:nice|"
    r"ideal|better))\b[^.!?]{0,80}?\b(?:not (?:a |an )?(?:hard |strict |legal )?(?:required|requirement|must|mandatory|"
    r"rule|obligation)|no (?:hard |strict |legal )?(?:requirement|rule|obligation)|optional)\b"
)


# a limit said by missing it, on the first words ("if it doesn't start answering within 500 ms users leave")
MISSED_START = rx.compile(
    r"\bif\s+(?:\S+\s+){0,3}?(?:doesn'?t|doesnt|does not|don'?t|dont|do not|isn'?t|isnt|can'?t|cant|won'?t|wont|"
    r"fails? to|never)\s+(?:even\s+)?(?:start(?:s|ing)?|begin(?:s)?)\s+(?:to\s+)?(?:talk|speak|answer|repl|respond|"
    r"stream|typ|show|writ|generat|print)\w*"
)
# spikes this many times the average make traffic bursty, whatever runs between them
BURSTY_PEAK = 4.0
SPIKES = rx.compile(
    r"\b(?:spik\w+|burst\w*|surg\w+|explod\w+|jumps?|shoots? up|goes crazy|blows? up|rush\w*|flood\w*)\b"
)


# a wish with no rule beside it ("we'd rather keep it in the US if we can", "ideally data stays in the EU"): a
# preference, noted, not a constraint that excludes offers
WISH_ONLY = rx.compile(
    r"\b(?:ideally|preferabl[ey]|would rather|'d rather|rather (?:keep|have|stay|host)|if (?:at all )?possible|"
    r"if we can|where (?:possible|we can)|when possible|nice to have|would be (?:nice|ideal|better|good)|"
    r"would prefer|'d (?:just )?prefer|we prefer|prefer to|(?:it'?s|is) better (?:that |if )?(?:the )?data|"
    r"not sure (?:if|whether) (?:it'?s |it is |is |that'?s )?(?:obligatory|mandatory|required|a requirement|a must|"
    r"compulsory)|(?:only|just) (?:a )?recommendation)\b"
)
STRONG_RULE = rx.compile(
    r"\b(?:must|has to|have to|got to|required|requirement|mandatory|law|laws|legal\w*|regulat\w+|can ?not|can'?t|"
    r"cant|not allowed|never|forbidden|prohibited|obliged|obligation|contract\w*|compliance)\b"
)


# back on the model used before a trial ("so we switched back", "we reverted", "went back to what we had")
SWITCHED_BACK = rx.compile(
    r"\b(?:switched|went|moved|changed|rolled|came) back\b|\breverted\b|\bstuck with (?:it|what we (?:had|have))\b|"
    r"\bback to (?:the old|our old|what we had|the previous|the original)\b"
)


# tokens added to every request's input, on top of a size said before
ADDED_INPUT = rx.compile(
    r"\b(?:adds?|adding|another|a further|an extra|an additional|plus|on top)\s+(?:(?:a further|another|an? extra|an? "
    r"additional|of)\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|~\s*)?(?P<n>\d[\d,]*)\s*(?P<k>k\b)?\s*tokens?\b"
    r"[^.;!?]{0,40}?\b(?:to|on|per|for|in|with)\s+(?:every|each|all|the|any)\s+(?:single\s+)?(?:query|queries|request|"
    r"requests|call|calls|prompt|prompts|message|messages|question|questions)\b"
)
NO_SPIKES = rx.compile(r"\bno (?:real |big |major )?(?:peaks?|spikes?|bursts?)\b", re.IGNORECASE)
# the weekend's own traffic said as a figure ("weekends are around 40,000 per day", "on weekends maybe 20k")
WEEKEND_FIGURE = rx.compile(
    r"\bweekends?\b(?! (?:are|is) (?:dead|quiet|off|closed|empty))[^.;!?\d]{0,30}?(?:more like |around |about |"
    r"roughly |maybe |~\s*)\d|\bweekends?\s+(?:are|is|have|has|get|see|run|do)?\s*\d|"
    r"\bon (?:the )?weekends?,? (?:we (?:get|see|have|do) )?(?:more like |around |about |roughly |maybe |~\s*)?\d"
)


# a share of the day's traffic in a window at this multiple of the average hour or more is a burst, not office hours
# (an 8-hour working day carrying all the traffic is 3x)
BURST_MULTIPLE = 4.0


def _wish_only(held: str) -> bool:
    """The message wishes the data stayed somewhere and states no rule: a preference, not a residency rule."""
    low = held.lower()
    return bool(WISH_ONLY.search(low)) and not STRONG_RULE.search(low)


# around the clock with a mild daytime bump ("round the clock, busier during the day but not dramatically"): steady
AROUND_CLOCK = rx.compile(
    r"\b(?:24/7|24x7|24 ?hours?|round[- ]the[- ]clock|around the clock|never stops|all day and night|"
    r"day and night|nonstop|non-stop)\b"
)
MILD_BUMP = rx.compile(
    r"\b(?:a bit|a little|slightly|somewhat|mildly|marginally|a touch|modestly)\s+(?:busier|higher|more|heavier)\b|"
    r"\b(?:busier|higher|heavier|more traffic|peaks?)\b[^.;!?]{0,40}?\bbut not (?:dramatically|much|hugely|massively|"
    r"a lot|that much|by much|crazy|wildly|hugely so)\b"
)


def _said_where(clean: str, pattern: re.Pattern[str]) -> str:
    """The user's sentence holding what ``pattern`` finds (its quote), else the message's start."""
    m = pattern.search(clean.lower())
    if m is None:
        return clean[:200]
    start = max(clean.rfind(x, 0, m.start()) for x in ".;!?\n") + 1
    stops = [i for i in (clean.find(x, m.end()) for x in ".;!?\n") if i >= 0]
    return clean[start : min(stops) if stops else len(clean)].strip()[:200]


def _mild_daytime(t: str, clean: str, result: ParseResult) -> None:
    """Traffic around the clock, a little busier by day: steady (asked before, as both steady and daytime)."""
    if "traffic_shape" not in result.clarify or "traffic_shape" in result.fields():
        return
    if AROUND_CLOCK.search(t) and MILD_BUMP.search(t):
        result.clarify = [c for c in result.clarify if c != "traffic_shape"]
        result.updates.append(Update(field="traffic_shape", value="steady", quote=_said_where(clean, AROUND_CLOCK)))


def _spiky(t: str, clean: str, result: ParseResult) -> None:
    """ "24/7 but spikes 10x+ when the market dumps": a baseline around the clock under spikes of that size is bursty
    traffic (read steady, or asked as steady and spiky at once)."""
    peak = next((float(u.value) for u in result.updates if u.field == "peak_to_average"), None)
    shape = next((u for u in result.updates if u.field == "traffic_shape"), None)
    if peak is None or peak < BURSTY_PEAK or not SPIKES.search(t) or (shape is not None and shape.value != "steady"):
        return
    result.updates = [u for u in result.updates if u.field != "traffic_shape"]
    result.clarify = [c for c in result.clarify if c != "traffic_shape"]
    quote = shape.quote if shape is not None else _said_where(clean, SPIKES)
    result.updates.append(Update(field="traffic_shape", value="bursty", quote=quote))


def _tuning_label_answered(val: str, facts: dict[str, Any], conventions: Conventions) -> None:
    """Fine-tuning named as a topic, then answered ("Fine-tuning - skip, don't know what that is", "fine-tune on client
    code: not allowed ..., so no"): the label's own word is no need; the answer decides (none said: no fact)."""
    sub = parse_message(val, ["fine_tuning"], conventions, nested=True)
    said = next((u.value for u in sub.updates if u.field == "fine_tuning"), None)
    if said is None or said is False or TUNING_WISH_ONLY.match(val):
        facts.pop("fine_tuning")
        if said is False:
            facts["fine_tuning"] = False


def _labelled(t: str, facts: dict[str, Any], unclear: list[str], conventions: Conventions) -> None:
    """Answers written as "topic = value": the value read as a bare answer to that topic's question."""
    for m in [*LABELLED.finditer(t), *TUNING_LEAD.finditer(t)]:
        key = rx.sub(r"^(?:our|my|the)\s+", "", m["key"].strip())  # "our mlops = a notebook and a prayer"
        if TEAM_KEYS.fullmatch(key):
            # "k8s: no", "gpus - yes", "mlops team - none": the key's own fact, read as "k8s no"
            val = m["val"].strip()
            if UNHEARD.match(val) or (rx.match(r"(?i:ml ?ops|mlops)\b", key) and MAKESHIFT.match(val)):
                val = "no"  # "mlops? what's that lol": never heard of it, so the team has none
            sub = parse_message(f"{key} {val}", [], conventions, nested=True)
            said: dict[str, Any] = next((u.value for u in sub.updates if u.field == "team"), {})
            if said:
                facts["team"] = {**(facts.get("team") or {}), **said}
            continue
        field = next((f for pattern, f in LABELS if rx.fullmatch(pattern, key)), None)
        if field is None:
            continue
        if field in facts:
            if field == "fine_tuning" and facts[field] is True:
                run = rx.match(r"[^.;!?\n]+", t[m.start("val") :])  # (the answer to the sentence's end)
                _tuning_label_answered((run.group(0) if run else m["val"]).strip(), facts, conventions)
            continue
        sub = parse_message(m["val"].strip(), [field], conventions, nested=True)
        if m["sep"] == "?" and not any(u.field == field for u in sub.updates) and field not in sub.clarify:
            run = ANSWER_RUN.match(t, m.start("val"))
            if run is not None and len(run.group(0)) > len(m["val"]):
                sub = parse_message(run.group(0).strip(), [field], conventions, nested=True)
        for u in sub.updates:
            if u.field == field:
                facts[field] = u.value
                if field in unclear:  # the labelled answer settles what the rest of the message left unclear
                    unclear.remove(field)
        if field in sub.clarify and field not in facts:
            unclear.append(field)


def _sum_workloads(
    clean: str, t: Normalized, expecting: list[str], conventions: Conventions, assume_stated: bool, q: Reading
) -> None:
    """A message listing several workloads, each with its own volume: the volume is their sum, the mix that
    of the whole, and no one workload's request size stands for all of them (``t``: ``normalize(clean)``)."""
    pieces = parts(corrected_inline(t) or clean)  # "... 2,500 documents, not 3,500": read with 2,500
    if len(pieces) < 2:
        return
    pieces = [pieces[0], *(_another_like(before, piece) for before, piece in itertools.pairwise(pieces))]
    readings: list[dict[str, Any]] = []
    counts: list[dict[str, Any]] = []  # parts that are a count whose size is not said ("support: 2k tickets a day")
    for piece in pieces:
        r = read_quantities(piece, expecting, conventions, assume_stated)
        if "tokens_per_month" in r.clarify or (r.pending and "requests" not in r.pending):
            return  # one part's volume is unclear: the message is read as a whole, as before
        got = {name: value for name, value, _quote, _note in r.updates}
        if "tokens_per_month" in got:
            readings.append(got)
        elif r.pending:
            counts.append(r.pending)
    if counts and readings:
        # "first, chat: 20M tokens a day. second, support: 2k tickets a day": the chat's volume now, the tickets'
        # size asked and their volume added when it comes (never the chat's volume taken for the whole)
        _ask_parts_waiting(q, counts)
    whole = combine(readings) if len(readings) >= 2 else (readings[0] if counts and readings else None)
    if whole is None:
        return
    sides = _sides_as_parts(pieces, readings)
    if sides is not None:
        whole = {**whole, "input_share": sides}
    volumes = " + ".join(format_tokens(float(r["tokens_per_month"])) for r in readings)
    note = f"{volumes} tokens a month, the {len(readings)} workloads added up" if len(readings) > 1 else None
    dropped = {"tokens_per_month", "input_share", *SIZE_FIELDS}
    q.updates = [u for u in q.updates if u[0] not in dropped]
    q.updates.append(("tokens_per_month", whole["tokens_per_month"], clean[:200], note))
    if "input_share" in whole:
        q.updates.append(("input_share", whole["input_share"], clean[:200], None))
    q.clarify = [f for f in q.clarify if f not in dropped]


# "Roughly 10M tokens a day. Actually that's just input; output adds maybe another 2M/day": the two parts are the two
# sides of one workload
ONE_SIDE_ONLY = rx.compile(
    r"\b(?:just|only|purely|all)\s+(?:the\s+)?(?P<side>input|output|prompts?|completions?)\b|"
    r"\b(?P<side2>input|output)\s+only\b",
    re.IGNORECASE,
)


def _sides_as_parts(pieces: list[str], readings: list[dict[str, Any]]) -> float | None:
    """The input share, when a message's two volumes are its input and its output ("that's just input; output adds
    another 2M"); else None."""
    if len(pieces) != 2 or len(readings) != 2:
        return None
    only = ONE_SIDE_ONLY.search(pieces[0]) or ONE_SIDE_ONLY.search(pieces[1][:40])
    if only is None:
        return None
    said = (only["side"] or only["side2"]).lower()
    first_in = said.startswith(("input", "prompt"))
    other = r"\b(?:output|completions?|answers?|responses?)\b" if first_in else r"\b(?:input|prompts?)\b"
    if not rx.search(other, pieces[1], re.IGNORECASE):
        return None
    a, b = float(readings[0]["tokens_per_month"]), float(readings[1]["tokens_per_month"])
    return a / (a + b) if first_in else b / (a + b)


# "... plus a nightly summarisation job that's another 4M": a bare figure said as "another", in the unit and period of
# the volume before it
ANOTHER_BARE = rx.compile(
    r"\b(?:another|plus|adds?|adding)\s+(?:another\s+|an extra\s+)?(?:about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?"
    r"\d[\d.,]*\s*(?P<mag>k|m|b|bn|million|billion)\b"
    # its own period said ("plus 50M a month for summaries"), or nothing counted after it but "more", "on top"
    r"(?:(?P<period>\s*(?:a|per|/|every|each)\s*(?:day|week|month|year)\b|\s+(?:daily|weekly|monthly))|"
    r"(?=\s*(?:$|[,.;:!?)]|(?:more|extra|on top|in addition|as well|too|besides)\b)))",
    re.IGNORECASE,
)


def _another_like(before: str, piece: str) -> str:
    """``piece`` with a bare "another 4M" ("plus 50M a month", "adds another 50M on top") given the tokens and the
    period of the volume said in ``before``."""
    said = ANOTHER_BARE.search(piece)
    volume = next((m for m in LISTED_VOLUME.finditer(before) if m["tok"]), None)
    if said is None or volume is None or (volume["mag"] or "").lower()[:1] != said["mag"].lower()[:1]:
        return piece  # (a figure of another size than the volume's: "another 500" after "2M tokens a day")
    if said["period"]:
        return piece[: said.end("mag")] + " tokens" + piece[said.end("mag") :]  # "plus 50M tokens a month"
    unit = volume.group(0)[volume.start("tok") - volume.start() :]  # "tokens/day", "tokens a day"
    return piece[: said.end()] + " " + unit + piece[said.end() :]


def _ask_parts_waiting(q: Reading, counts: list[dict[str, Any]]) -> None:
    """The counts of the message's other workloads, their sizes asked one after the other, each volume to be added
    to the one said."""
    first, rest = counts[0], counts[1:]
    q.pending = {**first, "adds": True, **({"waiting": rest} if rest else {})}
    q.confirm = size_question(str(first.get("unit") or "request"))


# A list marker opening a line ("- 2 ML engineers", "* HIPAA", "2) no fine-tuning" in a list of lines) is layout,
# not a minus sign nor a figure: each item stays its own line (a sentence of its own for the scope rules).
BULLET = rx.compile(r"(?m)^[ \t]*(?:[-*\u2022\u00b7\u25aa\u25cf]|>+)[ \t]+")
NUMBERED = rx.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+(?=[^\W\d])")
# bullets within a line ("Constraints: • data in the US • SOC 2 for any vendor • not subject to HIPAA"): each item its
# own clause, so a denial in one ("no model training ...") reaches no other
INLINE_BULLET = rx.compile(r"(?P<colon>:)?[ \t]+[\u2022\u00b7\u25aa\u25cf][ \t]+")


# "mle=3 sre=2 k8s=yes": key = value pairs run together with spaces; each pair is its own item.
PAIR = rx.compile(r"(?<![\w=])[A-Za-z][\w/.+-]*\s*=\s*[^\s,;=]+")
PAIR_GAP = rx.compile(r"(=[ \t]*[^\s,;=]+)[ \t]+(?=[A-Za-z][\w/.+-]*[ \t]*=[ \t]*[^\s,;=])")


# "ML: none, DevOps: 2", "k8s - yes, GPUs - no": labelled items in a comma list.
LABEL = rx.compile(r"(?<![\w:])[A-Za-z][\w/.+-]*(?: [A-Za-z][\w/.+-]*){0,2}[ \t]*(?::|=|[ \t]-)[ \t]*[^\s,;:=]")
LABEL_GAP = rx.compile(
    r"((?::|=|[ \t]-)[ \t]*(?:none|no|nope|nah|zero|nothing|n/a|never|not really))[ \t]*,(?=[ \t]*[A-Za-z])", re.I
)


# a heading that denies the list after it ("Not required: • HIPAA • SOC 2", "None of these apply: • ...")
DENYING_HEADING = rx.compile(r"(?i)(?:\b(?:not|none|no|never|neither|nor|excluded?|out of scope)\b|n'?t\b)[^:]*:?\s*$")


def _inline_items(line: str) -> str:
    """A line's bullets as its own clauses, unless its heading denies them all."""
    first = INLINE_BULLET.search(line)
    if first is None:
        return line
    if DENYING_HEADING.search(line[: first.start() + 1]):
        return line  # the heading's denial reaches every item, as the bullets leave it
    return INLINE_BULLET.sub(lambda m: ": " if m["colon"] else "; ", line)


# a Markdown table: its rows ("| Requests / month | ~1.8M |"), the line under its header ("|---|---|")
TABLE_SEPARATOR = rx.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
TABLE_ROW = rx.compile(r"^\s*\|.*\|\s*$")
# a header's cells that name the columns, not a fact ("| Item | Value |", "| Topic | Answer |", "| Team | |")
HEADER_WORDS = {"", "value", "values", "answer", "answers", "details", "detail", "notes", "note", "info", "response"}


def _untable(text: str) -> str:
    """A Markdown table as one sentence a row ("| Avg input tokens | 900 |" as "Avg input tokens: 900."), its
    separator line dropped, its header row too when it only names the columns. A table flattened onto one line (its
    rows run together, "| a | b | |---|---| | c | d |") is split back into rows first."""
    if "|" not in text or not rx.search(r"\|\s*:?-{3,}", text):
        return text
    lines: list[str] = []
    for line in text.split("\n"):
        if line.count("|") >= 4 and rx.search(r"\|\s+\|", line.strip()):  # rows run together on one line
            lines += ["|" + row.strip() + "|" for row in rx.split(r"\|\s+\|", line.strip().strip("|"))]
        else:
            lines.append(line)
    out: list[str] = []
    for k, line in enumerate(lines):
        if TABLE_SEPARATOR.match(line):
            continue
        if not TABLE_ROW.match(line):
            out.append(line)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        header = k + 1 < len(lines) and TABLE_SEPARATOR.match(lines[k + 1]) is not None
        if header and all(c.lower() in HEADER_WORDS or i == 0 for i, c in enumerate(cells)) and len(cells) > 1:
            if cells[0].lower() not in {"item", "topic", "key", "field", "question", "what", "metric", "parameter"}:
                out.append(cells[0] + ":")  # "| Team | |": what the rows below are about
            continue
        key, values = cells[0], [c for c in cells[1:] if c]
        row = f"{key}: {', '.join(values)}" if values else key
        out.append(row if row.endswith((".", "!", "?")) else row + ".")
    return "\n".join(out)


def _table_on_one_line(text: str) -> str:
    """A table pasted onto one line, its rows run together ("| Users | 60 engineers | | Questions | ~25 per engineer
    per shift |"), as labelled items: "Users: 60 engineers. Questions: ~25 per engineer per shift." """
    if "\n" in text or len(rx.findall(r"\|\s*\|", text)) < 2:
        return text
    start = text.find("|")
    rows = [r for r in rx.split(r"\|\s*\|", text[start:]) if r.strip(" |")]
    said = []
    for row in rows:
        cells = [c.strip() for c in row.strip(" |").split("|") if c.strip()]
        if len(cells) == 2:
            said.append(f"{cells[0]}: {cells[1].rstrip('.')}.")
        elif cells:
            said.append(", ".join(cells).rstrip(".") + ".")
    return (text[:start] + " " + " ".join(said)).strip()


def _unpiped(text: str) -> str:
    """Labelled items set apart by pipes on one line ("model: claude-3.5-sonnet | monthly spend: $42,500 | budget:
    $30,000", "* Users: 12,000 MAU | * Sessions/user/month: 8"), each on a line of its own (a table is read before)."""
    if len(rx.findall(r"\s\|\s", text)) < 2:
        return text
    label = r"\s*\*?\s*[\w /&().-]{1,30}?\s*[:=]"
    items = rx.split(r"[ \t]+\|[ \t]+(?=" + label + ")", text)  # (an item with no label stays with the one before)
    if len(items) < 3:
        return text  # ("model=deepseek-v3.2 (API) | 2B tok/mo | ~$900/mo": one line of context, not labelled items)
    ended = [item if rx.search(r"[.!?;:]\s*$", item) else item + "." for item in items[:-1]]  # each its own sentence
    return "\n".join([*ended, items[-1]])


def _unbullet(text: str) -> str:
    """The message without list markers at the start of its lines (numbered items only in a list of lines), and
    key = value pairs run together, or a denied item in a labelled comma list, set apart."""
    text = BULLET.sub("", text)
    text = "\n".join(
        " ".join(_inline_items(part) for part in rx.split(r"(?<=[.!?])\s+", line)) for line in text.split("\n")
    )
    if text.count("\n") >= 1:
        text = NUMBERED.sub("", text)
    if len(PAIR.findall(text)) >= 2:
        text = PAIR_GAP.sub(r"\1, ", text)
    if len(LABEL.findall(text)) >= 2:
        # "ML: none, DevOps: 2": each labelled item its own clause (the first item's "none" denies only itself)
        text = LABEL_GAP.sub(r"\1;", text)
    return text


# a wait put at seconds or minutes ("can wait 1 minute", "happy to wait a few minutes"): shorter than any batch window
SHORT_WAIT = rx.compile(
    r"\bwait(?:ing)?\s+(?:for\s+)?(?:up to\s+|about\s+|around\s+|maybe\s+|at most\s+|max\s+|like\s+)?"
    r"(?:\d+(?:\.\d+)?|a|an|one|two|a few|a couple(?: of)?|several|half an?)\s*-?\s*(?:secs?|seconds?|mins?|minutes?)\b"
)


# "not only X" and "not just X" say X, and more besides: no denial of X
NOT_ONLY = rx.compile(r"\bnot (?:only|just|merely|simply|solely)\b(?! (?:on )?(?:week|business|working|work|any)\b)")


def parse_message(
    text: str,
    expecting: list[str] | None = None,
    conventions: Conventions | None = None,
    assume_stated: bool = False,
    nested: bool = False,
    for_client: bool = False,
    home: str | None = None,
    heads: dict[str, float] | None = None,
) -> ParseResult:
    """Read one user message. ``expecting`` names the fields the last question asked about.

    ``home``: the country an earlier message said the company is in (``region.home_country``).

    ``heads``: the people earlier messages counted (``rates.heads_said``): "each lawyer does 20 drafts a day" after "a
    firm of 30 lawyers" is 600 drafts a day.

    ``for_client``: an earlier message said the user speaks for a client ("I'm advising a bank"), so the client's
    setup ("their infra team runs EKS") is the workload's here too.

    ``conventions`` carries the caller's days per month (a rate per day becomes a monthly volume).
    ``assume_stated`` reads figures inside questions and hypotheticals too (for what-ifs: "what if we had
    500M tokens a day?"); by default they state nothing about the user.
    """
    if not scope.reading_one_message():
        with scope.one_message():  # the message's chunks cut once for all its readers
            return parse_message(text, expecting, conventions, assume_stated, nested, for_client, home, heads)
    if heads and EARLIER_HEADS.get() != heads:
        heads_token = EARLIER_HEADS.set(heads)
        try:
            return parse_message(text, expecting, conventions, assume_stated, nested, for_client, home)
        finally:
            EARLIER_HEADS.reset(heads_token)
    if home is not None and HOME_COUNTRY.get() != home:
        # "we're in the US" earlier: "data must stay here" keeps it there
        home_token = HOME_COUNTRY.set(home)
        try:
            return parse_message(text, expecting, conventions, assume_stated, nested, for_client)
        finally:
            HOME_COUNTRY.reset(home_token)
    if for_client and not SPEAKING_FOR_CLIENT.get():
        token = SPEAKING_FOR_CLIENT.set(True)
        try:
            return parse_message(text, expecting, conventions, assume_stated, nested)
        finally:
            SPEAKING_FOR_CLIENT.reset(token)
    expecting = list(expecting or [])
    conventions = conventions or Conventions()
    result = ParseResult()
    clean = text.replace("\u200b", "").strip()
    clean = _unbullet(_unpiped(_untable(_table_on_one_line(clean))))
    # scientific notation as "e": "7.2 × 10^9" and "7.2 x 10e9" are 7.2e9, "10^5/day" is 1e5
    clean = rx.sub(r"(\d+(?:\.\d+)?)\s*[x×*]\s*10\s*[\^e]\s*([+-]?\d+)", r"\1e\2", clean)
    clean = rx.sub(r"(?<![\d.])10\s*\^\s*([+-]?\d+)", r"1e\1", clean)
    if not clean:
        result.intents.append("empty")
        return result
    low = clean.lower()
    for name, pattern in INTENTS:
        if rx.search(pattern, low):
            result.intents.append(name)
    if "audit" in result.intents and hearsay_beside_facts(low):
        result.intents.remove("audit")
    if "audit" in result.intents or "injection" in result.intents:
        # A quoted article figure or an instruction is not a description of the user's workload.
        if clean.rstrip().endswith("?") and "audit" not in result.intents:
            result.intents.append("question")
        return result
    t = normalize(clean)
    correction = "correction" in result.intents
    # Scientific notation is for sanity checks only ("1e30 tokens a day" is a problem, not a volume).
    sci = rx.search(r"(?<![\w.])(\d+(?:\.\d+)?)e\+?(\d+)\s*(tokens?)?", t)
    if sci and float(sci.group(1)) * 10 ** min(int(sci.group(2)), 300) * conventions.days_per_month > 1e15:
        result.problems.append(
            f"{sci.group(0).strip()} is beyond any real workload, more than every provider combined; "
            "please check the units"
        )
        return result
    # (not a model's name between: "our spend now with GPT-4o is R$ 3,5 mil" has no negative amount)
    if rx.search(r"(?:^|[^\w.])-\s*[$€£]\s*\d|(?:budget|spend\w*|pay\w*)\D{0,20}(?<![a-z\d])-\s*\d", t):
        result.problems.append("a negative amount of money is not possible; what can you spend a month?")
    # "-2 engineers" (not "team side - 3 ML engineers", a dash between a heading and its answer)
    if rx.search(r"(?:^|[^\w.])-\d+\s+(?:\w+\s+){0,2}?(?:engineers?|people|devops|sres?|persons?|folks)\b", t):
        result.problems.append("a negative number of people is not possible; how many ML engineers do you have?")
    q = read_quantities(clean, expecting, conventions, assume_stated, normalized=t)
    once = one_off_said(clean)
    if q.spread_months is not None and not assume_stated:
        result.notes.append(
            f"I spread the one-time work over {q.spread_months:g} months, as you said, and priced a month of it."
        )
    elif once and not assume_stated:
        result.once = once
        result.notes.append(
            f"I left the one-time amount (“{once}”) out of the monthly volume: it is done once, not every month. "
            "Tell me if it should be spread over some months instead."
        )
    if not nested:
        _sum_workloads(clean, t, expecting, conventions, assume_stated, q)
    result.problems += q.problems
    result.clarify += q.clarify
    result.pending, result.confirm = q.pending, q.confirm
    for name, value, quote, note in q.updates:
        result.updates.append(Update(field=name, value=value, quote=quote, note=note, correction=correction))
    votes = cues.votes(NOT_ONLY.sub("also", t), expecting)  # "it is not only GDPR": GDPR, and more
    facts, unclear = rule_facts(t, votes, expecting, clean)
    residency_said = "data_residency" in (facts.get("compliance") or [])
    facts, unclear = classifier.combine(t, expecting, votes, facts, unclear)
    if (
        "traffic_shape" in unclear
        and "traffic_shape" not in facts
        and NO_SPIKES.search(t)
        and set(votes.said("traffic_shape")) == {"business_hours", "steady"}
    ):
        # "No spikes really, it just follows office hours": no bursts, and the office's hours
        facts["traffic_shape"] = "business_hours"
        unclear = [f for f in unclear if f != "traffic_shape"]
    either = EITHER_PLACE.search(t)
    if (
        "data_boundary" not in facts
        and either is not None
        and {"on_prem", "cloud_tenant"} <= {v for (f, v) in votes.found if f == "data_boundary"}
        and not votes.said("data_boundary")
        and not set(votes.found.get(("data_boundary", "any_vendor"), []))
    ):
        # "Either on-prem in our Riyadh DCs or a cloud region in KSA under our own account": both places allowed, no
        # vendor's; the wider of the two is the boundary
        facts["data_boundary"] = "cloud_tenant"
    if "data_boundary" not in facts and "data_boundary" not in unclear and ONE_CLOUD_ALLOWED.search(t):
        # "our GC is comfortable with Azure in UK South under our enterprise agreement": one cloud allowed, on terms;
        # whether other vendors are is not said: asked, leaning to that cloud in their own tenant
        unclear = [*unclear, "data_boundary"]
        result.leaning["data_boundary"] = "cloud_tenant"
    if "data_boundary" in unclear and "data_boundary" not in facts:
        leaning = strictest_boundary(votes.said("data_boundary"))
        if leaning is not None:
            result.leaning["data_boundary"] = leaning
    if not residency_said and "data_residency" in (facts.get("compliance") or []) and permits_places(clean):
        # "providers in the EU are fine, US ones too": a permission, no residency rule (the classifier's guess put by)
        facts["compliance"] = [r for r in facts["compliance"] if r != "data_residency"]
        if not facts["compliance"]:
            facts.pop("compliance")
    air_gap_both(facts, unclear)
    _bare_answers(t, expecting, facts, unclear)
    if not nested:
        _labelled(t, facts, unclear, conventions)
    held = polite_rules(onshore(spelled_codes(clean)))  # "keep everything onshore in Australia": in Australia
    region, regions_clash = read_region(held)
    if WISHED_THEN_ALLOWED.search(held.lower()) or WISH_NOT_RULE.search(held.lower()):
        # "ideally the patients data stay in Brazil... but our lawyer say with the DPA is ok to use API in US": a
        # wish, then what is allowed; no residency rule
        region, regions_clash = None, False
        if "data_residency" in (facts.get("compliance") or []):
            facts["compliance"] = [r for r in facts["compliance"] if r != "data_residency"]
            if not facts["compliance"]:
                facts.pop("compliance")
    country_said = rule_country(held) if region is None else None
    residency_only = region is None and "data_residency" in (facts.get("compliance") or [])
    wished = (region is not None or country_said is not None or residency_only) and _wish_only(held)
    if wished:
        where = region_words(region) if region is not None else f"in {country_said}" if country_said else None
        wish = f"keeping the data {where}" if where else "where you'd like the data hosted"
        result.notes.append(
            f"I noted {wish} as a preference, not a rule, so offers elsewhere still count. "
            "If it must stay there, say so and I'll hold every option to it."
        )
        region, regions_clash = None, False
        if "data_residency" in (facts.get("compliance") or []):
            facts["compliance"] = [r for r in facts["compliance"] if r != "data_residency"]
            if not facts["compliance"]:
                facts.pop("compliance")
    country = country_said if region is None and not regions_clash and not wished else None
    if region is None and country is None and not regions_clash and "data_region" in expecting and len(clean) <= 80:
        region = named_place(clean)  # "EU", "in Germany": the answer to "which region?"
        country = None if region is not None else named_country(clean)  # "Turkey": a country with no region id
    if region is not None:
        # a region the data must stay in is a residency rule, beside whatever else was said
        facts["data_region"] = region
        said = [r for r in facts.get("compliance") or [] if r != "none"]
        facts["compliance"] = sorted({*said, "data_residency"})
        unclear[:] = [f for f in unclear if f != "compliance"]
    elif regions_clash:
        unclear.append("data_region")
    elif country is not None or (not wished and country_without_region(clean)):
        # "must stay in Turkey": a residency rule keeping the data in that country (no offer in the catalog is known
        # to process there); several such countries ("Portugal or Greece") leave the region to ask
        if country is not None:
            facts["data_country"] = country
        said = [r for r in facts.get("compliance") or [] if r != "none"]
        facts["compliance"] = sorted({*said, "data_residency"})
        unclear[:] = [f for f in unclear if f != "compliance"]
    if (
        "traffic_shape" in facts
        and "traffic_shape" not in expecting
        and TRAFFIC_UNKNOWN.search(t)
        and not TRAFFIC_TODAY.search(t)
    ):
        # "the storefront is spiky around sales, but this internal tool ... I don't know its pattern": the shape said
        # is another product's, the workload's own is unknown (assumed and listed, not asked again)
        facts.pop("traffic_shape")
        unclear[:] = [f for f in unclear if f != "traffic_shape"]
    if facts.get("traffic_shape") == "business_hours" and NIGHT_WORK_TOO.search(t):
        # "business hours mostly, but also a nightly job that re-scores everything": load by night as well; ask
        facts.pop("traffic_shape")
        unclear.append("traffic_shape")
    if (facts.get("batch_ok") is True or "batch_ok" in unclear) and SHORT_WAIT.search(t):
        # "the doctor can wait 1 minute": a wait of seconds or minutes is patience, not the hours a batch API takes
        facts["batch_ok"] = False
        unclear[:] = [f for f in unclear if f != "batch_ok"]
    if facts.get("batch_ok") is True and (
        MIXED_TIMING.search(t) or any(u.field == "latency_p99_ms" and u.value <= 30_000 for u in result.updates)
    ):
        # "the batch pipeline can wait overnight, but the chatbot needs answers in 2 seconds": ask which
        facts.pop("batch_ok")
        unclear.append("batch_ok")
    volume = next((u for u in result.updates if u.field == "tokens_per_month"), None)
    if (
        volume is not None
        and facts.get("traffic_shape") == "business_hours"
        and rx.search(
            r"(?:/\s*|\bper |\ban? |\beach |\bevery )(?:h|hr|hour|min|minute|s|sec|second)s?\b", volume.quote.lower()
        )
        and not rate_hours_a_day(t)  # ("250k tokens an hour, 8 hours a day, weekdays only": counted over those hours)
    ):
        # "3k requests an hour, business hours only": how many hours a day is not said; ask, do not assume 24
        result.updates.remove(volume)
        result.clarify.append("tokens_per_month")
    if any("money" in p for p in result.problems):
        result.updates = [
            u for u in result.updates if u.field not in ("budget_usd_per_month", "current_spend_usd_per_month")
        ]
    if any("people" in p for p in result.problems):
        facts.pop("team", None)
    both = FIRST_AND_WHOLE.search(t)
    if both is not None and "latency_p99_ms" not in result.fields() and not scope.HYPOTHETICAL.search(both.group(0)):
        # "first token within 2 seconds, full answer within ca. 15 seconds": the first words' limit is the target the
        # advice checks (the whole answer's, said beside it, is noted)
        first = float(both["a"]) * (1.0 if both["au"].startswith("m") else 1000.0)
        whole = float(both["b"]) * (1.0 if both["bu"].startswith("m") else 1000.0)
        if first < whole:
            result.clarify = [c for c in result.clarify if c not in ("latency_p99_ms", "latency_kind")]
            unclear = [c for c in unclear if c != "latency_kind"]
            note = f"the whole answer within {whole / 1000:g} s, as you said, is noted; the first words' limit is used"
            result.updates.append(Update(field="latency_p99_ms", value=first, quote=both.group(0), note=note))
            facts["latency_kind"] = "ttft"
    if "latency_kind" not in facts and "latency_p99_ms" in result.fields() and MISSED_START.search(t):
        # "if the npc doesnt start talking in like 500ms it feels janky": the limit missed is on the first words
        facts["latency_kind"] = "ttft"
    if "latency_kind" in facts and not (
        result.fields().count("latency_p99_ms")
        or rx.search(r"latenc|fast|slow|respon|stream|token|wait|\d\s*(?:ms|milli\w*|s|secs?|seconds?)\b", t)
    ):
        facts.pop("latency_kind")
    if (
        "latency_kind" in facts
        and not result.fields().count("latency_p99_ms")
        and "latency_p99_ms" not in result.clarify
        and rx.search(r"\d\s*(?:ms|milli\w*|secs?|seconds?)\b", t)
        and rx.search(
            r"\b(?:takes?|taking|took|current\w*|present|existing|frequently|hate|frustrat\w*|annoy\w*|today|right now|"
            r"at the moment)\b",
            t,
        )
        and not rx.search(
            r"\b(?:has to|have to|must|needs? to|should|wants?|target|goal|sla|slo|care|cares|matters?|important|"
            r"focus)\b",
            NO_TARGET.sub(" ", t),  # "median first token ~400 ms currently. target tbd": no target either
        )
    ):
        # "our current vendor takes like 8 secs to even start typing": the kind of a latency observed, not a target's
        facts.pop("latency_kind")
    if (
        facts.get("quality") == "open_weight_ok"
        and any(u.field == "simple_share" for u in result.updates)
        and SMALL_MODEL.search(t)
        and not NAMED_BAR.search(t)
        # (a bar said in words of its own stays: "quality doesnt need to be genius level ... 70% ... a tiny model")
        and SMALL_MODEL.search(votes.words.get(("quality", "open_weight_ok"), "") or t) is not None
    ):
        # "75% are password resets a small model handles fine": the small model is for that share, not the bar
        facts.pop("quality")
    homes = excluded_homes(clean)
    if homes:  # "no data may be sent to any American provider": a rule on who gets the data, no permission
        facts["vendor_homes_excluded"] = homes
        if facts.get("data_boundary") == "any_vendor" and not PERMITS.search(t):
            facts.pop("data_boundary")  # read from "sent to any ... provider" itself, with no permission beside it
    quote = clean[:200]
    for name, value in facts.items():
        if name not in result.fields():
            result.updates.append(Update(field=name, value=value, quote=quote, correction=correction))
    for name in unclear:
        # the team is several facts: some said ("2 DevOps"), who would run models left to ask ("4 data scientists")
        partial = name == "team" and "ml_engineers" not in (facts.get("team") or {})
        if name not in result.clarify and (name not in facts or partial):
            result.clarify.append(name)
    read_languages(t, result, quote, correction)
    unbarred: str = t
    read_small_model_ok(t, result, quote, correction)
    read_size_floor(t, result, quote, correction)
    for start, end in read_quality_bar(t, result, quote, correction):
        # a model named as a quality bar is neither the one in use nor one to consider
        unbarred = unbarred[:start] + " " * (end - start) + unbarred[end:]
    _models(unbarred, result, quote, correction, expecting)
    in_use = next((named_model(str(u.value)) for u in result.updates if u.field == "current_model"), None)
    if (
        "quality" not in result.fields()
        and in_use is not None
        and in_use.open_weight
        and QUALITY_FINE.search(t)
        and not scope.HYPOTHETICAL.search(t.lower())
    ):
        read_bar_at(in_use, result, quote, correction)  # "we self-host Llama 3 70B ... and the quality is fine"
    if (
        in_use is not None
        and "quality_reference" not in result.fields()
        and any(u.field == "quality" and u.value == "frontier" for u in result.updates)
        and in_use.tier == "strong"
        and not in_use.open_weight
        and not SMALL_SIBLING.search(in_use.slug)
        and any(m.slug != in_use.slug and m.tier != "frontier" for _s, _e, m in find_models(t.lower()))
    ):
        # "we use GPT-4o; tried gpt-4o-mini, escalations went up, switched back": a lesser model found wanting beside
        # the flagship kept; the bar is that flagship (it meets it), not only the models above it
        read_bar_at(in_use, result, quote, correction)
    elif (
        in_use is None
        and any(u.field == "quality" and u.value == "frontier" for u in result.updates)
        and "quality_reference" not in result.fields()
        and SWITCHED_BACK.search(t)
        and any(m.tier != "frontier" for _s, _e, m in find_models(t.lower()))
    ):
        # "tried GPT-4o-mini ... ratings dipped, so we switched back": the bar is the model in use (said before)
        result.bar_at_current = True
    if "quality" not in result.fields() and bar_at_current(t):
        # "quality >= what we have now": the bar is today's model (said here, or in an earlier message: the caller)
        today = next((named_model(str(u.value)) for u in result.updates if u.field == "current_model"), None)
        if today is not None:
            read_bar_at(today, result, quote, correction)
        else:
            result.bar_at_current = True
    if _own_adapters(t):
        result.updates.append(Update(field="own_adapters", value=True, quote=quote, correction=correction))
        if "fine_tuning" not in result.fields():
            result.updates.append(Update(field="fine_tuning", value=True, quote=quote, correction=correction))
    # (a deadline only asked about is none: "would letting things wait until the next morning save money?")
    stated = " ".join(ch.text for ch in scope.chunks(t.lower()) if not (ch.question or ch.hypothetical))
    deadline = read_deadline(stated) if stated else None
    if deadline is not None and "batch_deadline_hours" not in result.fields():
        result.updates.append(Update(field="batch_deadline_hours", value=deadline, quote=quote, correction=correction))
    # The old vague mix reading, kept as a note ("read as about 80% input"): never overrides a stated figure.
    if (
        "input_share" not in result.fields()
        and "input_share" not in result.clarify
        and not scope.UNSURE.search(t)
        and not (REPORTED.search(t) or ELSEWHERE_BEFORE.search(t))  # "apparently summaries are mostly input"
    ):
        vague = _vague_mix(t)
        if vague is not None:
            result.updates.append(
                Update(field="input_share", value=vague[0], quote=quote, note=vague[1], correction=correction)
            )
    window = read_window(t)
    if window is not None and window.hours_per_day < 20 and "business_hours_per_week" not in result.fields():
        result.updates.append(Update(field="business_hours_per_week", value=window.hours_per_week, quote=window.quote))
        # traffic in a daily window is business-hours traffic, whatever its peak ("9-18, monday peak 3x")
        result.updates = [u for u in result.updates if u.field != "traffic_shape"]
        result.clarify = [c for c in result.clarify if c != "traffic_shape"]
        result.updates.append(Update(field="traffic_shape", value="business_hours", quote=window.quote))
    in_window = window_peak(t)  # ("~60% land between 07:00 and 13:00": 2.4x the average hour)
    peak = read_peak(t) or in_window or hour_share_peak(t)
    if peak is not None and "peak_to_average" not in result.fields():
        result.updates.append(Update(field="peak_to_average", value=peak[0], quote=peak[1]))
    if in_window is not None and in_window[0] >= BURST_MULTIPLE and "traffic_shape" not in result.fields():
        # "~70% of daily reqs in 09:30-10:00 (the open)": most of the day in a short window is a burst
        result.clarify = [c for c in result.clarify if c != "traffic_shape"]
        result.updates.append(Update(field="traffic_shape", value="bursty", quote=in_window[1]))
    if WEEKEND_FIGURE.search(t) and any(
        u.field == "traffic_shape" and u.value == "business_hours" for u in result.updates
    ):
        # "50,000 is weekdays; weekends are around 40,000 per day": traffic every day, the weekend's own figure said
        result.updates = [u for u in result.updates if u.field != "traffic_shape"]
    added = ADDED_INPUT.search(t)
    if added is not None and "request_input_tokens" not in result.fields() and not scope.HYPOTHETICAL.search(t):
        # "our standard instructions and firm playbook add a further 2,000 tokens or thereabouts to every query"
        result.input_added_tokens = float(added["n"].replace(",", "")) * (1000 if added["k"] else 1)
    _spiky(t, clean, result)
    _mild_daytime(t, clean, result)
    if correction and not nested:
        _read_after_correction(clean, expecting, conventions, result)
    if "skip" in result.intents and expecting and not result.updates:
        result.intents.append("skip_expected")
    unsure = {f for word, fields in UNSURE_TOPICS.items() if _unsure_of(t, word) for f in fields}
    if unsure & set(result.clarify):
        # "Latency I am not sure, WhatsApp users are patient, a few seconds is OK": left assumed, not asked again
        result.clarify = [c for c in result.clarify if c not in unsure]
    if (
        clean.rstrip().endswith("?")
        and not result.updates
        and not _hedge_marked(clean)
        and "audit" not in result.intents
        and not {"greeting", "help", "from_bill"} & set(result.intents)
    ):
        result.intents.append("question")
    return result


# a limit on the first words and one on the whole answer, said together
_SECONDS = (
    r"(?:about |around |roughly |under |below |less than |max |at most )*(\d+(?:\.\d+)?)\s*"
    r"(ms|millis\w*|s|secs?|seconds?)\b"
)
FIRST_AND_WHOLE = rx.compile(
    r"\b(?:first|1st)[- ](?:token|word|words|chunk|byte)s?\b[^.;!?\d]{0,30}?"
    + _SECONDS.replace("(\\d", "(?P<a>\\d").replace("(ms|", "(?P<au>ms|")
    + r"[^.;!?\d]{0,40}?\b(?:full|whole|complete|entire|total|final)\s+(?:answer|response|reply|output|generation)\b"
    r"[^.;!?\d]{0,30}?" + _SECONDS.replace("(\\d", "(?P<b>\\d").replace("(ms|", "(?P<bu>ms|")
)


# A topic the user says they are unsure of ("Latency I am not sure", "not sure about the budget"): its loose words
# beside it are not asked about again; the topic is assumed and listed with the answer
UNSURE_TOPICS: dict[str, tuple[str, ...]] = {
    r"latenc\w*|speed|response times?": ("latency_p99_ms", "latency_kind"),
    r"budget": ("budget_usd_per_month",),
    r"traffic(?: pattern| shape)?|peaks?": ("traffic_shape",),
    r"quality": ("quality",),
    r"fine[- ]?tuning": ("fine_tuning",),
}
_UNSURE = (
    r"(?:i'?m|i am|we'?re|we are)?\s*(?:not (?:really |too |so |very )?sure|unsure|no idea|don'?t know|dunno|no clue)"
)


def _unsure_of(t: str, topic: str) -> bool:
    return (
        rx.search(
            rf"\b(?:{topic})\b\W{{0,3}}(?:\w+\W+){{0,2}}?{_UNSURE}\b|\b{_UNSURE}\s+(?:about|on|of|re|regarding|what)\s+"
            rf"(?:the\s+|our\s+|my\s+)?(?:{topic})\b",
            t,
        )
        is not None
    )


# The words a correction opens with ("actually no, wait... thinking about it, a medium model is fine"): what
# follows them is the new statement, read on its own so the preamble's "no" and "thinking about" do not hide it.
CORRECTION_LEAD = rx.compile(
    r"^(?:\W*(?:actually|no|nope|nah|wait|sorry|hmm+|hm+|um+|uh+|oh|ok|okay|well|so|scratch that|on second thoughts?|"
    r"(?:thinking|now that i think) about it|come to think of it|let me (?:rethink|correct (?:that|myself))|"
    r"i take that back|"
    r"correction|i mean|i meant|rather|my bad|my mistake|never ?mind|forget (?:that|what i said))\b)+\W*",
    re.IGNORECASE,
)


def _read_after_correction(clean: str, expecting: list[str], conventions: Conventions, result: ParseResult) -> None:
    """A correction's own statement, read without its preamble; it adds what the whole message missed."""
    lead = CORRECTION_LEAD.match(clean)
    if lead is None or not lead.group(0).strip():
        return
    rest = clean[lead.end() :].strip()
    if not rest or rest == clean:
        return
    again = parse_message(rest, expecting, conventions, nested=True)
    have = set(result.fields()) | set(result.clarify)
    for u in again.updates:
        if u.field not in have:
            result.updates.append(u.model_copy(update={"correction": True, "quote": clean[:200]}))


def _vague_mix(t: str) -> tuple[float, str] | None:
    if rx.search(
        r"(?<!not )(?:mostly|mainly|largely|primarily) (?:input|prompts?|reading)|input[- ]heavy|"
        r"long (?:prompts?|inputs?|documents?|context)[^.]{0,30}short (?:answers?|outputs?|replies|"
        r"responses?)|short (?:answers|outputs|replies)|prompt[- ]heavy|"
        r"(?:answers?|outputs?|replies|responses?) (?:are|is) (?:(?!not\b|never\b|rarely\b)\w+ )?(?:short|small|brief|"
        r"tiny)",
        t,
    ):
        return 0.8, "read as about 80% input"
    if rx.search(
        r"(?<!not )(?:mostly|mainly|largely|primarily) (?:output|generat\w+|writing)|output[- ]heavy|"
        r"long (?:answers|outputs|responses|replies)|generation[- ]heavy",
        t,
    ):
        return 0.3, "read as about 30% input"
    return None


# The last sentence said unsure with a question mark, no question asked ("Somewhere in the five figures a month,
# maybe?", "I think we do something like 100k a day?"): a hedge, not a question for the articles
_ASKING_OPENER = rx.compile(
    r"(?i)\W*(?:(?:so|and|but|ok|okay|also|then|hmm|well)\W+)?(?:what|what'?s|how|why|which|who|where|when|whats|should|"
    r"shall|can|could|would|will|is|are|am|do|does|did|was|were|has|have|had|may|might|isn'?t|aren'?t|don'?t|"
    r"doesn'?t|any|anything|thoughts|ideas|advice|recommend\w*|pros|worth)\b"
)
_HEDGE = rx.compile(
    r"(?i)\b(?:maybe|perhaps|probably|possibly|i think|i guess|i believe|i'?d say|or so|roughly|around|about|"
    r"something like|somewhere|approx\w*|ish)\b"
)


def _hedge_marked(text: str) -> bool:
    """The message's last sentence is a hedged statement ending in "?", not a question."""
    body = text.rstrip().rstrip("?").rstrip()
    cut = max(body.rfind(c) for c in ".!?\n")
    last = body[cut + 1 :]
    asked_before = any(
        _ASKING_OPENER.match(q) for q in rx.split(r"(?<=[.!?])\s+", body[: cut + 1]) if q.endswith("?")
    )  # "Is 5M a day a lot? Maybe?": asked before the hedge
    return (
        not asked_before
        and len(rx.findall(r"[.!?]\s", body)) >= 1  # (a message of one line ending "?" is asked as it is)
        and _HEDGE.search(last) is not None
        and not _ASKING_OPENER.match(last)
        and not rx.search(r"(?i)\bor\b", last)  # "api or self-host?": which of the two is asked
        # a question word anywhere ("Self-hosting, roughly how much would that cost?")
        and not rx.search(r"(?i)\b(?:how|what|which|why|who|where|when|should|could|would|can|do you|does)\b", last)
    )


def strictest_boundary(said: list[str]) -> DataBoundary | None:
    """The strictest place the data may go among those the words named ("no third-party API" is at least the user's
    own cloud tenant; on-prem said beside a cloud tenant is on-prem), or None when they named no limit."""
    order: tuple[DataBoundary, ...] = get_args(DataBoundary)
    named = [b for b in order[1:] if b in said or (b == "cloud_tenant" and "no_vendor" in said)]
    return named[-1] if named else None


def read_one_off(words: str, months: float | None = None) -> ParseResult:
    """The words of a one-time amount said before ("a backlog of 40,000 pages") read as one month's work, or as a
    month's share of it spread over ``months``: what is priced when no monthly volume is ever said."""
    return parse_message(as_a_month(words) if months is None else spread_as_a_month(words, months))
