"""Answers about the advice (``assistant.decision.explain``): each 'how' topic, comparisons with and without a
recommendation, GPUs that do not fit, and the 'why' when nothing is cheaper.

Expected figures are recomputed from the catalog's published prices, not read from the answer's own code.
"""

from __future__ import annotations

import pytest

from assistant.decision import explain
from assistant.decision.analysis import analyze
from assistant.decision.inputs import AnalysisOptions
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import AdviceQuestion
from tools.catalog import Catalog


def _profile(**facts: object) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v, quote=f"user said {k}")
    return p


def _money(value: float) -> str:
    return f"${value:,.2f}"


def test_how_breakeven_divides_the_self_host_bill_by_the_api_blended_rate(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=3e9, input_share=0.8)
    a = analyze(profile, catalog)
    answer = explain.how_answer(
        AdviceQuestion(kind="how", topic="breakeven"), a, profile.workload(), catalog, AnalysisOptions()
    )
    assert answer.markdown.startswith("### How I computed the breakeven volumes")
    shown = [b for b in a.breakevens[:4] if b.breakeven_tokens_per_month]
    assert shown
    for b in shown:
        price = catalog.api_price(b.model).price
        blended = 0.8 * price.input_usd_per_mtok + 0.2 * price.output_usd_per_mtok  # $/M at 80% input
        # the volume where the API bill equals the self-host bill
        assert b.breakeven_tokens_per_month / 1e6 * blended == pytest.approx(b.self_host_monthly_usd, rel=1e-6)
        assert f"{_money(b.self_host_monthly_usd)} a month divided by" in answer.markdown
    assert "30 days a month" in answer.markdown


def test_how_hybrid_adds_the_two_parts(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=3e9, input_share=0.8, simple_share=0.7, quality="frontier")
    a = analyze(profile, catalog)
    assert a.hybrid is not None
    hy = a.hybrid
    answer = explain.how_answer(
        AdviceQuestion(kind="how", topic="hybrid"), a, profile.workload(), catalog, AnalysisOptions()
    )
    md = answer.markdown
    assert md.startswith("### How I computed the hybrid routing cost")
    assert "70% of tokens (2.1B a month)" in md  # 70% of 3B
    assert hy.small_tokens_per_month + hy.api_tokens_per_month == pytest.approx(3e9)
    assert hy.blended_monthly_usd == pytest.approx(hy.small_monthly_usd + hy.api_monthly_usd, abs=0.01)
    assert f"{_money(hy.small_monthly_usd)} + {_money(hy.api_monthly_usd)} = {_money(hy.blended_monthly_usd)}" in md
    # the API part: 900M tokens, 80% input, at the API model's published price
    price = catalog.api_price(hy.api_model).price
    assert hy.api_monthly_usd == pytest.approx(720 * price.input_usd_per_mtok + 180 * price.output_usd_per_mtok)


def test_how_for_an_option_absent_from_the_table_answers_with_the_chosen_hybrid(catalog: Catalog) -> None:
    # 3B tokens a month, 80% simple, a team that can run GPUs: hybrid routing is recommended
    profile = _profile(
        tokens_per_month=3e9, input_share=0.8, simple_share=0.8, quality="frontier", team={"ml_engineers": 2}
    )
    a = analyze(profile, catalog)
    assert a.option == "hybrid"
    assert not any(r.kind == "batch_api" for r in a.table)
    q = AdviceQuestion(kind="how", topic="batch_api")
    md = explain.how_answer(q, a, profile.workload(), catalog, AnalysisOptions()).markdown
    assert md.startswith("### How I computed the hybrid routing cost")
    assert "80% of tokens (2.4B a month)" in md


def test_how_for_an_unknown_model_falls_back_to_the_row(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=3e8, input_share=0.8, quality="frontier")
    a = analyze(profile, catalog)
    q = AdviceQuestion(kind="how", topic="api", models=["no-such-model"])
    answer = explain.how_answer(q, a, profile.workload(), catalog, AnalysisOptions())
    assert "### How I computed no-such-model" in answer.markdown
    assert f"{a.chosen.name}: {a.chosen.detail}" in answer.markdown
    assert answer.figures["monthly_usd"] == a.chosen.monthly_usd


def test_how_for_a_dedicated_deployment_names_its_source(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=3e9, input_share=0.8, quality="frontier")
    a = analyze(profile, catalog)
    rows = [r for r in a.table if r.kind == "dedicated_deployment"]
    assert rows, "frontier models are also sold as dedicated cloud deployments"
    q = AdviceQuestion(kind="how", topic="dedicated_deployment")
    md = explain.how_answer(q, a, profile.workload(), catalog, AnalysisOptions()).markdown
    assert f"priced at {_money(rows[0].monthly_usd)} a month" in md


def test_how_self_host_without_a_fit_says_so(catalog: Catalog) -> None:
    # Llama 3.1 405B at fp16 is about 810 GB of weights; eight 24 GB L4s hold 192 GB
    profile = _profile(tokens_per_month=1.5e9, team={"ml_engineers": 2})
    opts = AnalysisOptions(gpu="l4", open_model="llama-3.1-405b", precision="fp16")
    a = analyze(profile, catalog, opts)
    assert not a.self_host.available
    md = explain.how_answer(
        AdviceQuestion(kind="how", topic="self_host"), a, profile.workload(), catalog, opts
    ).markdown
    assert "No self-host option fits" in md


def test_compare_before_any_recommendation(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=6e7, input_share=0.8)
    q = AdviceQuestion(kind="compare", models=["gpt-5"])
    answer = explain.compare_answer(q, None, profile, profile.workload(), catalog, AnalysisOptions())
    price = catalog.api_price("gpt-5").price
    monthly = 48 * price.input_usd_per_mtok + 12 * price.output_usd_per_mtok  # 48M in + 12M out
    assert answer.markdown.startswith("### Priced for your workload")
    assert f"| {_money(monthly)} | no recommendation yet |" in answer.markdown
    assert answer.figures == {"gpt-5": pytest.approx(monthly)}


def test_compare_a_self_host_gpu_and_a_shared_api_under_a_regime(catalog: Catalog) -> None:
    profile = _profile(
        tokens_per_month=3e9, input_share=0.8, compliance=["air_gapped"], team={"ml_engineers": 2, "gpu_infra": True}
    )
    a = analyze(profile, catalog)
    assert a.option == "self_host"  # an air-gapped network rules out every shared API
    q = AdviceQuestion(kind="compare", models=["gpt-5"], gpus=["h100"])
    md = explain.compare_answer(q, a, profile, profile.workload(), catalog, AnalysisOptions()).markdown
    alt = analyze(profile, catalog, AnalysisOptions(gpu="h100"))
    assert f"Self-host on {alt.self_host.gpus} x H100 | {_money(alt.self_host.monthly_usd)} |" in md
    assert "as a shared API, GPT-5 does not meet" in md
    assert "the recommendation keeps the data in your control" in md


def test_compare_a_model_the_price_source_lacks(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=6e7)
    opts = AnalysisOptions(prices="articles")
    with pytest.raises(LookupError):
        catalog.api_price("gpt-4.1", "articles")
    q = AdviceQuestion(kind="compare", models=["gpt-4.1"])
    answer = explain.compare_answer(q, None, profile, profile.workload(), catalog, opts)
    assert "I couldn't price gpt-4.1 with the current price source." in answer.markdown
    assert answer.figures == {}


def test_how_for_the_batch_api_shows_the_discounted_bill(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=3e9, batch_ok=True, quality="frontier")
    a = analyze(profile, catalog)
    assert a.option == "batch_api" and a.chosen.model == "gpt-5"
    price = catalog.api_price("gpt-5").price
    # 1.5B input + 1.5B output at the list price, then OpenAI's 50% batch discount
    monthly = (1500 * price.input_usd_per_mtok + 1500 * price.output_usd_per_mtok) * 0.5
    md = explain.how_answer(
        AdviceQuestion(kind="how", topic="batch_api"), a, profile.workload(), catalog, AnalysisOptions()
    )
    assert f"so {_money(monthly)} a month" in md.markdown


def test_compare_the_recommendation_with_itself_is_the_same(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=3e8, input_share=0.8, quality="frontier")
    a = analyze(profile, catalog)
    assert a.chosen.kind == "api" and a.chosen.model
    q = AdviceQuestion(kind="compare", models=[a.chosen.model])
    md = explain.compare_answer(q, a, profile, profile.workload(), catalog, AnalysisOptions()).markdown
    assert "| the same |" in md


def test_compare_a_gpu_the_model_does_not_fit(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=1.5e9, team={"ml_engineers": 2})
    opts = AnalysisOptions(open_model="llama-3.1-405b", precision="fp16")
    a = analyze(profile, catalog, opts)
    q = AdviceQuestion(kind="compare", gpus=["l4"])
    md = explain.compare_answer(q, a, profile, profile.workload(), catalog, opts).markdown
    assert "does not fit on the sizes considered" in md


def test_why_lists_at_most_six_cheaper_options(catalog: Catalog) -> None:
    profile = _profile(tokens_per_month=3e9, compliance=["air_gapped"], team={"ml_engineers": 2, "gpu_infra": True})
    a = analyze(profile, catalog)
    md = explain.why_answer(a, profile, 30, lambda s: s).markdown
    section = md.split("**Cheaper options set aside, and why:**\n")[1].split("\n\n")[0]
    items = section.splitlines()
    assert len(items) == 7 and items[-1].startswith("- and ") and items[-1].endswith("more, for the same reasons")
    assert "air-gapped" in md.lower()


def test_profile_answer_lists_our_assumptions_and_empty_said() -> None:
    p = WorkloadProfile()
    p.set("traffic_shape", "bursty", origin="assumed")
    md = explain.profile_answer(p, 30, lambda s: s).markdown
    said, assumed = md.split("**I assumed")
    assert "- nothing yet" in said
    assert "bursty" in assumed.lower()


@pytest.mark.parametrize(("value", "text"), [(1234.5, "$1,234.50"), (0.004, "$0.00")])
def test_money_format(value: float, text: str) -> None:
    assert explain.usd(value) == text


def test_scope_answer_points_back_to_the_domain() -> None:
    answer = explain.scope_answer()
    assert answer.kind == "scope" and "LLM inference" in answer.markdown


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("why - how come? how did you compute it? how was it calculated?", "how"),  # a tie: the arithmetic answers both
        ("why? how did you compute it?", "why"),
    ],
)
def test_why_and_how_in_one_message(catalog: Catalog, text: str, kind: str) -> None:
    q = explain.classify(text, explain.resolver_for(catalog), has_baseline=True)
    assert q is not None and q.kind == kind
    # before any advice the same words are about the workload, not the advice
    assert explain.classify(text, explain.resolver_for(catalog), has_baseline=False) is None
