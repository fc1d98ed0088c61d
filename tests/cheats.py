"""A class of trainees who want marks without the work: every cheat issue 17 names, added to
a submission of 01_problem_typing whose honest score is known. The class is graded once per
test session by ``netlab grade`` and by stock ``nbgrader autograde`` (which the cheats beat:
that is what makes each one a real attack); ``tests/test_cheats.py`` reads the grades."""

from __future__ import annotations

import copy
import subprocess
from pathlib import Path

import nbformat
import pytest
from graded_class import NAME, TESTS, copy_course, grades, index_of
from test_nbgrader import _solution, _submit, nbgrader

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
    return subs


def grade_cheats(tmp_path_factory: pytest.TempPathFactory,
                 venv_env: dict[str, str]) -> tuple[Path, Path, str]:
    """(netlab's course, stock nbgrader's course, netlab grade's output)."""
    env = {k: v for k, v in venv_env.items()
           if k not in ("NETLAB_COURSE", "NETLAB_WORKBOOKS_DIR")}
    ours = copy_course(tmp_path_factory.mktemp("cheats_ours"), env)
    stock = copy_course(tmp_path_factory.mktemp("cheats_stock"), env)
    for student, nb in _class(ours).items():
        _submit(ours, student, NAME, nb)
        _submit(stock, student, NAME, nb)
    run = subprocess.run(["netlab", "grade", NAME, "--timeout", "30", "--quiet", "--lang",
                          "en"], cwd=ours, env=env, capture_output=True, text=True,
                         timeout=900)
    assert run.returncode == 0, run.stderr
    nbgrader(stock, env, "autograde", NAME, "--force")
    return ours, stock, run.stdout


def autograded(course: Path, student: str) -> dict[str, float]:
    """The scores of the autograded test cells of one submission."""
    found = grades(course, student)
    return {k: found[k] for k in TESTS}


__all__ = ["CHEATS", "FRAME_HONEST", "FULL", "HONEST", "autograded", "grade_cheats"]
