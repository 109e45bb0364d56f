import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def one_line_error(run, argument: str) -> None:
    assert run.code == 2, run
    assert run.out == ""
    assert run.err.count("\n") == 1, run.err
    assert f"argument {argument}" in run.err, run.err


def test_api_cost_json_keys_and_values(advisor) -> None:
    r = advisor("api-cost", "--model", "GPT-5", "--tokens-per-day", "10M", "--prices", "articles", "--json")
    assert r.code == 0 and r.err == ""
    data = r.json()
    for key in (
        "model",
        "input_usd_per_mtok",
        "output_usd_per_mtok",
        "daily_usd",
        "monthly_usd",
        "price_source",
    ):
        assert key in data
    assert data["model"] == "gpt-5" and data["price_source"] == "article"
    assert data["daily_usd"] == 56.25 and data["monthly_usd"] == 1687.5


@pytest.mark.parametrize(
    "volume",
    [
        ["--input-tokens-per-day", "5M", "--output-tokens-per-day", "1M"],
        ["--input-tokens-per-month", "150M", "--output-tokens-per-month", "30M"],
        ["--tokens-per-month", "180M", "--input-share", "0.8333333333"],
        ["--tokens-per-day", "6,000,000", "--input-share", "83.33333333%"],
    ],
)
def test_api_cost_volume_forms_agree(advisor, volume) -> None:
    r = advisor("api-cost", "--model", "gpt-4o", "--prices", "articles", "--json", *volume)
    assert r.code == 0, r.err
    assert r.json()["monthly_usd"] == pytest.approx(675, abs=0.01)


def test_api_cost_ranks_several_models(advisor) -> None:
    r = advisor(
        "api-cost",
        "--model",
        "gpt-5",
        "--model",
        "deepseek-v3.2,gpt-4o",
        "--tokens-per-day",
        "1M",
        "--json",
    )
    models = [x["model"] for x in r.json()["results"]]
    assert models == ["deepseek-v3.2", "gpt-5", "gpt-4o"]


@pytest.mark.parametrize(
    ("argv", "argument"),
    [
        (["api-cost", "--model", "gtp-5", "--tokens-per-day", "1M"], "--model"),
        (["api-cost", "--model", "gpt-5", "--tokens-per-day", "-5M"], "--tokens-per-day"),
        (["api-cost", "--model", "gpt-5", "--tokens-per-day", "lots"], "--tokens-per-day"),
        (["api-cost", "--model", "gpt-5"], "--tokens-per-day"),
        (["api-cost", "--model", "gpt-5", "--tokens-per-day", "1e30"], "--tokens-per-day"),
        (
            ["api-cost", "--model", "gpt-5", "--tokens-per-day", "1M", "--tokens-per-month", "1M"],
            "--tokens-per-month",
        ),
        (
            ["api-cost", "--model", "gpt-5", "--tokens-per-day", "1M", "--input-share", "1.5"],
            "--input-share",
        ),
        (
            ["api-cost", "--model", "gpt-5", "--input-tokens-per-day", "1M"],
            "--output-tokens-per-day",
        ),
        (
            ["api-cost", "--model", "gpt-5", "--tokens-per-day", "1M", "--days-per-month", "40"],
            "--days-per-month",
        ),
        (
            ["api-cost", "--model", "gpt-5", "--tokens-per-day", "1M", "--prices", "cheap"],
            "--prices",
        ),
        (["tco", "--gpus", "0"], "--gpus"),
        (["tco", "--gpu", "h900"], "--gpu"),
        (["tco", "--gpu-hourly", "-3"], "--gpu-hourly"),
        (["tco", "--failover-share", "2x"], "--failover-share"),
        (["tco", "--preset", "imaginary"], "--preset"),
        (["tco", "--hours-per-month", "1000"], "--hours-per-month"),
        (["breakeven", "--model", "gpt-5"], "--self-host-monthly"),
        (["breakeven", "--model", "nope-9", "--self-host-monthly", "1000"], "--model"),
        (["size", "--precision", "int4"], "--model-params"),
        (["size", "--model-params", "70", "--precision", "int5"], "--precision"),
        (["size", "--model-params", "70", "--gpu", "tpu"], "--gpu"),
        (["size", "--model-params", "0"], "--model-params"),
        (["prices", "--model", "gpt-9000"], "--model"),
        (["outcome", "--option", "a,b"], "--option"),
        (["outcome", "--option", "a,1,1.5"], "--option"),
        (["owned", "--hardware", "cray-1"], "--hardware"),
        (
            ["hybrid", "--tokens-per-day", "1M", "--small-share", "0.5", "--api-model", "x-0"],
            "--api-model",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_argument(advisor, argv, argument) -> None:
    one_line_error(advisor(*argv), argument)


def test_tco_json_and_presets(advisor) -> None:
    r = advisor(
        "tco",
        "--gpu",
        "h100",
        "--gpus",
        "2",
        "--engineering-hours",
        "15",
        "--engineering-rate",
        "100",
        "--overhead-monthly",
        "300",
        "--json",
    )
    data = r.json()
    assert data["raw_gpu_monthly_usd"] == 5040 and data["monthly_usd"] == 6840
    assert data["multiplier"] == pytest.approx(6840 / 5040, abs=1e-3)
    assert all({"name", "monthly_usd", "note"} <= set(i) for i in data["line_items"])
    assert data["capacity_tokens_per_month"] is None
    names = [p["name"] for p in advisor("tco", "--list-presets", "--json").json()["presets"]]
    assert "production-70b-2xh100" in names and "devtk-a100-true-cost" in names
    changed = advisor("tco", "--preset", "devtk-a100-true-cost", "--engineering-hours", "20", "--json").json()
    assert changed["monthly_usd"] == 3740
    assert changed["capacity_tokens_per_month"] == pytest.approx(3.888e9)


def test_breakeven_json(advisor) -> None:
    r = advisor(
        "breakeven",
        "--model",
        "gpt-5",
        "--prices",
        "articles",
        "--preset",
        "devtk-a100-true-cost",
        "--json",
    )
    data = r.json()
    assert data["breakeven_tokens_per_month"] == pytest.approx(576e6)
    assert data["breakeven_tokens_per_day"] == pytest.approx(19.2e6)
    assert data["reachable"] is True
    far = advisor(
        "breakeven",
        "--model",
        "deepseek-v3.2",
        "--prices",
        "articles",
        "--self-host-monthly",
        "3240",
        "--capacity-tokens-per-month",
        "3.9B",
        "--json",
    )
    assert far.json()["reachable"] is False
    both = advisor(
        "breakeven",
        "--model",
        "gpt-5",
        "--model",
        "grok-3",
        "--self-host-monthly",
        "1440",
        "--json",
    ).json()
    assert [x["model"] for x in both["results"]] == ["gpt-5", "grok-3"]


def test_size_json(advisor) -> None:
    data = advisor("size", "--model-params", "70", "--precision", "int4", "--json").json()
    assert data["weights_gb"] == 35 and data["gpus_needed"] == 1
    assert data["total_gb"] == pytest.approx(data["weights_gb"] + data["kv_cache_gb"], abs=0.01)
    big = advisor(
        "size",
        "--model",
        "llama-3.3-70b",
        "--precision",
        "fp16",
        "--gpu",
        "l4",
        "--context",
        "32k",
        "--concurrency",
        "8",
        "--json",
    ).json()
    assert big["gpus_needed"] >= 8


def test_prices_lists_catalog_with_sources_and_dates(advisor) -> None:
    data = advisor("prices", "--json").json()
    assert data["catalog"] == {"name": "genai-prices", "version": "0.2.3", "date": "2026-11-10"}
    assert len(data["models"]) >= 15
    assert all(m["source"]["as_of"] for m in data["models"])
    assert {g["slug"] for g in data["gpus"]} >= {
        "l4",
        "a10g",
        "a100-40gb",
        "a100-80gb",
        "h100",
        "h200",
        "8x-a100-80gb",
    }
    assert data["gpu_discounts"]["spot"]["low"] == 0.4
    one = advisor("prices", "--model", "gemini 2.5 flash", "--json").json()["model"]
    assert one["price_source"] == "catalog" and one["notes"]


@pytest.mark.parametrize(
    "argv",
    [
        ["api-cost", "--model", "gpt-5", "--tokens-per-day", "1M"],
        ["prices"],
        ["compare", "--tokens-per-day", "50M", "--input-share", "0.8"],
        ["tco", "--preset", "production-70b-2xh100"],
        ["tco", "--list-presets"],
        ["breakeven", "--model", "gpt-5", "--self-host-monthly", "3240"],
        ["size", "--model-params", "7"],
        ["throughput", "--precision", "int4", "--tokens-per-day", "50M"],
        ["owned", "--hardware", "rtx-4090"],
        ["hybrid", "--tokens-per-day", "50M", "--small-share", "0.8", "--api-model", "gpt-5"],
        ["outcome", "--option", "7B,0.001,0.2,5,2", "--option", "70B,0.01,0.95,1,2"],
        ["audit"],
    ],
)
def test_every_subcommand_prints_exactly_one_json_object(advisor, argv) -> None:
    r = advisor(*argv, "--json")
    assert r.code == 0, r.err
    assert isinstance(json.loads(r.out), dict)
    human = advisor(*argv)
    assert human.code == 0 and human.out.strip() and not human.out.lstrip().startswith("{")


def test_compare_and_audit_content(advisor) -> None:
    data = advisor("compare", "--tokens-per-day", "50M", "--json").json()
    kinds = {o["kind"] for o in data["options"]}
    assert "self_host" in kinds and "managed_open_weight" in kinds
    audit = advisor("audit", "--failing", "--json").json()
    assert audit["not_following"] == len(audit["checks"]) and audit["total"] >= 100


def test_price_file_override_from_flag_and_settings(advisor, tmp_path: Path, monkeypatch) -> None:
    f = tmp_path / "mine.toml"
    f.write_text('[[gpu_offers]]\nslug = "h100"\ngpu = "h100"\ncount = 1\nusd_per_hour = 2.0\n')
    r = advisor("tco", "--gpu", "h100", "--price-file", str(f), "--json")
    assert r.json()["raw_gpu_monthly_usd"] == 1440
    bad = tmp_path / "bad.toml"
    bad.write_text('[[gpu_offers]]\nslug = "h100"\ngpu = "h100"\ncount = 1\nusd_per_hour = -2\n')
    one_line_error(advisor("tco", "--price-file", str(bad)), "--price-file")
    from assistant.settings import get_settings

    monkeypatch.setenv("ADVISOR_PRICE_FILE", str(f))
    get_settings.cache_clear()
    assert advisor("tco", "--gpu", "h100", "--json").json()["raw_gpu_monthly_usd"] == 1440
    monkeypatch.setenv("ADVISOR_PRICE_FILE", str(tmp_path / "missing.toml"))
    get_settings.cache_clear()
    one_line_error(advisor("tco"), "ADVISOR_PRICE_FILE")
    get_settings.cache_clear()


def test_console_script_runs_as_installed() -> None:
    exe = Path(sys.executable).parent / "advisor"
    assert exe.exists()
    env = {**os.environ, "CI": "true"}
    done = subprocess.run(
        [str(exe), "api-cost", "--model", "gpt-4o", "--tokens-per-day", "50M", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["model"] == "gpt-4o"
    bad = subprocess.run([str(exe), "size"], capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
