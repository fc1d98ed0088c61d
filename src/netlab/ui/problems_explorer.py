"""The problem explorer (ipywidgets): answer the nine diagnostic questions and watch the type,
the reasons and the agreement × knowledge plane follow; the answers show as code to copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from netlab.i18n import get_language, t
from netlab.palette import colour
from netlab.problems import (
    QUESTION_IDS,
    QUESTIONS,
    ProblemTyping,
    type_problem,
)
from netlab.ui.parts.explorer import Explorer
from netlab.ui.parts.html import escape
from netlab.ui.problems import problem_plane

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ProblemExplorer", "problem_explorer"]


_START = {"K1": 1, "K2": 1, "K3": 1, "K4": 1, "S1": 1, "S2": 1, "S3": 1, "L1": 1, "L2": 1}


class ProblemExplorer(Explorer):
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
        rows = [(q.id, f"<b>{escape(q.id)}</b> {escape(q.text)}",
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
        from netlab.ui.parts.chart_access import to_svg

        result = self.result
        reasons = "".join(f"<li>{escape(r)}</li>" for r in result.reasons)
        boundary = (f"<div style='color:{colour('warn')}'>"
                    f"{escape(t('widgets.explorer.boundary'))}</div>"
                    if result.boundary else "")
        self._result.value = (
            f"<div><span style='font-size:1.3em'><b>{escape(result.type.label)}</b></span>"
            f" — {escape(t('widgets.explorer.runner_up', runner_up=result.runner_up.label))}"
            f"{boundary}<ul>{reasons}</ul>"
            f"<b>{escape(t('widgets.explorer.guidance'))}:</b> "
            f"{escape(result.type.guidance)}</div>")
        self._chart.value = to_svg(problem_plane(self._table, result))
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
