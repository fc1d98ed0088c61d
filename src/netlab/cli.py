"""The ``netlab`` command.

    netlab build [ASSIGNMENT ...]   regenerate the nbgrader release and the student workbooks
    netlab collect ASSIGNMENT ZIP   import submissions from an LMS download (instructors)
    netlab grade ASSIGNMENT         autograde every submission, in parallel (instructors)
    netlab feedback ASSIGNMENT      feedback pages without hidden tests (instructors)
    netlab report ASSIGNMENT        class report, HTML and CSV (instructors)
    netlab lab-setup [--role R]     install netlab's JupyterLab settings into this environment
                                    (trainee, the default: no nbgrader instructor tools)
    netlab trainee-package          the wheel to install for trainees (keys and worked answers
                                    left out when the class's c.Netlab.self_check is off)
    netlab kit [--out DIR]          the workshop kit: session plan, facilitator guides,
                                    handouts (PDF) and slides, offline (instructors)
    netlab --version

Example:
    >>> from netlab.cli import parser
    >>> parser().parse_args(["build"]).command
    'build'
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
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
    lab = sub.add_parser("lab-setup", help="install netlab's JupyterLab settings (no news "
                         "pop-up); a trainee's shows no nbgrader instructor tool")
    lab.add_argument("--role", choices=("trainee", "instructor"), default="trainee",
                     help="trainee (default): no Formgrader, Create Assignment or course "
                          "list; instructor: all of nbgrader's tools")
    w = sub.add_parser("trainee-package",
                       help="build the netlab wheel for trainees; without keys and worked "
                            "answers when the class's c.Netlab.self_check is off")
    w.add_argument("--course", type=Path, help="nbgrader course directory (default: grading/)")
    w.add_argument("--out", type=Path, default=Path("dist") / "trainees",
                   help="folder for the wheel (default: dist/trainees)")
    k = sub.add_parser("kit", help="build the workshop kit: session plan, facilitator guides, "
                       "printable handouts and slides, in Thai and English, offline")
    k.add_argument("--out", type=Path, default=Path("build") / "kit",
                   help="folder for the kit (default: build/kit)")
    k.add_argument("--course", type=Path, help="nbgrader course directory (default: grading/)")
    k.add_argument("--lang", choices=("th", "en"), action="append",
                   help="only this language (repeatable; default: both)")
    k.add_argument("--reveal", type=Path,
                   help="node_modules holding reveal.js and requirejs (default: "
                        "<venv>/kit-js/node_modules, installed by make kit)")
    from netlab.classroom.commands import add_parser as add_classroom

    add_classroom(sub)
    from netlab.grading.commands import add_parsers

    add_parsers(sub)
    return p


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
    if args.command in ("collect", "grade", "feedback", "report"):
        from netlab.grading.commands import run

        return run(args)
    if args.command == "lab-setup":
        from netlab.lab_setup import lab_setup

        for path in lab_setup(args.role):
            print(f"wrote {path}")
        return 0
    if args.command == "trainee-package":
        return _trainee_package(args)
    if args.command == "kit":
        return _kit(args)
    if args.command == "classroom":
        from netlab.classroom.commands import run as run_classroom

        return run_classroom(args)
    return 2


def _kit(args: argparse.Namespace) -> int:
    """Build the workshop kit and say where it is."""
    import time

    from netlab.i18n import set_language, t
    from netlab.kit import KitError, build_kit
    from netlab.settings import locale_language

    set_language(locale_language())  # what the command prints; the kit has both languages
    started = time.perf_counter()
    try:
        files = build_kit(args.out, root=args.course, langs=tuple(args.lang or ("th", "en")),
                          node_modules=args.reveal)
    except KitError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(t("kit.built", files=len(files), out=args.out,
            seconds=time.perf_counter() - started, index=args.out / "index.html"))
    return 0


def _trainee_package(args: argparse.Namespace) -> int:
    """Build the trainees' wheel as the class's settings say."""
    from netlab.course_layout import course_config, course_root
    from netlab.settings import Netlab
    from netlab.trainee_package import build_trainee_package

    root = (args.course or course_root()).resolve()
    try:
        keys = Netlab(config=course_config(root)).carries_keys()
        wheel = build_trainee_package(root.parent, args.out, keys)
    except (ValueError, RuntimeError) as exc:
        print(exc, file=sys.stderr)
        return 1
    kind = "self-check keys and worked answers included" if keys else \
        "no keys, no worked answers: self-checks check the form; answers are marked at grading"
    print(f"wrote {wheel} ({kind})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
