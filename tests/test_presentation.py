"""Charts, static views and the explorer widget (Python side; the browser test sees them drawn)."""

from __future__ import annotations

import html
import re

import pytest

import netlab
from netlab._setup import FONT_STACK, active_renderer, theme_config
from netlab.charts import problem_plane, to_svg
from netlab.datasets import load
from netlab.i18n import language
from netlab.views import case_list, question_table, type_cards
from netlab.widgets import ProblemExplorer

CHILD = dict(K1=1, K2=0, K3=0, K4=0, S1=2, S2=1, S3=1, L1=1, L2=2)


def test_setup_sets_language_theme_and_offline_renderer() -> None:
    import altair as alt

    netlab.setup("en")
    assert netlab.get_language() == "en"
    assert alt.theme.active == "netlab"
    assert alt.renderers.active == active_renderer() == "netlab"
    netlab.setup("th", interactive=True)
    assert alt.renderers.active == "jupyter"
    netlab.setup()
    assert alt.renderers.active == "netlab" and netlab.get_language() == "th"
    config = theme_config()["config"]
    assert config["axisX"]["labelAngle"] == 0
    assert config["font"] == FONT_STACK and FONT_STACK.endswith("sans-serif")


def test_setup_rejects_a_bad_language() -> None:
    with pytest.raises(ValueError, match="'de'"):
        netlab.setup("de")


def test_plane_svg_in_both_languages() -> None:
    netlab.setup("th")
    scenarios = load("problem_scenarios")
    th = to_svg(problem_plane(scenarios, CHILD))
    assert "ความเห็นพ้อง" in th and "ปัญหาสลับซับซ้อน" in th
    assert th.count("<circle") + th.count('role="graphics-symbol"') > 0
    with language("en"):
        en = to_svg(problem_plane(scenarios, CHILD))
    assert "Agreement" in en and "complex problem" in en
    for scenario_id in scenarios["id"]:
        assert f">{scenario_id}<" in th
    # Only the y-axis title is rotated; no label is.
    assert re.findall(r"rotate\((-?\d+)\)", th) == ["-90"]


def test_plane_chart_is_deterministic() -> None:
    scenarios = load("problem_scenarios")
    assert problem_plane(scenarios).to_dict() == problem_plane(scenarios).to_dict()


def test_views_follow_the_language() -> None:
    assert "ปัญหาเชิงเดี่ยว" in type_cards()._repr_html_()
    with language("en"):
        cards = type_cards()._repr_html_()
        assert "simple problem" in cards and "ปัญหาเชิงเดี่ยว" in cards  # other name shown too
        assert "Before acting" in question_table()._repr_html_()
    cases = case_list(ids=["C02", "C01"])
    assert repr(cases).index("C02") < repr(cases).index("C01")
    assert "<script" not in cases._repr_html_()
    with language("en"), pytest.raises(ValueError, match=r"'C99'.*C01"):
        case_list(ids=["C01", "C99"])


def test_explorer_reacts_to_buttons_and_scenarios() -> None:
    explorer = ProblemExplorer()
    before = explorer._result.value
    explorer.set_answers(CHILD)
    assert explorer.result.type.value == "complex"
    assert explorer._result.value != before and "<svg" in explorer._chart.value
    explorer._buttons["S1"].value = 0  # as a click would
    assert explorer.answers["S1"] == 0
    assert explorer.result.type.value == "social_mess"
    assert '"S1": 0, "S2": 1' in html.unescape(explorer._code.value)
    scenario = load("problem_scenarios").iloc[1]
    explorer._picker.value = scenario["id"]
    assert explorer.answers == {q: int(scenario[q]) for q in explorer.answers}


def test_explorer_rejects_bad_start_answers() -> None:
    with pytest.raises(ValueError, match="K1"):
        ProblemExplorer(answers={**CHILD, "K1": 5})
