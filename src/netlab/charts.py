"""Altair charts, one function per chart; no domain logic (that lives in the domain modules).

Every label comes from the catalogue, in the active language; the theme from
:func:`netlab.setup` gives Thai+Latin fonts and horizontal axis labels.

Example:
    >>> from netlab.charts import problem_plane
    >>> chart = problem_plane()
    >>> chart.to_dict()["layer"][0]["mark"]["type"]
    'rect'
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from netlab.i18n import get_language, t
from netlab.problems import (
    QUESTION_IDS,
    ProblemType,
    ProblemTyping,
    dimension_scores,
    type_problem,
)

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

__all__ = ["TYPE_COLOURS", "problem_plane", "to_svg"]

#: One colour per problem type (colour-blind safe, from the Okabe-Ito palette).
TYPE_COLOURS: Mapping[str, str] = {
    ProblemType.SIMPLE.value: "#009E73",
    ProblemType.TECHNICAL.value: "#0072B2",
    ProblemType.COMPLEX.value: "#E69F00",
    ProblemType.SOCIAL_MESS.value: "#D55E00",
}

# Guide zones tiling the agreement (x) x knowledge (y) plane: (x0, x1, y0, y1, label key).
_LO, _HI = -0.06, 1.06
_ZONES = (
    (0.6, _HI, 0.6, _HI, "charts.plane.zone.ordered"),
    (_LO, 0.6, 0.6, _HI, "charts.plane.zone.political"),
    (_LO, 0.45, _LO, 0.6, "charts.plane.zone.mess"),
    (0.45, _HI, _LO, 0.6, "charts.plane.zone.complex"),
)


def _spread(points: pd.DataFrame, radius: float = 0.035) -> pd.DataFrame:
    """Move scenarios that share a position evenly around a small circle, so that none hides
    another (the same picture every run: the order is by id)."""
    out = points.sort_values("id").copy()
    groups = out.groupby([out["agreement"].round(6), out["knowledge"].round(6)], sort=False)
    for _, index in groups.groups.items():
        n = len(index)
        if n < 2:
            continue
        for k, row in enumerate(index):
            angle = 2 * math.pi * k / n + math.pi / 4
            out.loc[row, "agreement"] += radius * math.cos(angle)
            out.loc[row, "knowledge"] += radius * math.sin(angle)
    return out


def _points(scenarios: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    lang_title = f"title_{get_language()}"
    rows = []
    for _, row in scenarios.iterrows():
        scores = dimension_scores({q: int(row[q]) for q in QUESTION_IDS})
        ptype = ProblemType.parse(row["expected_type"])
        rows.append({
            "id": row["id"],
            "title": row.get(lang_title, row["id"]),
            "agreement": scores["agreement"],
            "knowledge": scores["knowledge"],
            "type": ptype.value,
            "type_label": ptype.label,
        })
    return _spread(pd.DataFrame(rows))


def problem_plane(scenarios: pd.DataFrame | None = None,
                  current: Mapping[str, int] | ProblemTyping | None = None,
                  *, width: int = 460, height: int = 380) -> alt.LayerChart:
    """The agreement x knowledge plane: guide zones, scenarios as dots, the current answers.

    Args:
        scenarios: rows with the nine answers, ``id``, ``expected_type`` (and titles); dots are
            coloured by the experts' type. None draws no dots.
        current: answers (or a typing result) to mark with a star and the helper's type.

    Example:
        >>> from netlab.datasets import load
        >>> layers = problem_plane(load("problem_scenarios")).to_dict()["layer"]
        >>> len(layers) >= 3
        True
    """
    import altair as alt
    import pandas as pd

    x_title, y_title = t("charts.plane.x"), t("charts.plane.y")
    scale = alt.Scale(domain=[_LO, _HI], nice=False)
    x = alt.X("x0:Q", scale=scale, title=x_title)
    y = alt.Y("y0:Q", scale=scale, title=y_title)

    zones = pd.DataFrame([{"x0": a, "x1": b, "y0": c, "y1": d, "label": t(key),
                           "lx": a + 0.02, "ly": d - 0.02, "shade": i % 2}
                          for i, (a, b, c, d, key) in enumerate(_ZONES)])
    base = alt.Chart(zones)
    layers: list[Any] = [
        base.mark_rect(stroke="#bbb", strokeDash=[3, 3])
        .encode(x=x, x2="x1:Q", y=y, y2="y1:Q",
                fill=alt.Fill("shade:N", scale=alt.Scale(range=["#f4f4f4", "#eaeaea"]),
                              legend=None)),
        base.mark_text(align="left", baseline="top", fontSize=11, color="#555")
        .encode(x=alt.X("lx:Q", scale=scale), y=alt.Y("ly:Q", scale=scale), text="label:N"),
    ]
    # Where a scenario or the current answers sit: agreement across, knowledge up.
    enc = {"x": alt.X("agreement:Q", scale=scale, title=x_title),
           "y": alt.Y("knowledge:Q", scale=scale, title=y_title)}
    order = [p.value for p in ProblemType]
    colour = alt.Color(
        "type_label:N", title=t("charts.plane.legend"),
        legend=alt.Legend(orient="bottom", columns=2, direction="vertical"),
        scale=alt.Scale(domain=[ProblemType(v).label for v in order],
                        range=[TYPE_COLOURS[v] for v in order]))
    if scenarios is not None and len(scenarios):
        pts = _points(scenarios)
        dots = alt.Chart(pts)
        layers.append(dots.mark_circle(size=90, opacity=0.85).encode(
            **enc, color=colour,
            tooltip=[alt.Tooltip("id:N"), alt.Tooltip("title:N"), alt.Tooltip("type_label:N")]))
        layers.append(dots.mark_text(dx=9, align="left", fontSize=10, color="#333")
                      .encode(**enc, text="id:N"))
    if current is not None:
        result = current if isinstance(current, ProblemTyping) else type_problem(current)
        here = pd.DataFrame([{"agreement": result.scores["agreement"],
                              "knowledge": result.scores["knowledge"],
                              "label": t("charts.plane.current", type=result.type.label)}])
        star = alt.Chart(here)
        layers.append(star.mark_point(shape="diamond", size=420, filled=True, color="#111",
                                      opacity=0.9).encode(**enc))
        layers.append(star.mark_text(dy=-18, fontSize=12, fontWeight="bold", color="#111")
                      .encode(**enc, text="label:N"))
    return alt.layer(*layers).properties(
        width=width, height=height,
        title=alt.TitleParams(t("charts.plane.title"),
                              subtitle=[t("charts.plane.subtitle"), t("charts.plane.subtitle2")]))


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Render a chart to an SVG string offline (vl-convert, no browser, no network).

    Example:
        >>> to_svg(problem_plane()).startswith("<svg")
        True
    """
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_dict(validate=False))
