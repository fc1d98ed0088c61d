"""Exercise specs of the problem-typing workbook (``01_problem_typing``).

The key lives in the instructor source's solution cells; its salted digests are in the key file
(:mod:`netlab.exercises.keys`), never in these specs. Running the instructor source checks that
they agree: every check cell there must give full points.

- ``problem_typing.a``: type eight cases (1 point each).
- ``problem_typing.b``: ``compare_with_experts(df)``; 1 point here, 2 more at grading on
  held-out scenarios (hidden test ``b_heldout``).
- ``problem_typing.b_rate``: the share of scenarios where helper and experts agree (1 point).
- ``problem_typing.c``: a reflection on one's own network, graded by the instructor (4 points);
  the self-check says only whether it is complete.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from netlab._errors import TraineeError, kind_of
from netlab.exercises.base import (
    ChoiceItems,
    Completeness,
    Hidden,
    SingleValue,
    blank,
    text_line,
)
from netlab.exercises.function import FunctionResult, result_rows
from netlab.i18n import t
from netlab.problems import QUESTION_IDS, ProblemType, type_problem, validate_answers
from netlab.report import Line

__all__ = ["COLUMNS", "EXERCISES", "MIN_JUSTIFICATION", "normalise_comparison"]

#: Columns ``compare_with_experts`` must return.
COLUMNS = ("expected_type", "type", "runner_up", "boundary")

#: The shortest justification counted as complete, in characters (Thai has no spaces between
#: words, so characters are the fair measure in both languages: ~300 characters is 60-80 words).
MIN_JUSTIFICATION = 300

_QUESTION_REF = re.compile(r"(?<![A-Za-z0-9])([KSL][1-4])(?![0-9])")


def _parse_type(value: object) -> str:
    return ProblemType.parse(value).value


def _scenarios() -> Any:
    from netlab.datasets import load

    return load("problem_scenarios")


def normalise_comparison(result: object) -> tuple[list[Line], object]:
    """Check the shape of ``compare_with_experts``'s result and reduce it to comparable rows.

    Returns problem lines (empty when the shape is right) and the rows
    ``[id, expected_type, type, runner_up, boundary]`` sorted by id.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"expected_type": ["complex"], "type": ["technical"],
        ...                    "runner_up": ["complex"], "boundary": [True]},
        ...                   index=pd.Index(["P11"], name="id"))
        >>> normalise_comparison(df)[1]
        [['P11', 'complex', 'technical', 'complex', True]]
    """
    lines, rows = result_rows(result, COLUMNS, lambda row: [
        _parse_type(row["expected_type"]), _parse_type(row["type"]),
        _parse_type(row["runner_up"]), bool(row["boundary"])])
    return lines, None if rows is None else sorted(rows)


def _rate(value: object) -> float:
    if isinstance(value, bool) or (not isinstance(value, (int, float)) and not hasattr(
            value, "__float__")):
        raise TraineeError(t("exercises.problem_typing.b_rate.not_number", value=repr(value)))
    number = float(value)
    if 1 < number <= 100:
        raise TraineeError(t("exercises.problem_typing.b_rate.percent", value=f"{number:g}"))
    if not 0 <= number <= 1:
        raise TraineeError(t("exercises.problem_typing.b_rate.range", value=f"{number:g}"))
    return round(number, 2)


def _reflection(answer: object) -> list[Line]:
    if not isinstance(answer, Mapping):
        kind = kind_of(answer)
        return [Line("error", t("exercises.problem_typing.c.not_mapping", got=kind))]
    lines = [text_line(answer, "title")]
    answers_ok = my_type = None
    given = answer.get("answers")
    if blank(given) or (isinstance(given, Mapping) and all(blank(v) for v in given.values())):
        lines.append(Line("missing", t("check.field.missing", field="answers")))
    else:
        try:
            answers_ok = validate_answers(given)
            lines.append(Line("ok", t("exercises.problem_typing.c.answers_ok")))
        except ValueError as exc:
            lines.append(Line("error", str(exc)))
    if blank(answer.get("my_type")):
        lines.append(Line("missing", t("check.field.missing", field="my_type")))
    else:
        try:
            my_type = ProblemType.parse(answer.get("my_type"))
            lines.append(Line("ok", t("exercises.problem_typing.c.type_ok",
                                      type=my_type.label)))
        except ValueError as exc:
            lines.append(Line("error", str(exc)))
    lines.append(text_line(answer, "justification", MIN_JUSTIFICATION))
    text = answer.get("justification")
    text = text if isinstance(text, str) else ""
    cited = sorted({m for m in _QUESTION_REF.findall(text) if m in QUESTION_IDS})
    if len(cited) >= 3:
        lines.append(Line("ok", t("exercises.problem_typing.c.cites_ok", ids=", ".join(cited))))
    else:
        lines.append(Line("missing", t("exercises.problem_typing.c.cites_few",
                                       ids=", ".join(cited) or "-")))
    if answers_ok is not None and my_type is not None:
        helper = type_problem(answers_ok)
        if helper.type is my_type:
            lines.append(Line("info", t("exercises.problem_typing.c.helper_agrees")))
        else:
            lines.append(Line("info", t("exercises.problem_typing.c.helper_differs",
                                        helper=helper.type.label, mine=my_type.label)))
    return lines


EXERCISES = (
    ChoiceItems(
        id="problem_typing.a", points=8.0,
        items=("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08"),
        parse=_parse_type,
    ),
    FunctionResult(
        id="problem_typing.b", points=1.0, hidden=(Hidden("b_heldout", 2.0),),
        data=_scenarios, inspect=normalise_comparison,
    ),
    SingleValue(
        id="problem_typing.b_rate", points=1.0, normalise=_rate,
    ),
    Completeness(id="problem_typing.c", points=4.0, validate=_reflection),
)
