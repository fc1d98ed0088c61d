"""Views, charts, widgets and exercise checks of the steps and health-check workbooks."""

from __future__ import annotations

import pytest

import netlab
from netlab import views
from netlab.charts import health_profile, timeline_chart, to_svg
from netlab.check import check, grade
from netlab.datasets import load
from netlab.health import survey_profile
from netlab.i18n import language
from netlab.ui.steps_sorter import StepSorter, step_sorter
from netlab.ui.steps_timeline import TimelineExplorer


@pytest.mark.parametrize("lang", ["th", "en"])
def test_views_render_in_both_languages(lang: str) -> None:
    with language(lang):
        steps = views.step_cards()._repr_html_()
        assert steps.count("netlab-step") == 4 and "<code>continuity</code>" in steps
        assert views.phase_cards()._repr_html_().count("netlab-phase") == 4
        assert repr(views.indicator_table()).count("\n") == 10
        assert views.component_cards()._repr_html_().count("netlab-component") == 7
        assert "R01" in views.action_table()._repr_html_()


def test_charts_render_offline() -> None:
    with language("th"):
        svg = to_svg(health_profile(survey_profile(load("health_survey"))))
    assert svg.startswith("<svg") and "วิสัยทัศน์" in svg
    svg = to_svg(timeline_chart(load("wawee_timeline"), upto="E05"))
    assert svg.startswith("<svg")


def test_sorter_keeps_code_in_step_with_the_answer() -> None:
    sorter = StepSorter([("T01", "one"), ("T02", "two")], var="steps_a",
                        initial={"T01": "ขั้นที่ 1"})
    assert sorter.answer == {"T01": "awareness", "T02": None}
    sorter.assignment = {"T01": "alliance", "T02": "continuity"}
    assert sorter.code == 'steps_a = {\n    "T01": "alliance",\n    "T02": "continuity",\n}'
    with language("en"):
        with pytest.raises(ValueError, match="No card 'T09'"):
            StepSorter([("T01", "one")], initial={"T09": "1"})
        with pytest.raises(ValueError, match="Unknown step 'six'"):
            StepSorter([("T01", "one")], initial={"T01": "six"})


def test_sorter_feedback_only_for_labelled_data() -> None:
    practice = step_sorter("activities")
    assert len(practice.expected) == 28 and len(practice.items) == 28
    graded = step_sorter("activity_cases", var="steps_a")
    assert graded.expected == {}
    with language("en"), pytest.raises(ValueError, match="has no labels"):
        step_sorter("activity_cases", feedback=True)


def test_timeline_explorer_follows_the_slider() -> None:
    with language("en"):
        explorer = TimelineExplorer(load("wawee_timeline"))
        explorer.show("E04")
        assert explorer.diagnosis.step.value == "alliance"
        assert "Likely step 2" in explorer._result.value
        assert explorer._events.value.count("netlab-event") == 4
        assert explorer._chart.value.startswith("<svg")


def test_selection_exercise_partial_credit_and_errors() -> None:
    with language("en"):
        assert float(grade("health.c", ["r01", "R02"])) == 2
        assert float(grade("health.c", ["R01", "R18"])) == 1
        for bad, needle in [(["R01"], "choose exactly 2"), (["R01", "R01"], "repeated"),
                            ("R01", "must be a list"), ([], "Nothing chosen")]:
            report = check("health.c", bad)
            assert report.points == 0 and needle in report.text()
        # An unknown id is named, and the other choice still earns its share.
        report = check("health.c", ["R01", "R99"])
        assert report.points == 1 and "no action 'R99'" in report.text()


def test_step_exercises_accept_numbers_and_thai_names() -> None:
    report = check("steps.a", {"T01": 3, "T02": "ขั้นที่ 1", "T03": "nonsense"})
    assert report.points >= 2
    assert any(line.status == "error" for line in report.lines)


def test_reflection_checks_say_only_whether_complete() -> None:
    signs = dict.fromkeys(("need_recognised", "core_team", "partners_agreed", "coordination",
                           "joint_work", "benefits_seen", "lesson_learning", "new_leaders",
                           "contact_falling", "purpose_shifting", "purpose_ended"), False)
    answer = {"network": "x", "indicators": signs, "my_step": "2", "my_phase": "emerging",
              "evidence": "e" * 200, "next_moves": ["a", "b"]}
    with language("en"):
        report = check("steps.c", answer)
        assert report.passed and report.manual
        assert "The helper says" in report.text()
        assert not check("steps.c", {**answer, "next_moves": ["a"]}).passed
        plan = {"component": "vision", "actions": [{"who": "a", "what": "b", "when": "c"}] * 2,
                "signs": "s", "risk": "r", "reflection": "x" * 250}
        assert check("health.d", plan).passed
        assert "still empty: when" in check("health.d", {**plan, "actions": [
            {"who": "a", "what": "b", "when": ""}]}).text()


def test_group_medians_check_handles_a_group_where_nobody_answered() -> None:
    import pandas as pd

    from netlab.exercises.health import normalise_group_medians
    from netlab.health import COMPONENT_KEYS

    df = pd.DataFrame({c: pd.array([1, None], dtype="Int64") for c in COMPONENT_KEYS})
    df["group"] = ["a", "b"]
    lines, rows = normalise_group_medians(df.groupby("group")[list(COMPONENT_KEYS)].median())
    assert lines == [] and rows[1] == ["b", *[None] * 7]
    with language("en"):
        wrong = check("health.a", lambda d: d.fillna(0).groupby("group")[
            list(COMPONENT_KEYS)].median())
        assert wrong.points == 0 and "not right yet" in wrong.text()
        right = check("health.a", lambda d: d.groupby("group")[list(COMPONENT_KEYS)].median())
        assert right.points == 1


def test_thai_timelines_count_years_in_the_buddhist_era() -> None:
    from netlab.ui.steps_timeline import TimelineExplorer

    timeline = load("wawee_timeline")
    first = int(timeline["year"].iloc[0])
    for lang, shown, hidden in (("th", str(first + 543), str(first)),
                                ("en", str(first), str(first + 543))):
        with language(lang):
            svg = to_svg(timeline_chart(timeline))
            explorer = TimelineExplorer(timeline)
        assert f">{shown}<" in svg and f">{hidden}<" not in svg, lang
        assert shown in explorer._slider.options[0]["label"] and shown in explorer._events.value
    with language("th"):
        assert "พ.ศ." in TimelineExplorer(timeline)._slider.options[0]["label"]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_practice_answers_stay_folded_under_the_practice(lang: str) -> None:
    import nbformat

    from netlab.course_layout import workbooks_dir

    nb = nbformat.read(workbooks_dir() / lang / "03_network_steps.ipynb", as_version=4)
    sources = [c.source for c in nb.cells]
    practice = next(i for i, s in enumerate(sources) if 'var="practice"' in s)
    shown = sources[practice + 1]
    assert "netlab.views.folded(" in shown and "rationale" in shown
    with language(lang):
        view = netlab.views.folded(load("activities")[["id", "step"]])
    assert "<details" in view._repr_html_() and "awareness" not in repr(view)
