"""``netlab report``: what a class got right and wrong, from the gradebook and graded notebooks.

Scores come from nbgrader's gradebook (so manual grades count once an instructor has given
them). Item-level facts come from the records :func:`netlab.check.grade` leaves in each graded
test cell (:data:`netlab.check.RECORD_MIME`): which items were right, wrong or missing and, for a
wrong one, the answer given. The tables:

- ``students``: each trainee's total, whether ``netlab grade`` flagged the submission for a
  look, and what it found (crash, repair, tampering, a silenced check...), from the gradebook;
- ``cells``: per graded cell (an exercise's test): mean share of its points and the share of
  trainees with full points;
- ``items``: per item of an exercise: how many answered it, how many right, the success rate;
- ``wrong_answers``: the wrong answers given most often (the class's misconceptions).

Example:
    >>> import pandas as pd
    >>> items = pd.DataFrame({"cell": ["a", "a", "a"], "item": ["C01"] * 3,
    ...                       "status": ["ok", "wrong", "wrong"], "given": ["x", "y", "y"],
    ...                       "student": ["s1", "s2", "s3"]})
    >>> wrong_answers(items)[["item", "given", "count"]].values.tolist()
    [['C01', 'y', 2]]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
from nbgrader.api import MissingEntry
from nbgrader.utils import is_grade

from netlab.course_layout import grade_id
from netlab.grading.course import Course, GradingError, findings_of
from netlab.i18n import t
from netlab.report import RECORD_MIME

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ClassResults", "cell_summary", "item_summary", "load", "wrong_answers"]


@dataclass
class ClassResults:
    """One assignment's results: ``students`` (student, score, max_score, flagged,
    findings), ``cells``
    (student, cell, score, max_score; score empty while awaiting a manual grade) and
    ``items`` (student, cell, exercise, item, status, given)."""

    assignment: str
    students: pd.DataFrame
    cells: pd.DataFrame
    items: pd.DataFrame


_CHECKED = re.compile(r"""\bgrade\(\s*["']([\w.]+)["']""")


def _records(path: Path) -> list[dict]:
    """(cell, record) for every check record in one graded notebook."""
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # an unreadable graded notebook has no items; its scores still count
        return []
    rows = []
    for cell in nb.cells:
        if cell.cell_type != "code" or not is_grade(cell):
            continue
        # The check's own record is the last one of the exercise its (restored, read-only)
        # source names: a record a trainee's function displays from inside the cell is not.
        named = set(_CHECKED.findall(cell.source))
        records = [out.get("data", {}).get(RECORD_MIME) for out in cell.get("outputs", [])]
        records = [r for r in records if isinstance(r, dict) and r.get("exercise") in named]
        if records:
            rows += [{"cell": grade_id(cell), "exercise": records[-1]["exercise"], **item}
                     for item in records[-1].get("items", []) if isinstance(item, dict)]
    return rows


def load(course: Course, assignment: str) -> ClassResults:
    """Read the results of every graded submission of ``assignment``.

    Example (needs a graded course, so not a doctest)::

        $ netlab report 01_problem_typing
    """
    import pandas as pd

    students, cells, items = [], [], []
    with course.gradebook() as gb:
        try:
            submissions = gb.find_assignment(assignment).submissions
        except MissingEntry as exc:
            raise GradingError(t("grading.error.not_graded", assignment=assignment)) from exc
        for sub in submissions:
            if not any(nb.grades for nb in sub.notebooks):
                continue
            flagged, found = findings_of(sub.notebooks)
            students.append({"student": sub.student_id, "score": sub.score,
                             "max_score": sub.max_score, "flagged": flagged,
                             "findings": "; ".join(found)})
            for nb in sub.notebooks:
                for g in nb.grades:
                    manual = g.needs_manual_grade and g.manual_score is None
                    cells.append({"student": sub.student_id, "cell": g.name,
                                  "score": None if manual else g.score,
                                  "max_score": g.max_score})
                path = course.path("autograded", sub.student_id, assignment) / f"{nb.name}.ipynb"
                items += [{"student": sub.student_id, **row} for row in _records(path)]
    if not students:
        raise GradingError(t("grading.error.not_graded", assignment=assignment))
    return ClassResults(
        assignment, pd.DataFrame(students).sort_values("student", ignore_index=True),
        pd.DataFrame(cells, columns=["student", "cell", "score", "max_score"]),
        pd.DataFrame(items, columns=["student", "cell", "exercise", "item", "status",
                                     "given"]))


def cell_summary(cells: pd.DataFrame) -> pd.DataFrame:
    """Per graded cell, in notebook order: its points, how many trainees were graded on it,
    the mean share of its points and the share of trainees with full points.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame({"student": ["s1", "s2"], "cell": ["a", "a"],
        ...                       "score": [2.0, 1.0], "max_score": [2.0, 2.0]})
        >>> cell_summary(cells)[["cell", "mean_share", "full"]].values.tolist()
        [['a', 0.75, 0.5]]
    """
    graded = cells.dropna(subset=["score"]).assign(
        share=lambda d: d["score"] / d["max_score"].where(d["max_score"] > 0),
        is_full=lambda d: d["score"] >= d["max_score"])
    order = list(dict.fromkeys(cells["cell"]))
    out = graded.groupby("cell", sort=False).agg(
        points=("max_score", "max"), graded=("student", "nunique"),
        mean_share=("share", "mean"), full=("is_full", "mean")).reset_index()
    return out.set_index("cell").reindex([c for c in order if c in set(out["cell"])]
                                         ).reset_index()


def item_summary(items: pd.DataFrame) -> pd.DataFrame:
    """Per item of each graded cell: answers judged, right, wrong, and the success rate;
    hardest first.

    Example:
        >>> import pandas as pd
        >>> items = pd.DataFrame({"cell": ["a", "a"], "item": ["C01", "C01"],
        ...                       "status": ["ok", "missing"], "given": ["x", ""],
        ...                       "student": ["s1", "s2"]})
        >>> item_summary(items)[["item", "judged", "right", "success"]].values.tolist()
        [['C01', 2, 1, 0.5]]
    """
    frame = items.assign(right=items["status"] == "ok", wrong=items["status"] == "wrong")
    out = frame.groupby(["cell", "item"], sort=False).agg(
        judged=("student", "size"), right=("right", "sum"), wrong=("wrong", "sum")
    ).reset_index()
    out["success"] = out["right"] / out["judged"]
    return out.sort_values(["success", "cell", "item"], kind="stable", ignore_index=True)


def wrong_answers(items: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """The wrong answers given most often: cell, item, the answer, how many gave it and the
    share of those judged on that item.

    Example:
        >>> import pandas as pd
        >>> items = pd.DataFrame({"cell": ["a"], "item": ["C01"], "status": ["ok"],
        ...                       "given": ["x"], "student": ["s1"]})
        >>> len(wrong_answers(items))
        0
    """
    judged = items.groupby(["cell", "item"]).size().rename("judged")
    wrong = items[items["status"] == "wrong"]
    out = wrong.groupby(["cell", "item", "given"]).size().rename("count").reset_index()
    out = out.join(judged, on=["cell", "item"])
    out["share"] = out["count"] / out["judged"]
    return out.sort_values(["count", "cell", "item"], ascending=[False, True, True],
                           kind="stable", ignore_index=True).head(top)
