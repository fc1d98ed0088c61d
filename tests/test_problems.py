"""netlab.problems: the contract checked from outside, the model's invariants, bad input."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from netlab.i18n import language
from netlab.problems import (
    DIMENSIONS,
    QUESTION_IDS,
    QUESTIONS,
    ProblemType,
    ProblemTyping,
    type_problem,
    type_problems,
)

RECIPE = dict(K1=2, K2=2, K3=2, K4=2, S1=2, S2=2, S3=0, L1=0, L2=0)
ROCKET = dict(K1=2, K2=0, K3=2, K4=2, S1=2, S2=2, S3=1, L1=0, L2=0)
CHILD = dict(K1=1, K2=0, K3=0, K4=0, S1=2, S2=1, S3=1, L1=1, L2=2)
CONTESTED = dict(K1=0, K2=0, K3=0, K4=0, S1=0, S2=0, S3=2, L1=2, L2=2)
KNOWN_BUT_CONFLICT = dict(K1=2, K2=2, K3=2, K4=2, S1=2, S2=0, S3=2, L1=0, L2=1)


def test_enum_values_and_names() -> None:
    assert [p.value for p in ProblemType] == ["simple", "technical", "complex", "social_mess"]
    assert [p.name_th for p in ProblemType] == [
        "ปัญหาเชิงเดี่ยว", "ปัญหาเชิงเทคนิค", "ปัญหาสลับซับซ้อน", "ปัญหายุ่งยากเชิงสังคม"]
    for p in ProblemType:
        assert p.name_en and p.description and p.guidance and p.anchors
        with language("en"):
            assert p.label == p.name_en
        assert p.label == p.name_th


def test_descriptions_follow_the_language() -> None:
    th = ProblemType.COMPLEX.description
    with language("en"):
        en = ProblemType.COMPLEX.description
    assert th != en and "child" in en and "ลูก" in th


@pytest.mark.parametrize("text,expected", [
    ("complex", ProblemType.COMPLEX), ("Social Mess", ProblemType.SOCIAL_MESS),
    ("social_mess", ProblemType.SOCIAL_MESS), ("ปัญหาเชิงเทคนิค", ProblemType.TECHNICAL),
    ("SIMPLE", ProblemType.SIMPLE), ("technical problem", ProblemType.TECHNICAL)])
def test_parse(text: str, expected: ProblemType) -> None:
    assert ProblemType.parse(text) is expected


@pytest.mark.parametrize("bad", ["complicated", "", None, 3])
def test_parse_rejects_with_allowed_values(bad: object) -> None:
    with pytest.raises(ValueError, match="social_mess") as exc:
        ProblemType.parse(bad)
    assert repr(bad) in str(exc.value)


def test_questions_contract() -> None:
    assert list(QUESTIONS) == ["K1", "K2", "K3", "K4", "S1", "S2", "S3", "L1", "L2"]
    assert [q.id for q in QUESTIONS] == list(QUESTION_IDS)
    assert QUESTIONS["S3"].options_en == ("One", "A few", "Many")
    for q in QUESTIONS.values():
        assert q.text_th and q.text_en and q.text_th != q.text_en
        assert len(q.options_th) == len(q.options_en) == 3
        assert q.source and any(ch.isdigit() for ch in q.source)  # author + year
    assert {q.dimension for q in QUESTIONS.values()} == set(DIMENSIONS)


@pytest.mark.parametrize("answers,expected", [
    (RECIPE, ProblemType.SIMPLE), (ROCKET, ProblemType.TECHNICAL),
    (CHILD, ProblemType.COMPLEX), (CONTESTED, ProblemType.SOCIAL_MESS)])
def test_canonical_anchors(answers: dict[str, int], expected: ProblemType) -> None:
    result = type_problem(answers)
    assert result.type is expected
    assert result.boundary is False
    assert result.runner_up is not expected


def test_known_solution_with_conflict_is_a_boundary_case() -> None:
    agreed_problem = type_problem(KNOWN_BUT_CONFLICT)
    assert agreed_problem.boundary and agreed_problem.political
    assert agreed_problem.type is ProblemType.TECHNICAL
    assert agreed_problem.runner_up is ProblemType.SOCIAL_MESS
    contested = type_problem({**KNOWN_BUT_CONFLICT, "S1": 0})
    assert contested.boundary and contested.type is ProblemType.SOCIAL_MESS
    assert contested.runner_up is ProblemType.TECHNICAL
    with language("en"):
        assert any("values or interests conflict" in r for r in agreed_problem.reasons)


def test_reasons_are_readable_in_both_languages() -> None:
    result = type_problem(CHILD)
    th = result.reasons
    with language("en"):
        en = result.reasons
    assert len(th) == len(en) >= 5
    assert "ปัญหาสลับซับซ้อน" in th[0] and "complex problem" in en[0]
    assert any("L2 = 2" in r for r in en)  # the deciding answers are named
    assert "{" not in " ".join(th + en)


def test_scores_per_dimension() -> None:
    result = type_problem(ROCKET)
    assert dict(result.scores) == {"knowledge": 0.75, "agreement": 1.0, "actors": 0.5,
                                   "linkage": 0.0}
    assert max(result.fits, key=result.fits.get) is ProblemType.TECHNICAL


def test_invariants_over_every_possible_answer_set() -> None:
    types_seen = set()
    for values in itertools.product((0, 1, 2), repeat=9):
        answers = dict(zip(QUESTION_IDS, values, strict=True))
        result = type_problem(answers)
        assert isinstance(result, ProblemTyping)
        assert result.type is not result.runner_up
        assert all(0.0 <= f <= 1.0 for f in result.fits.values())
        assert all(0.0 <= s <= 1.0 for s in result.scores.values())
        if result.political:
            assert result.boundary
        elif not result.boundary:
            best = max(result.fits.values())
            assert result.fits[result.type] == best
        types_seen.add(result.type)
    assert types_seen == set(ProblemType)


def test_same_answers_same_result() -> None:
    assert type_problem(dict(CHILD)) == type_problem(dict(CHILD))


@pytest.mark.parametrize("bad,named", [
    (None, "None"), ([2] * 9, "list"), ("K1=2", "str"),
    ({k: v for k, v in RECIPE.items() if k != "S2"}, "S2"),
    ({**RECIPE, "X9": 1}, "'X9'"),
    ({**RECIPE, "K1": 3}, "K1: 3"),
    ({**RECIPE, "K1": -1}, "K1: -1"),
    ({**RECIPE, "S3": "2"}, "'2'"),
    ({**RECIPE, "L1": 1.5}, "1.5"),
    ({**RECIPE, "L1": True}, "True"),
    ({**RECIPE, "L2": None}, "L2"),
])
def test_bad_input_names_the_problem_in_the_active_language(bad: object, named: str) -> None:
    with pytest.raises(ValueError) as th:
        type_problem(bad)  # type: ignore[arg-type]
    with language("en"), pytest.raises(ValueError) as en:
        type_problem(bad)  # type: ignore[arg-type]
    assert named in str(th.value) and named in str(en.value)
    assert str(th.value) != str(en.value)
    assert any("\u0E00" <= ch <= "\u0E7F" for ch in str(th.value))
    assert any(word in str(en.value) for word in ("allowed", "must be"))


def test_unknown_id_suggests_the_right_one() -> None:
    answers = {**{k: v for k, v in RECIPE.items() if k != "L2"}, "l2": 0}
    with language("en"), pytest.raises(ValueError, match="did you mean L2"):
        type_problem(answers)


def test_type_problems_on_a_table() -> None:
    df = pd.DataFrame([{"id": "A", **RECIPE}, {"id": "B", **CHILD}])
    out = type_problems(df)
    assert list(out.index) == ["A", "B"]
    assert list(out["type"]) == ["simple", "complex"]
    assert set(out.columns) >= {"type", "runner_up", "boundary", *DIMENSIONS}


def test_type_problems_names_the_bad_row_and_missing_columns() -> None:
    df = pd.DataFrame([{"id": "A", **RECIPE}, {"id": "B", **CHILD, "K1": 7}])
    with language("en"), pytest.raises(ValueError, match=r"(?s)Row B.*K1: 7"):
        type_problems(df)
    with language("en"), pytest.raises(ValueError, match="K4"):
        type_problems(df.drop(columns=["K4"]))


def test_type_problems_accepts_whole_floats_from_gappy_columns() -> None:
    df = pd.DataFrame([{"id": "A", **RECIPE}, {"id": "B", **CHILD, "L2": None}])
    with pytest.raises(ValueError, match="L2"):
        type_problems(df)  # the gap is reported ...
    df.loc[1, "L2"] = 2
    assert type_problems(df).loc["B", "type"] == "complex"  # ... and 2.0 is read as 2
