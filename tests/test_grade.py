"""``netlab grade`` against stock nbgrader, with real kernels: the same scores on well-formed
submissions, and every broken submission of issue 6 repaired or reported without stopping the
batch. One class of 01_problem_typing is graded once; each test reads what it needs."""

from __future__ import annotations

import copy
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_output
from test_nbgrader import _solution, _student_version, _submit, nbgrader

from netlab.build import course_root
from notebooks import grade_id

pytestmark = pytest.mark.slow

NAME = "01_problem_typing"
TESTS = {"a_check": 8.0, "b_check": 1.0, "b_heldout": 2.0, "b_rate_check": 1.0}
WELL_FORMED = ("right_th", "right_en", "wrong", "blank")
PROTECTED = ("source", "release", "submitted/right_th")

EVIL = """\
import glob, os
course = {course!r}
targets = [os.path.join(course, "gradebook.db"),
           os.path.join(course, "source", {name!r}, {name!r} + ".ipynb"),
           os.path.join(course, "release", {name!r}, {name!r} + ".ipynb"),
           os.path.join(course, "submitted", "right_th", {name!r}, {name!r} + ".ipynb"),
           *glob.glob(os.path.join(course, "autograded", "*", {name!r}, {name!r} + ".ipynb"))]
log = []
for target in targets:
    try:
        with open(target, "a") as fh:
            fh.write("tampered")
        log.append("WROTE " + target)
    except OSError as exc:
        log.append("refused " + type(exc).__name__)
open("evil_log.txt", "w").write("\\n".join(log))
"""


def _index(nb: nbformat.NotebookNode, gid: str) -> int:
    return next(i for i, c in enumerate(nb.cells) if grade_id(c) == gid)


def _class(course: Path) -> dict[str, nbformat.NotebookNode | bytes]:
    """Every kind of submission issue 6 names, keyed by student id."""
    right = _solution(course, NAME, "en")
    subs: dict[str, nbformat.NotebookNode | bytes] = {
        "right_th": _solution(course, NAME, "th"), "right_en": right,
        "blank": _student_version(course.parent, NAME, "th")}
    wrong = copy.deepcopy(right)
    cell = wrong.cells[_index(wrong, "a_answers")]
    assert '"C03": "social_mess"' in cell.source
    cell.source = cell.source.replace('"C03": "social_mess"', '"C03": "technical"')
    subs["wrong"] = wrong
    for student, tail in {
            "crash": "import os; os._exit(3)",
            "segfault": "import ctypes; ctypes.string_at(0)",
            "killed": "import os, signal; os.kill(os.getpid(), signal.SIGKILL)",
            "loop": "while True:\n    try:\n        pass\n"
                    "    except KeyboardInterrupt:\n        pass",
    }.items():
        nb = copy.deepcopy(right)
        nb.cells[_index(nb, "b_function")].source += "\n" + tail
        subs[student] = nb
    deleted = copy.deepcopy(right)
    del deleted.cells[_index(deleted, "a_check")]
    subs["deleted"] = deleted
    split = copy.deepcopy(right)
    i = _index(split, "a_answers")
    lines = split.cells[i].source.split("\n")
    second = copy.deepcopy(split.cells[i])
    split.cells[i].source, second.source = "\n".join(lines[:3]), "\n".join(lines[3:])
    split.cells.insert(i + 1, second)
    subs["split"] = split
    dup = copy.deepcopy(right)
    stub = copy.deepcopy(_student_version(course.parent, NAME, "en").cells[
        _index(dup, "b_rate")])
    dup.cells.insert(_index(dup, "b_function"), stub)  # a blank copy before the answer
    dup.cells.append(copy.deepcopy(dup.cells[_index(dup, "b_check")]))
    subs["duplicated"] = dup
    tampered = copy.deepcopy(wrong)
    tampered.cells[_index(tampered, "a_check")].source = "8"  # full marks by partial credit
    subs["tampered"] = tampered
    subs["corrupt"] = b'{"cells": [ not json'
    subs["empty"] = b""
    huge = copy.deepcopy(right)
    huge.cells.insert(0, new_code_cell("print('x' * 25_000_000)", outputs=[  # and again
        new_output("stream", name="stdout", text="x" * 25_000_000)]))
    huge.cells[1]["outputs"] = []  # a markdown cell with an empty "outputs": stock ignores it
    subs["huge"] = huge
    evil = copy.deepcopy(right)
    evil.cells.append(new_code_cell(EVIL.format(course=str(course), name=NAME)))
    subs["evil"] = evil
    subs["misnamed"] = right
    subs["extra"] = right
    return subs


def _write(course: Path, student: str, content: nbformat.NotebookNode | bytes) -> None:
    if isinstance(content, bytes):
        folder = course / "submitted" / student / NAME
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{NAME}.ipynb").write_bytes(content)
    else:
        _submit(course, student, NAME, content)
    folder = course / "submitted" / student / NAME
    if student == "misnamed":
        (folder / f"{NAME}.ipynb").rename(folder / f"{NAME} (1).ipynb")
    if student == "extra":
        (folder / "notes.txt").write_text("my notes", encoding="utf-8")


def _copy_course(top: Path, env: dict[str, str]) -> Path:
    course = top / "grading"
    shutil.copytree(course_root(), course,
                    ignore=shutil.ignore_patterns("gradebook.db", "release", "submitted",
                                                  "autograded", "feedback", "*.log"))
    nbgrader(course, env, "generate_assignment", NAME, "--force")
    return course


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def grades(course: Path, student: str) -> dict[str, float]:
    """Score of every graded cell of one submission, from the gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        nb = gb.find_submission_notebook(NAME, NAME, student)
        return {g.name: g.score for g in nb.grades}


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory,
           venv_env: dict[str, str]) -> Iterator[tuple[Path, Path, str]]:
    """(netlab's course, stock nbgrader's course, netlab grade's output)."""
    env = {k: v for k, v in venv_env.items()
           if k not in ("NETLAB_COURSE", "NETLAB_WORKBOOKS_DIR")}
    ours = _copy_course(tmp_path_factory.mktemp("ours"), env)
    stock = _copy_course(tmp_path_factory.mktemp("stock"), env)
    for student, content in _class(ours).items():
        _write(ours, student, content)
        if student in WELL_FORMED:
            _write(stock, student, content)
    before = {part: _digest(ours / part) for part in PROTECTED}
    run = subprocess.run(["netlab", "grade", NAME, "--timeout", "15", "--quiet", "--lang",
                          "en"], cwd=ours, env=env, capture_output=True, text=True,
                         timeout=900)
    assert run.returncode == 0, run.stderr
    nbgrader(stock, env, "autograde", NAME, "--force")
    for part in PROTECTED:
        assert _digest(ours / part) == before[part], part
    yield ours, stock, run.stdout


def _row(output: str, student: str) -> str:
    return next(line for line in output.splitlines() if line.split(" ")[0] == student)


def test_same_scores_as_stock_nbgrader(graded: tuple[Path, Path, str]) -> None:
    ours, stock, _ = graded
    for student in WELL_FORMED:
        assert grades(ours, student) == grades(stock, student), student
    assert {k: grades(ours, "right_th")[k] for k in TESTS} == TESTS
    assert grades(ours, "wrong")["a_check"] == 7.0


def test_untouched_submissions_get_no_warning(graded: tuple[Path, Path, str]) -> None:
    _, _, out = graded
    for student in WELL_FORMED:
        assert _row(out, student).endswith("  ok"), _row(out, student)


@pytest.mark.parametrize("student,reason", [("crash", "kernel died"),
                                            ("segfault", "kernel died"),
                                            ("killed", "kernel died"),
                                            ("loop", "time limit")])
def test_a_dead_or_stuck_kernel_keeps_earned_credit(graded: tuple[Path, Path, str],
                                                    student: str, reason: str) -> None:
    ours, _, out = graded
    # Exercise A was earned before the crash; a fresh kernel graded b_rate after it.
    assert {k: grades(ours, student)[k] for k in TESTS} == {
        "a_check": 8.0, "b_check": 0.0, "b_heldout": 0.0, "b_rate_check": 1.0}
    assert reason in _row(out, student) and "b_function" in _row(out, student)
    executed = nbformat.read(ours / "autograded" / student / NAME / f"{NAME}.ipynb", 4)
    assert any(o.get("ename") in ("DeadKernelError", "CellTimeoutError")
               for o in executed.cells[_index(executed, "b_function")].outputs)


def test_no_kernel_outlives_grading(graded: tuple[Path, Path, str]) -> None:
    left = subprocess.run(["pgrep", "-f", "netlab.grading.zygote"], capture_output=True,
                          text=True)
    assert left.stdout.strip() == ""


@pytest.mark.parametrize("student,finding", [
    ("deleted", "deleted cells, put back: a_check"),
    ("split", "split answer cells, joined again: a_answers"),
    ("duplicated", "duplicated cells, graded once: b_check, b_rate"),
    ("misnamed", f"wrongly named, graded this file instead: {NAME} (1).ipynb"),
    ("extra", "extra files: notes.txt"),
    ("huge", "huge file (old outputs cleared)"),
    ("huge", "output too long, cut short: cell 1"),
])
def test_repaired_submissions_get_full_credit_and_a_finding(
        graded: tuple[Path, Path, str], student: str, finding: str) -> None:
    ours, _, out = graded
    assert {k: grades(ours, student)[k] for k in TESTS} == TESTS
    assert finding in _row(out, student)


def test_huge_outputs_are_cut_in_the_graded_notebook(graded: tuple[Path, Path, str]) -> None:
    ours, _, _ = graded
    assert (ours / "autograded" / "huge" / NAME / f"{NAME}.ipynb").stat().st_size < 3_000_000


def test_tampering_is_restored_and_reported(graded: tuple[Path, Path, str]) -> None:
    ours, _, out = graded
    assert grades(ours, "tampered")["a_check"] == 7.0  # the real test ran, not "8"
    assert "tampered with a read-only or test cell (restored): a_check" in _row(out, "tampered")
    executed = nbformat.read(ours / "autograded" / "tampered" / NAME / f"{NAME}.ipynb", 4)
    assert "BEGIN HIDDEN TESTS" in executed.cells[_index(executed, "b_heldout")].source


@pytest.mark.parametrize("student,finding", [("corrupt", "corrupt file, not JSON"),
                                             ("empty", "empty file")])
def test_unreadable_files_score_zero_and_are_named(graded: tuple[Path, Path, str],
                                                   student: str, finding: str) -> None:
    ours, _, out = graded
    assert set(grades(ours, student).values()) == {0.0}
    assert finding in _row(out, student)


@pytest.mark.skipif(os.geteuid() != 0, reason="the read-only course needs a mount namespace")
def test_a_submission_cannot_write_outside_its_own_record(
        graded: tuple[Path, Path, str]) -> None:
    ours, _, out = graded
    log = (ours / "autograded" / "evil" / NAME / "evil_log.txt").read_text(encoding="utf-8")
    assert "WROTE" not in log and log.count("refused") >= 5
    assert {k: grades(ours, "evil")[k] for k in TESTS} == TESTS
    assert _row(out, "evil").endswith("  ok")  # the file its kernel wrote is not "extra"


def test_feedback_and_export_work_on_netlab_grades(graded: tuple[Path, Path, str],
                                                   venv_env: dict[str, str]) -> None:
    ours, _, _ = graded
    nbgrader(ours, venv_env, "generate_feedback", NAME, "--force")
    assert (ours / "feedback" / "wrong" / NAME / f"{NAME}.html").is_file()
    nbgrader(ours, venv_env, "export", "--to", str(ours / "grades.csv"))
    assert "right_th" in (ours / "grades.csv").read_text(encoding="utf-8")
