"""A warm process that forks ready kernels: the libraries are imported once, not per submission.

``python -m netlab.grading.zygote`` imports the heavy libraries a workbook uses, then reads one
JSON request per line on stdin: ``{"argv": [...], "cwd": "...", "env": {...}}`` where ``argv`` is
the kernel command a kernel manager would run (``python -m ipykernel_launcher -f conn.json ...``).
For each request it forks; the child becomes that kernel (a new session, the given directory and
environment, stdio on /dev/null, and the folders in ``"readonly"`` made read-only for it where
the system allows a private mount namespace) and the zygote answers with the child's pid on one
line. Each child is a fresh copy of the warm process, so nothing one submission does reaches
another.

The zygote never starts a thread, an event loop or a zmq context, which is what makes ``fork``
safe. Children are reaped automatically (SIGCHLD ignored); a pid that no longer exists is a
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

__all__ = ["PRELOAD", "kernel_args", "main"]

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


def _read_only(folder: str) -> bool:
    """Make ``folder`` read-only for this process and its children only (a private mount
    namespace); False where that is not allowed (not root, or a container forbids it)."""
    libc = ctypes.CDLL(None, use_errno=True)
    path = folder.encode()
    return (libc.unshare(_CLONE_NEWNS) == 0
            and libc.mount(None, b"/", None, _MS_REC | _MS_PRIVATE, None) == 0
            and libc.mount(path, path, None, _MS_BIND | _MS_REC, None) == 0
            and libc.mount(None, path, None, _MS_BIND | _MS_REMOUNT | _MS_RDONLY | _MS_REC,
                           None) == 0)


def _become_kernel(request: dict) -> None:
    """In the forked child: detach, move into place and run the kernel until it ends."""
    os.setsid()
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    args = kernel_args(request["argv"])
    for folder in request.get("readonly", ()):
        _read_only(folder)
    sys.argv = ["ipykernel_launcher", *args]
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


def main() -> None:
    """Import, then serve fork requests until stdin closes."""
    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
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
