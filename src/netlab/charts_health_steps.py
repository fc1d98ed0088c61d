"""The charts of the steps and health workbooks: the members' health profile and the Wawee
timeline (also reachable as ``netlab.charts.health_profile`` and ``.timeline_chart``).

Example:
    >>> from netlab.datasets import load
    >>> len(timeline_chart(load("wawee_timeline")).to_dict()["layer"]) >= 2
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netlab.chart_colours import PHASE_COLOURS
from netlab.i18n import get_language, t, year

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

    from netlab.health import HealthReport

__all__ = ["health_profile", "timeline_chart"]


def health_profile(profile: pd.DataFrame | HealthReport, *, width: int = 440,
                   height: int = 260) -> alt.LayerChart | alt.FacetChart:
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
        5
        >>> from netlab.health import assess_health
        >>> team = assess_health(dict.fromkeys(survey_profile(load("health_survey")).index, 1))
        >>> len(health_profile(team).to_dict()["layer"])
        5
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
    # The weakest is named in words too, not by its orange alone.
    data["note"] = [f"{note} · {t('charts.health.weakest')}" if weak else note
                    for note, weak in zip(data["note"], data["weakest"], strict=True)]
    order = [Component(c).short for c in data["component"]]
    y = alt.Y("short:N", sort=order, title=None)
    x_scale = alt.Scale(domain=[0, 2.9], nice=False)
    x_axis = alt.Axis(values=[0, 1, 2], format="d")
    colour = alt.condition("datum.weakest", alt.value("#D55E00"), alt.value("#0072B2"))
    base = alt.Chart(data)
    tooltip = ["short:N", "note:N", alt.Tooltip("mean:Q", format=".2f"), "median:Q", "q1:Q",
               "q3:Q"]
    layers = [
        # The middle half: a light bar outlined in its full colour (the outline is ≥ 3:1).
        base.mark_bar(height=10, opacity=0.35).encode(
            x=alt.X("q1:Q", scale=x_scale, axis=x_axis, title=t("charts.health.x")),
            x2="q3:Q", y=y, color=colour),
        base.mark_bar(height=10, filled=False, strokeWidth=1.5).encode(
            x="q1:Q", x2="q3:Q", y=y, stroke=colour),
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
                   height: int = 230) -> alt.LayerChart | alt.FacetChart:
    """A network's story as events placed by order (across) and step (up), coloured by the
    life-cycle phase (and shape); events after ``upto`` are hollow, ``upto`` is ringed.

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
        title=timeline[f"title_{get_language()}"],
        year_label=timeline["year"].map(year))  # Thai: the Buddhist era
    x = alt.X("order:O", title=t("charts.timeline.x"),
              axis=alt.Axis(labelExpr="datum.label", labelAngle=0))
    y = alt.Y("number:Q", title=t("charts.timeline.y"), scale=alt.Scale(domain=[0.5, 4.5]),
              axis=alt.Axis(values=[1, 2, 3, 4], format="d"))
    phases = [p.value for p in Phase]
    # Events still to come are hollow rings in their full colour (not faded: a faded mark
    # falls under 3:1), their years in grey; the phase shows by shape as well as by colour.
    scale = alt.Scale(domain=[Phase(p).label for p in phases],
                      range=[PHASE_COLOURS[p] for p in phases])
    title = t("charts.timeline.legend")
    fill = alt.condition("datum.seen", alt.Fill("phase_label:N", scale=scale, title=title,
                                                legend=alt.Legend(orient="bottom")),
                         alt.value("white"))
    stroke = alt.Stroke("phase_label:N", scale=scale, title=title,
                        legend=alt.Legend(orient="bottom"))
    shape = alt.Shape("phase_label:N", title=title, legend=alt.Legend(orient="bottom"),
                      scale=alt.Scale(domain=[Phase(p).label for p in phases],
                                      range=["circle", "square", "triangle-up", "diamond"]))
    year_colour = alt.condition("datum.seen", alt.value("#222222"), alt.value("#767676"))
    base = alt.Chart(data)
    tooltip = [alt.Tooltip("id:N"), alt.Tooltip("year_label:N", title=t("charts.timeline.year")),
               "title:N", "step_label:N", "phase_label:N"]
    layers = [
        base.mark_line(color="#bbb").encode(x=x, y=y),
        base.mark_point(size=160, strokeWidth=2, opacity=1).encode(
            x=x, y=y, fill=fill, stroke=stroke, shape=shape, tooltip=tooltip),
        base.mark_text(dy=-14, fontSize=10).encode(x=x, y=y, text="year_label:N",
                                                   color=year_colour),
        alt.Chart(data.iloc[[current]]).mark_point(size=500, color="#111", strokeWidth=2)
        .encode(x=x, y=y),
    ]
    return alt.layer(*layers).properties(
        width=width, height=height,
        title=alt.TitleParams(t("charts.timeline.title"),
                              subtitle=[t("charts.timeline.subtitle")]))
