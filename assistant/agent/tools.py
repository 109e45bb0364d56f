"""Thin LangChain tool adapters over the cost engine, analysis and knowledge base.

Each tool reads the conversation's session from the turn's runtime context (``TurnContext``), returns
a compact JSON string for the model and the typed result as the artifact (for the UI and the exports).
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Annotated, Any

from langchain.tools import ToolRuntime
from langchain_core.tools import BaseTool, tool
from pydantic import BaseModel, Field

from assistant.agent import compose
from assistant.agent.context import TurnContext
from assistant.agent.grounding import numbers_in
from assistant.agent.in_place import DirectTool, in_place
from assistant.conversation.session import AdvisorSession
from assistant.decision.delta import delta
from assistant.decision.explain import Explanation
from assistant.interview.policy import AdviceQuestion
from assistant.interview.whatif import Change
from assistant.vocab import DataBoundary, LatencyKind, Quality, Regime, TrafficShape, VendorHome
from tools.api_cost import api_cost
from tools.audit import FigureCheck, audit_figures
from tools.catalog import Catalog

AdvisorContext = TurnContext  # the name the tools' runtime context had before it became per turn


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)


class OwnedGpusArg(BaseModel):
    gpu: str = Field(description="GPU type, e.g. h100, a100-80gb, l4")
    count: int = Field(ge=1, le=100_000)
    paid_for: bool = Field(default=True, description="bought outright (sunk cost) rather than leased")


class ProfileUpdate(BaseModel):
    """Facts the user stated, or a correction of one ("actually 15M, not 40M"). Omit what was not said."""

    tokens_per_day: float | None = Field(default=None, ge=0, description="total tokens per day")
    tokens_per_month: float | None = Field(default=None, ge=0, description="total tokens per month")
    input_share: float | None = Field(default=None, ge=0, le=1, description="share of tokens that are input")
    request_input_tokens: float | None = Field(default=None, gt=0, description="input tokens per request")
    request_output_tokens: float | None = Field(default=None, gt=0, description="output tokens per request")
    traffic_shape: TrafficShape | None = None
    compliance: list[Regime] | None = Field(
        default=None, description="regimes the user said apply; ['none'] when they said none applies"
    )
    data_boundary: DataBoundary | None = Field(
        default=None,
        description="any_vendor (public API ok), cloud_tenant (own cloud only), on_prem (own servers), air_gapped",
    )
    data_region: str | None = Field(
        default=None, description="residency region: eu, uk, us, de, not_us... or a country (Turkey)"
    )
    vendor_homes_excluded: list[VendorHome] | None = Field(
        default=None, description="no company based here may get the data: us, eu, cn"
    )
    ml_engineers: int | None = Field(default=None, ge=0, le=10_000)
    devops: int | None = Field(default=None, ge=0, le=10_000, description="DevOps/infra people")
    mlops: bool | None = Field(default=None, description="an MLOps or ML platform team")
    gpu_infra: bool | None = Field(default=None, description="runs GPUs in production")
    kubernetes: bool | None = None
    owned_gpus: OwnedGpusArg | None = Field(default=None, description="GPUs the user already has")
    quality: Quality | None = None
    current_model: str | None = Field(default=None, description="the model used today, e.g. gpt-4o")
    current_spend_per_month: float | None = Field(default=None, ge=0, description="spent today a month, in currency")
    currency: str | None = Field(default=None, description="ISO code of the money if not USD")
    quality_reference: str | None = Field(default=None, description="model named as the quality bar")
    languages: list[str] | None = Field(default=None, description="languages besides English to handle well")
    simple_share: float | None = Field(default=None, ge=0, le=1, description="share of requests a small model can do")
    cached_share: float | None = Field(default=None, ge=0, le=1, description="share of input served from prompt cache")
    latency_p99_ms: float | None = Field(default=None, gt=0, description="latency target in milliseconds")
    latency_kind: LatencyKind | None = Field(default=None, description="ttft (first token) or total (whole answer)")
    fine_tuning: bool | None = None
    batch_ok: bool | None = Field(default=None, description="answers can wait hours")
    own_adapters: bool | None = Field(default=None, description="they serve their own fine-tune")
    small_model_ok: bool | None = Field(default=None, description="an 8B-class model is enough")
    batch_deadline_hours: float | None = Field(default=None, gt=0, le=72, description="hours a batch job has to finish")
    budget_per_month: float | None = Field(default=None, ge=0, description="monthly budget, in currency")
    quote: str | None = Field(default=None, description="the user's words these facts come from")
    correction: bool = Field(default=False, description="true when the user corrects an earlier fact")


@tool(response_format="content_and_artifact")
async def analyze_workload(runtime: ToolRuntime[TurnContext]) -> tuple[str, Any]:
    """Analyse the current workload profile: recommendation, cost table, breakevens, hidden costs,
    flip points and each article's framework. Call it once the volume is known. After an earlier
    recommendation the result has a "change": what moved against it (say that, not the whole analysis)."""
    context = runtime.context
    session = context.session
    if not context.analyzed:  # a second call in the turn still compares with the recommendation it started from
        context.analyzed, context.replaced = True, session.baseline
    analysis = await session.analyze_baseline_with(context.compute)
    data = session.compact(analysis)
    if context.replaced is not None:  # new facts after a recommendation: what moved, for the answer to say
        data["change"] = delta(context.replaced, analysis).payload()
    return _dump(data), analysis


@tool(args_schema=Change, response_format="content_and_artifact")
async def what_if(runtime: ToolRuntime[TurnContext], **change: Any) -> tuple[str, Any]:
    """Recompute the analysis with one change (volume factor or new volume, GPU type, spot/reserved
    pricing, a new compliance regime, models to compare, ML engineers, traffic shape, batch) and
    show the difference from the baseline. The baseline is kept."""
    context = runtime.context
    session = context.session
    scenario = await session.run_what_if(Change(**change), context.compute)
    return _dump(
        {
            "scenario": scenario.label,
            "difference": scenario.diff.model_dump(mode="json"),
            "analysis": session.compact(scenario.analysis),
        }
    ), scenario


@tool(response_format="content_and_artifact")
def reset_to_baseline(runtime: ToolRuntime[TurnContext]) -> tuple[str, Any]:
    """Drop the what-if scenarios and return to the baseline analysis."""
    session = runtime.context.session
    analysis = session.reset_to_baseline()
    return _dump({"baseline": session.compact(analysis) if analysis else None}), analysis


class SearchArgs(BaseModel):
    query: str = Field(description="what to look up in the articles, in plain words")
    k: int = Field(default=3, ge=1, le=8, description="number of passages")


def make_search_tool(retriever: Any) -> BaseTool:
    """search_guidance over a retriever (anything with ``retrieve(query, k)``); None finds nothing."""

    def found(passages: list[Any]) -> tuple[str, Any]:
        text = (
            "\n".join(
                f'<document source="{p.source}" title="{p.title}" section="{p.section}">\n{p.text}\n</document>'
                for p in passages
            )
            or "no passages found"
        )
        return text, passages

    def search_guidance(query: str, k: int = 3) -> tuple[str, Any]:
        return found(list(retriever.retrieve(query, k)) if retriever is not None else [])

    async def asearch_guidance(query: str, k: int = 3) -> tuple[str, Any]:
        # A query searched before is a lookup, answered in place; a new one is embedded and searched in a
        # thread (tens of milliseconds that would otherwise hold up every other chat).
        if retriever is None:
            return found([])
        lookup = getattr(retriever, "cached", None)
        known = lookup(query, k) if lookup is not None else None
        if known is not None:
            return found(list(known))
        return found(list(await asyncio.to_thread(retriever.retrieve, query, k)))

    return DirectTool.from_function(  # both take the query and k only
        search_guidance,
        coroutine=asearch_guidance,
        name="search_guidance",
        args_schema=SearchArgs,
        response_format="content_and_artifact",
        description="Search the cited knowledge base (five cost articles, the source audit, your documents).",
    )


@tool(response_format="content_and_artifact")
def price_model(
    model: Annotated[str, Field(description="model name, e.g. gpt-5, claude-sonnet-4.5, deepseek-v3.2")],
    runtime: ToolRuntime[TurnContext],
    tokens_per_day: Annotated[float | None, Field(ge=0, description="volume; default: the profile's")] = None,
    input_share: Annotated[float | None, Field(ge=0, le=1, description="default: the profile's")] = None,
) -> tuple[str, Any]:
    """Price the workload on one API model (daily, monthly, yearly) with the price source."""
    session = runtime.context.session
    wl = session.workload(tokens_per_day, input_share)
    result = api_cost(wl, session.catalog.api_price(model, session.options.prices), session.catalog)
    keep = (
        "model",
        "name",
        "input_usd_per_mtok",
        "output_usd_per_mtok",
        "daily_usd",
        "monthly_usd",
        "yearly_usd",
        "price_source",
        "notes",
    )
    payload = {k: v for k, v in result.model_dump(mode="json").items() if k in keep}
    payload["source"] = result.source.label()
    return _dump(payload), result


@tool(response_format="content_and_artifact")
def check_article_figure(
    claim: Annotated[str, Field(description="the figure or claim the user quoted from an article")],
    runtime: ToolRuntime[TurnContext],
) -> tuple[str, Any]:
    """Recompute a figure quoted from one of the source articles from the article's own inputs."""
    checks = quoted_figures(claim, runtime.context.session.catalog)
    return _dump(
        [
            {
                "id": c.id,
                "article": c.source.title,
                "section": c.source.section,
                "follows": c.follows,
                "verdict": c.verdict(),
                "stated": c.stated,
                "computed": c.computed,
            }
            for c in checks
        ]
    ), checks


def quoted_figures(claim: str, catalog: Catalog) -> list[FigureCheck]:
    """The audited article figures this claim most likely quotes (at most three, best first)."""
    numbers = [value for _, value, _ in numbers_in(claim)]
    words = set(re.findall(r"[a-z0-9.-]{3,}", claim.lower()))
    scored = []
    for check in audit_figures(catalog):
        score = 0.0
        for n in numbers:
            if n and any(abs(n - v) <= 0.01 * abs(v) for v in (check.stated, check.stated_high or -1) if v):
                score += 3
        score += len(words & set(re.findall(r"[a-z0-9.-]{3,}", (check.claim + " " + check.source.title).lower()))) * 0.2
        if score >= 3:
            scored.append((score, check))
    scored.sort(key=lambda sc: -sc[0])
    return [c for _, c in scored[:3]]


@tool(args_schema=ProfileUpdate, response_format="content_and_artifact")
def update_profile(runtime: ToolRuntime[TurnContext], **fields: Any) -> tuple[str, Any]:
    """Record facts the user stated that the profile does not have yet."""
    session = runtime.context.session
    changed = session.update_from_tool(ProfileUpdate(**fields))
    return _dump({"recorded": changed, "missing": session.missing()}), changed


@tool(args_schema=AdviceQuestion, response_format="content_and_artifact")
def explain_advice(runtime: ToolRuntime[TurnContext], **question: Any) -> tuple[str, Any]:
    """Answer a question about the advice from the analysis itself: kind 'why' (deciding facts and
    rules, why each cheaper option was set aside), 'how' (the arithmetic of a figure; topic self_host,
    api, hybrid, batch_api, dedicated_deployment or breakeven), 'profile' (what the user said and what
    is assumed), 'compare' (models or GPUs priced beside the recommendation), 'scope' (off-topic),
    'report' (the whole analysis again)."""
    session = runtime.context.session
    asked = AdviceQuestion(**question)
    answer = full_report(session) if asked.kind == "report" else session.explain(asked)
    return _dump({"kind": answer.kind, "answer": answer.markdown, "figures": answer.figures}), answer


def full_report(session: AdvisorSession) -> Explanation:
    """The whole analysis on screen again (the what-if's, when one is shown): later turns show only what changed."""
    current = session.current()
    if current is None:
        text = "There is no recommendation yet; once I know your volume I'll show one, with the whole analysis."
        return Explanation(kind="report", markdown=text)
    if session.active is not None:
        s = session.scenarios[session.active]
        return Explanation(kind="report", markdown=compose.scenario(s, [], full=True))
    return Explanation(kind="report", markdown=compose.recommendation(current, []))


def advisor_tools() -> list[BaseTool]:
    """The cost and state tools every model gets (the agent factory adds search_guidance)."""
    tools = [
        analyze_workload,
        what_if,
        reset_to_baseline,
        price_model,
        check_article_figure,
        update_profile,
        explain_advice,
    ]
    return [in_place(t) for t in tools]
