"""``netlab collect``: LMS download zips into ``submitted/`` through nbgrader's zip_collect, with
the newer of two attempts kept, what was left out listed, and a replaced submission kept."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import nbformat
import pytest
from graded_class import NAME, copy_course
from test_nbgrader import _student_version

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory, venv_env: dict[str, str]) -> Path:
    env = {k: v for k, v in venv_env.items()
           if k not in ("NETLAB_COURSE", "NETLAB_WORKBOOKS_DIR")}
    return copy_course(tmp_path_factory.mktemp("collect"), env)


def _collect(course: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["netlab", "collect", NAME, *args, "--lang", "en"], cwd=course,
                          env=env, capture_output=True, text=True, timeout=300)


def _notebook(course: Path, marker: str) -> bytes:
    nb = _student_version(course.parent, NAME, "en")
    nb.cells[0].source += f"\n<!-- {marker} -->"
    return nbformat.writes(nb).encode("utf-8")


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def test_nbgrader_style_download(course: Path, venv_env: dict[str, str],
                                 tmp_path: Path) -> None:
    stem = f"{NAME}_{{}}_attempt_{{}}_{NAME}.ipynb"
    download = _zip(tmp_path / "lms.zip", {
        stem.format("somchai", "2026-11-01-10-00-00"): _notebook(course, "first try"),
        stem.format("somchai", "2026-11-02-09-30-00"): _notebook(course, "second try"),
        stem.format("malee", "2026-11-01-08-00-00"): _notebook(course, "malee"),
        "instructions.pdf": b"%PDF-1.4",
        "untitled.ipynb": _notebook(course, "no name"),
    })
    run = _collect(course, venv_env, str(download), "--preset", "nbgrader")
    assert run.returncode == 0, run.stderr
    assert "collected 2 students into submitted/: malee, somchai" in run.stdout
    folder = course / "submitted" / "somchai" / NAME
    assert b"second try" in (folder / f"{NAME}.ipynb").read_bytes()  # the newer attempt
    assert (folder / "timestamp.txt").read_text() == "2026-11-02 09:30:00"
    assert "3 files not collected:" in run.stdout
    for line in ("instructions.pdf: not an .ipynb notebook",
                 "untitled.ipynb: the name does not match the pattern",
                 "2026-11-01-10-00-00_01_problem_typing.ipynb: a later copy was collected"):
        assert line in run.stdout, line


def test_moodle_download_and_a_replaced_submission(course: Path, venv_env: dict[str, str],
                                                   tmp_path: Path) -> None:
    earlier = course / "submitted" / "2041" / NAME
    earlier.mkdir(parents=True)
    (earlier / f"{NAME}.ipynb").write_bytes(_notebook(course, "handed in by hand"))
    download = _zip(tmp_path / "moodle.zip", {
        f"Somsri Dee_2041_assignsubmission_file_/{NAME}.ipynb": _notebook(course, "moodle"),
        f"Anan Rak_2042_assignsubmission_file_/{NAME}.ipynb": _notebook(course, "anan"),
    })
    run = _collect(course, venv_env, str(download), "--preset", "moodle")
    assert run.returncode == 0, run.stderr
    assert "collected 2 students into submitted/: 2041, 2042" in run.stdout
    assert b"moodle" in (earlier / f"{NAME}.ipynb").read_bytes()
    backups = course / "downloaded" / "replaced" / NAME
    kept = [p.read_bytes() for p in backups.glob(f"*/2041/{NAME}.ipynb")]
    assert len(kept) == 1 and b"handed in by hand" in kept[0]  # never lost
    assert "replaced the earlier submission of 2041" in run.stdout
    assert str(backups) in run.stdout  # and says where the old copy is
    # a second download replaces it again: the first backup is still there
    again = _zip(tmp_path / "again.zip", {
        f"Somsri Dee_2041_assignsubmission_file_/{NAME}.ipynb": _notebook(course, "second")})
    run = _collect(course, venv_env, str(again), "--preset", "moodle")
    assert run.returncode == 0, run.stderr
    kept = sorted(p.read_bytes() for p in backups.glob(f"*/2041/{NAME}.ipynb"))
    assert len(kept) == 2 and any(b"handed in by hand" in k for k in kept) \
        and any(b"moodle" in k for k in kept)


@pytest.mark.parametrize("args,words", [
    (["lms.zip", "--preset", "blackboard"], ["blackboard", "nbgrader, moodle"]),
    (["lms.zip", "--regexp", r".*_(?P<student_id>\w+)"], ["file_id"]),
    (["lms.zip", "--regexp", "(unclosed"], ["(unclosed"]),
    (["lms.zip"], ["--preset", "--regexp"]),
    (["missing.zip", "--preset", "moodle"], ["missing.zip"]),
])
def test_bad_input_is_named(course: Path, venv_env: dict[str, str], tmp_path: Path,
                            args: list[str], words: list[str]) -> None:
    _zip(tmp_path / "lms.zip", {"a.ipynb": b"{}"})
    args = [str(tmp_path / a) if a.endswith(".zip") else a for a in args]
    run = _collect(course, venv_env, *args)
    assert run.returncode == 1
    for word in words:
        assert word in run.stderr, (word, run.stderr)
