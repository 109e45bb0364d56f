"""The interview's questions, one per topic of the dialogue policy (`data/dialogue.toml` names them)."""

from __future__ import annotations

QUESTIONS: dict[str, str] = {
    "tokens_per_month": "Roughly how many tokens do you process a day or a month? "
    '("50M a day" or "3k requests an hour at ~1,500 tokens each" both work.)',
    "input_share": "Is it mostly input (long prompts, short answers), mostly output, or about even?",
    "compliance": "Where may the data go: is a third-party API fine, or must it stay in your own cloud "
    "tenant or on your own servers? And does a regime such as HIPAA, GDPR, PCI-DSS, SOC 2 or FedRAMP "
    "apply, or none?",
    "team": "Who would run it: any ML or MLOps engineers, and existing GPU or Kubernetes infrastructure?",
    "quality": "Do you need frontier quality (GPT-5 / Claude class), or is a good open-weight model enough?",
    "traffic_shape": "Is your traffic steady around the clock, concentrated in business hours, or bursty?",
    "latency_p99_ms": "Two things that would make self-hosting the only fit: must answers start in under "
    "about 100 ms, and will you serve a model fine-tuned on your own data?",
    "fine_tuning": "Will you need a model fine-tuned on your own data, or is an off-the-shelf model fine?",
    "owned_gpus": "Do you already own GPUs you could use? If so, which and how many?",
    "data_region": "Which region must the data stay in (the EU, the UK, the US, Canada...)? Until you say, I count "
    "only deployments you pin to a region yourself; APIs that can process there count once I know it.",
}
