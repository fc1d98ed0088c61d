"""Where a class on one JupyterHub server keeps its things, and the class's settings.

A class lives in one folder (``/srv/netlab`` by default), owned by root::

    /srv/netlab/               0755  root
      class.json               0644  the settings below (read by the hub's configuration)
      accounts.json            0600  the accounts the class made (netlab.classroom.plan)
      env/                     0755  Python with netlab, JupyterLab, nbgrader, JupyterHub
      proxy/                   0755  configurable-http-proxy (npm)
      etc/common/              0755  nbgrader_config.py: the exchange, for every user
      etc/trainee/             0755  JupyterLab without nbgrader's instructor tools
      etc/instructor/          0755  JupyterLab with Formgrader, on the course
      exchange/                1777  nbgrader's exchange (its parent 0755, as nbgrader needs)
      hub/                     0700  jupyterhub_config.py, passwords, the hub's database, logs
      pulse/                   0700  the pulse service's (its own account): its database, and
                                     people.json, the class's ids, languages and groups

The course itself (the instructor's copy of ``grading/``) is in the course owner's home,
``/home/<owner>/course/grading``, mode 0700: no trainee can read it.

Example:
    >>> room = ClassDir(Path("/srv/netlab"))
    >>> str(room.exchange), str(room.etc("trainee"))
    ('/srv/netlab/exchange', '/srv/netlab/etc/trainee')
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

__all__ = ["DEFAULT_ROOT", "START", "ClassDir", "Settings", "course_dir", "write_private",
           "write_public"]

DEFAULT_ROOT = Path("/srv/netlab")
#: The start workbook every trainee's JupyterLab opens on (in the trainee's language).
START = "00_start_here.ipynb"


@dataclass(frozen=True)
class Settings:
    """A class's settings (``class.json``).

    Attributes:
        ip: the address the hub listens on (``0.0.0.0`` to serve a room's network).
        port: the hub's public port; the hub's own port is ``port + 1``, the proxy's API
            ``port + 2``, the class pulse service's ``port + 3`` (all on 127.0.0.1 only).
        course_id: nbgrader's course id (the exchange's folder name).
        group: the Unix group of the class's instructors (they read the answer keys).
        owner: the instructor whose home holds the course.
        self_check: whether trainees' self-checks compare with the keys (a graded class: no).
        idle_minutes: a server idle this long is stopped (saved work stays on disk); the
            culler looks every minute, or every half of this when that is shorter.
        pulse_user: the system account the class pulse service runs as; it owns ``pulse/``
            and nothing else.
    """

    ip: str = "127.0.0.1"
    port: int = 8000
    course_id: str = "netlab"
    group: str = "netlab-instructors"
    owner: str = ""
    self_check: bool = False
    idle_minutes: float = 60
    pulse_user: str = "netlab-pulse"

    @property
    def hub_port(self) -> int:
        """The hub's own port (127.0.0.1 only)."""
        return self.port + 1

    @property
    def api_port(self) -> int:
        """The proxy's API port (127.0.0.1 only)."""
        return self.port + 2

    @property
    def pulse_port(self) -> int:
        """The class pulse service's port (127.0.0.1 only).

        Example:
            >>> Settings(port=9000).pulse_port
            9003
        """
        return self.port + 3

    def but(self, **changes: Any) -> Settings:
        """These settings with ``changes`` (None values ignored).

        Example:
            >>> Settings().but(port=9000, ip=None).port
            9000
        """
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def write_public(path: Path, text: str, mode: int = 0o644) -> None:
    """Write ``text`` to ``path`` whole (a temporary file moved into place) with ``mode``.

    Example:
        >>> folder = Path(tempfile.mkdtemp())
        >>> write_public(folder / "a.txt", "hi")
        >>> oct((folder / "a.txt").stat().st_mode & 0o777)
        '0o644'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole, readable by its owner only (0600).

    Example:
        >>> folder = Path(tempfile.mkdtemp())
        >>> write_private(folder / "secret", "x")
        >>> oct((folder / "secret").stat().st_mode & 0o777)
        '0o600'
    """
    write_public(path, text, 0o600)


@dataclass(frozen=True)
class ClassDir:
    """The paths of one class's folder."""

    root: Path

    @property
    def settings_file(self) -> Path:
        """``class.json``."""
        return self.root / "class.json"

    @property
    def accounts(self) -> Path:
        """``accounts.json``: the accounts the class made."""
        return self.root / "accounts.json"

    @property
    def env(self) -> Path:
        """The Python environment every user runs."""
        return self.root / "env"

    @property
    def proxy(self) -> Path:
        """configurable-http-proxy's program."""
        return self.root / "proxy" / "node_modules" / ".bin" / "configurable-http-proxy"

    @property
    def exchange(self) -> Path:
        """nbgrader's exchange folder."""
        return self.root / "exchange"

    @property
    def hub(self) -> Path:
        """The hub's private folder (configuration, passwords, database, logs)."""
        return self.root / "hub"

    @property
    def pulse(self) -> Path:
        """The class pulse service's folder (its database, the class's people)."""
        return self.root / "pulse"

    @property
    def hub_config(self) -> Path:
        """The hub's configuration file (``jupyterhub -f`` reads it)."""
        return self.hub / "jupyterhub_config.py"

    def password_file(self, role: str) -> Path:
        """Where the password of ``role`` (trainee or instructor) is kept (0600, root).

        Example:
            >>> ClassDir(Path("/c")).password_file("trainee").name
            'trainee-password'
        """
        return self.hub / f"{role}-password"

    def etc(self, role: str) -> Path:
        """The Jupyter configuration folder of ``role`` (trainee, instructor or common).

        Example:
            >>> ClassDir(Path("/c")).etc("common").name
            'common'
        """
        return self.root / "etc" / role

    def config_path(self, role: str) -> str:
        """``JUPYTER_CONFIG_PATH`` for a person of ``role``: the role's folder, then the common
        one (the first wins).

        Example:
            >>> ClassDir(Path("/c")).config_path("trainee")
            '/c/etc/trainee:/c/etc/common'
        """
        return f"{self.etc(role)}:{self.etc('common')}"

    def read_settings(self) -> Settings:
        """The class's settings (the defaults when ``class.json`` is missing).

        Example:
            >>> ClassDir(Path(tempfile.mkdtemp())).read_settings().port
            8000
        """
        if not self.settings_file.exists():
            return Settings()
        data = json.loads(self.settings_file.read_text(encoding="utf-8"))
        known = {f.name for f in fields(Settings)}
        return Settings(**{k: v for k, v in data.items() if k in known})

    def write_settings(self, settings: Settings) -> None:
        """Write ``class.json`` (readable by all: it holds no secret).

        Example:
            >>> room = ClassDir(Path(tempfile.mkdtemp()))
            >>> room.write_settings(Settings(port=9000))
            >>> room.read_settings().hub_port
            9001
        """
        write_public(self.settings_file,
                     json.dumps(asdict(settings), indent=1, ensure_ascii=False) + "\n")


def course_dir(owner: str) -> Path:
    """The course folder in the owner's home.

    Example:
        >>> str(course_dir("kru"))
        '/home/kru/course/grading'
    """
    return Path("/home") / owner / "course" / "grading"
