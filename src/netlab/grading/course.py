"""An nbgrader course folder as ``netlab grade`` sees it: its configuration, one assignment's
release notebooks and the gradebook bookkeeping stock autograde does around each submission.

Example:
    >>> from netlab.course_layout import course_root
    >>> course = Course.load(course_root())
    >>> course.db_url.startswith("sqlite:///")
    True
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.coursedir import CourseDirectory
from nbgrader.utils import find_all_files
from traitlets.config import Config

from netlab.course_layout import course_config
from netlab.i18n import t

__all__ = ["FINDINGS", "Assignment", "Course", "GradingError", "findings_of"]


#: The line above ``netlab grade``'s findings in an autograder comment of the gradebook.
FINDINGS = "netlab grade:"


def findings_of(notebooks: Iterable[Any]) -> tuple[bool, list[str]]:
    r"""(flagged, findings) of a submission's notebooks (rows of the gradebook), as
    :meth:`Course.record_findings` keeps them.

    Example:
        >>> from types import SimpleNamespace as Row
        >>> comment = Row(auto_comment=f"No response.\n\n{FINDINGS}\n- tampered: a_check")
        >>> findings_of([Row(flagged=True, comments=[comment])])
        (True, ['tampered: a_check'])
    """
    flagged, found = False, []
    for nb in notebooks:
        flagged = flagged or bool(nb.flagged)
        for comment in nb.comments:
            text = comment.auto_comment or ""
            if FINDINGS in text:
                found += [line[2:] for line in text.split(FINDINGS, 1)[1].splitlines()
                          if line.startswith("- ")]
    return flagged, found


class GradingError(ValueError):
    """The course or the assignment cannot be graded at all (nothing was changed)."""


@dataclass
class Assignment:
    """One released assignment: its notebooks as trainees received them."""

    name: str
    releases: dict[str, NotebookNode]  # notebook name -> release version
    source_files: frozenset[str]  # non-notebook files the assignment ships
    #: notebook name -> {grade id: source} of its autograded test cells, as the gradebook
    #: keeps them (hidden tests included): what the grader trusts, never the submission.
    tests: dict[str, dict[str, str]]


@dataclass
class Course:
    """An nbgrader course folder and its configuration (``nbgrader_config.py``)."""

    root: Path
    config: Config
    coursedir: CourseDirectory

    @classmethod
    def load(cls, root: Path) -> Course:
        """Read ``root/nbgrader_config.py`` as nbgrader would."""
        root = Path(root).resolve()
        if not (root / "nbgrader_config.py").is_file():
            raise GradingError(t("grading.error.no_course", path=root))
        config = course_config(root)
        config.CourseDirectory.root = str(root)
        return cls(root, config, CourseDirectory(config=config))

    @property
    def db_url(self) -> str:
        return self.coursedir.db_url

    def exchange_root(self) -> str:
        """nbgrader's exchange folder for this course (``c.Exchange.root``, else nbgrader's
        default): every trainee's inbound submissions and feedback, which no graded kernel
        may see even where a visible system folder holds it.

        Example:
            >>> from netlab.course_layout import course_root
            >>> Course.load(course_root()).exchange_root().endswith("exchange")
            True
        """
        from nbgrader.exchange.default.exchange import Exchange

        return str(self.config.Exchange.get("root") or
                   Exchange.class_traits()["root"].default())

    def gradebook(self) -> Gradebook:
        """The course's gradebook, opened for this course's id (a context manager). Without
        the id nbgrader would add a "default_course" row to it."""
        return Gradebook(self.db_url, self.coursedir.course_id)

    def path(self, step: str, student: str, assignment: str) -> Path:
        """``<root>/<step>/<student>/<assignment>`` with the course's own directory names."""
        folder = getattr(self.coursedir, f"{step}_directory")
        return Path(self.coursedir.format_path(folder, student, assignment))

    def students(self, assignment: str) -> list[str]:
        """Students with a submission folder for ``assignment``, sorted."""
        top = Path(self.coursedir.format_path(self.coursedir.submitted_directory, ".", "."))
        return sorted(p.parent.name for p in top.glob(f"*/{assignment}") if p.is_dir())

    def assignment(self, name: str) -> Assignment:
        """The assignment as released; refuses one the gradebook does not know."""
        with self.gradebook() as gb:
            try:
                rows = gb.find_assignment(name).notebooks
            except MissingEntry:
                known = ", ".join(a.name for a in gb.assignments) or "-"
                raise GradingError(t("grading.error.no_assignment", assignment=name,
                                     known=known)) from None
            notebooks = [nb.name for nb in rows]
            tests = {nb.name: {cell.name: gb.find_source_cell(cell.name, nb.name, name).source
                               for cell in nb.grade_cells if cell.cell_type == "code"
                               and cell.name not in {c.name for c in nb.solution_cells}}
                     for nb in rows}
        releases = {}
        for notebook in notebooks:
            path = self.path("release", ".", name) / f"{notebook}.ipynb"
            if not path.is_file():
                raise GradingError(t("grading.error.no_release", path=path))
            releases[notebook] = nbformat.read(path, as_version=4)
        source = self.path("source", ".", name)
        files = find_all_files(str(source), [*self.coursedir.ignore, "*.ipynb"])
        return Assignment(name, releases, frozenset(os.path.relpath(f, source) for f in files),
                          tests)

    def start_submission(self, assignment: str, student: str) -> Path:
        """What stock autograde does before the notebooks: the student and submission rows
        (with the submission's timestamp), and a fresh ``autograded/`` folder holding the
        submitted files with the assignment's own files copied over them. Symbolic links in a
        submission are left out: followed here, one could copy any file the instructor can
        read (the gradebook) into the record and the feedback."""
        submitted = self.path("submitted", student, assignment)
        dest = self.path("autograded", student, assignment)
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        for root in (submitted, self.path("source", ".", assignment)):
            for name in find_all_files(str(root), [*self.coursedir.ignore, "*.ipynb"]):
                if os.path.islink(name):
                    continue
                target = dest / os.path.relpath(name, root)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.unlink(missing_ok=True)
                shutil.copy(name, target)
        timestamp = self.coursedir.get_existing_timestamp(str(submitted))
        with self.gradebook() as gb:
            gb.update_or_create_student(student)
            extra = {"timestamp": timestamp} if timestamp else {}
            gb.update_or_create_submission(assignment, student, **extra)
        return dest

    def seal(self, folder: Path) -> None:
        """Give the files of an ``autograded/`` folder the permissions stock nbgrader gives."""
        mode = int("664" if self.coursedir.groupshared else "444", 8)
        for path in folder.rglob("*"):
            if path.is_file():
                path.chmod(mode)

    def zero_notebook(self, assignment: str, student: str, notebook: str) -> None:
        """What stock autograde does for a missing notebook: every grade 0, none pending."""
        with self.gradebook() as gb:
            submission = gb.find_submission_notebook(notebook, assignment, student)
            for grade in submission.grades:
                grade.auto_score = 0
                grade.needs_manual_grade = False
            gb.db.commit()

    def record_findings(self, assignment: str, student: str, findings: list[str],
                        severe: bool) -> None:
        """Keep what ``netlab grade`` found where nbgrader's own tools show it: the autograder
        comment of each notebook's first answer cell by grade id (formgrader shows it in that
        cell's comment box), after a line :data:`FINDINGS` (replacing an earlier run's), and
        the notebook's flag when an instructor should look.

        Example (needs a graded course, so not a doctest)::

            course.record_findings("01_problem_typing", "s1", ["tampered: a_check"], True)
        """
        with self.gradebook() as gb:
            try:
                sub = gb.find_submission(assignment, student)
            except MissingEntry:
                return
            for nb in sub.notebooks:
                nb.flagged = bool(severe)
                if not nb.comments:
                    continue
                comment = min(nb.comments, key=lambda c: c.cell.name)
                kept = (comment.auto_comment or "").split(FINDINGS)[0].rstrip()
                text = "\n".join(f"- {finding}" for finding in findings)
                comment.auto_comment = ("\n\n".join(x for x in (kept, f"{FINDINGS}\n{text}")
                                                     if x) if findings else kept or None)
            gb.db.commit()

    def findings(self, assignment: str, student: str) -> tuple[bool, list[str]]:
        """(flagged, findings) as :meth:`record_findings` kept them.

        Example (needs a graded course, so not a doctest)::

            course.findings("01_problem_typing", "s1")
        """
        with self.gradebook() as gb:
            try:
                return findings_of(gb.find_submission(assignment, student).notebooks)
            except MissingEntry:
                return False, []

    def scores(self, assignment: str, student: str) -> tuple[float, float, int]:
        """(score, max score, cells waiting for the instructor) of one submission; zeros when
        the gradebook has no such submission."""
        with self.gradebook() as gb:
            try:
                sub = gb.find_submission(assignment, student)
            except MissingEntry:
                return 0.0, 0.0, 0
            waiting = sum(g.needs_manual_grade for nb in sub.notebooks for g in nb.grades)
            return float(sub.score), float(sub.max_score), int(waiting)
