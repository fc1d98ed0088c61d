"""What ``netlab build`` derives from the instructor sources, never typed by hand: the keys (each
exercise kind turns a solution into the key its own judge accepts; the stored key file is
exactly what the sources' solutions give, and a solution changed without a build fails here) and
the course map (order, exercise prefix, minutes)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from netlab.course_layout import START, course_root, source_path
from netlab.derived_keys import collecting, derive_keys, solutions
from netlab.derived_syllabus import derive_syllabus, write_syllabus
from netlab.exercises import get
from netlab.exercises.keys import KEYS_FILE
from netlab.health import COMPONENT_KEYS
from netlab.plain import roundtrip
from netlab.syllabus import SYLLABUS_FILE, WORKBOOKS


def _judged(exercise_id: str, solution: object, answer: object,
            solved: dict[str, Any] | None = None) -> float:
    """The points ``answer`` earns against the key derived from ``solution``."""
    exercise = get(exercise_id)
    key = exercise.key_for(roundtrip(solution), solved or {})
    return replace(exercise, key=key).evaluate(answer)[1]


def test_choice_items_key_accepts_the_solution_and_nothing_else() -> None:
    solution = {f"C0{n}": "simple" for n in range(1, 9)}
    assert _judged("problem_typing.a", solution, solution) == 8.0
    assert _judged("problem_typing.a", solution, {**solution, "C03": "complex"}) == 7.0
    # the key is of canonical values: a Thai or differently written answer is the same
    assert _judged("problem_typing.a", {**solution, "C01": "Simple "}, solution) == 8.0


def test_single_value_key() -> None:
    assert _judged("health.b_weakest", "vision", "vision") == 1.0
    assert _judged("health.b_weakest", "vision", "participation") == 0.0


def _group_medians(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby("group")[list(COMPONENT_KEYS)].median()


def test_function_result_key_is_the_result_on_the_public_data() -> None:
    solution = get("health.a").collect(_group_medians)  # run on the public survey
    assert _judged("health.a", solution, _group_medians) == 1.0
    assert _judged("health.a", solution,
                   lambda df: df.groupby("group")[list(COMPONENT_KEYS)].mean()) == 0.0


def test_selection_key_holds_every_suitable_option() -> None:
    solved = {"health.b_weakest": "vision"}
    for pair in (["R01", "R02"], ["R03", "R04"], ["R02", "R04"]):
        assert _judged("health.c", ["R01", "R02"], pair, solved) == 2.0
    assert _judged("health.c", ["R01", "R02"], ["R01", "R18"], solved) == 1.0


def test_member_set_key() -> None:
    points = get("mapping.a_isolates").points
    assert _judged("mapping.a_isolates", ["W23", "W24"], ["W23", "W24"]) == points
    assert _judged("mapping.a_isolates", ["W23", "W24"], ["W23"]) == points / 2


def test_a_solution_of_the_wrong_form_gives_no_key() -> None:
    with pytest.raises(ValueError, match="not a dict"):
        get("problem_typing.a").key_for(["simple"], {})
    with pytest.raises(ValueError):
        get("health.b_weakest").key_for("no such component", {})
    assert get("problem_typing.c").key_for({}, {}) is None  # judged by the instructor


def test_check_calls_collect_and_hidden_tests_are_left_out() -> None:
    cell = ('trial("health.a", f, survey.head(5))\n'
            'grade("health.a", f)\n'
            '### BEGIN HIDDEN TESTS\n'
            'grade("health.a", f, data=d, points=2, expected=[])\n'
            '### END HIDDEN TESTS')
    changed = collecting(cell)
    assert changed.count("collect('health.a', f)") == 1
    assert "expected" not in changed and "trial" not in changed


@pytest.mark.slow
def test_the_stored_keys_are_what_the_sources_solutions_give() -> None:
    stored = json.loads(KEYS_FILE.read_text(encoding="utf-8"))
    derived = derive_keys()
    assert derived == stored, "run `netlab build`: keys.json and the sources disagree"
    # the file is what write_keys writes, byte for byte
    assert KEYS_FILE.read_text(encoding="utf-8") == json.dumps(
        derived, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


@pytest.mark.slow
def test_a_changed_solution_is_a_changed_key(tmp_path: Path) -> None:
    """A solution changed in the source gives another key: the test above fails until the
    build is run again."""
    name = "01_problem_typing"
    root = tmp_path / "grading"
    (root / START).parent.mkdir(parents=True)
    shutil.copy(course_root() / START, root / START)
    target = source_path(name, root)
    target.parent.mkdir(parents=True)
    text = source_path(name).read_text(encoding="utf-8")
    right = '\\"C03\\": \\"social_mess\\"'
    assert text.count(right) == 1
    target.write_text(text.replace(right, '\\"C03\\": \\"technical\\"'), encoding="utf-8")
    solved = solutions(root)
    assert set(solved) >= {"start.practice", "problem_typing.a", "problem_typing.b"}
    stored = json.loads(KEYS_FILE.read_text(encoding="utf-8"))["problem_typing.a"]
    key = get("problem_typing.a").key_for(solved["problem_typing.a"], solved)
    assert key["C03"] != stored["C03"]
    assert {k: v for k, v in key.items() if k != "C03"} == {
        k: v for k, v in stored.items() if k != "C03"}
    stored_b = json.loads(KEYS_FILE.read_text(encoding="utf-8"))["problem_typing.b"]
    assert get("problem_typing.b").key_for(solved["problem_typing.b"], solved) == stored_b


def test_the_stored_course_map_is_what_the_sources_give(tmp_path: Path) -> None:
    assert derive_syllabus() == list(WORKBOOKS)
    written = write_syllabus(target=tmp_path / "syllabus.json")
    assert written.read_bytes() == SYLLABUS_FILE.read_bytes(), "run `netlab build`"


def test_a_source_that_does_not_announce_its_minutes_is_refused(tmp_path: Path) -> None:
    import nbformat

    root = tmp_path / "grading"
    (root / START).parent.mkdir(parents=True)
    nb = nbformat.read(course_root() / START, as_version=4)
    nb.cells[0].source = nb.cells[0].source.replace("15", "20", 1)
    nbformat.write(nb, root / START)
    with pytest.raises(RuntimeError, match=r"different minutes|does not say"):
        derive_syllabus(root)
