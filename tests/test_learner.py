"""Self-learners, in-process: the progress file (damaged or hand-edited files are set aside,
never reset silently), staged hints, worked answers and their locks, the dashboard, the course
map, and the start-here workbook kept in step with its source."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

import netlab
from netlab.build import student_version, worked_answers
from netlab.catalogue import MESSAGES
from netlab.check import report
from netlab.course_layout import START, course_root, workbooks_dir
from netlab.exercises import all_exercises
from netlab.exercises.base import ChoiceItems, SingleValue
from netlab.exercises.function import FunctionResult
from netlab.exercises.sets import MemberSet, Selection
from netlab.syllabus import WORKBOOKS, workbook_of
from netlab.tracking.coach import WORKED_AFTER, coached_report
from netlab.tracking.dashboard import progress
from netlab.tracking.store import ProgressFile
from netlab.tracking.worked import DATA_FILE, WorkedAnswerLocked, decode, worked

WRONG_A = {"C01": "simple", "C02": "simple", "C03": "simple", "C04": "simple",
           "C05": "simple", "C06": "simple", "C07": "simple", "C08": "simple"}
HINTED = (ChoiceItems, SingleValue, FunctionResult, Selection, MemberSet)


@pytest.fixture
def store(tmp_path: Path) -> ProgressFile:
    return ProgressFile(tmp_path / "netlab-progress.json")


# --- the progress file -------------------------------------------------------------------

def test_checks_are_counted(store: ProgressFile) -> None:
    for passed in (False, False, True):
        store.record_check("steps.a", passed=passed, done=True, points=8 if passed else 3,
                           max_points=8)
    entry = store.load()[0]["steps.a"]
    assert (entry.checks, entry.misses, entry.passed, entry.points) == (3, 2, True, 8.0)
    assert not list(store.path.parent.glob(".netlab-progress.json.*"))  # no temporary left


@pytest.mark.parametrize("text,named", [
    ('{"format": 1, "exercises": {"steps.a": {"checks": 2,}}}', "3"),  # a JSON syntax error
    ('{"format": 1, "exercises": {"steps.a": {"checks": "lots"}}}', "'lots'"),
    ('{"format": 1, "exercises": {"steps.a": {"checks": -1}}}', "-1"),
    ('{"format": 1, "exercises": {"steps.a": {"passed": "yes"}}}', "'yes'"),
    ('{"format": 1, "exercises": {"steps.a": {"score": 1}}}', "score"),
    ('{"format": 1, "exercises": {"steps.a": {"checks": 1, "misses": 4}}}', "4"),
    ('[1, 2]', "format"),
])
def test_a_damaged_file_is_kept_as_a_backup_and_named(store: ProgressFile, text: str,
                                                      named: str) -> None:
    store.path.write_text(text, encoding="utf-8")
    with netlab.language("en"):
        entries, notice = store.load()
    assert entries == {}
    backups = list(store.path.parent.glob("netlab-progress.json.bak-*"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == text  # unchanged
    assert notice and named in notice and backups[0].name in notice
    assert "nothing was deleted" in notice and not store.path.exists()


def test_backups_never_overwrite_each_other_and_speak_thai(store: ProgressFile) -> None:
    for text in ("first {", "second {"):
        store.path.write_text(text, encoding="utf-8")
        _, notice = store.load()
        assert notice and "ไม่ได้ลบอะไรทิ้ง" in notice
    kept = sorted(p.read_text() for p in store.path.parent.glob("netlab-progress.json.bak-*"))
    assert kept == ["first {", "second {"]


def test_a_check_with_a_damaged_file_still_runs_and_says_so(store: ProgressFile) -> None:
    store.path.write_bytes(b"\xff\xfe not text")
    with netlab.language("en"):
        result = coached_report("steps.a", {}, {}, store)
    warnings = [line.text for line in result.lines if line.status == "warning"]
    assert len(warnings) == 1 and "not UTF-8" in warnings[0]
    assert store.load()[0]["steps.a"].checks == 1  # a new record started with this check


def test_a_folder_that_cannot_be_written_costs_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    store = ProgressFile(blocked / "netlab-progress.json")
    with netlab.language("en"):
        result = coached_report("problem_typing.b_rate", 0.5, {}, store)
    assert any(line.status == "warning" and "could not be saved" in line.text
               for line in result.lines)


# --- staged hints ---------------------------------------------------------------------------

def _texts(result: object) -> str:
    return "\n".join(line.text for line in result.lines)  # type: ignore[attr-defined]


def _wrong_try(n: int) -> dict[str, str]:
    """A different answer for each try, none passing (C08 varies; C03 stays wrong)."""
    return {**WRONG_A, "C08": ("simple", "technical", "social_mess")[n % 3]}


def test_hints_get_stronger_check_by_check(store: ProgressFile) -> None:
    exercise = all_exercises()["problem_typing.a"]
    with netlab.language("en"):
        nudge = netlab.t("exercises.problem_typing.a.nudge")
        item_hint = exercise.hint("C03")
        first, second, third = (
            _texts(coached_report("problem_typing.a", _wrong_try(n), {}, store))
            for n in range(3))
    assert nudge in first and item_hint not in first and "C03: not right yet" in first
    assert item_hint in second and nudge not in second
    assert 'netlab.worked("problem_typing.a")' not in second
    assert 'netlab.worked("problem_typing.a")' in third and item_hint in third


def test_a_blank_answer_is_a_check_but_not_a_try(store: ProgressFile) -> None:
    blank = dict.fromkeys(WRONG_A, "")
    with netlab.language("en"):
        nudge = netlab.t("exercises.problem_typing.a.nudge")
        for _ in range(WORKED_AFTER):  # Run All, again and again, before any answer
            blank_check = _texts(coached_report("problem_typing.a", blank, {}, store))
            assert nudge not in blank_check and "worked answer" not in blank_check
        first_try = _texts(coached_report("problem_typing.a", WRONG_A, {}, store))
    entry = store.load()[0]["problem_typing.a"]
    assert (entry.checks, entry.misses) == (WORKED_AFTER + 1, 1)
    assert nudge in first_try and 'netlab.worked("problem_typing.a")' not in first_try
    with pytest.raises(WorkedAnswerLocked):
        worked("problem_typing.a", store)


def test_the_same_wrong_answer_again_is_named_and_not_a_new_try(store: ProgressFile) -> None:
    """The answer cell edited but not run: the check sees the last try's answer again."""
    with netlab.language("en"):
        coached_report("problem_typing.a", WRONG_A, {}, store)
        again = _texts(coached_report("problem_typing.a", dict(reversed(WRONG_A.items())), {},
                                      store))
        changed = _texts(coached_report("problem_typing.a", _wrong_try(1), {}, store))
    assert "run the answer cell (Shift+Enter) after editing" in again
    assert "after editing" not in changed
    entry = store.load()[0]["problem_typing.a"]
    assert (entry.checks, entry.misses) == (3, 2)


def test_a_blank_check_says_to_run_the_answer_cell(store: ProgressFile) -> None:
    with netlab.language("th"):
        text = _texts(coached_report("problem_typing.a", dict.fromkeys(WRONG_A, ""), {}, store))
    assert "Shift+Enter" in text and "ยังไม่ได้ตอบ" in text


def test_best_result_is_kept_beside_the_latest(store: ProgressFile) -> None:
    right = {item: next(kind for kind in ("simple", "technical", "complex", "social_mess")
                        if report("problem_typing.a", {item: kind}).points > 0)
             for item in WRONG_A}
    coached_report("problem_typing.a", right, {}, store)
    coached_report("problem_typing.a", WRONG_A, {}, store)
    entry = store.load()[0]["problem_typing.a"]
    assert entry.points < entry.best == 8.0 and entry.ever_passed and not entry.passed


def test_under_nbgrader_the_report_is_the_plain_one(store: ProgressFile,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    plain = report("problem_typing.a", WRONG_A)
    assert _texts(netlab.check.check("problem_typing.a", WRONG_A)) == _texts(plain)
    assert all_exercises()["problem_typing.a"].hint("C03") in _texts(plain)
    assert not store.path.exists()


def test_every_hinted_exercise_has_a_nudge_weaker_than_its_hint() -> None:
    for ex_id, exercise in all_exercises().items():
        key = f"exercises.{ex_id}.nudge"
        assert (key in MESSAGES) == isinstance(exercise, HINTED), ex_id
        if key in MESSAGES:
            for lang in ("th", "en"):
                nudge = MESSAGES[key][lang]
                hints = [v[lang] for k, v in MESSAGES.items()
                         if k.startswith(f"exercises.{ex_id}.") and k.endswith(".hint")]
                assert nudge.strip() and nudge not in hints, (ex_id, lang)


# --- worked answers -------------------------------------------------------------------------

def test_a_worked_answer_opens_after_three_checks_and_is_recorded(store: ProgressFile) -> None:
    for n in range(WORKED_AFTER - 1):
        coached_report("problem_typing.b_rate", 0.99 - n / 100, {}, store)
    with netlab.language("en"), pytest.raises(WorkedAnswerLocked, match="1 more"):
        worked("problem_typing.b_rate", store)
    coached_report("problem_typing.b_rate", 0.9, {}, store)
    shown = worked("problem_typing.b_rate", store)
    assert "agree_rate" in shown.code and "BEGIN SOLUTION" not in shown.code
    assert "<pre>" in shown._repr_html_()
    assert store.load()[0]["problem_typing.b_rate"].worked


def test_a_passed_exercise_may_show_its_worked_answer(store: ProgressFile) -> None:
    store.record_check("steps.a", passed=True, done=True, points=8, max_points=8)
    assert "steps_a = {" in worked("steps.a", store).code


@pytest.mark.parametrize("env,words", [({"NBGRADER_EXECUTION": "autograde"}, "nbgrader"),
                                       ({"NETLAB_WORKED_ANSWERS": "off"}, "turned")])
def test_worked_answers_can_be_off(store: ProgressFile, monkeypatch: pytest.MonkeyPatch,
                                   env: dict[str, str], words: str) -> None:
    store.record_check("steps.a", passed=True, done=True, points=8, max_points=8)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with netlab.language("en"), pytest.raises(WorkedAnswerLocked, match=words):
        worked("steps.a", store)
    assert not store.load()[0]["steps.a"].worked


def test_an_installation_without_worked_answers_says_so(store: ProgressFile, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import netlab.tracking.worked as worked_module

    monkeypatch.setattr(worked_module, "DATA_FILE", tmp_path / "removed.dat")
    with netlab.language("en"):
        for _ in range(WORKED_AFTER):
            last = _texts(coached_report("problem_typing.b_rate", 0.99, {}, store))
        with pytest.raises(WorkedAnswerLocked, match="left them out"):
            worked("problem_typing.b_rate", store)
    assert "netlab.worked" not in last and "worked answer" not in last


def test_reflections_have_no_worked_answer(store: ProgressFile) -> None:
    with netlab.language("en"), pytest.raises(WorkedAnswerLocked, match="reflection"):
        worked("problem_typing.c", store)


def test_the_stored_worked_answers_match_the_sources() -> None:
    """`make workbooks` (netlab build) writes them; a stale file fails here."""
    stored = decode(DATA_FILE.read_text(encoding="ascii"))
    assert stored == worked_answers()
    automatic = {k for k, e in all_exercises().items() if not e.manual}
    assert automatic <= set(stored)
    assert "answers_a" not in DATA_FILE.read_text(encoding="ascii")  # out of plain sight


# --- the dashboard, the course map, the start-here workbook --------------------------------

def test_the_dashboard_counts_what_the_checks_found(store: ProgressFile) -> None:
    store.record_check("steps.a", passed=True, done=True, points=8, max_points=8)
    store.record_check("steps.b_step", passed=False, done=False, points=1, max_points=4)
    with netlab.language("en"):
        board = progress(store.path)
        text, page = board.text(), board._repr_html_()
    steps = next(wb for wb in WORKBOOKS if wb.prefix == "steps")
    assert board.summary(steps) == (4, 2, 1)
    assert [r.exercise for r in board.rows] == sorted(
        all_exercises(), key=lambda e: [w.name for w in WORKBOOKS].index(workbook_of(e).name))
    assert "✓ 8/8" in text and "✗ 1/4" in text and "<script" not in page


def test_the_dashboard_names_a_damaged_file(store: ProgressFile) -> None:
    store.path.write_text("{", encoding="utf-8")
    with netlab.language("en"):
        assert "could not be read" in progress(store.path)._repr_html_()


@pytest.mark.parametrize("lang,pattern", [("en", r"about (\d+) minutes"),
                                          ("th", r"ประมาณ (\d+) นาที")])
def test_every_workbook_announces_the_minutes_of_the_course_map(lang: str, pattern: str) -> None:
    for wb in WORKBOOKS:
        first = nbformat.read(workbooks_dir() / lang / wb.file, as_version=4).cells[0].source
        assert re.search(pattern, first), (wb.name, lang)
        assert int(re.search(pattern, first).group(1)) == wb.minutes, (wb.name, lang)


def test_the_course_map_lists_the_six_workbooks_in_both_languages() -> None:
    for lang in ("th", "en"):
        with netlab.language(lang):
            rows = netlab.views.course_map().text.splitlines()
        assert [r[:2] for r in rows[:6]] == ["01", "02", "03", "04", "05", "06"]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_start_workbook_is_generated_from_its_source(lang: str) -> None:
    source = nbformat.read(course_root() / START, as_version=4)
    committed = workbooks_dir() / lang / START.name
    fresh = nbformat.writes(student_version(source, lang))
    assert committed.read_text(encoding="utf-8").rstrip("\n") == fresh.rstrip("\n"), \
        "run `make workbooks`"
    text = committed.read_text(encoding="utf-8")
    assert '"worked"' not in text and '"P1": "a"' not in text  # the worked cell stays out


def test_the_start_workbook_worked_answer_passes_its_check() -> None:
    """The start-here workbook is not an nbgrader assignment, so no nbgrader run checks its
    solution: its worked answer is run here and must pass."""
    scope: dict[str, object] = {}
    exec(worked_answers()["start.practice"]["code"], scope)  # our own source's answer
    assert report("start.practice", scope["answers_start"]).passed
    wrong = {**scope["answers_start"], "P2": "a"}  # type: ignore[dict-item]
    assert not report("start.practice", wrong).passed


def test_a_progress_file_that_cannot_be_opened_is_never_written_over(tmp_path: Path) -> None:
    store = ProgressFile(tmp_path / "netlab-progress.json")
    store.path.mkdir()  # a folder where the file should be
    (store.path / "kept.txt").write_text("mine")
    with netlab.language("en"):
        result = coached_report("problem_typing.b_rate", 0.5, {}, store)
        board = progress(store.path)._repr_html_()
        with pytest.raises(WorkedAnswerLocked, match="could not be opened"):
            worked("problem_typing.b_rate", store)
    warnings = [line.text for line in result.lines if line.status == "warning"]
    assert len(warnings) == 1 and "could not be saved" in warnings[0]
    assert "Is a directory" in warnings[0]
    assert result.lines[0].status == "wrong"  # the check itself still ran
    assert "could not be opened" in board
    assert (store.path / "kept.txt").read_text() == "mine"


def test_one_progress_record_for_both_languages_merging_old_ones(tmp_path: Path) -> None:
    """Work in workbooks/en shows in workbooks/th and the other way round; the files an older
    netlab kept in each language's folder are merged, never lost."""
    from netlab.tracking.store import default_path

    course = tmp_path / "workbooks"
    for lang, points in (("th", 8.0), ("en", 2.0)):
        ProgressFile(course / lang / "netlab-progress.json").record_check(
            "problem_typing.a", passed=points == 8.0, done=True, points=points, max_points=8)
    shared = default_path(course / "en")
    assert shared == default_path(course / "th") == course / "netlab-progress.json"
    entry = ProgressFile(shared).load()[0]["problem_typing.a"]
    assert (entry.checks, entry.best, entry.ever_passed) == (2, 8.0, True)
    assert not list(course.glob("*/netlab-progress.json"))
    assert len(list(course.glob("*/netlab-progress.json.merged-*"))) == 2
    with netlab.language("en"):
        board = netlab.progress(shared).text()
    assert "Latest result" in board and "Best result ✓ 8/8" in board


def test_worked_answers_reason_in_prose_and_give_away_nothing_else() -> None:
    """Every worked answer (reflections have none) explains its reasoning in both languages;
    its code is only what gives that exercise's answer (06's cutpoints never show the hub,
    broker or isolates)."""
    stored = decode(DATA_FILE.read_text(encoding="ascii"))
    automatic = {k for k, e in all_exercises().items() if not e.manual}
    for exercise, entry in stored.items():
        if exercise in automatic:
            assert set(entry.get("why", {})) == {"th", "en"}, exercise
            assert re.search(r"[\u0E00-\u0E7F]", entry["why"]["th"]), exercise
        assert "never see" not in entry["code"] and "BEGIN SOLUTION" not in entry["code"]
    others = {"a_hub", "a_broker", "a_isolates", "measures"}
    code = stored["mapping.a_cutpoints"]["code"]
    assert not any(re.search(rf"\b{name}\b", code) for name in others), code
    assert "a_cutpoints" in code


def test_a_worked_answer_shows_its_reasoning_in_the_active_language(
        store: ProgressFile) -> None:
    store.record_check("steps.a", passed=True, done=True, points=8, max_points=8)
    for lang, word in (("th", "ขั้น"), ("en", "step")):
        with netlab.language(lang):
            shown = worked("steps.a", store)
        assert word in shown.why and shown.why in shown.text()
        assert "<p>" in shown._repr_html_() and "T01" in shown._repr_html_()


def test_every_item_and_every_wrong_choice_has_its_own_hint() -> None:
    from netlab.check import report as plain_report
    from netlab.exercises.base import ChoiceItems

    for exercise in all_exercises().values():
        if isinstance(exercise, ChoiceItems):
            for lang in ("th", "en"):
                with netlab.language(lang):
                    hints = [exercise.hint(item) for item in exercise.items]
                assert len(set(hints)) == len(hints), (exercise.id, lang)
    with netlab.language("en"):
        wrong = plain_report("mapping.a_isolates", {"W04", "W07"}).text()
        assert "W04 has" in wrong and "W07 has" in wrong
        assert "R18 is recommended for" in plain_report("health.c", ["R01", "R18"]).text()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_workbook_links_to_the_map_and_ends_with_its_recap(lang: str) -> None:
    for wb in WORKBOOKS[1:]:
        nb = nbformat.read(workbooks_dir() / lang / wb.file, as_version=4)
        assert any("](00_start_here.ipynb)" in c.source for c in nb.cells[:3]), wb.name
        assert nb.cells[-1].source == f'netlab.recap("{wb.name}")', wb.name


def test_the_recap_shows_best_results_and_links_to_the_next_workbook(
        store: ProgressFile) -> None:
    from netlab.tracking.recap import recap

    store.record_check("problem_typing.a", passed=True, done=True, points=8, max_points=8)
    store.record_check("problem_typing.a", passed=False, done=True, points=2, max_points=8)
    with netlab.language("en"):
        shown = recap("01_problem_typing", store.path)
        page, text = shown._repr_html_(), shown.text()
        last = recap("06_social_mapping", store.path).text()
        with pytest.raises(ValueError, match="'01_typing'"):
            recap("01_typing", store.path)
    assert "✓ 8/8" in text and "1 of 4 exercises passed" in text
    assert "<a href='02_partner_classification.ipynb'>Next: 02" in page
    assert "00_start_here.ipynb" in last and "end of the course" in last
