"""The network health check on screen: the members' survey profile (chart), the component
cards and the action table (views).

Example:
    >>> "R01" in action_table()._repr_html_()
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netlab.i18n import t
from netlab.ui.parts.html import HTMLView, card, cite, escape, html_table

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

    from netlab.health import HealthReport
    pass

__all__ = ["action_table", "component_cards", "health_profile"]

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


def component_cards() -> HTMLView:
    """The seven components as cards: meaning, the sign that it is weak, the actions.

    Example:
        >>> "interdependence" in component_cards()._repr_html_()
        True
    """
    from netlab.health import Component, actions_for

    cards, lines = [], []
    for component in Component:
        ids = ", ".join(a.id for a in actions_for(component))
        cards.append(card(
            "netlab-card netlab-component", "#4c78a8", component,
            f" <code>{escape(component.value)}</code>",
            f"{escape(component.meaning)}<br><i>{escape(t('views.component.weak'))}:</i> "
            f"{escape(component.weak_sign)}<br><i>{escape(t('views.component.actions'))}:</i> "
            f"{escape(ids)}"))
        lines.append(f"{component.value} ({component.label}): {component.meaning}")
    return HTMLView("".join(cards), "\n".join(lines))


def action_table() -> HTMLView:
    """The recommended actions: id, what to do, the components they strengthen, the seed.

    Example:
        >>> "R18" in repr(action_table())
        True
    """
    from netlab.health import ACTIONS

    rows, lines = [], []
    for action in ACTIONS.values():
        comps = ", ".join(c.label for c in action.components)
        rows.append(
            f"<tr><td><b>{escape(action.id)}</b></td><td style='text-align:left'>"
            f"{escape(action.text)}</td><td style='text-align:left'>{escape(comps)}</td>"
            f"<td style='text-align:left'><small>{escape(cite(action.source))}</small></td></tr>")
        lines.append(f"{action.id}: {action.text} ({comps})")
    heads = ("views.q.id", "views.action", "views.action.components", "views.q.source")
    table = html_table("netlab-questions netlab-actions", heads, rows)
    return HTMLView(table, "\n".join(lines))
