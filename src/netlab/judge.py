"""An answer judged by its exercise, as a :class:`~netlab.report.Report`: what a self-check
shows, a hidden test scores and ``netlab grade`` records (no display, no coaching, no record
kept: :mod:`netlab.check` and :mod:`netlab.tracking.coach` add those).

Example:
    >>> report("problem_typing.a", {}).points
    0.0
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from netlab.exercises import get
from netlab.i18n import t
from netlab.report import Line, Report

__all__ = ["judged", "report"]


def report(exercise_id: str, answer: object, **options: Any) -> Report:
    """Evaluate ``answer`` for an exercise and return the report (nothing is displayed).

    The answer is collected (a function runs on its data), made plain data and judged, as
    ``netlab grade`` judges what a graded kernel sends (:func:`netlab.check.collect`,
    :func:`judged`).

    Args:
        exercise_id: e.g. "problem_typing.a" (see :func:`netlab.exercises.get`).
        answer: the trainee's answer (a dict, a value or a function, per exercise).
        **options: used by hidden grading tests (e.g. ``data=``, ``expected=``).

    Example:
        >>> report("problem_typing.a", {}).points
        0.0
    """
    exercise = get(exercise_id)
    return _report_of(exercise, *exercise.evaluate(answer, **options), options)


def judged(exercise_id: str, collected: object, **options: Any) -> Report:
    """The report of what an exercise's ``collect`` gave, as plain data.

    Example:
        >>> judged("problem_typing.b_rate", 0.5).lines[0].status
        'wrong'
    """
    exercise = get(exercise_id)
    return _report_of(exercise, *exercise.judge(collected, **options), options)


def _report_of(exercise: Any, lines: list[Line], points: float,
               options: Mapping[str, Any]) -> Report:
    """The report of an exercise's judged lines and points."""
    max_points = float(options.get("points", exercise.points))
    footer = (t("check.footer.unchecked") if any(line.status == "unchecked" for line in lines)
              else exercise.footer(hidden_run="expected" in options))
    return Report(exercise=exercise.id, title=exercise.title(), lines=lines,
                  points=float(points), max_points=max_points, footer=footer,
                  manual=exercise.manual)
