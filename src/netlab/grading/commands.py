"""The instructors' subcommands of ``netlab``: ``collect``, ``grade``, ``feedback``, ``report``.

Each runs inside an nbgrader course folder (the current folder when it has
``nbgrader_config.py``, else the checkout's ``grading/``, or ``--course DIR``), prints in the
language of ``--lang``, else the course's ``c.Netlab.instructor_language``, else the
instructor's locale (Thai for a ``th`` locale, English otherwise), and returns an exit status:
0 done, 1 the course or assignment cannot be used (the message says why), 2 a bad option.

Example:
    >>> sorted(COMMANDS)
    ['collect', 'feedback', 'grade', 'report']
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from netlab.grading.course import Assignment, Course, GradingError
from netlab.i18n import LANGUAGES, set_language, t

__all__ = ["COMMANDS", "add_parsers", "run"]


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the four subcommands to the ``netlab`` parser's ``sub``.

    Example:
        >>> import argparse
        >>> top = argparse.ArgumentParser()
        >>> add_parsers(top.add_subparsers(dest="command"))
        >>> top.parse_args(["report", "01_problem_typing", "--lang", "en"]).lang
        'en'
    """
    helps = {"collect": "import submissions from an LMS download zip (nbgrader zip_collect)",
             "grade": "autograde every submission of an assignment in parallel",
             "feedback": "per-student feedback pages, hidden tests left out",
             "report": "class report: score spread, success per exercise and item, CSV"}
    for name, text in helps.items():
        p = sub.add_parser(name, help=text)
        p.add_argument("assignment")
        p.add_argument("--course", type=Path,
                       help="nbgrader course directory (default: this folder if it is one, "
                            "else grading/)")
        p.add_argument("--lang", choices=("th", "en"),
                       help="language of what is printed (default: c.Netlab.instructor_language "
                            "in the course, else the locale's)")
        if name in ("grade", "feedback"):
            p.add_argument("--student", action="append", help="only this student (repeatable)")
        if name == "collect":
            p.add_argument("archives", nargs="+", type=Path, help="the LMS download(s)")
            p.add_argument("--preset", help="a ready-made file-name pattern: nbgrader, moodle")
            p.add_argument("--regexp", help="nbgrader FileNameCollectorPlugin.named_regexp")
        if name == "grade":
            p.add_argument("--workers", type=int, help="notebooks at once (default: one per "
                                                        "core)")
            p.add_argument("--timeout", type=int, help="seconds per cell (default: the "
                                                        "course's)")
            p.add_argument("--quiet", action="store_true", help="no progress bar")
        if name == "report":
            p.add_argument("--out", type=Path,
                           help="folder for report.html and the CSV files (default: "
                                "<course>/reports/<assignment>)")


def _open(args: argparse.Namespace) -> tuple[Course, Assignment]:
    from netlab.course_layout import course_root
    from netlab.settings import Netlab, locale_language

    set_language(args.lang or locale_language())  # until the course says otherwise
    warnings.filterwarnings("ignore", module="nbgrader")
    from sqlalchemy.exc import SAWarning

    warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader's own gradebook noise
    here = Path.cwd()
    default = here if (here / "nbgrader_config.py").is_file() else course_root()
    course = Course.load(args.course or default)
    if not args.lang:
        set_language(Netlab(config=course.config).language_for_instructor())
    return course, course.assignment(args.assignment)


def _grade(args: argparse.Namespace, course: Course, assignment: Assignment) -> int:
    """``netlab grade``: progress bar while grading, then the summary table."""
    from tqdm import tqdm

    from netlab.grading.run import default_workers, grade
    from netlab.grading.summary import needs_a_look, table

    if args.workers is not None and args.workers < 1:
        print(t("grading.error.workers", got=args.workers), file=sys.stderr)
        return 2
    if args.timeout is not None and args.timeout < 1:
        print(t("grading.error.timeout", got=args.timeout), file=sys.stderr)
        return 2
    known = course.students(args.assignment)
    unknown = [s for s in args.student or () if s not in known]
    if unknown:  # a typo must not create a student in the gradebook
        print(t("grading.error.student", got=", ".join(unknown), assignment=args.assignment,
                allowed=", ".join(known) or "-"), file=sys.stderr)
        return 2
    students = args.student or known
    workers = args.workers or default_workers()
    start = time.perf_counter()
    with tqdm(total=len(students), desc=t("grading.progress"), unit="",
              disable=args.quiet, file=sys.stderr) as bar:
        results = grade(course, assignment, students, workers=workers, timeout=args.timeout,
                        on_done=lambda result: bar.update(),
                        on_open=lambda reason: print(t("grading.notice.open", reason=reason),
                                                     file=sys.stderr))
    print(table(results))
    print(t("grading.summary.total", count=len(results), workers=workers,
            seconds=f"{time.perf_counter() - start:.1f}",
            flagged=sum(needs_a_look(r) for r in results)))
    return 0


def _feedback(args: argparse.Namespace, course: Course, assignment: Assignment) -> int:
    """``netlab feedback``: nbgrader's GenerateFeedback with netlab's safe preprocessors."""
    from nbgrader.converters import NbGraderException
    from nbgrader.coursedir import CourseDirectory

    import netlab
    from netlab.grading.feedback import FeedbackPages, feedback_config, offline

    netlab.setup(args.lang)  # the charts' fonts
    config = feedback_config(course.config)
    config.CourseDirectory.root = str(course.root)
    config.CourseDirectory.assignment_id = assignment.name
    config.BaseConverter.force = True
    written, failed = 0, 0
    graded = [s for s in course.students(assignment.name)
              if any(course.path("autograded", s, assignment.name).glob("*.ipynb"))]
    for student in args.student or graded:
        config.CourseDirectory.student_id = student
        coursedir = CourseDirectory(config=config)
        try:
            FeedbackPages(coursedir=coursedir, config=config).start()
        except NbGraderException as exc:
            print(t("grading.feedback.failed", student=student, error=str(exc) or "-"),
                  file=sys.stderr)
            failed += 1
            continue
        for page in course.path("feedback", student, assignment.name).glob("*.html"):
            lang = _notebook_lang(course.path("autograded", student, assignment.name)
                                  / f"{page.stem}.ipynb")
            page.write_text(offline(page.read_text(encoding="utf-8"), lang), encoding="utf-8")
            written += 1
    print(t("grading.feedback.done", count=written, folder=course.root / "feedback"))
    return 1 if failed else 0


def _notebook_lang(path: Path) -> str | None:
    """The language a workbook was released in (its ``netlab.lang`` metadata), if known."""
    try:
        lang = json.loads(path.read_text(encoding="utf-8"))["metadata"]["netlab"]["lang"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return lang if lang in LANGUAGES else None


def _report(args: argparse.Namespace, course: Course, assignment: Assignment) -> int:
    """``netlab report``: the class report, HTML and CSV."""
    import netlab
    from netlab.grading.pages import write_report
    from netlab.grading.report import load

    netlab.setup(args.lang)
    folder = args.out or course.root / "reports" / assignment.name
    files = write_report(load(course, assignment.name), folder)
    print(t("grading.report.done", folder=folder, files=", ".join(p.name for p in files)))
    return 0


def _collect(args: argparse.Namespace, course: Course, assignment: Assignment) -> int:
    """``netlab collect``: nbgrader's zip_collect, and what it left out."""
    from netlab.grading.collect import collect

    done = collect(course, assignment.name, args.archives, regexp=args.regexp,
                   preset=args.preset)
    print(t("grading.collect.done", count=len(done.students),
            students=", ".join(done.students) or "-"))
    if done.replaced:
        print(t("grading.collect.replaced", students=", ".join(done.replaced),
                folder=done.backup))
    if done.skipped:
        print(t("grading.collect.skipped", count=len(done.skipped)))
        for path, reason in done.skipped:
            print(f"  {path}: {t(f'grading.collect.skip.{reason}')}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Course, Assignment], int]] = {
    "collect": _collect, "grade": _grade, "feedback": _feedback, "report": _report}


def run(args: argparse.Namespace) -> int:
    """Run one of :data:`COMMANDS`; a course or assignment that cannot be used exits 1.

    Example (needs a course, so not a doctest)::

        $ netlab report 01_problem_typing --lang en
    """
    try:
        course, assignment = _open(args)
        return COMMANDS[args.command](args, course, assignment)
    except GradingError as exc:
        print(exc, file=sys.stderr)
        return 1
