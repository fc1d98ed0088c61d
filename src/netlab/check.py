"""Self-checks for trainees and autograding for instructors, from one mechanism.

The read-only test cell under each answer calls :func:`grade`. Run by a trainee, it is the
self-check: it says which parts pass, gives a hint where an answer is wrong, never shows the
answer, and says how many more checks run only at grading. Run by nbgrader, the same call gives
partial credit: its result is a :class:`Score`, a float whose plain-text form is the points
(nbgrader's partial-credit protocol) and whose HTML form is the readable report. Under nbgrader
(and in a script) a score of 0 raises :class:`CheckFailed`, because nbgrader treats an output of
0 as full credit; in a trainee's live kernel it never raises, so Run All goes on to the end and a
check with no points yet shows the same report as one with some.

Correct answers are stored as salted digests (:func:`digest`), so the key is never in plain text
in the trainee's files or kernel. This keeps answers out of sight; it is not secrecy against a
determined trainee (a choice among four can be tried).

Example:
    >>> from netlab.check import digest
    >>> len(digest("demo", "item", "value"))
    24
"""

from __future__ import annotations

import hashlib
import html
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from netlab._errors import TraineeMessage
from netlab._status import COLOURS, html_list, text_line
from netlab.i18n import lang_attr, t
from netlab.palette import styled

__all__ = ["ANSWER_MIME", "RECORD_MIME", "CheckFailed", "Line", "Report", "Score", "check",
           "collect", "digest", "grade", "judged", "report", "trial"]

SALT = "netlab-check-v1"
#: The output type of what a check found, left in a notebook graded by nbgrader (and only
#: there) for the class report: :meth:`Report.record`.
RECORD_MIME = "application/vnd.netlab.check+json"
#: The output type of an answer a kernel graded by ``netlab grade`` sends to be judged there:
#: :func:`collect`.
ANSWER_MIME = "application/vnd.netlab.answer+json"

#: ``warning`` and ``info`` are notes: they never make a check fail or cost points.
#: ``unchecked``: an answer of the right form that this installation has no key for (a graded
#: class): it is checked at grading.
Status = Literal["ok", "wrong", "missing", "error", "warning", "info", "unchecked"]

def digest(exercise: str, item: str, value: object) -> str:
    """Salted digest of one expected answer (what specs store instead of the answer).

    Example:
        >>> digest("ex", "C01", "complex") == digest("ex", "C01", "complex")
        True
        >>> digest("ex", "C01", "complex") == digest("ex", "C02", "complex")
        False
    """
    payload = json.dumps([exercise, item, value], ensure_ascii=False, sort_keys=True,
                         default=str)
    return hashlib.sha256((SALT + payload).encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class Line:
    """One line of a report: a status and a sentence (already in the active language)."""

    status: Status
    text: str
    #: The item, option or member this line judges ("" for a whole-answer line), and the
    #: answer given for it in canonical form: what the class report counts.
    item: str = ""
    given: str = ""


@dataclass(frozen=True)
class Report:
    """What a check found: lines, points earned out of the maximum, the honesty note.

    Example:
        >>> r = Report("demo", "Demo", [Line("ok", "fine")], 1.0, 1.0, "all checks ran here")
        >>> r.passed
        True
    """

    exercise: str
    title: str
    lines: list[Line]
    points: float
    max_points: float
    footer: str
    manual: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: A trial run of a function on data the trainee sees (:func:`trial`): it earns nothing
    #: itself; the points are for the same function on data checked only at grading.
    trial: bool = False

    @property
    def passed(self) -> bool:
        """True when every public check passed."""
        return all(line.status in ("ok", "warning", "info") for line in self.lines)

    def headline(self) -> str:
        """The summary sentence: points, or completeness for an instructor-graded answer, or
        that the key is checked at grading."""
        if any(line.status == "unchecked" for line in self.lines):
            return t("check.headline.unchecked")
        if self.manual or self.trial:
            kind = "trial" if self.trial else "manual"
            return t(f"check.headline.{kind}_{'ok' if self.passed else 'todo'}")
        return t("check.headline.points", points=_fmt(self.points), max=_fmt(self.max_points))

    def text(self) -> str:
        """The report as plain text."""
        out = [f"{self.title}: {self.headline()}"]
        out += [text_line(line.status, line.text) for line in self.lines]
        out.append(self.footer)
        return "\n".join(out)

    def __str__(self) -> str:
        return self.text()

    def record(self) -> dict[str, Any]:
        """The facts a class report counts, free of language: points, and each judged item's
        status and the answer given for it.

        Example:
            >>> Report("demo", "Demo", [Line("wrong", "no", "C01", "simple")], 0.0, 1.0,
            ...        "").record()["items"]
            [{'item': 'C01', 'status': 'wrong', 'given': 'simple'}]
        """
        return {"exercise": self.exercise, "points": self.points,
                "max_points": self.max_points,
                "items": [{"item": line.item, "status": line.status, "given": line.given}
                          for line in self.lines if line.item]}

    def _repr_html_(self) -> str:
        return styled(
            f'<div class="netlab-check" {lang_attr()} style="border-left:4px solid '
            f'{COLOURS["ok" if self.passed else "wrong"]};padding:4px 12px">'
            f"<b>{html.escape(self.title)}</b>: {html.escape(self.headline())}"
            f"{html_list((line.status, line.text) for line in self.lines)}"
            f"<i>{html.escape(self.footer)}</i></div>"
        )


class Score(float):
    """Points earned, carrying the report. ``repr`` is the bare number, as nbgrader needs.

    Example:
        >>> s = Score.of(Report("demo", "Demo", [], 2.0, 3.0, ""))
        >>> float(s), repr(s)
        (2.0, '2.0')
    """

    report: Report

    @classmethod
    def of(cls, report: Report) -> Score:
        """The score of ``report``."""
        score = cls(report.points)
        score.report = report
        return score

    def _repr_html_(self) -> str:
        return self.report._repr_html_()

    def __str__(self) -> str:
        return self.report.text()


class CheckFailed(TraineeMessage, AssertionError):
    """Raised by :func:`grade` under nbgrader when nothing earned points; the message is the
    report, and a notebook (the feedback page among them) shows the report, not a traceback.

    Example:
        >>> err = CheckFailed(Report("demo", "Demo", [Line("wrong", "no")], 0.0, 1.0, "note"))
        >>> err._render_traceback_()[0]
        '⚠ Demo: ได้ 0 จาก 1 คะแนน'
    """

    def __init__(self, report: Report) -> None:
        self.report = report
        super().__init__("\n" + report.text())


def _fmt(points: float) -> str:
    return f"{points:g}"


def report(exercise_id: str, answer: object, **options: Any) -> Report:
    """Evaluate ``answer`` for an exercise and return the report (nothing is displayed).

    The answer is collected (a function runs on its data), made plain data and judged, as
    ``netlab grade`` judges what a graded kernel sends (:func:`collect`, :func:`judged`).

    Args:
        exercise_id: e.g. "problem_typing.a" (see :func:`netlab.exercises.get`).
        answer: the trainee's answer (a dict, a value or a function, per exercise).
        **options: used by hidden grading tests (e.g. ``data=``, ``expected=``).

    Example:
        >>> report("problem_typing.a", {}).points
        0.0
    """
    from netlab.exercises import get

    exercise = get(exercise_id)
    return _report_of(exercise, *exercise.evaluate(answer, **options), options)


def judged(exercise_id: str, collected: object, **options: Any) -> Report:
    """The report of what an exercise's ``collect`` gave, as plain data.

    Example:
        >>> judged("problem_typing.b_rate", 0.5).lines[0].status
        'wrong'
    """
    from netlab.exercises import get

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


def collect(exercise_id: str, answer: object, **options: Any) -> None:
    """In a kernel graded by ``netlab grade``: send the answer, as plain data, to be judged in
    the grader's process (the grader runs this instead of :func:`grade`; see
    :mod:`netlab.grading.verdict`). Nothing is judged here and no key is needed.

    Example (outside a kernel, IPython's ``display`` prints what a kernel would send):
        >>> collect("problem_typing.b_rate", 0.5)  # doctest: +ELLIPSIS
        {'application/vnd.netlab.answer+json': {'exercise': 'problem_typing.b_rate', ...
    """
    from IPython.display import display

    from netlab.exercises import get
    from netlab.i18n import get_language
    from netlab.plain import encode

    sent = encode(get(exercise_id).collect(answer, **options))
    display({ANSWER_MIME: {"exercise": exercise_id, "lang": get_language(), "answer": sent}},
            raw=True)


def _checked(exercise_id: str, answer: object, options: dict[str, Any]) -> Report:
    """The report of a check: in a learner's live kernel with staged hints and counted in the
    progress file (:mod:`netlab.tracking.coach`); under nbgrader, in a script or with a hidden
    test's ``expected=``, the plain report."""
    from netlab.tracking.coach import coached_report, graded_mode, in_kernel

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
    from netlab.tracking.coach import graded_mode, in_kernel

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

    from netlab.exercises import get
    from netlab.plain import roundtrip

    exercise = get(exercise_id)
    lines = exercise.trial(roundtrip(exercise.collect(answer, data=data)))
    result = Report(exercise=exercise.id, title=exercise.title(), lines=lines, points=0.0,
                    max_points=0.0, footer=t("check.footer.trial"), trial=True)
    if _fails_cells():
        if not result.passed:
            raise CheckFailed(result)
    else:
        display(result)
