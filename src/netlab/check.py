"""Self-checks for trainees and autograding for instructors, from one mechanism: what the
check cell under each answer calls.

The read-only test cell under each answer calls :func:`grade`. Run by a trainee, it is the
self-check: it says which parts pass, gives a hint where an answer is wrong, never shows the
answer, and says how many more checks run only at grading. Run by nbgrader, the same call gives
partial credit: its result is a :class:`Score`, a float whose plain-text form is the points
(nbgrader's partial-credit protocol) and whose HTML form is the readable report. Under nbgrader
(and in a script) a score of 0 raises :class:`CheckFailed`, because nbgrader treats an output of
0 as full credit; in a trainee's live kernel it never raises, so Run All goes on to the end and a
check with no points yet shows the same report as one with some.

The path reads top-down, each layer importing only those below it: this module (the check
cell) → the exercise (:mod:`netlab.exercises`, judged by :mod:`netlab.judge`) → the comparison
with the salted key (:mod:`netlab.exercises.keys`) → the report (:mod:`netlab.report`) → the
coaching in a live kernel (:mod:`netlab.tracking.coach`).

Example:
    >>> check("problem_typing.a", {"C01": "nonsense"}).passed
    False
"""

from __future__ import annotations

import os
from typing import Any

from netlab.exercises import get
from netlab.exercises.keys import digest
from netlab.i18n import get_language, t
from netlab.judge import judged, report
from netlab.plain import encode, roundtrip
from netlab.report import RECORD_MIME, CheckFailed, Line, Report, Score
from netlab.runtime import graded_mode, in_kernel
from netlab.tracking.coach import coached_report

__all__ = ["ANSWER_MIME", "RECORD_MIME", "CheckFailed", "Line", "Report", "Score", "check",
           "collect", "digest", "grade", "judged", "report", "trial"]

#: The output type of an answer a kernel graded by ``netlab grade`` sends to be judged there:
#: :func:`collect`.
ANSWER_MIME = "application/vnd.netlab.answer+json"


def collect(exercise_id: str, answer: object, **options: Any) -> None:
    """In a kernel graded by ``netlab grade``: send the answer, as plain data, to be judged in
    the grader's process (the grader runs this instead of :func:`grade`; see
    :mod:`netlab.grading.verdict`). Nothing is judged here and no key is needed.

    Example (outside a kernel, IPython's ``display`` prints what a kernel would send):
        >>> collect("problem_typing.b_rate", 0.5)  # doctest: +ELLIPSIS
        {'application/vnd.netlab.answer+json': {'exercise': 'problem_typing.b_rate', ...
    """
    from IPython.display import display

    sent = encode(get(exercise_id).collect(answer, **options))
    display({ANSWER_MIME: {"exercise": exercise_id, "lang": get_language(), "answer": sent}},
            raw=True)


def _checked(exercise_id: str, answer: object, options: dict[str, Any]) -> Report:
    """The report of a check: in a learner's live kernel with staged hints and counted in the
    progress file (:mod:`netlab.tracking.coach`); under nbgrader, in a script or with a hidden
    test's ``expected=``, the plain report."""
    if graded_mode() or "expected" in options or not in_kernel():
        return report(exercise_id, answer, **options)
    return coached_report(exercise_id, answer, options)


def check(exercise_id: str, answer: object, **options: Any) -> Report:
    """Self-check an answer: the report shows in the notebook; wrong answers never raise.

    Example:
        >>> check("problem_typing.a", {"C01": "nonsense"}).passed
        False
    """
    return _checked(exercise_id, answer, options)


def grade(exercise_id: str, answer: object, **options: Any) -> Score:
    """Grade an answer: the points as a :class:`Score`, or :class:`CheckFailed` for none.

    Raises:
        CheckFailed: no point was earned (nbgrader would otherwise give full credit for 0).

    Example:
        >>> try:
        ...     grade("problem_typing.a", {})
        ... except CheckFailed as exc:
        ...     exc.report.points
        0.0
    """
    result = _checked(exercise_id, answer, options)
    if os.environ.get("NBGRADER_EXECUTION") == "autograde":
        from IPython.display import display

        # not a result: nbgrader reads partial credit from the execute_result alone
        display({RECORD_MIME: result.record()}, raw=True)
    if result.points <= 0 and _fails_cells():
        raise CheckFailed(result)
    return Score.of(result)


def _fails_cells() -> bool:
    """Whether a check with no points fails its cell: under nbgrader and in scripts, never in a
    trainee's live kernel (where the report says everything and Run All must go on)."""
    return graded_mode() or not in_kernel()


def trial(exercise_id: str, answer: object, data: object) -> None:
    """Try a function answer on data the trainee can see: it must run and give a result of the
    right form. What it gives is judged only at grading, on data the trainee has not seen (the
    hidden test in the same cell); the trial itself earns nothing.

    Shows the report in a live kernel; under nbgrader and in scripts a trial that does not pass
    raises :class:`CheckFailed`, so a blank answer still fails its test cell.

    Example:
        >>> import pandas as pd
        >>> from netlab.datasets import load
        >>> try:
        ...     trial("problem_typing.b", lambda df: None, load("problem_scenarios").head(3))
        ... except CheckFailed as exc:
        ...     exc.report.lines[0].status
        'missing'
    """
    from IPython.display import display

    exercise = get(exercise_id)
    lines = exercise.trial(roundtrip(exercise.collect(answer, data=data)))
    result = Report(exercise=exercise.id, title=exercise.title(), lines=lines, points=0.0,
                    max_points=0.0, footer=t("check.footer.trial"), trial=True)
    if _fails_cells():
        if not result.passed:
            raise CheckFailed(result)
    else:
        display(result)
