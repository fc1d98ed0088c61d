"""``netlab grade`` against stock nbgrader, with real kernels: the same scores on well-formed
submissions, and every broken submission of issue 6 repaired or reported without stopping the
batch. One class of 01_problem_typing is graded once per session (``graded``, from
``tests/graded_class.py``); each test reads what it needs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import nbformat
import pytest
from graded_class import NAME, TESTS, WELL_FORMED, grades, index_of
from test_nbgrader import nbgrader

from netlab.grading.zygote import isolation_available

pytestmark = pytest.mark.slow


def _row(output: str, student: str) -> str:
    return next(line for line in output.splitlines() if line.split(" ")[0] == student)


def test_same_scores_as_stock_nbgrader(graded: tuple[Path, Path, str]) -> None:
    ours, stock, _ = graded
    for student in WELL_FORMED:
        assert grades(ours, student) == grades(stock, student), student
    assert {k: grades(ours, "right_th")[k] for k in TESTS} == TESTS
    assert {k: grades(ours, "recipe")[k] for k in TESTS} == TESTS  # no function, every point
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
    cut = [o for o in executed.cells[index_of(executed, "b_function")].outputs
           if o.get("ename") in ("DeadKernelError", "CellTimeoutError")]
    assert cut
    if student == "loop":  # cut at --timeout, not at the course's Execute.timeout (60 s)
        assert "longer than 15 s" in cut[0]["evalue"], cut[0]["evalue"]


def test_no_kernel_outlives_grading(graded: tuple[Path, Path, str]) -> None:
    left = subprocess.run(["pgrep", "-f", "netlab.grading.zygote"], capture_output=True,
                          text=True)
    assert left.stdout.strip() == ""


@pytest.mark.parametrize("student,finding", [
    ("deleted", "deleted cells, put back: a_check"),
    ("split", "split answer cells, joined again: a_answers"),
    ("duplicated", "duplicated cells, graded once: b_check, b_rate"),
    ("adjacent", "duplicated cells, graded once: b_rate"),
    ("stoppable", "time limit"),
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
    assert "BEGIN HIDDEN TESTS" in executed.cells[index_of(executed, "b_heldout")].source


@pytest.mark.parametrize("student,finding", [("corrupt", "corrupt file, not JSON"),
                                             ("empty", "empty file")])
def test_unreadable_files_score_zero_and_are_named(graded: tuple[Path, Path, str],
                                                   student: str, finding: str) -> None:
    ours, _, out = graded
    assert set(grades(ours, student).values()) == {0.0}
    assert finding in _row(out, student)


@pytest.mark.skipif(not isolation_available(),
                    reason="the walls around a kernel need a private mount namespace (root)")
def test_a_submission_cannot_write_outside_its_own_record(
        graded: tuple[Path, Path, str]) -> None:
    ours, _, out = graded
    executed = nbformat.read(ours / "autograded" / "evil" / NAME / f"{NAME}.ipynb", 4)
    log = "".join(o.get("text", "") for o in executed.cells[-1].outputs)
    assert "WROTE" not in log and log.count("refused") >= 9, log
    assert "others 0" in log, log  # no other kernel's folder is visible
    assert {k: grades(ours, "evil")[k] for k in TESTS} == TESTS
    assert _row(out, "evil").endswith("  ok")  # the file its kernel wrote is not "extra"


def test_feedback_and_export_work_on_netlab_grades(graded: tuple[Path, Path, str],
                                                   venv_env: dict[str, str]) -> None:
    ours, _, _ = graded
    nbgrader(ours, venv_env, "generate_feedback", NAME, "--force")
    assert (ours / "feedback" / "wrong" / NAME / f"{NAME}.html").is_file()
    nbgrader(ours, venv_env, "export", "--to", str(ours / "grades.csv"))
    assert "right_th" in (ours / "grades.csv").read_text(encoding="utf-8")


def test_without_walls_netlab_grade_says_so_and_what_it_risks(
        tmp_path: Path, venv_env: dict[str, str]) -> None:
    """Root inside a user namespace (a rootless container) cannot give a kernel a user of its
    own: the trial kernel fails, and netlab grade says so before grading."""
    import shutil

    from graded_class import copy_course
    from test_nbgrader import _solution, _submit

    if not shutil.which("unshare") or subprocess.run(
            ["unshare", "--user", "--map-root-user", "true"]).returncode != 0:
        pytest.skip("no user namespaces here")
    env = {k: v for k, v in venv_env.items() if k not in ("NETLAB_COURSE",
                                                           "NETLAB_WORKBOOKS_DIR")}
    course = copy_course(tmp_path, env)
    _submit(course, "s1", NAME, _solution(course, NAME, "en"))
    run = subprocess.run(["unshare", "--user", "--map-root-user", "netlab", "grade", NAME,
                          "--quiet", "--lang", "en"], cwd=course, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stdout
    assert "cannot be walled in here" in run.stdout and "gradebook" in run.stdout
    assert run.stdout.index("cannot be walled in") < run.stdout.index("12 / ")  # before
