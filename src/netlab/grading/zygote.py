"""A warm process that forks ready kernels: the libraries are imported once, not per submission.

``python -m netlab.grading.zygote HIDDEN...`` imports the heavy libraries a workbook uses, then
reads one JSON request per line on stdin: ``{"argv": [...], "cwd": "...", "env": {...}}`` where
``argv`` is the kernel command a kernel manager would run (``python -m ipykernel_launcher -f
conn.json ...``). For each request it forks; the child becomes that kernel and the zygote
answers with the pid to signal on one line. Each child is a fresh copy of the warm process,
so no state passes from one submission to another.

Its first line says whether kernels are walled in (:mod:`netlab.grading.sandbox`):
``ready isolated`` (root on Linux, where a trial kernel was walled in and checked) or
``ready open <reason>``. Walled in, a kernel sees the system, Python and netlab read-only, its
own folder (the parent of its ``cwd``) read-write, and nothing of the folders ``HIDDEN`` (the
course) nor of the zygote's own folder (other kernels); it runs as a user of its own with no
privilege, in namespaces of its own, with an environment reduced to :data:`KERNEL_ENV`.

The zygote itself never starts an event loop or a zmq context, which is what makes ``fork``
safe (a library it imports may start helper threads; a forked child has only the thread that
forked it). It adopts and reaps every process it forks (a child subreaper, SIGCHLD ignored); a
pid that no longer exists is a kernel that ended.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import json
import os
import signal
import sys
from collections.abc import Sequence

from netlab.grading.sandbox import Walls, close_fds, enter, inside, system_paths

__all__ = ["KERNEL_ENV", "PRELOAD", "isolation_available", "kernel_args", "main"]

#: What a netlab workbook imports; a module missing here only costs time, never correctness.
PRELOAD = ("ipykernel.kernelapp", "IPython", "pandas", "numpy", "altair", "vl_convert",
           "networkx", "ipywidgets", "netlab", "netlab.check", "netlab.views", "netlab.charts",
           "netlab.widgets", "netlab.exercises")
#: The grader's environment variables a walled kernel keeps (no token, no path of the course).
KERNEL_ENV = ("PATH", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TZ", "TERM",
              "NBGRADER_EXECUTION", "NETLAB_LANG", "PYTHONDONTWRITEBYTECODE", "PYTHONHASHSEED")
_PR_SET_CHILD_SUBREAPER = 36
#: User ids of walled kernels: far above any account's, a block per zygote.
_UID_BASE = 2_000_000_000


def kernel_args(argv: Sequence[str]) -> list[str]:
    """The kernel application's arguments in a kernel command (what follows the launcher).

    Example:
        >>> kernel_args(["python", "-m", "ipykernel_launcher", "-f", "c.json"])
        ['-f', 'c.json']
    """
    argv = list(argv)
    for marker in ("ipykernel_launcher", "ipykernel"):
        if marker in argv:
            return argv[argv.index(marker) + 1:]
    raise ValueError(f"not an ipykernel command: {argv!r}")


def isolation_available() -> bool:
    """True where kernels can be walled in (run as root on Linux).

    Example:
        >>> isolation_available() in (True, False)
        True
    """
    return sys.platform.startswith("linux") and os.geteuid() == 0


class _World:
    """What every walled kernel of this zygote shares: what it sees, and what it must not."""

    def __init__(self, hidden: Sequence[str]) -> None:
        from netlab.datasets import dataset_dir
        from netlab.exercises.keys import KEYS_FILE
        from netlab.tracking.worked import DATA_FILE

        self.home = os.path.realpath(os.getcwd())  # the grading run's folder
        self.hidden = tuple(os.path.realpath(h) for h in (*hidden, self.home))
        self.visible = tuple(p for p in system_paths([str(dataset_dir())])
                             if not any(inside(p, h) for h in self.hidden))
        self.blanked = tuple(os.path.realpath(p) for p in (KEYS_FILE, DATA_FILE))
        self.newroot = os.path.join(self.home, ".newroot")
        os.makedirs(self.newroot, exist_ok=True)
        self.base = _UID_BASE + (os.getpid() % 100_000) * 10_000
        self.count = 0

    def walls(self, cwd: str) -> Walls:
        """The walls of the next kernel (a user id of its own), whose own folder is the parent
        of ``cwd``."""
        self.count += 1
        own = os.path.dirname(os.path.realpath(cwd))
        if not inside(own, self.home) or own == self.home:
            raise ValueError(f"a walled kernel's folder must be inside {self.home}: {own}")
        return Walls(uid=self.base + self.count % 10_000, own=own, visible=self.visible,
                     hidden=self.hidden, blanked=self.blanked, newroot=self.newroot)


def _kernel_env(env: dict[str, str], own: str) -> dict[str, str]:
    kept = {k: v for k, v in env.items() if k in KERNEL_ENV}
    kept.update(HOME=os.path.join(own, "home"), USER="trainee", LOGNAME="trainee",
                TMPDIR="/tmp")
    return kept


def _become_kernel(request: dict, walls: Walls | None, report: int | None) -> None:
    """In the forked child: detach, wall in, move into place and run the kernel until it
    ends."""
    close_fds(keep=[report] if report is not None else [])
    os.setsid()
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.environ.clear()
    if walls is not None:
        os.environ.update(_kernel_env(request["env"], walls.own))
        enter(walls, report)
        if request["env"].get("NETLAB_KERNEL_LOG"):  # a debugging aid: stderr into its folder
            log = os.open(os.path.join(walls.own, "kernel.log"), os.O_WRONLY | os.O_CREAT)
            os.dup2(log, 2)
    else:
        os.environ.update(request["env"])
    os.chdir(request["cwd"])
    sys.argv = ["ipykernel_launcher", *kernel_args(request["argv"])]
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


def _fork(request: dict, world: _World | None) -> int:
    """Fork a kernel; returns the pid to signal (a walled kernel's namespace init), or -1."""
    walls = world.walls(request["cwd"]) if world is not None else None
    read, write = os.pipe() if walls is not None else (None, None)
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            if read is not None:
                os.close(read)
            _become_kernel(request, walls, write)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    if read is not None and write is not None:
        os.close(write)
        with os.fdopen(read) as answer:
            line = answer.readline().strip()
        return int(line) if line.isdigit() else -1
    return pid


def _trial(world: _World) -> str | None:
    """Wall in a trial child that checks its walls; None when they hold, else the reason."""
    import tempfile

    top = tempfile.mkdtemp(dir=world.home)
    os.mkdir(os.path.join(top, "work"))
    walls = world.walls(os.path.join(top, "work"))
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 3
        try:
            os.close(read)
            enter(walls, write)
            seen = [h for h in world.hidden if os.path.exists(h) and os.listdir(h)
                    and not inside(top, h)]
            others = [p for p in os.listdir("/proc") if p.isdigit()]
            unmounted = ctypes.CDLL(None, use_errno=True).umount2(b"/tmp", 2) == 0
            code = 0 if os.getuid() != 0 and not seen and len(others) <= 2 \
                and not unmounted else 2
        except BaseException:
            code = 4
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read) as answer:
        init = answer.readline().strip()
    os.waitpid(pid, 0)
    status = None
    if init.isdigit():
        with contextlib.suppress(ChildProcessError):  # the init is adopted: ours to wait for
            status = os.waitstatus_to_exitcode(os.waitpid(int(init), 0)[1])
    return None if status == 0 else f"trial kernel could not be walled in (status {status})"


def main(hidden: Sequence[str] = ()) -> None:
    """Import, try the walls, then serve fork requests until stdin closes."""
    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    out = sys.stdout
    world = None
    reason = "not root on Linux"
    if isolation_available():
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        try:
            world = _World(hidden)
            reason = _trial(world) or ""
        except OSError as exc:
            reason = f"{exc}"
        if reason:
            world = None
    out.write("ready isolated\n" if world else f"ready open {reason}\n")
    out.flush()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    for line in sys.stdin:
        out.write(f"{_fork(json.loads(line), world)}\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
