"""What to ask next: the topics that could still flip the answer (``open_topics``), whether the advice is ready,
and one clarifying question for an unclear or contradictory fact."""

from __future__ import annotations

from assistant.interview.describe import NameLookup, describe_fact
from assistant.interview.facts import FIELDS, Fact, WorkloadProfile
from assistant.interview.policy.plan import DialogueState, TurnInput
from assistant.interview.policy.topics import CONDITIONS, DialoguePolicy, Topic, load_policy
from assistant.interview.reading import Update


def open_topics(
    profile: WorkloadProfile,
    state: DialogueState,
    policy: DialoguePolicy | None = None,
    *,
    blocking: bool | None = None,
) -> list[Topic]:
    """Topics that could still flip the answer: not answered, skipped, moved past, nor asked too often."""
    policy = policy or load_policy()
    out = []
    for t in policy.topics:
        if blocking is not None and t.before_answer != blocking:
            continue
        if any(profile.knows(f) for f in t.facts) or t.name in profile.skipped or t.name in state.passed:
            continue
        if state.asked.get(t.name, 0) >= policy.max_asks:
            continue
        if CONDITIONS[t.ask_when](profile):
            out.append(t)
    return out


def ready(profile: WorkloadProfile, state: DialogueState, policy: DialoguePolicy | None = None) -> bool:
    """The volume is known and every topic asked before an answer has been dealt with: answered, skipped, or
    asked once already (what is still open is assumed, listed with the answer and editable; a second ask waits
    for nothing)."""
    if not profile.knows("tokens_per_month"):
        return False
    return all(state.asked.get(t.name, 0) >= 1 for t in open_topics(profile, state, policy, blocking=True))


def _ask(
    profile: WorkloadProfile,
    state: DialogueState,
    questions: dict[str, str],
    limit: int | None = None,
    policy: DialoguePolicy | None = None,
    blocking: bool | None = None,
) -> tuple[list[str], DialogueState]:
    policy = policy or load_policy()
    # a topic never asked comes before one asked already (in the policy's order within each)
    topics = sorted(
        open_topics(profile, state, policy, blocking=blocking), key=lambda t: state.asked.get(t.name, 0) > 0
    )
    topics = topics[: limit or policy.max_questions_per_turn]
    asked = dict(state.asked)
    for t in topics:
        asked[t.name] = asked.get(t.name, 0) + 1
    expecting = [f for t in topics for f in t.facts]
    return [questions[t.name] for t in topics if t.name in questions], state.model_copy(
        update={"asked": asked, "expecting": expecting}
    )


def clarifying_question(
    field: str, profile: WorkloadProfile, turn: TurnInput, conflict: tuple[Fact, Update] | None, names: NameLookup
) -> str:
    """One question that settles an unclear or contradictory fact, in plain words."""
    label = FIELDS.get(field, "that")
    if conflict is not None:
        old, new = conflict
        before = describe_fact(field, old.value, days_per_month=turn.days_per_month, names=names)
        after = describe_fact(field, new.value, days_per_month=turn.days_per_month, names=names)
        said_before = f" (“{old.quote}”)" if old.quote and old.quote != "recorded by the model" else ""
        return f"Earlier I noted that {before}{said_before}; this message reads as {after}. Which should I use?"
    if field == "compliance":
        return (
            "I want to get the compliance part right: does a regime such as HIPAA, PCI-DSS, GDPR, SOC 2 or "
            "FedRAMP apply to the data you'd send, or none?"
        )
    if field == "input_share":
        return "The input and output shares don't add up; roughly what share of the tokens are input (the prompts)?"
    if field == "tokens_per_month":  # two figures, a peak or a ceiling alone, a past or a future one
        return (
            "I couldn't pin down one usual volume from that; roughly how many tokens a day (or a month) should I use?"
        )
    if field == "traffic_shape":  # often bursts said beside a working-hours pattern
        return (
            "How does the traffic spread over the day: steady around the clock, mostly within business hours (quiet "
            "nights), or spiky, with bursts well above the average at any hour?"
        )
    if field == "batch_ok":  # often part live, part able to wait: the bulk of the volume decides
        return (
            "Can the answers wait hours (a batch API, about half price), or is someone waiting for them? If part is "
            "live and part can wait, which part is most of the volume?"
        )
    if field == "team":  # data scientists, or ML people counted loosely: who would run a self-hosted model?
        return (
            "How many people on your team could deploy and run a model in production (ML engineers, or data "
            "scientists who ship models)? If nobody, say so and I'll leave self-hosting aside."
        )
    if field == "current_model":
        return (
            "Which model do you use today, with its version (for example “Claude Sonnet 4.5” or “GPT-4o”)? "
            "It sets the price I compare against."
        )
    if field in CLARIFY:
        return CLARIFY[field]
    return f"I'm not sure I understood this part: {label}. Could you say it once more in a few words?"


# The question that settles each unclear fact, in plain words (a loose wait, a budget in a currency without a rate)
CLARIFY: dict[str, str] = {
    "latency_p99_ms": (
        "How long may an answer take, as a time? For example “first words within 1 second” or “the whole answer "
        "within 10 seconds”. If there's no firm limit, say so and I'll assume answers in real time with no tight "
        "target."
    ),
    "latency_kind": (
        "Does that time apply to the first words appearing (the answer streams), or to the whole answer arriving?"
    ),
    "budget_usd_per_month": (
        "What is the monthly budget in US dollars? If you'd rather give it in your currency, tell me the exchange "
        "rate to use too."
    ),
    "data_boundary": (
        "I'm not sure where the data may go: to any third-party API, only into your own cloud tenant, only onto "
        "your own servers, or only on an air-gapped network?"
    ),
    "quality": "Do you need frontier quality (GPT-5 / Claude class), or is a good open-weight model enough?",
    "fine_tuning": "Will you serve a model fine-tuned on your own data, or use the models as they are?",
}


def _topics(fields: list[str], policy: DialoguePolicy) -> list[str]:
    return [t.name for t in policy.asked_topics(fields)]
