"""A TCO at a price the user gives (``tools.tco``): a GPU no cloud rents needs a price and a count, nothing else."""

from __future__ import annotations

import pytest

from tools.catalog import Catalog
from tools.tco import TcoInput, compute_tco


def _rental(spec: TcoInput, catalog: Catalog) -> float:
    result = compute_tco(spec, catalog)
    (line,) = [i for i in result.line_items if i.name == "GPU rental (primary)"]
    return line.monthly_usd


def test_a_gpu_without_a_rental_offer_at_a_given_hourly_price(catalog: Catalog) -> None:
    spec = TcoInput(gpu="rtx 6000 ada", gpus=2, gpu_hourly_usd=1.5, hours_per_month=720)
    assert _rental(spec, catalog) == pytest.approx(2160.0)  # 2 GPUs x $1.50 x 720 h
    result = compute_tco(spec, catalog)
    assert result.gpu == "rtx-6000-ada" and result.gpus == 2
    assert "GPU price given as $1.5 per GPU-hour" in result.assumptions


def test_a_gpu_without_a_rental_offer_at_a_given_monthly_price(catalog: Catalog) -> None:
    spec = TcoInput(gpu="rtx-6000-ada", gpus=3, gpu_monthly_usd=500.0, hours_per_month=720)
    assert _rental(spec, catalog) == pytest.approx(1500.0)  # 3 GPUs x $500 a month


def test_a_gpu_without_a_rental_offer_needs_both_a_price_and_a_count(catalog: Catalog) -> None:
    with pytest.raises(LookupError):
        compute_tco(TcoInput(gpu="rtx-6000-ada", gpus=2), catalog)  # no price
    with pytest.raises(LookupError):
        compute_tco(TcoInput(gpu="rtx-6000-ada", gpu_hourly_usd=1.0), catalog)  # no count


def test_a_given_price_on_a_rented_gpu_replaces_the_offer_and_its_discounts(catalog: Catalog) -> None:
    spec = TcoInput(gpu="h100", gpus=4, gpu_hourly_usd=2.0, pricing="reserved", hours_per_month=720)
    assert _rental(spec, catalog) == pytest.approx(5760.0)  # 4 x $2 x 720 h, no reserved discount on top
    assert not any("discount" in a for a in compute_tco(spec, catalog).assumptions)
