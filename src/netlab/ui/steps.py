"""The four steps and the life cycle on screen: the Wawee timeline chart, the step and phase
cards, the indicator table and checklists (views), and the timeline explorer and the step
sorter (widgets, in ``steps_timeline`` and ``steps_sorter``).

Example:
    >>> "netlab-card" in step_cards()._repr_html_()
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netlab.i18n import get_language, t, year
from netlab.steps.checklists import Checklist
from netlab.ui.parts.chart_colours import PHASE_COLOURS
from netlab.ui.parts.html import (
    BORDER,
    CARD,
    MUTED,
    HTMLView,
    bullet_list,
    card,
    cite,
    escape,
    html_table,
)

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

__all__ = ["checklist_view", "indicator_table", "phase_cards", "step_cards",
           "timeline_chart"]

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


def step_cards() -> HTMLView:
    """The four steps of building a network as cards: purpose, typical activities, the
    manager's questions, what to watch for and the closest international model.

    Example:
        >>> "alliance" in step_cards()._repr_html_()
        True
    """
    from netlab.steps import Step
    from netlab.ui.parts.chart_colours import STEP_COLOURS

    cards, lines = [], []
    for step in Step:
        cards.append(card(
            "netlab-card netlab-step", STEP_COLOURS[step.value], step,
            f" <code>{escape(step.value)}</code>",
            f"{escape(step.purpose)}"
            f"{bullet_list('views.steps.activities', step.activities)}"
            f"{bullet_list('views.steps.questions', step.questions)}"
            f"{bullet_list('views.steps.watch', step.watch_for)}"
            f"<small style='color:{MUTED}'>{escape(step.anchor)}</small>"))
        lines.append(f"{step.number}. {step.value} ({step.label}): {step.purpose}")
    return HTMLView("".join(cards), "\n".join(lines))


def phase_cards() -> HTMLView:
    """The four phases of the life cycle as cards: meaning and what a manager does.

    Example:
        >>> "ending" in repr(phase_cards())
        True
    """
    from netlab.steps import Phase
    from netlab.ui.parts.chart_colours import PHASE_COLOURS

    cards, lines = [], []
    for phase in Phase:
        cards.append(card(
            "netlab-card netlab-phase", PHASE_COLOURS[phase.value], phase,
            f" <code>{escape(phase.value)}</code>",
            f"{escape(phase.meaning)}<br><i>{escape(t('views.phase.tools'))}:</i> "
            f"{escape(phase.tools)}"))
        lines.append(f"{phase.value} ({phase.label}): {phase.meaning}")
    return HTMLView("".join(cards), "\n".join(lines))


def indicator_table() -> HTMLView:
    """The eleven observable signs of :func:`netlab.steps.diagnose_stage` and what each feeds.

    Example:
        >>> "joint_work" in repr(indicator_table())
        True
    """
    from netlab.steps import INDICATORS, Step

    rows, lines = [], []
    for sign in INDICATORS.values():
        feeds = (t("views.indicator.phase") if sign.group == "phase"
                 else f"{Step(sign.group).number}. {Step(sign.group).short}")
        rows.append(
            f"<tr><td><code>{escape(sign.key)}</code></td><td style='text-align:left'>"
            f"{escape(sign.text)}<br><small style='color:{MUTED}'>{escape(sign.help)}</small></td>"
            f"<td style='text-align:left'>{escape(feeds)}</td></tr>")
        lines.append(f"{sign.key}: {sign.text} ({feeds})")
    table = html_table("netlab-questions netlab-indicators",
                   ("views.pq.key", "views.q.question", "views.pq.test"), rows)
    return HTMLView(table, "\n".join(lines))


def checklist_view(*checklists: Checklist) -> HTMLView:
    """Checklists as numbered lists under their titles (the seeds' lists to read or tick).

    Example:
        >>> from netlab.foundations import TECHNIQUES
        >>> repr(checklist_view(TECHNIQUES)).splitlines()[1].startswith("1. ")
        True
    """
    blocks, lines = [], []
    for checklist in checklists:
        items = "".join(f"<li>{escape(item)}</li>" for item in checklist.items)
        blocks.append(f'<div class="netlab-checklist" style="{CARD.format(colour=BORDER)}">'
                      f"<b>{escape(checklist.title)}</b> "
                      f"<small>({escape(cite(checklist.source))})</small>"
                      f"<ol style='margin:2px 0'>{items}</ol></div>")
        lines += [checklist.title, *(f"{n}. {item}" for n, item in
                                     enumerate(checklist.items, start=1))]
    return HTMLView("".join(blocks), "\n".join(lines))
