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

    from netlab.health import HealthReport

__all__ = ["PHASE_COLOURS", "ROLE_COLOURS", "STEP_COLOURS", "TYPE_COLOURS", "aiim_chart",
           "health_profile", "problem_plane", "timeline_chart", "to_svg"]

#: One colour per problem type (colour-blind safe, from the Okabe-Ito palette).
TYPE_COLOURS: Mapping[str, str] = {
    ProblemType.SIMPLE.value: "#009E73",
    ProblemType.TECHNICAL.value: "#0072B2",
    ProblemType.COMPLEX.value: "#E69F00",
    ProblemType.SOCIAL_MESS.value: "#D55E00",
}

#: One colour per partner role (Okabe-Ito).
ROLE_COLOURS: Mapping[str, str] = {
    PartnerRole.BOUNDARY.value: "#0072B2",
    PartnerRole.BOTH.value: "#CC79A7",
    PartnerRole.STRATEGIC.value: "#E69F00",
    PartnerRole.INDIRECT.value: "#999999",
}

#: One colour per step of building a network (Okabe-Ito).
STEP_COLOURS: Mapping[str, str] = {
    "awareness": "#56B4E9", "alliance": "#0072B2", "relationship": "#009E73",
    "continuity": "#E69F00",
}

#: One colour per life-cycle phase (Okabe-Ito).
PHASE_COLOURS: Mapping[str, str] = {
    "emerging": "#56B4E9", "existing": "#009E73", "changing": "#E69F00", "ending": "#999999",
}

# Guide zones tiling the agreement (x) x knowledge (y) plane: (x0, x1, y0, y1, label key).
_LO, _HI = -0.06, 1.06
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


def aiim_chart(actors: pd.DataFrame, highlight: str | None = None,
               *, width: int = 460, height: int = 400) -> alt.LayerChart:
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
    colour = alt.Color("role_label:N", title=t("charts.aiim.legend"),
                       scale=alt.Scale(domain=[PartnerRole(r).label for r in order],
                                       range=[ROLE_COLOURS[r] for r in order]),
                       legend=alt.Legend(orient="bottom", columns=2, direction="vertical"))
    size = alt.Size("influence:Q", title=t("charts.aiim.size"),
                    scale=alt.Scale(domain=[1, 5], range=[60, 420]),
                    legend=alt.Legend(orient="bottom", values=[1, 3, 5]))
    dots = alt.Chart(pts)
    layers.append(dots.mark_circle(opacity=0.8, stroke="white", strokeWidth=1).encode(
        x=x, y=y, color=colour, size=size,
        tooltip=["id:N", "name:N", "role_label:N", "quadrant_label:N", "alignment:Q",
                 "interest:Q", "influence:Q"]))
    layers.append(dots.mark_text(dx=10, align="left", fontSize=9, color="#333")
                  .encode(x=x, y=y, text="id:N"))
    if highlight is not None and highlight in set(pts["id"]):
        ring = alt.Chart(pts[pts["id"] == highlight])
        layers.append(ring.mark_point(size=700, color="#111", strokeWidth=2).encode(x=x, y=y))
    return alt.layer(*layers).properties(
        width=width, height=height,
        title=alt.TitleParams(t("charts.aiim.title"), subtitle=[t("charts.aiim.subtitle")]))


def health_profile(profile: pd.DataFrame | HealthReport, *, width: int = 440,
                   height: int = 260) -> alt.LayerChart:
    """The seven components from a survey profile: the median as a dot, the middle half of
    the answers (q1 to q3) as a bar, the mean as a hollow diamond; the weakest in orange.
    A team's own report (:func:`netlab.health.assess_health`) is drawn as one dot each.

    Args:
        profile: the result of :func:`netlab.health.survey_profile`, or a
            :class:`netlab.health.HealthReport`.

    Example:
        >>> from netlab.datasets import load
        >>> from netlab.health import survey_profile
        >>> chart = health_profile(survey_profile(load("health_survey")))
        >>> len(chart.to_dict()["layer"])
        4
        >>> from netlab.health import assess_health
        >>> team = assess_health(dict.fromkeys(survey_profile(load("health_survey")).index, 1))
        >>> len(health_profile(team).to_dict()["layer"])
        4
    """
    import altair as alt
    import pandas as pd

    from netlab.health import Component, HealthReport

    team = isinstance(profile, HealthReport)
    if isinstance(profile, HealthReport):
        profile = pd.DataFrame(
            [{"component": c.component.value, "median": c.score, "mean": c.score,
              "q1": c.score, "q3": c.score, "note": t(f"health.level.{c.level}")}
             for c in profile.components]).set_index("component").loc[
                 [c.value for c in Component]]
    else:
        profile = profile.assign(note=[
            t("charts.health.note", answered=a, missing=m)
            for a, m in zip(profile["answered"], profile["missing"], strict=True)])
    data = profile.reset_index().assign(
        short=lambda d: d["component"].map(lambda c: Component(c).short),
        weakest=lambda d: d["median"] == d["median"].min())
    order = [Component(c).short for c in data["component"]]
    y = alt.Y("short:N", sort=order, title=None)
    x_scale = alt.Scale(domain=[0, 2.9], nice=False)
    x_axis = alt.Axis(values=[0, 1, 2], format="d")
    colour = alt.condition("datum.weakest", alt.value("#D55E00"), alt.value("#0072B2"))
    base = alt.Chart(data)
    tooltip = ["short:N", "note:N", alt.Tooltip("mean:Q", format=".2f"), "median:Q", "q1:Q",
               "q3:Q"]
    layers = [
        base.mark_bar(height=10, opacity=0.35).encode(
            x=alt.X("q1:Q", scale=x_scale, axis=x_axis, title=t("charts.health.x")),
            x2="q3:Q", y=y, color=colour),
        base.mark_circle(size=140, opacity=1).encode(x="median:Q", y=y, color=colour,
                                                     tooltip=tooltip),
        base.mark_point(shape="diamond", size=70, filled=False, color="#111").encode(
            x="mean:Q", y=y),
        base.mark_text(align="left", fontSize=10, color="#666").encode(
            x=alt.datum(2.12), y=y, text="note:N"),
    ]
    return alt.layer(*layers).properties(
        width=width, height=height,
        title=alt.TitleParams(t("charts.health.title_team" if team else "charts.health.title"),
                              subtitle=[t("charts.health.subtitle_team" if team
                                          else "charts.health.subtitle"),
                                        t("charts.health.subtitle2")]))


def timeline_chart(timeline: pd.DataFrame, upto: str | None = None, *, width: int = 520,
                   height: int = 230) -> alt.LayerChart:
    """A network's story as events placed by order (across) and step (up), coloured by the
    life-cycle phase; events after ``upto`` are faded, ``upto`` is ringed.

    Args:
        timeline: rows with ``id``, ``year``, ``step``, ``phase`` (e.g. ``wawee_timeline``).
        upto: the id of the current event (default: the last).

    Example:
        >>> from netlab.datasets import load
        >>> chart = timeline_chart(load("wawee_timeline"), upto="E04")
        >>> chart.to_dict()["layer"][0]["mark"]["type"]
        'line'
    """
    import altair as alt

    from netlab.steps import Phase, Step

    ids = list(timeline["id"])
    current = ids.index(upto) if upto in ids else len(ids) - 1
    data = timeline.assign(
        order=range(1, len(ids) + 1),
        number=lambda d: d["step"].map(lambda s: Step(s).number),
        step_label=lambda d: d["step"].map(lambda s: Step(s).short),
        phase_label=lambda d: d["phase"].map(lambda p: Phase(p).label),
        seen=[i <= current for i in range(len(ids))],
        title=timeline[f"title_{get_language()}"])
    x = alt.X("order:O", title=t("charts.timeline.x"),
              axis=alt.Axis(labelExpr="datum.label", labelAngle=0))
    y = alt.Y("number:Q", title=t("charts.timeline.y"), scale=alt.Scale(domain=[0.5, 4.5]),
              axis=alt.Axis(values=[1, 2, 3, 4], format="d"))
    phases = [p.value for p in Phase]
    colour = alt.Color("phase_label:N", title=t("charts.timeline.legend"),
                       scale=alt.Scale(domain=[Phase(p).label for p in phases],
                                       range=[PHASE_COLOURS[p] for p in phases]),
                       legend=alt.Legend(orient="bottom"))
    opacity = alt.condition("datum.seen", alt.value(1.0), alt.value(0.2))
    base = alt.Chart(data)
    tooltip = ["id:N", "year:Q", "title:N", "step_label:N", "phase_label:N"]
    layers = [
        base.mark_line(color="#bbb").encode(x=x, y=y),
        base.mark_circle(size=160).encode(x=x, y=y, color=colour, opacity=opacity,
                                          tooltip=tooltip),
        base.mark_text(dy=-14, fontSize=10).encode(x=x, y=y, text="year:N", opacity=opacity),
        alt.Chart(data.iloc[[current]]).mark_point(size=500, color="#111", strokeWidth=2)
        .encode(x=x, y=y),
    ]
    return alt.layer(*layers).properties(
        width=width, height=height,
        title=alt.TitleParams(t("charts.timeline.title"),
                              subtitle=[t("charts.timeline.subtitle")]))


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Render a chart to an SVG string offline (vl-convert, no browser, no network).

    Example:
        >>> to_svg(problem_plane()).startswith("<svg")
        True
    """
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_dict(validate=False))
