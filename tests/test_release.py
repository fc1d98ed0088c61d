"""What a trainee can receive holds no answer key: stock ``nbgrader generate_assignment``,
``release_assignment`` through a real exchange folder, ``fetch_assignment`` from a trainee's
own folder, and the fetched files checked against the instructor source. ``netlab build``
(``make workbooks``) is checked the same way."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from test_nbgrader import course, nbgrader  # noqa: F401 - the module's course fixture

from netlab.build import INSTRUCTOR_TAG, language_of
from netlab.course_layout import workbooks_dir
from netlab.i18n import LANGUAGES
from netlab.settings import Netlab
from notebooks import assignments, source_path

pytestmark = pytest.mark.slow

_SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
_HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
MARKERS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "BEGIN MARK SCHEME",
           "expected=", "_held_out", f'"{INSTRUCTOR_TAG}"', "lang-th", "lang-en")


def _secret_passages(name: str) -> list[str]:
    """Text only the instructor may read: every instructor cell, every solution region and
    every hidden test of the source, line by line (lines of a few characters, such as ``}``,
    left out: they occur in any notebook)."""
    source = nbformat.read(source_path(name), as_version=4)
    passages = []
    for cell in source.cells:
        if INSTRUCTOR_TAG in cell.metadata.get("tags", []):
            passages += [cell.source]
        for region in (*_SOLUTION.findall(cell.source), *_HIDDEN.findall(cell.source)):
            passages += [region]
    return passages


def assert_holds_no_key(path: Path, name: str, lang: str) -> None:
    """``path`` is a student version of ``name`` in ``lang`` with nothing of the key in it."""
    text = path.read_text(encoding="utf-8")
    for marker in MARKERS:
        assert marker not in text, f"{path}: {marker}"
    nb = nbformat.read(path, as_version=4)
    release_text = "\n".join(c.source for c in nb.cells)
    public = _stub_text(name)
    for passage in _secret_passages(name):
        for line in (line.strip() for line in passage.splitlines()):
            # a line a solution shares with the stub it replaces is no secret (e.g. "def f(df):")
            if len(line) > 12 and line in release_text and line not in public:
                pytest.fail(f"{path}: instructor-only line reached the trainee: {line!r}")
    source = nbformat.read(source_path(name), as_version=4)
    other = [c.source for c in source.cells if language_of(c) not in (None, lang)]
    for cell in nb.cells:
        assert cell.source not in other or not cell.source.strip(), \
            f"{path}: a cell of the other language: {cell.source[:80]!r}"
    assert nb.metadata["netlab"]["lang"] == lang


def _stub_text(name: str) -> str:
    """The source's text outside every solution and hidden region (what the stubs keep)."""
    source = nbformat.read(source_path(name), as_version=4)
    return "\n".join(_HIDDEN.sub("", _SOLUTION.sub("", c.source)) for c in source.cells
                     if INSTRUCTOR_TAG not in c.metadata.get("tags", []))


def test_a_trainee_fetches_one_language_and_no_key(course: tuple[Path, dict[str, str]],  # noqa: F811
                                                   tmp_path: Path) -> None:
    path, env = course
    exchange = tmp_path / "exchange"
    exchange.mkdir(mode=0o755)
    exchange.chmod(0o1777)  # as nbgrader's docs set it up for a shared server
    lang = Netlab().release_language
    trainee = tmp_path / "trainee"
    trainee.mkdir()
    trainee_env = {**env, "HOME": str(trainee)}
    for name in assignments():
        nbgrader(path, env, "release_assignment", name, f"--Exchange.root={exchange}")
        nbgrader(trainee, trainee_env, "fetch_assignment", name, "--course", "netlab",
                 f"--Exchange.root={exchange}")
        fetched = sorted((trainee / name).rglob("*"))
        assert [p.name for p in fetched if p.is_file()] == [f"{name}.ipynb"], fetched
        assert_holds_no_key(trainee / name / f"{name}.ipynb", name, lang)
        # byte for byte the student version of the class's language
        assert (trainee / name / f"{name}.ipynb").read_bytes() == (
            path.parent / "workbooks" / lang / f"{name}.ipynb").read_bytes()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_workbooks_hold_no_key(lang: str) -> None:
    for name in assignments():
        assert_holds_no_key(workbooks_dir() / lang / f"{name}.ipynb", name, lang)


def test_netlab_build_releases_no_key(tmp_path: Path) -> None:
    import shutil

    from netlab.build import build
    from netlab.course_layout import course_root

    root = tmp_path / "grading"
    shutil.copytree(course_root() / "source", root / "source")
    shutil.copy(course_root() / "nbgrader_config.py", root)
    name = "02_partner_classification"
    build([name], root=root, out_dir=tmp_path / "workbooks")
    lang = Netlab().release_language
    assert_holds_no_key(root / "release" / name / f"{name}.ipynb", name, lang)
    for each in LANGUAGES:
        assert_holds_no_key(tmp_path / "workbooks" / each / f"{name}.ipynb", name, each)
