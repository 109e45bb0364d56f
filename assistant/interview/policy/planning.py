"""The plan for one user message (``plan_turn``): pure; the session applies the profile change and keeps the state."""

from __future__ import annotations

import math
from typing import Any

import assistant.interview.patterns as rx
from assistant.interview.added_workload import (
    add_to_said_volume,
    adds_workload,
    earlier_words_read_again,
    keep_waiting_parts,
)
from assistant.interview.describe import NameLookup, describe_fact, describe_with_quote
from assistant.interview.facts import FIELDS, IN_CURRENCY, Fact, WorkloadProfile
from assistant.interview.policy.asking import _ask, _topics, clarifying_question, open_topics, ready
from assistant.interview.policy.merging import _merge, same_value
from assistant.interview.policy.plan import Decision, DialogueState, Plan, ProfileChange, TurnInput
from assistant.interview.policy.topics import EXAMPLE_VOLUME_NOTE, DialoguePolicy, load_policy
from assistant.interview.reading import ParseResult, Update, calls_per, months_spread, read_one_off
from tools.numbers import plural


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
    # "over 6 months, say": a month's share of the one-time work said before
    spread = _one_off_spread(state.one_off, turn.parsed, turn.text, profile)
    # the size said before is another workload's when this message brings a further one ("we also have a chatbot")
    known = spread if adds_workload(turn.text) else _rate_times_known_size(profile, spread, turn.days_per_month)
    parsed = add_to_said_volume(profile, known, turn.text)
    parsed = _example_count_sized(profile, state.example_count, parsed, turn.days_per_month)
    parsed = keep_waiting_parts(profile, state.pending, parsed, turn.text)  # a count still waiting for its size
    # "6k docs not 4k", said before; "oh, weekdays only"
    parsed = earlier_words_read_again(profile, parsed, turn.text, turn.days_per_month, state.volume_count)
    intents = set(parsed.intents)
    none = ProfileChange()

    def done(plan: Plan, change: ProfileChange = none, st: DialogueState = state) -> Decision:
        plan.notes = [*turn.notes, *parsed.notes, *plan.notes]
        return Decision(plan=plan, change=change, state=st)

    def ask_more(p: WorkloadProfile, st: DialogueState, limit: int | None = None) -> tuple[list[str], DialogueState]:
        return _ask(p, st, questions, limit, policy, blocking=True)

    if "empty" in intents:
        return done(Plan(action="empty", questions=[questions[t.name] for t in open_topics(profile, state)[:1]]))
    if "injection" in intents:
        return done(Plan(action="injection"))
    asked_once = frozenset(k.split(":", 1)[1] for k, n in state.asked.items() if k.startswith("clarify:") and n)
    merge = _merge(profile, parsed, state.expecting, turn.text, state.interpreted, asked_once)
    interpreted = [f for f in state.interpreted if f not in merge.facts]
    interpreted += [f for f, _, note in merge.stored if note]
    state = state.model_copy(update={"interpreted": interpreted})
    if parsed.once:  # a one-time amount left out of the month: priced as a month's work if no volume ever comes
        state = state.model_copy(update={"one_off": parsed.once})
    change = ProfileChange(facts=merge.facts)
    after = change.apply(profile)
    ack = [
        describe_with_quote(
            f, v, merge.facts[f].quote, turn.text, note=note, days_per_month=turn.days_per_month, names=lookup
        )
        for f, v, note in merge.stored
        if not (f in IN_CURRENCY and IN_CURRENCY[f] in merge.facts)  # said once, in the user's currency
        and not (f == "compliance" and v == ["air_gapped"] and "data_boundary" in merge.facts)  # an air gap, told once
        and not (
            f == "quality" and v == "open_weight_ok" and "small_model_ok" in merge.facts
        )  # the smaller bar says it
    ]
    if parsed.problems:
        qs, st = ask_more(after, state, 1)
        return done(Plan(action="problem", problems=parsed.problems, questions=qs), change, st)
    # a count of pages: one page's size is known, so it is priced at that rather than asked (said so; a size said
    # later redoes it)
    text_count = bool(
        parsed.pending
        and "requests" in parsed.pending
        and parsed.pending.get("unit_tokens")
        and not merge.facts.get("tokens_per_month")
    )
    if parsed.confirm and not text_count:
        sizing = bool(parsed.pending and "requests" in parsed.pending)  # the next answer is one request's size
        expecting = ["tokens_per_month", "request_size"] if sizing else ["tokens_per_month"]
        st = state.model_copy(update={"pending": parsed.pending, "expecting": expecting})
        if sizing and parsed.pending:
            per_day = float(parsed.pending["requests"]) / float(
                parsed.pending.get("days_per_month") or turn.days_per_month
            )
            ack = [*ack, _count_rate(float(parsed.pending["requests"]), per_day, str(parsed.pending["unit"]))]
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
    if turn.what_if is not None and turn.has_baseline and not (merge.facts or merge.conflicts):
        return done(Plan(action="what_if", change=turn.what_if))
    if turn.what_if is not None and not merge.facts and not profile.knows("tokens_per_month"):
        # "what if traffic goes 5x?" before there is a volume to vary (with one, the interview goes on to advice)
        qs, st = ask_more(profile, state, 2)
        note = "I'll run that what-if as soon as there is a recommendation to compare it with; first, today's workload."
        return done(Plan(action="ask", notes=[note], questions=qs), none, st)

    # A fact we could not read safely, or one that contradicts what was said: one clarifying question.
    clarify = [*dict.fromkeys([*merge.unclear, *[c[0] for c in merge.conflicts]])]
    clarify = [f for f in clarify if state.asked.get("clarify:" + f, 0) < 1]
    # no question more than twice: words the reader could not settle, on a topic already asked twice, are left
    # as they stand (two values that contradict each other are still put to the user, once)
    vague = {f for f in parsed.clarify if f not in {u.field for u in parsed.updates}}
    clarify = [f for f in clarify if f not in vague or not _asked_out(f, state, policy)]
    settled_later: list[str] = []
    if "proceed" in intents and after.knows("tokens_per_month"):
        # "...steady-ish 7am-10pm. just tell me api or self-host": unclear words give way to the answer asked for;
        # what they were about stays assumed, and is said so beside it
        # (never a hard constraint: where the data may stay, or a regime, is asked even then)
        settled_later = [f for f in clarify if f in vague and f not in ("data_region", "data_boundary", "compliance")]
        clarify = [f for f in clarify if f not in settled_later]
    if clarify:
        field = clarify[0]
        conflict = next(((old, new) for f, old, new in merge.conflicts if f == field), None)
        asked = {**state.asked, "clarify:" + field: 1}
        leaning = {field: parsed.leaning[field]} if field in parsed.leaning else {}
        st = state.model_copy(update={"asked": asked, "expecting": [field], "leaning": leaning})
        question = clarifying_question(field, after, turn, conflict, lookup)
        return done(Plan(action="ask", acknowledged=ack, questions=[question]), change, st)

    skipped: list[str] = []
    notes: list[str] = [
        f"I couldn't settle {_the(FIELDS.get(f, f))} from your words, so it stays assumed below; tell me if it's wrong."
        for f in settled_later
    ]
    facts = dict(merge.facts)
    leaned = [f for f in state.expecting if f in state.leaning and not after.knows(f)]
    for f in leaned:
        # "just tell me" after "where may the data go?" asked of "the data can't go to a third-party API", or an
        # answer about something else: the strictest place the words allowed, assumed and said so (a hard constraint
        # is never dropped by a skip, nor by a question left unanswered)
        facts[f] = Fact(value=state.leaning[f], origin="assumed", quote=None)
        notes.append(_leaning_note(f, state.leaning[f]))
    if leaned:
        after = ProfileChange(facts=facts).apply(profile)
    state = state.model_copy(update={"leaning": {}})
    pending = parsed.pending if text_count else state.pending
    sized = text_count or bool(
        ("skip" in intents or "proceed" in intents)
        and pending
        and "requests" in pending
        and "tokens_per_month" not in facts
    )
    if sized and pending:
        # "idk the token counts" (or "just tell me") after "300k conversations a month": their count times an
        # example size, said so, rather than no volume at all
        facts["tokens_per_month"] = Fact(
            value=_with_said(profile, pending, float(pending["requests"]) * _example_size(pending, policy, profile)),
            origin="assumed",
            quote=None,
        )
        after = ProfileChange(facts=facts).apply(profile)
        state = state.model_copy(update={"pending": None, "example_count": pending})  # its size, said later, redoes it
        sized_note = _example_size_note(pending, policy, turn.days_per_month, profile)
        if pending.get("note"):  # "For the one-time work ("...") spread over 6 months: ..."
            sized_note = f"For {pending['note']}: {sized_note[0].lower()}{sized_note[1:]}"
        notes.append(sized_note)
    if "skip_expected" in intents or ("skip" in intents and not ack):
        for t in policy.asked_topics(state.expecting):
            if t.name not in skipped and not any(after.knows(x) for x in t.facts):
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
    # a what-if with the volume known but no advice yet: the advice first, on what is known (the what-if needs it)
    # (or new facts stated before the what-if: the advice on them first, as the what-if's new baseline)
    early_what_if = turn.what_if is not None and after.knows("tokens_per_month")
    if early_what_if:
        notes.append("Here is the recommendation for your workload as it is today; ask the what-if again to compare.")
    proceed = "proceed" in intents or early_what_if
    if proceed:
        skipped += [t.name for t in open_topics(after, state) if t.name != "tokens_per_month"]
    change = ProfileChange(facts=facts, skipped=[s for s in dict.fromkeys(skipped) if s != "tokens_per_month"])
    after = change.apply(profile)
    if ack:  # the user moved on: what we asked and they didn't answer is assumed, not asked again
        moved = [
            t.name
            for t in policy.asked_topics(state.expecting)
            if t.name != "tokens_per_month" and not any(after.knows(x) for x in t.facts)
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
        restated = [
            describe_fact(u.field, u.value, days_per_month=turn.days_per_month, names=lookup)
            for u in parsed.updates
            if (said := profile.facts.get(u.field)) is not None and said.said and same_value(said.value, u.value)
        ]
        if restated:  # "You didn't use our GPUs: we OWN 8 x A100": what it says is already in the advice
            note = (
                f"Already noted: {'; '.join(dict.fromkeys(restated))}. The recommendation above takes "
                f'{"it" if len(restated) == 1 else "them"} into account: ask "why?" to see how, or tell me what '
                "is wrong."
            )
        else:
            note = (
                'I didn\'t find a change I could use in that. Ask a what-if ("what if volume triples?", '
                '"on H100s?"), ask "why?" or "how did you compute that?", tell me something new about the '
                "workload, or type /export."
            )
        return done(Plan(action="ask", notes=[*notes, note]), change, state)

    # The volume: asked at most max_asks times, then an example volume, said so.
    # (a clarifying question about the volume said asks it too: "I couldn't pin down one usual volume from that")
    volume_asks = state.asked.get("tokens_per_month", 0) + state.asked.get("clarify:tokens_per_month", 0)
    example = policy.example_volume
    per_month = example.tokens_per_day * turn.days_per_month
    counted = state.pending if state.pending and "requests" in state.pending else None
    once_tokens, once_count = (None, None) if counted is not None else _one_off_volume(state.one_off, profile)
    counted = counted or once_count
    if once_tokens is not None:  # "a backlog of 2 billion tokens" and no monthly volume: the work done in a month
        per_month = once_tokens
    elif counted is not None:  # "1,200 reports a day" whose size never came: that count at the example size
        per_month = _with_said(profile, counted, float(counted["requests"]) * _example_size(counted, policy, profile))
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
        if state.one_off and (once_tokens is not None or once_count is not None):
            notes.append(
                f"I still don't have a monthly volume, so I priced the one-time work (“{state.one_off}”) as if it "
                "were all done within one month"
                + (  # (a count's size is said in the note after)
                    ": " + describe_fact("tokens_per_month", per_month, days_per_month=turn.days_per_month)
                    if once_tokens is not None
                    else ""
                )
                + ". Tell me your monthly volume, or over how many months the work will run, and I'll redo it."
            )
        if counted is not None:
            notes.append(_example_size_note(counted, policy, turn.days_per_month, profile))
            state = state.model_copy(update={"example_count": counted})  # its size, said later, redoes the volume
        elif once_tokens is None:
            notes.append(
                f"{EXAMPLE_VOLUME_NOTE}, so I priced an example of "
                + describe_fact("tokens_per_month", per_month, days_per_month=turn.days_per_month)
                + "; tell me your real volume and I'll redo it."
            )
    moved_on = bool(ack or skipped or proceed or from_bill or sized)
    if after.knows("tokens_per_month") and (proceed or ready(after, state, policy)):
        if not moved_on:
            notes.append("I couldn't read a new fact in that; here is the recommendation on what I have so far.")
        # Recommend now; the questions that only matter for some answers are asked beside it, once.
        qs, st = ([], state) if proceed else _ask(after, state, questions, None, policy, blocking=False)
        st = st.model_copy(update={"pending": None, "expecting": st.expecting if qs else []})
        return done(Plan(action="analyze", acknowledged=ack, notes=notes, questions=qs), change, st)
    qs, st = ask_more(after, state)
    if not moved_on and (state.asked or state.pending) and not parsed.notes:  # (an opening message: the questions)
        notes.append("I didn't find a figure or a fact I could use in that; could you put it another way?")
    return done(Plan(action="ask", acknowledged=ack, questions=qs, notes=notes), change, st)


def _one_off_spread(words: str | None, parsed: ParseResult, text: str, profile: WorkloadProfile) -> ParseResult:
    """The one-time work said before, spread over the months this message names ("let's say over 6 months"): a
    month's share of it, as tokens or as a count whose size is asked (nothing when the message says a volume)."""
    months = months_spread(text) if words else None
    if words is None or months is None or parsed.pending or any(u.field == "tokens_per_month" for u in parsed.updates):
        return parsed
    read = read_one_off(words, months)
    note = f"the one-time work (“{words}”) spread over {months:g} months"
    tokens = next((u for u in read.updates if u.field == "tokens_per_month"), None)
    if tokens is not None:
        update = Update(field="tokens_per_month", value=tokens.value, quote=text, note=note)
        return parsed.model_copy(update={"updates": [*parsed.updates, update]})
    if not read.pending or "requests" not in read.pending:
        return parsed
    tokens_said, count = _sized_by_profile({**read.pending, "quote": text, "note": note}, profile)
    if tokens_said is not None:
        update = Update(field="tokens_per_month", value=tokens_said, quote=text, note=note)
        return parsed.model_copy(update={"updates": [*parsed.updates, update]})
    return parsed.model_copy(update={"pending": count, "confirm": None if count.get("unit_tokens") else read.confirm})


def _one_off_volume(words: str | None, profile: WorkloadProfile) -> tuple[float | None, dict[str, Any] | None]:
    """A one-time amount read as one month's work ("a backlog of 40,000 pages" as 40,000 pages a month): its tokens
    a month, or the count a month whose size was not said (None, None when its words give neither). A request's
    size said before sizes the count: both sides, or the side said (the other then priced in the mix)."""
    if not words:
        return None, None
    read = read_one_off(words)
    tokens = next((float(u.value) for u in read.updates if u.field == "tokens_per_month"), None)
    if tokens:
        return tokens, None
    if not read.pending or "requests" not in read.pending:
        return None, None
    sized, count = _sized_by_profile(read.pending, profile)
    return (sized, None) if sized is not None else (None, count)


def _sized_by_profile(count: dict[str, Any], profile: WorkloadProfile) -> tuple[float | None, dict[str, Any]]:
    """A count with no size of its own, sized by the request's size said before: its tokens when both sides were said,
    else the count with the side said as its unit's size (the other side then priced in the mix)."""
    count = dict(count)
    said = {f: float(fact.value) for f, fact in _said_sizes(profile).items()}
    if len(said) == 2:
        return float(count["requests"]) * sum(said.values()), count
    if "request_input_tokens" in said and not count.get("unit_tokens"):
        count.update(unit_tokens=said["request_input_tokens"], prompt=True)
    elif "request_output_tokens" in said and not count.get("unit_tokens"):
        count.update(unit_tokens=said["request_output_tokens"], answer=True)
    return None, count


def _said_sizes(profile: WorkloadProfile) -> dict[str, Fact]:
    """The sides of one request whose size the user said (not assumed), by fact name."""
    return {
        f: fact
        for f in ("request_input_tokens", "request_output_tokens")
        if (fact := profile.facts.get(f)) is not None and fact.said
    }


def _leaning_note(field: str, value: Any) -> str:
    """What was assumed for a fact whose clarifying question was skipped, from the user's own words (the reader
    leans only on where the data may go: ``ParseResult.leaning``)."""
    described = describe_fact(field, value)
    return (
        f"You didn't settle it, so I held you to the strictest reading of what you said: {described}. "
        "Tell me if your data may go further (or must stay closer) and I'll redo it."
    )


def _example_size_note(
    pending: dict[str, Any], policy: DialoguePolicy, days_per_month: float, profile: WorkloadProfile
) -> str:
    """What a count of requests whose size was never said was priced at: the example size, said so (and added to
    the volume said for the other workloads, when it is a further one)."""
    size = _example_size(pending, policy, profile)
    requests, unit = float(pending["requests"]), str(pending.get("unit") or "request")
    per_day = requests / float(pending.get("days_per_month") or days_per_month)
    if pending.get("unit_tokens"):
        own = float(pending["unit_tokens"])
        if pending.get("answer"):  # the answer's size said, not the prompt's
            known = f"You gave the answer to one {unit} (about {own:,.0f} tokens) but not its prompt"
            other = _in_the_mix(profile, "a prompt")
            ask = f"how long the prompt for one {unit} is (the question with any context sent with it)"
        else:
            prompt = bool(pending.get("prompt"))  # the prompt's size said, not the answer's
            known = (
                f"You gave the prompt of one {unit} (about {own:,.0f} tokens) but not its answer"
                if prompt
                else f"One {unit} of text is about {own:,.0f} tokens ({pending.get('unit_source')})"
            )
            other = _in_the_mix(profile, "an answer")
            hint = (
                "a summary is far shorter than its prompt"
                if prompt
                else "a translation is about as long, a summary far shorter"
            )
            ask = f"how long the answer {'to' if prompt else 'for'} one {unit} is ({hint})"
        return (
            f"{known}; I priced each at that plus {other}: about {_round_count(per_day)} "
            f"{plural(unit, per_day)} a day x {size:,.0f} tokens, "
            + describe_fact("tokens_per_month", requests * size, days_per_month=days_per_month)
            + f". Tell me {ask} and I'll redo it."
        )
    before = _with_said(profile, pending, 0.0)
    added = (
        f", added to the {describe_fact('tokens_per_month', before, days_per_month=days_per_month)} said before"
        if before
        else ""
    )
    return (
        f"Without the size of one {unit} I assumed about {size:,.0f} tokens each, prompt and answer together "
        f"({policy.example_request.why}): about {_round_count(per_day)} {plural(unit, per_day)} a day x "
        f"{size:,.0f} tokens, "
        + describe_fact("tokens_per_month", requests * size, days_per_month=days_per_month)
        + added
        + ". Tell me the real size and I'll redo it (a short chat message is a few hundred tokens, a page of text "
        "about 500)."
    )


def _example_size(pending: dict[str, Any], policy: DialoguePolicy, profile: WorkloadProfile) -> float:
    """Tokens one counted request is priced at when its size was not said: a unit of text (a page) at its known size
    plus an answer in the profile's input/output mix; anything else at the example request's size."""
    own = float(pending.get("unit_tokens") or 0.0)
    if not own:
        return float(policy.example_request.tokens)
    share = float(profile.get("input_share"))
    if pending.get("answer"):  # the answer's size said: that plus a prompt in the mix
        return own / (1 - share) if 0 < share < 1 else own
    return own / share if 0 < share < 1 else own


def _in_the_mix(profile: WorkloadProfile, side: str) -> str:
    """The side of a request not said ("an answer", "a prompt"), as it is priced: in the input/output mix."""
    share = float(profile.get("input_share"))
    said = profile.facts.get("input_share")
    if said is not None and said.said:
        return f"{side} in the input/output mix you gave ({share:.0%} input)"
    return f"{side} about as long (the 50/50 input/output mix assumed until you say)"


def _the(label: str) -> str:
    return label if label.startswith(("the ", "what ", "how ", "whether ", "your ")) else f"the {label}"


def _example_count_sized(
    profile: WorkloadProfile, count: dict[str, Any] | None, parsed: ParseResult, days_per_month: float
) -> ParseResult:
    """The size of one request said after its count was priced at the example size ("~700 in, ~150 out per
    ticket"): the volume is that count times the size now, as the note beside the example promised."""
    volume = profile.facts.get("tokens_per_month")
    if count is None or volume is None or volume.said or any(u.field == "tokens_per_month" for u in parsed.updates):
        return parsed
    said = {
        u.field: float(u.value) for u in parsed.updates if u.field in ("request_input_tokens", "request_output_tokens")
    }
    if count.get("answer") and count.get("unit_tokens") and "request_output_tokens" not in said:
        said["request_output_tokens"] = float(count["unit_tokens"])  # "each question ~100 tokens": the answer was said
    elif "request_input_tokens" not in said and count.get("unit_tokens") and "request_output_tokens" in said:
        said["request_input_tokens"] = float(count["unit_tokens"])  # "the summary is ~100 words": the page is the input
    if "request_input_tokens" not in said:
        return parsed
    out = said.get("request_output_tokens")
    before = profile.facts.get("request_output_tokens")
    if out is None and before is not None and before.said:
        out = float(before.value)
    size = said["request_input_tokens"] + (out or 0.0)
    requests, unit = float(count["requests"]), str(count.get("unit") or "request")
    per_day = requests / float(count.get("days_per_month") or days_per_month)
    quote = next(u.quote for u in parsed.updates if u.field in ("request_input_tokens", "request_output_tokens"))
    note = f"{_round_count(per_day)} {plural(unit, per_day)} a day x {size:,.0f} tokens, the count you gave earlier"
    tokens = _with_said(profile, count, requests * size)
    update = Update(field="tokens_per_month", value=tokens, quote=quote, note=note)
    return parsed.model_copy(update={"updates": [*parsed.updates, update]})


def _with_said(profile: WorkloadProfile, pending: dict[str, Any], tokens: float) -> float:
    """A further workload's count priced at the example size, added to the volume said for the others."""
    said = profile.facts.get("tokens_per_month")
    return tokens + (float(said.value) if pending.get("adds") and said is not None and said.said else 0.0)


def _asked_out(field: str, state: DialogueState, policy: DialoguePolicy) -> bool:
    """The topic of this field has been asked as often as the policy allows."""
    topic = policy.topic_of(field)
    return topic is not None and state.asked.get(topic.name, 0) >= policy.max_asks


def _rate_times_known_size(profile: WorkloadProfile, parsed: ParseResult, days_per_month: float) -> ParseResult:
    """A rate of requests whose size was said in an earlier turn: the volume is the rate times that size.

    "sorry, it's actually 40,000 requests a day" after "20,000 requests a day, 1,500 in and 300 out" is
    40,000 x 1,800 tokens a day, never a second question about the size. A bare figure that corrects such
    a volume ("correction: 40 thousand a day", no tokens named) is the rate again when that reading lands
    nearer the volume it corrects than a count of tokens would."""
    said = _said_sizes(profile)
    if len(said) < 2:
        return parsed
    sizes = list(said.values())
    size = sum(float(f.value) for f in sizes)
    if size <= 0 or any(u.field in ("request_input_tokens", "request_output_tokens") for u in parsed.updates):
        return parsed  # a size said again here: the reading already multiplied it
    correction = "correction" in parsed.intents
    old = profile.facts.get("tokens_per_month")
    pending = parsed.pending
    if pending and "requests" in pending and not any(u.field == "tokens_per_month" for u in parsed.updates):
        requests = float(pending["requests"])
        unit = str(pending.get("unit") or "request")
        # "each agent run is 30-50 LLM calls, 20k tokens in" earlier, "5k runs a day" now: the calls of each run
        said_with = next((f.quote for f in sizes if f.quote), "") or ""
        calls = calls_per(unit, said_with) or 1.0
        each = f"{calls:g} calls x {size:,.0f} tokens" if calls > 1 else f"{size:,.0f} tokens"
        update = Update(
            field="tokens_per_month",
            value=requests * size * calls,
            quote=str(pending.get("quote") or ""),
            note=(
                f"{requests / float(pending.get('days_per_month') or days_per_month):,.0f} {plural(unit)} a day x "
                f"{each}, the size you gave earlier" + (f"; {pending['note']}" if pending.get("note") else "")
            ),
            correction=correction,
        )
        return parsed.model_copy(update={"updates": [*parsed.updates, update], "pending": None, "confirm": None})
    if not correction or old is None or not old.said or float(old.value) <= 0:
        return parsed
    updates = []
    for u in parsed.updates:
        value = float(u.value) if u.field == "tokens_per_month" and isinstance(u.value, int | float) else 0.0
        # (a volume already made again from the corrected count, "25 thousand conversations, not 25 million", is
        # no rate to multiply again)
        if value > 0 and not u.note and not rx.search(r"\bto?k", u.quote.lower()):
            as_rate = value * size
            if abs(math.log(as_rate / float(old.value))) < abs(math.log(value / float(old.value))):
                note = f"{value / days_per_month:,.0f} a day x {size:,.0f} tokens per request, the size given earlier"
                u = u.model_copy(update={"value": as_rate, "note": note})
        updates.append(u)
    return parsed.model_copy(update={"updates": updates})


def _round_count(n: float) -> str:
    """A count in plain words: 300,000; 1.2 million."""
    if n >= 1e6:
        return f"{n / 1e6:,.3g} million"
    return f"{n:,.0f}"


def _count_rate(per_month: float, per_day: float, unit: str) -> str:
    """ "about 77,142 essays a day"; fewer than one a day is said a month ("about 13 essays a month", never
    "about 0 essays a day")."""
    if per_day >= 1:
        return f"about {_round_count(per_day)} {plural(unit, per_day)} a day"
    return f"about {_round_count(per_month)} {plural(unit, per_month)} a month"
