"""GPUs the team already owns (or leases): "we already own 16 H100s", "8 A100s sitting idle in-house"."""

from __future__ import annotations

from dataclasses import replace

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.words import UNITS

GPU_NAMES: list[tuple[str, str]] = [
    (r"h100s?", "h100"),
    (r"h200s?", "h200"),
    (r"b200s?", "b200"),
    (r"a100s?[\s-]*(?:40\s*(?:gb|gigs?|g)s?)", "a100-40gb"),
    (r"a100s?(?:[\s-]*(?:80\s*(?:gb|gigs?|g)s?))?", "a100-80gb"),
    (r"l40s|l40", "l40s"),
    (r"l4s?", "l4"),
    (r"a10gs?|a10s?", "a10g"),
    (r"(?:rtx[\s-]*)?4090s?", "rtx-4090"),
    (r"(?:rtx[\s-]*|quadro[\s-]*)?a6000s?", "rtx-a6000"),
    (r"mi300x?s?", "mi300x"),
]
# Who else may hold GPUs: never the workload's ("our parent company", "a competitor")...
THIRD_PARTY = (
    r"\b(?:competitors?|rivals?|vendors?|partners?|providers?|suppliers?|parent company|sister company|the other team|"
    r"another team|friends?'?s?|my (?:previous|last|old|former) (?:employer|company|job)|research(?: team| group| org| "
    r"lab| division)?|(?:another|other|a different) (?:group|department|division|business unit|bu)|the university|"
    r"university's|uni)\b"
)
# ... or said not to be free for this work ("research has 64 H100s but we get none", "we can't touch them")
NOT_FOR_US = rx.compile(
    r"\b(?:we (?:get|got) (?:none|nothing|zero)|(?:we )?(?:can'?t|cannot|can not|aren'?t allowed to|are not allowed to|"
    r"may not) (?:use|touch|have|get|borrow)|not (?:available )?(?:for|to) us)\b|"
    # (the data off limits to vendors is a rule about the data: "we have 4 A100s; the data is off limits to vendors")
    r"\boff[- ]limits\b(?! (?:to|for) (?:\w+ ){0,2}?(?:vendors?|providers?|third[- ]part\w+|external|outside|apis?|"
    r"cloud|saas|openai|anthropic))|"
    # busy with other work: "they're fully used by training", "all booked by the research team", "for another product"
    r"\b(?:fully|completely|100%|always|all|constantly) (?:used|booked|utili[sz]ed|busy|occupied|allocated|"
    r"committed|taken|loaded)\b|\b(?:busy|in use|taken|maxed out|tied up|spoken for|booked) (?:by|with|for|running)\b|"
    r"\b(?:for|by|on|to) (?:another|a different|the other|other) (?:products?|projects?|teams?|workloads?|apps?|"
    r"services?)\b|\b(?:reserved|dedicated|earmarked|allocated|assigned|committed) (?:for|to) (?:training|research|"
    r"another|other|a different|the other|(?:the|our) (?:[\w-]+ ){0,2}?(?:team|group|lab|department|project|"
    r"product)s?)\b|"
    r"\bno (?:spare|free) capacity\b|"
    # someone's own computer, said not to serve ("one RTX 4090, but that's my dev PC, I'm not serving players from
    # my bedroom")
    r"\b(?:my|his|her|our) (?:own )?(?:dev|development|personal|home|gaming) (?:pc|machine|box|rig|laptop|desktop|"
    r"computer|setup)\b|\b(?:not|n'?t|never) (?:going to be |gonna be )?serv(?:e|ing) (?:\w+ ){0,3}?"
    r"(?:from|on|with|off) (?:it|them|that|this|my|our)\b|\bnot (?:for|in) (?:production|prod|serving)\b|"
    # rented or run for another named job ("we rent 2 A10Gs on AWS for the OCR", "the L4s run our speech-to-text")
    r"\bfor (?:the |our )?(?:ocr|transcription|speech[- ]to[- ]text|stt|tts|asr|image generation|video|rendering|"
    r"simulations?|recsys|recommend\w*|protein[- ]\w+|computer vision)\b"
)
# the part of them said to be free: "half are free", "2 of them sit idle"
FREE_PART = rx.compile(
    r"\b(?:(?P<k>\d+)|(?P<half>half|a half)|(?P<quarter>a quarter|quarter)) (?:of (?:them|those|these|the \w+) )?"
    r"(?:are |is |sit |sits |'re |are sitting |sitting )?(?:free|idle|available|unused|spare)\b"
)
# the part of them left to this work when they are shared: "shared roughly 50/50 with a vision program", "half of them
# are used by the vision team", "we get about half of them", "split evenly with research"
SHARED_HALF = rx.compile(
    r"\b(?:shared|split|divided)\s+(?:roughly\s+|about\s+|around\s+|more or less\s+)?(?:50/50|50-50|"
    r"fifty[- ]fifty|half and half|evenly|equally|in half)\b|"
    r"(?:\bhalf|\b50%) (?:of )?(?:them|those|these|the (?:\w+ )?(?:gpus|cards|nodes))\s+"
    r"(?:are |is )?(?:used|taken|busy|reserved|allocated|booked|dedicated|committed)\b|"
    r"\bwe (?:get|have|use|can use)\s+(?:only\s+)?(?:about\s+|roughly\s+|around\s+)?(?:half|50%) (?:of )?"
    r"(?:them|those|it)\b"
    # "shared with fraud team who use ~50%"
    r"|\bshared with (?:\w+ ){1,4}?(?:who|which|that) (?:use|uses|take|takes|need|needs|get|gets) (?:about |roughly "
    r"|around |~)?(?:half|50%)"
)
# ... or the workload's when the user speaks for a client ("I'm a consultant for a hospital; they own 16 L4s").
CLIENT_OR_THEM = r"\b(?:they|he|she|their|clients?|customers?)\b"
GPU = r"(?P<gpu>" + "|".join(p for p, _ in GPU_NAMES) + r")\b"


def _freed(t: str, pos: int) -> bool:
    """Whether the sentence at ``pos``, or the next one, says GPUs of other work are free for this ("the GPUs are
    free now", "sitting idle", "we could repurpose them")."""
    from assistant.interview.scope import sentences
    from assistant.interview.scope_parties import FREED

    spans = sentences(t)
    for i, (offset, sentence) in enumerate(spans):
        if offset <= pos < offset + len(sentence):
            near = sentence + " " + (spans[i + 1][1] if i + 1 < len(spans) else "")
            return bool(FREED.search(near))
    return False


_MACHINES = (
    r"(?:servers?|nodes?|boxes|machines?|hosts?|systems?|dgx(?:es)?|chassis|pods?|workstations?|pcs?|desktops?|rigs?|"
    r"instances?)"
)
DGX_GPUS = 8  # GPUs in one NVIDIA DGX system (H100, H200, A100 and B200 generations)
# machines holding GPUs, counted before how many each holds: "2 servers with 8 x L40S each", "8 GPU nodes, each
# 4x A100", "4 nodes x 8 A100-40GB"
BOXES = rx.compile(r"(?<![\w.])(?P<boxes>\d+)\s+(?:[a-z-]+\s+){0,2}?" + _MACHINES + r"\b[^.;?\d]{0,25}$")
# machines with one GPU each, the GPU not counted: "3 PCs with RTX 4090", "6 workstations with an RTX A6000 each"
ONE_EACH = rx.compile(
    r"(?<![\w.])(?P<n>\d+)\s+(?:[a-z][\w.-]*\s+){0,2}?" + _MACHINES + r"(?:\s+(?:each\s+)?(?:with|having|that have|"
    r"holding)\s+(?:an?\s+|one\s+|a single\s+)?"
    # ... or the one GPU said after a dash ("six g5.xlarge boxes - one A10G each")
    r"|\s*[-\u2013\u2014:(]\s*(?:an?|one|a single|1)\s+(?=[^.;?]{1,30}?\b(?:each|apiece|per (?:box|node|machine|"
    r"server|instance))\b))(?:nvidia\s+|amd\s+)?$"
)


# the part of a shared fleet this workload may use: "I could ring-fence 8 of the A100s", "we can dedicate 4 of them"
USABLE = rx.compile(
    r"\b(?:ring[- ]?fence|dedicate|set aside|free up|carve out|spare|allocate|reserve|give (?:it|this|you)|"
    r"(?:let|lets|allow|allows) us (?:to )?use|give us)\s+"
    r"(?:\w+\s+){0,2}?(?P<k>\d+|one|two|three|four|five|six|seven|eight)\s+(?:of\s+(?:the|them|those|these|our)\b|"
    r"gpus?\b|(?:nvidia\s+)?(?:a100|h100|h200|"
    r"l40s?|l4|a10g?|v100|4090|3090|mi300x?)s?\b)"
    # the ones to count on, said after the others are taken ("8 are committed to the risk team, so plan with 8")
    r"|\b(?:plan (?:with|for|on)|count on|work with|we (?:can|could) use|usable:?|available:?)\s+(?:only\s+)?"
    r"(?P<k2>\d+)\b(?!\s*(?:weeks?|days?|months?|hours?|years?|%|x\b|percent))"
)


# a count of things said with its counting word ("4 pieces of A100 80GB", "2 units of H100", "4 pcs A100")
_PIECES = r"(?:(?:pieces?|pcs\.?|units?|nos\.?|numbers?)\s+(?:of\s+)?)?"


# a GPU said, put right, and said again ("We have 4 L40S - sorry, correction, we have 4 L4s"): read after the fix
GPU_PUT_RIGHT = rx.compile(
    r"\b(?:sorry|correction|i mean|i meant|scratch that|no wait|wait,? no|actually,? no|my bad|my mistake)\b"
)


def _said_with(t: str, start: int, end: int) -> str:
    """The sentence that holds ``t[start:end]`` and the one after it (how the GPUs are held may be said next: "We have
    16 H100s. They're leased."), not the sentences before ("we ran it on AWS, but the contract moved in-house")."""
    stops = [m.end() for m in rx.finditer(r"[.;!?](?!\d)\s", t[:start])]
    after = [m.end() for m in rx.finditer(r"[.;!?](?!\d)(?:\s|$)", t[end:])]
    return t[(stops[-1] if stops else 0) : end + (after[1] if len(after) > 1 else len(t) - end)]


def _gpus(c: Context) -> None:
    t = c.t
    fix = next(
        (
            f
            for f in GPU_PUT_RIGHT.finditer(t)
            if rx.search(GPU, t[max(0, f.start() - 60) : f.start()])
            and rx.search(r"\d[^.;?]{0,20}?" + GPU, t[f.end() :])
        ),
        None,
    )
    if fix is not None:
        t = " " * fix.end() + t[fix.end() :]  # (positions kept)
    owning = (
        r"\bown|\bowns|\bowned|\bhave|\bhaving|\bhas|\bbought|\bpurchased|\bsitting on|\bgot|\balready|"
        r"\bin[- ]house|\bour|\bracks? of|"
        r"\bleas\w+|\brent\w*|\breserved|\bwe've got|\bidle|\bspare|\bunused|\bpossess\w*|\btook delivery of|"
        r"\bwe'?ve(?= (?:about |around |like )?\d)|\bpaying off|\bpaid (?:off|for)|\bours|\bprocured|\bacquired|"
        r"\breservation|\bcommitted[- ]use|\bthere'?s|\bthere (?:is|are)|"
        # a heading over what is held ("Hardware in the enclave: one server with 8 A100 40GB", "GPUs on site: 4 L4")
        r"\b(?:hardware|gpus?|compute)(?: (?:in|on|at) (?:the |our )?[\w-]+(?: [\w-]+)?)?(?=\s*:)|"
        # ("we paid 120k for eight A100s", "spent $50k on four L40S cards": what was paid for them)
        r"\b(?:paid|spent|invested)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(?:[$€£]|usd\s*|eur\s*)?\d[\d.,]*\s*"
        r"(?:k|m|grand|thousand|million)?\s*(?:dollars?|usd|euros?|eur)?\s+(?:on|for)"
    )
    one = r"(?P<n>\d+|an?|one|a single)"  # "a single RTX 4090", "an 8x A100 box" (the 8 is the count)
    machines = rx.search(r"(?P<verb>" + owning + r")\b[^.;?]{0,40}?" + ONE_EACH.pattern[:-1] + GPU, t)
    gm = (
        machines
        or rx.search(
            r"(?P<verb>"
            + owning
            + r")\b[^.;?]{0,40}?(?<![\w.])"
            + one
            + r"\s*(?:[x×]\s*)?"
            + _PIECES
            + r"(?:nvidia\s+|amd\s+)?(?:of\s+(?:the\s+)?)?(?:dgx[\s-]*)?"
            + GPU,
            t,
        )
        or rx.search(
            r"(?<![\w.])"
            + one
            + r"\s*(?:[x×]\s*)?"
            + _PIECES
            + r"(?:nvidia\s+|amd\s+)?(?:dgx[\s-]*)?"
            + GPU
            # ... the owning word after it, or a next sentence saying whose it is ("... in the office. It's ours")
            + r"(?:[^.;?]|\.(?= (?:it'?s|they'?re|all) ours\b)){0,60}?(?P<verb>\bwe own|"
            r"\bwe have|\bwe bought|\bthat we own|\bwe already|\bin[- ]house|\bon[- ]prem|\bsitting|\bidle|"
            r"\bunused|\bleft (?:over )?from|\bleftover|\bremaining from|"
            r"\bpaid|\bowned|\bours\b|\bbought|\bpurchased|\bon a lease|\bleased|\bwe'?ve got|\bthe company bought|"
            r"\breserved|\bon (?:\w+ )?(?:ris|reserved instances?)\b)",
            t,
        )
    )
    if gm is None:
        return
    at = gm.start()  # the owning verb nearest the count ("you didn't use our GPUs: we OWN 8 x A100": the "own")
    if gm.start("verb") < gm.start("n"):
        verbs = (v.start() for v in rx.finditer(owning, t) if gm.start() <= v.start() < gm.start("n"))
        at = max(verbs, default=at)
    from assistant.interview.scope import chunks, polarity
    from assistant.interview.scope_parties import speaks_for_client

    cut = chunks(t)
    spans = [(ch.start, ch.start + len(ch.text)) for ch in cut]
    verb_chunk = next((k for k, (a, b) in enumerate(spans) if a <= at <= b), None)
    count_chunk = next((k for k, (a, b) in enumerate(spans) if a <= gm.start("n") <= b), None)
    if verb_chunk != count_chunk and count_chunk is not None:
        # "we have zero GPUs - the CFO talks about buying 8 x H100 next fiscal year": the count's own words decide
        at = gm.start("n")
    for chunk in cut:
        offset = at - chunk.start
        if 0 <= offset <= len(chunk.text):
            if chunk.away and _freed(t, at):
                chunk = replace(chunk, others=False)  # "two A100s from another project, free now": ours to use
            pol = polarity(chunk, max(0, offset), min(len(chunk.text), offset + 1))
            if pol != "yes" and not (
                pol == "other"
                and rx.search(r"\bwe\b|\bour\b", chunk.text)
                and not chunk.others
                and not rx.search(r"\bif\b|\bwhat if\b", chunk.text)
                # (a purchase talked of is none held: "our CTO talks about buying 4 A100s next year")
                and not rx.search(
                    r"\b(?:buy|buying|purchase|purchasing|order|ordering|acquire|acquiring|procure|procuring)\b",
                    chunk.text,
                )
            ):
                return
            break
    if not rx.search(
        r"\b(?:we|our|i|us|my|own|owns|owned|ours|bought|purchased|procured|acquired|paid|idle|spare|unused|sitting|"
        # ("the group itself has two RTX A6000 workstations": the user's own group, said as such)
        r"(?:the|this) (?:group|team|lab|company|department|firm|business) (?:itself )?(?:has|have)|"
        r"in[- ]house|on[- ]prem\w*|basement|rack|closet|server room|data ?cent(?:er|re)|dc|leas\w+|colo\w*|rented|"
        r"reserv\w+|committed[- ]use|desk|office|enclave|hardware)\b|we've|i've",
        t[max(0, gm.start() - 40) : gm.end() + 40],
    ):
        return
    start = max(t.rfind(x, 0, at) for x in (",", ";", ".", "!", "?", ":")) + 1
    subject = t[start : at if gm.start("verb") < gm.start("n") else gm.start()]
    client = speaks_for_client(t)
    if (rx.search(THIRD_PARTY, subject) and not rx.search(r"\b(?:we|i)\b|we've|i've", subject)) or (
        not client
        and rx.search(CLIENT_OR_THEM, subject)
        and not rx.search(r"\b(?:we|our|i|us|my)\b|we've|i've", subject)
    ):
        return  # "they own 8 H100s", "our cloud vendor reserved 8 A100s for us": someone else's GPUs
    if rx.match(r"s?\s*(?:gpu[- ]?)?(?:hours?|hrs?|h)\b", t[gm.end() :]):
        return  # "400 A100 hours of credits": time on GPUs, not GPUs held
    if rx.match(
        r"[^.;?]{0,30}?\b(?:on order|ordered|arriving|being delivered|coming (?:next|in|soon)|not (?:yet )?"
        r"(?:arrived|delivered|here))\b",
        t[gm.end() :],
    ):
        return  # "two A100s on order": not held yet
    if rx.search(
        r"\b(?:went back|gone back|given back|gave (?:them |it )?back|returned|sold|decommissioned|scrapped|no longer|"
        r"not (?:ours|available) any ?more)\b",
        t[gm.end() : gm.end() + 80].split(".")[0],
    ):
        return  # "the 4 H100s left from the pilot went back to the vendor": not held any more
    if not gm["n"].isdigit() and (
        rx.match(r"\s*(?:\w+\s+)?(?:cluster|quote|budget|access|shortage|instance|allocation)s?\b", t[gm.end() :])
        or rx.search(
            r"\b(?:quote|budget|price|pricing|"
            r"offer)\s+(?:for\s+)?$",
            t[max(0, gm.start("n") - 20) : gm.start("n")],
        )
        or rx.search(r"\bgaming\b|\bnot relevant\b|\bat home\b", t[gm.start("n") : gm.end() + 60])
    ):
        return  # "a quote for an H100 server", "an H100 cluster at the university", "an RTX 4090 in my gaming PC"
    if rx.search(
        r"\b(?:about|quotes? (?:for|on)|pricing (?:for|on)|price (?:for|of)|offers? (?:for|on)|interested in|"
        r"looking at|"
        # bought but not here yet, or still to buy ("we've ordered a B200 box", "we plan to buy 4 H100s")
        r"(?:have |'ve |just )?ordered|placed an order for|(?:have |'ve )?(?:an |a )?order (?:in |placed |out )?for|"
        r"(?:are )?on order:?|(?:plan|planning|going|about|want|hoping) to (?:buy|order|"
        r"purchase|get)|(?:are|'re) (?:buying|ordering|purchasing))\s+(?:an?\s+|the\s+)?$",
        t[max(0, gm.start("n") - 30) : gm.start("n")],
    ):
        return  # "a meeting with Dell about an 8x H100 box next week": talked about, not held
    free_part = FREE_PART.search(t, gm.end(), gm.end() + 60)
    usable_after = USABLE.search(t, gm.end(), gm.end() + 160)
    if (
        NOT_FOR_US.search(t[gm.end() : gm.end() + 80])
        and free_part is None
        and usable_after is None
        and not _freed(t, gm.start())
    ):
        return  # "research has 64 H100s but they guard them like dragons, we get none"
    count = int(gm["n"]) if gm["n"].isdigit() else 1
    if count < 1:
        return
    # (machines with a GPU each are counted by the machines: "6 workstations with an RTX A6000 each")
    boxes = None if machines else BOXES.search(t[max(0, gm.start("n") - 50) : gm.start("n")])
    if boxes is not None and (
        rx.search(
            r"\beach\b|\bper (?:server|node|box|machine|host)\b|\bapiece\b",
            boxes.group(0) + t[gm.start("n") : gm.end() + 15],
        )
        or rx.search(r"[x×]\s*$", boxes.group(0))
    ):
        count *= int(boxes["boxes"])  # "2 servers with 8 x L40S each": 16 GPUs
    if "dgx" in t[gm.start("n") : gm.start("gpu")]:
        count *= DGX_GPUS  # "two DGX H100 systems": 16 GPUs
    usable = USABLE.search(t, gm.end())
    said_k = (usable["k"] or usable["k2"]) if usable is not None else "0"
    usable_k = int(said_k) if said_k.isdigit() else UNITS.get(said_k, 0)
    if 0 < usable_k < count:
        count = usable_k  # "...so I could ring-fence 8 of the A100s for this": those are the ones to price
    if free_part is None and count >= 2 and SHARED_HALF.search(t, gm.end(), gm.end() + 90):
        count //= 2  # "one DGX H100 (8x H100), shared roughly 50/50 with a computer-vision program": 4 for this
    if free_part is not None:  # "we own 8 A100s, half are free": those are the ones to price
        part = int(free_part["k"]) if free_part["k"] else count // (2 if free_part["half"] else 4)
        if 0 < part < count:
            count = part
    gpu = next(slug for pattern, slug in GPU_NAMES if rx.fullmatch(pattern, gm["gpu"].strip()))
    if gpu == "a100-40gb" and rx.match(
        r"[^.;?]{0,20}?\b(?:sorry|correction|i mean|actually)\b[^.;?]{0,40}?\b80\s*gb\b", t[gm.end() :]
    ):
        gpu = "a100-80gb"  # "8 A100 40GB - correction, they're the 80GB variant"
    paid = not rx.search(
        r"\b(?:leas\w+|rent\w*|reserved|reservations?|resrved|ris|committed[- ]use|commitment|savings plan|contract|"
        r"on loan|cloud credits?|paying (?:them )?off|financ\w+|installments?|"
        # GPUs in a cloud account are rented by the hour ("we have access to 8 A100s on our AWS account")
        r"(?:on|in|through|via) (?:our |the |an? )?(?:aws|azure|gcp|google cloud|oci|oracle cloud|lambda|runpod|"
        r"coreweave|vast|paperspace|ec2)\b(?:\s+(?:account|subscription|project|tenant|labs|cloud))?)\b",
        _said_with(t, gm.start(), gm.end()),
    )
    c.out.add("owned_gpus", {"gpu": gpu, "count": count, "paid_for": paid}, c.quote(gm.start(), gm.end()))
