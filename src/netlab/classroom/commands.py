"""``netlab classroom``: check a roster, set a class up on this server, grade it.

Example::

    $ netlab classroom check roster.csv
    $ sudo .venv/bin/netlab classroom init roster.csv --ip 0.0.0.0
    $ sudo /srv/netlab/env/bin/netlab classroom grade 01_problem_typing
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from netlab.classroom.layout import DEFAULT_ROOT, ClassDir

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """Add ``classroom`` and its actions to the ``netlab`` command's subparsers.

    Example:
        >>> from netlab.cli import parser
        >>> parser().parse_args(["classroom", "init", "r.csv", "--port", "9000"]).port
        9000
    """
    room = sub.add_parser("classroom", help="a class on one JupyterHub server")
    rooms = room.add_subparsers(dest="action", required=True)
    check = rooms.add_parser("check", help="check a roster (CSV: id,name,lang,group,role) "
                             "and say who it would give an account")
    check.add_argument("roster", type=Path, help="the roster CSV file")
    check.add_argument("--accounts", type=Path,
                       help="the class's accounts record (accounts.json): also say what "
                            "setting the class up again would change")
    init = rooms.add_parser("init", help="set the class up from a roster (root): accounts, "
                            "environment, exchange, course, hub; run again after changing it")
    init.add_argument("roster", type=Path, help="the roster CSV file")
    init.add_argument("--ip", help="address the hub listens on (default 127.0.0.1; "
                      "0.0.0.0 for the room's network)")
    init.add_argument("--port", type=int, help="the hub's port (default 8000; it also "
                      "uses the next two on 127.0.0.1)")
    init.add_argument("--owner", help="the instructor whose home holds the course "
                      "(default: the roster's first instructor)")
    init.add_argument("--self-check", choices=("on", "off"),
                      help="off (default): answer keys for instructors only, grades you can "
                           "trust; on: trainees' self-checks compare with the keys")
    init.add_argument("--idle-minutes", type=float,
                      help="stop a server idle this long (default 60)")
    grade = rooms.add_parser("grade", help="collect, grade (as root: kernels walled in) and "
                             "release the feedback of an assignment")
    grade.add_argument("assignment", help="e.g. 01_problem_typing")
    demo = rooms.add_parser("demo", help="a demonstration class on 127.0.0.1 (root) until "
                            "Ctrl-C, then removed")
    demo.add_argument("--port", type=int, default=8000, help="the hub's port (default 8000)")
    image = rooms.add_parser("image-config", help="write the Kubernetes image's Jupyter "
                             "configuration (both roles; the exchange through ngshare)")
    image.add_argument("--out", type=Path, default=Path("/etc/netlab"),
                       help="where (default /etc/netlab)")
    image.add_argument("--ngshare", default="http://ngshare:8080/services/ngshare",
                       help="ngshare's address as the servers reach it")
    role = rooms.add_parser("role-config", help="write one role's JupyterLab configuration "
                            "into a Jupyter configuration folder (e.g. a user's ~/.jupyter)")
    role.add_argument("--role", choices=("trainee", "instructor"), required=True)
    role.add_argument("--out", type=Path, required=True, help="the configuration folder")
    for p in (check, init, grade, demo):
        p.add_argument("--root", type=Path, default=DEFAULT_ROOT,
                       help=f"the class's folder (default {DEFAULT_ROOT})")
    for p in (check, init, grade, demo, image, role):
        p.add_argument("--lang", choices=("th", "en"), help="language of the messages")


def run(args: argparse.Namespace) -> int:
    """Carry out ``netlab classroom <action>``; the exit status.

    Example:
        >>> from netlab.cli import parser
        >>> run(parser().parse_args(["classroom", "check", "no-such.csv", "--lang", "en"]))
        1
    """
    from netlab.i18n import get_language, language

    with language(args.lang or get_language()):
        action = {"check": _check, "init": _init, "grade": _grade, "demo": _demo,
                  "image-config": _image_config, "role-config": _role_config}[args.action]
        return action(args)


def _check(args: argparse.Namespace) -> int:
    from netlab.classroom import plan_class, read_accounts, read_roster

    try:
        roster = read_roster(args.roster)
        accounts = read_accounts(args.accounts) if args.accounts else {}
    except ValueError as exc:  # RosterError, or an unreadable accounts record
        print(exc, file=sys.stderr)
        return 1
    print(roster.summary())
    for line in plan_class(roster, accounts).lines():
        print(line)
    return 0


def _init(args: argparse.Namespace) -> int:
    from netlab.classroom.roster import RosterError
    from netlab.classroom.setup import init_class
    from netlab.classroom.unix import ClassroomError
    from netlab.course_layout import course_root

    checkout = course_root().parent
    self_check = None if args.self_check is None else args.self_check == "on"
    try:
        done = init_class(args.roster, ClassDir(args.root.resolve()), checkout, ip=args.ip,
                          port=args.port, owner=args.owner, self_check=self_check,
                          idle_minutes=args.idle_minutes)
    except (RosterError, ClassroomError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    for line in done.lines():
        print(line)
    return 0


def _grade(args: argparse.Namespace) -> int:
    from netlab.classroom.grade import grade_class
    from netlab.classroom.unix import ClassroomError
    from netlab.i18n import get_language

    try:
        grade_class(ClassDir(args.root.resolve()), args.assignment, get_language())
    except ClassroomError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def _demo(args: argparse.Namespace) -> int:
    from netlab.classroom.demo import run_demo
    from netlab.classroom.roster import RosterError
    from netlab.classroom.unix import ClassroomError
    from netlab.course_layout import course_root

    try:
        return run_demo(course_root().parent, args.port)
    except (RosterError, ClassroomError) as exc:
        print(exc, file=sys.stderr)
        return 1


def _image_config(args: argparse.Namespace) -> int:
    from netlab.classroom.kube import write_image_configs

    for path in write_image_configs(args.out, args.ngshare):
        print(f"wrote {path}")
    return 0


def _role_config(args: argparse.Namespace) -> int:
    """Merged into files already there (their other settings kept), never overwriting them."""
    import json

    from netlab.classroom.layout import write_public
    from netlab.classroom.setup import role_files
    from netlab.i18n import t

    def merge(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
        for key, value in new.items():
            old[key] = merge(old.get(key) or {}, value) if isinstance(value, dict) else value
        return old

    for path, text in role_files(args.out, args.role).items():
        try:
            current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        except ValueError as exc:
            print(t("classroom.role.unreadable", path=path, error=exc), file=sys.stderr)
            return 1
        write_public(path, json.dumps(merge(current, json.loads(text)), indent=1) + "\n")
        print(f"wrote {path}")
    return 0
