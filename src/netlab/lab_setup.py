"""``netlab lab-setup``: netlab's JupyterLab settings for this environment, for a trainee or an
instructor.

- Settings overrides (no news pop-up, no update check: nothing reaches for the network), merged
  into ``<prefix>/share/jupyter/lab/settings/overrides.json`` without losing other settings.
- The role (``--role``, default ``trainee``): a trainee's JupyterLab shows none of nbgrader's
  instructor tools (Formgrader, Create Assignment, the course list), keeping what a trainee
  uses (the Assignments list, Validate); an instructor's shows them all. The switch writes what
  ``jupyter labextension disable --level=sys_prefix`` and ``jupyter server extension disable
  --sys-prefix`` write (``labconfig/page_config.json``, and a ``jupyter_server_config.d`` file
  that loads after nbgrader's own), so either tool can undo it.

Example::

    $ netlab lab-setup                     # a trainee's environment (the default)
    $ netlab lab-setup --role instructor   # Formgrader and Create Assignment back
"""

from __future__ import annotations

import json
import shutil
import sys
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["INSTRUCTOR_ONLY", "ROLES", "lab_setup"]

ROLES = ("trainee", "instructor")
#: nbgrader's JupyterLab plugins and server extensions meant for instructors only.
INSTRUCTOR_ONLY = {
    "lab": ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
            "@jupyter/nbgrader:course-list"),
    "server": ("nbgrader.server_extensions.formgrader",
               "nbgrader.server_extensions.course_list"),
}
#: Loads after nbgrader's own ``nbgrader.json`` (files load in name order; the last wins).
SERVER_FILE = "netlab-role.json"


def _read(target: Path) -> dict[str, Any]:
    """A JSON settings file, or {} when missing; a broken one is kept as ``.bak``."""
    if not target.exists():
        return {}
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except json.JSONDecodeError:
        backup = target.with_suffix(".json.bak")
        shutil.copy2(target, backup)
        print(f"netlab: {target} was not valid JSON; kept a copy at {backup}")
        return {}


def _write(target: Path, data: dict[str, Any]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def lab_setup(role: str = "trainee", prefix: Path | None = None) -> list[Path]:
    """Write netlab's JupyterLab settings and the role's tools into ``prefix`` (default: this
    environment, ``sys.prefix``); returns the files written.

    Raises:
        ValueError: an unknown role (naming the allowed ones).

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> written = lab_setup("trainee", folder)
        >>> json.loads(written[1].read_text())["disabledExtensions"][
        ...     "@jupyter/nbgrader:formgrader"]
        True
    """
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; allowed: {', '.join(ROLES)}")
    prefix = Path(prefix or sys.prefix)
    overrides = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    current = _read(overrides)
    ours = json.loads(resources.files("netlab.resources").joinpath(
        "lab_overrides.json").read_text(encoding="utf-8"))
    for plugin, settings in ours.items():
        current.setdefault(plugin, {}).update(settings)
    _write(overrides, current)

    hidden = role == "trainee"
    page = prefix / "etc" / "jupyter" / "labconfig" / "page_config.json"
    config = _read(page)
    disabled = config.setdefault("disabledExtensions", {})
    for plugin in INSTRUCTOR_ONLY["lab"]:
        if hidden:
            disabled[plugin] = True
        else:
            disabled.pop(plugin, None)
    _write(page, config)

    server = prefix / "etc" / "jupyter" / "jupyter_server_config.d" / SERVER_FILE
    _write(server, {"ServerApp": {"jpserver_extensions": {
        name: not hidden for name in INSTRUCTOR_ONLY["server"]}}})
    return [overrides, page, server]
