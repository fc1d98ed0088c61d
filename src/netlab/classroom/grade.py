"""``netlab classroom grade ASSIGNMENT``: collect, grade and return feedback for a class on
this server, each step as the account it belongs to.

1. ``nbgrader collect`` as the course's owner (the exchange's ``inbound`` to ``submitted/``);
2. ``netlab grade`` as **root**: only root can wall each graded kernel in (its own namespaces,
   a file system without the course, the gradebook, the keys or anyone's home, a user id of its
   own). Run as the instructor, a submission's code could read the gradebook and the other
   submissions in the instructor's home;
3. the course handed back to its owner (``chown``), then ``netlab feedback`` and
   ``nbgrader release_feedback`` as the owner; trainees fetch their feedback from the
   Assignments panel.

Root runs the course's ``nbgrader_config.py`` in step 2, so whoever may run this command
(root, or an instructor through a sudo rule) must be trusted with the server.

Example::

    $ sudo /srv/netlab/env/bin/netlab classroom grade 01_problem_typing
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable

from netlab.classroom import unix
from netlab.classroom.layout import ClassDir, course_dir
from netlab.classroom.unix import ClassroomError
from netlab.i18n import t

__all__ = ["grade_class", "owner_env"]


def owner_env(room: ClassDir) -> dict[str, str]:
    """The environment the course's owner's steps run in (the class's Python, the
    instructor's Jupyter configuration).

    Example:
        >>> from pathlib import Path
        >>> owner_env(ClassDir(Path("/c")))["JUPYTER_CONFIG_PATH"]
        '/c/etc/instructor:/c/etc/common'
    """
    return {"PATH": f"{room.env}/bin:/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
            "JUPYTER_CONFIG_PATH": room.config_path("instructor")}


def grade_class(room: ClassDir, assignment: str, lang: str,
                say: Callable[[str], None] = print) -> None:
    """Collect, grade (as root) and release feedback for ``assignment``.

    Raises:
        ClassroomError: not root, no such class or assignment, or a step failed (its output
            in the message).

    Example::

        >>> grade_class(ClassDir(Path("/srv/netlab")), "01_problem_typing", "th")
        ...                                                             # doctest: +SKIP
    """
    if os.geteuid() != 0:
        raise ClassroomError(t("classroom.grade.not_root"))
    if not room.settings_file.exists():
        raise ClassroomError(t("classroom.grade.no_class", root=room.root))
    owner = room.read_settings().owner
    course = course_dir(owner)
    if not (course / "source" / assignment).is_dir():
        raise ClassroomError(t("classroom.grade.no_assignment", assignment=assignment,
                               course=course))
    env = owner_env(room)

    def as_owner(*argv: str) -> None:
        unix.run_as(owner, argv, course, env, check=True)

    say(t("classroom.grade.collect", assignment=assignment))
    as_owner("nbgrader", "collect", assignment)
    say(t("classroom.grade.grade", assignment=assignment))
    graded = subprocess.run([str(room.env / "bin" / "netlab"), "grade", assignment, "--course",
                             str(course), "--quiet", "--lang", lang],
                            cwd=course, env={**env, "HOME": "/root"}, text=True)
    unix.tool("chown", "-R", "--no-dereference", f"{owner}:{owner}", str(course))
    if graded.returncode != 0:
        raise ClassroomError(t("classroom.grade.failed", status=graded.returncode))
    say(t("classroom.grade.feedback", assignment=assignment))
    as_owner("netlab", "feedback", assignment, "--lang", lang)
    as_owner("nbgrader", "release_feedback", assignment)
