"""A drag-and-sort widget (anywidget) for putting activities into the four steps.

Cards can be dragged into a step's column, moved with the keyboard (Tab to a card, press
1-4 or the arrow keys; 0 puts it back; Escape leaves) or placed with the dropdown on each
card. A screen reader hears a named list per step, each card's name and place, every move.
The widget shows the answer as code: a graded answer must live in a code cell, because
nbgrader re-runs the notebook in a fresh kernel where clicks are lost.

Example:
    >>> from netlab.ui.steps_sorter import StepSorter
    >>> sorter = StepSorter([("T01", "a meeting")], initial={"T01": "2"})
    >>> sorter.answer
    {'T01': 'alliance'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib.resources import files

import anywidget
import traitlets

from netlab._errors import TraineeError
from netlab.i18n import t
from netlab.palette import CSS
from netlab.steps import Step

__all__ = ["StepSorter", "step_sorter"]

_RESOURCES = files("netlab.resources")


class StepSorter(anywidget.AnyWidget):
    """Sort items into the four steps. ``answer`` is ``{id: step value or None}``.

    Args:
        items: ``(id, text)`` pairs in the order shown.
        expected: ``{id: step}`` to mark each placed card right or wrong (practice only).
        var: the variable name in the code shown.
        initial: a previous answer to start from (e.g. the answer cell's dict).

    Raises:
        ValueError: an ``initial`` or ``expected`` step that is not a step, or an id that is
            not an item, in the active language.
    """

    _esm = _RESOURCES.joinpath("sorter.js").read_text(encoding="utf-8")
    _css = CSS + _RESOURCES.joinpath("sorter.css").read_text(encoding="utf-8")

    items = traitlets.List(traitlets.Dict()).tag(sync=True)
    columns = traitlets.List(traitlets.Dict()).tag(sync=True)
    assignment = traitlets.Dict().tag(sync=True)
    expected = traitlets.Dict().tag(sync=True)
    labels = traitlets.Dict().tag(sync=True)
    code = traitlets.Unicode("").tag(sync=True)

    def __init__(self, items: Iterable[tuple[str, str]], *,
                 expected: Mapping[str, object] | None = None, var: str = "sorting",
                 initial: Mapping[str, object] | None = None) -> None:
        pairs = [(str(i), str(text)) for i, text in items]
        self._ids = [i for i, _ in pairs]
        self._var = var
        super().__init__(
            items=[{"id": i, "text": text} for i, text in pairs],
            columns=[{"value": s.value, "label": s.short} for s in Step],
            expected=self._steps(expected or {}),
            assignment={k: v for k, v in self._steps(initial or {}).items() if v},
            labels={key: t(f"widgets.sorter.{key}") for key in
                    ("name", "help", "pool", "unsorted", "choose", "keys", "placed", "right",
                     "code", "in_step", "moved", "unplaced", "mark_ok", "mark_wrong")})
        self.observe(self._write_code, names="assignment")
        self._write_code()

    def _steps(self, mapping: Mapping[str, object]) -> dict[str, str]:
        unknown = [repr(k) for k in mapping if k not in self._ids]
        if unknown:
            raise TraineeError(t("widgets.sorter.unknown_ids", ids=", ".join(unknown),
                               allowed=", ".join(self._ids)))
        return {str(k): (Step.parse(v).value if v not in (None, "") else "")
                for k, v in mapping.items()}

    @property
    def answer(self) -> dict[str, str | None]:
        """Every item's step value, or None where it is not sorted yet."""
        return {i: self.assignment.get(i) or None for i in self._ids}

    def _write_code(self, change: object = None) -> None:
        body = ",\n".join(f"    {i!r}: {v!r}".replace("'", '"') for i, v in self.answer.items())
        self.code = f"{self._var} = {{\n{body},\n}}"


def step_sorter(name: str = "activities", *, feedback: bool | None = None,
                var: str = "sorting", initial: Mapping[str, object] | None = None
                ) -> StepSorter:
    """A sorter for a dataset's activities (``id``, ``title_th``, ``title_en``).

    Args:
        name: "activities" (labelled, for practice) or "activity_cases" (the exercise).
        feedback: mark cards right or wrong; possible only for a dataset with a ``step``
            column (default: whenever it has one).
        var: the variable name in the code shown.
        initial: a previous answer to start from.

    Raises:
        ValueError: feedback asked for a dataset without labels, or a bad ``initial``.

    Example:
        >>> sorter = step_sorter("activity_cases", var="steps_a")
        >>> sorter.expected, sorter.code.splitlines()[0]
        ({}, 'steps_a = {')
    """
    from netlab.datasets import load
    from netlab.i18n import get_language

    df = load(name)
    labelled = "step" in df.columns
    if feedback and not labelled:
        raise TraineeError(t("widgets.sorter.no_labels", name=name))
    show = labelled if feedback is None else feedback
    items = list(zip(df["id"], df[f"title_{get_language()}"], strict=True))
    expected = dict(zip(df["id"], df["step"], strict=True)) if show else None
    return StepSorter(items, expected=expected, var=var, initial=initial)
