"""The ``netlab`` command.

    netlab build [ASSIGNMENT ...]   regenerate the nbgrader release and the student workbooks
    netlab grade ASSIGNMENT         autograde every submission, in parallel (instructors)
    netlab lab-setup                install netlab's JupyterLab settings into this environment
    netlab --version

Example:
    >>> from netlab.cli import parser
    >>> parser().parse_args(["build"]).command
    'build'
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from netlab import __version__

__all__ = ["main", "parser"]


def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``netlab`` command."""
    p = argparse.ArgumentParser(prog="netlab", description="netlab course tools")
    p.add_argument("--version", action="version", version=f"netlab {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="regenerate the nbgrader release and student workbooks")
    b.add_argument("assignments", nargs="*", help="assignment names (default: all)")
    b.add_argument("--course", type=Path, help="nbgrader course directory (default: grading/)")
    b.add_argument("--out", type=Path, help="where to write <lang>/<name>.ipynb")
    sub.add_parser("lab-setup", help="install JupyterLab settings overrides (no news pop-up)")
    g = sub.add_parser("grade", help="autograde every submission of an assignment in parallel")
    g.add_argument("assignment")
    g.add_argument("--course", type=Path,
                   help="nbgrader course directory (default: this folder if it is one, "
                        "else grading/)")
    g.add_argument("--workers", type=int, help="notebooks at once (default: one per core)")
    g.add_argument("--timeout", type=int, help="seconds per cell (default: the course's)")
    g.add_argument("--student", action="append", help="grade only this student (repeatable)")
    g.add_argument("--lang", choices=("th", "en"), help="language of the summary")
    g.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def _grade(args: argparse.Namespace) -> int:
    """``netlab grade``: progress bar while grading, then the summary table."""
    import time
    import warnings

    from sqlalchemy.exc import SAWarning
    from tqdm import tqdm

    from netlab.build import course_root
    from netlab.grading.course import Course, GradingError
    from netlab.grading.run import default_workers, grade
    from netlab.grading.summary import needs_a_look, table
    from netlab.i18n import set_language, t

    warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader's own gradebook noise
    if args.lang:
        set_language(args.lang)
    if args.workers is not None and args.workers < 1:
        print(t("grading.error.workers", got=args.workers), file=sys.stderr)
        return 2
    try:
        here = Path.cwd()
        default = here if (here / "nbgrader_config.py").is_file() else course_root()
        course = Course.load(args.course or default)
        assignment = course.assignment(args.assignment)
    except GradingError as exc:
        print(exc, file=sys.stderr)
        return 1
    students = args.student or course.students(args.assignment)
    workers = args.workers or default_workers()
    start = time.perf_counter()
    with tqdm(total=len(students), desc=t("grading.progress"), unit="",
              disable=args.quiet, file=sys.stderr) as bar:
        results = grade(course, assignment, students, workers=workers, timeout=args.timeout,
                        on_done=lambda result: bar.update())
    print(table(results))
    print(t("grading.summary.total", count=len(results), workers=workers,
            seconds=f"{time.perf_counter() - start:.1f}",
            flagged=sum(needs_a_look(r) for r in results)))
    return 0


def _lab_setup() -> Path:
    """Merge netlab's JupyterLab overrides into <prefix>/share/jupyter/lab/settings."""
    target = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    ours = json.loads(resources.files("netlab.resources").joinpath(
        "lab_overrides.json").read_text(encoding="utf-8"))
    current = {}
    if target.exists():
        try:
            current = json.loads(target.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            backup = target.with_suffix(".json.bak")
            shutil.copy2(target, backup)
            print(f"netlab: {target} was not valid JSON; kept a copy at {backup}")
    for plugin, settings in ours.items():
        current.setdefault(plugin, {}).update(settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``netlab`` command; returns the exit status."""
    args = parser().parse_args(argv)
    if args.command == "build":
        from netlab.build import build

        try:
            written = build(args.assignments or None, root=args.course, out_dir=args.out)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            return 1
        for path in written:
            print(f"wrote {path}")
        return 0
    if args.command == "grade":
        return _grade(args)
    if args.command == "lab-setup":
        print(f"wrote {_lab_setup()}")
        return 0
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
