"""A button whose click carries its form's values as the person saw them (anywidget).

ipywidgets sends every field's changes separately, and while the kernel is busy it holds back a
field's next change until the previous one is acknowledged. A plain ``Button`` click can then
reach the kernel before the last keystrokes of a field: the form would save ``"V"`` for ``"V2"``,
or a late keystroke would refill a field the kernel had just cleared. :class:`SubmitButton`
reads the fields in the browser at the moment of the click and sends them in the click's own
message; after a save the browser blanks only the fields still showing what was sent.

Example:
    >>> import ipywidgets as w
    >>> name = w.Text(value="Volunteers")
    >>> button = SubmitButton("Save", {"name": name}, blanks={"name": ""})
    >>> button.on_submit(lambda values: print(values) or True)
    >>> button.click()
    {'name': 'Volunteers'}
    >>> name.value
    ''
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib.resources import files
from typing import Any

import anywidget
import ipywidgets as w
import traitlets

__all__ = ["SubmitButton"]

#: ``values -> clear?``: save the values; True when the form may return to its blanks.
Submit = Callable[[dict[str, Any]], bool]


class SubmitButton(anywidget.AnyWidget):
    """A button for the fields ``fields`` (name -> a Text, Dropdown, number or Checkbox).

    Args:
        description: the button's text.
        fields: the form's fields by name, as the handler receives their values.
        blanks: the value each named field returns to after a save (others keep theirs).
        button_style: ``"primary"`` for the form's main action.
    """

    _esm = files("netlab.resources").joinpath("submit_button.js").read_text(encoding="utf-8")

    description = traitlets.Unicode("").tag(sync=True)
    button_style = traitlets.Unicode("").tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)
    fields = traitlets.List(traitlets.Instance(w.Widget)).tag(sync=True,
                                                              **w.widget_serialization)
    blanks: traitlets.List[dict[str, object] | None] = traitlets.List().tag(sync=True)

    def __init__(self, description: str, fields: Mapping[str, w.ValueWidget], *,
                 blanks: Mapping[str, object] | None = None, button_style: str = "") -> None:
        self._names = list(fields)
        self._blank = dict(blanks or {})
        self._handlers: list[Submit] = []
        super().__init__(description=description, button_style=button_style,
                         fields=list(fields.values()),
                         blanks=[self._screen_blank(fields[n], n) for n in self._names])
        self.on_msg(self._on_message)

    def _screen_blank(self, field: w.Widget, name: str) -> dict[str, object] | None:
        """A field's blank as the browser sets it (a dropdown's by index), or None: kept."""
        if name not in self._blank:
            return None
        blank = self._blank[name]
        if isinstance(field, w.Dropdown):
            values = list(field._options_values)
            return {"index": values.index(blank) if blank in values else 0}
        return {"value": blank}

    def on_submit(self, handler: Submit) -> None:
        """Call ``handler(values)`` on every click.

        Example:
            >>> button = SubmitButton("Go", {})
            >>> button.on_submit(lambda values: False)
            >>> len(button._handlers)
            1
        """
        self._handlers.append(handler)

    def click(self) -> None:
        """Submit the fields' values as the kernel has them (tests, a script): no browser to
        ask, so the kernel blanks the fields itself after a save.

        Example:
            >>> SubmitButton("Go", {}).click()
        """
        named = dict(zip(self._names, self.fields, strict=True))
        if self._submit({n: field.value for n, field in named.items()}):
            for n, field in named.items():
                if n in self._blank:
                    field.value = self._blank[n]

    def _submit(self, values: dict[str, Any]) -> bool:
        clear = False
        for handler in self._handlers:
            clear = bool(handler(values)) or clear
        return clear

    def _on_message(self, _widget: object, content: Mapping[str, Any],
                    _buffers: object) -> None:
        if not isinstance(content, Mapping) or content.get("event") != "click":
            return
        sent = content.get("values")
        if not isinstance(sent, list) or len(sent) != len(self._names):
            return
        values = {n: self._value(field, shown)
                  for n, field, shown in zip(self._names, self.fields, sent, strict=True)}
        clear = self._submit(values)
        self.send({"event": "done", "seq": content.get("seq"), "clear": clear})

    @staticmethod
    def _value(field: w.Widget, shown: object) -> object:
        """The value the browser showed; the kernel's own where the browser's cannot be read
        (a dropdown whose list changed since it was drawn)."""
        if not isinstance(shown, Mapping):
            return field.value
        if isinstance(field, w.Dropdown):
            index, label = shown.get("index"), shown.get("label")
            labels = field._options_labels
            if isinstance(index, int) and 0 <= index < len(labels) and labels[index] == label:
                return field._options_values[index]
            return field.value
        return shown.get("value", field.value)
