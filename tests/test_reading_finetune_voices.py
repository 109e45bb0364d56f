"""Fine-tuning said in voices the corpus lacked (non-native, terse, exec, researcher), and what only mentions it:
RAG or prompting only, staff training, another party's tuning, questions, undecided ("fine-tuning? no idea yet")."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message

FACTS = ("fine_tuning",)

STATED = [
    ("we wanna LoRA it on our support tickets", {"fine_tuning": True}),
    ("Plan is to train the model on our internal docs so it knows our stuff.", {"fine_tuning": True}),
    ("we need adapt the model to our jargon, it not know our words", {"fine_tuning": True}),
    ("Fine-tune: yes.", {"fine_tuning": True}),
    ("ft: yes", {"fine_tuning": True}),
    ("We intend to fine-tune on our proprietary contract data.", {"fine_tuning": True}),
    ("We have 50k labelled examples and want to train on them.", {"fine_tuning": True}),
    ("we're going to distill a smaller model from gpt-4 outputs", {"fine_tuning": True}),
    ("we will build a custom model trained on our claims", {"fine_tuning": True}),
    ("we want to train our own model on our data", {"fine_tuning": True}),
    ("Our ML team will run LoRA adapters on top of Llama for each client.", {"fine_tuning": True}),
    ("need to teach the model our product catalog via training, not prompts", {"fine_tuning": True}),
    ("yes we'll finetune", {"fine_tuning": True}),
    ("Customization via fine-tuning is a must for us.", {"fine_tuning": True}),
    ("we plan to do SFT on our chat logs", {"fine_tuning": True}),
    ("We are going to fine tune it with our own data, for sure.", {"fine_tuning": True}),
    ("we want train model with our data, yes", {"fine_tuning": True}),
    ("the board wants a model tuned on our own documents", {"fine_tuning": True}),
    ("we'll retrain it on our tickets every quarter", {"fine_tuning": True}),
    ("We'll do instruction tuning on our 20k Q&A pairs.", {"fine_tuning": True}),
    ("we gonna fine tune on customer emails", {"fine_tuning": True}),
    ("we will need to adapt the weights to our domain", {"fine_tuning": True}),
    ("we'll train a LoRA on our transcripts", {"fine_tuning": True}),
    ("we already fine-tuned a Mistral on our tickets and will keep doing that", {"fine_tuning": True}),
    ("RAG is enough, no training", {"fine_tuning": False}),
    ("no fine-tuning, just prompts + retrieval", {"fine_tuning": False}),
    ("We don't plan to train anything; retrieval covers it.", {"fine_tuning": False}),
    ("off the shelf model is fine, no tuning", {"fine_tuning": False}),
    ("nope, no finetune", {"fine_tuning": False}),
    ("We will use the base model as is.", {"fine_tuning": False}),
    ("we dont need custom training, prompt engineering is fine", {"fine_tuning": False}),
    ("no need to fine tune", {"fine_tuning": False}),
    ("Tuning the model is not in scope.", {"fine_tuning": False}),
    ("we'll stick to the stock model", {"fine_tuning": False}),
    ("we won't train on our data", {"fine_tuning": False}),
    ("not planning any LoRA or similar", {"fine_tuning": False}),
    ("Our data science team used to fine-tune BERT years ago.", {"fine_tuning": False}),
    ("LoRA on our tickets, yes", {"fine_tuning": True}),
    ("we will make the model learn our jargon by training it", {"fine_tuning": True}),
    ("fine tuning on our contracts is part of the plan", {"fine_tuning": True}),
    ("we are planning to fine-tune mistral with our support history", {"fine_tuning": True}),
    ("ja, we will finetune the model with our documents", {"fine_tuning": True}),
    ("our researchers will run QLoRA on the clinical notes", {"fine_tuning": True}),
    ("The team intends to distill a compact student model for production.", {"fine_tuning": True}),
    ("we'll tune llama on our product manuals", {"fine_tuning": True}),
    ("finetuning on 30k annotated pairs is the plan", {"fine_tuning": True}),
    ("yep gonna train it on our docs", {"fine_tuning": True}),
    ("we want a custom model trained on our legal memos", {"fine_tuning": True}),
    ("Management approved fine-tuning on our customer data.", {"fine_tuning": True}),
    ("we must adapt the model weights to the medical vocabulary", {"fine_tuning": True}),
    ("we won't fine-tune, RAG does the job", {"fine_tuning": False}),
    ("no custom model, the base one with retrieval is fine", {"fine_tuning": False}),
    ("Fine-tuning is out of scope for this project.", {"fine_tuning": False}),
    ("we do not train models, we only use them", {"fine_tuning": False}),
    ("no LoRA, no SFT, just prompting", {"fine_tuning": False}),
    ("just prompting, nothing fancy", {"fine_tuning": False}),
    ("nah no training needed", {"fine_tuning": False}),
    ("we never fine-tune, not our thing", {"fine_tuning": False}),
]

MENTIONED_ONLY = [
    "we attended a webinar about LoRA",
    "I read that LoRA is cheap",
    "we'd like our own model eventually, maybe",
    "should we fine-tune?",
    "does fine-tuning help for this?",
    "is it worth training on our docs?",
    "we need to train our staff on the new tool",
    "the training data for our staff onboarding is in Confluence",
    "another team at our company fine-tunes their models",
    "we use RAG over our docs",
    "we do prompt engineering with few-shot examples",
    "our vendor fine-tuned their model on legal text",
    "maybe fine-tuning later, not sure",
    "what does LoRA cost?",
    "we train new hires for two weeks",
    "we have 50k labelled examples",
    "We attended a workshop on fine-tuning last week.",
    "if we fine-tuned, would self-hosting win?",
    "Competitors fine-tune their models, we hear.",
    "I read a blog about distillation",
    "the model is trained on public data",
    "we'll customize the prompts for each client",
    "training sessions for the support team happen monthly",
    "we're not sure whether to fine-tune yet",
    "fine-tuning? no idea yet",
    "I saw a talk on distillation yesterday",
    "there's a blog post about fine-tuning llama we liked",
    "our staff need training on prompt writing",
    "the model was trained by Meta on public data",
    "Would fine-tuning improve accuracy much?",
    "could we fine-tune later if needed?",
    "how much data do we need to fine-tune?",
    "our partner agency fine-tunes models for their clients",
    "A competitor distilled their own model, I heard.",
    "we're still deciding on fine-tuning",
    "maybe we'll train our own model someday",
    "the training budget for employees was cut",
    "we run training sessions on GDPR",
    "customization of the UI is planned",
    "we customize prompts per tenant",
    "fine-tuning? dunno",
    "the vendor offers fine-tuning as a service",
    "we have 2TB of training data for our vision models, unrelated",
    "is distillation worth it for us?",
    "What's the difference between RAG and fine-tuning?",
]


@pytest.mark.parametrize(("text", "expected"), STATED)
def test_fine_tuning_said_is_stored(text: str, expected: dict[str, object]) -> None:
    got = {u.field: u.value for u in parse_message(text).updates if u.field in FACTS}
    for field, value in expected.items():
        assert got.get(field) == value, (text, got)


@pytest.mark.parametrize("text", MENTIONED_ONLY)
def test_fine_tuning_mentioned_only_stores_nothing(text: str) -> None:
    got = {u.field: u.value for u in parse_message(text).updates if u.field in FACTS}
    assert got == {}, (text, got)
