"""The reading turned into facts to store: a said fact kept unless corrected or asked about, a conflict or an unclear
reading set apart for one clarifying question, money in another currency converted at a rate the user gave."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.interview.describe import own_words
from assistant.interview.facts import FIELDS, IN_CURRENCY, Fact, WorkloadProfile
from assistant.interview.reading import ParseResult, Update
from assistant.vocab import NESTED_BOUNDARIES
from tools.fx import at_said_rate

# Shares told back in whole percent: two readings within this many points are the same answer ("roughly a
# quarter" and 720k in against 2.2M out, 24.7%), never a question of which to use.
SHARE_SLACK = 0.025
SHARE_FIELDS = frozenset({"input_share", "simple_share", "cached_share"})


def same_value(a: Any, b: Any, field: str = "") -> bool:
    """Whether two readings of ``field`` say the same (shares within a couple of points, figures within their
    rounding)."""
    if field in SHARE_FIELDS and isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) <= SHARE_SLACK
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


LIVE_PART = "a part of it is live, so not all of it can wait for a batch API"


def _merge(
    profile: WorkloadProfile,
    parsed: ParseResult,
    expecting: list[str],
    text: str,
    interpreted: list[str],
    insisted: frozenset[str] = frozenset(),
) -> _Merge:
    """Turn the reading into facts to store, keeping said facts unless corrected or asked about.

    ``insisted``: fields whose clash was already put to the user once; a new value said for one of them
    again is their answer ("2.8M tokens per day total", said a third time), never dropped in silence."""
    out = _Merge(unclear=[f for f in parsed.clarify if f in FIELDS])
    by_field: dict[str, list[Update]] = {}
    for u in parsed.updates:
        # (the team is several facts: those read are kept while the one left unclear is asked)
        if u.field in FIELDS and (u.field not in out.unclear or u.field == "team"):
            by_field.setdefault(u.field, []).append(u)
    for field, updates in by_field.items():
        values = [u.value for u in updates]
        if field not in ("team", "compliance", "candidate_models", "languages") and any(
            not same_value(values[0], v, field) for v in values
        ):
            out.unclear.append(field)  # one message, two different values: ask
            continue
        u = updates[-1]
        value: Any = u.value
        old = profile.facts.get(field)
        # a precise value replaces one we only inferred from vague words ("mostly input" read as 80%)
        sharper = field in interpreted and u.note is None
        # a live part said after one that can wait ("the chatbot is live" after "KYC runs overnight"): not all of the
        # volume can go to a batch API, whichever part this is
        live_part = field == "batch_ok" and value is False and old is not None and old.said and old.value is True
        authoritative = (
            u.correction
            or field in expecting
            or (field == "tokens_per_month" and _completed_size(profile, by_field))
            or old is None
            or not old.said
            or sharper
            or field in insisted
            or live_part
        )
        if field == "team" and isinstance(value, dict):
            merged = {**(dict(old.value) if old and isinstance(old.value, dict) else {})}
            for part in updates:
                merged_part = dict(part.value)
                clash = [
                    k
                    for k, v in merged_part.items()
                    if k in merged and not same_value(merged[k], v) and not authoritative
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
        elif field == "data_boundary" and old is not None and old.said and {old.value, value} == NESTED_BOUNDARIES:
            if old.value == "air_gapped":  # "air-gapped", then "on our own servers": the same place, said again
                continue
            value = "air_gapped"  # "on-prem", then "air-gapped": the stricter says more
        elif old is not None and old.said and not authoritative and not same_value(old.value, value, field):
            out.conflicts.append((field, old, u))
            continue
        if (
            old is not None
            and old.said
            and not u.added
            and (same_value(old.value, value) or (not authoritative and same_value(old.value, value, field)))
        ):
            continue  # said again (or told back the same), or only what clashes with it: nothing new to confirm
        quote = u.quote if u.earlier_words else own_words(u.quote, text) or u.quote
        out.facts[field] = Fact(value=value, origin="said", quote=quote)
        out.stored.append((field, value, LIVE_PART if live_part and u.note is None else u.note))
    for usd, local in IN_CURRENCY.items():  # the amount in its currency goes with its dollar figure, or not at all
        if usd not in out.facts:
            out.facts.pop(local, None)
            out.stored = [s for s in out.stored if s[0] != local]
            out.conflicts = [c for c in out.conflicts if c[0] != local]
            out.unclear = [f for f in out.unclear if f != local]
    _said_rate(profile, out)
    return out


def _completed_size(profile: WorkloadProfile, by_field: dict[str, list[Update]]) -> bool:
    """The volume read again with a side of the request said for the first time ("each ~2k tokens in, ~150 out",
    after 35 reports a day of about 2,000 tokens): the same count at its whole size, no second volume to choose."""
    volume, new_volume = profile.facts.get("tokens_per_month"), by_field.get("tokens_per_month")
    if volume is None or not new_volume:
        return False
    sides = ("request_input_tokens", "request_output_tokens")
    for side, other in (sides[::-1], sides):
        before, said_before = profile.facts.get(side), profile.facts.get(other)
        new_side, new_other = by_field.get(side), by_field.get(other)
        if (
            new_side
            and (before is None or not before.said)
            and said_before is not None
            and said_before.said
            and float(said_before.value) > 0
            and (not new_other or same_value(said_before.value, new_other[-1].value))
        ):
            whole = float(said_before.value) + float(new_side[-1].value)
            grown = float(volume.value) * whole / float(said_before.value)
            return abs(grown - float(new_volume[-1].value)) <= 0.02 * grown  # the same count, its other side added
    return False


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
        conv = at_said_rate(float(said.value["amount_per_month"]), str(said.value["currency"]), rate)
        out.facts[usd_field] = Fact(value=conv.usd, origin=said.origin, quote=said.quote)
        out.facts[local] = Fact(value=conv.as_fact(), origin=said.origin, quote=said.quote)
        out.stored = [s for s in out.stored if s[0] not in (usd_field, local)] + [(local, conv.as_fact(), None)]
    if any(local in out.facts for local in IN_CURRENCY.values()):
        out.stored = [s for s in out.stored if s[0] != "exchange_rate"]  # said once, with the money it converts
