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

from netlab.chart_colours import PHASE_COLOURS, ROLE_COLOURS, STEP_COLOURS, TYPE_COLOURS
from netlab.chart_labels import Frame, corner_label, dot_box, label_box, place_labels
from netlab.i18n import get_language, t
from netlab.partners import MIDPOINT, AiimQuadrant, PartnerRole, aiim_frame
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


__all__ = ["PHASE_COLOURS", "ROLE_COLOURS", "STEP_COLOURS", "TYPE_COLOURS", "aiim_chart",
           "health_profile", "map_chart", "problem_plane", "timeline_chart", "to_svg"]

# The step, phase and health charts and the social map's chart live in their own modules;
# they are netlab.charts' too.

# Guide zones tiling the agreement (x) x knowledge (y) plane: (x0, x1, y0, y1, label key).
_LO, _HI = -0.06, 1.06
#: One shape per category (problem type, partner role), beside its colour.
_SHAPES = ("circle", "square", "triangle-up", "triangle-down")
_ZONES = (
    (0.6, _HI, 0.6, _HI, "charts.plane.zone.ordered"),
    (_LO, 0.6, 0.6, _HI, "charts.plane.zone.political"),
    (_LO, 0.45, _LO, 0.6, "charts.plane.zone.mess"),
    (0.45, _HI, _LO, 0.6, "charts.plane.zone.complex"),
)


def _spread(points: pd.DataFrame, x: str = "agreement", y: str = "knowledge",
            radius: float = 0.035) -> pd.DataFrame:
    """Move points that share a position evenly around a small circle, so that none hides
    another (the same picture every run: the order is by id)."""
    out = points.sort_values("id").astype({x: float, y: float})
    groups = out.groupby([out[x].round(6), out[y].round(6)], sort=False)
    for _, index in groups.groups.items():
        n = len(index)
        if n < 2:
            continue
        for k, row in enumerate(index):
            angle = 2 * math.pi * k / n + math.pi / 4
            out.loc[row, x] += radius * math.cos(angle)
            out.loc[row, y] += radius * math.sin(angle)
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
                  current: Mapping[str, int] | ProblemTyping | None = None, *,
                  width: int = 460, height: int = 380) -> alt.LayerChart | alt.FacetChart:
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

    # Labels are placed in pixels, so that none overlaps another label, a dot or a zone title.
    frame = Frame(width, height, (_LO, _HI), (_LO, _HI))
    pts = _points(scenarios) if scenarios is not None and len(scenarios) else None
    result = (None if current is None else current if isinstance(current, ProblemTyping)
              else type_problem(current))
    spots: list[tuple[float, float, float, float]] = []
    if pts is not None:
        spots += [dot_box(*frame.px(a, b), 5.5)
                  for a, b in zip(pts["agreement"], pts["knowledge"], strict=True)]
    if result is not None:
        spots.append(dot_box(*frame.px(result.scores["agreement"],
                                       result.scores["knowledge"]), 12))
    rows = []
    for i, (a, b, c, d, key) in enumerate(_ZONES):
        (left, top), (right, bottom) = frame.px(a, d), frame.px(b, c)
        # away from the dots and the room their own labels need around them
        room = [(a0 - 30, b0 - 16, a1 + 30, b1 + 16) for a0, b0, a1, b1 in spots]
        centre = corner_label((left, top, right, bottom), t(key), 11, room)
        rows.append({"x0": a, "x1": b, "y0": c, "y1": d, "label": t(key), "shade": i % 2,
                     **dict(zip(("lx", "ly"), frame.data(*centre), strict=True))})
    zones = pd.DataFrame(rows)
    taken = [*spots, *(label_box(z.lx, z.ly, z.label, 11, frame) for z in zones.itertuples())]
    label_at = {"x": alt.X("lx:Q", scale=scale), "y": alt.Y("ly:Q", scale=scale)}
    base = alt.Chart(zones)
    layers: list[Any] = [
        base.mark_rect(stroke="#bbb", strokeDash=[3, 3])
        .encode(x=x, x2="x1:Q", y=y, y2="y1:Q",
                fill=alt.Fill("shade:N", scale=alt.Scale(range=["#f4f4f4", "#eaeaea"]),
                              legend=None)),
        base.mark_text(align="center", baseline="middle", fontSize=11, color="#555")
        .encode(**label_at, text="label:N"),
    ]
    # Where a scenario or the current answers sit: agreement across, knowledge up.
    enc = {"x": alt.X("agreement:Q", scale=scale, title=x_title),
           "y": alt.Y("knowledge:Q", scale=scale, title=y_title)}
    order = [p.value for p in ProblemType]
    legend = alt.Legend(orient="bottom", columns=2, direction="vertical")
    domain = [ProblemType(v).label for v in order]
    colour = alt.Color(
        "type_label:N", title=t("charts.plane.legend"), legend=legend,
        scale=alt.Scale(domain=domain, range=[TYPE_COLOURS[v] for v in order]))
    # The type by shape too, not by colour alone (one legend: same field and title).
    shape = alt.Shape("type_label:N", title=t("charts.plane.legend"), legend=legend,
                      scale=alt.Scale(domain=domain, range=list(_SHAPES)))
    if result is not None:
        here = place_labels(pd.DataFrame([{
            "agreement": result.scores["agreement"], "knowledge": result.scores["knowledge"],
            "label": t("charts.plane.current", type=result.type.label)}]), frame,
            font_size=13.5, radius=12, x="agreement", y="knowledge", fixed=taken)
        taken.append(label_box(here["lx"].iloc[0], here["ly"].iloc[0], here["label"].iloc[0],
                               13.5, frame))
    if pts is not None:
        pts = place_labels(pts.assign(label=pts["id"]), frame, font_size=10, radius=5.5,
                           x="agreement", y="knowledge", fixed=taken)
        dots = alt.Chart(pts)
        layers.append(alt.Chart(pts[pts["far"]]).mark_rule(color="#888", strokeWidth=0.8)
                      .encode(**enc, x2="lx:Q", y2="ly:Q"))  # a line to a label set apart
        layers.append(dots.mark_point(size=90, opacity=0.85, filled=True).encode(
            **enc, color=colour, shape=shape,
            tooltip=[alt.Tooltip("id:N"), alt.Tooltip("title:N"), alt.Tooltip("type_label:N")]))
        layers.append(dots.mark_text(align="center", baseline="middle", fontSize=10,
                                     color="#333").encode(**label_at, text="id:N"))
    if result is not None:
        star = alt.Chart(here)
        layers.append(star.mark_point(shape="diamond", size=420, filled=True, color="#111",
                                      opacity=0.9).encode(**enc))
        layers.append(star.mark_text(fontSize=12, fontWeight="bold", color="#111",
                                     align="center", baseline="middle")
                      .encode(**label_at, text="label:N"))
    return alt.layer(*layers).properties(
        width=width, height=height,
        title=alt.TitleParams(t("charts.plane.title"),
                              subtitle=[t("charts.plane.subtitle"), t("charts.plane.subtitle2")]))


def aiim_chart(actors: pd.DataFrame, highlight: str | None = None, *, width: int = 460,
               height: int = 400) -> alt.LayerChart | alt.FacetChart:
    """The Alignment-Interest-Influence Matrix: actors placed by alignment (across) and
    interest (up), sized by influence, coloured by the helper's role.

    The role colours show that the matrix is a second lens, not a classifier: boundary and
    strategic partners share the allies corner.

    Args:
        actors: rows with ``id``, the three ratings (1-5), the six answers and names.
        highlight: an actor id to ring (e.g. the one chosen in the explorer).

    Example:
        >>> from netlab.datasets import load
        >>> layers = aiim_chart(load("partners")).to_dict()["layer"]
        >>> len(layers) >= 4
        True
    """
    import altair as alt
    import pandas as pd

    frame = aiim_frame(actors)
    name = f"name_{get_language()}"
    names = actors.set_index("id")[name] if name in actors.columns else frame.index.to_series()
    pts = frame.reset_index().assign(
        name=lambda d: d["id"].map(names),
        role_label=lambda d: d["role"].map(lambda r: PartnerRole(r).label),
        quadrant_label=lambda d: d["quadrant"].map(lambda q: AiimQuadrant(q).label),
        px=lambda d: d["alignment"], py=lambda d: d["interest"])
    pts = _spread(pts, "px", "py", radius=0.22)
    lo, hi, mid = 0.5, 5.5, MIDPOINT + 0.5
    scale = alt.Scale(domain=[lo, hi], nice=False)
    x = alt.X("px:Q", scale=scale, title=t("charts.aiim.x"),
              axis=alt.Axis(values=[1, 2, 3, 4, 5], format="d"))
    y = alt.Y("py:Q", scale=scale, title=t("charts.aiim.y"),
              axis=alt.Axis(values=[1, 2, 3, 4, 5], format="d"))
    corners = pd.DataFrame([
        {"x": hi - 0.05, "y": hi - 0.05, "align": "right", "q": AiimQuadrant.ALLIES},
        {"x": hi - 0.05, "y": lo + 0.05, "align": "right", "q": AiimQuadrant.RAISE_INTEREST},
        {"x": lo + 0.05, "y": hi - 0.05, "align": "left", "q": AiimQuadrant.CHALLENGE},
        {"x": lo + 0.05, "y": lo + 0.05, "align": "left", "q": AiimQuadrant.MONITOR},
    ]).assign(label=lambda d: d["q"].map(lambda q: q.label),
              baseline=lambda d: d["y"].map(lambda v: "top" if v > mid else "bottom"))
    layers: list[Any] = [
        alt.Chart(pd.DataFrame({"v": [mid]})).mark_rule(color="#999", strokeDash=[4, 4])
        .encode(x=alt.X("v:Q", scale=scale)),
        alt.Chart(pd.DataFrame({"v": [mid]})).mark_rule(color="#999", strokeDash=[4, 4])
        .encode(y=alt.Y("v:Q", scale=scale)),
    ]
    for (align, baseline), part in corners.groupby(["align", "baseline"]):
        layers.append(alt.Chart(part).mark_text(align=align, baseline=baseline, fontSize=11,
                                                color="#666", fontStyle="italic")
                      .encode(x=alt.X("x:Q", scale=scale), y=alt.Y("y:Q", scale=scale),
                              text="label:N"))
    order = [r.value for r in PartnerRole]
    roles = [PartnerRole(r).label for r in order]
    legend = alt.Legend(orient="bottom", columns=2, direction="vertical")
    colour = alt.Color("role_label:N", title=t("charts.aiim.legend"), legend=legend,
                       scale=alt.Scale(domain=roles, range=[ROLE_COLOURS[r] for r in order]))
    shape = alt.Shape("role_label:N", title=t("charts.aiim.legend"), legend=legend,
                      scale=alt.Scale(domain=roles, range=list(_SHAPES)))
    size = alt.Size("influence:Q", title=t("charts.aiim.size"),
                    scale=alt.Scale(domain=[1, 5], range=[60, 420]),
                    legend=alt.Legend(orient="bottom", values=[1, 3, 5]))
    # Labels placed in pixels: none over another, a dot or a corner's name.
    frame = Frame(width, height, (lo, hi), (lo, hi))
    fixed = [label_box(c.x, c.y, c.label, 11, frame, align=c.align, baseline=c.baseline)
             for c in corners.itertuples()]
    radius = [math.sqrt((60 + (float(v) - 1) / 4 * 360) / math.pi) + 1
              for v in pts["influence"]]
    pts = place_labels(pts.assign(label=pts["id"], r=radius), frame, font_size=9,
                       radius="r", x="px", y="py", fixed=fixed)
    dots = alt.Chart(pts)
    layers.append(alt.Chart(pts[pts["far"]]).mark_rule(color="#888", strokeWidth=0.8)
                  .encode(x=x, y=y, x2="lx:Q", y2="ly:Q"))
    layers.append(dots.mark_point(opacity=0.8, filled=True, stroke="white", strokeWidth=1)
                  .encode(x=x, y=y, color=colour, shape=shape, size=size,
        tooltip=["id:N", "name:N", "role_label:N", "quadrant_label:N", "alignment:Q",
                 "interest:Q", "influence:Q"]))
    layers.append(dots.mark_text(align="center", baseline="middle", fontSize=9, color="#333")
                  .encode(x=alt.X("lx:Q", scale=scale), y=alt.Y("ly:Q", scale=scale),
                          text="id:N"))
    if highlight is not None and highlight in set(pts["id"]):
        ring = alt.Chart(pts[pts["id"] == highlight])
        layers.append(ring.mark_point(size=700, color="#111", strokeWidth=2).encode(x=x, y=y))
    return alt.layer(*layers).properties(
        width=width, height=height,
        title=alt.TitleParams(t("charts.aiim.title"), subtitle=[t("charts.aiim.subtitle")]))


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Render a chart to an SVG string offline (vl-convert, no browser, no network), named
    for a screen reader by what it shows (see :mod:`netlab.chart_access`).

    Example:
        >>> to_svg(problem_plane()).startswith('<svg role="img" aria-label=')
        True
    """
    from netlab.chart_access import draw

    return draw(chart.to_dict(validate=False))[0]


from netlab.charts_health_steps import health_profile, timeline_chart  # noqa: E402
from netlab.map_chart import map_chart  # noqa: E402
