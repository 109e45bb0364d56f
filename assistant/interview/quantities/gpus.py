"""GPUs the team already owns (or leases): "we already own 16 H100s", "8 A100s sitting idle in-house"."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.interview.quantities.context import Context

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
    r"another team|friends?'?s?|my (?:previous|last|old|former) (?:employer|company|job))\b"
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


def _gpus(c: Context) -> None:
    t = c.t
    owning = (
        r"\bown|\bowned|\bhave|\bhas|\bbought|\bpurchased|\bsitting on|\bgot|\balready|\bin[- ]house|\bour|\bracks? of|"
        r"\bleas\w+|\brent\w*|\breserved|\bwe've got|\bidle|\bspare|\bunused|\bpossess\w*|\btook delivery of|"
        r"\bwe'?ve(?= (?:about |around |like )?\d)|\bpaying off|\bpaid (?:off|for)|\bours|\bprocured|\bacquired"
    )
    gm = re.search(
        r"(?P<verb>"
        + owning
        + r")\b[^.;?]{0,40}?(?<![\w.])(?P<n>\d+)\s*(?:x\s*)?(?:nvidia\s+|amd\s+)?(?:of\s+(?:the\s+)?)?"
        + GPU,
        t,
    ) or re.search(
        r"(?<![\w.])(?P<n>\d+)\s*(?:x\s*)?(?:nvidia\s+|amd\s+)?" + GPU + r"[^.;?]{0,40}?(?P<verb>\bwe own|"
        r"\bwe have|\bwe bought|\bthat we own|\bwe already|\bin[- ]house|\bon[- ]prem|\bsitting|\bidle|"
        r"\bunused|"
        r"\bpaid|\bowned|\bours\b|\bbought|\bpurchased|\bon a lease|\bleased)",
        t,
    )
    if gm is None:
        return
    from assistant.interview.scope import chunks, polarity
    from assistant.interview.scope_parties import speaks_for_client

    for chunk in chunks(t):
        offset = gm.start() - chunk.start
        if 0 <= offset <= len(chunk.text):
            if chunk.away and _freed(t, gm.start()):
                chunk = replace(chunk, others=False)  # "two A100s from another project, free now": ours to use
            pol = polarity(chunk, max(0, offset), min(len(chunk.text), offset + 1))
            if pol != "yes" and not (
                pol == "other"
                and re.search(r"\bwe\b|\bour\b", chunk.text)
                and not chunk.others
                and not re.search(r"\bif\b|\bwhat if\b", chunk.text)
            ):
                return
            break
    if not re.search(
        r"\b(?:we|our|i|us|my|own|owned|ours|bought|purchased|procured|acquired|paid|idle|spare|unused|sitting|"
        r"in[- ]house|on[- ]prem\w*|basement|rack|closet|server room|data ?cent(?:er|re)|dc)\b|we've|i've",
        t[max(0, gm.start() - 40) : gm.end() + 40],
    ):
        return
    start = max(t.rfind(x, 0, gm.start()) for x in (",", ";", ".", "!", "?")) + 1
    subject = t[start : gm.start("verb") if gm.start("verb") < gm.start("n") else gm.start()]
    client = speaks_for_client(t)
    if (re.search(THIRD_PARTY, subject) or (not client and re.search(CLIENT_OR_THEM, subject))) and not re.search(
        r"\b(?:we|our|i|us|my)\b|we've|i've", subject
    ):
        return  # "they own 8 H100s": someone else's GPUs (unless the user speaks for "them", a client)
    if re.match(
        r"[^.;?]{0,30}?\b(?:on order|ordered|arriving|being delivered|coming (?:next|in|soon)|not (?:yet )?"
        r"(?:arrived|delivered|here))\b",
        t[gm.end() :],
    ):
        return  # "two A100s on order": not held yet
    count = int(gm["n"])
    if count < 1:
        return
    gpu = next(slug for pattern, slug in GPU_NAMES if re.fullmatch(pattern, gm["gpu"].strip()))
    paid = not re.search(
        r"\b(?:leas\w+|rent\w*|reserved|contract|on loan|cloud credits?|paying (?:them )?off|financ\w+|"
        r"installments?)\b",
        t,
    )
    c.out.add("owned_gpus", {"gpu": gpu, "count": count, "paid_for": paid}, c.quote(gm.start(), gm.end()))
