"""Every figure the articles state is recomputed; these are the ones that do not follow."""

import pytest

from tools.audit import audit_figures, corrections

# id -> the right value, from the articles' own inputs
NOT_FOLLOWING = {
    "M2": 15.552e6,  # 180 tok/s x 86,400 s, not 2.5M tokens a day
    "M3": 2.16e9,  # $21,600/month / $10 per Mtok output, not 3M
    "M8": 36.0,  # 1 - 0.0064/0.01, not 37%
    "M9": 36.0,  # its own example, against the 60-80% promised
    "C3": 82.98,  # $47k -> $8k is 83%, outside the 40-70% hybrid range
    "S2": 38.42,  # $5,100 / $13,275, below the 40-50% claimed
    "S7": 3.4932,  # reserved H100 at $3.49/h, above Lambda's $2.50 on-demand
    "S10": 30.0,
    "S11": 900.0,  # Claude 3.5 Sonnet: 5 x $3 + 1 x $15
    "S16": 1.35,
    "S17": 40.5,  # Gemini 2.5 Flash
    "S18": 5.4,
    "S19": 162.0,  # Together Llama 3.3 70B
    "S20": 3.74,
    "S21": 112.2,  # Groq Llama 3.3 70B
    "D1": 1687.5,
    "D2": 2700.0,
    "D3": 1687.5,
    "D4": 2700.0,
    "D5": 205.5,  # DevTk table: 10x low
    "D6": 112.5,
    "D7": 75.0,
    "D8": 120.0,
    "D9": 264.0,
    "D74": 2.25,  # its own example exceeds its 1.3-2.0x rule
    "D78": 112.5,  # 'under $30 a month' at 10M tokens/day
    "D79": 1687.5,
    "D80": 27000.0,  # flagship range at 10-100M tokens/day
    "D82": 22500.0,  # Opus 4.5 at 50M/day is far above $3,240
}

# Speed claims above the memory-bandwidth ceiling for one stream: GPUs x bandwidth / weight bytes per token.
IMPOSSIBLE_SPEEDS = {
    "S30": 1 * 3350e9 / (70.6e9 * 1),  # 70B at 8 bits on one H100: 47.5 tokens/s, the article says 40-60
    # 90B at 16 bits on 8 x H100, less the input embedding (128,256 x 8,192, looked up, not streamed):
    # 153 tokens/s, the article says 180
    "M10": 8 * 3350e9 / ((88.6e9 - 128256 * 8192) * 2),
}


@pytest.fixture(scope="module")
def checks(catalog):
    return {c.id: c for c in audit_figures(catalog)}


def test_figures_that_follow_reproduce_within_tolerance(checks) -> None:
    """Within 1%, or equal once rounded the way the article rounded it ("~26x", "about $10,000")."""
    following = [c for c in checks.values() if c.follows and c.kind == "figure"]
    assert len(following) >= 70
    for c in following:
        if c.stated_high is None:
            diff = abs(c.computed - c.stated)
            assert diff <= 0.01 * abs(c.stated) or diff <= c.rounding_step / 2, c.id
            # rounding never hides more than a few percent
            assert diff <= 0.05 * abs(c.stated), c.id
        else:
            assert c.stated * 0.99 - c.rounding_step / 2 <= c.computed, c.id
            assert c.computed <= c.stated_high * 1.01 + c.rounding_step / 2, c.id
    strict = [c for c in following if c.stated_high is None and abs(c.computed - c.stated) <= 0.01 * abs(c.stated)]
    assert len(strict) >= 55


def test_known_reproductions(checks) -> None:
    assert checks["S3"].computed == 13275
    assert checks["D24"].computed == pytest.approx(256e6)
    assert checks["D71"].computed == pytest.approx(576e6)
    assert checks["D30"].computed == pytest.approx(3.84e9)
    assert checks["S1"].computed == 1825


def test_the_figures_that_do_not_follow_and_their_right_values(checks, catalog) -> None:
    failing = {c.id for c in corrections(catalog) if c.kind == "figure"}
    assert failing == set(NOT_FOLLOWING)
    for cid, right in NOT_FOLLOWING.items():
        assert checks[cid].computed == pytest.approx(right, rel=1e-3), cid
        assert "the article says" in checks[cid].verdict()


def test_speed_claims_above_the_bandwidth_ceiling_are_impossible(checks) -> None:
    for cid, ceiling in IMPOSSIBLE_SPEEDS.items():
        c = checks[cid]
        assert c.kind == "speed" and not c.follows and c.speed_verdict == "impossible"
        assert c.ceiling == pytest.approx(ceiling, rel=2e-3)
        assert (c.stated_high or c.stated) > ceiling
        text = c.verdict()
        assert "impossible" in text and "ceiling" in text and f"{ceiling:.1f}" in text


def test_batched_speed_claim_is_judged_against_the_estimate(checks) -> None:
    # One A100 (2,039 GB/s, 312 dense FP16 TFLOPS) serving 4-bit 70B: prefill alone costs 2 x 70.6e9 FLOPs per
    # prompt token, so 500-token prompts at even full peak allow at most 312e12 / (2 x 70.6e9) = 2,210 prompt
    # tokens/s, i.e. 2,210 answer tokens/s for 500/500 requests before any decoding: 3,000 cannot be met.
    c = checks["D83"]
    assert c.kind == "speed" and c.speed_verdict == "optimistic" and not c.follows
    assert c.computed < 312e12 / (2 * 70.6e9)
    assert c.computed * 1.5 < c.stated


def test_corrected_preset_is_not_single_stream_speed(catalog) -> None:
    from tools.tco import preset_tco, presets

    preset = presets()["math-8xh100-90b"]
    # batched capacity of a whole node, far above one stream's ceiling of 151 tokens/s
    assert preset.tco.throughput_tokens_per_s is not None and preset.tco.throughput_tokens_per_s > 10 * 151
    assert "single-stream" in preset.description
    # and it is the throughput model's own estimate for that node (within the estimate's error range)
    from tools.throughput import ThroughputInput, estimate_throughput

    node = estimate_throughput(
        ThroughputInput(model="llama-3.2-90b", gpu="h100", gpus=8, input_len=1000, output_len=250), catalog
    )
    assert node.output_tokens_per_s_low * 5 <= preset.tco.throughput_tokens_per_s <= node.output_tokens_per_s_high * 5
    capacity = preset_tco("math-8xh100-90b", catalog).capacity_tokens_per_month
    assert capacity == pytest.approx(preset.tco.throughput_tokens_per_s * 720 * 3600)


def test_every_check_cites_an_article_section(checks) -> None:
    articles = {c.source.article for c in checks.values()}
    assert articles == {
        "math-ml-strategy-2026",
        "cost-modeling-guide-2026",
        "self-hosting-worth-it-2026",
        "devtk-real-cost-breakdown-2026",
    }
    assert all(c.source.section for c in checks.values())
    speed = [c for c in checks.values() if c.kind == "speed"]
    assert len(checks) == len(audit_figures.__globals__["_checks"]()) + len(speed) and len(speed) == 3
