"""Interactive widgets (ipywidgets). They call the domain modules; no domain logic here.

Widget state is lost when nbgrader re-executes a notebook, so no graded answer lives in a
widget: the explorer shows the answers as code to copy into an answer cell.

Example:
    >>> from netlab.widgets import ProblemExplorer
    >>> explorer = ProblemExplorer()
    >>> explorer.answers["S3"]
    1
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

import ipywidgets as w

from netlab.i18n import get_language, t
from netlab.problems import QUESTION_IDS, QUESTIONS, ProblemTyping, type_problem

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ProblemExplorer", "problem_explorer"]

_START = {"K1": 1, "K2": 1, "K3": 1, "K4": 1, "S1": 1, "S2": 1, "S3": 1, "L1": 1, "L2": 1}


class ProblemExplorer(w.VBox):
    """Answer the nine questions with buttons (or load a scenario) and watch the type, the
    reasons and the agreement x knowledge chart update.

    Args:
        scenarios: the scenario table (dots on the chart, and the "load" list); default the
            course dataset ``problem_scenarios``.
        answers: starting answers (default: every question at 1).
    """

    def __init__(self, scenarios: pd.DataFrame | None = None,
                 answers: Mapping[str, int] | None = None) -> None:
        if scenarios is None:
            from netlab.datasets import load

            scenarios = load("problem_scenarios")
        self._scenarios = scenarios
        start = dict(_START if answers is None else answers)
        type_problem(start)  # a clear ValueError now rather than a broken widget later
        lang = get_language()
        self._picker = w.Dropdown(
            options=[(t("widgets.explorer.pick"), "")] + [
                (f"{row['id']} · {row[f'title_{lang}']}", row["id"])
                for _, row in scenarios.iterrows()],
            value="", description=t("widgets.explorer.load"),
            style={"description_width": "initial"}, layout=w.Layout(width="100%"))
        self._buttons: dict[str, w.ToggleButtons] = {}
        rows = []
        for q in QUESTIONS.values():
            buttons = w.ToggleButtons(
                options=[(label, value) for value, label in enumerate(q.options)],
                value=start[q.id], tooltips=list(q.options),
                style={"button_width": "auto"})
            buttons.add_class(f"netlab-q-{q.id}")
            self._buttons[q.id] = buttons
            label = w.HTML(f"<b>{q.id}</b> {html.escape(q.text)}",
                           layout=w.Layout(width="46%"))
            rows.append(w.HBox([label, buttons]))
        self._result = w.HTML()
        self._result.add_class("netlab-result")
        self._chart = w.HTML()
        self._chart.add_class("netlab-chart")
        self._code = w.HTML()
        self._code.add_class("netlab-code")
        super().__init__([self._picker, *rows, self._result, self._chart, self._code])
        self.add_class("netlab-explorer")
        self._picker.observe(self._on_pick, names="value")
        for buttons in self._buttons.values():
            buttons.observe(self._on_change, names="value")
        self._render()

    @property
    def answers(self) -> dict[str, int]:
        """The answers currently selected."""
        return {qid: int(self._buttons[qid].value) for qid in QUESTION_IDS}

    @property
    def result(self) -> ProblemTyping:
        """The typing of the current answers."""
        return type_problem(self.answers)

    def set_answers(self, answers: Mapping[str, int]) -> None:
        """Select these answers (validated first) and update the view once."""
        type_problem(answers)
        self._updating = True
        try:
            for qid in QUESTION_IDS:
                self._buttons[qid].value = int(answers[qid])
        finally:
            self._updating = False
        self._render()

    def _on_pick(self, change: Mapping[str, object]) -> None:
        scenario = change["new"]
        if not scenario:
            return
        row = self._scenarios.set_index("id").loc[scenario]
        self.set_answers({qid: int(row[qid]) for qid in QUESTION_IDS})

    def _on_change(self, change: Mapping[str, object]) -> None:
        if not getattr(self, "_updating", False):
            self._render()

    def _render(self) -> None:
        from netlab.charts import problem_plane, to_svg

        result = self.result
        reasons = "".join(f"<li>{html.escape(r)}</li>" for r in result.reasons)
        boundary = (f"<div style='color:#8a6d00'>{html.escape(t('widgets.explorer.boundary'))}"
                    "</div>" if result.boundary else "")
        self._result.value = (
            f"<div><span style='font-size:1.3em'><b>{html.escape(result.type.label)}</b></span>"
            f" — {html.escape(t('widgets.explorer.runner_up', runner_up=result.runner_up.label))}"
            f"{boundary}"
            f"<ul>{reasons}</ul>"
            f"<b>{html.escape(t('widgets.explorer.guidance'))}:</b> "
            f"{html.escape(result.type.guidance)}</div>")
        self._chart.value = to_svg(problem_plane(self._scenarios, result))
        code = "answers = {" + ", ".join(f'"{k}": {v}' for k, v in self.answers.items()) + "}"
        self._code.value = (f"<small>{html.escape(t('widgets.explorer.code'))}</small>"
                            f"<pre>{html.escape(code)}</pre>")


def problem_explorer(scenarios: pd.DataFrame | None = None,
                     answers: Mapping[str, int] | None = None) -> ProblemExplorer:
    """Create the problem-typing explorer (see :class:`ProblemExplorer`).

    Example:
        >>> problem_explorer().result.type.value in ("simple", "technical", "complex",
        ...                                          "social_mess")
        True
    """
    return ProblemExplorer(scenarios, answers)
