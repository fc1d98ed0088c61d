"""The explorers' shared frame (ipywidgets): a list to load a case from the dataset, one row
of answer buttons per question, the result, a chart and the answers as code to copy; the
problem and partner explorers say what the questions are and how a result is shown.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from netlab.i18n import t
from netlab.palette import STYLE
from netlab.ui.parts.choice_buttons import ChoiceButtons
from netlab.ui.parts.html import escape

if TYPE_CHECKING:
    import pandas as pd


__all__ = ["EXPLORER_CSS", "Explorer"]


#: The explorer's rows wrap on a narrow screen (the answer buttons style themselves: see
#: netlab.ui.parts.choice_buttons).
EXPLORER_CSS = """<style>
.netlab-explorer .widget-hbox { flex-wrap: wrap; }
.netlab-explorer .widget-hbox > .widget-html:first-child { min-width: 12em; flex: 1 1 18em; }
.netlab-explorer .netlab-chart svg { max-width: 100%; height: auto; }
</style>"""


class Explorer(w.VBox):
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
        super().__init__([w.HTML(EXPLORER_CSS + STYLE), self._picker, *boxes, self._result,
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
        self._code.value = (f"<small>{escape(t('widgets.explorer.code'))}</small>"
                            f"<pre>{escape(code)}</pre>")

    # Subclass hooks.
    def _validate(self, answers: Mapping[str, Any]) -> object:
        raise NotImplementedError

    def _plain(self, value: Any) -> Any:
        raise NotImplementedError

    def _render(self) -> None:
        raise NotImplementedError
