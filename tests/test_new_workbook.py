"""A newcomer adds a workbook, as CONTRIBUTING.md says: three hand-written files (the source
notebook, the exercise spec, the workbook's texts in both languages, from ``data/new_workbook``)
in a copy of the repository, then ``netlab build``. The workbook is then released, self-checked
in a kernel, graded by ``netlab grade`` and shown in the course map and the progress dashboard,
and every other file that changed is one the build generates."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "data" / "new_workbook"
NAME = "07_network_governance"
HAND = sorted(p.relative_to(FIXTURE).as_posix() for p in FIXTURE.rglob("*") if p.is_file())
#: What ``netlab build`` writes: nothing else may change.
GENERATED = ("workbooks/", "grading/release/", "grading/gradebook.db", "src/netlab/resources/")
#: What the copy leaves out (not needed to build, check or grade a workbook).
LEFT_OUT = ("docs/", "tests/", "bench/", "binder/", "classroom/", ".ci/")


def _files(root: Path) -> dict[str, str]:
    """Every file under ``root`` (caches left out) and its digest."""
    found = {}
    for path in root.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            found[path.relative_to(root).as_posix()] = hashlib.sha256(
                path.read_bytes()).hexdigest()
    return found


@pytest.fixture(scope="module")
def newcomer(tmp_path_factory: pytest.TempPathFactory,
             venv_env: dict[str, str]) -> tuple[Path, dict[str, str], set[str]]:
    """(the copy, its environment, the files that changed in it besides the three)."""
    repo = tmp_path_factory.mktemp("newcomer") / "netlab"
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True,
                             check=True).stdout.split("\n")
    for rel in filter(None, tracked):
        if not rel.startswith(LEFT_OUT) and (REPO / rel).is_file():
            (repo / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / rel, repo / rel)
    before = _files(repo)
    for rel in HAND:
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(FIXTURE / rel, repo / rel)
    env = {k: v for k, v in venv_env.items()
           if k not in ("NETLAB_COURSE", "NETLAB_WORKBOOKS_DIR", "NETLAB_DATASETS")}
    env["PYTHONPATH"] = str(repo / "src")  # this copy's netlab, not the installed one
    build = subprocess.run([sys.executable, "-m", "netlab.cli", "build"], cwd=repo, env=env,
                           capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stdout + build.stderr
    after = _files(repo)
    changed = {p for p in set(before) | set(after) if before.get(p) != after.get(p)}
    return repo, env, changed - set(HAND)


def _python(env: dict[str, str], cwd: Path, code: str) -> str:
    run = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_a_new_workbook_is_three_files_and_the_rest_is_generated(
        newcomer: tuple[Path, dict[str, str], set[str]]) -> None:
    repo, _, generated = newcomer
    assert [f"grading/source/{NAME}/{NAME}.ipynb",
                    "src/netlab/catalogue/workbooks/governance.py",
                    "src/netlab/exercises/governance.py"] == HAND
    assert all(p.startswith(GENERATED) for p in generated), sorted(
        p for p in generated if not p.startswith(GENERATED))
    assert {f"workbooks/th/{NAME}.ipynb", f"workbooks/en/{NAME}.ipynb",
            f"grading/release/{NAME}/{NAME}.ipynb", "src/netlab/resources/keys.json",
            "src/netlab/resources/syllabus.json",
            "src/netlab/resources/worked.dat"} <= generated
    print(f"hand-written: {len(HAND)}; generated: {len(generated)}: {sorted(generated)}")
    keys = json.loads((repo / "src/netlab/resources/keys.json").read_text(encoding="utf-8"))
    assert sorted(keys["governance.a"]) == ["G1", "G2", "G3"]
    syllabus = json.loads((repo / "src/netlab/resources/syllabus.json").read_text("utf-8"))
    assert syllabus[-1] == {"name": NAME, "prefix": "governance", "minutes": 20}


def test_it_is_released_without_its_solution(
        newcomer: tuple[Path, dict[str, str], set[str]]) -> None:
    repo, env, _ = newcomer
    release = repo / "grading" / "release" / NAME / f"{NAME}.ipynb"
    text = release.read_text(encoding="utf-8")
    assert "BEGIN SOLUTION" not in text and '\\"G2\\": \\"vertical\\"' not in text
    run = subprocess.run(["nbgrader", "validate", "--invert", str(release)], cwd=repo / "grading",
                         env=env, capture_output=True, text=True, timeout=300)
    assert "Success! The notebook does not pass any tests." in run.stdout, run.stdout


SELF_CHECK = """
import json, nbformat
from nbclient import NotebookClient
from netlab.build import solved_version
name = {name!r}
source = nbformat.read(f"grading/source/{{name}}/{{name}}.ipynb", as_version=4)
found = {{}}
for kind in ("one wrong", "right", "blank"):  # the first try meets the nudge
    nb = nbformat.read(f"workbooks/en/{{name}}.ipynb", as_version=4)
    if kind != "blank":
        nb = solved_version(nb, source)
    for cell in nb.cells:
        if kind == "one wrong":
            cell.source = cell.source.replace('"G2": "vertical"', '"G2": "horizontal"')
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    check = nb.cells[-1].outputs[-1]["data"]
    found[kind] = [check["text/plain"], check["text/html"]]
print(json.dumps(found))
"""


def test_it_is_self_checked_in_a_kernel(
        newcomer: tuple[Path, dict[str, str], set[str]]) -> None:
    repo, env, _ = newcomer
    found = json.loads(_python({**env, "NETLAB_LANG": "en"}, repo,
                               SELF_CHECK.format(name=NAME)).splitlines()[-1])
    assert found["right"][0] == "3.0" and found["one wrong"][0] == "2.0"
    assert found["blank"][0] == "0.0"
    assert "Exercise A: three ways of deciding" in found["right"][1]
    wrong = found["one wrong"][1]  # a first try: the nudge, not yet the item's hint
    assert "Read again who makes the decision" in wrong and "Which level" not in wrong


def test_it_is_graded_by_netlab_grade(newcomer: tuple[Path, dict[str, str], set[str]]) -> None:
    repo, env, _ = newcomer
    course = repo / "grading"
    release = (course / "release" / NAME / f"{NAME}.ipynb").read_text(encoding="utf-8")
    answers = {"ana": ("horizontal", "vertical", "horizontal"),
               "ben": ("horizontal", "horizontal", "horizontal")}
    for student, (g1, g2, g3) in answers.items():
        text = release
        for item, value in (("G1", g1), ("G2", g2), ("G3", g3)):
            text = text.replace(f'\\"{item}\\": \\"\\"', f'\\"{item}\\": \\"{value}\\"', 1)
        target = course / "submitted" / student / NAME / f"{NAME}.ipynb"
        target.parent.mkdir(parents=True)
        target.write_text(text, encoding="utf-8")
    run = subprocess.run(["netlab", "grade", NAME, "--lang", "en", "--quiet"], cwd=course,
                         env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    subprocess.run(["nbgrader", "export", "--to", "grades.csv"], cwd=course, env=env,
                   capture_output=True, text=True, timeout=300, check=True)
    with open(course / "grades.csv", encoding="utf-8") as fh:
        scores = {r["student_id"]: float(r["raw_score"]) for r in csv.DictReader(fh)
                  if r["assignment"] == NAME}
    assert scores == {"ana": 3.0, "ben": 2.0}


def test_it_is_in_the_course_map_and_the_progress_dashboard(
        newcomer: tuple[Path, dict[str, str], set[str]], tmp_path: Path) -> None:
    repo, env, _ = newcomer
    shown = _python({**env, "NETLAB_LANG": "en"}, repo, (
        "import netlab\n"
        "print(netlab.views.course_map().text)\n"
        f"print(netlab.progress({str(tmp_path / 'p.json')!r}).text())\n"
        "print(netlab.recap('06_social_mapping').next.name)\n"))
    assert "07" in shown and "Deciding together in a network" in shown
    assert "Exercise A: three ways of deciding" in shown
    assert shown.rstrip().endswith(NAME)
