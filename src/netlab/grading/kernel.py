"""Kernels forked from a warm zygote, behind jupyter_client's ordinary kernel-manager interface.

nbgrader's ``Execute`` preprocessor (an nbclient ``NotebookClient``) takes a
``kernel_manager_class``. :class:`ForkKernelManager` is an ``AsyncKernelManager`` whose
provisioner asks a :class:`Zygote` for the kernel process instead of starting Python afresh;
interrupting, killing and liveness checks work on the forked pid exactly as they would on a
launched one, so nbclient's timeout and dead-kernel handling are unchanged.

Example:
    >>> ForkKernelManager.shutdown_wait_time  # a graded kernel is killed, not asked to stop
    0.0
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, cast

from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner
from jupyter_core.utils import run_sync
from traitlets.config import Config

__all__ = ["ForkKernelManager", "ForkedProcess", "Spare", "Spares", "Zygote"]

#: Extra arguments of every graded kernel: no history database on disk (what nbgrader's
#: ``Execute.extra_arguments`` documents for Python kernels).
KERNEL_ARGS = ["--HistoryManager.hist_file=:memory:"]


class Zygote:
    """A running ``python -m netlab.grading.zygote``; one per grading run.

    Args:
        env: the environment of the zygote and of every kernel it forks (a walled kernel
            keeps only :data:`~netlab.grading.zygote.KERNEL_ENV` of it).
        cwd: where the zygote runs: the grading run's folder, holding the kernels' folders.
        hidden: folders no kernel may see (the course), where kernels are walled in.

    Where the system allows (root on Linux: :attr:`isolated`), each kernel is walled in
    (:mod:`netlab.grading.sandbox`): it sees the system, Python and netlab read-only and its
    own folder, nothing of ``hidden``, of ``cwd`` or of other processes, and runs as a user of
    its own without privileges; it talks to the grader through Unix sockets in its folder.
    Otherwise :attr:`reason` says why not.
    """

    current: ClassVar[Zygote | None] = None

    def __init__(self, env: dict[str, str] | None = None, cwd: str | None = None,
                 hidden: tuple[str, ...] = ()) -> None:
        self.env = dict(os.environ if env is None else env)
        self.cwd = cwd
        self._lock = threading.Lock()
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "netlab.grading.zygote", *hidden], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=self.env, cwd=cwd)
        assert self._proc.stdout is not None
        ready = self._proc.stdout.readline().split(maxsplit=2)
        if not ready or ready[0] != "ready":
            raise RuntimeError("the grading zygote did not start")
        #: Kernels are walled in (see :mod:`netlab.grading.sandbox`).
        self.isolated = ready[1:2] == ["isolated"]
        #: Why they are not, when they are not.
        self.reason = ready[2].strip() if len(ready) > 2 else ""

    def fork(self, argv: list[str], cwd: str) -> int:
        """Fork a kernel running ``argv`` in ``cwd``; returns its pid. Its HOME is the folder
        ``home`` beside ``cwd`` when there is one, else ``cwd``."""
        assert self._proc.stdin is not None and self._proc.stdout is not None
        home = os.path.join(os.path.dirname(cwd), "home")
        env = {**self.env, "HOME": home if os.path.isdir(home) else cwd, "PWD": cwd}
        env.pop("OLDPWD", None)
        request = {"argv": argv, "cwd": cwd, "env": env}
        with self._lock:
            self._proc.stdin.write(json.dumps(request) + "\n")
            self._proc.stdin.flush()
            answer = self._proc.stdout.readline()
        if not answer.strip().isdigit():
            raise RuntimeError(f"the grading zygote could not start a kernel (answered "
                               f"{answer!r})")
        return int(answer)

    def private_folder(self, cwd: str) -> str | None:
        """A kernel's own folder: the parent of its ``cwd`` (``<top>/work``) when that lies
        inside the grading run's folder, which the walls hide from every other kernel."""
        own = os.path.dirname(cwd)
        inside = self.cwd and own != self.cwd and os.path.commonpath([own, self.cwd]) == self.cwd
        return own if inside else None

    def close(self) -> None:
        """Stop the zygote (kernels it forked are not touched)."""
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            self._proc.wait(timeout=10)

    def __enter__(self) -> Zygote:
        Zygote.current = self
        return self

    def __exit__(self, *exc: object) -> None:
        Zygote.current = None
        self.close()


class ForkedProcess:
    """The small part of ``subprocess.Popen`` a provisioner uses, for a pid we did not spawn."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self.stdin = self.stdout = self.stderr = None

    def poll(self) -> int | None:
        """None while the process exists, else a return code (the real one is the
        zygote's to reap, so a vanished pid reads as killed)."""
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self.returncode = -signal.SIGKILL
        return self.returncode

    def wait(self, timeout: float | None = None) -> int | None:
        """Like :meth:`poll`: the zygote reaps its children, nothing to wait for here."""
        return self.poll()

    def send_signal(self, signum: int) -> None:
        """Signal the kernel (SIGINT interrupts it), if it still exists."""
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        """SIGKILL."""
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        """SIGTERM."""
        self.send_signal(signal.SIGTERM)


class ForkProvisioner(LocalProvisioner):
    """Provisions a kernel by forking the current :class:`Zygote`."""

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> Any:
        zygote = Zygote.current
        if zygote is None:
            raise RuntimeError("no grading zygote is running")
        cwd = str(kwargs.get("cwd") or os.getcwd())
        process = ForkedProcess(zygote.fork(cmd, cwd))
        self.process = process  # type: ignore[assignment]  # typed Popen upstream; a look-alike
        self.pid = self.pgid = process.pid
        self.cwd = cwd
        return self.connection_info


class ForkKernelManager(AsyncKernelManager):
    """An ``AsyncKernelManager`` whose kernels are forked from the running zygote."""

    shutdown_wait_time = 0.0

    async def _async_pre_start_kernel(self, **kw: Any) -> tuple[list[str], dict[str, Any]]:
        zygote = Zygote.current
        if zygote is not None and zygote.cwd and not self.connection_file:
            # in the kernel's own folder, which no other kernel sees
            own = zygote.private_folder(str(kw.get("cwd") or zygote.cwd)) or zygote.cwd
            self.connection_file = os.path.join(own, f"kernel-{uuid.uuid4()}.json")
            if zygote.isolated:  # no network in its namespace: Unix sockets in its folder
                self.transport = "ipc"
                self.ip = os.path.join(own, "kernel")
        if self.provisioner is None:
            self.provisioner = ForkProvisioner(kernel_id=self.kernel_id or "",
                                               kernel_spec=self.kernel_spec, parent=self)
        return await super()._async_pre_start_kernel(**kw)


@dataclass
class Spare:
    """A private folder ``top`` (``work``, the kernel's cwd, and ``home``, its HOME) with a
    kernel already forked in it."""

    top: Path
    km: ForkKernelManager

    @property
    def work(self) -> Path:
        return self.top / "work"

    def receive(self, folder: Path) -> None:
        """Copy a submission's files into ``work``, owned by the kernel's user (a walled
        kernel runs as a user of its own; the files are its to change, as in stock
        nbgrader). Symbolic links are not followed: a link is copied as a link."""
        shutil.copytree(folder, self.work, dirs_exist_ok=True, symlinks=True)
        owner = self.top.stat().st_uid
        if owner != os.geteuid():
            for path in [self.work, *self.work.rglob("*")]:
                os.chown(path, owner, owner, follow_symlinks=False)

    def kill(self) -> None:
        """Kill its kernel (one nobody will use)."""
        # The cast: this manager's provisioner is a ForkProvisioner (None before a start).
        provisioner = cast("ForkProvisioner | None", self.km.provisioner)
        process = provisioner and provisioner.process
        if process is not None:
            process.kill()


class Spares:
    """One kernel ready ahead per worker thread, so kernel start-up overlaps grading.

    :meth:`take` hands the calling thread the kernel forked on its previous call (or forks one)
    and forks that thread's next kernel at once, so it boots while this one grades. Kernels are
    started in the thread that will use them: their client sockets belong to its event loop.

    Args:
        base: where the private folders go.
        kernel_name: the kernelspec the graded notebooks name.
        config: the course configuration, for the kernel managers.
    """

    def __init__(self, base: Path, kernel_name: str, config: Config) -> None:
        self.base, self.kernel_name, self.config = base, kernel_name, config
        self._local = threading.local()
        self._lock = threading.Lock()
        self._waiting: list[Spare] = []

    def _start(self) -> Spare:
        top = Path(tempfile.mkdtemp(dir=self.base))
        (top / "work").mkdir()
        (top / "home").mkdir()
        km = ForkKernelManager(kernel_name=self.kernel_name, config=self.config)
        run_sync(km.start_kernel)(cwd=str(top / "work"), extra_arguments=list(KERNEL_ARGS))
        spare = Spare(top, km)
        with self._lock:
            self._waiting.append(spare)
        return spare

    def take(self) -> Spare:
        """The calling thread's ready kernel; its next one starts booting now."""
        spare = getattr(self._local, "next", None) or self._start()
        self._local.next = None
        with self._lock:
            self._waiting.remove(spare)
        try:
            self._local.next = self._start()
        except Exception:  # this notebook still has its kernel; the next call forks anew
            self._local.next = None
        return spare

    def __enter__(self) -> Spares:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Kill the kernels nobody took."""
        with self._lock:
            waiting, self._waiting = self._waiting, []
        for spare in waiting:
            spare.kill()
