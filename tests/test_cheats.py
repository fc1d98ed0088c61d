"""A submission cannot raise its own grade under ``netlab grade``: every cheat of issue 17,
with real kernels and real nbgrader. Each cheat first earns marks it did not deserve from stock
``nbgrader autograde`` (so the attack is real), then its honest score from ``netlab grade``."""

from __future__ import annotations

from pathlib import Path

import pytest
from cheats import CHEATS, FRAME_HONEST, FULL, HONEST
from cheats import autograded as grades
from graded_class import NAME

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
