"""Build the advisor from the settings: the chosen model (lazily), the index, the catalog."""

from __future__ import annotations

from typing import Any

from assistant.agent.loop import Advisor
from assistant.agent.models import make_model, model_traits
from assistant.conversation.session import AdvisorSession
from assistant.conversation.worker import Worker
from assistant.decision.inputs import AnalysisOptions
from assistant.settings import Settings
from knowledge.embeddings import default_embedder
from tools.catalog import Catalog, load_catalog


def make_advisor(settings: Settings, retriever: Any, worker: Worker | None = None) -> Advisor:
    """The advisor on the configured model ('offline' unless ADVISOR_MODEL says otherwise); ``worker``: where
    messages are read and analyses computed (None: in this process)."""
    key = settings.api_key.get_secret_value() if settings.api_key else None
    model = make_model(
        settings.model,
        base_url=settings.base_url,
        api_key=key,
        timeout_s=settings.model_timeout_s,
        max_tokens=settings.model_max_tokens,
    )
    return Advisor(
        model,
        retriever,
        timeout_s=settings.model_timeout_s,
        retries=settings.model_retries,
        label=settings.model,
        deadline_s=settings.turn_deadline_s,
        breaker_failures=settings.model_breaker_failures,
        cooldown_s=settings.model_cooldown_s,
        traits=model_traits(settings.model, settings.base_url),
        worker=worker,
    )


def make_catalog(settings: Settings) -> Catalog:
    return load_catalog(settings.price_file)


def make_worker(settings: Settings, catalog: Catalog) -> Worker | None:
    """The processes beside the server that read messages, compute analyses and, with the bundled embedding
    model, embed search queries (None when set to 0)."""
    if settings.worker_processes <= 0:
        return None
    return Worker(catalog, settings.worker_processes, default_embedder if settings.embeddings == "local" else None)


def new_session(settings: Settings, catalog: Catalog) -> AdvisorSession:
    options = AnalysisOptions(
        prices=settings.prices,
        hours_per_month=settings.hours_per_month,
        days_per_month=settings.days_per_month,
    )
    return AdvisorSession(catalog, options)


def recommendation_summary(session: AdvisorSession) -> dict[str, Any] | None:
    """The current recommendation in a few fields (for scripts and exports)."""
    a = session.current()
    if a is None:
        return None
    return {
        "option": a.option,
        "headline": a.headline,
        "choice": a.chosen.name,
        "model": a.chosen.model,
        "monthly_usd": a.chosen.monthly_usd,
        "price_source": a.chosen.source,
        "runs_in": a.runs_in,
        "reasons": a.reasons,
        "feasible": a.feasible,
        "relax": [r.text for r in a.relax],
        "set_aside": [{"name": x.name, "monthly_usd": x.monthly_usd, "reason": x.reason} for x in a.set_aside],
        "excluded": [
            {"name": x.name, "kind": x.kind, "constraint": x.constraint, "reason": x.reason} for x in a.excluded
        ],
        "flip_points": [f.text for f in a.flip_points],
        "frameworks_agreement": a.agreement,
    }
