"""``netlab grade``: autograde every submission of an assignment, in parallel, into the standard
gradebook and ``autograded/`` folders.

The pipeline is stock nbgrader's, step for step and with nbgrader's own preprocessors, so
scores match ``nbgrader autograde`` on well-formed submissions. What differs:
- kernels are forked from a warm zygote (:mod:`netlab.grading.kernel`), one ahead per worker
  so that start-up overlaps grading, and run :class:`~netlab.grading.execute.RobustExecute`
  in ``workers`` threads at once;
- each kernel works in a private folder outside the course, walled in where the system allows
  it (as root: :mod:`netlab.grading.sandbox`); what it writes there is thrown away with the
  folder, never copied into the course (so never into feedback either);
- the verdict of every autograded test cell is computed here, from the plain data its kernel
  sends and the instructor's test cell, never taken from the kernel
  (:mod:`netlab.grading.verdict`);
- only this process writes the gradebook, one submission at a time;
- problems are repaired and reported per student (:mod:`netlab.grading.repair`,
  :mod:`netlab.grading.files`), and the batch never stops for one submission.

Example:
    >>> [cls.__name__ for cls in SANITIZE][:2]
    ['ClearOutput', 'DeduplicateIds']
"""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import nbformat
from nbformat import NotebookNode
from nbgrader.converters import Autograde
from nbgrader.preprocessors import Execute
from traitlets.config import Config

from netlab.course_layout import grade_id
from netlab.grading.course import Assignment, Course, GradingError
from netlab.grading.execute import RobustExecute
from netlab.grading.files import read_submission
from netlab.grading.flags import Flag, cell_label
from netlab.grading.kernel import Spares, Zygote
from netlab.grading.repair import repair
from netlab.grading.verdict import Plan, PlanError, plan, verdict
from netlab.i18n import LANGUAGES, t
from netlab.settings import Netlab

__all__ = ["AFTER_EXECUTE", "SANITIZE", "Result", "default_workers", "grade"]

#: Characters kept of one output of a graded notebook.
OUTPUT_LIMIT = 1_000_000
_DEFAULTS = Autograde.class_traits()
#: nbgrader's own ``Autograde.sanitize_preprocessors``, in its order.
SANITIZE: tuple[type, ...] = tuple(_DEFAULTS["sanitize_preprocessors"].default())
#: nbgrader's own ``Autograde.autograde_preprocessors`` after ``Execute``, in its order.
AFTER_EXECUTE: tuple[type, ...] = tuple(
    cls for cls in _DEFAULTS["autograde_preprocessors"].default() if cls is not Execute)


@dataclass
class Result:
    """One student's grading: the score in the gradebook and what was found."""

    student: str
    score: float = 0.0
    max_score: float = 0.0
    manual: int = 0
    flags: list[Flag] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class _Task:
    student: str
    notebook: str
    nb: NotebookNode
    resources: dict[str, Any]
    dest: Path
    result: Result
    plans: dict[str, Plan]  # grade id -> plan, for the autograded test cells
    workdir: Path | None = None  # the private folder, once a worker has taken a kernel


def _run(preprocessors: Iterable[type], nb: NotebookNode, resources: dict[str, Any],
         course: Course) -> NotebookNode:
    for cls in preprocessors:  # as nbconvert's exporter calls them: only when enabled
        nb, resources = cls(config=course.config)(nb, resources)
    return nb


def _cap_outputs(nb: NotebookNode, limit: int = OUTPUT_LIMIT) -> list[str]:
    """Cut any output over ``limit`` characters (nbgrader's LimitOutput counts lines only, so
    one 25 MB line stays); returns the grade ids (or cell numbers) of the cells cut."""
    cut = []
    for number, cell in enumerate(nb.cells, 1):
        for output in cell.get("outputs", []):
            fields = [(output, "text")] if "text" in output else []
            fields += [(output["data"], k) for k in output.get("data", {})]
            for holder, key in fields:
                value = holder[key]
                if isinstance(value, str) and len(value) > limit:
                    holder[key] = value[:limit] + f"\n[... {len(value) - limit} characters cut]"
                    cut.append(cell_label(cell, number))
    return sorted(set(cut))


def _execute(task: _Task, config: Config, spares: Spares) -> _Task:
    """In a worker thread: take a ready kernel, give its private ``work`` folder a copy of the
    student's files (its ``home`` keeps caches and profiles away from them), execute."""
    spare = spares.take()
    task.workdir = spare.top
    try:
        spare.receive(task.dest)
    except OSError:
        spare.kill()  # the executor, which kills the kernels it uses, never got this one
        raise
    task.resources["metadata"] = {"name": task.notebook, "path": str(spare.work)}
    executor = RobustExecute(config=config)
    task.nb, task.resources = executor.preprocess(task.nb, task.resources, km=spare.km)
    return task


def plans_of(assignment: Assignment) -> dict[str, dict[str, Plan]]:
    """The plan of every autograded test cell, per notebook (:func:`~netlab.grading.verdict.plan`).

    Raises:
        GradingError: a test cell that cannot be judged outside the kernel.

    Example (needs a generated course, so not a doctest)::

        plans_of(course.assignment("01_problem_typing"))["01_problem_typing"]["a_check"]
    """
    try:
        return {notebook: {gid: plan(gid, source) for gid, source in tests.items()}
                for notebook, tests in assignment.tests.items()}
    except PlanError as exc:
        raise GradingError(t("grading.error.plan", error=str(exc))) from None


def _prepare(course: Course, assignment: Assignment, student: str, result: Result,
             plans: dict[str, dict[str, Plan]]) -> list[_Task]:
    dest = course.start_submission(assignment.name, student)
    tasks = []
    for notebook, release in assignment.releases.items():
        ids = cast(set[str], {grade_id(c) for c in release.cells} - {None})  # None is out
        found = read_submission(course.path("submitted", student, assignment.name), notebook,
                                ids, assignment.source_files)
        result.flags += found.flags
        if found.notebook is None:
            course.zero_notebook(assignment.name, student, notebook)
            continue
        nb = found.notebook
        result.flags += repair(nb, release)
        resources = {"unique_key": notebook, "output_files_dir": f"{notebook}_files",
                     "nbgrader": {"student": student, "assignment": assignment.name,
                                  "notebook": notebook, "db_url": course.db_url}}
        nb = _run(SANITIZE, nb, resources, course)
        for cell in nb.cells:  # the kernel's half of each test cell: no key, no verdict
            gid = grade_id(cell)
            if gid in plans[notebook]:
                cell.source = plans[notebook][gid].kernel_source
        tasks.append(_Task(student, notebook, nb, resources, dest, result, plans[notebook]))
    return tasks


def _judge(course: Course, task: _Task) -> None:
    """Each test cell's outputs become the grader's verdict on what its kernel sent, and its
    source the instructor's again."""
    lang = task.nb.metadata.get("netlab", {}).get("lang")
    if lang not in LANGUAGES:
        lang = Netlab(config=course.config).release_language
    for cell in task.nb.cells:
        gid = grade_id(cell) if cell.cell_type == "code" else None
        found = None if gid is None else task.plans.get(gid)
        if found is not None:
            cell.outputs = verdict(found, cell, lang)
            cell.source = found.source
            if any(o.get("ename") == "NoAnswer" for o in cell.outputs):
                task.result.flags.append(Flag("no_answer", found.grade_id))


def _finish(course: Course, task: _Task, future: Future) -> None:
    """In the main thread: the verdicts, then the executed notebook into ``autograded/`` and
    the gradebook. A notebook that could not be executed or saved scores 0 (never a previous
    run's grades)."""
    try:
        task = future.result()
        _judge(course, task)
        for cell, reason in task.resources.get("netlab", {}).get("cut", {}).items():
            task.result.flags.append(Flag(reason, cell))
        task.result.flags += [Flag("huge_output", cell) for cell in _cap_outputs(task.nb)]
        nb = _run(AFTER_EXECUTE, task.nb, task.resources, course)
        nbformat.write(nb, task.dest / f"{task.notebook}.ipynb")
    except Exception as exc:
        task.result.flags.append(Flag.from_error(exc))
        course.zero_notebook(task.resources["nbgrader"]["assignment"], task.student,
                             task.notebook)
    finally:
        if task.workdir is not None:
            shutil.rmtree(task.workdir, ignore_errors=True)


def default_workers() -> int:
    """Notebooks executed at once when nobody says: one per core.

    Example:
        >>> default_workers() >= 1
        True
    """
    return os.cpu_count() or 1


def grade(course: Course, assignment: Assignment, students: list[str] | None = None,
          workers: int | None = None, timeout: int | None = None,
          on_done: Callable[[Result], None] | None = None,
          on_open: Callable[[str], None] | None = None) -> list[Result]:
    """Autograde ``students`` (default: every submission) of ``assignment``.

    Args:
        course: the course folder.
        assignment: the assignment, as released.
        students: whom to grade; default everyone with a submission folder.
        workers: notebooks executed at once; default one per core.
        timeout: seconds per cell; default the course's ``Execute.timeout``.
        on_done: called with each student's result as soon as it is in the gradebook.
        on_open: called, before any kernel runs, with the reason kernels cannot be walled in
            here (never where they are).

    Example (what ``netlab grade`` runs; it starts kernels, so not a doctest)::

        $ netlab grade 01_problem_typing --workers 2
    """
    students = course.students(assignment.name) if students is None else students
    workers = workers or default_workers()
    plans = plans_of(assignment)
    results = {s: Result(s) for s in students}
    started: dict[str, float] = {}
    pending: dict[Future, _Task] = {}
    left: dict[str, int] = {}  # notebooks of a student still executing

    def settle(done: Iterable[Future]) -> None:
        for future in done:
            task = pending.pop(future)
            _finish(course, task, future)
            left[task.student] -= 1
            if not left[task.student]:
                close(task.result)

    def close(result: Result) -> None:
        course.seal(course.path("autograded", result.student, assignment.name))
        course.record_findings(assignment.name, result.student,
                               [flag.text() for flag in result.flags],
                               any(flag.severe for flag in result.flags))
        result.score, result.max_score, result.manual = course.scores(assignment.name,
                                                                      result.student)
        result.seconds = time.perf_counter() - started[result.student]
        if on_done:
            on_done(result)

    config = copy.deepcopy(course.config)
    if timeout is not None:  # in the config: the executor reloads it when it starts a notebook
        config.Execute.timeout = timeout
    kernel_name = next(iter(assignment.releases.values())).metadata.get(
        "kernelspec", {}).get("name", "python3")
    with tempfile.TemporaryDirectory(prefix="netlab-grade-") as tmp, \
            Zygote(env={**os.environ, "NBGRADER_EXECUTION": "autograde"}, cwd=tmp,
                   hidden=(str(course.root), course.exchange_root())) as zygote, \
            Spares(Path(tmp), kernel_name, config) as spares, \
            ThreadPoolExecutor(max_workers=workers) as pool:
        if not zygote.isolated and on_open:
            on_open(zygote.reason)
        for student in students:
            started[student] = time.perf_counter()
            result = results[student]
            try:
                tasks = _prepare(course, assignment, student, result, plans)
            except Exception as exc:  # scores 0, never a previous run's grades
                result.flags.append(Flag.from_error(exc))
                tasks = []
                for notebook in assignment.releases:
                    with contextlib.suppress(Exception):
                        course.zero_notebook(assignment.name, student, notebook)
            left[student] = len(tasks)
            if not tasks:
                close(result)
            for task in tasks:
                pending[pool.submit(_execute, task, config, spares)] = task
            while len(pending) > 2 * workers:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                settle(done)
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            settle(done)
    return [results[s] for s in students]
