"""From the one instructor source to the nbgrader release and the student workbooks
(``netlab build``, ``make workbooks``); how one language is selected is :mod:`netlab.release`.

1. Stock ``nbgrader generate_assignment`` writes ``grading/release/<a>/``, what nbgrader's
   exchange hands trainees. ``grading/nbgrader_config.py`` puts
   :class:`~netlab.release.SelectLanguage` first in its preprocessors (enabled by default, so
   the stock command runs it): the release holds one language, ``c.Netlab.release_language``,
   and no instructor cell. The same file registers :func:`post_convert_hook`, which writes the
   student versions.
2. :func:`~netlab.release.release_version` runs the same preprocessors (without the gradebook)
   for each language: ``workbooks/<lang>/<NN_topic>.ipynb``. The release is byte for byte the
   student version of its language (a test compares them).

3. From the full course (with the start-here source): the worked answers
   (:func:`write_worked_answers`), the course map (:func:`netlab.derived_syllabus.
   write_syllabus`) and the answer keys (:func:`netlab.derived_keys.write_keys`, the sources
   run once in a kernel), all taken from the sources, never typed.

Graded cells are identical in both languages, so a submission in either language autogrades
against the same source.

Example:
    >>> [p.name for p in write_student_versions([])]
    []
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import nbformat
from traitlets.config import Config

from netlab.course_layout import (
    START,
    assignments,
    course_config,
    course_root,
    grade_id,
    sources,
    workbooks_dir,
)
from netlab.i18n import LANGUAGES
from netlab.release import (
    INSTRUCTOR_TAG,
    RemoveInstructorCells,
    SelectLanguage,
    language_of,
    release_version,
    student_version,
)

__all__ = [
    "INSTRUCTOR_TAG",
    "RemoveInstructorCells",
    "SelectLanguage",
    "build",
    "language_of",
    "post_convert_hook",
    "release_version",
    "solved_version",
    "student_version",
    "worked_answers",
    "write_start_here",
    "write_student_versions",
    "write_worked_answers",
]


def solved_version(student_nb: Any, source_nb: Any) -> Any:
    r"""A student version whose answer cells hold the source's solutions, without the
    ``### BEGIN/END SOLUTION`` lines: the answer key in that language, and what a trainee who
    got everything right submits.

    Example:
        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> answer = {"nbgrader": {"grade_id": "a", "solution": True}}
        >>> source = new_notebook(cells=[new_code_cell(
        ...     "### BEGIN SOLUTION\nx = 1\n### END SOLUTION", metadata=answer)])
        >>> blank = new_notebook(cells=[new_code_cell("raise NotImplementedError()",
        ...                                           metadata=answer)])
        >>> solved_version(blank, source).cells[0].source
        'x = 1\n'
    """
    solutions = {grade_id(c): c.source for c in source_nb.cells
                 if c.get("metadata", {}).get("nbgrader", {}).get("solution")}
    out = copy.deepcopy(student_nb)
    for cell in out.cells:
        if grade_id(cell) in solutions:
            cell.source = re.sub(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n?", "",
                                 solutions[grade_id(cell)], flags=re.MULTILINE)
    return out


def write_student_versions(names: Iterable[str], root: Path | None = None,
                           out_dir: Path | None = None) -> list[Path]:
    """Write ``<out_dir>/<lang>/<name>.ipynb`` for each assignment and language, from the
    instructor source with the course's release preprocessors (:func:`release_version`).

    Example:
        >>> write_student_versions([])
        []
    """
    root = (root or course_root()).resolve()
    out_dir = out_dir or workbooks_dir(root)
    config = course_config(root) if names else Config()
    written = []
    for name in names:
        source = nbformat.read(root / "source" / name / f"{name}.ipynb", as_version=4)
        for lang in LANGUAGES:
            target = out_dir / lang / f"{name}.ipynb"
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(release_version(source, lang, config), target)
            written.append(target)
    return written


def post_convert_hook(assignment: str, student: str, notebooks: list[str]) -> None:
    """nbgrader hook after ``generate_assignment``: refresh the student workbooks.

    nbgrader calls it from inside the course directory it is working on, so that directory
    (not necessarily this checkout's ``grading/``) decides where the workbooks go. nbgrader
    logs and swallows errors raised here; ``netlab build`` is the command that fails loudly.
    """
    root = Path.cwd() if (Path.cwd() / "nbgrader_config.py").exists() else course_root()
    write_student_versions([assignment], root, workbooks_dir(root))


def write_start_here(root: Path | None = None, out_dir: Path | None = None) -> list[Path]:
    """Write ``workbooks/<lang>/00_start_here.ipynb`` from ``grading/start/``.

    Example:
        >>> import tempfile
        >>> [p.parent.name for p in write_start_here(out_dir=Path(tempfile.mkdtemp()))]
        ['th', 'en']
    """
    source = nbformat.read((root or course_root()) / START, as_version=4)
    written = []
    for lang in LANGUAGES:
        target = (out_dir or workbooks_dir(root)) / lang / START.name
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(student_version(source, lang), target)
        written.append(target)
    return written


def worked_answers(root: Path | None = None) -> dict[str, dict[str, Any]]:
    """Every exercise's worked answer, from the instructor sources (see
    :mod:`netlab.tracking.worked`).

    Example:
        >>> worked_answers()["start.practice"]["code"].count('"b"')
        2
    """
    from netlab.tracking.extract import extract

    found: dict[str, dict[str, Any]] = {}
    for path in sources(root):
        found.update(extract(nbformat.read(path, as_version=4)))
    return found


def write_worked_answers(root: Path | None = None) -> Path:
    """Store :func:`worked_answers` in the package (``netlab/resources/worked.dat``).

    Example::

        $ netlab build   # writes it after the workbooks
    """
    from netlab.tracking.worked import DATA_FILE, encode

    DATA_FILE.write_text(encode(worked_answers(root)), encoding="ascii")
    return DATA_FILE


def _venv_on_path() -> None:
    """nbgrader shells out to ``alembic`` (creating the gradebook): put this interpreter's
    ``bin`` first on PATH, so that it is found however ``netlab`` was started."""
    import sys

    bindir = str(Path(sys.executable).parent)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    if parts[0] != bindir:
        os.environ["PATH"] = os.pathsep.join([bindir, *parts])


def build(names: Iterable[str] | None = None, root: Path | None = None,
          out_dir: Path | None = None) -> list[Path]:
    """Regenerate the nbgrader release and the student workbooks (``netlab build``).

    Runs nbgrader's own ``generate_assignment`` (through ``NbGraderAPI``, in this process),
    then :func:`write_student_versions`; for the full course, the start-here workbook, the
    worked answers and the keys. Raises RuntimeError when nbgrader fails or a source's
    solutions do not run.

    Example (tests/test_nbgrader.py runs the stock-nbgrader equivalent and compares)::

        $ netlab build 01_problem_typing
        wrote .../workbooks/th/01_problem_typing.ipynb
        wrote .../workbooks/en/01_problem_typing.ipynb
    """
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from netlab.derived_keys import write_keys
    from netlab.derived_syllabus import write_syllabus

    root = (root or course_root()).resolve()
    _venv_on_path()
    config = course_config(root)
    config.merge(Config({"CourseDirectory": {"root": str(root)},
                         "GenerateAssignment": {"post_convert_hook": None}}))
    cwd = Path.cwd()
    os.chdir(root)  # nbgrader resolves the gradebook URL against the working directory
    try:
        api = NbGraderAPI(CourseDirectory(config=config), config=config)
        written: list[Path] = []
        for name in names or assignments(root):
            try:
                result = api.generate_assignment(name, force=True, create=True)
            except Exception as exc:  # nbgrader raises as well as returning success=False
                raise RuntimeError(f"nbgrader generate_assignment {name} failed: {exc}") from exc
            if not result["success"]:
                raise RuntimeError(f"nbgrader generate_assignment {name} failed:\n"
                                   f"{result.get('log', '')}{result.get('error', '')}")
            written += write_student_versions([name], root, out_dir or workbooks_dir(root))
        if (root / START).exists():
            written += write_start_here(root, out_dir)
            written.append(write_worked_answers(root))
            written.append(write_syllabus(root))
            written.append(write_keys(root))
        return written
    finally:
        os.chdir(cwd)
