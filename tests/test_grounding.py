from assistant.agent.grounding import allowed_values, numbers_in, ungrounded


def test_numbers_are_read_with_units_and_model_names_are_skipped() -> None:
    found = {
        w: v
        for w, v, _ in numbers_in(
            "GPT-5 on 2 x H100 (fp8) costs $1,687.50; 576M tokens, 2.3x, 80% input, Llama 3.3 70B, Step 3, 2026-02-24"
        )
    }
    assert found == {"2 x": 2.0, "$1,687.50": 1687.5, "576M": 576e6, "2.3x": 2.3, "80": 80.0}


def test_grounded_answers_pass_and_invented_figures_are_caught() -> None:
    tools = [
        {"monthly_usd": 3240.0, "breakeven_tokens_per_month": 576000000, "input_share": 0.8},
        '<document section="Against GPT-5">$5.625 per million</document>',
    ]
    allowed = allowed_values(tools, ["we do about 50M tokens a day"])
    ok = "Self-hosting costs $3,240.00 a month and breaks even at 576M tokens (19.2M a day); 80% input; 50M a day."
    assert ungrounded(ok, allowed) == []
    planted = "Self-hosting costs $3,240.00 a month, but a reserved deal would be $1,999.99 and save 37%."
    assert ungrounded(planted, allowed) == ["$1,999.99", "37"]


def test_rounding_follows_the_written_precision() -> None:
    allowed = allowed_values([{"x": 1687.5}], [])
    assert ungrounded("about $1,688 or $1.7k", allowed) == []
    assert ungrounded("about $1,650", allowed) == ["$1,650"]


def test_later_sources_are_only_computed_while_a_figure_is_unsupported() -> None:
    from assistant.agent.grounding import first_ungrounded

    computed: list[str] = []

    def source(name: str, values: list[float]):  # type: ignore[no-untyped-def]
        def compute() -> list[float]:
            computed.append(name)
            return sorted(values)

        return compute

    answer = "It costs $3,240 a month, $38,880 a year."
    assert first_ungrounded(answer, source("turn", [3240, 38880]), source("state", [])) == []
    assert computed == ["turn"]  # everything was supported: the state was never walked
    computed.clear()
    assert first_ungrounded(answer, source("turn", [3240]), source("state", [38880])) == []
    assert computed == ["turn", "state"]
    computed.clear()
    assert first_ungrounded(answer, source("turn", [3240]), source("state", [12])) == ["$38,880"]
    assert first_ungrounded("2 options, 3 replicas", source("never", [])) == []  # small counts need no source
    assert computed == ["turn", "state"]


def test_figures_in_repeated_payload_text_are_read_once() -> None:
    from assistant.agent.grounding.figures import _figures

    _figures.cache_clear()
    note = "spot capacity is 40-60% cheaper on 8 GPUs"
    for _ in range(3):
        allowed_values([{"notes": [note]}], [])
    info = _figures.cache_info()
    assert info.misses == 1 and info.hits == 2
    assert numbers_in("no digits here") == [] and _figures.cache_info().misses == 1  # no regex work at all
