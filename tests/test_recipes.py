"""The no-code path of the function exercises (01 B, 02 B, 04 A): a recipe of words earns
what the function earns, in the check cell and in the hidden test on unseen data; a wrong
recipe earns less; a blank recipe leaves the function to be graded; a bad word is named in
the trainee's language. (The same submissions through real nbgrader: tests/test_nbgrader.py.)"""

from __future__ import annotations

import re

import nbformat
import pandas as pd
import pytest

from netlab.check import CheckFailed, grade
from netlab.course_layout import source_path
from netlab.i18n import language
from netlab.recipes import COMPARISONS, DIRECTIONS, STARTS, SUMMARIES, or_recipe, recipe
from netlab.release import language_of

#: workbook -> (exercise, the function's name, the answer cell)
PATHS = {"01_problem_typing": ("problem_typing.b", "compare_with_experts", "b_function"),
         "02_partner_classification": ("partners.b", "least_aligned_boundary", "b_function"),
         "04_network_health": ("health.a", "group_medians", "a_function")}


def _source(name: str) -> nbformat.NotebookNode:
    return nbformat.read(source_path(name), as_version=4)


def _key(name: str) -> object:
    """The recipe of the source's instructor key, built as the recipe cell would build it."""
    cell = next(c for c in _source(name).cells if c.get("id") == "recipe-key-en")
    code = cell.source.split("```python\n")[1].split("```")[0]
    function = PATHS[name][1]
    scope = {"or_recipe": or_recipe, function: None}
    exec(code, scope)
    return scope[function]


def _hidden_points(name: str, answer: object) -> float:
    """Run the source's hidden test (the unseen data) with ``answer`` as the function."""
    source = _source(name)
    cell = next(c for c in source.cells if "### BEGIN HIDDEN TESTS" in c.source
                and PATHS[name][0].split(".")[0] in c.source)
    hidden = cell.source.split("### BEGIN HIDDEN TESTS")[1].split("### END HIDDEN TESTS")[0]
    scores: list[float] = []

    def keep(*args: object, **options: object) -> object:
        try:
            score = grade(*args, **options)
        except CheckFailed:
            scores.append(0.0)
            return None
        scores.append(float(score))
        return score

    exec(hidden, {"pd": pd, "grade": keep, PATHS[name][1]: answer})
    assert len(scores) == 1
    return scores[0]


@pytest.mark.parametrize("name", PATHS)
def test_the_key_recipe_earns_every_point_the_function_earns(name: str) -> None:
    exercise = PATHS[name][0]
    answer = _key(name)
    assert float(grade(exercise, answer)) == 1.0
    assert _hidden_points(name, answer) == 2.0  # the test on data nobody has seen


def test_a_wrong_recipe_earns_less() -> None:
    # forgetting the actors that play both roles: the public data cannot tell (its three
    # least aligned are all "boundary"), the unseen data can, as for a function
    boundary_only = recipe(start="classify_partners", keep=[("role", "is", "boundary")],
                           sort=[("alignment", "lowest first"), ("influence", "highest first"),
                                 ("id", "lowest first")], first="n",
                           columns=["role", "alignment", "interest", "influence"])
    assert float(grade("partners.b", boundary_only)) == 1.0
    assert _hidden_points("02_partner_classification", boundary_only) == 0.0
    # agreement instead of disagreement
    agreeing = recipe(start="type_problems", keep=[("type", "equals column", "expected_type")],
                      columns=["expected_type", "type", "runner_up", "boundary"])
    with pytest.raises(CheckFailed):
        grade("problem_typing.b", agreeing)
    # the mean is not the median
    means = recipe(group_by="group", summary="mean",
                   columns=["perception", "vision", "interests", "participation",
                            "complementarity", "interdependence", "interaction"])
    assert _hidden_points("04_network_health", means) == 0.0


def test_a_blank_recipe_leaves_the_function_to_be_graded() -> None:
    def mine(df: pd.DataFrame) -> pd.DataFrame:
        return df

    assert or_recipe(mine, start="", keep=[("", "", "")], columns=["", ""]) is mine
    filled = or_recipe(mine, start="table", keep=[("", "", "")], sort=[("", "")], first="",
                       columns=["score", ""])
    assert filled is not mine and filled.columns == ["score"] and filled.keep == []


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_bad_word_is_named_with_the_allowed_ones(lang: str) -> None:
    with language(lang):
        with pytest.raises(ValueError) as err:
            recipe(start="classify", columns=[])
        assert "'classify'" in str(err.value) and '"classify_partners"' in str(err.value)
        with pytest.raises(ValueError) as err:
            or_recipe(len, start="table", keep=[("role", "equals", "x")])
        assert "'equals'" in str(err.value) and '"is one of"' in str(err.value)
        with pytest.raises(ValueError, match="'bottom first'"):
            recipe(sort=[("alignment", "bottom first")])
        with pytest.raises(ValueError, match="'alignmnet'"):
            recipe(sort=[("alignmnet", "lowest first")])(pd.DataFrame({"id": ["A"],
                                                                        "alignment": [1]}))
        with pytest.raises(ValueError, match="0"):
            recipe(first=0)


@pytest.mark.parametrize("name", PATHS)
def test_each_workbook_offers_the_recipe_with_every_word_it_accepts(name: str) -> None:
    source = _source(name)
    ids = [c.get("id") for c in source.cells]
    # right after the function's cell: the words in both languages, then the recipe cell
    at = next(i for i, c in enumerate(source.cells)
              if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == PATHS[name][2])
    assert ids[at + 1:at + 4] == ["recipe-th", "recipe-en", "recipe"]
    blank = source.cells[at + 3].source
    assert 'start=""' in blank and f"{PATHS[name][1]} = or_recipe(" in blank
    for cell in source.cells[at + 1:at + 3]:
        spans = re.findall(r"`([^`]+)`", cell.source)
        words = {w for span in spans for w in re.findall(r'"([^"]+)"', span)}
        assert {*STARTS, *COMPARISONS, *DIRECTIONS, *SUMMARIES} <= words, language_of(cell)
