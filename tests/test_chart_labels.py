"""No two text labels overlap in the charts a trainee reads: the problem plane (with every
scenario as the current answer), the AIIM chart, and the Net-Map. Read from the scenegraph
Vega renders (vl-convert), with the label boxes netlab.ui.parts.chart_labels estimates."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import vl_convert as vlc

from netlab import setup
from netlab.charts import aiim_chart, problem_plane
from netlab.datasets import load
from netlab.mapping import wawee_map
from netlab.problems import QUESTION_IDS
from netlab.ui.mapping import map_chart
from netlab.ui.parts.chart_labels import Box, label_box, overlap


def _texts(spec: dict[str, Any]) -> list[tuple[str, Box]]:
    """Every text a chart draws among its marks (not axes, legends or titles), with its box
    in the chart's pixels."""
    found: list[tuple[str, Box]] = []

    def walk(mark: dict[str, Any], ox: float, oy: float) -> None:
        for item in mark.get("items", []):
            if mark.get("marktype") == "group":
                for child in item.get("items", []):
                    walk(child, ox + item.get("x", 0), oy + item.get("y", 0))
            elif mark.get("marktype") == "text" and mark.get("role") == "mark":
                text = str(item.get("text", ""))
                if item.get("opacity", 1) == 0 or not text.strip():
                    continue
                x = ox + item.get("x", 0) + item.get("dx", 0)
                y = oy + item.get("y", 0) + item.get("dy", 0)
                found.append((text, label_box(
                    x, y, text, item.get("fontSize", 11), pixels=True,
                    align=item.get("align", "left"), baseline=item.get("baseline",
                                                                      "alphabetic"))))

    walk(vlc.vegalite_to_scenegraph(spec)["scenegraph"], 0, 0)
    return found


def _clashes(chart: Any) -> list[tuple[str, str]]:
    texts = _texts(chart.to_dict())
    assert texts, "no labels found: the scenegraph reader is broken"
    return [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(texts, 2)
            if overlap(box_a, box_b)]


def test_the_reader_sees_an_overlap_when_there_is_one() -> None:
    """The old placement (every label at the same offset) overlapped: the check would fail."""
    import altair as alt
    import pandas as pd

    frame = pd.DataFrame({"x": [1.0, 1.01], "y": [1.0, 1.0], "id": ["P05", "P01"]})
    chart = alt.Chart(frame).mark_text(dx=9, align="left").encode(x="x:Q", y="y:Q",
                                                                  text="id:N")
    assert _clashes(chart) == [("P05", "P01")]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_problem_plane_labels_never_overlap(lang: str) -> None:
    setup(lang)
    scenarios = load("problem_scenarios")
    assert _clashes(problem_plane(scenarios)) == []
    for _, row in scenarios.iterrows():  # the explorer's "your answer" on every scenario
        current = {q: int(row[q]) for q in QUESTION_IDS}
        assert _clashes(problem_plane(scenarios, current)) == [], row["id"]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_aiim_and_map_labels_never_overlap(lang: str) -> None:
    setup(lang)
    actors = load("partners")
    assert _clashes(aiim_chart(actors)) == []
    for actor in ("W13", "W04", "W21"):
        assert _clashes(aiim_chart(actors, highlight=actor)) == [], actor
    assert _clashes(map_chart(wawee_map())) == []
    assert _clashes(map_chart(wawee_map(), size="influence", colour="level")) == []


@pytest.mark.parametrize("lang", ["th", "en"])
def test_timeline_and_health_profile_labels_never_overlap(lang: str) -> None:
    from netlab.charts import health_profile, timeline_chart
    from netlab.health import survey_profile

    setup(lang)
    timeline = load("wawee_timeline")
    for upto in (None, *timeline["id"]):
        assert _clashes(timeline_chart(timeline, upto=upto)) == [], upto
    assert _clashes(health_profile(survey_profile(load("health_survey")))) == []
