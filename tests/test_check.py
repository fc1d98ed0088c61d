"""netlab.check: one mechanism for self-check and partial-credit grading."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from netlab.check import CheckFailed, Line, Report, Score, digest, grade, report
from netlab.exercises.base import ChoiceItems, Completeness, Hidden, SingleValue
from netlab.exercises.function import FunctionResult
from netlab.i18n import language
from netlab.problems import ProblemType

KEY = {"A": "simple", "B": "complex", "C": "social_mess"}


def _choices(**kw: object) -> ChoiceItems:
    return ChoiceItems(id="demo.a", points=3.0, items=tuple(KEY),
                       key={k: digest("demo.a", k, v) for k, v in KEY.items()},
                       parse=lambda v: ProblemType.parse(v).value, **kw)  # type: ignore[arg-type]


@pytest.fixture()
def registry(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Register demo exercises next to the real ones (titles and hints come from a stub)."""
    import netlab.exercises as ex
    from netlab import i18n

    exercises = {
        "demo.a": _choices(),
        "demo.h": _choices(hidden=(Hidden("demo_hidden", 2.0),)),
        "demo.v": SingleValue(id="demo.v", points=1.0, normalise=lambda v: round(float(v), 2),
                              key=digest("demo.v", "value", 0.75)),
        "demo.f": FunctionResult(
            id="demo.f", points=1.0, data=lambda: pd.DataFrame({"x": [1, 2, 3]}),
            inspect=lambda out: ([], sorted(out)) if isinstance(out, list) else (
                [Line("error", "not a list")], None),
            key=digest("demo.f", "result", [2, 4, 6])),
        "demo.c": Completeness(id="demo.c", points=4.0,
                               validate=lambda v: [Line("ok" if v else "missing", "text")]),
    }
    monkeypatch.setattr(ex, "all_exercises", lambda: {**exercises})
    real_t = i18n.t

    def t(key: str, lang: str | None = None, /, **params: object) -> str:
        if key.startswith("exercises.demo."):
            return f"[{key}]"
        return real_t(key, lang, **params)

    for module in ("netlab.i18n", "netlab.check", "netlab.exercises.base"):
        monkeypatch.setattr(sys.modules[module], "t", t)
    return exercises


def test_digest_is_salted_per_exercise_and_item() -> None:
    assert digest("a", "x", "simple") != digest("b", "x", "simple")
    assert digest("a", "x", "simple") != digest("a", "y", "simple")
    assert "simple" not in digest("a", "x", "simple")


def test_full_partial_and_zero(registry: dict[str, object]) -> None:
    full = grade("demo.a", dict(KEY))
    assert isinstance(full, Score) and float(full) == 3.0 and repr(full) == "3.0"
    partial = grade("demo.a", {**KEY, "B": "technical"})
    assert float(partial) == 2.0
    with pytest.raises(CheckFailed) as exc:
        grade("demo.a", {"A": "technical", "B": "simple", "C": "complex"})
    assert exc.value.report.points == 0.0 and isinstance(exc.value, AssertionError)


def test_report_gives_hints_never_the_answer(registry: dict[str, object]) -> None:
    wrong = {item: "technical" for item in KEY}  # no expected answer is "technical"
    for lang in ("th", "en"):
        with language(lang):
            r = report("demo.a", wrong)
        text = r.text() + r._repr_html_()
        assert r.points == 0
        for item, answer in KEY.items():
            assert f"[exercises.demo.a.{item}.hint]" in text
            expected = ProblemType(answer)
            for name in (expected.value, expected.name_th, expected.name_en):
                assert name not in text, f"{lang}: the report shows the answer {name!r}"


def test_missing_invalid_and_unknown_items(registry: dict[str, object]) -> None:
    with language("en"):
        r = report("demo.a", {"A": "simple", "B": "", "C": "compex", "Z": "x"})
    statuses = [line.status for line in r.lines]
    assert statuses == ["ok", "missing", "error", "info"]
    assert "'compex'" in r.lines[2].text and "social_mess" in r.lines[2].text
    assert "'Z'" in r.lines[3].text
    assert r.points == 1.0


@pytest.mark.parametrize("answer", [None, ["simple"], "simple"])
def test_not_a_dict(registry: dict[str, object], answer: object) -> None:
    with language("en"):
        r = report("demo.a", answer)
    assert r.points == 0 and r.lines[0].status == "error" and "A, B, C" in r.lines[0].text


def test_honest_footers(registry: dict[str, object]) -> None:
    with language("en"):
        assert "grading runs the same" in report("demo.a", KEY).footer
        hidden = report("demo.h", KEY).footer
        assert "1 more check" in hidden and "2 point" in hidden
        assert "instructor" in report("demo.c", "x").footer


def test_single_value(registry: dict[str, object]) -> None:
    assert float(grade("demo.v", 0.7500001)) == 1.0
    with pytest.raises(CheckFailed):
        grade("demo.v", 0.5)
    with language("en"):
        assert report("demo.v", None).lines[0].status == "missing"
        assert report("demo.v", "abc").lines[0].status == "error"


def test_function_result(registry: dict[str, object]) -> None:
    def right(df: pd.DataFrame) -> list[int]:
        return [2 * x for x in df["x"]]

    def noisy(df: pd.DataFrame) -> list[int]:
        print("warning!", file=sys.stderr)  # would zero the cell under nbgrader
        return right(df)

    def broken(df: pd.DataFrame) -> list[int]:
        raise KeyError("y")

    assert float(grade("demo.f", right)) == 1.0
    assert float(grade("demo.f", noisy)) == 1.0
    with language("en"):
        r = report("demo.f", broken)
        assert "KeyError" in r.lines[0].text
        assert report("demo.f", lambda df: "text").lines[0].text == "not a list"
        assert "function" in report("demo.f", 42).lines[0].text
    other = pd.DataFrame({"x": [5]})
    assert float(grade("demo.f", right, data=other, expected=[10], points=2)) == 2.0
    with pytest.raises(CheckFailed):
        grade("demo.f", right, data=other, expected=[11], points=2)


def test_completeness_never_scores(registry: dict[str, object]) -> None:
    r = report("demo.c", "something")
    assert r.manual and r.points == 0 and r.passed


def test_unknown_exercise() -> None:
    with language("en"), pytest.raises(ValueError, match="'nope'"):
        report("nope", {})


def test_score_displays_the_report() -> None:
    r = Report("x", "Title", [Line("ok", "fine")], 1.0, 2.0, "footer")
    s = Score.of(r)
    assert "Title" in s._repr_html_() and "fine" in str(s) and repr(s) == "1.0"


@pytest.fixture()
def no_keys(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """An installation without the key file (a graded class's trainee package)."""
    from pathlib import Path

    from netlab.exercises import keys

    monkeypatch.setattr(keys, "KEYS_FILE", Path(str(tmp_path)) / "keys.json")
    keys._keys.cache_clear()
    yield
    keys._keys.cache_clear()


@pytest.mark.parametrize("exercise,answer", [
    ("problem_typing.a", {"C01": "complex", "C02": "simple"}),
    ("problem_typing.b_rate", 0.5),
    ("health.c", ["R01", "R02"]),
    ("mapping.a_cutpoints", {"W05"}),
    ("health.b_weakest", "vision"),
])
def test_without_the_key_file_a_check_checks_the_form_only(
        no_keys: None, exercise: str, answer: object) -> None:
    with language("en"):
        r = report(exercise, answer)
        assert "only at grading" in r.headline() and "form" in r.footer
    assert r.points == 0 and not r.passed
    assert "unchecked" in {line.status for line in r.lines}
    with language("th"):
        assert "ตอนให้คะแนน" in report(exercise, answer).headline()


def test_without_the_key_file_form_errors_are_still_named(no_keys: None) -> None:
    with language("en"):
        r = report("problem_typing.a", {"C01": "compex"})
    assert r.lines[0].status == "error" and "'compex'" in r.lines[0].text
    assert r.lines[1].status == "missing"


def test_a_hidden_test_needs_no_key_file(no_keys: None) -> None:
    from netlab.exercises import get

    frame = get("problem_typing.b").data().head(3)
    ok = report("problem_typing.b", lambda df: pd.DataFrame(
        columns=["id", "expected_type", "type", "runner_up", "boundary"]).set_index("id"),
        data=frame, expected=[], points=2)
    assert ok.points == 2.0


def test_a_judge_sees_plain_data_only() -> None:
    """An answer object that claims to equal anything is judged as the plain data it is."""
    from netlab.plain import Opaque

    class Liar(dict):
        def get(self, key: object, default: object = None) -> object:
            return "anything"

        def __eq__(self, other: object) -> bool:
            return True

    r = report("problem_typing.b_rate", type("Half", (float,), {"__eq__": lambda s, o: True})(
        0.1))
    assert r.points == 0
    assert report("problem_typing.a", Liar(C01="simple")).points == 0
    assert isinstance(__import__("netlab.plain").plain.roundtrip(object()), Opaque)
