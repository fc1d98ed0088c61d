"""The Unix accounts and groups of a class, through Debian's own tools (useradd, usermod,
gpasswd, groupadd, userdel, runuser): nothing is written to ``/etc/passwd`` by hand.

Every function here needs root; a failed tool raises :class:`ClassroomError` naming the
command and what it printed.

Example:
    >>> user_exists("root"), user_exists("no-such-person-here")
    (True, False)
"""

from __future__ import annotations

import grp
import os
import pwd
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from netlab.i18n import t

__all__ = [
    "ClassroomError",
    "add_user",
    "ensure_group",
    "group_exists",
    "is_locked",
    "live_processes",
    "lock",
    "members",
    "remove_group",
    "remove_user",
    "run_as",
    "set_member",
    "stop_processes",
    "tool",
    "unlock",
    "user_exists",
]


class ClassroomError(RuntimeError):
    """Setting up or running a class failed (the message says what, in the active language)."""


def tool(*argv: str) -> str:
    """Run a system tool; its output, or :class:`ClassroomError` naming it when it fails.

    Example:
        >>> tool("true")
        ''
    """
    return _checked(subprocess.run(list(argv), capture_output=True, text=True), argv).stdout


def _checked(done: subprocess.CompletedProcess[str],
             argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    if done.returncode != 0:
        raise ClassroomError(t("classroom.unix.failed", command=" ".join(argv),
                               output=(done.stderr or done.stdout).strip()[-2000:]))
    return done


def user_exists(name: str) -> bool:
    """Whether a Unix account ``name`` exists.

    Example:
        >>> user_exists("root")
        True
    """
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def group_exists(name: str) -> bool:
    """Whether a Unix group ``name`` exists.

    Example:
        >>> group_exists("root")
        True
    """
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


def add_user(name: str) -> Path:
    """Create the account ``name`` (its own group, a home only it can enter); its home.

    Example::

        >>> add_user("t01")          # doctest: +SKIP
        PosixPath('/home/t01')
    """
    home = Path("/home") / name
    tool("useradd", "--create-home", "--home-dir", str(home), "--user-group",
         "--shell", "/bin/bash", name)
    os.chmod(home, 0o700)
    return home


def remove_user(name: str, home: bool = True) -> None:
    """Delete the account ``name`` and its home (only for accounts made in a run that failed,
    and for the demonstration class); ``home=False`` for a service's account, which has none.

    Example::

        >>> remove_user("t01")       # doctest: +SKIP
    """
    if user_exists(name):  # --force: an ended process nobody collected (a zombie) still
        tool("userdel", *(["--remove"] if home else []), "--force", name)  # counts as the
        # account's to userdel


def lock(name: str) -> None:
    """Disable the account: no password login, expired (the home and its work stay).

    Example::

        >>> lock("t01")              # doctest: +SKIP
    """
    tool("usermod", "--lock", "--expiredate", "1", name)


def unlock(name: str) -> None:
    """Enable a disabled account again.

    Example::

        >>> unlock("t01")            # doctest: +SKIP
    """
    tool("usermod", "--unlock", "--expiredate", "", name)


def is_locked(name: str) -> bool:
    """Whether the account is disabled (expired), as :func:`lock` leaves it.

    Example::

        >>> is_locked("t01")         # doctest: +SKIP
        True
    """
    fields = tool("getent", "shadow", name).strip().split(":")
    return len(fields) > 7 and fields[7] not in ("", "-1") and int(fields[7]) <= 1


def ensure_group(name: str) -> bool:
    """Create the group ``name`` if it is missing; whether it was created.

    Example::

        >>> ensure_group("netlab-instructors")   # doctest: +SKIP
        True
    """
    if group_exists(name):
        return False
    tool("groupadd", name)
    return True


def ensure_service_user(name: str) -> bool:
    """Create the system account ``name`` for a service (no home, no log-in shell) if it is
    missing; whether it was created.

    Example::

        >>> ensure_service_user("netlab-pulse")   # doctest: +SKIP
        True
    """
    if user_exists(name):
        return False
    tool("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
         "--shell", "/usr/sbin/nologin", "--user-group", name)
    return True


def remove_group(name: str) -> None:
    """Delete the group ``name`` if it exists.

    Example::

        >>> remove_group("netlab-instructors")   # doctest: +SKIP
    """
    if group_exists(name):
        tool("groupdel", name)


def members(group: str) -> set[str]:
    """The supplementary members of ``group`` (empty when it does not exist).

    Example:
        >>> isinstance(members("root"), set)
        True
    """
    try:
        return set(grp.getgrnam(group).gr_mem)
    except KeyError:
        return set()


def set_member(name: str, group: str, member: bool) -> None:
    """Add ``name`` to ``group`` or take it out.

    Example::

        >>> set_member("kru", "netlab-instructors", True)   # doctest: +SKIP
    """
    if member and name not in members(group):
        tool("gpasswd", "--add", name, group)
    elif not member and name in members(group):
        tool("gpasswd", "--delete", name, group)


def stop_processes(name: str, timeout: float = 10) -> None:
    """Stop every process of ``name`` (TERM, then KILL after ``timeout`` seconds).

    Example::

        >>> stop_processes("t09")    # doctest: +SKIP
    """
    import time

    for signal_name, wait in (("TERM", timeout), ("KILL", 5.0)):
        subprocess.run(["pkill", f"-{signal_name}", "-u", name], capture_output=True)
        end = time.monotonic() + wait
        while time.monotonic() < end:
            if not live_processes([name]):
                return
            time.sleep(0.1)


def live_processes(names: Sequence[str]) -> list[str]:
    """The processes running as any of ``names`` (``ps`` lines: pid, user, command), leaving
    out those that have ended and wait for their parent to collect them (zombies).

    Example:
        >>> live_processes([])
        []
    """
    known = [n for n in names if user_exists(n)]
    if not known:
        return []
    done = subprocess.run(["ps", "-o", "pid=,stat=,user=,args=", "-u", ",".join(known)],
                          capture_output=True, text=True)
    lines = []
    for line in done.stdout.splitlines():
        pid, stat, rest = line.split(None, 2)
        if not stat.startswith("Z"):
            lines.append(f"{pid} {rest}")
    return lines


def run_as(user: str, argv: Sequence[str], cwd: Path, env: Mapping[str, str],
           check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` as ``user`` (runuser) in ``cwd`` with exactly ``env`` (plus HOME, USER);
    ``check``: a failure raises :class:`ClassroomError` naming the command, as :func:`tool`.

    Example::

        >>> run_as("kru", ["nbgrader", "collect", "01"], course, {"PATH": "/srv/netlab/env/bin"})
        ...                                                   # doctest: +SKIP
    """
    home = pwd.getpwnam(user).pw_dir
    full = {"HOME": home, "USER": user, "LOGNAME": user, **env}
    done = subprocess.run(["runuser", "-u", user, "--", "env", "-i",
                           *(f"{k}={v}" for k, v in full.items()), *argv],
                          cwd=cwd, capture_output=True, text=True)
    return _checked(done, argv) if check else done
