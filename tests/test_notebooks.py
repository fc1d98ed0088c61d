"""The workbooks run headless in real kernels: instructor versions cleanly, student versions
with only the expected NotImplementedError of unanswered cells."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from netlab.build import START, workbooks_dir
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
def test_student_version_fails_only_where_unanswered(name: str, lang: str,
                                                     tmp_path: Path) -> None:
    path = workbooks_dir() / lang / f"{name}.ipynb"
    nb, seconds = run(nbformat.read(path, as_version=4), tmp_path, allow_errors=True)
    found = errors(nb)
    assert found, "a blank student version must fail somewhere"
    solution_ids = {c.get("id") for c in nb.cells
                    if c.get("metadata", {}).get("nbgrader", {}).get("solution")}
    first = {cell_id for cell_id, _, _ in found if cell_id in solution_ids}
    assert first == solution_ids, "every unanswered cell raises NotImplementedError"
    for cell_id, ename, _ in found:
        if cell_id in solution_ids:
            assert ename == "NotImplementedError", (cell_id, ename)
        else:
            # Later cells fail only because an answer above is missing.
            assert ename in ("NameError", "NotImplementedError", "CheckFailed"), (cell_id, ename)
    # Every cell before the first exercise ran cleanly: the learn and explore parts work.
    first_answer = next(i for i, c in enumerate(nb.cells) if c.get("id") in solution_ids)
    for cell in nb.cells[:first_answer]:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.id
    print(f"{name} [{lang}] student version: {seconds:.1f} s")


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
