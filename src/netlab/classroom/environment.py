"""The one Python environment every person of a class runs, and the hub's proxy.

- **Built from the system's Python** (``/usr/bin/python3.11``), not from the instructor's: a
  Python under ``/root`` (pyenv, a venv there) cannot be entered by other users, and their
  servers fail to start with a ``PermissionError``.
- **Files copied, not linked**: uv links files from its cache by default, and the keys'
  modes below would then change the cache's copy too.
- **Bytecode compiled at install**: users cannot write ``__pycache__`` into a root-owned
  environment, and without it every server and kernel compiles netlab, pandas and JupyterLab
  again (a spawn took 35 s instead of 16 s where it was measured).
- **The same pins as Binder and the tests** (``binder/requirements.txt``, ``.ci/constraints.txt``),
  except where the system's Python is too old for a pin (:data:`TOO_NEW`).
- **The answer keys readable by the instructors only** in a graded class: netlab is installed
  without its key file and worked answers, which are then created owned by root and the
  instructors' group, mode 0640, before their content is written (never readable by all, not
  even for a moment during a re-run). A trainee's self-check cannot open them and checks the
  form of an answer only; ``netlab grade`` (root) and the instructors read them.
- **configurable-http-proxy** from npm, in the class's folder.

Example:
    >>> sorted(TOO_NEW)
    ['soupsieve']
"""

from __future__ import annotations

import contextlib
import grp
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from netlab.classroom.unix import ClassroomError, tool
from netlab.i18n import t

__all__ = ["PROXY_VERSION", "SYSTEM_PYTHON", "TOO_NEW", "build_env", "class_pins",
           "install_proxy", "place_secrets", "secret_files"]

SYSTEM_PYTHON = Path("/usr/bin/python3.11")
#: configurable-http-proxy's npm version (the one JupyterHub 6.1 was tried with here).
PROXY_VERSION = "5.3.0"
#: Pins left to the resolver on a Python older than 3.11.5 (Debian 12 has 3.11.2): why.
TOO_NEW = {"soupsieve": "soupsieve 4.1.2 needs Python 3.11.5 or newer"}


def class_pins(checkout: Path, python_version: tuple[int, ...]) -> str:
    """The constraints the class's environment is installed with: Binder's pins and the
    test suite's, without the pins ``python_version`` cannot install.

    Example:
        >>> from netlab.course_layout import course_root
        >>> pins = class_pins(course_root().parent, (3, 11, 2))
        >>> "jupyterhub==" in pins, "soupsieve==" in pins
        (True, False)
    """
    lines = []
    for name in ("binder/requirements.txt", ".ci/constraints.txt"):
        for line in (checkout / name).read_text(encoding="utf-8").splitlines():
            package = line.split("==")[0].strip().lower()
            if python_version < (3, 11, 5) and package in TOO_NEW:
                continue
            lines.append(line)
    return "\n".join(lines) + "\n"


@contextlib.contextmanager
def _readable_by_all() -> Iterator[None]:
    """Everything created inside is readable by every user (umask 022), whatever root's is."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _uv() -> str:
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if not found:
        raise ClassroomError(t("classroom.env.no_uv"))
    return found


def build_env(env: Path, checkout: Path, group: str, self_check: bool,
              python: Path = SYSTEM_PYTHON) -> Path:
    """Create (or bring up to date) the class's environment at ``env`` from the checkout:
    netlab's wheel with JupyterHub, the pinned dependencies, compiled, readable by all; the
    keys and worked answers placed by :func:`place_secrets`.

    Raises:
        ClassroomError: no system Python, no uv, or an install that failed.

    Example::

        >>> build_env(Path("/srv/netlab/env"), Path("/opt/netlab"), "netlab-instructors",
        ...           False)                                         # doctest: +SKIP
        PosixPath('/srv/netlab/env')
    """
    from netlab.trainee_package import SECRET_FILES, build_trainee_package, without

    if not python.exists():
        raise ClassroomError(t("classroom.env.no_python", python=python))
    uv = _uv()
    with _readable_by_all():
        if not (env / "bin" / "python").exists():
            tool(uv, "venv", "--quiet", "--python", str(python), str(env))
        version = tuple(int(x) for x in tool(str(env / "bin" / "python"), "-c",
                        "import sys; print(*sys.version_info[:3])").split())
        with tempfile.TemporaryDirectory(prefix="netlab-class-") as tmp:
            full = build_trainee_package(checkout, Path(tmp) / "full", carries_keys=True)
            bare = without(full, SECRET_FILES, Path(tmp) / full.name)  # installed readable
            pins = Path(tmp) / "pins.txt"
            pins.write_text(class_pins(checkout, version), encoding="utf-8")
            tool(uv, "pip", "install", "--quiet", "--python", str(env / "bin" / "python"),
                 "--compile-bytecode", "--link-mode", "copy", "--constraint", str(pins),
                 "--reinstall-package", "netlab", f"{bare}[hub]")
            place_secrets(full, env, group, self_check)
        tool(str(env / "bin" / "netlab"), "lab-setup", "--role", "trainee")
    return env


def secret_files(env: Path) -> list[Path]:
    """Where the key file and the worked answers go inside the environment's netlab.

    Example::

        >>> [p.name for p in secret_files(Path("/srv/netlab/env"))]   # doctest: +SKIP
        ['keys.json', 'worked.dat']
    """
    found = sorted(env.glob("lib/python3*/site-packages/netlab/resources"))
    if not found:
        raise ClassroomError(t("classroom.env.no_netlab", env=env))
    return [found[0] / "keys.json", found[0] / "worked.dat"]


def place_secrets(wheel: Path, env: Path, group: str, self_check: bool) -> list[Path]:
    """Put the wheel's key file and worked answers into the environment, each created
    readable by root and the instructors' ``group`` only (0640) before a byte is written, then
    moved into place; readable by all (0644) when the class self-checks with keys.

    Example::

        >>> place_secrets(Path("netlab.whl"), Path("/srv/netlab/env"), "netlab-instructors",
        ...               False)                                   # doctest: +SKIP
    """
    import zipfile

    from netlab.trainee_package import SECRET_FILES

    gid = grp.getgrnam(group).gr_gid
    placed = []
    with zipfile.ZipFile(wheel) as archive:
        for target in secret_files(env):
            name = next(n for n in SECRET_FILES if n.endswith("/" + target.name))
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
            try:
                os.fchown(fd, 0, gid)
                os.fchmod(fd, 0o640)
                with os.fdopen(fd, "wb") as out:
                    out.write(archive.read(name))
                if self_check:
                    os.chmod(tmp, 0o644)
                os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            placed.append(target)
    return placed


def install_proxy(prefix: Path) -> Path:
    """configurable-http-proxy from npm into ``prefix`` (once); its program.

    Raises:
        ClassroomError: npm is missing or the install failed.

    Example::

        >>> install_proxy(Path("/srv/netlab/proxy"))   # doctest: +SKIP
        PosixPath('/srv/netlab/proxy/node_modules/.bin/configurable-http-proxy')
    """
    program = prefix / "node_modules" / ".bin" / "configurable-http-proxy"
    if program.exists():
        return program
    npm = shutil.which("npm")
    if not npm:
        raise ClassroomError(t("classroom.env.no_npm"))
    with _readable_by_all():
        subprocess.run([npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund",
                        "--silent", f"configurable-http-proxy@{PROXY_VERSION}"],
                       check=False, capture_output=True, text=True)
    if not program.exists():
        raise ClassroomError(t("classroom.env.proxy_failed", prefix=prefix))
    return program
