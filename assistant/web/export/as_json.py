"""The conversation summary as JSON for tools: profile, recommendation, baseline analysis, settings,
scenarios, citations and the transcript, secrets redacted."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from assistant.conversation.session import AdvisorSession
from assistant.web.export.redaction import redact
from assistant.web.export.report import _citations


def summary_json(session: AdvisorSession, model: str = "offline") -> dict[str, Any]:
    a = session.baseline
    current = session.current()
    return {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "model": model,
        "profile": {
            name: {**v, "quote": redact(v["quote"]) if v["quote"] else None}
            for name, v in session.profile.summary().items()
        },
        "assumed": session.profile.assumed(),
        "recommendation": None
        if current is None
        else {
            "option": current.option,
            "headline": current.headline,
            "reasons": current.reasons,
            "monthly_usd": current.chosen.monthly_usd,
        },
        "baseline": None
        if a is None
        else {
            "headline": a.headline,
            "cost_table": [r.model_dump() for r in a.table],
            "breakevens": [b.model_dump(mode="json") for b in a.breakevens],
            "set_aside": [x.model_dump(mode="json") for x in a.set_aside],
            "excluded": [x.model_dump(mode="json") for x in a.excluded],
            "flip_points": [f.text for f in a.flip_points],
            "frameworks": [f.model_dump() for f in a.frameworks],
            "assumptions": a.assumptions,
            "price_sources": a.price_sources,
            "self_host": a.self_host.model_dump(mode="json"),
        },
        "settings": session.options.model_dump(mode="json"),
        "scenarios": [
            {
                "label": redact(s.label),
                "difference": s.diff.model_dump(mode="json"),
                "headline": s.analysis.headline,
                "option": s.analysis.option,
                "monthly_usd": s.analysis.chosen.monthly_usd,
            }
            for s in session.scenarios
        ],
        "citations": _citations(session),
        "transcript": [
            {"user": redact(t.user), "assistant": redact(t.assistant), "notices": t.notices} for t in session.turns
        ],
    }


def summary_json_bytes(session: AdvisorSession, model: str = "offline") -> bytes:
    return json.dumps(summary_json(session, model), indent=2, ensure_ascii=False).encode()
