"""The trainees' image for Zero to JupyterHub (Kubernetes): its Jupyter configuration.

On Kubernetes every person's server runs as the same user (uid 1000) in its own pod, so a
shared exchange folder cannot keep trainees out of each other's submissions by file modes, as
one server's Unix accounts do. The exchange is therefore ngshare, a hub service that knows who
asks (each server's hub token), through nbgrader's ``ngshare_exchange``. The image carries the
configuration of both roles (``/etc/netlab/trainee``, ``/etc/netlab/instructor``) and the
common one (``/etc/netlab/common``: the exchange); the hub picks a person's role at spawn
(``classroom/kubernetes/config.yaml``).

Example:
    >>> files = image_configs(Path("/etc/netlab"), "http://ngshare:8080/services/ngshare")
    >>> sorted(str(p.relative_to("/etc/netlab")) for p in files)[:2]
    ['common/nbgrader_config.py', 'instructor/jupyter_server_config.json']
"""

from __future__ import annotations

from pathlib import Path

from netlab.classroom.layout import write_public
from netlab.classroom.setup import role_files

__all__ = ["IMAGE_COURSE", "image_configs", "write_image_configs"]

#: Where the course lives in the instructor's home volume on Kubernetes.
IMAGE_COURSE = "/home/jovyan/course/grading"


def image_configs(prefix: Path, ngshare_url: str, course_id: str = "netlab",
                  course: str = IMAGE_COURSE) -> dict[Path, str]:
    """The image's Jupyter configuration files under ``prefix`` (``/etc/netlab``).

    Example:
        >>> files = image_configs(Path("/e"), "http://ngshare:8080/services/ngshare")
        >>> "configureExchange(c, 'http://ngshare:8080/services/ngshare')" in files[
        ...     Path("/e/common/nbgrader_config.py")]
        True
    """
    files = {prefix / "common" / "nbgrader_config.py": (
        "from ngshare_exchange import configureExchange\n\n"
        "c = get_config()  # noqa: F821\n"
        f"configureExchange(c, {ngshare_url!r})\n"
        f"c.CourseDirectory.course_id = {course_id!r}\n")}
    for role in ("trainee", "instructor"):
        files.update(role_files(prefix / role, role))
    files[prefix / "instructor" / "nbgrader_config.py"] = (
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.root = {course!r}\n")
    return files


def write_image_configs(prefix: Path, ngshare_url: str) -> list[Path]:
    """Write :func:`image_configs` (readable by all); the files written.

    Example:
        >>> import tempfile
        >>> written = write_image_configs(Path(tempfile.mkdtemp()), "http://ngshare:8080/x")
        >>> len(written)
        6
    """
    files = image_configs(prefix, ngshare_url)
    for path, text in files.items():
        write_public(path, text)
    return list(files)
