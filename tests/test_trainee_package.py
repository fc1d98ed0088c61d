"""``netlab trainee-package``: what a class installs for its trainees. A graded class's wheel
holds neither the keys nor the worked answers, and its self-checks still check the form."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from netlab.course_layout import course_root
from netlab.trainee_package import SECRET_FILES

pytestmark = pytest.mark.slow

PROBE = """
import netlab
from netlab.check import report
from netlab.tracking.worked import WorkedAnswerLocked, worked
print("FROM", netlab.__file__)
with netlab.language("en"):
    r = report("problem_typing.a", {"C01": "complex", "C02": "compex"})
    print("HEADLINE", r.headline())
    print("STATUSES", [line.status for line in r.lines][:3])
    try:
        worked("problem_typing.a")
    except WorkedAnswerLocked as exc:
        print("WORKED", exc)
"""


def _build(tmp: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "netlab.cli", "trainee-package", "--out",
                           str(tmp), *args], capture_output=True, text=True, env=env,
                          timeout=600)


def test_a_graded_class_installs_no_key_and_no_worked_answer(
        tmp_path: Path, venv_env: dict[str, str]) -> None:
    env = {k: v for k, v in venv_env.items() if k != "NETLAB_SELF_CHECK"}
    run = _build(tmp_path / "wheel", {**env, "NETLAB_SELF_CHECK": "off"})
    assert run.returncode == 0, run.stderr
    assert "no keys, no worked answers" in run.stdout
    wheel = next((tmp_path / "wheel").glob("netlab-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not names & SECRET_FILES
    assert "netlab/check.py" in names and "netlab/_datasets/problem_scenarios.csv" in names
    record = next(n for n in names if n.endswith("dist-info/RECORD"))
    assert "keys.json" not in zipfile.ZipFile(wheel).read(record).decode()
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    probe = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                           env={**env, "PYTHONPATH": str(unpacked)}, timeout=120)
    assert probe.returncode == 0, probe.stderr
    assert f"FROM {unpacked}" in probe.stdout
    assert "right or wrong is marked only at grading" in probe.stdout
    assert "'unchecked', 'error'" in probe.stdout  # the form is still checked
    assert "has no worked answers" in probe.stdout


def test_self_learners_get_keys_and_worked_answers(tmp_path: Path,
                                                   venv_env: dict[str, str]) -> None:
    env = {k: v for k, v in venv_env.items() if k != "NETLAB_SELF_CHECK"}
    run = _build(tmp_path, env)
    assert run.returncode == 0, run.stderr
    assert "keys and worked answers included" in run.stdout
    names = set(zipfile.ZipFile(next(tmp_path.glob("netlab-*.whl"))).namelist())
    assert names >= SECRET_FILES


def test_the_course_setting_decides(tmp_path: Path, venv_env: dict[str, str]) -> None:
    """c.Netlab.self_check = False in the class's nbgrader_config.py, in a copy of the
    checkout (the wheel is built from the course's parent folder)."""
    repo = tmp_path / "repo"
    shutil.copytree(course_root().parent, repo, ignore=shutil.ignore_patterns(
        ".venv", ".git", "workbooks", "docs", "tests", "bench", "*.ipynb", "__pycache__"))
    config = repo / "grading" / "nbgrader_config.py"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "c.Netlab.self_check = True", "c.Netlab.self_check = False"), encoding="utf-8")
    env = {k: v for k, v in venv_env.items() if k != "NETLAB_SELF_CHECK"}
    run = _build(tmp_path / "out", env, "--course", str(repo / "grading"))
    assert run.returncode == 0, run.stderr
    names = set(zipfile.ZipFile(next((tmp_path / "out").glob("netlab-*.whl"))).namelist())
    assert not names & SECRET_FILES


def test_a_bad_setting_is_named(tmp_path: Path, venv_env: dict[str, str]) -> None:
    run = _build(tmp_path, {**venv_env, "NETLAB_SELF_CHECK": "maybe"})
    assert run.returncode == 1 and "'maybe'" in run.stderr and "on or off" in run.stderr
