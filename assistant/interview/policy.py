"""The dialogue policy: from (profile, what the message said, dialogue state) to a plan and a profile change.

``plan_turn`` is a pure function: it reads the profile and returns what to store, what to ask and
what to do, and the next dialogue state; the session applies the change. The rules:

- recommend as soon as the volume is known and every topic that could flip the answer (the
  topics of ``data/dialogue.toml`` whose condition holds) was answered, skipped, or asked once;
  everything else is assumed, listed, and editable;
- no question is asked more than ``max_asks`` times; "skip", "not sure", "just tell me" go ahead
  with stated assumptions (an example volume, said so, if even the volume is missing);
- a later line never overwrites a stated fact unless it is a correction or answers the question
  just asked; a conflict or an unclear reading gets one clarifying question;
- every confirmation is in plain words (``describe``), with the user's own phrasing.
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from assistant.interview.added_workload import add_to_said_volume
from assistant.interview.describe import NameLookup, describe_fact, describe_with_quote, own_words
from assistant.interview.facts import FIELDS, IN_CURRENCY, Fact, WorkloadProfile
from assistant.interview.reading import ParseResult, Update
from assistant.interview.whatif import Change
from assistant.vocab import DataRegion
from tools.fx import to_usd
from tools.numbers import plural
from tools.results import DAYS_PER_MONTH

DATA = Path(__file__).parent / "data" / "dialogue.toml"

Action = Literal[
    "problem",
    "confirm",
    "injection",
    "greeting",
    "help",
    "ask",
    "analyze",
    "what_if",
    "baseline",
    "adopt",
    "audit",
    "question",
    "explain",
    "empty",
]
Condition = Literal["always", "self_host_possible", "self_host_plausible", "has_gpu_infra", "residency_without_region"]
ExplainKind = Literal["why", "how", "profile", "compare", "scope", "report"]


# ---------------------------------------------------------------------------------------------- data
class Topic(BaseModel):
    """One interview question: the facts that answer it and when it matters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="key of the question text in interview.questions.QUESTIONS; also its main fact")
    facts: list[str] = Field(min_length=1, description="profile facts any of which answers the topic")
    ask_when: Condition
    before_answer: bool = Field(
        default=True, description="asked before the first recommendation; otherwise asked beside it"
    )
    why: str


EXAMPLE_VOLUME_NOTE = "I still don't have your volume"  # how a note on an assumed example volume opens


class ExampleVolume(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tokens_per_day: float = Field(gt=0)
    why: str
    source: str


class DialoguePolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: str
    source: str
    max_questions_per_turn: int = Field(ge=1, le=4)
    max_asks: int = Field(ge=1, le=3)
    example_volume: ExampleVolume
    topics: list[Topic]

    def topic(self, name: str) -> Topic:
        return next(t for t in self.topics if t.name == name)

    def topic_of(self, field: str) -> Topic | None:
        return next((t for t in self.topics if field in t.facts), None)


@functools.cache
def load_policy(path: Path = DATA) -> DialoguePolicy:
    policy = DialoguePolicy.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    unknown = [f for t in policy.topics for f in t.facts if f not in FIELDS]
    if unknown:
        raise ValueError(f"{path.name}: unknown profile facts {unknown}")
    return policy


def _self_host_forced(p: WorkloadProfile) -> bool:
    return "air_gapped" in p.regimes() or p.get("data_boundary") in ("on_prem", "air_gapped")


CONDITIONS: dict[str, Callable[[WorkloadProfile], bool]] = {
    "always": lambda p: True,
    # someone could run GPUs, or the data may not leave the building: the traffic shape sizes them
    "self_host_possible": lambda p: (
        not p.get("batch_ok") and (p.ml_capacity() or _self_host_forced(p) or p.knows("owned_gpus"))
    ),
    # self-hosting is a live option on cost: people to run it, an open-weight model is good enough
    "self_host_plausible": lambda p: (
        not p.get("batch_ok")
        and (p.ml_capacity() or _self_host_forced(p) or p.knows("owned_gpus"))
        and p.get("quality") != "frontier"
    ),
    "has_gpu_infra": lambda p: bool(p.team.get("gpu_infra")) and not p.knows("owned_gpus"),
    "residency_without_region": lambda p: "data_residency" in p.regimes() and not p.knows("data_region"),
}


# ---------------------------------------------------------------------------------------------- types
class AdviceQuestion(BaseModel):
    """A question about the advice itself (answered from the analysis, not by retrieval); kind 'report' asks
    for the whole analysis again (after the first recommendation, later turns show only what changed)."""

    kind: ExplainKind
    topic: str | None = Field(default=None, description="for 'how': which figure (self_host, api, hybrid, ...)")
    models: list[str] = Field(default_factory=list, description="for 'compare': catalog slugs")
    unknown: list[str] = Field(default_factory=list, description="for 'compare': names no catalog prices")
    gpus: list[str] = Field(default_factory=list, description="for 'compare': GPU ids")
    self_host: bool = Field(default=False, description="for 'compare': price the named open models self-hosted")
    arithmetic: bool = Field(default=False, description="for 'why': also the arithmetic of the recommended figure")
    months: int | None = Field(default=None, ge=1, le=120, description="for 'how' topic 'term': months of the term")
    # set by the offline reader ("without sending data to the US?" is not_us); not offered to models (prompt size)
    region: SkipJsonSchema[DataRegion | None] = None


class Plan(BaseModel):
    """What this turn should do, decided by the policy from the deterministic reading."""

    action: Action
    acknowledged: list[str] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    search: str | None = None
    change: Change | None = Field(default=None, description="the what-if to compute")
    claim: str | None = None
    notes: list[str] = Field(default_factory=list)
    explain: AdviceQuestion | None = Field(default=None, description="the question about the advice")
    full: bool = Field(default=False, description="show the whole analysis, not only what changed (asked for)")


class DialogueState(BaseModel):
    """What the interview remembers between turns (persisted with the session)."""

    expecting: list[str] = Field(default_factory=lambda: ["tokens_per_month"], description="facts just asked")
    asked: dict[str, int] = Field(default_factory=dict, description="topic -> times asked")
    passed: list[str] = Field(default_factory=list, description="topics asked and answered with something else")
    interpreted: list[str] = Field(default_factory=list, description="facts read from vague words (a note)")
    pending: dict[str, Any] | None = Field(default=None, description="a volume awaiting 'per day or per month?'")


class TurnInput(BaseModel):
    """Everything about this message besides the profile and the dialogue state."""

    text: str
    parsed: ParseResult
    what_if: Change | None = None
    question: AdviceQuestion | None = None
    has_baseline: bool = False
    has_scenario: bool = False
    days_per_month: float = DAYS_PER_MONTH
    notes: list[str] = Field(default_factory=list)


class ProfileChange(BaseModel):
    """What to store: facts to set, topics skipped, whether the active scenario becomes the baseline."""

    facts: dict[str, Fact] = Field(default_factory=dict)
    skipped: list[str] = Field(default_factory=list)
    adopt_scenario: bool = False

    def apply(self, profile: WorkloadProfile) -> WorkloadProfile:
        new = profile.model_copy(deep=True)
        companions = set(IN_CURRENCY.values())
        for name, fact in sorted(self.facts.items(), key=lambda kv: kv[0] in companions):  # after their dollars
            new.set(name, fact.value, origin=fact.origin, quote=fact.quote)
        for name in self.skipped:
            if name not in new.skipped and name not in new.facts:
                new.skipped.append(name)
        return new


class Decision(BaseModel):
    plan: Plan
    change: ProfileChange
    state: DialogueState


# ---------------------------------------------------------------------------------------------- merging
def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a == b)
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) <= 0.01 * max(abs(float(a)), abs(float(b)), 1e-9)
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(str, a)) == sorted(map(str, b))
    return bool(a == b)


class _Merge(BaseModel):
    facts: dict[str, Fact] = Field(default_factory=dict)
    stored: list[tuple[str, Any, str | None]] = Field(default_factory=list)
    conflicts: list[tuple[str, Fact, Update]] = Field(default_factory=list)
    unclear: list[str] = Field(default_factory=list)


def _merge(
    profile: WorkloadProfile, parsed: ParseResult, expecting: list[str], text: str, interpreted: list[str]
) -> _Merge:
    """Turn the reading into facts to store, keeping said facts unless corrected or asked about."""
    out = _Merge(unclear=[f for f in parsed.clarify if f in FIELDS])
    by_field: dict[str, list[Update]] = {}
    for u in parsed.updates:
        if u.field in FIELDS and u.field not in out.unclear:
            by_field.setdefault(u.field, []).append(u)
    for field, updates in by_field.items():
        values = [u.value for u in updates]
        if field not in ("team", "compliance", "candidate_models", "languages") and any(
            not _same(values[0], v) for v in values
        ):
            out.unclear.append(field)  # one message, two different values: ask
            continue
        u = updates[-1]
        value: Any = u.value
        old = profile.facts.get(field)
        # a precise value replaces one we only inferred from vague words ("mostly input" read as 80%)
        sharper = field in interpreted and u.note is None
        authoritative = u.correction or field in expecting or old is None or not old.said or sharper
        if field == "team" and isinstance(value, dict):
            merged = {**(dict(old.value) if old and isinstance(old.value, dict) else {})}
            for part in updates:
                merged_part = dict(part.value)
                clash = [
                    k for k, v in merged_part.items() if k in merged and not _same(merged[k], v) and not authoritative
                ]
                if clash and old is not None:
                    out.conflicts.append((field, old, part))
                    merged_part = {k: v for k, v in merged_part.items() if k not in clash}
                merged.update(merged_part)
            value = merged
        elif field == "compliance":
            new = sorted({r for part in updates for r in part.value})
            if len(new) > 1 and "none" in new:
                out.unclear.append(field)
                continue
            if old is not None and old.said and not u.correction:
                before = list(old.value)
                if new == ["none"] and before != ["none"] and field not in expecting:
                    out.conflicts.append((field, old, u))
                    continue
                if new != ["none"] and before == ["none"] and field not in expecting:
                    out.conflicts.append((field, old, u))
                    continue
                if new != ["none"] and before != ["none"]:
                    new = sorted(set(before) | set(new))
            value = new
        elif field in ("candidate_models", "languages"):  # "also Spanish": added to the ones said before
            before = list(old.value) if old else []
            value = list(dict.fromkeys([*before, *[m for part in updates for m in part.value]]))
            if field == "languages" and len(value) > 1:
                value = [v for v in value if v != "multilingual"] or value  # named languages say more
        elif old is not None and old.said and not authoritative and not _same(old.value, value):
            out.conflicts.append((field, old, u))
            continue
        if old is not None and old.said and _same(old.value, value):
            continue  # said again, or only what clashes with it (asked about): nothing new to confirm
        out.facts[field] = Fact(value=value, origin="said", quote=own_words(u.quote, text) or u.quote)
        out.stored.append((field, value, u.note))
    for usd, local in IN_CURRENCY.items():  # the amount in its currency goes with its dollar figure, or not at all
        if usd not in out.facts:
            out.facts.pop(local, None)
            out.stored = [s for s in out.stored if s[0] != local]
            out.conflicts = [c for c in out.conflicts if c[0] != local]
            out.unclear = [f for f in out.unclear if f != local]
    _said_rate(profile, out)
    return out


def _said_rate(profile: WorkloadProfile, out: _Merge) -> None:
    """A rate the user gave ("1 EUR = 1.10 USD") replaces the assumed one: their money in that currency, said now
    or before, is converted again at it. A rate that names no currency is for the one their money is in."""
    fact = out.facts.get("exchange_rate") or profile.facts.get("exchange_rate")
    if fact is None:
        return
    rate = dict(fact.value)
    locals_ = {k: out.facts.get(k) or profile.facts.get(k) for k in IN_CURRENCY.values()}
    if not rate.get("currency"):
        codes = {str(f.value["currency"]) for f in locals_.values() if f is not None}
        if len(codes) != 1:
            out.facts.pop("exchange_rate", None)  # which currency is it for? ask
            out.stored = [s for s in out.stored if s[0] != "exchange_rate"]
            if "exchange_rate" not in out.unclear:
                out.unclear.append("exchange_rate")
            return
        rate["currency"] = codes.pop()
        if "exchange_rate" in out.facts:
            out.facts["exchange_rate"] = fact.model_copy(update={"value": rate})
            out.stored = [(f, rate if f == "exchange_rate" else v, n) for f, v, n in out.stored]
    for usd_field, local in IN_CURRENCY.items():
        said = locals_[local]
        if said is None or said.value.get("currency") != rate["currency"]:
            continue
        if said.value.get("rate") == "said" and said.value.get("usd_per_unit") == rate["usd_per_unit"]:
            continue  # already at this rate
        conv = to_usd(float(said.value["amount_per_month"]), rate["currency"], usd_per_unit=float(rate["usd_per_unit"]))
        out.facts[usd_field] = Fact(value=conv.usd, origin=said.origin, quote=said.quote)
        out.facts[local] = Fact(value=conv.as_fact(), origin=said.origin, quote=said.quote)
        out.stored = [s for s in out.stored if s[0] not in (usd_field, local)] + [(local, conv.as_fact(), None)]
    if any(local in out.facts for local in IN_CURRENCY.values()):
        out.stored = [s for s in out.stored if s[0] != "exchange_rate"]  # said once, with the money it converts


# ---------------------------------------------------------------------------------------------- questions
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
    """The volume is known and every topic asked before an answer has been dealt with."""
    return profile.knows("tokens_per_month") and not open_topics(profile, state, policy, blocking=True)


def _ask(
    profile: WorkloadProfile,
    state: DialogueState,
    questions: dict[str, str],
    limit: int | None = None,
    policy: DialoguePolicy | None = None,
    blocking: bool | None = None,
) -> tuple[list[str], DialogueState]:
    policy = policy or load_policy()
    topics = open_topics(profile, state, policy, blocking=blocking)[: limit or policy.max_questions_per_turn]
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
    if field == "tokens_per_month":
        return "I read two different volumes; roughly how many tokens a day (or a month) should I use?"
    if field == "current_model":
        return (
            "Which model do you use today, with its version (for example “Claude Sonnet 4.5” or “GPT-4o”)? "
            "It sets the price I compare against."
        )
    return f"I'm not sure I understood this part: {label}. Could you say it once more in a few words?"


# ---------------------------------------------------------------------------------------------- the policy
def plan_turn(
    profile: WorkloadProfile,
    turn: TurnInput,
    state: DialogueState,
    questions: dict[str, str],
    names: NameLookup | None = None,
    policy: DialoguePolicy | None = None,
) -> Decision:
    """The plan for one user message. Pure: the session applies ``change`` and keeps ``state``."""
    policy = policy or load_policy()
    lookup: NameLookup = names or (lambda s: s)
    parsed = add_to_said_volume(profile, _rate_times_known_size(profile, turn.parsed, turn.days_per_month), turn.text)
    intents = set(parsed.intents)
    none = ProfileChange()

    def done(plan: Plan, change: ProfileChange = none, st: DialogueState = state) -> Decision:
        plan.notes = [*turn.notes, *plan.notes]
        return Decision(plan=plan, change=change, state=st)

    def ask_more(p: WorkloadProfile, st: DialogueState, limit: int | None = None) -> tuple[list[str], DialogueState]:
        return _ask(p, st, questions, limit, policy, blocking=True)

    if "empty" in intents:
        return done(Plan(action="empty", questions=[questions[t.name] for t in open_topics(profile, state)[:1]]))
    if "injection" in intents:
        return done(Plan(action="injection"))
    merge = _merge(profile, parsed, state.expecting, turn.text, state.interpreted)
    interpreted = [f for f in state.interpreted if f not in merge.facts]
    interpreted += [f for f, _, note in merge.stored if note]
    state = state.model_copy(update={"interpreted": interpreted})
    change = ProfileChange(facts=merge.facts)
    after = change.apply(profile)
    ack = [
        describe_with_quote(
            f, v, merge.facts[f].quote, turn.text, note=note, days_per_month=turn.days_per_month, names=lookup
        )
        for f, v, note in merge.stored
        if not (f in IN_CURRENCY and IN_CURRENCY[f] in merge.facts)  # said once, in the user's currency
    ]
    if parsed.problems:
        qs, st = ask_more(after, state, 1)
        return done(Plan(action="problem", problems=parsed.problems, questions=qs), change, st)
    if parsed.confirm:
        sizing = bool(parsed.pending and "requests" in parsed.pending)  # the next answer is one request's size
        expecting = ["tokens_per_month", "request_size"] if sizing else ["tokens_per_month"]
        st = state.model_copy(update={"pending": parsed.pending, "expecting": expecting})
        if sizing and parsed.pending:
            per_day = float(parsed.pending["requests"]) / turn.days_per_month
            ack = [*ack, f"about {_round_count(per_day)} {plural(parsed.pending['unit'], per_day)} a day"]
        return done(Plan(action="confirm", acknowledged=ack, questions=[parsed.confirm]), change, st)
    if state.pending is not None and "tokens_per_month" in merge.facts:
        state = state.model_copy(update={"pending": None})
    if "baseline" in intents and turn.has_baseline and not ack:
        return done(Plan(action="baseline"))
    if "adopt" in intents and turn.has_scenario and not ack:
        return done(Plan(action="analyze"), ProfileChange(adopt_scenario=True))
    if "audit" in intents:
        return done(Plan(action="audit", claim=turn.text, search=turn.text))

    q = turn.question
    if q is not None:
        if q.kind == "scope" or q.topic == "capability":
            qs = [] if turn.has_baseline else ask_more(profile, state, 1)[0]
            return done(Plan(action="explain", explain=q, questions=qs))
        if q.kind == "profile" or turn.has_baseline:
            return done(Plan(action="explain", explain=q))
        if q.kind == "compare" and profile.knows("tokens_per_month"):
            return done(Plan(action="explain", explain=q))
        qs, st = ask_more(profile, state, 2)
        note = "There is no recommendation yet to explain; once I know a little about the workload I'll show it."
        return done(Plan(action="ask", notes=[note], questions=qs), none, st)
    if turn.what_if is not None and turn.has_baseline:
        return done(Plan(action="what_if", change=turn.what_if))

    # A fact we could not read safely, or one that contradicts what was said: one clarifying question.
    clarify = [*dict.fromkeys([*merge.unclear, *[c[0] for c in merge.conflicts]])]
    clarify = [f for f in clarify if state.asked.get("clarify:" + f, 0) < 1]
    if clarify:
        field = clarify[0]
        conflict = next(((old, new) for f, old, new in merge.conflicts if f == field), None)
        asked = {**state.asked, "clarify:" + field: 1}
        st = state.model_copy(update={"asked": asked, "expecting": [field]})
        question = clarifying_question(field, after, turn, conflict, lookup)
        return done(Plan(action="ask", acknowledged=ack, questions=[question]), change, st)

    skipped: list[str] = []
    notes: list[str] = []
    if "skip_expected" in intents or ("skip" in intents and not ack):
        for f in state.expecting:
            t = policy.topic_of(f)
            if t and t.name not in skipped and not any(after.knows(x) for x in t.facts):
                skipped.append(t.name)
        volume_open = "tokens_per_month" in state.expecting and not after.knows("tokens_per_month")
        if volume_open and state.asked.get("tokens_per_month", 0) < policy.max_asks:
            # "I don't know exactly": the volume decides the answer, so ask once more, with a way to estimate it
            rest = [s for s in skipped if s != "tokens_per_month"]
            if rest:
                notes.append(
                    "No problem, I'll assume the usual for the "
                    + " and ".join(FIELDS.get(load_policy().topic(s).facts[0], s) for s in rest)
                    + "."
                )
            notes.append(
                "The volume matters most, and a rough guess is enough: for example how many requests or conversations "
                "a day, and roughly how long each one is (a short chat message is a few hundred tokens, a page of "
                "text about 500)."
            )
        elif skipped:
            notes.append("No problem, I'll assume the usual for that and list it with the answer.")
    proceed = "proceed" in intents
    if proceed:
        skipped += [t.name for t in open_topics(after, state) if t.name != "tokens_per_month"]
    change = ProfileChange(facts=merge.facts, skipped=[s for s in dict.fromkeys(skipped) if s != "tokens_per_month"])
    after = change.apply(profile)
    if ack:  # the user moved on: what we asked and they didn't answer is assumed, not asked again
        moved = [
            t.name
            for f in state.expecting
            if (t := policy.topic_of(f)) and t.name != "tokens_per_month" and not any(after.knows(x) for x in t.facts)
        ]
        state = state.model_copy(update={"passed": list(dict.fromkeys([*state.passed, *moved]))})

    if "greeting" in intents and not ack:
        st = state.model_copy(
            update={
                "asked": {**state.asked, "tokens_per_month": state.asked.get("tokens_per_month", 0) + 1},
                "expecting": ["tokens_per_month", "input_share"],
            }
        )
        return done(Plan(action="greeting"), change, st)
    if "help" in intents and not ack:
        return done(Plan(action="help"), change)
    if "question" in intents and not ack and not proceed:
        if not turn.has_baseline and ready(after, state, policy):
            # Nothing left to ask: the recommendation is the best answer, with the question's passages.
            st = state.model_copy(update={"expecting": [], "pending": None})
            return done(Plan(action="analyze", search=turn.text, notes=notes), change, st)
        qs, st = ([], state) if turn.has_baseline else ask_more(after, state, 1)
        return done(Plan(action="question", search=turn.text, questions=qs), change, st)

    if turn.has_baseline:
        if ack:
            qs, st = _ask(after, state, questions, 1, policy, blocking=None)
            return done(Plan(action="analyze", acknowledged=ack, notes=notes, questions=qs), change, st)
        if state.expecting and not proceed:
            st = state.model_copy(
                update={"expecting": [], "passed": [*state.passed, *_topics(state.expecting, policy)]}
            )
            note = 'Noted; the recommendation above stands. Ask "why?", a what-if, or type /export.'
            return done(Plan(action="ask", notes=[*notes, note]), change, st)
        note = (
            'I didn\'t find a change I could use in that. Ask a what-if ("what if volume triples?", '
            '"on H100s?"), ask "why?" or "how did you compute that?", tell me something new about the '
            "workload, or type /export."
        )
        return done(Plan(action="ask", notes=[*notes, note]), change, state)

    # The volume: asked at most max_asks times, then an example volume, said so.
    volume_asks = state.asked.get("tokens_per_month", 0)
    example = policy.example_volume
    per_month = example.tokens_per_day * turn.days_per_month
    assumed = ProfileChange(
        facts={**change.facts, "tokens_per_month": Fact(value=per_month, origin="assumed", quote=None)},
        skipped=change.skipped,
    )
    from_bill = "from_bill" in intents  # "can't you work it out from the bill?": the bill's volume, said so
    if (
        not after.knows("tokens_per_month")
        and (from_bill or (proceed and volume_asks >= 1) or volume_asks >= policy.max_asks)
        and (from_bill or proceed or ready(assumed.apply(profile), state, policy))
    ):
        change = assumed
        after = change.apply(profile)
        notes.append(
            f"{EXAMPLE_VOLUME_NOTE}, so I priced an example of "
            + describe_fact("tokens_per_month", per_month, days_per_month=turn.days_per_month)
            + "; tell me your real volume and I'll redo it."
        )
    moved_on = bool(ack or skipped or proceed or from_bill)
    if after.knows("tokens_per_month") and (proceed or ready(after, state, policy)):
        if not moved_on:
            notes.append("I couldn't read a new fact in that; here is the recommendation on what I have so far.")
        # Recommend now; the questions that only matter for some answers are asked beside it, once.
        qs, st = ([], state) if proceed else _ask(after, state, questions, None, policy, blocking=False)
        st = st.model_copy(update={"pending": None, "expecting": st.expecting if qs else []})
        return done(Plan(action="analyze", acknowledged=ack, notes=notes, questions=qs), change, st)
    qs, st = ask_more(after, state)
    if not moved_on and (state.asked or state.pending):  # (an opening message just gets the questions)
        notes.append("I didn't find a figure or a fact I could use in that; could you put it another way?")
    return done(Plan(action="ask", acknowledged=ack, questions=qs, notes=notes), change, st)


def _rate_times_known_size(profile: WorkloadProfile, parsed: ParseResult, days_per_month: float) -> ParseResult:
    """A rate of requests whose size was said in an earlier turn: the volume is the rate times that size.

    "sorry, it's actually 40,000 requests a day" after "20,000 requests a day, 1,500 in and 300 out" is
    40,000 x 1,800 tokens a day, never a second question about the size. A bare figure that corrects such
    a volume ("correction: 40 thousand a day", no tokens named) is the rate again when that reading lands
    nearer the volume it corrects than a count of tokens would."""
    sizes = [profile.facts.get(f) for f in ("request_input_tokens", "request_output_tokens")]
    if not all(f is not None and f.said for f in sizes):
        return parsed
    size = sum(float(f.value) for f in sizes if f is not None)
    if size <= 0 or any(u.field in ("request_input_tokens", "request_output_tokens") for u in parsed.updates):
        return parsed  # a size said again here: the reading already multiplied it
    correction = "correction" in parsed.intents
    old = profile.facts.get("tokens_per_month")
    pending = parsed.pending
    if pending and "requests" in pending and not any(u.field == "tokens_per_month" for u in parsed.updates):
        requests = float(pending["requests"])
        unit = str(pending.get("unit") or "request")
        update = Update(
            field="tokens_per_month",
            value=requests * size,
            quote=str(pending.get("quote") or ""),
            note=(
                f"{requests / days_per_month:,.0f} {plural(unit)} a day x {size:,.0f} tokens, the size you gave earlier"
            ),
            correction=correction,
        )
        return parsed.model_copy(update={"updates": [*parsed.updates, update], "pending": None, "confirm": None})
    if not correction or old is None or not old.said or float(old.value) <= 0:
        return parsed
    updates = []
    for u in parsed.updates:
        value = float(u.value) if u.field == "tokens_per_month" and isinstance(u.value, int | float) else 0.0
        if value > 0 and not re.search(r"\bto?k", u.quote.lower()):
            as_rate = value * size
            if abs(math.log(as_rate / float(old.value))) < abs(math.log(value / float(old.value))):
                note = f"{value / days_per_month:,.0f} a day x {size:,.0f} tokens per request, the size given earlier"
                u = u.model_copy(update={"value": as_rate, "note": note})
        updates.append(u)
    return parsed.model_copy(update={"updates": updates})


def _topics(fields: list[str], policy: DialoguePolicy) -> list[str]:
    return list(dict.fromkeys(t.name for f in fields if (t := policy.topic_of(f)) is not None))


def _round_count(n: float) -> str:
    """A count in plain words: 300,000; 1.2 million."""
    if n >= 1e6:
        return f"{n / 1e6:,.3g} million"
    return f"{n:,.0f}"
