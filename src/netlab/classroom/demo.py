"""``netlab classroom demo`` (``make hub``): a demonstration class on 127.0.0.1 for an
instructor to try before the workshop: an instructor and two trainees (one Thai, one English),
the first workbook released, the hub running until Ctrl-C; then the hub, the servers, the
accounts and the class's folder are all removed.

Example::

    $ sudo make hub        # then open http://127.0.0.1:8000/ and log in as demo-t1
"""

from __future__ import annotations

import signal
import tempfile
from collections.abc import Callable
from pathlib import Path

from netlab.classroom.grade import owner_env
from netlab.classroom.hub import HubProcess, remove_class
from netlab.classroom.layout import ClassDir, course_dir
from netlab.classroom.setup import init_class
from netlab.classroom.unix import live_processes, run_as
from netlab.i18n import t

__all__ = ["DEMO_ROOT", "DEMO_ROSTER", "run_demo"]

DEMO_ROOT = Path("/tmp/netlab-demo-class")
DEMO_ROSTER = ("id,name,lang,group,role\n"
               "demo-kru,ครูสมศรี,th,,instructor\n"
               "demo-t1,มาลี ศรีสุข,th,A,\n"
               "demo-t2,Jane Doe,en,B,\n")
FIRST = "01_problem_typing"


def run_demo(checkout: Path, port: int, root: Path = DEMO_ROOT,
             say: Callable[[str], None] = print) -> int:
    """Set the demonstration class up, run its hub until interrupted, remove it all; the exit
    status (1 when something of the class was left running).

    Raises:
        ClassroomError: the class could not be set up (nothing is left behind).

    Example::

        >>> run_demo(Path("."), 8000)   # doctest: +SKIP
    """
    room = ClassDir(root)
    if room.accounts.exists():  # a demonstration that was killed
        remove_class(room)
    hub = HubProcess(room)
    people = [line.split(",")[0] for line in DEMO_ROSTER.splitlines()[1:]]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            roster = Path(tmp) / "roster.csv"
            roster.write_text(DEMO_ROSTER, encoding="utf-8")
            done = init_class(roster, room, checkout, port=port, self_check=False,
                              group="demo-instructors")
        owner = done.settings.owner
        for step in (["nbgrader", "generate_assignment", FIRST, "--force"],
                     ["nbgrader", "release_assignment", FIRST]):
            run_as(owner, step, course_dir(owner), owner_env(room), check=True)
        hub = HubProcess(room)
        hub.start()
        hub.wait_up()
        say(t("classroom.demo.ready", url=hub.url + "/",
              trainee=room.password_file("trainee").read_text().strip(),
              instructor=room.password_file("instructor").read_text().strip()))
        signal.signal(signal.SIGTERM, signal.default_int_handler)  # as Ctrl-C
        assert hub.proc is not None
        hub.proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        say(t("classroom.demo.stopping"))
        hub.stop()
        left = "\n".join(live_processes(people))
        remove_class(room)
    say(t("classroom.demo.left", processes=left) if left else t("classroom.demo.clean"))
    return 1 if left else 0
