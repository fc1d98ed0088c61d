"""Exercise specs of the health-check workbook (``04_network_health``).

- ``health.a``: ``group_medians(df)``, the median of each component per member group, blanks
  left out; 1 point here, 2 more at grading on a survey the trainee has not seen.
- ``health.b_weakest`` / ``health.b_disputed``: the weakest and the most disputed component
  of the survey profile (1 point each).
- ``health.c``: choose two recommended actions that strengthen the weakest component (1
  point per suitable action).
- ``health.d``: a three-month plan (instructor, 4 points); the self-check says only whether it
  is complete.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from netlab._errors import TraineeError, kind_of
from netlab.exercises.base import (
    Completeness,
    Hidden,
    SingleValue,
    text_line,
)
from netlab.exercises.function import FunctionResult, result_rows
from netlab.exercises.sets import Selection
from netlab.health import ACTIONS, COMPONENT_KEYS, Component
from netlab.i18n import t
from netlab.report import Line

__all__ = ["EXERCISES", "MIN_PLAN", "normalise_group_medians"]

#: The shortest plan reflection counted as complete, in characters.
MIN_PLAN = 250
_ACTION_FIELDS = ("who", "what", "when")
_MIN_ACTIONS = 2


def _survey() -> Any:
    from netlab.datasets import load

    return load("health_survey")


def _median(value: object) -> float | None:
    import pandas as pd

    if pd.isna(value):  # NaN, or pandas' NA for a group where nobody answered
        return None
    return round(float(value), 3)  # type: ignore[arg-type]


def normalise_group_medians(result: object) -> tuple[list[Line], object]:
    """Check the shape of ``group_medians``'s result; reduce it to rows sorted by group.

    Returns problem lines (empty when the shape is right) and the rows
    ``[group, *seven medians]`` (a blank median is None).

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({c: [1.0] for c in COMPONENT_KEYS}, index=["parent"])
        >>> normalise_group_medians(df)[1]
        [['parent', 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]]
    """
    lines, rows = result_rows(result, COMPONENT_KEYS,
                              lambda row: [_median(row[c]) for c in COMPONENT_KEYS])
    return lines, (sorted(rows) if rows is not None else None)


def _component(value: object) -> str:
    return Component.parse(value).value


def _action(value: object) -> str:
    key = value.strip().upper() if isinstance(value, str) else value
    if key not in ACTIONS:
        raise TraineeError(t("exercises.health.c.unknown", value=repr(value),
                           allowed=f"{min(ACTIONS)}–{max(ACTIONS)}"))
    return str(key)


def _action_hint(action: str) -> str:
    """What a wrong choice of action is for (the hint for that choice)."""
    from netlab.health.components import ACTIONS

    return t("exercises.health.c.choice_hint", action=action,
             components=", ".join(c.label for c in ACTIONS[action].components))


def _strengthen_weakest(solved: Mapping[str, object]) -> list[str]:
    """Every action that strengthens the weakest component (the solution of
    ``health.b_weakest``): any two of them are right.

    Example:
        >>> _strengthen_weakest({"health.b_weakest": "vision"})
        ['R01', 'R02', 'R03', 'R04']
    """
    weakest = _component(solved["health.b_weakest"])
    return [action for action, entry in ACTIONS.items()
            if weakest in (c.value for c in entry.components)]


def _plan(answer: object) -> list[Line]:
    if not isinstance(answer, Mapping):
        return [Line("error", t("exercises.health.d.not_mapping", got=kind_of(answer)))]
    lines: list[Line] = []
    try:
        Component.parse(answer.get("component"))
        lines.append(Line("ok", t("check.field.ok", field="component")))
    except ValueError as exc:
        lines.append(Line("error", f"component: {exc}"))
    actions = answer.get("actions")
    actions = actions if isinstance(actions, list) else []
    complete = 0
    for number, action in enumerate(actions, start=1):
        if not isinstance(action, Mapping):
            lines.append(Line("error", t("exercises.health.d.action_type", number=number,
                                         got=kind_of(action))))
            continue
        empty = [f for f in _ACTION_FIELDS if not str(action.get(f) or "").strip()]
        if empty:
            lines.append(Line("missing", t("exercises.health.d.action_empty", number=number,
                                           fields=", ".join(empty))))
        else:
            complete += 1
    lines.append(Line("ok", t("exercises.health.d.actions_ok", count=complete))
                 if complete >= _MIN_ACTIONS else
                 Line("missing", t("exercises.health.d.actions_few", count=complete,
                                   minimum=_MIN_ACTIONS)))
    lines += [text_line(answer, "signs"), text_line(answer, "risk"),
              text_line(answer, "reflection", MIN_PLAN)]
    return lines


EXERCISES = (
    FunctionResult(
        id="health.a", points=1.0, hidden=(Hidden("a_heldout", 2.0),),
        data=_survey, inspect=normalise_group_medians,
    ),
    SingleValue(id="health.b_weakest", points=1.0, normalise=_component),
    SingleValue(id="health.b_disputed", points=1.0, normalise=_component),
    Selection(
        id="health.c", points=2.0, count=2, parse=_action, explain=_action_hint,
        suitable=_strengthen_weakest,
    ),
    Completeness(id="health.d", points=4.0, validate=_plan),
)
