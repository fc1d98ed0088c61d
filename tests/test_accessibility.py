"""What a screen reader needs from netlab's outputs, in both languages: every HTML output
says its language (``lang``), so Thai is read with a Thai voice; the class report is a page
with a language and a main region. (Issue 19 builds on this with an axe-core audit.)"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pandas as pd
import pytest

import netlab
from netlab.check import report
from netlab.grading.feedback import offline
from netlab.grading.pages import page
from netlab.i18n import language
from netlab.partners import review_outcome
from netlab.tracking.dashboard import progress
from netlab.tracking.recap import recap

ROOT_LANG = re.compile(r'^<(\w+)[^>]*\blang="(\w+)"')


def _outputs() -> list[tuple[str, object]]:
    board = Path(tempfile.mkdtemp()) / "p.json"
    return [
        ("check report", report("problem_typing.a", {"C01": "simple"})),
        ("progress", progress(board)),
        ("recap", recap("01_problem_typing", board)),
        ("view", netlab.views.type_cards()),
        ("course map", netlab.views.course_map()),
        ("folded", netlab.views.folded(pd.DataFrame({"a": [1]}))),
        ("outcome review", review_outcome({"partner": "W01", "challenge": "x"})),
    ]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_html_output_says_its_language(lang: str) -> None:
    with language(lang):
        for name, output in _outputs():
            markup = output._repr_html_()  # type: ignore[attr-defined]
            found = ROOT_LANG.match(markup)
            assert found and found.group(2) == lang, (name, markup[:120])


@pytest.mark.parametrize("lang", ["th", "en"])
def test_pages_have_a_language_and_a_main_region(lang: str) -> None:
    with language(lang):
        whole = page("Report", [("Scores", "<p>x</p>")])
    assert f'<html lang="{lang}">' in whole and whole.index("<main>") < whole.index("Scores")
    assert offline('<!DOCTYPE html>\n<html><body>ก</body></html>', lang).count(
        f'<html lang="{lang}">') == 1


@pytest.mark.parametrize("lang", ["th", "en"])
def test_charts_are_named_images_with_their_data_on_request(lang: str) -> None:
    """Every chart is an SVG image named (in the active language) by what it shows; in a
    notebook it is a figure whose caption folds the data table behind "Data table"."""
    import altair as alt

    from netlab.charts import problem_plane, to_svg
    from netlab.datasets import load
    from netlab.ui.parts.chart_access import render

    with language(lang):
        netlab.setup(lang)
        chart = problem_plane(load("problem_scenarios"))
        svg = to_svg(chart)
        bundle = render(chart.to_dict(validate=False))
        title = netlab.t("charts.plane.title")
        table = netlab.t("charts.data_table")
        assert alt.renderers.active == "netlab"
    named = re.match(r'<svg role="img" aria-label="([^"]+)"[^>]*><title>', svg)
    assert named and named.group(1).startswith(title)
    page = bundle["text/html"]
    assert page.startswith(f"<figure class='netlab-figure' lang=\"{lang}\"")
    assert f"<details><summary>{table}</summary><table>" in page
    assert page.count("<tr>") == 1 + len(load("problem_scenarios"))  # head + one per scenario


def test_answer_buttons_and_the_event_slider_refuse_what_they_do_not_offer() -> None:
    import traitlets

    from netlab.ui.parts.choice_buttons import ChoiceButtons
    from netlab.ui.parts.event_slider import EventSlider

    choice = ChoiceButtons("S1 Do people agree?", [("no", 0), ("yes", 1)], value=0)
    with pytest.raises(traitlets.TraitError, match="2 is not one of"):
        choice.value = 2
    slider = EventSlider("Events:", [("2551 · E01", "E01"), ("2552 · E02", "E02")])
    assert slider.value == "E02" and slider.options[0]["label"].endswith("E01")
    with pytest.raises(traitlets.TraitError):
        slider.value = "E09"


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_sorter_says_each_move_in_the_language(lang: str) -> None:
    from netlab.ui.steps_sorter import StepSorter

    with language(lang):
        labels = StepSorter([("T01", "x")]).labels
    for key in ("name", "help", "in_step", "moved", "unplaced", "mark_ok", "mark_wrong"):
        assert labels[key].strip(), key
    assert {"{id}", "{n}", "{step}"} <= set(re.findall(r"\{\w+\}", labels["moved"]))


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_feedback_summary_chart_is_named_not_decorative(lang: str) -> None:
    from netlab.grading.feedback import _chart

    with language(lang):
        markup = _chart([("a_check", 4.0, 8.0), ("b_check", None, 1.0)])
        title = netlab.t("grading.feedback.share")
    alt = re.search(r'<img alt="([^"]*)"', markup)
    assert alt and alt.group(1) == f"{title}.", markup[:200]
