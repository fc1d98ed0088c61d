"""Run a class's hub, and take a class down (the demonstration class, a test's class).

Example::

    >>> hub = HubProcess(ClassDir(Path("/srv/netlab")))   # doctest: +SKIP
    >>> hub.start(); hub.wait_up(); ...; hub.stop()       # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from netlab.classroom import unix
from netlab.classroom.layout import ClassDir
from netlab.classroom.plan import read_accounts
from netlab.i18n import t

__all__ = ["HubProcess", "remove_class"]


class HubProcess:
    """The hub of a class as a child process (its log in ``hub/hub.log``)."""

    def __init__(self, room: ClassDir) -> None:
        self.room = room
        settings = room.read_settings()
        host = "127.0.0.1" if settings.ip in ("0.0.0.0", "") else settings.ip
        self.url = f"http://{host}:{settings.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def log(self) -> Path:
        """The hub's log file."""
        return self.room.hub / "hub.log"

    def start(self) -> None:
        """Start ``jupyterhub`` from the class's environment with the class's configuration."""
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [str(self.room.env / "bin" / "jupyterhub"), "-f", str(self.room.hub_config)],
                cwd=self.room.hub, stdout=log, stderr=subprocess.STDOUT,
                env={"PATH": f"{self.room.env}/bin:/usr/local/bin:/usr/bin:/bin",
                     "LANG": "C.UTF-8"})

    def wait_up(self, timeout: float = 120) -> float:
        """Wait until the hub answers; the seconds it took.

        Raises:
            ClassroomError: the hub stopped (the end of its log in the message), or it did
                not answer within ``timeout`` seconds.
        """
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.proc is not None and self.proc.poll() is not None:
                raise unix.ClassroomError(t("classroom.hub.stopped", log=self.log.read_text(
                    encoding="utf-8", errors="replace")[-4000:]))
            with (contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError),
                  urllib.request.urlopen(f"{self.url}/hub/api/", timeout=2)):
                return time.monotonic() - started
            time.sleep(0.2)
        raise unix.ClassroomError(t("classroom.hub.no_answer", url=self.url,
                                    seconds=round(timeout)))

    def stop(self, timeout: float = 60) -> None:
        """Stop the hub; it stops the proxy and every server it started first."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def remove_class(room: ClassDir) -> list[str]:
    """Take a class down completely: its processes killed, its accounts (and their homes)
    and group deleted, its folder removed; the accounts removed. For the demonstration class
    and tests: a real class's work is in those homes.

    Example::

        >>> remove_class(ClassDir(Path("/tmp/netlab-demo")))   # doctest: +SKIP
        ['kru', 't01', 't02']
    """
    ids = sorted(read_accounts(room.accounts)) if room.accounts.exists() else []
    settings = room.read_settings()
    running = [*ids, settings.pulse_user]
    for ident in running:
        if unix.user_exists(ident):
            subprocess.run(["pkill", "-KILL", "-u", ident], capture_output=True)
    end = time.monotonic() + 10
    while unix.live_processes(running) and time.monotonic() < end:
        time.sleep(0.1)
    for ident in ids:
        with contextlib.suppress(unix.ClassroomError):
            unix.remove_user(ident)
    with contextlib.suppress(unix.ClassroomError):
        unix.remove_group(settings.group)
    with contextlib.suppress(unix.ClassroomError):  # owns no file outside the class's folder
        unix.remove_user(settings.pulse_user, home=False)
    shutil.rmtree(room.root, ignore_errors=True)
    return ids
