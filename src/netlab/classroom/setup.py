"""``netlab classroom init ROSTER``: set a class up on this server, or bring it in line with a
changed roster.

Everything is checked before anything is made: the roster (every bad row named), that this
runs as root, that the class's folder is root's, that a new id is not already someone else's
Unix account and that an account the class made still exists. Then the environment, the proxy,
the folders and their modes, the accounts (new, enabled again, disabled, roles), the course,
the start workbooks and the hub's configuration are made; if a step fails, the accounts and
group made by this run are removed again and the accounts record is left as it was. A person
who left the roster is disabled, never deleted: their running server is stopped, their home
and saved work stay.

Example::

    $ sudo .venv/bin/netlab classroom init roster.csv --root /srv/netlab --ip 0.0.0.0
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from netlab.classroom import environment, unix
from netlab.classroom.hubconf import config_text
from netlab.classroom.layout import (
    START,
    ClassDir,
    Settings,
    course_dir,
    write_private,
    write_public,
)
from netlab.classroom.plan import Plan, apply_plan, plan_class, read_accounts, write_accounts
from netlab.classroom.roster import Roster, read_roster
from netlab.classroom.unix import ClassroomError
from netlab.i18n import t
from netlab.lab_setup import INSTRUCTOR_ONLY

__all__ = ["Outcome", "init_class", "preflight", "role_configs", "role_files",
           "trainee_password"]

#: nbgrader's working folders, never copied from the checkout into a class's course.
_WORKING = ("gradebook.db", "release", "submitted", "autograded", "feedback", "reports",
            "downloaded", ".nbgrader.log", "__pycache__")
_READABLE = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud in a room


@dataclass(frozen=True)
class Outcome:
    """What ``init`` did: the plan carried out and where the class is."""

    plan: Plan
    room: ClassDir
    settings: Settings

    def lines(self) -> list[str]:
        """The outcome in the active language, for the instructor.

        Example:
            >>> from netlab.i18n import language
            >>> done = Outcome(Plan((), (), (), (), ("t01",)), ClassDir(Path("/srv/netlab")),
            ...                Settings(owner="kru"))
            >>> with language("en"):
            ...     done.lines()[-1]  # doctest: +ELLIPSIS
            'Start the hub: /srv/netlab/env/bin/jupyterhub -f /srv/netlab/hub/jupyterhub_config.py'
        """
        s, room = self.settings, self.room
        return [*self.plan.lines(),
                t("classroom.init.passwords", trainee=room.password_file("trainee"),
                  instructor=room.password_file("instructor")),
                t("classroom.init.course", owner=s.owner, course=course_dir(s.owner)),
                t("classroom.init.url", url=f"http://{s.ip}:{s.port}/"),
                t("classroom.init.start", env=room.env, config=room.hub_config)]


def trainee_password() -> str:
    """A new password to say aloud in a room: three groups of four letters and digits.

    Example:
        >>> word = trainee_password()
        >>> len(word), word.count("-")
        (14, 2)
    """
    return "-".join("".join(secrets.choice(_READABLE) for _ in range(4)) for _ in range(3))


def _folder_problems(room: ClassDir) -> list[str]:
    """Why the class's folder (or, before it exists, its nearest parent) cannot be trusted:
    not root's, or writable by others (a shared parent must be sticky, as ``/tmp`` is)."""
    path = room.root
    while not path.exists():
        path = path.parent
    info = path.stat()
    writable = info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    if info.st_uid != 0 or (writable and (path == room.root or
                                          not info.st_mode & stat.S_ISVTX)):
        return [t("classroom.init.unsafe_folder", path=path)]
    return []


def preflight(roster: Roster, room: ClassDir, plan: Plan, owner: str) -> list[str]:
    """Every reason the class cannot be set up as asked (empty: go ahead).

    Example::

        >>> preflight(roster, ClassDir(Path("/srv/netlab")), plan, "kru")   # doctest: +SKIP
        []
    """
    problems = [] if os.geteuid() == 0 else [t("classroom.init.not_root")]
    problems += _folder_problems(room)
    problems += [t("classroom.init.taken", id=p.id) for p in plan.add if unix.user_exists(p.id)]
    made = [p.id for p in (*plan.enable, *plan.change)] + [*plan.disable, *plan.keep]
    problems += [t("classroom.init.missing", id=i) for i in made if not unix.user_exists(i)]
    if owner not in {p.id for p in roster.instructors}:
        problems.append(t("classroom.init.owner", owner=owner))
    for role, minimum in (("trainee", 8), ("instructor", 32)):
        path = room.password_file(role)
        if path.exists() and len(path.read_text(encoding="utf-8").strip()) < minimum:
            problems.append(t("classroom.init.short_password", path=path, minimum=minimum))
    return problems


def role_files(folder: Path, role: str) -> dict[Path, str]:
    """The JupyterLab of ``role`` as configuration files in ``folder`` (what ``netlab
    lab-setup --role`` writes, per role instead of per environment): a trainee's without
    nbgrader's instructor tools, an instructor's with them.

    Example:
        >>> files = role_files(Path("/c/etc/trainee"), "trainee")
        >>> '"@jupyter/nbgrader:formgrader": true' in files[
        ...     Path("/c/etc/trainee/labconfig/page_config.json")]
        True
    """
    import json

    hidden = role == "trainee"
    page = {"disabledExtensions": {p: hidden for p in INSTRUCTOR_ONLY["lab"]}}
    server = {"ServerApp": {"jpserver_extensions": {
        name: not hidden for name in INSTRUCTOR_ONLY["server"]}}}
    return {folder / "labconfig" / "page_config.json": json.dumps(page, indent=1),
            folder / "jupyter_server_config.json": json.dumps(server, indent=1)}


def role_configs(room: ClassDir, settings: Settings) -> dict[Path, str]:
    """The Jupyter configuration files of the class: the exchange for all, each role's
    JupyterLab, and the course for the instructors' Formgrader.

    Example:
        >>> files = role_configs(ClassDir(Path("/c")), Settings(owner="kru"))
        >>> '"/c/exchange"' in files[Path("/c/etc/common/nbgrader_config.py")]
        True
    """
    files = {room.etc("common") / "nbgrader_config.py": (
        "c = get_config()  # noqa: F821\n"
        f'c.Exchange.root = "{room.exchange}"\n'
        f'c.CourseDirectory.course_id = "{settings.course_id}"\n')}
    for role in ("trainee", "instructor"):
        files.update(role_files(room.etc(role), role))
    files[room.etc("instructor") / "nbgrader_config.py"] = (
        "c = get_config()  # noqa: F821\n"
        f'c.CourseDirectory.root = "{course_dir(settings.owner)}"\n')
    return files


def _copy_course(checkout: Path, owner: str) -> None:
    target = course_dir(owner)
    if target.exists():
        return  # the instructor's course is theirs: never overwritten
    shutil.copytree(checkout / "grading", target, ignore=shutil.ignore_patterns(*_WORKING))
    unix.tool("chown", "-R", "--no-dereference", f"{owner}:{owner}", str(target.parent))


def _start_workbook(checkout: Path, person_id: str, lang: str) -> None:
    """Put the start workbook in the trainee's language in their home, unless they have one
    they may have written in (a pristine copy in the other language is replaced)."""
    home = Path("/home") / person_id
    target = home / START
    wanted = checkout / "workbooks" / lang / START
    if target.exists():
        pristine = [(checkout / "workbooks" / other / START).read_bytes()
                    for other in ("th", "en") if other != lang]
        if target.read_bytes() not in pristine:
            return
    shutil.copyfile(wanted, target)
    shutil.chown(target, person_id, person_id)


def _carry_out(roster: Roster, room: ClassDir, plan: Plan, settings: Settings,
               checkout: Path, undo: list[Callable[[], None]]) -> None:
    for folder, mode in ((room.root, 0o755), (room.hub, 0o700), (room.exchange, 0o1777)):
        folder.mkdir(parents=True, exist_ok=True)
        os.chown(folder, 0, 0)
        os.chmod(folder, mode)
    if unix.ensure_group(settings.group):
        undo.append(lambda: unix.remove_group(settings.group))
    if unix.ensure_service_user(settings.pulse_user):
        undo.append(lambda: unix.remove_user(settings.pulse_user, home=False))
    room.pulse.mkdir(exist_ok=True)
    shutil.chown(room.pulse, settings.pulse_user, settings.pulse_user)
    os.chmod(room.pulse, 0o700)  # the service's alone: no trainee reads the pulse
    environment.build_env(room.env, checkout, settings.group, settings.self_check)
    environment.install_proxy(room.proxy.parents[2])
    # The casts: mypy cannot type a lambda whose default argument keeps the loop's value.
    for person in plan.add:
        unix.add_user(person.id)
        undo.append(cast("Callable[[], None]", lambda i=person.id: unix.remove_user(i)))
    for person in plan.enable:
        unix.unlock(person.id)
        undo.append(cast("Callable[[], None]", lambda i=person.id: unix.lock(i)))
    for ident in plan.disable:
        unix.lock(ident)
        undo.append(cast("Callable[[], None]", lambda i=ident: unix.unlock(i)))
    for ident in plan.disable:  # their server and kernels stop; their saved work stays
        unix.stop_processes(ident)
    for person in roster.people:
        unix.set_member(person.id, settings.group, person.role == "instructor")
        if person.role == "trainee":
            _start_workbook(checkout, person.id, person.lang)
    _copy_course(checkout, settings.owner)
    for path, text in role_configs(room, settings).items():
        write_public(path, text)
    for role, make in (("trainee", trainee_password),
                       ("instructor", lambda: secrets.token_urlsafe(36))):
        if not room.password_file(role).exists():  # never replaced once there
            write_private(room.password_file(role), make() + "\n")
    write_private(room.hub_config, config_text(room.root))
    room.write_settings(settings)


def init_class(roster_path: Path, room: ClassDir, checkout: Path, **changes: object) -> Outcome:
    """Set the class up (or bring it in line with the roster); what was done.

    Args:
        roster_path: the roster CSV.
        room: the class's folder.
        checkout: the netlab checkout the course, the start workbooks and the environment
            come from.
        **changes: settings to change (see :class:`Settings`); None keeps the current value.

    Raises:
        RosterError: a bad roster (every bad row named).
        ClassroomError: the class cannot be set up (every reason named), or a step failed
            (what this run made is removed again).

    Example::

        >>> init_class(Path("roster.csv"), ClassDir(Path("/srv/netlab")), Path("."))
        ...                                                             # doctest: +SKIP
    """
    roster = read_roster(roster_path)
    accounts = read_accounts(room.accounts)
    plan = plan_class(roster, accounts)
    settings = room.read_settings().but(**changes)
    settings = settings.but(owner=settings.owner or roster.instructors[0].id)
    problems = preflight(roster, room, plan, settings.owner)
    if problems:
        raise ClassroomError("\n".join([t("classroom.init.refused"), *problems]))
    undo: list[Callable[[], None]] = []
    try:
        _carry_out(roster, room, plan, settings, checkout, undo)
        write_accounts(room.accounts, apply_plan(accounts, roster, plan))
        os.chmod(room.accounts, 0o600)
    except BaseException:
        for step in reversed(undo):
            with contextlib.suppress(ClassroomError):
                step()
        raise
    return Outcome(plan, room, settings)
