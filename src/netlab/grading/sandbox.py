"""The walls around one graded kernel: what a submission's code can see, touch and reach.

``netlab grade`` forks every kernel from a warm process (:mod:`netlab.grading.zygote`); as root
on Linux each fork is walled in before it runs a line of the trainee's code. The walls are the
ones bubblewrap builds (Debian's ``bwrap``: new namespaces, a root file system made of
read-only binds, a dropped user), built here with the same system calls because bubblewrap
can only start a new program, and a new program would pay the imports the warm fork saves
(about 4 s per notebook on the benchmark's machine):

- **its own namespaces**: mounts, process ids (the kernel sees itself and its own children;
  they all die with it), network (no interface but a loopback that is down: no port of the
  machine, another kernel or a hub is reachable), System V IPC and host name;
- **a root file system built from a list**, not a copy of the machine's: the system folders,
  the Python installation and the folders on ``sys.path`` (netlab, the datasets), read-only;
  the course, the gradebook, the instructor's home, other kernels' folders and everything else
  are simply not there. The answer keys and worked answers inside the netlab package are
  replaced by empty files. Its own folder is the one place it can write, plus a small private
  ``/tmp`` and ``/dev/shm``;
- **its own user**: a user id no other process has, no supplementary groups, no capabilities
  (the bounding set dropped too) and ``no_new_privs``, so it can neither undo a mount nor
  signal, trace or read any other process, and a set-uid program gives it nothing.

A tiny init process (pid 1 of the namespace, still root but unreachable from the kernel)
forwards the grader's interrupt to the kernel and ends the namespace when the kernel ends.

Example:
    >>> sorted(minimal(["/usr", "/usr/lib", "/etc", "/usr2"]))
    ['/etc', '/usr', '/usr2']
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import platform
import signal
import socket
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Walls", "close_fds", "enter", "inside", "minimal", "system_paths"]

_CLONE_NEWNS, _CLONE_NEWUTS, _CLONE_NEWIPC, _CLONE_NEWPID, _CLONE_NEWNET = (
    0x20000, 0x4000000, 0x8000000, 0x20000000, 0x40000000)
_MS_RDONLY, _MS_NOSUID, _MS_NODEV, _MS_NOEXEC, _MS_REMOUNT, _MS_BIND, _MS_REC, _MS_PRIVATE = (
    1, 2, 4, 8, 32, 4096, 16384, 1 << 18)
_MNT_DETACH = 2
_PR_SET_NO_NEW_PRIVS, _PR_CAPBSET_DROP = 38, 24
_SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41}
#: System folders every kernel sees read-only (those that exist; symlinks stay symlinks).
SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/sys")
_DEVICES = ("null", "zero", "full", "random", "urandom", "tty")
#: Folders never shown whole, even if ``sys.path`` names one: they hold other people's files.
NEVER_WHOLE = frozenset({"/", "/tmp", "/var", "/var/tmp", "/dev", "/dev/shm", "/proc", "/run",
                         "/home", "/root", "/srv", "/mnt", "/media"})
#: Processes (threads count) one kernel's user may run: enough for a kernel, not a fork bomb.
MAX_PROCESSES = 512

_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        error = ctypes.get_errno()
        raise OSError(error, os.strerror(error), what)


def _mount(source: str | None, target: str, fstype: str | None, flags: int,
           data: str | None = None) -> None:
    _check(_libc.mount(source and source.encode(), target.encode(),
                       fstype and fstype.encode(), flags, data and data.encode()),
           f"mount {target}")


@dataclass(frozen=True)
class Walls:
    """What one kernel's world is made of.

    Args:
        uid: its user and group id, used by no other process.
        own: its private folder (read-write), seen at the same path.
        visible: folders and files it sees read-only, at their own paths.
        hidden: folders that must not be seen even inside a visible one (the course, the
            grading run's folder): an empty folder stands in their place.
        blanked: files inside visible folders replaced by empty ones (keys, worked answers).
        newroot: an empty folder of the grader's, where the new root is put together.
    """

    uid: int
    own: str
    visible: tuple[str, ...]
    hidden: tuple[str, ...]
    blanked: tuple[str, ...]
    newroot: str


def minimal(paths: Iterable[str]) -> list[str]:
    """The paths that are not inside another of them (a bind of a folder brings its inside).

    Example:
        >>> minimal(["/a/b", "/a", "/c"])
        ['/a', '/c']
    """
    out: list[str] = []
    for path in sorted({os.path.normpath(p) for p in paths}):
        if not any(path == kept or path.startswith(kept.rstrip("/") + "/") for kept in out):
            out.append(path)
    return out


def system_paths(extra: Iterable[str] = ()) -> list[str]:
    """What a kernel needs to see: the system folders, this Python (its prefixes and every
    folder on ``sys.path``) and ``extra`` (the datasets), resolved, existing, minimal.

    Example:
        >>> "/usr" in system_paths()
        True
    """
    found = [*SYSTEM, sys.base_prefix, sys.base_exec_prefix, sys.prefix, sys.exec_prefix,
             *(p for p in sys.path if p), *extra]
    real = set()
    for path in found:
        if os.path.islink(path) and path in SYSTEM:
            real.add(path)  # /bin -> usr/bin stays a link to what is bound anyway
        elif os.path.exists(path):
            real.add(os.path.realpath(path))
    return minimal(real)


def inside(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or lies in it.

    Example:
        >>> inside("/srv/course/gradebook.db", "/srv/course"), inside("/srv/courses", "/srv/course")
        (True, False)
    """
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _bind(source: str, root: str, *, writable: bool = False) -> None:
    target = root + source
    if os.path.islink(source):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.symlink(os.readlink(source), target)
        return
    if os.path.isdir(source):
        os.makedirs(target, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "a"):
            pass
    _mount(source, target, None, _MS_BIND | _MS_REC)
    if not writable:
        _mount(None, target, None, _MS_BIND | _MS_REMOUNT | _MS_RDONLY | _MS_NOSUID)


def _build_root(walls: Walls) -> None:
    """The new root file system, put together in ``walls.newroot`` (in this mount namespace):
    private ``/tmp`` and ``/dev`` first, so that the binds made after them (a checkout under
    ``/tmp``, the kernel's own folder) sit on top."""
    root = walls.newroot
    _mount("tmpfs", root, "tmpfs", _MS_NOSUID | _MS_NODEV, "mode=755")
    for folder, mode in (("/tmp", "1777"), ("/dev", "755")):
        os.makedirs(root + folder, exist_ok=True)
        _mount("tmpfs", root + folder, "tmpfs", _MS_NOSUID, f"mode={mode},size=256m")
    for device in _DEVICES:
        if os.path.exists(f"/dev/{device}"):
            with open(f"{root}/dev/{device}", "w"):
                pass
            _mount(f"/dev/{device}", f"{root}/dev/{device}", None, _MS_BIND)
    os.makedirs(root + "/dev/shm")
    _mount("tmpfs", root + "/dev/shm", "tmpfs", _MS_NOSUID | _MS_NODEV, "mode=1777,size=64m")
    for name, target in (("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"),
                         ("stdout", "/proc/self/fd/1"), ("stderr", "/proc/self/fd/2")):
        os.symlink(target, f"{root}/dev/{name}")
    for path in minimal(p for p in walls.visible if p not in NEVER_WHOLE):
        _bind(path, root)
    for folder in walls.hidden:  # e.g. the course, if a visible folder holds it
        if any(inside(folder, path) for path in walls.visible) and os.path.isdir(root + folder):
            _mount("tmpfs", root + folder, "tmpfs", _MS_NOSUID | _MS_NODEV | _MS_RDONLY,
                   "mode=755")
    empty = os.path.join(root, ".empty")
    with open(empty, "w"):
        pass
    for path in walls.blanked:
        if os.path.isfile(root + path):
            _mount(empty, root + path, None, _MS_BIND)
    _bind(walls.own, root, writable=True)
    os.makedirs(root + "/proc", exist_ok=True)
    _mount("proc", root + "/proc", "proc", _MS_NOSUID | _MS_NODEV | _MS_NOEXEC)


def _pivot(root: str) -> None:
    """Make ``root`` the root and let go of the old one."""
    number = _SYS_PIVOT_ROOT.get(platform.machine())
    os.chdir(root)
    if number is None:  # an architecture we have no number for: move and chroot
        _mount(root, "/", None, 8192)  # MS_MOVE
        os.chroot(".")
    else:
        os.mkdir(".oldroot")
        _check(_libc.syscall(number, b".", b".oldroot"), "pivot_root")
        _check(_libc.umount2(b"/.oldroot", _MNT_DETACH), "umount old root")
        os.rmdir("/.oldroot")
    os.chdir("/")
    _mount(None, "/", None, _MS_BIND | _MS_REMOUNT | _MS_RDONLY | _MS_NOSUID)


def _drop_privileges(uid: int) -> None:
    """Become ``uid`` with no group, no capability and no way to gain one."""
    import resource

    for cap in range(64):  # the bounding set too, while we still may
        if _libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            break
    resource.setrlimit(resource.RLIMIT_NPROC, (MAX_PROCESSES, MAX_PROCESSES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    _check(_libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")


def _chown_tree(top: str, uid: int) -> None:
    for folder, _dirs, files in os.walk(top):
        os.chown(folder, uid, uid)
        for name in files:
            os.chown(os.path.join(folder, name), uid, uid, follow_symlinks=False)


def enter(walls: Walls, report: int | None = None) -> None:
    """In a forked child running as root: wall it in. Returns in the kernel-to-be, pid 2 of a
    new process namespace, as ``walls.uid``; the processes in between never return (they wait
    and exit). ``report``, a pipe's write end, receives the host pid of the namespace's init
    (what the grader signals and kills) as a line of text.

    Raises:
        OSError: where the system refuses (not root, no namespaces): nothing is half-walled,
            because the caller then exits.

    Example (each kernel ``netlab grade`` forks calls it, as root; it cannot run in a doctest,
    which it would wall in)::

        $ netlab grade 01_problem_typing    # the zygote: enter(Walls(uid=..., own=...), pipe)
    """
    _chown_tree(walls.own, walls.uid)
    _check(_libc.unshare(_CLONE_NEWNS | _CLONE_NEWPID | _CLONE_NEWNET | _CLONE_NEWIPC
                         | _CLONE_NEWUTS), "unshare")
    init = os.fork()
    if init:  # still in the grader's namespace: say who to signal, and go
        if report is not None:
            os.write(report, f"{init}\n".encode())
        os._exit(0)
    if report is not None:
        os.close(report)
    _mount(None, "/", None, _MS_REC | _MS_PRIVATE)
    _build_root(walls)
    _pivot(walls.newroot)
    socket.sethostname("netlab-kernel")
    kernel = os.fork()
    if kernel == 0:
        os.setsid()
        _drop_privileges(walls.uid)
        return
    _init(kernel)


def _init(kernel: int) -> None:
    """pid 1 of the namespace: pass interrupts on to the kernel, reap orphans, and end (which
    ends every process left in the namespace) when the kernel ends."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, lambda number, _frame: _forward(kernel, number))
    code = 1
    try:
        while True:
            pid, status = os.waitpid(-1, 0)
            if pid == kernel:
                code = os.waitstatus_to_exitcode(status)
                break
    except ChildProcessError:
        pass
    finally:
        os._exit(code if 0 <= code < 256 else 1)


def _forward(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signum)


def close_fds(keep: Sequence[int] = ()) -> None:
    """Close every file descriptor above 2 but ``keep`` (a fork inherits the grader's pipes).

    Example:
        >>> close_fds.__name__
        'close_fds'
    """
    top = os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 4096
    start = 3
    for fd in sorted(keep):
        os.closerange(start, fd)
        start = fd + 1
    os.closerange(start, top)
