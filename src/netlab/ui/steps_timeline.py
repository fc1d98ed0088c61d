"""A timeline explorer (ipywidgets): walk through a network's story event by event and see
how the likely step and life-cycle phase change as the observable signs add up.

Example:
    >>> from netlab.ui.steps_timeline import TimelineExplorer, signs_upto
    >>> from netlab.datasets import load
    >>> story = load("wawee_timeline")
    >>> explorer = TimelineExplorer(story)
    >>> explorer.diagnosis.step.value == story["step"].iloc[-1]
    True
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import ipywidgets as w

from netlab._errors import TraineeError
from netlab.i18n import get_language, t, year
from netlab.steps import INDICATOR_KEYS, StageDiagnosis, diagnose_stage
from netlab.ui.parts.event_slider import EventSlider

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TimelineExplorer", "signs_upto", "wawee_timeline"]


def signs_upto(timeline: pd.DataFrame, upto: str) -> dict[str, bool]:
    """The eleven signs after the events up to ``upto``: a sign, once set, stays set.

    Raises:
        ValueError: ``upto`` is not an event id of the timeline (naming the known ones).

    Example:
        >>> from netlab.datasets import load
        >>> signs = signs_upto(load("wawee_timeline"), "E01")
        >>> sum(signs.values()) >= 1
        True
    """
    ids = list(timeline["id"])
    if upto not in ids:
        raise TraineeError(t("views.error.unknown_ids", ids=repr(upto), name="timeline",
                           allowed=", ".join(ids)))
    signs = dict.fromkeys(INDICATOR_KEYS, False)
    for sets in timeline["sets"].iloc[: ids.index(upto) + 1]:
        for key in (sets or "").split() if isinstance(sets, str) else ():
            signs[key] = True
    return signs


class TimelineExplorer(w.VBox):
    """A slider over the events; the events so far, the diagnosis at that point and the
    timeline chart update together."""

    def __init__(self, timeline: pd.DataFrame) -> None:
        self._timeline = timeline.reset_index(drop=True)
        lang = get_language()
        options = [(f"{year(row['year'], era=True)} · {row['id']}", row["id"])
                   for _, row in self._timeline.iterrows()]
        self._slider = EventSlider(t("widgets.timeline.slider"), options)
        self._slider.add_class("netlab-timeline-slider")
        self._title = f"title_{lang}"
        self._text = f"text_{lang}"
        self._events, self._result, self._chart = w.HTML(), w.HTML(), w.HTML()
        self._events.add_class("netlab-events")
        self._result.add_class("netlab-result")
        self._chart.add_class("netlab-chart")
        super().__init__([self._slider, self._chart, self._result, self._events])
        self.add_class("netlab-timeline")
        self._slider.observe(lambda change: self._render(), names="value")
        self._render()

    @property
    def event(self) -> str:
        """The id of the chosen event."""
        return str(self._slider.value)

    @property
    def diagnosis(self) -> StageDiagnosis:
        """The stage diagnosis after the events up to the chosen one."""
        return diagnose_stage(signs_upto(self._timeline, self.event))

    def show(self, event: str) -> None:
        """Move the slider to an event id."""
        self._slider.value = event

    def _render(self) -> None:
        from netlab.ui.parts.chart_access import to_svg
        from netlab.ui.parts.chart_colours import STEP_COLOURS
        from netlab.ui.steps import timeline_chart

        result = self.diagnosis
        reasons = "".join(f"<li>{html.escape(r)}</li>" for r in result.reasons)
        self._result.value = (f"<b>{html.escape(result.summary())}</b><ul>{reasons}</ul>")
        upto = list(self._timeline["id"]).index(self.event)
        cards = []
        for _, row in self._timeline.iloc[: upto + 1][::-1].iterrows():
            colour = STEP_COLOURS[row["step"]]
            cards.append(
                f"<div class='netlab-event' style='border-left:5px solid {colour};"
                f"padding:2px 8px;margin:4px 0'><b>{html.escape(year(row['year'], era=True))} · "
                f"{html.escape(row['id'])} · {html.escape(row[self._title])}</b><br>"
                f"{html.escape(row[self._text])}</div>")
        self._events.value = (f"<b>{html.escape(t('widgets.timeline.events'))}</b>"
                              + "".join(cards))
        self._chart.value = to_svg(timeline_chart(self._timeline, upto=self.event))


def wawee_timeline() -> TimelineExplorer:
    """The Wawee network's story as a :class:`TimelineExplorer`.

    Example:
        >>> wawee_timeline().event
        'E10'
    """
    from netlab.datasets import load

    return TimelineExplorer(load("wawee_timeline"))
