"""Exercise specs of the steps and life-cycle workbook (``03_network_steps``).

The key lives in the instructor source's solution cells; its salted digests are in the key file
(:mod:`netlab.exercises.keys`).

- ``steps.a``: sort eight activities of the probation project into the four steps (1 point
  each).
- ``steps.b_step`` / ``steps.b_phase``: the step and the life-cycle phase of four networks
  described in ``stage_cases`` (1 point each).
- ``steps.c``: a reflection on one's own network (instructor, 4 points); the self-check says
  only whether it is complete.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from netlab._errors import kind_of
from netlab.exercises.base import ChoiceItems, Completeness, text_line
from netlab.i18n import t
from netlab.report import Line
from netlab.steps import Phase, Step, diagnose_stage

__all__ = ["EXERCISES", "MIN_EVIDENCE"]

#: The shortest evidence counted as complete, in characters.
MIN_EVIDENCE = 200
_MOVES = 2


def _step(value: object) -> str:
    return Step.parse(value).value


def _phase(value: object) -> str:
    return Phase.parse(value).value


def _reflection(answer: object) -> list[Line]:
    if not isinstance(answer, Mapping):
        return [Line("error", t("exercises.steps.c.not_mapping", got=kind_of(answer)))]
    lines = [text_line(answer, "network")]
    try:
        # The cast: diagnose_stage checks any value (a ValueError, caught here).
        helper = diagnose_stage(cast(Mapping[str, bool], answer.get("indicators")))
    except ValueError as exc:
        lines.append(Line("error", str(exc)))
        helper = None
    judged = []
    for field, parse in (("my_step", Step.parse), ("my_phase", Phase.parse)):
        try:
            judged.append(parse(answer.get(field)))
        except ValueError as exc:
            lines.append(Line("error", f"{field}: {exc}"))
    if helper is not None and len(judged) == 2:
        same = (helper.step, helper.phase) == tuple(judged)
        lines.append(Line("info", t(
            "exercises.steps.c.agrees" if same else "exercises.steps.c.differs",
            step=helper.step.label, phase=helper.phase.label)))
    lines.append(text_line(answer, "evidence", MIN_EVIDENCE))
    moves = answer.get("next_moves")
    filled = [m for m in moves if isinstance(m, str) and m.strip()] if isinstance(
        moves, list) else []
    lines.append(Line("ok", t("exercises.steps.c.moves_ok", count=len(filled)))
                 if len(filled) >= _MOVES else
                 Line("missing", t("exercises.steps.c.moves_few", count=len(filled),
                                   minimum=_MOVES)))
    return lines


EXERCISES = (
    ChoiceItems(
        id="steps.a", points=8.0,
        items=("T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08"),
        parse=_step,
    ),
    ChoiceItems(
        id="steps.b_step", points=4.0, items=("D01", "D02", "D03", "D04"),
        parse=_step,
    ),
    ChoiceItems(
        id="steps.b_phase", points=4.0, items=("D01", "D02", "D03", "D04"),
        parse=_phase,
    ),
    Completeness(id="steps.c", points=4.0, validate=_reflection),
)
