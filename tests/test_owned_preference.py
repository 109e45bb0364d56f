"""GPUs already paid for are picked over GPUs to buy when the fleets cost about the same (within the share in
rules.toml): a researcher on an air-gapped enclave with four A100s is not told to buy an A100 to save $1.51 a month
(probe 20-08, written by a helper in a new voice)."""

from __future__ import annotations

from assistant.decision.rules import rules
from tests.profiles import conversation
from tools.catalog import load_catalog

ENCLAVE = [  # probe 20-08, as the helper wrote it, then an answer to the team question
    "Hi, I'm a postdoc in a public health group. We're coding qualitative interview transcripts with an LLM (themes + "
    "a short justification) and I need to plan compute for the next year.",
    "The transcripts are from patients and under our ethics approval they may only be processed on the secure enclave, "
    "which is air-gapped. No internet, no cloud, no exceptions.",
    "Roughly 12,000 transcripts per month, average ~9,000 tokens each, and we generate about 500 tokens of output per "
    "transcript.",
    "Nothing is interactive. We queue jobs and look at the results the following week.",
    "The enclave has one node with 4x A100 40GB we can use. People: me and two PhD students who are comfortable with "
    "PyTorch; the HPC staff handle the system side.",
    "none of them really, the HPC staff run the machines",
]


def test_the_gpus_you_own_are_used_before_buying_one_for_the_same_money() -> None:
    _, s = conversation(load_catalog(), *ENCLAVE)
    assert s.baseline is not None
    chosen = s.baseline.chosen
    assert "of your 4" in chosen.name and "A100 40GB" in chosen.name
    bought = [a for a in s.baseline.set_aside if "bought" in a.name]
    # the cheaper purchase is set aside with what it would save, never silently dropped
    assert bought and all(a.monthly_usd < chosen.monthly_usd for a in bought)
    assert all("GPUs you already own" in a.reason for a in bought)
    assert all(
        chosen.monthly_usd <= a.monthly_usd * (1 + rules().thresholds.owned_preference_share.value) for a in bought
    )


def test_the_owned_fleet_is_not_read_as_a_what_if() -> None:
    _, s = conversation(load_catalog(), *ENCLAVE[:5])
    assert "What if" not in s.turns[-1].assistant
    owned = s.profile.facts["owned_gpus"]
    assert owned.said and owned.value == {"gpu": "a100-40gb", "count": 4, "paid_for": True}
