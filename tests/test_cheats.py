"""A submission cannot raise its own grade under ``netlab grade``: every cheat of issue 17,
with real kernels and real nbgrader. Each cheat first earns marks it did not deserve from stock
``nbgrader autograde`` (so the attack is real), then its honest score from ``netlab grade``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cheats import CHEATS, FRAME_HONEST, FULL, HONEST, READ_CHEATS, attack_log
from cheats import autograded as grades
from graded_class import NAME

from netlab.grading.zygote import isolation_available

pytestmark = pytest.mark.slow


def _row(output: str, student: str) -> str:
    return next(line for line in output.splitlines() if line.split(" ")[0] == student)


def test_the_honest_base_scores_alike(cheated: tuple[Path, Path, str]) -> None:
    ours, stock, out = cheated
    assert grades(ours, "honest") == grades(stock, "honest") == HONEST
    assert _row(out, "honest").endswith("  ok")


@pytest.mark.parametrize("student", sorted(CHEATS))
def test_a_cheat_in_an_answer_cell_earns_nothing(cheated: tuple[Path, Path, str],
                                                 student: str) -> None:
    ours, stock, _ = cheated
    assert grades(stock, student) == FULL, "the attack should beat stock nbgrader"
    assert grades(ours, student) == HONEST


def test_the_hidden_expected_value_is_not_in_the_kernel(cheated: tuple[Path, Path, str]) -> None:
    ours, stock, _ = cheated
    assert grades(stock, "frame")["b_heldout"] == 2.0, "the attack should beat stock nbgrader"
    assert grades(ours, "frame") == FRAME_HONEST


def test_a_silenced_check_scores_zero_and_is_reported(cheated: tuple[Path, Path, str]) -> None:
    ours, stock, out = cheated
    assert set(grades(ours, "silenced").values()) == {0.0}
    assert grades(stock, "silenced") == FULL  # stock never calls collect: honest full marks
    assert "no answer reached the grader" in _row(out, "silenced")


def test_the_graded_notebook_keeps_the_instructors_test_cells(
        cheated: tuple[Path, Path, str]) -> None:
    import nbformat

    ours, _, _ = cheated
    executed = nbformat.read(ours / "autograded" / "redefine" / NAME / f"{NAME}.ipynb", 4)
    sources = "\n".join(c.source for c in executed.cells)
    assert 'grade("problem_typing.a", answers_a)' in sources
    assert "BEGIN HIDDEN TESTS" in sources and "collect(" not in sources


walled = pytest.mark.skipif(not isolation_available(),
                            reason="walled kernels need root on Linux (netlab grade says so)")


@walled
@pytest.mark.parametrize("student", sorted(READ_CHEATS))
def test_what_a_walled_kernel_cannot_read_cannot_raise_a_grade(
        cheated: tuple[Path, Path, str], student: str) -> None:
    """Worked answers, the instructor's source and the key file: stock nbgrader's kernel reads
    them (full marks for Exercise A); a walled kernel finds nothing."""
    ours, stock, _ = cheated
    assert grades(stock, student)["a_check"] == 8.0, "the attack should beat stock nbgrader"
    assert grades(ours, student) == HONEST


@walled
def test_the_walls_cannot_be_taken_down(cheated: tuple[Path, Path, str]) -> None:
    ours, _, _ = cheated
    got = attack_log(ours, "unmount")
    assert got["uid"] != 0 and got["setuid0"] == "PermissionError"
    assert got["umount_tmp"] == got["umount_root"] == got["mount"] == got["unshare"] == -1
    assert got["course"] == []


@walled
def test_a_kernel_cannot_see_signal_or_reach_another(cheated: tuple[Path, Path, str]) -> None:
    ours, _, _ = cheated
    got = attack_log(ours, "neighbours")
    assert got["folders"] == [] and got["connection_files"] == [] and got["ports"] == []
    assert got["exchange"] is False  # other trainees' submissions, on a class server
    assert set(got["processes"]) <= {1, 2, 3, 4} and got["signalled"] == []
    assert got["init_root"] == "PermissionError"
    # the classmate graded beside the attackers, on kernels forked ahead, is untouched
    assert grades(ours, "victim") == FULL


@walled
def test_nothing_is_written_into_the_grader_environment_or_the_course(
        cheated: tuple[Path, Path, str]) -> None:
    ours, _, _ = cheated
    got = attack_log(ours, "pth")
    assert got and "WROTE" not in got.values(), got
    assert not any(Path(target).exists() for target in got)
    assert not Path("/tmp/NETLAB_OWNED").exists()


@walled
def test_no_process_outlives_its_kernel(cheated: tuple[Path, Path, str]) -> None:
    ours, _, _ = cheated
    assert attack_log(ours, "outlive")["started"]
    left = subprocess.run(["pgrep", "-f", "sleep 613"], capture_output=True, text=True)
    assert left.stdout.strip() == ""


@walled
def test_a_link_in_a_submission_is_never_followed(cheated: tuple[Path, Path, str]) -> None:
    ours, _, out = cheated
    assert "symbolic links in the submission, left out: gradebook.db" in _row(out, "linked")
    record = ours / "autograded" / "linked" / NAME
    assert not (record / "gradebook.db").exists()
    assert grades(ours, "linked") == FULL
