"""One question's answers as a row of buttons that a screen reader can follow (anywidget).

ipywidgets' ``ToggleButtons`` shows the chosen answer only by a light shade (1.62:1), says
nothing to a screen reader about which one is chosen, and does not tie the buttons to their
question. :class:`ChoiceButtons` is a group named by its question whose buttons carry
``aria-pressed``; the chosen one has a check mark and the palette's accent fill.

Example:
    >>> choice = ChoiceButtons("S1 Do people agree?", [("no", 0), ("yes", 1)], value=1)
    >>> choice.value, [o["label"] for o in choice.options]
    (1, ['no', 'yes'])
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources import files
from typing import Any

import anywidget
import traitlets

from netlab.palette import CSS

__all__ = ["ChoiceButtons", "one_of"]

_RESOURCES = files("netlab.resources")

#: The chosen answer stands out by fill, weight and a check mark (for the eye: its alternative
#: text is empty, aria-pressed says it); the focus ring is 3 px in the
#: accent colour (≥ 3:1 in both themes); the row wraps on a narrow screen.
_STYLE = CSS + """
.netlab-choices { display: flex; flex-wrap: wrap; gap: 4px; }
.netlab-choices .netlab-choice { width: auto; }
.netlab-choices .netlab-choice.mod-active {
  background: var(--netlab-accent, #1565c0); color: var(--netlab-on-accent, #ffffff);
  font-weight: bold; box-shadow: none; }
.netlab-choices .netlab-choice.mod-active::before { content: "\\2713\\00a0" / ""; }
.netlab-choices .netlab-choice:focus-visible {
  outline: 3px solid var(--netlab-accent, #1565c0); outline-offset: 2px; }
"""


def one_of(value: Any, options: Sequence[dict[str, Any]]) -> Any:
    """``value`` if it is the value of one of ``options`` (dicts with a "value").

    Example:
        >>> one_of(2, [{"value": 1}, {"value": 2}])
        2
    """
    allowed = [option["value"] for option in options]
    if value not in allowed:
        raise traitlets.TraitError(f"{value!r} is not one of {allowed!r}")
    return value


class ChoiceButtons(anywidget.AnyWidget):
    """Buttons for the answers ``options`` (``(label, value)`` pairs) of ``question``.

    Args:
        question: the question's text, the group's accessible name.
        options: the answers in order; values must be JSON values (numbers, text, booleans).
        value: the answer chosen at the start.
        tooltips: a longer text per answer, shown on hover.

    Raises:
        traitlets.TraitError: a value that is not one of the answers.
    """

    _esm = _RESOURCES.joinpath("choice_buttons.js").read_text(encoding="utf-8")
    _css = _STYLE

    question = traitlets.Unicode("").tag(sync=True)
    options = traitlets.List(traitlets.Dict()).tag(sync=True)
    value = traitlets.Any().tag(sync=True)

    def __init__(self, question: str, options: Sequence[tuple[str, Any]], *, value: Any,
                 tooltips: Sequence[str] | None = None) -> None:
        tips = list(tooltips or [label for label, _ in options])
        super().__init__(question=question, options=[
            {"label": str(label), "value": v, "tooltip": str(tip)}
            for (label, v), tip in zip(options, tips, strict=True)], value=value)

    @traitlets.validate("value")
    def _one_of_the_answers(self, proposal: dict[str, Any]) -> Any:
        return one_of(proposal["value"], self.options)
