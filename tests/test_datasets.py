"""netlab.datasets: the course files validate; broken copies give errors a trainee can act on."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from netlab.datasets import DatasetError, available, dataset_dir, load
from netlab.i18n import language
from netlab.problems import QUESTION_IDS, ProblemType, type_problems
from netlab.schemas import SCHEMAS


@pytest.mark.parametrize("name", available())
def test_course_datasets_load_and_match_their_schema(name: str) -> None:
    df = load(name)
    assert list(df.columns) == list(SCHEMAS[name].names)
    assert df[SCHEMAS[name].key].is_unique and len(df) > 0
    assert df.attrs["dataset"] == name


def test_scenarios_content() -> None:
    df = load("problem_scenarios")
    assert len(df) >= 16
    for qid in QUESTION_IDS:
        assert str(df[qid].dtype) == "int64" and df[qid].between(0, 2).all()
    assert set(df["expected_type"]) == {p.value for p in ProblemType}
    assert (df["expected_type"].value_counts() >= 3).all()
    assert set(df["domain"]) >= {"health", "community", "disability", "environment"}
    # Source documents are cited by citation key; everything else says it is invented.
    from netlab.catalogue import MESSAGES

    keys = {k.removeprefix("source.") for k in MESSAGES if k.startswith("source.")}
    for source in df["source"]:
        assert source == "invented" or any(k in source for k in keys) or any(
            ch.isdigit() for ch in source), source
    assert df["source"].str.contains("workshop-2560").sum() >= 2
    assert (df["source"] == "invented").any()


def test_helper_and_experts_disagree_only_on_near_misses() -> None:
    df = load("problem_scenarios")
    typed = type_problems(df)
    differ = df.set_index("id").join(typed)
    differ = differ[differ["type"] != differ["expected_type"]]
    assert 2 <= len(differ) <= 4, "the exercise needs a few designed disagreements"
    for scenario_id, row in differ.iterrows():
        assert row["boundary"] or row["runner_up"] == row["expected_type"], scenario_id
    canonical = df[df["domain"] == "canonical"]["id"]
    assert not set(canonical) & set(differ.index)


def _rows(name: str) -> list[list[str]]:
    with open(dataset_dir() / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _broken(tmp_path: Path, change: Callable[[list[list[str]]], None],
            name: str = "problem_scenarios") -> Path:
    rows = _rows(name)
    change(rows)
    return _write(tmp_path / "broken.csv", rows)


def _col(rows: list[list[str]], name: str) -> int:
    return rows[0].index(name)


def _set(row: int, column: str, value: str) -> Callable[[list[list[str]]], None]:
    def change(rows: list[list[str]]) -> None:
        rows[row][_col(rows, column)] = value
    return change


CASES = [
    ("out of range", _set(3, "S2", "3"), "S2", 4, "'3'"),
    ("not a number", _set(2, "K1", "two"), "K1", 3, "'two'"),
    ("unknown type", _set(5, "expected_type", "complicated"), "expected_type", 6,
     "'complicated'"),
    ("empty required", _set(4, "title_en", " "), "title_en", 5, None),
    ("bad id form", _set(6, "id", "P7"), "id", 7, "'P7'"),
]


@pytest.mark.parametrize("label,change,column,line,value", CASES, ids=[c[0] for c in CASES])
def test_bad_cells_name_file_line_row_and_column(
        tmp_path: Path, label: str, change: Callable[[list[list[str]]], None], column: str,
        line: int, value: str | None) -> None:
    path = _broken(tmp_path, change)
    for lang, line_word, column_word in (("th", "บรรทัด", "คอลัมน์"), ("en", "line", "column")):
        with language(lang), pytest.raises(DatasetError) as exc:
            load("problem_scenarios", path)
        message = str(exc.value)
        assert str(path) in message
        assert f"{line_word} {line}" in message and f"{column_word} {column}" in message
        if value:
            assert value in message
        assert isinstance(exc.value, ValueError)


PARTNER_CASES = [
    ("not a boolean", _set(4, "direct", "maybe"), "direct", 5, "'maybe'"),
    ("rating out of range", _set(7, "influence", "7"), "influence", 8, "'7'"),
    ("unknown role", _set(2, "expected_role", "ally"), "expected_role", 3, "'ally'"),
    ("unknown level", _set(9, "level", "regional"), "level", 10, "'regional'"),
]


@pytest.mark.parametrize("label,change,column,line,value", PARTNER_CASES,
                         ids=[c[0] for c in PARTNER_CASES])
def test_bad_partner_cells_are_named(tmp_path: Path, label: str,
                                     change: Callable[[list[list[str]]], None], column: str,
                                     line: int, value: str) -> None:
    path = _broken(tmp_path, change, "partners")
    with language("en"), pytest.raises(DatasetError) as exc:
        load("partners", path)
    message = str(exc.value)
    assert f"line {line}" in message and f"column {column}" in message and value in message


def test_duplicate_id_points_at_the_first(tmp_path: Path) -> None:
    def change(rows: list[list[str]]) -> None:
        rows[5][0] = rows[2][0]
    with language("en"), pytest.raises(DatasetError, match=r"line 6.*repeats.*line 3"):
        load("problem_scenarios", _broken(tmp_path, change))


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    def change(rows: list[list[str]]) -> None:
        _set(1, "K1", "9")(rows)
        _set(2, "K2", "x")(rows)
    with pytest.raises(DatasetError) as exc:
        load("problem_scenarios", _broken(tmp_path, change))
    assert len(exc.value.problems) == 2


def test_missing_and_misspelt_columns(tmp_path: Path) -> None:
    def change(rows: list[list[str]]) -> None:
        rows[0][_col(rows, "title_en")] = "title_eng"
    with language("en"), pytest.raises(DatasetError, match=r"missing.*title_en.*title_eng"):
        load("problem_scenarios", _broken(tmp_path, change))


def test_extra_column(tmp_path: Path) -> None:
    def change(rows: list[list[str]]) -> None:
        for row in rows:
            row.append("x")
    with language("en"), pytest.raises(DatasetError, match="unrecognised"):
        load("problem_scenarios", _broken(tmp_path, change))


def test_malformed_row_with_too_many_fields(tmp_path: Path) -> None:
    def change(rows: list[list[str]]) -> None:
        rows[3].append("stray")
    with language("en"), pytest.raises(DatasetError, match=r"line 4.*fields"):
        load("problem_scenarios", _broken(tmp_path, change))


def test_blank_lines_and_bom_are_fine(tmp_path: Path) -> None:
    text = (dataset_dir() / "problem_cases.csv").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    path = tmp_path / "bom.csv"
    path.write_text("\ufeff" + lines[0] + "\n" + "".join(lines[1:]) + "\n\n", encoding="utf-8")
    assert len(load("problem_cases", path)) == len(load("problem_cases"))


def test_not_utf8(tmp_path: Path) -> None:
    text = (dataset_dir() / "problem_cases.csv").read_text(encoding="utf-8")
    path = tmp_path / "tis620.csv"
    path.write_bytes(text.encode("cp874", errors="replace"))
    with language("en"), pytest.raises(DatasetError, match=r"line 2.*UTF-8"):
        load("problem_cases", path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    with language("en"), pytest.raises(DatasetError, match="empty"):
        load("problem_cases", path)


def test_missing_file_and_unknown_name(tmp_path: Path) -> None:
    with language("en"), pytest.raises(DatasetError, match="does not exist"):
        load("problem_cases", tmp_path / "nope.csv")
    with language("en"), pytest.raises(ValueError, match=r"'nope'.*problem_scenarios"):
        load("nope")


def test_dataset_dir_can_be_overridden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "problem_cases.csv", _rows("problem_cases")[:3])
    monkeypatch.setenv("NETLAB_DATASETS", str(tmp_path))
    assert len(load("problem_cases")) == 2


def test_cache_returns_copies_and_sees_edits(tmp_path: Path) -> None:
    path = _write(tmp_path / "cases.csv", _rows("problem_cases"))
    first = load("problem_cases", path)
    first.loc[0, "title_en"] = "changed by the trainee"
    assert load("problem_cases", path).loc[0, "title_en"] != "changed by the trainee"
    rows = _rows("problem_cases")
    rows[1][rows[0].index("title_en")] = "edited on disk, a longer title than before"
    _write(path, rows)
    assert load("problem_cases", path).loc[0, "title_en"].startswith("edited on disk")


def test_rows_that_add_to_a_seed_say_what_was_invented() -> None:
    survey = load("health_survey")
    assert set(survey["provenance"]) == {"invented"}  # nobody was surveyed
    activities = load("activities").set_index("id")["source"]
    for row in ("A05", "A12", "A27"):
        assert activities[row].startswith("workshop-2560") and "invented" in activities[row]
    scenarios = load("problem_scenarios").set_index("id")["source"]
    assert scenarios["P22"] == "workshop-2560; task framing invented"
    assert scenarios["P18"] == scenarios["P19"] == scenarios["P22"]
