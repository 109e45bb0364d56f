"""The turn's runtime context: what every model call, middleware hook and tool of one turn can reach.

``TurnContext`` is passed to the agent as LangGraph's runtime context (``create_agent(...,
context_schema=TurnContext)``, ``agent.ainvoke(..., context=TurnContext(...))``). It holds the
conversation's session and this turn's plan (the offline policy reads the plan from here, as an
object), and collects what the turn produced besides its messages: notices for the user, the number
of model calls, whether the offline policy took over from a model, and the recommendation the turn's
analysis replaced (its answer says what changed against it); and where an analysis the process does not
remember is computed (``compute``: a worker process beside the server, or in place). It lives for one turn; the
session keeps only what outlasts it (profile, analyses, dialogue state, transcript).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.conversation.session import AdvisorSession
from assistant.decision.analysis import Compute, compute
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import Plan
from tools.catalog import Catalog


def _no_plan() -> Plan:
    return Plan(action="empty")


async def in_this_process(profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions) -> Analysis:
    """An analysis computed here, on the event loop (a few milliseconds)."""
    return compute(profile, catalog, opts)


@dataclass
class TurnContext:
    """One turn of one conversation, as the agent's runtime context."""

    session: AdvisorSession
    plan: Plan = field(default_factory=_no_plan)  # what this turn should do (from AdvisorSession.prepare)
    notices: list[str] = field(default_factory=list)  # said to the user above the answer
    model_calls: int = 0  # model calls this turn (the offline policy's included)
    fell_back: bool = False  # the offline policy answered because the model could not
    analyzed: bool = False  # analyze_workload ran this turn
    replaced: Analysis | None = None  # the baseline the turn's first analysis replaced (None: the first one)
    compute: Compute = in_this_process  # where an analysis not remembered is computed (a worker process, or here)
