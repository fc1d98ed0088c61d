"""A class of trainees who want marks without the work: every cheat issue 17 names, added to
a submission of 01_problem_typing whose honest score is known. The class is graded once per
test session by ``netlab grade`` and by stock ``nbgrader autograde`` (which the cheats beat:
that is what makes each one a real attack); ``tests/test_cheats.py`` reads the grades."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from graded_class import NAME, TESTS, grades, index_of, two_courses
from test_nbgrader import _solution, _submit, nbgrader

from netlab.grading.zygote import isolation_available

#: The base of the cheats: every item of Exercise A "simple" (2 of 8 right), a wrong agreement
#: rate, the function right. What an honest grader gives it:
HONEST = {"a_check": 2.0, "b_check": 1.0, "b_heldout": 2.0, "b_rate_check": 0.0}
#: ... and the full marks the same submission would need.
FULL = {"a_check": 8.0, "b_check": 1.0, "b_heldout": 2.0, "b_rate_check": 1.0}

#: Code added to the answer cell of Exercise A; each beats stock nbgrader's kernel verdict.
CHEATS = {
    # 1. a grade() of one's own, giving every cell its points
    "redefine": """
from netlab.exercises import get as _get
def grade(exercise, answer, **options):
    return float(options.get("points", _get(exercise).points))
""",
    # 2. grade() rebound to give no result: nbgrader reads "no output" as full credit
    "rebind_none": "grade = lambda *args, **kwargs: None",
    # 3. netlab.check patched: every check reports full points
    "patch_check": """
import dataclasses, netlab.check as _check
_real = _check._checked
def _full(exercise, answer, options):
    found = _real(exercise, answer, options)
    return dataclasses.replace(found, points=found.max_points, lines=[])
_check._checked = _full
""",
    # 4. the digest comparison made always equal
    "digest": """
import netlab.exercises.base as _base, netlab.exercises.sets as _sets
class _Same(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
_base.digest = _sets.digest = lambda *args: _Same("x")
""",
}

#: 6. A function that finds the hidden test's expected rows in its callers' frames.
FRAME = '''def compare_with_experts(df):
    import sys
    frame = sys._getframe(1)
    while frame is not None:
        for name in ("options", "kw", "kwargs"):
            found = frame.f_locals.get(name)
            if isinstance(found, dict) and "expected" in found:
                return pd.DataFrame(found["expected"], columns=[
                    "id", "expected_type", "type", "runner_up", "boundary"]).set_index("id")
        frame = frame.f_back
    return pd.DataFrame(columns=["id", "expected_type", "type", "runner_up",
                                 "boundary"]).set_index("id")
'''
#: What the frame reader earns honestly: A and the rate right, the function wrong everywhere.
FRAME_HONEST = {"a_check": 8.0, "b_check": 0.0, "b_heldout": 0.0, "b_rate_check": 1.0}

#: Cheats that need a file a walled kernel cannot read: they beat stock nbgrader (whose kernel
#: reads what the instructor can) and, where ``netlab grade`` walls kernels in, earn nothing.
#: Each is added to the answer cell of Exercise A, after the honest answer.
READ_CHEATS = {
    # 5. run the decoded worked answer of Exercise A
    "worked": """
from netlab.tracking.worked import DATA_FILE as _F, decode as _decode
exec(_decode(_F.read_text())["problem_typing.a"]["code"])
""",
    # 7. find the instructor's source notebook on disk and run its solution
    "source": """
import json as _json, re as _re
for _path in [{source!r}, "../../../source/01_problem_typing/01_problem_typing.ipynb"]:
    try:
        _nb = _json.load(open(_path))
    except OSError:
        continue
    for _cell in _nb["cells"]:
        _text = "".join(_cell["source"])
        if "answers_a = " in _text and "BEGIN SOLUTION" in _text:
            exec(_re.search(r"### BEGIN SOLUTION\\n(.*?)### END SOLUTION", _text, _re.S)[1])
    break
""",
    # the answer key's digests tried one choice at a time
    "keys": """
from netlab.check import digest as _digest
from netlab.exercises.keys import key_of as _key_of
_key = _key_of("problem_typing.a")
answers_a = {{_item: next(_v for _v in ("simple", "technical", "complex", "social_mess")
                          if _digest("problem_typing.a", _item, _v) == _key[_item])
              for _item in answers_a}}
""",
}

#: Attacks on the grader, the course and other trainees: each prints what it managed, as
#: ``NETLAB-ATTACK <name> <json>``, in the answer cell of Exercise A (see ``attack_log``).
WALL_ATTACKS = {
    # the walls of issue 6 came down in two calls as root: unmount, and look
    "unmount": """
import ctypes as _c, json as _j, os as _os
_libc = _c.CDLL(None, use_errno=True)
_got = {{"uid": _os.getuid(),
        "umount_tmp": _libc.umount2(b"/tmp", 2), "umount_root": _libc.umount2(b"/", 2),
        "mount": _libc.mount(b"tmpfs", b"/tmp", b"tmpfs", 0, None),
        "unshare": _libc.unshare(0x20000),
        "course": [_p for _p in ({course!r}, {course!r} + "/gradebook.db") if _os.path.exists(_p)],
        "setuid0": None}}
try:
    _os.setuid(0); _got["setuid0"] = "became root"
except OSError as _e:
    _got["setuid0"] = type(_e).__name__
print("NETLAB-ATTACK unmount", _j.dumps(_got))
""",
    # other kernels: their folders, connection files, processes, ports
    "neighbours": """
import glob as _g, json as _j, os as _os, signal as _s, socket as _so
_mine = _os.path.dirname(_os.getcwd())
_run = _os.path.dirname(_mine)
_got = {{"folders": sorted(set(_os.listdir(_run)) - {{_os.path.basename(_mine)}}),
        "connection_files": [_f for _f in _g.glob("/tmp/**/kernel-*.json", recursive=True)
                             if not _f.startswith(_mine)],
        "processes": sorted(int(_p) for _p in _os.listdir("/proc") if _p.isdigit()),
        "exchange": _os.path.exists({exchange!r} + "/netlab"),
        "ports": [], "signalled": [], "init_root": None}}
for _port in (22, 80, 8000, 8081, 9000):
    try:
        _so.create_connection(("127.0.0.1", _port), timeout=0.2).close()
        _got["ports"].append(_port)
    except OSError:
        pass
for _pid in _got["processes"]:
    if _pid != _os.getpid():
        try:
            _os.kill(_pid, _s.SIGKILL); _got["signalled"].append(_pid)
        except OSError:
            pass
try:
    _os.listdir("/proc/1/root"); _got["init_root"] = "read"
except OSError as _e:
    _got["init_root"] = type(_e).__name__
print("NETLAB-ATTACK neighbours", _j.dumps(_got))
""",
    # code for the instructor's own commands, dropped into the grader's environment
    "pth": """
import json as _j, os as _os, site as _site, sys as _sys, netlab as _n
_got = {{}}
for _target in [*(_p + "/zz_netlab_attack.pth" for _p in _site.getsitepackages()),
                _os.path.dirname(_n.__file__) + "/zz_attack.py",
                _sys.base_prefix + "/lib/zz_attack.py", {course!r} + "/zz_attack.txt"]:
    try:
        with open(_target, "w") as _fh:
            _fh.write("import os; os.system('touch /tmp/NETLAB_OWNED')\\n")
        _got[_target] = "WROTE"
    except OSError as _e:
        _got[_target] = type(_e).__name__
print("NETLAB-ATTACK pth", _j.dumps(_got))
""",
    # a process that outlives its cell, and its kernel
    "outlive": """
import json as _j, subprocess as _sp
_p = _sp.Popen(["sleep", "613"], start_new_session=True)
print("NETLAB-ATTACK outlive", _j.dumps({{"started": _p.pid}}))
""",
}

#: nbgrader's default exchange folder: under /usr, which every kernel sees, it holds every
#: trainee's submissions on a class server. The test makes one there when none exists.
EXCHANGE = "/usr/local/share/nbgrader/exchange"

#: The check's own call silenced: no answer reaches the grader (0 points, and a finding).
SILENCED = "import netlab.check as _check\n_check.collect = lambda *args, **kwargs: None"


def _base(course: Path) -> nbformat.NotebookNode:
    nb = _solution(course, NAME, "en")
    cell = nb.cells[index_of(nb, "a_answers")]
    for item in range(1, 9):
        for kind in ("complex", "technical", "social_mess"):
            cell.source = cell.source.replace(f'"C0{item}": "{kind}"', f'"C0{item}": "simple"')
    rate = nb.cells[index_of(nb, "b_rate")]
    rate.source = "agree_rate = 0.1"
    return nb


def _class(course: Path) -> dict[str, nbformat.NotebookNode]:
    base = _base(course)
    subs = {"honest": base}
    for name, code in CHEATS.items():
        nb = copy.deepcopy(base)
        nb.cells[index_of(nb, "a_answers")].source += "\n" + code
        subs[name] = nb
    frame = _solution(course, NAME, "en")
    frame.cells[index_of(frame, "b_function")].source = FRAME
    subs["frame"] = frame
    silenced = _solution(course, NAME, "en")
    silenced.cells[index_of(silenced, "a_answers")].source += "\n" + SILENCED
    subs["silenced"] = silenced
    if isolation_available():  # unwalled, these would really read and write the course
        source = str(course / "source" / NAME / f"{NAME}.ipynb")
        for name, code in READ_CHEATS.items():
            nb = copy.deepcopy(base)
            nb.cells[index_of(nb, "a_answers")].source += "\n" + code.format(source=source)
            subs[name] = nb
        for name, code in WALL_ATTACKS.items():
            nb = _solution(course, NAME, "en")
            nb.cells[index_of(nb, "a_answers")].source += "\n" + code.format(
                course=str(course), exchange=EXCHANGE)
            subs[f"attack_{name}"] = nb
        subs["victim"] = _solution(course, NAME, "en")  # graded beside the attackers
        subs["linked"] = _solution(course, NAME, "en")  # with a link added beside it
    return subs


def grade_cheats(tmp_path_factory: pytest.TempPathFactory,
                 venv_env: dict[str, str]) -> tuple[Path, Path, str]:
    """(netlab's course, stock nbgrader's course, netlab grade's output)."""
    env, ours, stock = two_courses(tmp_path_factory, venv_env, "cheats_")
    for student, nb in _class(ours).items():
        _submit(ours, student, NAME, nb)
        if not student.startswith(("attack_", "victim", "linked")):
            _submit(stock, student, NAME, nb)
    if isolation_available():  # a link to the gradebook, which must never be followed
        (ours / "submitted" / "linked" / NAME / "gradebook.db").symlink_to(ours / "gradebook.db")
    made = None
    if isolation_available() and not Path(EXCHANGE).exists():  # as on a class server
        made = Path(EXCHANGE).parent
        inbound = Path(EXCHANGE) / "netlab" / "inbound" / f"s9+{NAME}+2026-12-04 10:00:00"
        inbound.mkdir(parents=True)
        (inbound / f"{NAME}.ipynb").write_text("{}", encoding="utf-8")
    try:
        run = subprocess.run(["netlab", "grade", NAME, "--timeout", "30", "--quiet", "--lang",
                              "en"], cwd=ours, env=env, capture_output=True, text=True,
                             timeout=900)
    finally:
        if made is not None:
            shutil.rmtree(made)
    assert run.returncode == 0, run.stderr
    nbgrader(stock, env, "autograde", NAME, "--force")
    return ours, stock, run.stdout


def attack_log(course: Path, name: str) -> dict[str, object]:
    """What a wall attack printed in its graded notebook."""
    import json

    nb = nbformat.read(course / "autograded" / f"attack_{name}" / NAME / f"{NAME}.ipynb", 4)
    for output in nb.cells[index_of(nb, "a_answers")].outputs:
        for line in output.get("text", "").splitlines():
            if line.startswith(f"NETLAB-ATTACK {name} "):
                return json.loads(line.split(" ", 2)[2])
    raise AssertionError(f"attack {name} left no log: "
                         f"{nb.cells[index_of(nb, 'a_answers')].outputs}")


def autograded(course: Path, student: str) -> dict[str, float]:
    """The scores of the autograded test cells of one submission."""
    found = grades(course, student)
    return {k: found[k] for k in TESTS}


__all__ = ["CHEATS", "FRAME_HONEST", "FULL", "HONEST", "READ_CHEATS", "WALL_ATTACKS",
           "attack_log", "autograded", "grade_cheats"]
