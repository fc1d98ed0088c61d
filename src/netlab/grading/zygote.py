"""A warm process that forks ready kernels: the libraries are imported once, not per submission.

``python -m netlab.grading.zygote`` imports the heavy libraries a workbook uses, then reads one
JSON request per line on stdin: ``{"argv": [...], "cwd": "...", "env": {...}}`` where ``argv`` is
the kernel command a kernel manager would run (``python -m ipykernel_launcher -f conn.json ...``).
For each request it forks; the child becomes that kernel (a new session, the given directory and
environment, stdio on /dev/null and, with ``"isolate"``, the walls of :func:`_isolate`) and the
zygote answers with the child's pid on one line. Its first line says whether those walls can be
built here: ``ready isolated`` (root on Linux) or ``ready open``. Each child is a fresh copy of
the warm process, so no state passes from one submission to another.

The zygote itself never starts an event loop or a zmq context, which is what makes ``fork``
safe (a library it imports may start helper threads; a forked child has only the thread that
forked it). Children are reaped automatically (SIGCHLD ignored); a pid that no longer exists is a
kernel that ended.
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

__all__ = ["PRELOAD", "isolation_available", "kernel_args", "main"]

#: What a netlab workbook imports; a module missing here only costs time, never correctness.
PRELOAD = ("ipykernel.kernelapp", "IPython", "pandas", "numpy", "altair", "vl_convert",
           "networkx", "ipywidgets", "netlab", "netlab.check", "netlab.views", "netlab.charts",
           "netlab.widgets", "netlab.exercises")


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


_CLONE_NEWNS, _MS_RDONLY, _MS_REMOUNT, _MS_BIND, _MS_REC, _MS_PRIVATE = (
    0x20000, 1, 32, 4096, 16384, 1 << 18)
_MS_MOVE = 8192


def isolation_available() -> bool:
    """True where kernels get a private mount namespace (run as root on Linux).

    Example:
        >>> isolation_available() in (True, False)
        True
    """
    return sys.platform.startswith("linux") and os.geteuid() == 0


def _mount(libc: ctypes.CDLL, source: bytes | None, target: str, fstype: bytes | None,
           flags: int) -> None:
    if libc.mount(source, target.encode(), fstype, flags, None) != 0:
        error = ctypes.get_errno()
        raise OSError(error, os.strerror(error), target)


def _isolate(readonly: Sequence[str], hidden: str | None, own: str | None) -> None:
    """In a kernel about to start, in a private mount namespace: the ``readonly`` folders (the
    course) become read-only; everything under ``hidden`` (the grading run's folder: other
    kernels' folders and connection files) disappears except ``own``; and ``/proc`` shows
    this process only, so that no path through another process's root (``/proc/<pid>/root``)
    leads around these walls. Raises OSError where the system does not allow it."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(_CLONE_NEWNS) != 0:
        error = ctypes.get_errno()
        raise OSError(error, os.strerror(error), "unshare")
    _mount(libc, None, "/", None, _MS_REC | _MS_PRIVATE)
    for folder in readonly:
        _mount(libc, folder.encode(), folder, None, _MS_BIND | _MS_REC)
        _mount(libc, None, folder, None, _MS_BIND | _MS_REMOUNT | _MS_RDONLY | _MS_REC)
    if not (hidden and own):
        return
    keep = os.open(own, os.O_RDONLY | os.O_DIRECTORY)
    try:
        _mount(libc, b"tmpfs", hidden, b"tmpfs", 0)
        os.makedirs(own)
        _mount(libc, f"/proc/self/fd/{keep}".encode(), own, None, _MS_BIND | _MS_REC)
    finally:
        os.close(keep)
    # a /proc of one process, built beside and then moved into place
    pid, scratch = str(os.getpid()), os.path.join(hidden, ".proc")
    os.makedirs(scratch)
    _mount(libc, b"tmpfs", scratch, b"tmpfs", 0)
    os.makedirs(os.path.join(scratch, pid))
    _mount(libc, f"/proc/{pid}".encode(), os.path.join(scratch, pid), None,
           _MS_BIND | _MS_REC)
    for name in ("self", "thread-self"):
        os.symlink(pid, os.path.join(scratch, name))
    _mount(libc, scratch.encode(), "/proc", None, _MS_MOVE)


def _become_kernel(request: dict) -> None:
    """In the forked child: detach, wall off, move into place and run the kernel until it
    ends."""
    os.setsid()
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.environ.clear()
    os.environ.update(request["env"])
    if request.get("isolate"):
        _isolate(request.get("readonly", ()), request.get("hidden"), request.get("own"))
    os.chdir(request["cwd"])
    sys.argv = ["ipykernel_launcher", *kernel_args(request["argv"])]
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


def _can_isolate() -> bool:
    """Whether a forked child can build the walls of :func:`_isolate` here (tried once)."""
    if not isolation_available():
        return False
    import tempfile

    with tempfile.TemporaryDirectory() as top:
        own = os.path.join(top, "own")
        os.mkdir(own)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                _isolate((), top, own)
                code = 0 if os.path.isdir(own) and not os.path.exists("/proc/1") else 1
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status) == 0


def main() -> None:
    """Import, then serve fork requests until stdin closes."""
    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    out = sys.stdout
    out.write(f"ready {'isolated' if _can_isolate() else 'open'}\n")
    out.flush()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                _become_kernel(request)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        out.write(f"{pid}\n")
        out.flush()


if __name__ == "__main__":
    main()
