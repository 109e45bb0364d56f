"""The volume a team's bill implies: what they spend a month on one model, divided by that model's
price per million tokens at their input share (list prices: no cache reads, no batch discount)."""

from __future__ import annotations

from pydantic import Field

from tools.api_cost import usd_per_mtok
from tools.catalog import Catalog, PriceMode
from tools.results import Result, money


class SpendEstimate(Result):
    """Tokens a month that a monthly bill buys on one model."""

    spend_usd_per_month: float = Field(ge=0)
    model: str = Field(description="catalog slug of the model the bill is for")
    model_name: str
    input_share: float = Field(ge=0, le=1)
    input_usd_per_mtok: float = Field(ge=0)
    output_usd_per_mtok: float = Field(ge=0)
    blended_usd_per_mtok: float = Field(gt=0, description="price of a million tokens at this input share")
    tokens_per_month: float = Field(ge=0)


def tokens_from_spend(
    spend_usd_per_month: float,
    model: str,
    catalog: Catalog,
    input_share: float = 0.5,
    mode: PriceMode = "auto",
) -> SpendEstimate | None:
    """Estimate the monthly volume a bill pays for on one model (None when the model is free)."""
    price = catalog.api_price(model, mode)
    eff_in, eff_out, rate = usd_per_mtok(price, catalog, input_share)
    if rate <= 0:
        return None
    return SpendEstimate(
        spend_usd_per_month=money(spend_usd_per_month),
        model=price.price.slug,
        model_name=price.price.name,
        input_share=input_share,
        input_usd_per_mtok=eff_in,
        output_usd_per_mtok=eff_out,
        blended_usd_per_mtok=rate,
        tokens_per_month=spend_usd_per_month / rate * 1e6,
        assumptions=[
            f"{input_share:.0%} of tokens are input",
            "list prices: no prompt-cache reads and no batch discount (either would mean more tokens for the bill)",
        ],
        sources=[price.source],
    )
