"""One class of 01_problem_typing with every kind of submission issue 6 names, graded once by
``netlab grade`` (and its well-formed part by stock nbgrader) for the whole test session:
``tests/test_grade.py`` checks the grading, ``tests/test_grade_outputs.py`` the feedback and the
class report built from it."""

from __future__ import annotations

import copy
import hashlib
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_output
from test_nbgrader import _recipe_version, _solution, _student_version, _submit, nbgrader

from netlab.course_layout import course_root
from netlab.grading.zygote import isolation_available
from notebooks import grade_id

NAME = "01_problem_typing"
TESTS = {"a_check": 8.0, "b_check": 1.0, "b_heldout": 2.0, "b_rate_check": 1.0}
WELL_FORMED = ("right_th", "right_en", "recipe", "wrong", "blank")
PROTECTED = ("source", "release", "submitted/right_th")

EVIL = """\
import glob, os
course = {course!r}
targets = [os.path.join(course, "gradebook.db"),
           os.path.join(course, "source", {name!r}, {name!r} + ".ipynb"),
           os.path.join(course, "release", {name!r}, {name!r} + ".ipynb"),
           os.path.join(course, "submitted", "right_th", {name!r}, {name!r} + ".ipynb"),
           os.path.join(course, "autograded", "right_th", {name!r}, {name!r} + ".ipynb"),
           *glob.glob(os.path.join(course, "autograded", "*", {name!r}, {name!r} + ".ipynb"))]
# the same files through another process's view of the file system (the zygote's, unwalled)
targets += [f"/proc/{{os.getppid()}}/root{{t}}" for t in targets[:4]]
log = []
top = os.path.dirname(os.getcwd())
others = [n for n in os.listdir(os.path.dirname(top)) if n not in (os.path.basename(top), ".proc")]
log.append("others " + str(len(others)))
for target in targets:
    try:
        with open(target, "a") as fh:
            fh.write("tampered")
        log.append("WROTE " + target)
    except OSError as exc:
        log.append("refused " + type(exc).__name__)
print("\\n".join("EVIL-LOG " + line for line in log))
"""


def index_of(nb: nbformat.NotebookNode, gid: str) -> int:
    return next(i for i, c in enumerate(nb.cells) if grade_id(c) == gid)


def _class(course: Path) -> dict[str, nbformat.NotebookNode | bytes]:
    """Every kind of submission issue 6 names, keyed by student id."""
    right = _solution(course, NAME, "en")
    subs: dict[str, nbformat.NotebookNode | bytes] = {
        "right_th": _solution(course, NAME, "th"), "right_en": right,
        "blank": _student_version(course.parent, NAME, "th")}
    wrong = copy.deepcopy(right)
    cell = wrong.cells[index_of(wrong, "a_answers")]
    assert '"C03": "social_mess"' in cell.source
    cell.source = cell.source.replace('"C03": "social_mess"', '"C03": "technical"')
    subs["wrong"] = wrong
    subs["recipe"] = _recipe_version(course, NAME)  # the no-code path: no function written
    for student, tail in {
            "crash": "import os; os._exit(3)",
            "segfault": "import ctypes; ctypes.string_at(0)",
            "killed": "import os, signal; os.kill(os.getpid(), signal.SIGKILL)",
            "loop": "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                    "while True:\n    pass",  # deaf to the interrupt
            "stoppable": "while True:\n    pass",
    }.items():
        nb = copy.deepcopy(right)
        nb.cells[index_of(nb, "b_function")].source += "\n" + tail
        subs[student] = nb
    deleted = copy.deepcopy(right)
    del deleted.cells[index_of(deleted, "a_check")]
    subs["deleted"] = deleted
    split = copy.deepcopy(right)
    i = index_of(split, "a_answers")
    lines = split.cells[i].source.split("\n")
    second = copy.deepcopy(split.cells[i])
    split.cells[i].source, second.source = "\n".join(lines[:3]), "\n".join(lines[3:])
    split.cells.insert(i + 1, second)
    subs["split"] = split
    dup = copy.deepcopy(right)
    stub = copy.deepcopy(_student_version(course.parent, NAME, "en").cells[
        index_of(dup, "b_rate")])
    dup.cells.insert(index_of(dup, "b_function"), stub)  # a blank copy before the answer
    dup.cells.append(copy.deepcopy(dup.cells[index_of(dup, "b_check")]))
    subs["duplicated"] = dup
    adjacent = copy.deepcopy(right)  # the blank duplicated below the answer, left untouched
    adjacent.cells.insert(index_of(adjacent, "b_rate") + 1, copy.deepcopy(stub))
    subs["adjacent"] = adjacent
    tampered = copy.deepcopy(wrong)
    tampered.cells[index_of(tampered, "a_check")].source = "8"  # full marks by partial credit
    subs["tampered"] = tampered
    subs["corrupt"] = b'{"cells": [ not json'
    subs["empty"] = b""
    huge = copy.deepcopy(right)
    huge.cells.insert(0, new_code_cell("print('x' * 25_000_000)", outputs=[  # and again
        new_output("stream", name="stdout", text="x" * 25_000_000)]))
    huge.cells[1]["outputs"] = []  # a markdown cell with an empty "outputs": stock ignores it
    subs["huge"] = huge
    leaky = copy.deepcopy(right)  # prints its input, the held-out data too, when graded
    cell = leaky.cells[index_of(leaky, "b_function")]
    cell.source = cell.source.replace("    typed = type_problems(df)",
                                      "    print(df.to_string())\n    typed = type_problems(df)")
    assert "print(df" in cell.source
    subs["leaky"] = leaky
    history = copy.deepcopy(right)  # a later answer cell prints the kernel's input history
    history.cells[index_of(history, "b_rate")].source += "\nprint(In)"
    subs["history"] = history
    if isolation_available():  # elsewhere it would really damage the course copy
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
    if student == "right_en":  # the tools' own files are not the trainee's "extra files"
        (folder / "netlab-progress.json").write_text("{}", encoding="utf-8")
        (folder / "netlab-progress.json.bak-20261204-101500").write_text("{", encoding="utf-8")
        (folder / "submission_secret.txt").write_text("0123abcd", encoding="utf-8")


def copy_course(top: Path, env: dict[str, str]) -> Path:
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


def two_courses(tmp_path_factory: pytest.TempPathFactory, venv_env: dict[str, str],
                prefix: str = "") -> tuple[dict[str, str], Path, Path]:
    """The environment for the tools (the checkout's course not forced on them) and two fresh
    copies of the course with the assignment generated: netlab's and stock nbgrader's."""
    env = {k: v for k, v in venv_env.items()
           if k not in ("NETLAB_COURSE", "NETLAB_WORKBOOKS_DIR")}
    ours = copy_course(tmp_path_factory.mktemp(f"{prefix}ours"), env)
    stock = copy_course(tmp_path_factory.mktemp(f"{prefix}stock"), env)
    return env, ours, stock


def grade_class(tmp_path_factory: pytest.TempPathFactory,
                venv_env: dict[str, str]) -> tuple[Path, Path, str]:
    """(netlab's course, stock nbgrader's course, netlab grade's output)."""
    env, ours, stock = two_courses(tmp_path_factory, venv_env)
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
    return ours, stock, run.stdout
