"""In a trainee's live kernel, nothing a trainee can cause shows a Python traceback: a check
with no points shows its report, and a bad value, an unknown exercise id or a locked worked
answer shows one short message in the active language. Under nbgrader the test cell still
fails, with the report in place of a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from netlab.check import CheckFailed, grade, report, trial
from netlab.datasets import load
from netlab.i18n import language
from notebooks import run

pytestmark = pytest.mark.slow

#: (cell source, words the message must have) for what a trainee can get wrong.
MISTAKES = [
    ('grade("problem_typing.x", {})', ["problem_typing.x", "problem_typing.a"]),
    ('netlab.worked("problem_typing.a")', ["problem_typing.a", "3"]),
    ('netlab.problems.type_problem({"K1": 7})', ["7"]),
    ('netlab.datasets.load("scenarioz")', ["scenarioz", "problem_scenarios"]),
    ('netlab.setup(lang="fr")', ["'fr'", "th, en"]),
]


def _notebook(lang: str, cells: list[str], env: str = "") -> nbformat.NotebookNode:
    setup = f'{env}import netlab\nnetlab.setup(lang="{lang}")\nfrom netlab.check import grade'
    return new_notebook(cells=[new_code_cell(setup), *(new_code_cell(c) for c in cells)],
                        metadata={"kernelspec": {"name": "python3", "language": "python",
                                                 "display_name": "Python 3"}})


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_trainee_never_sees_a_traceback(lang: str, tmp_path: Path) -> None:
    checks = ['grade("problem_typing.a", {"C01": "simple"})',  # 0 points, or some
              'grade("problem_typing.a", "complex")',  # a wrong type
              'grade("problem_typing.b_rate", 7)',  # a value out of range
              'grade("problem_typing.b", lambda df: 1 / 0)']  # the trainee's function fails
    nb, _ = run(_notebook(lang, [*checks, *(c for c, _ in MISTAKES)]), tmp_path,
                allow_errors=True)
    cells = nb.cells[1:]
    for cell in cells[:len(checks)]:  # a report, never an error
        assert [o.output_type for o in cell.outputs] == ["execute_result"], cell.source
        assert "netlab-check" in cell.outputs[0].data["text/html"]
    for cell, (source, words) in zip(cells[len(checks):], MISTAKES, strict=True):
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert len(errors) == 1, source
        shown = "\n".join(errors[0].traceback)
        assert shown.startswith("⚠ ") and "Traceback" not in shown and ".py" not in shown
        assert all(word in shown for word in words), (source, shown)
        if lang == "th" and "fr" not in source:
            assert any("\u0e00" <= ch <= "\u0e7f" for ch in shown), shown  # said in Thai


def test_under_nbgrader_a_blank_check_fails_its_cell_showing_the_report(tmp_path: Path) -> None:
    env = 'import os\nos.environ["NBGRADER_EXECUTION"] = "validate"\n'
    nb, _ = run(_notebook("en", ['grade("problem_typing.a", {})']), tmp_path,
                allow_errors=True)
    assert [o.output_type for o in nb.cells[1].outputs] == ["execute_result"]
    nb, _ = run(_notebook("en", ['grade("problem_typing.a", {})'], env), tmp_path,
                allow_errors=True)
    (error,) = [o for o in nb.cells[1].outputs if o.output_type == "error"]
    assert error.ename == "CheckFailed"
    assert error.traceback[0].startswith("⚠ Exercise A") and "not answered yet" in json.dumps(
        error.traceback)


def test_grade_outside_a_kernel_still_raises_for_no_points() -> None:
    with pytest.raises(CheckFailed):
        grade("problem_typing.a", {})


def test_a_trial_run_judges_form_only_and_fails_graded_cells_when_blank() -> None:
    scenarios = load("problem_scenarios").head(3)
    with language("en"), pytest.raises(CheckFailed) as blank:
        trial("problem_typing.b", lambda df: None, scenarios)
    assert "not answered yet" in str(blank.value)
    with pytest.raises(CheckFailed) as raised:
        trial("problem_typing.b", lambda df: 1 / 0, scenarios)
    assert "ZeroDivisionError" in str(raised.value)
    from netlab.problems import type_problems

    def some_frame(df: object) -> object:  # the right form, not the right rows
        typed = type_problems(scenarios)
        typed["expected_type"] = typed["type"]
        return typed[["expected_type", "type", "runner_up", "boundary"]]

    assert trial("problem_typing.b", some_frame, scenarios) is None


def test_an_unknown_id_in_a_set_is_named_and_the_others_still_count() -> None:
    with language("en"):
        found = report("mapping.a_cutpoints", {"W05", "W13", "W99"})
        alone = report("mapping.a_cutpoints", {"W05", "W13"})
    assert found.points == alone.points > 0
    assert [line.item for line in found.lines if line.status == "error"] == ["W99"]
    assert "'W99'" in found.text()
