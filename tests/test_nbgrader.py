"""Stock nbgrader end to end in a copy of grading/: validate, generate (with the drift check),
validate --invert, autograde three submissions, feedback and export."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from netlab.build import solved_version
from netlab.course_layout import course_root, workbooks_dir
from netlab.i18n import t
from notebooks import assignments, grade_id

pytestmark = pytest.mark.slow



@dataclass(frozen=True)
class Workbook:
    """What the round trip needs to know about one workbook."""

    name: str
    autograded: float  # points of the autograded test cells
    wrong: tuple[str, str] | None  # one answer in the wrong_cell answer cell: right -> wrong
    lost: float  # points that one wrong answer costs
    manual: tuple[str, ...]  # instructor-graded answer cells
    manual_points: float
    wrong_item: str = "C03"  # what the feedback on the wrong answer names
    wrong_cell: str = "a_answers"


WORKBOOKS = {
    wb.name: wb for wb in (
        Workbook("01_problem_typing", 12.0, ('"C03": "social_mess"', '"C03": "technical"'),
                 1.0, ("c_reflection",), 4.0),
        Workbook("02_partner_classification", 15.0, ('"C03": "both"', '"C03": "strategic"'),
                 1.0, ("c_outcome", "d_partners"), 8.0),
        Workbook("03_network_steps", 16.0, ('"T05": "awareness"', '"T05": "alliance"'),
                 1.0, ("c_stage",), 4.0, wrong_item="T05"),
        Workbook("04_network_health", 7.0, ('actions_c = ["R01", "R02"]',
                                            'actions_c = ["R01", "R18"]'),
                 1.0, ("d_plan",), 4.0, wrong_item="R18", wrong_cell="c_answers"),
        Workbook("05_network_foundations", 22.0, ('"N01": "natural"', '"N01": "organised"'),
                 1.0, ("c_network",), 4.0, wrong_item="N01", wrong_cell="a_origins"),
        Workbook("06_social_mapping", 13.0, ("a_cutpoints = m.cutpoints()",
                                             'a_cutpoints = m.cutpoints() | {"W04"}'),
                 1.0, ("d_reflection",), 4.0, wrong_item="not one of them",
                 wrong_cell="a_map"),
    )
}


def expected(name: str) -> Workbook:
    """What grading one workbook must give: written out above for the course's workbooks (an
    independent check of their points, and one wrong answer each); for a workbook added since,
    read from its source's nbgrader cells (a right submission earns all of them, a blank none)."""
    if name in WORKBOOKS:
        return WORKBOOKS[name]
    source = nbformat.read(course_root() / "source" / name / f"{name}.ipynb", as_version=4)
    graded = [c.metadata.nbgrader for c in source.cells
              if c.get("metadata", {}).get("nbgrader", {}).get("grade")]
    manual = [g for g in graded if g.get("solution")]
    return Workbook(name, sum(g["points"] for g in graded if not g.get("solution")), None, 0.0,
                    tuple(g["grade_id"] for g in manual), sum(g["points"] for g in manual))


def test_the_written_expectations_are_of_workbooks_of_the_course() -> None:
    assert set(WORKBOOKS) <= set(assignments())


def nbgrader(course: Path, env: dict[str, str], *args: str,
             check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(["nbgrader", *args], cwd=course, env=env, capture_output=True,
                            text=True, timeout=600)
    if check and result.returncode != 0:
        pytest.fail(f"nbgrader {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory,
           venv_env: dict[str, str]) -> Iterator[tuple[Path, dict[str, str]]]:
    """A copy of the course; stock generate_assignment has run in it (its hook writes the
    student workbooks beside it)."""
    top = tmp_path_factory.mktemp("netlab")
    course = top / "grading"
    shutil.copytree(course_root(), course,
                    ignore=shutil.ignore_patterns("gradebook.db", "release", "submitted",
                                                  "autograded", "feedback", "*.log"))
    env = {k: v for k, v in venv_env.items()
           if k not in ("NETLAB_COURSE", "NETLAB_WORKBOOKS_DIR")}
    for name in assignments():
        nbgrader(course, env, "generate_assignment", name, "--force")
    yield course, env


def _student_version(top: Path, name: str, lang: str) -> nbformat.NotebookNode:
    return nbformat.read(top / "workbooks" / lang / f"{name}.ipynb", as_version=4)


@pytest.mark.parametrize("name", assignments())
def test_source_validates(course: tuple[Path, dict[str, str]], name: str) -> None:
    path, env = course
    out = nbgrader(path, env, "validate", f"source/{name}/{name}.ipynb")
    assert "Success! Your notebook passes all the tests." in out.stdout


@pytest.mark.parametrize("name", assignments())
def test_release_validates_inverted(course: tuple[Path, dict[str, str]], name: str) -> None:
    path, env = course
    out = nbgrader(path, env, "validate", "--invert", f"release/{name}/{name}.ipynb")
    assert "Success! The notebook does not pass any tests." in out.stdout


@pytest.mark.parametrize("lang", ["th", "en"])
def test_committed_workbooks_are_in_sync_with_the_source(course: tuple[Path, dict[str, str]],
                                                         lang: str) -> None:
    """Regenerated by stock nbgrader + the hook, the student versions equal the committed ones:
    run `make workbooks` after editing the source."""
    path, _ = course
    for name in assignments():
        fresh = (path.parent / "workbooks" / lang / f"{name}.ipynb").read_bytes()
        committed = (workbooks_dir() / lang / f"{name}.ipynb").read_bytes()
        assert fresh == committed, f"workbooks/{lang}/{name}.ipynb is stale: run `make workbooks`"


@pytest.mark.parametrize("lang", ["th", "en"])
def test_student_versions_hold_no_solution_hidden_test_or_instructor_cell(lang: str) -> None:
    for name in assignments():
        path = workbooks_dir() / lang / f"{name}.ipynb"
        text = path.read_text(encoding="utf-8")
        for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "_held_out",
                       "BEGIN MARK SCHEME", '"instructor"', "lang-th", "lang-en"):
            assert marker not in text, f"{path}: {marker}"
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            assert not cell.get("outputs") and cell.get("execution_count") is None
        answer_cells = [c for c in nb.cells
                        if c.get("metadata", {}).get("nbgrader", {}).get("solution")]
        assert answer_cells, path
        places = [t(key, lang) for key in ("release.answer_here", "release.answer_here_code")]
        for cell in answer_cells:  # every answer is blank; its stub lets Run All go on
            assert "raise" not in cell.source, (path, grade_id(cell))
            assert re.search(r"^[ \t]*pass$", cell.source, re.M), (path, grade_id(cell))
            assert any(place in cell.source for place in places), (path, grade_id(cell))
            entries = re.findall(r'"([A-Z]\d{2})": "([^"]*)"', cell.source)
            assert all(value == "" for _, value in entries), (path, entries)
            if grade_id(cell) == "a_answers":
                assert len(entries) == 8, (path, entries)
        other = "Exercise A" if lang == "th" else "แบบฝึกหัด A"
        assert not any(other in c.source for c in nb.cells if c.cell_type == "markdown")
        assert nb.metadata["netlab"]["lang"] == lang


def _solution(course: Path, name: str, lang: str) -> nbformat.NotebookNode:
    """The student version with every answer cell replaced by the source's solution (as a
    trainee who got everything right would submit it)."""
    source = nbformat.read(course / "source" / name / f"{name}.ipynb", as_version=4)
    return solved_version(_student_version(course.parent, name, lang), source)


def _submit(course: Path, student: str, name: str, nb: nbformat.NotebookNode) -> None:
    target = course / "submitted" / student / name / f"{name}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)


def _test_cell_ids(course: Path, name: str) -> set[str]:
    source = nbformat.read(course / "source" / name / f"{name}.ipynb", as_version=4)
    return {grade_id(c) for c in source.cells
            if c.get("metadata", {}).get("nbgrader", {}).get("grade")
            and not c.metadata.nbgrader.get("solution")}


def _autograded_points(course: Path, name: str, student: str) -> tuple[float, float]:
    """Points earned and available in the autograded (test) cells of a submission."""
    from nbgrader.api import Gradebook

    tests = _test_cell_ids(course, name)
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        nb = gb.find_submission_notebook(name, name, student)
        grades = [g for g in nb.grades if g.name in tests]
        assert {g.name for g in grades} == tests
        return sum(g.score for g in grades), sum(g.max_score for g in grades)


#: The function exercises with a no-code path: the answer cell of the function.
RECIPE_PATHS = {"01_problem_typing": "b_function", "02_partner_classification": "b_function",
                "04_network_health": "a_function"}


def key_recipe(source: nbformat.NotebookNode) -> str:
    """The no-code path's key: the recipe in the source's instructor cell ``recipe-key-en``."""
    cell = next(c for c in source.cells if c.get("id") == "recipe-key-en")
    return cell.source.split("```python\n")[1].split("```")[0]


def _recipe_version(course: Path, name: str) -> nbformat.NotebookNode:
    """A right submission that writes no function: the solution, but the function's cell left
    as released (a stub) and the recipe cell filled in with the key."""
    source = nbformat.read(course / "source" / name / f"{name}.ipynb", as_version=4)
    released = {grade_id(c): c.source for c in _student_version(course.parent, name, "en").cells}
    nb = _solution(course, name, "en")
    for cell in nb.cells:
        if grade_id(cell) == RECIPE_PATHS[name]:
            cell.source = released[RECIPE_PATHS[name]]
        if cell.get("id") == "recipe":
            cell.source = key_recipe(source)
    return nb


@pytest.fixture(scope="module", params=assignments())
def graded(course: tuple[Path, dict[str, str]],
           request: pytest.FixtureRequest) -> tuple[Path, dict[str, str], Workbook]:
    """Four submissions of one workbook, autograded by stock nbgrader: the solution in Thai
    and in English, the blank release, and the solution with one answer of Exercise A wrong."""
    path, env = course
    wb = expected(request.param)
    _submit(path, "solution_th", wb.name, _solution(path, wb.name, "th"))
    _submit(path, "solution_en", wb.name, _solution(path, wb.name, "en"))
    _submit(path, "blank", wb.name, _student_version(path.parent, wb.name, "th"))
    if wb.wrong:
        wrong = _solution(path, wb.name, "en")
        right, bad = wb.wrong
        for cell in wrong.cells:
            if grade_id(cell) == wb.wrong_cell:
                assert right in cell.source
                cell.source = cell.source.replace(right, bad)
        _submit(path, "one_wrong", wb.name, wrong)
    if wb.name in RECIPE_PATHS:
        _submit(path, "recipe", wb.name, _recipe_version(path, wb.name))
    nbgrader(path, env, "autograde", wb.name, "--force")
    return path, env, wb


def test_autograde_scores(graded: tuple[Path, dict[str, str], Workbook]) -> None:
    path, _, wb = graded
    assert _autograded_points(path, wb.name, "solution_th") == (wb.autograded, wb.autograded)
    assert _autograded_points(path, wb.name, "solution_en") == (wb.autograded, wb.autograded)
    assert _autograded_points(path, wb.name, "blank")[0] == 0.0
    if wb.name in RECIPE_PATHS:  # the no-code path: every point, the unseen-data test too
        assert _autograded_points(path, wb.name, "recipe") == (wb.autograded, wb.autograded)
    if wb.wrong:  # Exactly one answer's share is lost, nothing more.
        assert _autograded_points(path, wb.name, "one_wrong")[0] == wb.autograded - wb.lost


def test_manual_parts_wait_for_the_instructor(
        graded: tuple[Path, dict[str, str], Workbook]) -> None:
    from nbgrader.api import Gradebook

    path, _, wb = graded
    with Gradebook(f"sqlite:///{path / 'gradebook.db'}") as gb:
        total = 0.0
        for cell in wb.manual:
            answered = gb.find_grade(cell, wb.name, wb.name, "solution_th")
            blank = gb.find_grade(cell, wb.name, wb.name, "blank")
            assert answered.needs_manual_grade, cell
            assert blank.auto_score == 0 and not blank.needs_manual_grade  # untouched: 0
            total += answered.max_score
        assert total == wb.manual_points


def test_feedback_and_export(graded: tuple[Path, dict[str, str], Workbook]) -> None:
    path, env, wb = graded
    nbgrader(path, env, "generate_feedback", wb.name, "--force")
    if wb.wrong:
        html = (path / "feedback" / "one_wrong" / wb.name / f"{wb.name}.html").read_text(
            encoding="utf-8")
        # the report with its hint is part of the feedback
        assert wb.wrong_item in html and "hint" in html
    nbgrader(path, env, "export", "--to", str(path / "grades.csv"))
    with open(path / "grades.csv", encoding="utf-8") as fh:
        rows = {(r["assignment"], r["student_id"]): r for r in csv.DictReader(fh)}
    for student in ("solution_th", "solution_en", "blank", *(("one_wrong",) if wb.wrong else ())):
        assert (wb.name, student) in rows
    if wb.wrong:
        assert float(rows[(wb.name, "one_wrong")]["raw_score"]) == wb.autograded - wb.lost
    assert float(rows[(wb.name, "blank")]["raw_score"]) == 0.0
    json.dumps(list(rows.values()))  # plain data, ready for a spreadsheet
