"""The altair chart of a social map (Net-Map style): typed ties, influence towers, goals.

Positions and grouping come from :func:`netlab.mapping.drawing.drawing`; this module only
draws. Ties are coloured by type (conflict dashed) and thicker when heavier; a small triangle
near the target marks a directed tie. Each actor's circle is sized by a measure or attribute and
coloured by an attribute; its goal is the shape (▲ supports, ● neutral, ▼ opposes, ■ not asked)
and its influence a grey tower beside it, as in Net-Map's influence towers.

Example:
    >>> from netlab.mapping import wawee_map
    >>> spec = map_chart(wawee_map()).to_dict()
    >>> [layer["mark"]["type"] for layer in spec["layer"]]
    ['rule', 'point', 'rule', 'rule', 'point', 'text']
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from netlab.i18n import t, t_or
from netlab.mapping.drawing import drawing
from netlab.mapping.vocab import Goal, TieType
from netlab.ui.parts.chart_labels import Frame, place_labels

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

    from netlab.mapping import SocialMap

__all__ = ["TIE_COLOURS", "map_chart"]

#: One colour per tie type (Okabe-Ito, darkened to ≥ 3:1 on white: see chart_colours);
#: untyped ties are grey.
TIE_COLOURS: Mapping[str, str] = {
    "money": "#C17A00", "information": "#0072B2", "support": "#009E73",
    "command": "#BC5FA0", "conflict": "#D55E00", "none": "#767676",
}
#: And one line pattern per tie type, so that the type never shows by colour alone.
_DASHES: Mapping[str, list[int]] = {
    "money": [10, 4], "information": [1, 0], "support": [2, 3], "command": [10, 3, 2, 3],
    "conflict": [5, 3], "none": [1, 4],
}
_SHAPES = {"supports": "triangle-up", "neutral": "circle", "opposes": "triangle-down",
           "unknown": "square"}
_TOWER = 0.03  # tower height per unit of influence, in layout units


def _frame(nodes: pd.DataFrame, width: float, height: float, pad: float = 24) -> Frame:
    """The data range each axis shows: every actor and its tower, with ``pad`` pixels to
    spare on each side (what Vega's scale padding did, made explicit so that labels can be
    placed in pixels)."""
    xs = [*nodes["x"], *nodes["tower_x"]]
    ys = [*nodes["y"], *nodes["top"]]

    def spread(values: list[float], pixels: float) -> tuple[float, float]:
        low, high = float(min(values)), float(max(values))
        span = (high - low) or 1.0
        extra = span * pad / max(pixels - 2 * pad, 1.0)
        return low - extra, high + extra

    return Frame(width, height, spread(xs, width), spread(ys, height))


def _type_label(value: str | None) -> str:
    return TieType(value).label if value else t("mapping.tie_type.none.name")


def _goal_label(value: str | None) -> str:
    return Goal(value).label if value else t("mapping.goal.unknown.name")


def map_chart(m: SocialMap, *, size: str = "degree", colour: str | None = "sector",
              max_actors: int = 150, seed: int = 7, width: int = 720,
              height: int = 540) -> alt.LayerChart:
    """The map as a layered altair chart; the same picture every run for one ``seed``.

    Example:
        >>> from netlab.mapping import wawee_map
        >>> chart = map_chart(wawee_map(), size="influence", colour="level")
        >>> chart.to_dict()["title"]["text"] != ""
        True
    """
    import altair as alt

    d = drawing(m, size=size, colour=colour, max_actors=max_actors, seed=seed)
    nodes, ties = d.nodes.copy(), d.ties.copy()
    types = [tt.value for tt in TieType] + ["none"]
    type_scale = alt.Scale(domain=[_type_label(v) for v in types if v != "none"] + [
        _type_label(None)], range=[TIE_COLOURS[v] for v in types])
    goals = [g.value for g in Goal] + ["unknown"]
    goal_scale = alt.Scale(domain=[_goal_label(g) for g in Goal] + [_goal_label(None)],
                           range=[_SHAPES[g] for g in goals])
    nodes["goal_label"] = [_goal_label(g) for g in nodes["goal"]]
    nodes["top"] = nodes["y"] + nodes["influence"].fillna(0).astype(float) * _TOWER
    nodes["tower_x"] = nodes["x"] + 0.035
    ties["type_label"] = [_type_label(v) for v in ties["type"]]
    frame = _frame(nodes, width, height)
    axis: dict[str, dict[str, Any]] = {
        key: {"axis": None, "scale": alt.Scale(domain=list(span), nice=False, zero=False)}
        for key, span in (("x", frame.x), ("y", frame.y))}
    x, y = alt.X("x:Q", **axis["x"]), alt.Y("y:Q", **axis["y"])
    size_title = t_or(f"mapping.column.{size}", size)
    colour_title = t_or(f"mapping.column.{colour}", colour) if colour else ""
    if not d.grouped and colour and colour in m.actors.columns:
        nodes["colour"] = [None if v is None else t_or(f"mapping.value.{colour}.{v}", v)
                           for v in nodes["colour"]]
    # A tie's type by its colour and its line pattern, in one legend (same field and title).
    tie_colour = alt.Stroke("type_label:N", scale=type_scale,
                            title=t("mapping.chart.tie_type"))
    lines = alt.Chart(ties).mark_rule(opacity=0.75).encode(
        x=x, y=y, x2="x2:Q", y2="y2:Q", stroke=tie_colour,
        strokeWidth=alt.StrokeWidth("weight:Q", scale=alt.Scale(range=[1, 4]),
                                    title=t("mapping.chart.weight")),
        strokeDash=alt.StrokeDash("type_label:N", title=t("mapping.chart.tie_type"),
                                  scale=alt.Scale(domain=type_scale.domain,
                                                  range=[_DASHES[v] for v in types])),
        tooltip=[alt.Tooltip("type_label:N", title=t("mapping.chart.tie_type")),
                 alt.Tooltip("weight:Q", title=t("mapping.chart.weight"))])
    arrows = alt.Chart(ties).transform_filter("datum.directed").mark_point(
        shape="triangle", filled=True, size=60, opacity=0.9).encode(
        x=alt.X("ax:Q", **axis["x"]), y=alt.Y("ay:Q", **axis["y"]), angle=alt.Angle(
            "angle:Q", scale=alt.Scale(domain=[0, 360], range=[0, 360])),
        fill=alt.Fill("type_label:N", scale=type_scale, title=t("mapping.chart.tie_type")))
    towers = alt.Chart(nodes).transform_filter("datum.influence > 0").mark_rule(
        strokeWidth=5, color="#555555", opacity=0.7).encode(
        x=alt.X("tower_x:Q", **axis["x"]), y=y, y2="top:Q",
        tooltip=[alt.Tooltip("name:N", title=t("mapping.chart.actor")),
                 alt.Tooltip("influence:Q", title=t("mapping.chart.influence"))])
    numeric = bool(colour) and all(isinstance(v, int | float) for v in nodes["colour"])
    colour_enc = alt.Color(f"colour:{'Q' if numeric else 'N'}", title=colour_title,
                           scale=alt.Scale(scheme="viridis" if numeric else "tableau20"))
    points = alt.Chart(nodes).mark_point(filled=True, opacity=0.95, stroke="#333333",
                                         strokeWidth=0.6).encode(
        x=x, y=y, color=colour_enc,
        size=alt.Size("size:Q", title=size_title, scale=alt.Scale(range=[60, 900])),
        shape=alt.Shape("goal_label:N", scale=goal_scale, title=t("mapping.chart.goal")),
        tooltip=[alt.Tooltip("id:N", title="id"),
                 alt.Tooltip("name:N", title=t("mapping.chart.actor")),
                 alt.Tooltip("size:Q", title=size_title),
                 alt.Tooltip("colour:N", title=colour_title),
                 alt.Tooltip("goal_label:N", title=t("mapping.chart.goal")),
                 alt.Tooltip("influence:Q", title=t("mapping.chart.influence"))])
    # Labels placed in pixels: none over another label, an actor or a tower.
    towers_px = [(*frame.px(tx, top), 0.0) for tx, top in zip(nodes["tower_x"], nodes["top"],
                                                              strict=True)]
    fixed = [(px - 4, py, px + 4, frame.px(tx, base)[1])
             for (px, py, _), tx, base in zip(towers_px, nodes["tower_x"], nodes["y"],
                                              strict=True)]
    biggest = max(float(nodes["size"].max()), 1e-9)
    radius = [math.sqrt((60 + max(float(v), 0.0) / biggest * 840) / math.pi) + 1
              for v in nodes["size"].fillna(0)]
    nodes = place_labels(nodes.assign(r=radius), frame, font_size=10, radius="r",
                         fixed=fixed)
    leaders = alt.Chart(nodes[nodes["far"]]).mark_rule(color="#888888", strokeWidth=0.8).encode(
        x=x, y=y, x2="lx:Q", y2="ly:Q")
    labels = alt.Chart(nodes).mark_text(fontSize=10, color="#222222", align="center",
                                        baseline="middle").encode(
        x=alt.X("lx:Q", **axis["x"]), y=alt.Y("ly:Q", **axis["y"]), text="label:N")
    title = t("mapping.chart.title_grouped" if d.grouped else "mapping.chart.title",
              actors=len(m.actors), ties=len(m.ties))
    return alt.layer(lines, arrows, towers, leaders, points, labels).properties(
        width=width, height=height,
        title=alt.TitleParams(title, subtitle=[d.note] if d.note else [])
    ).resolve_scale(color="independent")
