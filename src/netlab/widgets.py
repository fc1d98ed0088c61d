"""Interactive widgets (ipywidgets). They call the domain modules; no domain logic here.

Widget state is lost when nbgrader re-executes a notebook, so no graded answer lives in a
widget: each explorer shows its answers as code to copy into an answer cell.

Example:
    >>> from netlab.widgets import ProblemExplorer
    >>> explorer = ProblemExplorer()
    >>> explorer.answers["S3"]
    1
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from netlab.choice_buttons import ChoiceButtons
from netlab.i18n import get_language, t
from netlab.palette import STYLE, colour
from netlab.partners import (
    ANSWER_KEYS,
    PARTNER_QUESTIONS,
    PartnerClassification,
    aiim_quadrant,
    classify_partner,
)
from netlab.problems import QUESTION_IDS, QUESTIONS, ProblemTyping, type_problem

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PartnerExplorer", "ProblemExplorer", "map_builder", "partner_explorer",
           "problem_explorer", "step_sorter", "wawee_timeline"]

_START = {"K1": 1, "K2": 1, "K3": 1, "K4": 1, "S1": 1, "S2": 1, "S3": 1, "L1": 1, "L2": 1}
_PARTNER_START = {"direct": True, "intend_change": False, "outcome_challenge": False,
                  "provides_resources": False, "co_implements": False, "in_influence": True}


def _e(text: object) -> str:
    return html.escape(str(text))


#: The explorer's rows wrap on a narrow screen (the answer buttons style themselves: see
#: netlab.choice_buttons).
_EXPLORER_CSS = """<style>
.netlab-explorer .widget-hbox { flex-wrap: wrap; }
.netlab-explorer .widget-hbox > .widget-html:first-child { min-width: 12em; flex: 1 1 18em; }
.netlab-explorer .netlab-chart svg { max-width: 100%; height: auto; }
</style>"""


class _Explorer(w.VBox):
    """Shared frame: a "load from the dataset" list, one row of buttons per question, the
    result, a chart and the answers as code. Subclasses say what the questions are and how
    to show a result."""

    _keys: tuple[str, ...] = ()

    def __init__(self, table: pd.DataFrame, start: Mapping[str, Any], *, title_column: str,
                 pick_key: str, load_key: str,
                 rows: Sequence[tuple[str, str, list[tuple[str, Any]], list[str]]]) -> None:
        self._table = table
        self._picker = w.Dropdown(
            options=[(t(pick_key), "")] + [
                (f"{row['id']} · {row[title_column]}", row["id"]) for _, row in table.iterrows()],
            value="", description=t(load_key), style={"description_width": "initial"},
            layout=w.Layout(width="100%"))
        self._buttons: dict[str, ChoiceButtons] = {}
        boxes = []
        for key, label, options, tooltips in rows:
            question = html.unescape(re.sub(r"<[^>]+>", "", label))
            buttons = ChoiceButtons(question, options, value=start[key], tooltips=tooltips)
            buttons.add_class(f"netlab-q-{key}")
            self._buttons[key] = buttons
            boxes.append(w.HBox([w.HTML(label), buttons]))
        self._result, self._chart, self._code = w.HTML(), w.HTML(), w.HTML()
        self._result.add_class("netlab-result")
        self._chart.add_class("netlab-chart")
        self._code.add_class("netlab-code")
        super().__init__([w.HTML(_EXPLORER_CSS + STYLE), self._picker, *boxes, self._result,
                          self._chart, self._code])
        self.add_class("netlab-explorer")
        self._updating = False
        self._picker.observe(self._on_pick, names="value")
        for buttons in self._buttons.values():
            buttons.observe(self._on_change, names="value")
        self._render()

    @property
    def answers(self) -> dict[str, Any]:
        """The answers currently selected."""
        return {key: self._buttons[key].value for key in self._keys}

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        """Select these answers (validated first) and update the view once."""
        self._validate(answers)
        self._updating = True
        try:
            for key in self._keys:
                self._buttons[key].value = self._plain(answers[key])
        finally:
            self._updating = False
        self._render()

    def _on_pick(self, change: Mapping[str, object]) -> None:
        if change["new"]:
            row = self._table.set_index("id").loc[change["new"]]
            self.set_answers({key: self._plain(row[key]) for key in self._keys})

    def _on_change(self, change: Mapping[str, object]) -> None:
        if not self._updating:
            self._render()

    def _show_code(self, name: str, answers: Mapping[str, Any]) -> None:
        code = f"{name} = {{" + ", ".join(f'"{k}": {v!r}' for k, v in answers.items()) + "}"
        self._code.value = (f"<small>{_e(t('widgets.explorer.code'))}</small>"
                            f"<pre>{_e(code)}</pre>")

    # Subclass hooks.
    def _validate(self, answers: Mapping[str, Any]) -> object:
        raise NotImplementedError

    def _plain(self, value: Any) -> Any:
        raise NotImplementedError

    def _render(self) -> None:
        raise NotImplementedError


class ProblemExplorer(_Explorer):
    """Answer the nine questions with buttons (or load a scenario) and watch the type, the
    reasons and the agreement x knowledge chart update.

    Args:
        scenarios: the scenario table (dots on the chart, and the "load" list); default the
            course dataset ``problem_scenarios``.
        answers: starting answers (default: every question at 1).
    """

    _keys = QUESTION_IDS

    def __init__(self, scenarios: pd.DataFrame | None = None,
                 answers: Mapping[str, int] | None = None) -> None:
        if scenarios is None:
            from netlab.datasets import load

            scenarios = load("problem_scenarios")
        start = dict(_START if answers is None else answers)
        type_problem(start)  # a clear ValueError now rather than a broken widget later
        rows = [(q.id, f"<b>{_e(q.id)}</b> {_e(q.text)}",
                 [(label, value) for value, label in enumerate(q.options)], list(q.options))
                for q in QUESTIONS.values()]
        super().__init__(scenarios, start, title_column=f"title_{get_language()}",
                         pick_key="widgets.explorer.pick", load_key="widgets.explorer.load",
                         rows=rows)

    @property
    def result(self) -> ProblemTyping:
        """The typing of the current answers."""
        return type_problem(self.answers)

    def _validate(self, answers: Mapping[str, Any]) -> object:
        return type_problem(answers)

    def _plain(self, value: Any) -> Any:
        return int(value)

    def _render(self) -> None:
        from netlab.charts import problem_plane, to_svg

        result = self.result
        reasons = "".join(f"<li>{_e(r)}</li>" for r in result.reasons)
        boundary = (f"<div style='color:{colour('warn')}'>"
                    f"{_e(t('widgets.explorer.boundary'))}</div>"
                    if result.boundary else "")
        self._result.value = (
            f"<div><span style='font-size:1.3em'><b>{_e(result.type.label)}</b></span>"
            f" — {_e(t('widgets.explorer.runner_up', runner_up=result.runner_up.label))}"
            f"{boundary}<ul>{reasons}</ul>"
            f"<b>{_e(t('widgets.explorer.guidance'))}:</b> {_e(result.type.guidance)}</div>")
        self._chart.value = to_svg(problem_plane(self._table, result))
        self._show_code("answers", self.answers)


class PartnerExplorer(_Explorer):
    """Answer the six partner questions yes/no (or load an actor of the Wawee network) and
    watch the role, the reasons, the next step and the actor's place on the AIIM chart.

    Args:
        actors: the actor table (the "load" list and the chart); default ``partners``.
        answers: starting answers (default: direct and within influence, nothing else).

    Example:
        >>> explorer = PartnerExplorer()
        >>> explorer.set_answers(dict(explorer.answers, intend_change=True,
        ...                           outcome_challenge=True))
        >>> explorer.result.role.value
        'boundary'
    """

    _keys = ANSWER_KEYS

    def __init__(self, actors: pd.DataFrame | None = None,
                 answers: Mapping[str, bool] | None = None) -> None:
        if actors is None:
            from netlab.datasets import load

            actors = load("partners")
        start = dict(_PARTNER_START if answers is None else answers)
        classify_partner(start)
        yes_no = [(t("widgets.partners.yes"), True), (t("widgets.partners.no"), False)]
        rows = [(q.key, f"<code>{_e(q.key)}</code> {_e(q.text)}", yes_no,
                 [q.help, q.help]) for q in PARTNER_QUESTIONS.values()]
        self._selected: str | None = None
        self._drawn_for: object = object()  # the highlight the chart was drawn for
        super().__init__(actors, start, title_column=f"name_{get_language()}",
                         pick_key="widgets.partners.pick", load_key="widgets.partners.load",
                         rows=rows)

    @property
    def result(self) -> PartnerClassification:
        """The classification of the current answers."""
        return classify_partner(self.answers)

    def _validate(self, answers: Mapping[str, Any]) -> object:
        return classify_partner(answers)

    def _plain(self, value: Any) -> Any:
        return bool(value)

    def _on_pick(self, change: Mapping[str, object]) -> None:
        self._selected = str(change["new"]) or None
        super()._on_pick(change)

    def _render(self) -> None:
        from netlab.charts import aiim_chart, to_svg

        result = self.result
        reasons = "".join(f"<li>{_e(r)}</li>" for r in result.reasons)
        where = ""
        if self._selected:
            row = self._table.set_index("id").loc[self._selected]
            quadrant = aiim_quadrant(int(row["alignment"]), int(row["interest"]))
            where = (f"<div>{_e(t('widgets.partners.quadrant', quadrant=quadrant.label))}: "
                     f"{_e(quadrant.advice)}</div>")
        self._result.value = (
            f"<div><span style='font-size:1.3em'><b>{_e(result.role.label)}</b></span>"
            f" <code>{_e(result.role.value)}</code><ul>{reasons}</ul>"
            f"<b>{_e(t('widgets.partners.next'))}:</b> {_e(result.role.next_step)}{where}</div>")
        # The chart depends only on which actor is ringed, not on the answers: draw it only
        # when that changes (an SVG render per click would make the buttons feel slow).
        if self._drawn_for != self._selected:
            self._chart.value = to_svg(aiim_chart(self._table, highlight=self._selected))
            self._drawn_for = self._selected
        self._show_code("answers", self.answers)


def problem_explorer(scenarios: pd.DataFrame | None = None,
                     answers: Mapping[str, int] | None = None) -> ProblemExplorer:
    """Create the problem-typing explorer (see :class:`ProblemExplorer`).

    Example:
        >>> problem_explorer().result.type.value in ("simple", "technical", "complex",
        ...                                          "social_mess")
        True
    """
    return ProblemExplorer(scenarios, answers)


def partner_explorer(actors: pd.DataFrame | None = None,
                     answers: Mapping[str, bool] | None = None) -> PartnerExplorer:
    """Create the partner explorer (see :class:`PartnerExplorer`).

    Example:
        >>> partner_explorer().result.role.value
        'indirect'
    """
    return PartnerExplorer(actors, answers)


def wawee_timeline() -> Any:
    """The Wawee network's story as a :class:`netlab.timeline.TimelineExplorer`.

    Example:
        >>> wawee_timeline().event
        'E10'
    """
    from netlab.datasets import load
    from netlab.timeline import TimelineExplorer

    return TimelineExplorer(load("wawee_timeline"))


def step_sorter(name: str = "activities", **options: Any) -> Any:
    """The drag-and-sort widget of :func:`netlab.sorter.step_sorter` (same arguments).

    Example:
        >>> step_sorter("activity_cases", var="steps_a").code.startswith("steps_a = {")
        True
    """
    from netlab.sorter import step_sorter as make

    return make(name, **options)



def map_builder(name: str = "my_network", folder: str = ".") -> Any:
    """The form of :class:`netlab.map_builder.MapBuilder`: build one's own map, saved to
    ``<name>_actors.csv`` and ``<name>_ties.csv`` after every change.

    Example:
        >>> import tempfile
        >>> map_builder("mine", tempfile.mkdtemp()).draft.actors.empty
        True
    """
    from netlab.map_builder import map_builder as make

    return make(name, folder)
