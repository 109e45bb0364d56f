"""Source audit: every figure the articles state, recomputed from the articles' own inputs.

What lives here: the audited figures as data (``tools/data/audit.toml``, read by ``rows``), the named
recipes that recompute them (``recipes``: engine calculators, or arithmetic marked as such), and the
checks the rest of the advisor reads (``figures.FigureCheck``). It imports only ``tools``.

A figure *follows* when our value is within the row's tolerance of it (1% unless the row says
otherwise), or within half the rounding step the article used ("about $10,000" is rounded to the
thousand). Ranges follow when the value falls inside them (with the same slack). Speed claims are judged
against the single-stream memory-bandwidth ceiling (above it: impossible) or the calibrated throughput
estimate's error range (outside it: optimistic or pessimistic).

Modules, lowest first (each imports only modules above it in this list):

- ``figures``: ``FigureCheck``, one audited figure beside our value, and how a figure is compared and shown.
- ``recipes``: the named recipes (``RECIPES``) that recompute a figure with the engine or plain arithmetic.
- ``rows``: the audited figures as rows of ``tools/data/audit.toml``, each naming its recipe.
"""

from __future__ import annotations

from functools import cache

from tools.audit.figures import FigureCheck, SpeedVerdict, fmt, within
from tools.audit.recipes import RECIPES, Recipe, Recomputed
from tools.audit.rows import AuditRow, audit_rows, load_rows
from tools.catalog import Catalog
from tools.sources import article_source

__all__ = [
    "RECIPES",
    "AuditRow",
    "FigureCheck",
    "Recipe",
    "Recomputed",
    "audit_figures",
    "audit_rows",
    "corrections",
    "fmt",
    "load_rows",
    "recheck",
]


def _speed(row: AuditRow, result: Recomputed) -> tuple[bool, SpeedVerdict]:
    claimed_high = row.stated_high if row.stated_high is not None else row.stated
    if row.judge == "ceiling":
        impossible = claimed_high > result.value
        return not impossible, "impossible" if impossible else "plausible"
    low = result.low if result.low is not None else result.value
    high = result.high if result.high is not None else result.value
    if high < row.stated:
        return False, "optimistic"
    if low > claimed_high:
        return False, "pessimistic"
    return True, "plausible"


def recheck(row: AuditRow, catalog: Catalog) -> FigureCheck:
    """Recompute one row with its recipe and judge it."""
    recipe = RECIPES[row.recipe]
    result = recipe(row.inputs, catalog)
    common = {
        "id": row.id,
        "source": article_source(row.article, row.section),
        "claim": row.claim.format_map(result.words),
        "quoted": row.quoted,
        "stated": row.stated,
        "stated_high": row.stated_high,
        "unit": row.unit,
        "rounding_step": row.rounding_step,
        "how": row.how.format_map(result.words),
        "recomputed_with": recipe.kind,
        "recipe": recipe.name,
    }
    if row.judge == "figure":
        follows = within(result.value, row.stated, row.stated_high, row.rounding_step, row.tolerance_share)
        return FigureCheck.model_validate({**common, "computed": round(result.value, 6), "follows": follows})
    follows, verdict = _speed(row, result)
    return FigureCheck.model_validate(
        {
            **common,
            "computed": result.value,
            "follows": follows,
            "kind": "speed",
            "speed_verdict": verdict,
            "ceiling": result.value if row.judge == "ceiling" else None,
        }
    )


@cache
def _cached(catalog: Catalog) -> tuple[FigureCheck, ...]:  # Catalog hashes by identity
    return tuple(recheck(row, catalog) for row in audit_rows())


def audit_figures(catalog: Catalog) -> list[FigureCheck]:
    """Recompute every audited article figure (article prices), each with its recipe."""
    return list(_cached(catalog))


def corrections(catalog: Catalog) -> list[FigureCheck]:
    """Only the figures that do not follow from the articles' own inputs."""
    return [f for f in audit_figures(catalog) if not f.follows]
