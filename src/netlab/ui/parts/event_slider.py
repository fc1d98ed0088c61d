"""A slider over named events that a screen reader can follow (anywidget).

ipywidgets' ``SelectionSlider`` handle has no accessible name and reports its position as an
index ("9"). :class:`EventSlider` is a native range input with a label, whose value text is the
event itself ("2560 BE · E10"); the keyboard moves it as any slider.

Example:
    >>> slider = EventSlider("Move through the events:", [("2559 · E01", "E01"),
    ...                                                    ("2560 · E02", "E02")])
    >>> slider.value
    'E02'
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources import files
from typing import Any

import anywidget
import traitlets

from netlab.palette import CSS
from netlab.ui.parts.choice_buttons import one_of

__all__ = ["EventSlider"]

_STYLE = CSS + """
.netlab-event-slider { display: flex; flex-wrap: wrap; align-items: center; gap: 8px;
  color: var(--jp-content-font-color1, #1f1f1f); }
.netlab-event-slider input[type=range] { flex: 1 1 240px;
  accent-color: var(--netlab-accent, #1565c0); }
.netlab-event-slider input[type=range]:focus-visible {
  outline: 3px solid var(--netlab-accent, #1565c0); outline-offset: 2px; }
.netlab-event-slider output { min-width: 10em; font-weight: bold; }
"""


class EventSlider(anywidget.AnyWidget):
    """A slider over ``options`` (``(label, value)`` pairs), at the last one unless ``value``.

    Raises:
        traitlets.TraitError: a value that is not one of the options.
    """

    _esm = files("netlab.resources").joinpath("event_slider.js").read_text(encoding="utf-8")
    _css = _STYLE

    description = traitlets.Unicode("").tag(sync=True)
    options = traitlets.List(traitlets.Dict()).tag(sync=True)
    value = traitlets.Unicode("").tag(sync=True)

    def __init__(self, description: str, options: Sequence[tuple[str, str]],
                 value: str | None = None) -> None:
        super().__init__(description=description,
                         options=[{"label": str(label), "value": str(v)} for label, v in options],
                         value=str(options[-1][1] if value is None else value))

    @traitlets.validate("value")
    def _one_of_the_events(self, proposal: dict[str, Any]) -> Any:
        return one_of(proposal["value"], self.options)
