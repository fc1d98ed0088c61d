"""The workbooks run headless in real kernels: instructor versions earn every point, and the
blank student versions run to their last cell without an error."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from netlab.course_layout import START, workbooks_dir
from notebooks import assignments, errors, grade_id, instructor_version, run

pytestmark = pytest.mark.slow

CASES = [(name, lang) for name in assignments() for lang in ("th", "en")]


@pytest.mark.parametrize("name,lang", CASES)
def test_instructor_version_runs_and_earns_every_point(name: str, lang: str,
                                                       tmp_path: Path) -> None:
    nb, seconds = run(instructor_version(name, lang), tmp_path)
    assert errors(nb) == []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            results = [o for o in cell.outputs if o.output_type == "execute_result"]
            assert results, f"{grade_id(cell)} printed no score"
            points = float(results[-1]["data"]["text/plain"])
            assert points == meta["points"], f"{grade_id(cell)}: {points} of {meta['points']}"
            assert not any(o.output_type == "stream" and o.name == "stderr" for o in cell.outputs)
    print(f"{name} [{lang}] instructor version: {seconds:.1f} s")


@pytest.mark.parametrize("name,lang", CASES)
def test_blank_student_version_runs_to_the_end(name: str, lang: str, tmp_path: Path) -> None:
    """Run All on a fresh student workbook, every answer still blank, reaches the last cell
    with no error anywhere; each check says "not answered yet" and counts no try."""
    path = workbooks_dir() / lang / f"{name}.ipynb"
    nb, seconds = run(nbformat.read(path, as_version=4), tmp_path)
    assert errors(nb) == []
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code), "Run All stopped early"
    for cell in code:
        assert not [o for o in cell.outputs if o.get("name") == "stderr"], cell.source
        text = json.dumps(cell.outputs, ensure_ascii=False)
        assert "Traceback" not in text and "NotImplementedError" not in text, cell.source
    progress = json.loads((tmp_path / "netlab-progress.json").read_text(encoding="utf-8"))
    entries = progress["exercises"]
    checked = {c.source.split('"')[1] for c in code
               if c.source.startswith(("grade(", "check("))}
    assert checked <= set(entries), checked - set(entries)
    for exercise in checked:
        entry = entries[exercise]
        assert (entry["checks"], entry["misses"], entry["passed"]) == (1, 0, False), exercise
    print(f"{name} [{lang}] student version, blank: {seconds:.1f} s")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_start_workbook_runs_cleanly_and_counts_its_blank_check(lang: str,
                                                                tmp_path: Path) -> None:
    """The start-here workbook has no stubs that raise: Run All runs every cell, and its blank
    practice check is counted in the progress file beside it as a check, not a try."""
    nb, seconds = run(nbformat.read(workbooks_dir() / lang / START.name, as_version=4), tmp_path)
    assert errors(nb) == []
    html = [o["data"].get("text/html", "") for c in nb.cells for o in c.get("outputs", [])
            if "data" in o]
    assert any("netlab-course-map" in h for h in html)
    assert any("netlab-progress" in h for h in html)
    entry = json.loads((tmp_path / "netlab-progress.json").read_text(encoding="utf-8"))[
        "exercises"]["start.practice"]
    assert (entry["checks"], entry["misses"], entry["done"]) == (1, 0, False)
    print(f"00_start_here [{lang}]: {seconds:.1f} s")
