"""The JupyterHub configuration of a class, read from the class's folder each time the hub
starts (``jupyterhub_config.py`` is two lines that call :func:`configure`).

- **Log-in**: JupyterHub's shared-password authenticator. Trainees share the password the
  instructor hands out; instructors are the hub's admins and log in with their own password
  (at least 32 characters: the authenticator refuses shorter), which a trainee's password
  never opens. Only the class's active accounts may log in.
- **One Unix account per person** (LocalProcessSpawner): each server runs as its person, in
  the class's environment, with the exchange configured for all (``etc/common``) and the role's
  JupyterLab (``etc/trainee``: no nbgrader instructor tool; ``etc/instructor``: Formgrader on
  the course). A trainee's JupyterLab opens on the start workbook, in the roster's language.
- **A disabled account cannot start a server**, even with a log-in cookie from before: the
  accounts are read again at every start.
- **Additions** (another authenticator, a service) go in ``hub/config.d/*.py`` (root's,
  like the rest of ``hub/``): each runs after this configuration, with ``c`` at hand.
- **Idle servers are stopped** by jupyterhub-idle-culler after ``idle_minutes`` (files saved
  on disk stay; JupyterLab saves open notebooks every two minutes by itself).
- **The class pulse** (:mod:`netlab.classroom.pulse_service`) runs as its own account
  (``pulse_user``) on ``pulse_port``, at ``/services/pulse/`` through the hub. Its page is for
  the instructors only (the hub's admins hold ``access:services``; trainees' roles do not).
  Trainees' kernels get its address (``NETLAB_PULSE_URL``) and send with their own token.

Example:
    >>> "configure(get_config()" in config_text(Path("/srv/netlab"))
    True
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import Any

from netlab.classroom.layout import START, ClassDir, Settings, write_public
from netlab.classroom.plan import Account, read_accounts
from netlab.i18n import t

__all__ = ["before_spawn", "config_text", "configure", "person_environment", "pulse_service",
           "start_url"]

_PATH = "/usr/local/bin:/usr/bin:/bin"


def start_url(account: Account, owner: str) -> str:
    """Where a person's JupyterLab opens: a trainee's start workbook, the course for the
    course's owner, the home folder for another instructor.

    Example:
        >>> start_url(Account("t01", "en", "", "trainee"), "kru")
        '/lab/tree/00_start_here.ipynb'
        >>> start_url(Account("kru", "th", "", "instructor"), "kru")
        '/lab/tree/course/grading'
    """
    if account.role == "trainee":
        return f"/lab/tree/{START}"
    return "/lab/tree/course/grading" if account.id == owner else "/lab"


def person_environment(room: ClassDir, account: Account) -> dict[str, str]:
    """The environment of a person's server and kernels.

    Example:
        >>> env = person_environment(ClassDir(Path("/c")), Account("t01", "en", "", "trainee"))
        >>> env["NETLAB_LANG"], env["JUPYTER_CONFIG_PATH"]
        ('en', '/c/etc/trainee:/c/etc/common')
        >>> env["NETLAB_PULSE_URL"]
        'http://127.0.0.1:8003/services/pulse/events'
    """
    env = {"PATH": f"{room.env}/bin:{_PATH}", "JUPYTER_CONFIG_PATH":
           room.config_path(account.role), "NETLAB_LANG": account.lang,
           "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}
    if account.role == "trainee":  # trainees' self-checks go to the class pulse
        from netlab.classroom.pulse_service import PREFIX
        from netlab.tracking.pulse import ENV_URL

        port = room.read_settings().pulse_port
        env[ENV_URL] = f"http://127.0.0.1:{port}{PREFIX}events"
    return env


def before_spawn(room: ClassDir, spawner: Any) -> None:
    """JupyterHub's ``pre_spawn_hook``: refuse a disabled or unknown account; set the
    person's environment and start page from the accounts as they are now.

    Raises:
        tornado.web.HTTPError: 403, the account is not an active account of the class (the
            hub shows the message, in Thai and English: the hub has no one language).

    Example:
        >>> import tempfile, types
        >>> from netlab.classroom.plan import write_accounts
        >>> room = ClassDir(Path(tempfile.mkdtemp()))
        >>> write_accounts(room.accounts, {"t01": Account("t01", "en", "", "trainee", False)})
        >>> spawner = types.SimpleNamespace(user=types.SimpleNamespace(name="t01"),
        ...                                 environment={})
        >>> before_spawn(room, spawner)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        tornado.web.HTTPError: HTTP 403: Forbidden (... The account t01 is not an active ...)
    """
    from tornado import web

    account = read_accounts(room.accounts).get(spawner.user.name)
    if account is None or not account.active:
        raise web.HTTPError(403, " / ".join(
            t("classroom.hub.inactive", lang, id=spawner.user.name) for lang in ("th", "en")))
    spawner.environment.update(person_environment(room, account))
    spawner.default_url = start_url(account, room.read_settings().owner)
    spawner.notebook_dir = str(Path("/home") / account.id)


def configure(c: Any, root: str | Path) -> None:
    """Fill the hub's configuration ``c`` for the class in ``root``.

    Example:
        >>> from traitlets.config import Config
        >>> from netlab.classroom.layout import ClassDir, Settings
        >>> from netlab.classroom.plan import Account, write_accounts
        >>> import tempfile
        >>> room = ClassDir(Path(tempfile.mkdtemp()))
        >>> room.write_settings(Settings(port=9000, owner="kru"))
        >>> write_accounts(room.accounts, {"kru": Account("kru", "th", "", "instructor"),
        ...                                "t01": Account("t01", "en", "A", "trainee")})
        >>> for role, word in (("trainee", "shared-pw"), ("instructor", "i" * 32)):
        ...     _ = room.password_file(role).parent.mkdir(exist_ok=True)
        ...     _ = room.password_file(role).write_text(word)
        >>> c = Config()
        >>> configure(c, room.root)
        >>> c.JupyterHub.port, sorted(c.Authenticator.allowed_users), c.Authenticator.admin_users
        (9000, ['kru', 't01'], {'kru'})
    """
    room = ClassDir(Path(root))
    settings = room.read_settings()
    active = {a.id: a for a in read_accounts(room.accounts).values() if a.active}
    c.JupyterHub.ip = settings.ip
    c.JupyterHub.port = settings.port
    c.JupyterHub.hub_ip = "127.0.0.1"
    c.JupyterHub.hub_port = settings.hub_port
    c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{settings.api_port}"
    c.ConfigurableHTTPProxy.command = [str(room.proxy)]
    c.ConfigurableHTTPProxy.pid_file = str(room.hub / "proxy.pid")
    c.JupyterHub.pid_file = str(room.hub / "jupyterhub.pid")
    c.JupyterHub.db_url = f"sqlite:///{room.hub}/jupyterhub.sqlite"
    c.JupyterHub.cookie_secret_file = str(room.hub / "jupyterhub_cookie_secret")

    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = _read(room.password_file("trainee"))
    c.SharedPasswordAuthenticator.admin_password = _read(room.password_file("instructor"))
    c.Authenticator.admin_users = {i for i, a in active.items() if a.role == "instructor"}
    c.Authenticator.allowed_users = set(active)

    c.JupyterHub.spawner_class = "localprocess"
    c.Spawner.cmd = [str(room.env / "bin" / "jupyterhub-singleuser")]
    c.Spawner.environment = {"PATH": f"{room.env}/bin:{_PATH}"}
    c.Spawner.pre_spawn_hook = partial(before_spawn, room)
    c.Spawner.start_timeout = 120
    c.Spawner.http_timeout = 120
    idle = max(10, round(settings.idle_minutes * 60))  # seconds
    c.JupyterHub.services = [{
        "name": "idle-culler",
        "command": [str(room.env / "bin" / "python"), "-m", "jupyterhub_idle_culler",
                    f"--timeout={idle}", f"--cull-every={max(5, min(60, idle // 2))}"],
    }]
    c.JupyterHub.load_roles = [{
        "name": "idle-culler", "services": ["idle-culler"],
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    }]
    service = pulse_service(room, settings, active)
    if service is not None:
        c.JupyterHub.services.append(service)
    for extra in sorted((room.hub / "config.d").glob("*.py")):  # root's own additions
        exec(compile(extra.read_text(encoding="utf-8"), str(extra), "exec"), {"c": c})


def pulse_service(room: ClassDir, settings: Settings,
                  active: dict[str, Account]) -> dict[str, Any] | None:
    """The class pulse service's entry for ``c.JupyterHub.services``, after writing the
    class's people (ids, languages, groups, roles; no names) where it reads them. None when
    the class has no pulse folder (a class set up before the pulse: ``netlab classroom init``
    again makes it).

    Example:
        >>> import tempfile
        >>> room = ClassDir(Path(tempfile.mkdtemp()))
        >>> room.pulse.mkdir()
        >>> entry = pulse_service(room, Settings(port=9000, owner="kru"),
        ...                       {"t01": Account("t01", "en", "A", "trainee")})
        >>> entry["url"], entry["user"], (room.pulse / "people.json").exists()
        ('http://127.0.0.1:9003', 'netlab-pulse', True)
    """
    from netlab.classroom.pulse_view import PEOPLE_FILE

    if not room.pulse.is_dir():
        return None
    people = [{"id": a.id, "lang": a.lang, "group": a.group, "role": a.role}
              for a in active.values()]
    write_public(room.pulse / PEOPLE_FILE, json.dumps(people, ensure_ascii=False, indent=1))
    owner = active.get(settings.owner)
    return {
        "name": "pulse", "url": f"http://127.0.0.1:{settings.pulse_port}",
        "command": [str(room.env / "bin" / "python"), "-m", "netlab.classroom.pulse_service",
                    "--folder", str(room.pulse), "--port", str(settings.pulse_port)],
        "user": settings.pulse_user, "cwd": str(room.pulse), "oauth_no_confirm": True,
        "environment": {"PATH": f"{room.env}/bin:{_PATH}", "LANG": "C.UTF-8",
                        "NETLAB_LANG": owner.lang if owner else "th"},
    }


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        print(" / ".join(t("classroom.hub.no_password", lang, path=path)
                         for lang in ("th", "en")), file=sys.stderr)
        return None


# The configuration file a class's hub reads, written by ``netlab classroom init``.
CONFIG_TEMPLATE = '''"""JupyterHub configuration of the netlab class in {root}
(written by netlab classroom init; the settings are in {root}/class.json,
the accounts in {root}/accounts.json)."""
from netlab.classroom.hubconf import configure

configure(get_config(), {root!r})  # noqa: F821 - get_config is given by JupyterHub
'''


def config_text(root: Path) -> str:
    """The text of the hub's ``jupyterhub_config.py`` for the class in ``root``.

    Example:
        >>> "configure(get_config(), '/srv/netlab')" in config_text(Path("/srv/netlab"))
        True
    """
    return CONFIG_TEMPLATE.format(root=str(root))
