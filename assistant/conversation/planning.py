"""One message becomes a turn: read deterministically (the parser), planned by the dialogue policy
(``decide``: pure, returns a ``TurnDecision``) and its profile change stored (``apply``)."""

from __future__ import annotations

import math
import re
from typing import Any

from pydantic import BaseModel

from assistant.conversation.state import SessionState
from assistant.decision import explain
from assistant.decision.inputs import AnalysisOptions
from assistant.interview import whatif
from assistant.interview.facts import Fact, WorkloadProfile
from assistant.interview.policy import (
    EXAMPLE_VOLUME_NOTE,
    Decision,
    DialogueState,
    Plan,
    ProfileChange,
    TurnInput,
    plan_turn,
    same_value,
)
from assistant.interview.quantities.patterns import TOKENS
from assistant.interview.quantities.peak import peak_profile_across
from assistant.interview.quantities.people import PER_HEAD_WORD, heads_said, people_corrected, swap_count
from assistant.interview.quantities.recount import PART_OF, count_per_month, share_excluded
from assistant.interview.quantities.words import normalize
from assistant.interview.quantities.workloads import adds_workload
from assistant.interview.questions import QUESTIONS
from assistant.interview.reading import ParseResult, parse_message, recounted, resolve_pending
from assistant.interview.reading.quality_bar import read_bar_at
from assistant.interview.reading.region import home_country, says_own_country
from assistant.interview.reading.result import Update
from assistant.interview.scope_parties import speaks_for_client
from tools.model_names import named_model
from tools.numbers import format_tokens, format_usd
from tools.results import Conventions
from tools.spend import tokens_from_spend

MAX_MESSAGE_CHARS = 20_000
# a request to be shown something, beside facts: "...; show me the full report" (not "a full answer within 2 s")
REPORT_ASKED = re.compile(r"\b(?:show|give|send|print|display|repeat|see|report)\b", re.IGNORECASE)

# a latency target under this, said for one workload, keeps answers live when a further workload says it can wait
LIVE_TARGET_MS = 60_000


class Reading(BaseModel):
    """One message and what its reading takes from the conversation before it: ``read()`` is
    ``parse_message`` on these, a pure function (so it can run in another process)."""

    text: str
    expecting: list[str]
    conventions: Conventions
    for_client: bool = False
    home: str | None = None
    heads: dict[str, float] | None = None

    def read(self) -> ParseResult:
        return parse_message(
            self.text,
            self.expecting,
            self.conventions,
            for_client=self.for_client,
            home=self.home,
            heads=self.heads,
        )


class TurnDecision(BaseModel):
    """What ``AdvisorSession.decide`` makes of one message, before anything is stored: the plan, the
    profile change (facts, skipped topics, an adopted scenario), the profile and analysis options once
    that change is applied (new objects: the session's own are untouched), and the next dialogue state."""

    plan: Plan
    change: ProfileChange
    profile: WorkloadProfile
    options: AnalysisOptions
    dialogue: DialogueState


def sanitize(text: str) -> tuple[str, list[str]]:
    """Strip control characters and cut very long messages (the cut is reported, not silent)."""
    notes = []
    clean = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    if len(clean) > MAX_MESSAGE_CHARS:
        notes.append(f"your message was {len(clean):,} characters; I read the first {MAX_MESSAGE_CHARS:,}")
        clean = clean[:MAX_MESSAGE_CHARS]
    return clean, notes


# a figure said in tokens ("70k tokens a day"), not a bare one ("70k per day")
TOKEN_WORD = re.compile(r"\b" + TOKENS + r"\b", re.IGNORECASE)


class TurnPlanning(SessionState):
    """Reading and planning a message, and storing the plan's profile change."""

    def speaks_for_client(self) -> bool:
        """Whether an earlier message said the user speaks for a client (the reading keeps that context)."""
        return any(speaks_for_client(t.user.lower()) for t in self.turns)

    def prepare(self, text: str, read: ParseResult | None = None) -> Plan:
        """Read the message (unless ``read`` is its reading), plan the turn (``decide``, pure) and apply its
        profile change (``apply``)."""
        return self.apply(self.decide(text, read))

    def reading(self, text: str) -> Reading:
        """What reading this message takes from the conversation so far (``Reading.read`` reads it)."""
        clean, _ = sanitize(text)
        if self.turns and not self.profile.knows("tokens_per_month"):
            # "sorry, per hour at peak ... other hours maybe 1/4 of peak" after a count at the peak: read together
            clean = peak_profile_across(self.turns[-1].user, clean) or clean
        return Reading(
            text=clean,
            expecting=self._expecting(),
            conventions=self.conventions,
            for_client=self.speaks_for_client(),
            home=home_country([t.user for t in self.turns]) if says_own_country(clean) else None,
            heads=heads_said([t.user for t in self.turns]) if PER_HEAD_WORD.search(clean) else None,
        )

    def _expecting(self) -> list[str]:
        """The fields the last question asked about, as the reading takes them."""
        expecting = list(self.dialogue.expecting)
        sizes = [self.profile.facts.get(f) for f in ("request_input_tokens", "request_output_tokens")]
        sized = all(f is not None and f.said for f in sizes)
        if sized and not self.profile.knows("tokens_per_month") and "tokens_per_month" not in expecting:
            expecting.append("tokens_per_month")  # one request's size is known: a bare "450 a day" is the volume
        return expecting

    def decide(self, text: str, read: ParseResult | None = None) -> TurnDecision:
        """The reading of one message and the dialogue policy's plan for it. Pure: the session is not
        changed (``apply`` stores the decision). ``read``: the message already read (``reading(text).read()``,
        done elsewhere: in a worker process)."""
        clean, notes = sanitize(text)
        state = self.dialogue
        conventions = self.conventions
        expecting = self._expecting()
        parsed = read if read is not None else self.reading(text).read()
        if parsed.bar_at_current:
            # "quality must be >= what we have now", today's model said before: the bar is that model; else asked
            today = self.profile.facts.get("current_model")
            model = named_model(str(today.value)) if today is not None else None
            if model is not None:
                read_bar_at(model, parsed, clean)
            elif "quality" not in parsed.clarify:
                parsed.clarify.append("quality")
        bare = [u for u in parsed.updates if u.field == "tokens_per_month" and not TOKEN_WORD.search(u.quote)]
        counted = self._counts_said(state.pending) if bare else []  # read only when a bare volume was read
        if counted:
            # "the 70k per day includes ..." after "70,000 calls per day": the count restated, not 70k tokens a day
            restated = [u for u in bare if any(abs(float(u.value) - n) <= 0.01 * n for n in counted)]
            parsed.updates = [u for u in parsed.updates if u not in restated]
        volume = self.profile.facts.get("tokens_per_month")
        if (
            bare
            and volume is not None
            and volume.said
            and "correction" in parsed.intents
            and recounted(clean, volume.quote or "", 0.0, conventions, float(volume.value)) is not None
        ):
            # "2.5M was December. a normal month is more like 1.5M" after "2.5M responses a month, each ...": the
            # count the volume was made from put right, not 1.5M tokens
            parsed.updates = [u for u in parsed.updates if u not in bare]
        # a count read without its size ("sorry, 1500 mails per WEEK not per day"): its size is asked, unless it
        # corrects the count a said volume was made from
        count_asked = bool(parsed.pending and "requests" in parsed.pending)
        if (
            volume is not None
            and volume.said
            and "tokens_per_month" not in parsed.fields()
            and (not parsed.pending or count_asked)
        ):
            # "make that 70k claims", "40k conversations per MONTH not per week": the count a said volume was made
            # from, corrected; each item keeps its size
            # (what each came to in the volume: "6 messages per conversation" made each conversation six calls)
            again = recounted(clean, volume.quote or "", 0.0, conventions, float(volume.value))
            made_of = state.volume_count
            if again is None and made_of and made_of.get("quote"):
                # the count said in an earlier message than the size ("50,000 interactions per day" before "per
                # call: input ~7,000 tokens"): that count's words
                again = recounted(clean, str(made_of["quote"]), 0.0, conventions, float(volume.value))
                source = self._message_with(str(made_of["quote"]))
                if again is None and source is not None and "correction" in parsed.intents:
                    # the turns of each said in the count's message, beside its sentence ("... 60,000 calls per day.
                    # Each call is ~7 LLM turns." then "average is 5.5 turns per call, not 7")
                    again = recounted(clean, source, 0.0, conventions, float(volume.value))
            if again is None:
                again = self._recounted_by_heads(clean, volume)
            excluded = share_excluded(clean) if again is None else None
            if excluded is not None:
                # "Around 20% is spam ..., so these don't go to the LLM": the volume said, less that share
                share, words = excluded
                again = Update(
                    field="tokens_per_month",
                    value=float(volume.value) * (1 - share),
                    quote=clean.strip()[:200],
                    note=f"{share:.0%} never reaches the model (“{words}”): the {format_tokens(float(volume.value))} "
                    f"a month x {1 - share:.2g}",
                    correction=True,
                )
            if again is not None:
                parsed.updates.append(again)
                parsed.pending, parsed.confirm = None, None  # the size said before is kept: not asked again
        if (
            state.pending
            and "requests" in state.pending
            and not parsed.pending
            and "tokens_per_month" not in parsed.fields()
            and "correction" in parsed.intents
        ):
            # "900k is registered users. Monthly active is about 620k" while the sessions counted from 900k wait for
            # their size: the count that waits, made again of the new head count
            recounted_pending = self._pending_by_heads(clean, state.pending)
            if recounted_pending is not None:
                parsed.pending, parsed.confirm = recounted_pending.pending, recounted_pending.confirm
                state = state.model_copy(update={"pending": None})
        if parsed.input_added_tokens:
            parsed.updates += self._input_added(parsed.input_added_tokens, clean)
        # a message bringing a further workload with a count of its own is no answer to the size asked before
        further = bool(parsed.pending and "requests" in parsed.pending and adds_workload(clean))
        if adds_workload(clean) and any(u.field == "batch_ok" and u.value is True for u in parsed.updates):
            # "#2 localisation: ... no rush, a day is fine" after the live NPC dialogue's 800 ms: the further
            # workload may wait, the first may not; the live one binds the advice
            target, live = self.profile.facts.get("latency_p99_ms"), self.profile.facts.get("batch_ok")
            if (target is not None and target.said and float(target.value) < LIVE_TARGET_MS) or (
                live is not None and live.said and live.value is False
            ):
                parsed.updates = [u for u in parsed.updates if u.field != "batch_ok"]
                parsed.notes.append(
                    "That part can wait, but what you described first needs answers live, so I keep pricing "
                    "real-time answers; a batch API for just that part is a what-if you can ask for."
                )
        if "tokens_per_month" in parsed.fields():
            state = state.model_copy(update={"volume_count": None})  # a volume of its own: no earlier count behind it
        resolved_now: ParseResult | None = None
        if state.pending and "tokens_per_month" not in parsed.fields() and not further:
            resolved = resolved_now = resolve_pending(clean, state.pending, conventions)
            if resolved.confirm and not parsed.confirm:  # a corrected rate still waits for its size
                parsed.pending, parsed.confirm = resolved.pending, resolved.confirm
            if resolved.updates or resolved.problems:
                parsed.updates += resolved.updates
                parsed.problems += resolved.problems
                parsed.intents = [i for i in parsed.intents if i not in ("question", "skip", "skip_expected")]
                made_from = state.pending if any(u.field == "tokens_per_month" for u in resolved.updates) else None
                state = state.model_copy(update={"pending": None, "volume_count": made_from or state.volume_count})
            elif (
                state.pending is not None
                and "requests" in state.pending
                and (sides := self._other_side_now(parsed)) is not None
            ):
                # "the prompt about 1,500 tokens" with the count, "a draft reply of about 120 words" now: both sides
                waiting = state.pending
                count = float(waiting["requests"])
                quote = str(waiting.get("quote") or clean)[:200]
                parsed.updates.append(
                    Update(
                        field="tokens_per_month",
                        value=count * sides,
                        quote=quote,
                        note=f"{count:,.0f} a month x {sides:,.0f} tokens",
                    )
                )
                inp = next(
                    (float(u.value) for u in parsed.updates if u.field == "request_input_tokens"),
                    float(self.profile.get("request_input_tokens") or 0),
                )
                if "input_share" not in parsed.fields() and not self.profile.facts.get("input_share"):
                    parsed.updates.append(Update(field="input_share", value=inp / sides, quote=quote))
                state = state.model_copy(update={"pending": None, "volume_count": waiting})
        before, new = state.pending, parsed.pending
        part = (
            before
            and new
            and "requests" in before
            and "requests" in new
            and PART_OF.search(clean)
            and not (resolved_now and new is resolved_now.pending)  # each one's rate put right, not a part
        )
        if part and float(new["requests"]) < float(before["requests"]):  # type: ignore[index]
            # "the 70k includes the healthcare process, 12k calls/day": a part of the count, which still waits its size
            parsed.pending, parsed.confirm = None, None
        intents = set(parsed.intents)
        question, full = None, False
        if not intents & {"empty", "injection", "audit", "baseline", "adopt", "greeting", "help", "export"}:
            question = explain.classify(
                clean, explain.resolver_for(self.catalog), has_baseline=self.baseline is not None
            )
            if question is not None and (question.kind == "compare" or question.models):  # "why not M?" names M
                parsed.updates = [u for u in parsed.updates if u.field != "candidate_models"]
            # "we have 2 ML engineers; show me the full report again": the facts re-run it, shown in full
            full = question is not None and question.kind == "report" and REPORT_ASKED.search(clean) is not None
            # facts said again beside a question ("Why Google? I said we're on AWS.") leave it a question
            said = self.profile.facts
            news = [
                u
                for u in parsed.updates
                if not (u.field in said and said[u.field].said and same_value(said[u.field].value, u.value, u.field))
            ]
            if question is not None and (
                (question.kind == "scope" and (news or intents & {"skip", "proceed"}))
                or (question.kind != "compare" and news)
                or (news and whatif.split(clean)[1])  # "Traffic is bursty now. Compare with M?"
            ):
                question = None
        # what earlier messages counted, read again only for a what-if that could name a new count of it
        change = (
            whatif.detect(
                clean, conventions, heads_said([t.user for t in self.turns]) if whatif.asks_what_if(clean) else None
            )
            if question is None or question.kind in ("scope", "how")
            else None
        )
        if change is not None and question is not None and question.kind == "how" and change.volume_factor is None:
            change = None  # "how did you compute that if we went to H100s?" stays a question of the arithmetic
        if change is not None:
            question = None  # "what if we doubled the contracts?": the user's own nouns are no off-topic request
            if self.baseline is not None:  # facts stated before the what-if are today's workload, the rest its own
                stated = whatif.split(clean)[1]
                parsed.updates = (
                    parse_message(stated, expecting, conventions, for_client=self.speaks_for_client()).updates
                    if stated
                    else []
                )
        if change is not None and change.requests_per_month and whatif.request_size(self.profile) is None:
            # a new request rate needs the size of one request: without it this is no what-if to price
            change = change.model_copy(update={"requests_per_month": None})
            change = None if change.is_empty() else change
        turn = TurnInput(
            text=clean,
            parsed=parsed,
            what_if=change,
            question=question,
            has_baseline=self.baseline is not None,
            has_scenario=self.active is not None,
            days_per_month=self.options.days_per_month,
            notes=notes,
        )
        decision = self._volume_from_spend(plan_turn(self.profile, turn, state, QUESTIONS, names=self.model_name))
        plan, profile, options = decision.plan, self.profile, self.options
        adopted = self.scenarios[self.active] if decision.change.adopt_scenario and self.active is not None else None
        if adopted is not None:  # the scenario's whole change (profile and analysis options) becomes the baseline
            profile, options = adopted.change.apply(profile, options)
            plan.notes.append(f"'{adopted.label}' is now the baseline")
        if decision.change.facts or decision.change.skipped:
            profile = decision.change.apply(profile)
        if plan.action == "analyze":
            plan.search = plan.search or self._search_query(profile, options.days_per_month)
            plan.full = full
        elif plan.action == "explain" and plan.explain is not None and plan.explain.kind == "report":
            plan.search = self._search_query(profile, options.days_per_month)  # the report's cited sources
        elif plan.action == "what_if" and change is not None:
            plan.search = self._whatif_query(change)
        return TurnDecision(
            plan=plan, change=decision.change, dialogue=decision.state, profile=profile, options=options
        )

    def _other_side_now(self, parsed: ParseResult) -> float | None:
        """One request's tokens when this message sizes the side the profile still lacks (the input said before, the
        answer now, or the other way round); None otherwise."""
        said = {
            u.field: float(u.value)
            for u in parsed.updates
            if u.field in ("request_input_tokens", "request_output_tokens")
        }
        if len(said) != 1:
            return None
        ((field, value),) = said.items()
        other = "request_output_tokens" if field == "request_input_tokens" else "request_input_tokens"
        known = self.profile.facts.get(other)
        return value + float(known.value) if known is not None and known.said else None

    def _message_with(self, quote: str) -> str | None:
        """The latest earlier message holding ``quote`` (a fact's quote may be one sentence of it); None if none."""
        return next((t.user for t in reversed(self.turns) if quote and quote in t.user), None)

    def _heads_changed(self, clean: str) -> tuple[dict[str, float], dict[str, float]]:
        """The people earlier messages counted, and those this correction counts again differently ("900k is
        registered users. Monthly active is about 620k": {"user": 620000})."""
        said = normalize(clean.lower())
        now = people_corrected(said)
        earlier = heads_said([t.user for t in self.turns]) if now else {}
        changed = {k: v for k, v in now.items() if k in earlier and earlier[k] != v}
        if not changed and len(now) == 1:
            # "450 is the head count of the department. In phase 1 only ca. 280 analysts get access": the earlier
            # count named by its figure, the new one by another word for the same people
            n = next(iter(now.values()))
            named = [k for k, v in earlier.items() if v != n and re.search(rf"(?<![\d.,]){v:g}(?![\d.,]\d)", said)]
            if len(named) == 1:
                changed = {named[0]: n}
        return earlier, changed

    def _recounted_by_heads(self, clean: str, volume: Fact) -> Update | None:
        """A count of people said before, corrected ("2k is downloads, actual MAU is closer to 700"): the volume
        made of the earlier count (its words read again with the new one in its place), if it was."""
        earlier, changed = self._heads_changed(clean)
        if not changed or not volume.quote:
            return None

        # (the whole message the volume was read from: its quote may be the one sentence of the rate)
        source = self._message_with(volume.quote) or volume.quote

        def volume_with(heads: dict[str, float]) -> float | None:
            read = parse_message(source, [], self.conventions, heads=heads)
            return next((float(u.value) for u in read.updates if u.field == "tokens_per_month"), None)

        was, now_value = volume_with(earlier), volume_with({**earlier, **changed})
        head, n = next(iter(changed.items()))
        if was is not None and now_value == was:
            # the count said in the volume's own message ("Users: 250 engineers. One engineer makes about 2 sessions
            # per day ..."): that message read again with the new count in its place
            swapped = swap_count(source, earlier[head], n)
            read = parse_message(swapped, [], self.conventions) if swapped is not None else None
            now_value = (
                next((float(u.value) for u in read.updates if u.field == "tokens_per_month"), None) if read else None
            )
        if was is None or now_value is None or now_value == was or abs(was - float(volume.value)) > 0.01 * was:
            now_value = self._waited_count_redone(earlier[head], n, float(volume.value))
            if now_value is None:
                return None  # the volume was not made of that count
        return Update(
            field="tokens_per_month",
            value=now_value,
            quote=clean.strip()[:200],
            note=f"{n:,.0f} {head}s, not {earlier[head]:,.0f}",
            correction=True,
        )

    def _waited_count_redone(self, was: float, now: float, volume: float) -> float | None:
        """The volume made of a count that waited for its size ("350 farmers, 6 messages a week each", then the
        sizes): the count's message read again with the new head count, the volume scaled as the count is (None when
        no earlier count, times the sizes known, makes the volume)."""
        size = whatif.request_size(self.profile)
        if not size:
            return None
        for turn in reversed(self.turns):
            swapped = swap_count(turn.user, was, now)
            if swapped is None:
                continue
            before, after = parse_message(turn.user, [], self.conventions), parse_message(swapped, [], self.conventions)
            if not (before.pending and after.pending and "requests" in before.pending and "requests" in after.pending):
                continue
            old, new = float(before.pending["requests"]), float(after.pending["requests"])
            if old > 0 and abs(old * size - volume) <= 0.01 * volume and new != old:
                return volume * new / old
        return None

    def _pending_by_heads(self, clean: str, pending: dict[str, Any]) -> ParseResult | None:
        """A count of people said before, corrected, while a count made of it waits for its size: the waiting count's
        message read again with the new head count in its place (None when the count was not made of it)."""
        earlier, changed = self._heads_changed(clean)
        quote = str(pending.get("quote") or "")
        source = self._message_with(quote)
        if not changed or source is None:
            return None
        head, n = next(iter(changed.items()))
        swapped = swap_count(source, earlier[head], n)
        if swapped is None:
            return None
        read = parse_message(swapped, [], self.conventions)
        if not read.pending or "requests" not in read.pending or read.pending["requests"] == pending["requests"]:
            return None
        return read

    def _input_added(self, added: float, quote: str) -> list[Update]:
        """Tokens added to every request's input ("the playbook adds a further 2,000 tokens to every query"), on
        top of the input said before: the input, the share and the volume made from them again; none when no
        input size was said."""
        facts = self.profile.facts
        said_in, said_out = facts.get("request_input_tokens"), facts.get("request_output_tokens")
        if said_in is None or not said_in.said or added <= 0:
            return []
        old_in = float(said_in.value)
        new_in = old_in + added
        out = [Update(field="request_input_tokens", value=new_in, quote=quote, correction=True)]
        if said_out is not None:
            old_out = float(said_out.value)
            out.append(Update(field="input_share", value=new_in / (new_in + old_out), quote=quote, correction=True))
            volume = facts.get("tokens_per_month")
            if volume is not None and volume.said and old_in + old_out > 0:
                scaled = float(volume.value) * (new_in + old_out) / (old_in + old_out)
                note = (
                    f"each request {old_in:,.0f} + {added:,.0f} tokens in and {old_out:,.0f} out, not {old_in:,.0f} in"
                )
                out.append(Update(field="tokens_per_month", value=scaled, quote=quote, note=note, correction=True))
        return out

    def _counts_said(self, pending: dict[str, Any] | None) -> list[float]:
        """The counts a month said so far: the one whose size is asked, and the one a said volume was made of."""
        out = [float(pending["requests"])] if pending and "requests" in pending else []
        volume = self.profile.facts.get("tokens_per_month")
        if volume is not None and volume.said and volume.quote:
            n = count_per_month(volume.quote, self.conventions)
            out += [n] if n else []
        return [n for n in out if n > 0]

    def _volume_from_spend(self, decision: Decision) -> Decision:
        """When the volume is to be assumed and the user said what they spend a month and on which
        model, the volume that bill buys (the engine's estimate, said so) instead of the example."""
        fact = decision.change.facts.get("tokens_per_month")
        example = any(n.startswith(EXAMPLE_VOLUME_NOTE) for n in decision.plan.notes)
        if fact is None or fact.origin != "assumed" or not example:
            return decision
        after = decision.change.apply(self.profile)
        spend, model = after.get("current_spend_usd_per_month"), after.get("current_model")
        named = after.get("candidate_models") or []
        if not model and len(named) == 1:  # "we spend 8 grand a month" ... "it's a support bot, gpt-4o"
            model = named[0]
        if not spend or not model:
            return decision
        share = float(after.get("input_share") or 0.5)
        try:
            est = tokens_from_spend(float(spend), str(model), self.catalog, share, self.options.prices)
        except (LookupError, ValueError):
            return decision
        if est is None or est.tokens_per_month <= 0:
            return decision
        days = self.options.days_per_month
        note = (
            f"I still don't have your volume, so I estimated it from what you spend: "
            f"{format_usd(est.spend_usd_per_month)} a month on {est.model_name} at "
            f"{format_usd(est.input_usd_per_mtok)} in and {format_usd(est.output_usd_per_mtok)} out per million "
            f"tokens ({est.input_share:.0%} input) buys about {format_tokens(est.tokens_per_month)} tokens a month "
            f"(about {format_tokens(est.tokens_per_month / days)} a day), before any caching or batch discount; "
            "tell me your real volume and I'll redo it."
        )
        facts = {**decision.change.facts, "tokens_per_month": Fact(value=est.tokens_per_month, origin="assumed")}
        notes = [note if n.startswith(EXAMPLE_VOLUME_NOTE) else n for n in decision.plan.notes]
        plan = decision.plan.model_copy(update={"notes": notes})
        return decision.model_copy(update={"plan": plan, "change": decision.change.model_copy(update={"facts": facts})})

    def apply(self, decision: TurnDecision) -> Plan:
        """Store a turn's decision: the profile and options after its change, and the dialogue state."""
        self.profile, self.options, self.dialogue = decision.profile, decision.options, decision.dialogue
        return decision.plan

    def _search_query(self, profile: WorkloadProfile | None = None, days_per_month: float | None = None) -> str:
        p = profile if profile is not None else self.profile
        per_day = float(p.get("tokens_per_month") or 0) / (days_per_month or self.options.days_per_month)
        # The order of magnitude is what retrieval needs; it also lets users of similar volume share
        # one cached query embedding (each new query costs ~17 ms of CPU to embed).
        band = 10 ** round(math.log10(per_day)) if per_day > 0 else 0
        words = [f"self-hosting versus API cost at about {format_tokens(band)} tokens a day"]
        if p.regimes():
            words.append("compliance " + " ".join(p.regimes()))
        if not p.ml_capacity():
            words.append("team without ML engineers")
        if p.get("traffic_shape") == "bursty":
            words.append("bursty traffic")
        if p.get("quality") == "frontier":
            words.append("frontier model quality")
        return ", ".join(words)

    def _whatif_query(self, change: whatif.Change) -> str:
        if change.pricing == "spot":
            return "spot instances interruption discount"
        if change.pricing == "reserved":
            return "reserved instances commitment discount"
        if change.add_compliance:
            return "compliance " + " ".join(change.add_compliance) + " dedicated deployment self-hosting"
        if change.batch_ok:
            return "batch API discount"
        if change.compare_models:
            return "breakeven against " + " ".join(change.compare_models)
        return "breakeven volume self-hosting versus API"
