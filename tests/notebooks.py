"""Helpers to find and run the workbooks in real kernels (nbclient)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

from netlab.build import student_version
from netlab.course_layout import assignments, course_root, grade_id

REPO = Path(__file__).resolve().parents[1]


def source_path(name: str) -> Path:
    return course_root() / "source" / name / f"{name}.ipynb"


def instructor_version(name: str, lang: str) -> Any:
    """The source in one language, solutions and hidden tests kept."""
    nb = nbformat.read(source_path(name), as_version=4)
    out = student_version(nb, lang)
    return out


def run(nb: Any, cwd: Path, *, allow_errors: bool = False, timeout: int = 120) -> tuple[Any, float]:
    """Execute ``nb`` in a fresh kernel; return it and the seconds taken."""
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=allow_errors,
                            resources={"metadata": {"path": str(cwd)}})
    start = time.perf_counter()
    client.execute()
    return nb, time.perf_counter() - start


def errors(nb: Any) -> list[tuple[str, str, str]]:
    """(cell id, error name, value) of every error output."""
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append((cell.get("id", "?"), out["ename"], out["evalue"]))
    return found


__all__ = ["REPO", "assignments", "errors", "grade_id", "instructor_version", "run",
           "source_path"]
