"""The latency target: "p95 under a couple of seconds", "answers within 800 ms", "users leave after 3
seconds"; an observed latency, another system's or a batch job's minutes are not a target.
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context, _candidates
from assistant.interview.quantities.guards import CORRECTION, _negated
from assistant.interview.quantities.patterns import REQUESTS
from assistant.interview.scope import PUT_UP_WITH

NO_TARGET = rx.compile(
    r"\bno (?:\w+ )?(?:target|goal|sla|slo|requirement)s?\b[^.;]*|\b(?:target|goal|sla|slo)s? (?:is |are |has |have )?"
    r"(?:not|n'?t|never) (?:been )?(?:yet )?(?:set|defined|decided|agreed)\b|"
    r"\b(?:target|goal|sla|slo)s?\s*(?:is |are |:|=)?\s*(?:tbd|tba|unknown|undecided|none|n/a)\b"
)


NEW_SUBJECT = rx.compile(
    r"\band (?=(?:the |our |my |their )?[a-z]+ (?:team |people |folks )?(?:says?|said|wants?|needs?|thinks?)\b)"
)
ANOTHER_FEATURES = rx.compile(
    r"\b(?:was|were|is|are)\s+(?:only\s+|really\s+)?for\s+(?:the|our|a|an)\s+(?:old|previous|legacy|other|different|"
    r"existing|former)\s+[a-z-]+|\bnot\s+(?:for\s+)?(?:this|the new|our new)\s+(?:assistant|bot|project|feature|"
    r"product|use[- ]case|workload|app|tool)\b"
)
NONE_SET_HERE = rx.compile(
    r"\b(?:we\s+)?(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|never)\s+"
    r"(?:yet\s+|really\s+|actually\s+|even\s+)?"
    r"(?:(?:set|defined|agreed(?:\s+on)?|decided(?:\s+on)?|picked)\s+(?:one|any|a\s+(?:\w+\s+)?(?:target|goal|sla|slo|"
    r"number))\b|thought about what we need|(?:measured?\s+or\s+)?decided?\s+anything)|"
    # "Our target: unknown.", "requirement: none defined"
    r"\b(?:our\s+)?(?:target|requirement|goal|sla|slo)s?\s*[:=]\s*(?:unknown|none|tbd|tba|n/a|not (?:set|defined|"
    r"decided))\b|\bno such (?:product|feature|project|thing) is planned\b"
)
# a vendor's boast, not our need ("groq keeps bragging about like 100ms to first token", "Vendor says 200ms TTFT")
VENDOR_CLAIM = rx.compile(
    r"\b(?:vendors?|providers?|groq|openai|anthropic|google|together|fireworks|sales(?:\s+rep)?|the rep|marketing|"
    r"their (?:docs|website|site|page))\s+(?:\w+\s+){0,2}?(?:says?|said|claims?|claimed|brag\w*|boasts?|promis\w+|"
    r"advertis\w+|quotes?|quoted)\b"
)


# a limit said by what happens when it is missed: "if the npc doesnt start talking in like 500ms it feels janky", "if it
# doesn't answer within 2 seconds users leave" (the "not" is of the condition, not of the limit)
MISSED_LIMIT = rx.compile(
    r"\bif\s+(?:\S+\s+){0,3}?(?:doesn'?t|doesnt|does not|don'?t|dont|do not|isn'?t|isnt|is not|can'?t|cant|cannot|"
    r"won'?t|wont|fails? to|never)\s+(?:\w+\s+){0,3}?(?:in|within|under|by|inside)\s+(?:like\s+|about\s+|around\s+|"
    r"roughly\s+|~\s*)?$"
)


# a latency said as the hard limit, and one said as a wish below it
HARD = rx.compile(
    r"\b(?:hard|absolute|strict|real)\s+(?:ceiling|limit|max\w*|cap|cutoff|requirement|need|constraint)\b|"
    r"\b(?:actual|actually|must|must-have|have to|has to|required|requirement is)\b"
)
WISHED = rx.compile(
    r"\b(?:ideally|preferably|nice to have|we'?d like|we would like|would be nice|goal|aim|in a perfect world|"
    r"we'?d love|we would love|i'?d love|would love|dream|stretch goal|wishlist)\b"
)


# the time another part of the system takes, said before its figure ("STT + TTS already eat ~800 ms")
SPENT_BEFORE = rx.compile(
    r"\b(?:already\s+)?(?:eat|eats|take|takes|use|uses|consume|consumes|burn|burns|add|adds|cost|costs)\s+(?:up\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|~\s*)?$|"
    # a time observed in a trial ("In our PoC ... first token was 400-600 ms"): what was seen, not the target
    r"\b(?:was|were|came in at|measured|clocked|averaged)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?$"
)
# a limit said before its figure ("must come under 700 ms", "within 2 s", "at most 300 ms")
LIMIT_BEFORE = rx.compile(
    r"\b(?:under|below|within|less than|at most|max(?:imum)?|no more than|not more than)\s*(?:about\s+|~\s*)?$|<\s*$"
)


def _clause(t: str, start: int, end: int) -> str:
    """The clause around [start, end): between commas, semicolons, "but" and the sentence's ends."""
    cuts = (",", ";", ". ", " but ", "\n")
    left = max(t.rfind(x, 0, start) for x in cuts) + 1
    right = min((i for i in (t.find(x, end) for x in cuts) if i >= 0), default=len(t))
    return t[left:right]


# two targets said by two parties, nothing settled
UNSETTLED = rx.compile(
    r"\b(?:haven'?t|have not|hasn'?t|has not|not yet|never) (?:\w+ )?(?:settled|decided|agreed|fixed|set)\b|"
    r"\bundecided\b|\btbd\b|\bstill (?:debating|arguing|discussing)\b"
)
UNSETTLED = rx.compile(
    r"(?:" + UNSETTLED.pattern + r")[^.;!?]{0,30}?\b(?:latency|target|sla|p9\d|response time|speed)\b|"
    r"\b(?:latency|target|sla|p9\d|response time)\b[^.;!?]{0,30}?(?:" + UNSETTLED.pattern + r")"
)


def _missed_limit(t: str, start: int) -> bool:
    """The figure at ``start`` is a limit said as a condition that it is missed, within its sentence."""
    sentence_start = max(t.rfind(x, 0, start) for x in ".;!?\n") + 1
    return MISSED_LIMIT.search(t[sentence_start:start]) is not None


# how long people put up with, just before the figure ("players notice if an NPC takes more than half a second")
REACTION_IF = rx.compile(r"\b" + PUT_UP_WITH + r"\s*$")


def _latency(c: Context) -> None:
    t = c.m
    pattern = rx.compile(
        r"(?P<lead>p(?P<pct>50|90|95|99)|sub|latency|ttft|first token|first byte|respon\w*|reply|replies|answers?|"
        r"under|undr|unde|bellow|below|within|inside|less than|<=?|≤|max(?:imum)?|at most|no more than|sla|slo|wait|"
        r"(?:latency |time |end-to-end |total )budget|"
        r"stream\w*|round[- ]trip|(?:takes?|taking|wait|respond|answer|reply|finish|complete|generat\w*|return)\s+"
        r"(?:\w+\s+)?(?:up to|as long as)|"
        r"end[- ]to[- ]end|after|(?<![a-z])in\b|\b"
        + PUT_UP_WITH
        + r")\D{0,30}?(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*(?:-\s*\d+(?:\.\d+)?\s*)?"
        r"(?P<u>ms|millis\w*|msec|s|secs?|seconds?|mins?|minutes?)\b"
    )
    trailing = rx.compile(
        r"(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*(?:-\s*\d+(?:\.\d+)?\s*)?(?P<u>ms|millis\w*|msec|s|secs?|seconds?)\b"
        r"(?=[^.;]{0,25}?\b(?:latency|response time|to respond|for (?:a|the|an) (?:(?:full|whole|complete|entire|"
        r"first|final)\s+)?(?:response|reply|answer|token|word)|to answer|"
        r"round[- ]trip|turnaround|is fine|is ok|is okay|is acceptable|are fine|max|tops|at most|p9\d|ttft|"
        r"first token|first word|first byte|to first|to start|to stream|feels?|for the (?:first|full|whole|entire|"
        r"complete)|give or take|or so|or less|end[- ]to[- ]end)|\s*(?:responses?|answers?|replies|reply times?)\b)"
    )
    hits: list[tuple[float, int, int, bool]] = []
    matches = list(pattern.finditer(t))
    spans = {lm.start("v") for lm in matches}
    matches += [lm for lm in trailing.finditer(t) if lm.start("v") not in spans]
    for lm in matches:
        before = t[max(0, lm.start("v") - 12) : lm.start("v")]
        if rx.search(r"(?:per|every|each|/)\s*$", before):
            continue
        if rx.search(REQUESTS + r"\s*(?:per|a|an|/|every)\s*$", t[: lm.start("v")]):
            continue
        if rx.match(r"\s*(?:of|worth of)\s+(?:audio|video)", t[lm.end() :]):
            continue
        unit = lm["u"]
        scale = (
            1.0
            if unit.startswith("m") and not unit.startswith("min")
            else 60_000.0
            if unit.startswith("min")
            else 1000.0
        )
        v = float(lm["v"]) * scale
        if (
            lm.groupdict().get("lead") == "in"
            and not rx.search(
                r"latency|respon|answer|reply|p9\d|ttft|first token|back|stre\w*m|start|land|arrive|show(?:s|ing)? up|"
                r"appear|first words?|pop(?:s)? up|render|display|visible|finish|complete|done|ready|"
                r"(?:whole|full|entire) \w+",
                t,
            )
            # "in under 5 seconds", "in less than 2 s": a limit whatever it is of
            and not rx.match(r"in (?:under|less than|no more than|at most|below)\b", t[lm.start() :])
        ):
            continue
        sentence = t[max(t.rfind(".", 0, lm.start()), 0) : t.find(".", lm.end()) % (len(t) + 1) or len(t)]
        if lm.groupdict().get("lead") == "after" and not rx.search(
            r"impatien\w*|give up|gives up|leave|leaves|bounce|drop(?:s)? off|churn|annoy\w*|frustrat\w*|rage|"
            r"lose interest|lost|complain",
            sentence,
        ):
            continue  # "users leave after 3 seconds" is a limit; "after 5 minutes the job retries" is not
        if unit.startswith("min") and (
            lm.groupdict().get("lead") in (None, "in", "after", "wait", "sla", "slo")
            or v > 600_000
            or rx.search(r"\b(?:batch|overnight|nightly|job|jobs|report|reports|cron|pipeline)\b", sentence)
        ):
            continue  # a job's minutes are a deadline, not an interactive latency
        if rx.search(
            r"\b(?:p50|median|(?<!i )mean|average|avg|typical(?:ly)?)\b[^,;.]{0,25}$", t[: lm.start("v")]
        ) and any(
            rx.search(r"\bp9\d|\b9\dth|target|must|need|should|max|under|below|sla|slo", t[x.end() : x.end() + 60])
            or rx.search(r"\bp9\d|\b9\dth|target|must|need|should|sla|slo", t[max(0, x.start() - 30) : x.end()])
            for x in matches
            if x is not lm
        ):
            continue  # "median 400ms, p99 under 2 s": the median is not the target
        # (in the figure's own clause: "<1s full reply, currently gpt4o" says what model is used now, not the latency;
        # "two seconds, give or take" hedges, it does not observe)
        clause_end = r"[,;()!?]|\.(?!\d)"  # (a decimal point ends no clause)
        head = rx.split(clause_end, t[: lm.start("v")])[-1]
        own = head + rx.split(clause_end, t[lm.start("v") :])[0]
        # ("today the p95 is ~900 ms and the search team says it must be under 150 ms": "and" with a new subject
        # starts a clause of its own)
        joint = list(NEW_SUBJECT.finditer(own))
        if joint:
            cut = [j.start() for j in joint if j.start() < len(head)]
            later = [j.start() for j in joint if j.start() >= len(head)]
            own = own[(cut[-1] if cut else 0) : (later[0] if later else len(own))]
        # today's figure said in its own clause: only that clause is searched for words of a target
        today_said = rx.search(r"\b(?:current(?:ly)?|today|right now|at the moment)\b", own) is not None
        observed = bool(
            (
                rx.search(
                    r"\b(?:(?<!give or )(?<!may )(?<!can )(?<!could )(?<!should )(?<!will )(?<!'ll )takes?|taking|took|"
                    r"is at|are at|current(?:ly)?|right now|today|at the moment|now(?! on)|present|existing|frequently|"
                    r"complain\w*|hate)\b",
                    own,
                )
                # "..., which our users find frustrating": a latency complained about (never a threshold:
                # "anything slower than 2s is unusable")
                or (
                    rx.search(r"\b(?:frustrat\w*|annoy\w*|hate|complain\w*|too slow|painful|unusable)\b", sentence)
                    and not rx.search(
                        r"\b(?:slower than|more than|longer than|over|above|beyond|past|anything|exceed\w*)\s*$",
                        t[max(0, lm.start("v") - 25) : lm.start("v")],
                    )
                )
            )
            # "current latency is around 3s, and that's acceptable": today's is the bar
            and not rx.search(r"\b(?:fine|ok|okay|acceptable|good enough|works for us)\b", sentence)
            and not rx.search(
                r"\b(?:need|needs|must|should|target|under|within|at most|max|sla|slo|want|wants|fine|ok|okay|"
                r"acceptable|goal|require\w*|less than|below)\b" + (r"" if today_said else r"|\bp9\d\b"),
                # "current p99 is about 8s": a percentile said of today's service is measured, not wanted
                # "p50 ~400ms today; no target set yet": a target said to be missing is no target word
                NO_TARGET.sub(" ", own if today_said else sentence),
            )
        )  # "GPT-5 takes 10 seconds today and people hate it" is not a target
        # "users bail if it takes more than 2 seconds": how long they put up with, not what it takes today
        observed = observed and not REACTION_IF.search(t[max(0, lm.start("v") - 80) : lm.start("v")])
        other_system = bool(
            rx.search(
                r"\b(?:database|db|postgres\w*|mysql|redis|cache|network|ping|page loads?|cdn|search index|gateway|"
                r"website|web ?site|disk|queue)\b",
                sentence,
            )
            and not rx.search(
                r"\b(?:model|llm|ai|answer|response|reply|token|ttft|stream\w*|chat\w*|bot|assistant)", sentence
            )
        )  # "our database p99 is 40ms" is not the model's target
        # "the 200ms target was for the old search feature, not this assistant. we haven't set one here": another
        # feature's target, and none of our own
        other_system = other_system or bool(
            ANOTHER_FEATURES.search(sentence)
            or NONE_SET_HERE.search(t)
            or VENDOR_CLAIM.search(rx.split(r"[,;.]|\bbut\b|\bwhile\b|\bwhereas\b|\band\b", t[: lm.start("v")])[-1])
        )
        hits.append(
            (
                v,
                lm.start(),
                lm.end(),
                observed
                or other_system
                or ((_negated(t, lm.start("v")) or c.off(lm.start("v"))) and not _missed_limit(t, lm.start("v"))),
            )
        )
    if all(h[3] for h in hits):
        # "it takes 6 seconds now and we want it under 2": the target borrows the unit of the figure before it
        for bm in rx.finditer(
            r"\b(?:under|below|within|less than|down to|at most|<)\s*(?P<v>\d+(?:\.\d+)?)\b(?!\s*(?:[a-z%$]|\.\d))", t
        ):
            window = t[max(0, bm.start() - 80) : bm.start()]
            seen = list(rx.finditer(r"(?<![\d.])\d+(?:\.\d+)?\s*(?P<u>ms|millis\w*|s|secs?|seconds?)\b", window))
            if seen and rx.search(
                r"\b(?:wants?|needs?|must|should|target|goal|get it|"
                r"bring it)\b",
                window + " " + t[bm.start() : bm.end()],
            ):
                scale = 1.0 if seen[-1]["u"].startswith("m") else 1000.0
                off = c.off(bm.start()) or _negated(t, bm.start())
                hits.append((float(bm["v"]) * scale, bm.start(), bm.end(), off))
    if c.out.correction and hits:
        # "p99 under 300 ms, or actually 500 ms": the figure after the correction word, its lead word not repeated
        starts = {h[1] for h in hits}
        for cm in rx.finditer(
            CORRECTION.pattern + r"[\s,:-]*(?:(?:it'?s|make it|more like|about|around|say)\s+)*(?<![\d.])"
            r"(?P<v>\d+(?:\.\d+)?)\s*(?P<u>ms|millis\w*|msec|s|secs?|seconds?)\b",
            t,
        ):
            if cm.start("v") not in starts and not any(h[1] <= cm.start("v") < h[2] for h in hits):
                scale = 1.0 if cm["u"].startswith("m") else 1000.0
                hits.append((float(cm["v"]) * scale, cm.start("v"), cm.end(), c.off(cm.start("v"))))
    # "Ideally 300 ms end-to-end, but 500 is the hard ceiling": a bare figure named the hard limit borrows the unit
    # of the figure before it, and the hard limit is the target (the wish below it is no p99)
    for hm in rx.finditer(
        r"(?<![\w.$€£])(?P<v>\d+(?:\.\d+)?)(?![\d.])\s+(?:is|as|=)\s+(?:the|our|an?)\s+(?:hard|absolute|real|strict)\s+"
        r"(?:ceiling|limit|max(?:imum)?|cap|cutoff)\b|(?:hard|absolute|strict)\s+(?:ceiling|limit|max(?:imum)?|cap)\s*"
        r"(?:is|of|at|:|=)?\s*(?P<w>\d+(?:\.\d+)?)(?![\d.])(?!\s*(?:[a-z%$€£]))",
        t,
    ):
        start = hm.start("v") if hm["v"] else hm.start("w")
        if any(h[1] <= start < h[2] for h in hits):
            continue
        seen = list(
            rx.finditer(
                r"(?<![\d.])\d+(?:\.\d+)?\s*(?P<u>ms|millis\w*|s|secs?|seconds?)\b", t[max(0, start - 80) : start]
            )
        )
        if seen:
            scale = 1.0 if seen[-1]["u"].startswith("m") else 1000.0
            hits.append((float(hm["v"] or hm["w"]) * scale, start, hm.end(), c.off(start) or _negated(t, start)))
    live = [h for h in hits if not h[3]]
    hard = [h for h in live if HARD.search(_clause(t, h[1], h[2]))]
    wished = [h for h in live if WISHED.search(_clause(t, h[1], h[2]))]
    if len(hard) == 1 and wished and len(live) == len(wished) + 1 and hard[0] not in wished:
        hits = hard  # "ideally 300ms, hard max 500ms": the hard limit
    if live and UNSETTLED.search(t):
        c.out.clarify.append("latency_p99_ms")  # "we haven't settled the latency target. Product wants 1 s, eng 3 s"
        return
    if len(live) > 1:
        # "STT + TTS already eat ~800 ms, so the LLM first token must come under 700 ms": the time another part
        # takes is no target; the one figure said as a limit is
        # (a hit's span may start with its lead words: "first token must come under 700 ms")
        at = {h: h[1] + (d.start() if (d := rx.search(r"\d", t[h[1] : h[2]])) else 0) for h in live}
        spent = [h for h in live if SPENT_BEFORE.search(t[max(0, at[h] - 40) : at[h]])]
        limits = [h for h in live if h not in spent and LIMIT_BEFORE.search(t[max(0, at[h] - 40) : at[h]])]
        if spent and len(limits) == 1:
            hits = limits
    choice = _candidates(hits)
    if choice == "clarify":
        live = [h for h in hits if not h[3]]
        if c.out.correction:
            choice = live[-1][:3]
        else:
            c.out.clarify.append("latency_p99_ms")
            return
    if choice is not None and not isinstance(choice, str):
        v, s, e = choice
        if v <= 0:
            c.out.problems.append("a latency target of zero is not achievable; what p99 do you need?")
            return
        pct = rx.search(r"p(50|90|95)\b", t[max(0, s - 5) : e])
        c.out.add("latency_p99_ms", v, c.quote(s, e), f"p{pct.group(1)} target" if pct else None)
    elif "latency_p99_ms" in c.expecting:
        bare = rx.search(r"(?<![\w.])(?P<v>\d+(?:\.\d+)?)\s*(?P<u>ms|s|secs?|seconds?|millis\w*)\b", t)
        seen_now = rx.search(r"\b(?:takes?|taking|took|currently|right now|today|complain\w*|hate)\b", t)
        theirs = ANOTHER_FEATURES.search(t) or NONE_SET_HERE.search(t) or VENDOR_CLAIM.search(t)
        if bare and bare["u"] and not (seen_now or theirs or c.off(bare.start()) or _negated(t, bare.start())):
            v = float(bare["v"]) * (1 if bare["u"].startswith("m") else 1000)
            if v > 0:
                c.out.add("latency_p99_ms", v, c.original.strip())
    if choice is None and not any(u[0] == "latency_p99_ms" for u in c.out.updates):
        _percentile_bare(c)


# a percentile target said without its unit, which for a percentile of latency is milliseconds: "p99 hard limit: 500",
# "let's say 500 as the hard p99", "p95 target 800"
PERCENTILE_BARE = rx.compile(
    r"\bp(?P<pct>9[059]|99\.9)\b(?:\s+(?:latency|target|limit|goal|budget|hard|max(?:imum)?|ceiling|of|at|is|should be|"
    r"must be|under|below|<=?|:|=|-)){0,4}\s*:?\s*(?P<v>\d{2,5})(?!\d|[.,]\d|\s*(?:[a-z%$€£]|/))|"
    r"(?<![\d.,$€£])(?P<v2>\d{2,5})\s+(?:as|for)\s+(?:the|our|a)\s+(?:hard\s+|max\s+|target\s+)?p(?P<pct2>9[059])\b"
)


def _percentile_bare(c: Context) -> None:
    """A latency percentile's target said as a bare number: milliseconds (a figure under 50 is asked about)."""
    t = c.m
    for m in PERCENTILE_BARE.finditer(t):
        start = m.start("v") if m["v"] else m.start("v2")
        if c.off(start) or _negated(t, start):
            continue
        v = float(m["v"] or m["v2"])
        if v < 50:
            c.out.clarify.append("latency_p99_ms")
            return
        pct = m["pct"] or m["pct2"]
        c.out.add("latency_p99_ms", v, c.quote(m.start(), m.end()), f"p{pct} target" if pct != "99" else None)
        return
