"""The command line refuses NaN, infinities and numbers outside its documented range; JSON is always JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def strict(text: str) -> object:
    def refuse(name: str) -> object:
        raise ValueError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize(
    "argv",
    [
        ["api-cost", "--model", "gpt-5", "--tokens-per-day", "nan"],
        ["api-cost", "--model", "gpt-5", "--tokens-per-day", "inf"],
        ["api-cost", "--model", "gpt-5", "--tokens-per-day", "-inf"],
        ["api-cost", "--model", "gpt-5", "--tokens-per-day", "1e400"],
        ["api-cost", "--model", "gpt-5", "--tokens-per-day", "2e15"],
        ["api-cost", "--model", "gpt-5", "--tokens-per-day", "9" * 5000],
        ["api-cost", "--model", "gpt-5", "--tokens-per-day", "50M", "--input-share", "nan"],
        ["api-cost", "--model", "gpt-5", "--tokens-per-day", "50M", "--days-per-month", "infinity"],
        ["throughput", "--precision", "int4", "--tokens-per-day", "50M", "--peak-to-average", "nan"],
        ["tco", "--preset", "production-70b-2xh100", "--gpus", "1" * 400],
        ["outcome", "--option", "7B,0.001,0.2,1e400,2"],
        ["outcome", "--option", "7B,nan,0.2,5,2"],
    ],
)
def test_non_finite_and_absurd_numbers_exit_2_with_one_short_line(advisor, argv: list[str]) -> None:
    for extra in ([], ["--json"]):
        run = advisor(*argv, *extra)
        assert run.code == 2, (argv, run.err)
        assert run.out == "" and len(run.err.strip().splitlines()) == 1 and len(run.err) < 300
        assert "Traceback" not in run.err and "advisor: error:" in run.err


def test_a_price_file_with_infinity_is_refused(advisor, tmp_path: Path) -> None:
    prices = tmp_path / "prices.toml"
    prices.write_text(
        '[[api]]\nslug = "gpt-5"\nname = "GPT-5"\nprovider = "openai"\n'
        "input_usd_per_mtok = inf\noutput_usd_per_mtok = 10\n"
    )
    run = advisor("api-cost", "--model", "gpt-5", "--tokens-per-day", "1M", "--price-file", str(prices), "--json")
    assert run.code == 2 and "finite" in run.err and "input_usd_per_mtok" in run.err and run.out == ""


def test_json_output_is_strict_json_even_when_figures_overflow(advisor, tmp_path: Path) -> None:
    prices = tmp_path / "prices.toml"
    prices.write_text(
        '[[api]]\nslug = "gpt-5"\nname = "GPT-5"\nprovider = "openai"\n'
        "input_usd_per_mtok = 1e308\noutput_usd_per_mtok = 1e308\n"
    )
    run = advisor("api-cost", "--model", "gpt-5", "--tokens-per-day", "1000T", "--price-file", str(prices), "--json")
    assert run.code == 0
    data = strict(run.out)
    assert isinstance(data, dict) and data["monthly_usd"] is None  # no figure, rather than NaN or Infinity
    ok = advisor("api-cost", "--model", "gpt-5", "--tokens-per-day", "50M", "--json")
    assert ok.code == 0 and strict(ok.out)["monthly_usd"] > 0  # type: ignore[index]
