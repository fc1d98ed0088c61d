"""``netlab feedback`` and ``netlab report`` on the class ``netlab grade`` graded (the session's
``graded`` fixture): feedback never shows hidden tests or held-out data and loads nothing from
the network; the report counts what the gradebook and the check records say."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import nbformat
import pytest
from graded_class import NAME, grades
from test_nbgrader import nbgrader

pytestmark = pytest.mark.slow

#: Text that exists only in the hidden test of b_heldout: its markers, its variable, and a
#: scenario id of the held-out data (the public scenarios use other ids).
HIDDEN = ("BEGIN HIDDEN TESTS", "_held_out", "H05")
#: nbgrader's own files that feedback keeps: release_feedback names the feedback by them.
NBGRADER_FILES = ("timestamp.txt", "submission_secret.txt")


def _netlab(course: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["netlab", *args], cwd=course, env=env, capture_output=True,
                          text=True, timeout=600)


def _page(course: Path, student: str) -> str:
    return (course / "feedback" / student / NAME / f"{NAME}.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pages(graded: tuple[Path, Path, str], venv_env: dict[str, str]) -> dict[str, str]:
    """Stock feedback pages ("stock:<student>") and netlab's (by student), same grades."""
    ours, _, _ = graded
    out = {}
    nbgrader(ours, venv_env, "generate_feedback", NAME, "--force")
    for student in ("leaky", "history", "wrong"):
        out[f"stock:{student}"] = _page(ours, student)
    run = _netlab(ours, venv_env, "feedback", NAME, "--lang", "en")
    assert run.returncode == 0, run.stderr
    for page in (ours / "feedback").glob(f"*/{NAME}/{NAME}.html"):
        out[page.parent.parent.name] = page.read_text(encoding="utf-8")
    return out


def test_the_hidden_markers_are_only_in_the_hidden_test(graded: tuple[Path, Path, str]) -> None:
    ours, _, _ = graded
    release = (ours / "release" / NAME / f"{NAME}.ipynb").read_text(encoding="utf-8")
    assert not any(text in release for text in HIDDEN)
    source = (ours / "source" / NAME / f"{NAME}.ipynb").read_text(encoding="utf-8")
    assert all(text in source for text in HIDDEN)


def test_stock_feedback_leaks_what_ours_hides(pages: dict[str, str]) -> None:
    # the leak this command exists to close (nbgrader #917), so the next test can fail
    assert all(text in pages["stock:leaky"] for text in HIDDEN)
    assert all(text in pages["stock:history"] for text in HIDDEN)  # print(In) in a later cell
    assert "cdnjs.cloudflare.com" in pages["stock:wrong"]


def test_feedback_never_shows_hidden_tests_or_held_out_data(pages: dict[str, str]) -> None:
    ours = {student: page for student, page in pages.items() if ":" not in student}
    assert {"right_th", "wrong", "leaky", "history", "crash", "tampered"} <= set(ours)
    for student, page in ours.items():
        assert not [text for text in HIDDEN if text in page], student


def test_feedback_loads_nothing_from_the_network(pages: dict[str, str]) -> None:
    for student, page in pages.items():
        if ":" not in student:
            assert 'src="http' not in page and "cdnjs" not in page, student


def test_feedback_has_the_scores_and_the_authored_messages(graded: tuple[Path, Path, str],
                                                           pages: dict[str, str]) -> None:
    ours, _, _ = graded
    page = pages["wrong"]
    total = sum(grades(ours, "wrong").values())
    assert "Feedback on 01_problem_typing for wrong" in page
    lang = nbformat.read(ours / "autograded" / "wrong" / NAME / f"{NAME}.ipynb",
                         4).metadata["netlab"]["lang"]
    assert f'<html lang="{lang}">' in page  # a screen reader picks the right voice
    assert f"Total: {total:g} of 16" in page
    assert "data:image/svg+xml;base64," in page.split("netlab-summary")[1][:20_000]
    executed = nbformat.read(ours / "autograded" / "wrong" / NAME / f"{NAME}.ipynb", 4)
    report = next(o["data"]["text/html"] for c in executed.cells for o in c.get("outputs", [])
                  if "C03" in str(o.get("data", {}).get("text/html", "")))
    line = next(x for x in report.split("<li") if "C03" in x)
    assert line.split(">", 1)[1].split("<")[0] in page  # the check's own words about C03
    # the hidden test keeps its visible part and its points, without its code
    assert "a trial run here" in page
    assert "<td>b_heldout</td><td>2 / 2</td>" in page


def test_feedback_in_thai_and_a_bad_assignment(graded: tuple[Path, Path, str],
                                               venv_env: dict[str, str]) -> None:
    ours, _, _ = graded
    run = _netlab(ours, venv_env, "feedback", NAME, "--student", "wrong", "--lang", "th")
    assert run.returncode == 0, run.stderr
    assert "ผลการตรวจงาน 01_problem_typing ของ wrong" in _page(ours, "wrong")
    bad = _netlab(ours, venv_env, "feedback", "99_nothing", "--lang", "en")
    assert bad.returncode == 1 and "99_nothing" in bad.stderr and NAME in bad.stderr


@pytest.fixture(scope="module")
def report(graded: tuple[Path, Path, str], venv_env: dict[str, str],
           tmp_path_factory: pytest.TempPathFactory) -> Path:
    ours, _, _ = graded
    out = tmp_path_factory.mktemp("report")
    run = _netlab(ours, venv_env, "report", NAME, "--lang", "en", "--out", str(out))
    assert run.returncode == 0, run.stderr
    return out


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_report_totals_come_from_the_gradebook(graded: tuple[Path, Path, str],
                                               report: Path) -> None:
    ours, _, _ = graded
    rows = {r["student"]: r for r in _csv(report / "students.csv")}
    for student in ("right_th", "wrong", "crash", "corrupt"):
        assert float(rows[student]["score"]) == sum(grades(ours, student).values()), student
    cells = {r["cell"]: r for r in _csv(report / "cells.csv")}
    a_full = sum(grades(ours, s)["a_check"] == 8.0 for s in rows) / int(cells["a_check"]["graded"])
    assert float(cells["a_check"]["full"]) == pytest.approx(a_full)


def test_report_finds_the_class_misconception(report: Path) -> None:
    # "wrong" and "tampered" (its test restored) both typed C03 as technical
    first = _csv(report / "wrong_answers.csv")[0]
    assert (first["cell"], first["item"], first["given"], first["count"]) == (
        "a_check", "C03", "technical", "2")
    hardest = _csv(report / "items.csv")[0]
    assert (hardest["cell"], hardest["item"]) == ("a_check", "C03")
    assert int(hardest["wrong"]) == 2  # and the blank submission left it missing


def test_the_facilitator_guide_shows_the_class_misconception(
        graded: tuple[Path, Path, str]) -> None:
    # the kit reads the same records as the report: C03 typed as technical, twice
    from netlab.kit import class_errors
    from netlab.kit.guide import facilitator_guide
    from netlab.kit.sources import read_source

    ours, _, _ = graded
    wrong = class_errors(ours, NAME)
    assert wrong[0][:3] == ("C03", "technical", 2)
    html = facilitator_guide(NAME, read_source(NAME, ours), "en", wrong)
    table = html.split("Wrong answers seen most often in your class")[1]
    assert "<td>C03</td><td><code>technical</code></td><td>2</td>" in table
    assert class_errors(ours, "99_nothing") == []  # not graded: no table, no error


def test_report_page_is_offline_and_complete(report: Path) -> None:
    page = (report / "report.html").read_text(encoding="utf-8")
    assert '<html lang="' in page and "<main>" in page and "</main>" in page
    assert "<script" not in page and "http" not in page.replace("http://www.w3.org", "")
    assert page.count("<svg") == 3  # score spread, full points per cell, hardest items
    for text in ("Class report: 01_problem_typing", "technical", "answer given", "C03"):
        assert text in page


def test_report_in_thai_and_bad_inputs(graded: tuple[Path, Path, str],
                                       venv_env: dict[str, str], tmp_path: Path) -> None:
    ours, _, _ = graded
    run = _netlab(ours, venv_env, "report", NAME, "--lang", "th", "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    assert "รายงานผลของทั้งชั้น: 01_problem_typing" in (tmp_path / "report.html").read_text(
        encoding="utf-8")
    bad = _netlab(ours, venv_env, "report", "99_nothing", "--lang", "en")
    assert bad.returncode == 1 and "99_nothing" in bad.stderr


def test_feedback_folders_hold_only_feedback_pages(graded: tuple[Path, Path, str],
                                                   pages: dict[str, str]) -> None:
    """Stock feedback copies every other file of the graded folder (here the trainee's
    notes.txt); netlab's writes the page and nothing else but nbgrader's timestamp.txt, by
    which ``nbgrader release_feedback`` names the feedback (it fails without it)."""
    ours, _, _ = graded
    for folder in (ours / "feedback").glob(f"*/{NAME}"):
        graded_folder = ours / "autograded" / folder.parent.name / NAME
        expected = sorted([f"{NAME}.html", *(name for name in NBGRADER_FILES
                                             if (graded_folder / name).exists())])
        assert sorted(p.name for p in folder.rglob("*")) == expected, folder


def test_feedback_keeps_the_submission_timestamp_release_feedback_needs(
        graded: tuple[Path, Path, str], venv_env: dict[str, str], pages: dict[str, str],
        tmp_path: Path) -> None:
    ours, _, _ = graded
    graded_folder = ours / "autograded" / "extra" / NAME
    for name, text in zip(NBGRADER_FILES, ("2026-12-05 09:30:00.000000 UTC", "12345"),
                          strict=True):
        if (graded_folder / name).exists():
            (graded_folder / name).chmod(0o644)
        (graded_folder / name).write_text(text, encoding="utf-8")
    run = _netlab(ours, venv_env, "feedback", NAME, "--lang", "en", "--student", "extra")
    assert run.returncode == 0, run.stderr
    folder = ours / "feedback" / "extra" / NAME
    for name in NBGRADER_FILES:
        assert (folder / name).read_bytes() == (graded_folder / name).read_bytes()
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    released = nbgrader(ours, venv_env, "release_feedback", NAME, "--student", "extra",
                        f"--Exchange.root={exchange}")
    assert list(exchange.glob("*/feedback/*.html")), released


def test_what_grading_found_is_kept_in_the_gradebook_and_the_report(
        graded: tuple[Path, Path, str], venv_env: dict[str, str], tmp_path: Path) -> None:
    from netlab.grading.course import Course

    ours, _, _ = graded
    course = Course.load(ours)
    flagged, found = course.findings(NAME, "tampered")
    assert flagged and any("tampered" in f and "a_check" in f for f in found)
    assert course.findings(NAME, "right_th") == (False, [])
    assert course.findings(NAME, "extra") == (False, ["extra files: notes.txt"])
    assert course.findings(NAME, "crash")[0]  # a crash is flagged for a look
    run = _netlab(ours, venv_env, "report", NAME, "--lang", "en", "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    with open(tmp_path / "students.csv", encoding="utf-8") as fh:
        rows = {r["student"]: r for r in csv.DictReader(fh)}
    assert rows["tampered"]["flagged"] == "True" and "tampered" in rows["tampered"]["findings"]
    assert rows["right_th"]["flagged"] == "False" and rows["right_th"]["findings"] == ""
    assert "what netlab grade found" in (tmp_path / "report.html").read_text(encoding="utf-8")
