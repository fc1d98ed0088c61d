"""What a check found: its lines, its points and the report a trainee reads.

The lowest layer of the self-check path (the check cell, :mod:`netlab.check` → the exercise,
:mod:`netlab.exercises` → the comparison with the key, :mod:`netlab.exercises.keys` → this
report → the coaching, :mod:`netlab.tracking.coach`): it imports nothing of the layers above.

Example:
    >>> Report("demo", "Demo", [Line("ok", "fine")], 1.0, 1.0, "").passed
    True
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from netlab._errors import TraineeMessage
from netlab._status import COLOURS, html_list, text_line
from netlab.i18n import lang_attr, t
from netlab.palette import styled

__all__ = ["RECORD_MIME", "CheckFailed", "Line", "Report", "Score", "Status"]

#: The output type of what a check found, left in a notebook graded by nbgrader (and only
#: there) for the class report: :meth:`Report.record`.
RECORD_MIME = "application/vnd.netlab.check+json"

#: ``warning`` and ``info`` are notes: they never make a check fail or cost points.
#: ``unchecked``: an answer of the right form that this installation has no key for (a graded
#: class): it is checked at grading.
Status = Literal["ok", "wrong", "missing", "error", "warning", "info", "unchecked"]


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
    """Raised by :func:`netlab.check.grade` under nbgrader when nothing earned points; the
    message is the report, and a notebook (the feedback page among them) shows the report, not
    a traceback.

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
