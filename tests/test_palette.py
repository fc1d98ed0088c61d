"""netlab's colours follow JupyterLab's theme: text ≥ 4.5:1 and borders ≥ 3:1 on the light and
the dark theme's backgrounds (WCAG 2.2, 1.4.3 and 1.4.11), and every output that uses them
carries the style that switches them. (The browser test measures them in JupyterLab itself.)"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

import netlab
from netlab.check import report
from netlab.i18n import language
from netlab.palette import BACKGROUNDS, BORDERS, ON_FILL, PALETTE, STYLE
from netlab.partners import review_outcome
from netlab.tracking.dashboard import progress
from netlab.tracking.recap import recap
from netlab.ui.mapping_builder import MapBuilder
from netlab.widgets import ProblemExplorer


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio of two sRGB colours."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_matches_wcags_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#555555", "#111111") == pytest.approx(2.53, abs=0.01)  # the old dark fail


@pytest.mark.parametrize("name", sorted(set(PALETTE) - {text for text, _ in ON_FILL}))
def test_each_colour_is_readable_on_both_themes(name: str) -> None:
    need = 3.0 if name in BORDERS else 4.5
    for theme, value in zip(("light", "dark"), PALETTE[name], strict=True):
        for background in BACKGROUNDS[theme]:
            assert contrast(value, background) >= need, (name, theme, value, background)


@pytest.mark.parametrize(("text", "fill"), ON_FILL)
def test_text_on_a_fill_is_readable_in_both_themes(text: str, fill: str) -> None:
    for theme in (0, 1):
        assert contrast(PALETTE[text][theme], PALETTE[fill][theme]) >= 4.5, (text, theme)


def _outputs(board: Path) -> list[tuple[str, str]]:
    builder = MapBuilder("palette", board.parent)
    builder.save_actor.click()  # refused: no id, shown in the "wrong" colour
    explorer = ProblemExplorer()
    return [
        ("check report", report("problem_typing.a", {"C01": "simple"})._repr_html_()),
        ("progress", progress(board)._repr_html_()),
        ("recap", recap("01_problem_typing", board)._repr_html_()),
        ("view", netlab.views.question_table()._repr_html_()),
        ("worked", netlab.views.role_cards()._repr_html_()),
        ("outcome review", review_outcome({"partner": "W01", "challenge": "x"})._repr_html_()),
        ("map builder", builder.children[0].value + builder.status.value),
        ("explorer", explorer.children[0].value + explorer._result.value),
    ]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_outputs_use_theme_colours_and_carry_their_style(lang: str) -> None:
    with language(lang):
        outputs = _outputs(Path(tempfile.mkdtemp()) / "p.json")
    for name, markup in outputs:
        fixed = re.findall(r"(?<![-\w])color:\s*#[0-9a-fA-F]{3,6}", markup)
        assert not fixed, (name, fixed)
        if "var(--netlab-" in markup:
            assert STYLE in markup, name


def test_chart_marks_are_at_least_3_to_1_on_the_charts_white() -> None:
    """On a chart's white background, and as the edge of a card in either theme (views)."""
    from netlab.ui.mapping import TIE_COLOURS
    from netlab.ui.parts.chart_colours import (
        PHASE_COLOURS,
        ROLE_COLOURS,
        STEP_COLOURS,
        TYPE_COLOURS,
    )

    for palette in (TYPE_COLOURS, ROLE_COLOURS, STEP_COLOURS, PHASE_COLOURS, TIE_COLOURS):
        for name, value in palette.items():
            for background in ("#ffffff", *BACKGROUNDS["light"], *BACKGROUNDS["dark"]):
                assert contrast(value, background) >= 3.0, (name, value, background)


def test_categories_show_by_shape_as_well_as_colour() -> None:
    """The problem type, the partner role and the life-cycle phase are never colour alone."""
    from netlab.charts import aiim_chart, problem_plane, timeline_chart
    from netlab.datasets import load

    charts = {"type_label": problem_plane(load("problem_scenarios")),
              "role_label": aiim_chart(load("partners")),
              "phase_label": timeline_chart(load("wawee_timeline"), upto="E03")}
    for field, chart in charts.items():
        layers = chart.to_dict(validate=False)["layer"]
        shaped = [layer for layer in layers
                  if layer.get("encoding", {}).get("shape", {}).get("field") == field]
        assert shaped, field
        # and no mark is faded under 3:1: the timeline's events to come are hollow, not faint
        assert all(layer["mark"].get("opacity", 1) >= 0.8 for layer in shaped), field
