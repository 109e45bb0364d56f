"""What the team runs, said through the things it runs: GPUs that serve a model today ("GPU nodes in our EKS cluster
serve our embedding model", "our cluster has some T4 nodes for inference"). Only what is said of the user's own setup
today counts: plans, wishes, questions, denials and other parties' setups do not. (MLOps tooling named the same way,
"a model registry and automated retraining", was tried and cost precision on the unseen voices: left to the classifier.)
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.cue_table import GPU_MODELS

GPU = r"(?:gpus?|" + GPU_MODELS + r")"
GPU_SERVING = rx.compile(
    # "GPU nodes in our EKS cluster serve our embedding model", "on-prem GPUs that serve our vision model"
    r"\b" + GPU + r"(?:\s+(?:nodes?|servers?|boxes|instances|cards|machines|workers))?\s+(?:(?:in|on) (?:our|the) "
    r"(?:[\w-]+\s+){0,2}?(?:cluster|dc|data ?cent(?:er|re)|rack|server room|colo)\s+)?(?:that\s+|which\s+)?"
    r"(?:already\s+|currently\s+)?(?:serve|serves|run|runs|host|hosts|power|powers)\s+(?:our|the|a|an|all|\d+|"
    r"two|three|several|some)\b|"
    # "our cluster has some T4 nodes for inference"
    r"\b(?:our|the) (?:[\w-]+\s+)?cluster (?:has|includes|got) (?:some |a few |a couple of |\d+ |two |four |eight )?"
    + GPU
    + r"(?:\s+(?:nodes?|servers?|boxes|instances|cards|machines))?\s+(?:for|doing|serving|running) (?:\w+ )?"
    r"(?:inference|serving|models?)\b|"
    # "We run a Ray cluster on plain EC2 GPU instances - no Kubernetes - and it's been in production for a year"
    r"\b(?:gpu|g4dn|g5|g6e?|p4d?|p5|a2|a3|g2)(?:\.\w+)?\s+(?:instances|nodes|servers|boxes)\b(?=[^.;!?]{0,60}?"
    r"(?<!not )(?<!never )(?<!n't )(?<!nothing )(?<!no )(?<!none )(?<!yet )\b(?:been |running |live |serving )?in "
    r"(?:prod|production)\b)"
)
OURS = rx.compile(r"\b(?:we|we'?ve|we'?re|our|us)\b")


WISH = rx.compile(
    r"\b(?:want|wants|wanted|need|needs|plan|plans|planning|would like|like to|looking for|looking at|looking to|hope|"
    r"wish|considering|evaluating|exploring|thinking|build|building|set up|setting up|introduce|introducing|add|adding|"
    r"get|getting|buy|buying|missing|lack|lacking)\b(?:\s+\S+){0,4}\s*$"
)


def _said_here(t: str, start: int, end: int) -> bool:
    if WISH.search(t[max(0, start - 50) : start]):
        return False  # "we want a model registry", "planning to add a feature store"
    for ch in scope.chunks(t):
        if ch.start <= start < ch.start + len(ch.text):
            return scope.team_polarity(ch, start - ch.start, end - ch.start, skill=False) == "yes" and bool(
                OURS.search(ch.text)
            )
    return False


def gpus_serving(t: str) -> bool:
    """Whether the message says the user's GPUs serve a model today."""
    return any(_said_here(t, m.start(), m.end()) for m in GPU_SERVING.finditer(t))


# GPUs named in a sentence that says they serve in production ("four A100 80GB cards, purchased last year, which
# already run our computer-vision models in production", "Qwen2.5 14B on 2x RTX 4090 (our own, bought), in prod.",
# "we've been serving our own models on them since spring")
IN_SERVICE = rx.compile(
    r"\b(?:in prod(?:uction)?|(?:already |currently )?serv(?:e|es|ing|ed) (?:(?:our|the|all|production|live) )?"
    r"(?:own )?(?:[\w-]+ )?(?:models?|traffic|users|inference|llms?)\b|already run|(?:runs?|running) (?:our|the) "
    r"(?:\w+[- ])*?(?:models?|inference)|prod\s*[=:])"
)
_NEGATED_SERVICE = rx.compile(
    r"\b(?:not|never|no|n't|nothing|none|yet|plan\w*|will|would|could|might|want\w*|need\w*|buy\w*|get|getting|"
    r"looking|requir\w*|hope|wish|should)\b"
)


def gpus_in_service(t: str) -> bool:
    """Whether a sentence names GPUs and says they serve models in production today (stated, not denied or planned)."""
    for offset, sentence in scope.sentences(t):
        on = rx.search(
            r"\b(?:it|they|the model|our model|this)\s+(?:runs?|is running|is served|is hosted|lives?) on\b"
            r"[^.;!?]{0,30}?\b" + GPU + r"\b",
            sentence,
        )
        if (
            on is not None
            and rx.search(r"\bwe (?:serve|host|run)\b|\bin prod", t)
            and not _NEGATED_SERVICE.search(on.group(0))
        ):
            return True  # "We serve our own fine-tuned Mistral 7B. It runs on two A10G instances that we rent"
        g = rx.search(r"\b" + GPU + r"\b|\b(?:on|with) (?:them|these|those)\b", sentence)
        if g is None:
            continue
        if not rx.search(r"\b" + GPU + r"\b", sentence):
            # "16 H100s on a reservation, and we've been serving our own models on them": the GPUs of the sentence
            # just before, named as held (not wished for, asked about or denied)
            before = t[max(0, offset - 200) : offset]
            held = rx.search(r"\b" + GPU + r"\b[^.;!?]*$", before)
            if held is None or _NEGATED_SERVICE.search(before[max(0, held.start() - 60) :]):
                continue
        for m in IN_SERVICE.finditer(sentence):
            lo, hi = sorted((g.start(), m.start()))
            if _NEGATED_SERVICE.search(sentence[max(0, lo - 20) : hi + len(m.group(0)) + 10]):
                continue
            at = offset + m.start()  # (said of the serving: "cards purchased last year, which already run ...")
            for ch in scope.chunks(t):
                if ch.start <= at < ch.start + len(ch.text):
                    if scope.team_polarity(ch, at - ch.start, at - ch.start + len(m.group(0)), skill=False) == "yes":
                        return True
                    break
    return False
