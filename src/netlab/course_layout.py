"""Where the course lives: the nbgrader course folder (``grading/``), its assignments and
start-here source, the student workbooks beside it, its configuration, and a cell's grade id.

Example:
    >>> course_root().name, "01_problem_typing" in assignments()
    ('grading', True)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from traitlets.config import Config

__all__ = ["START", "assignments", "course_config", "course_root", "grade_id", "source_path",
           "sources", "workbooks_dir"]

#: The start-here workbook's bilingual source: not an nbgrader assignment (nothing to grade),
#: built into ``workbooks/<lang>/`` by the same language selection.
START = Path("start") / "00_start_here.ipynb"


def grade_id(cell: Any) -> str | None:
    """The nbgrader grade id of a cell, or None.

    Example:
        >>> from nbformat.v4 import new_code_cell
        >>> grade_id(new_code_cell("x", metadata={"nbgrader": {"grade_id": "a"}}))
        'a'
    """
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def course_root() -> Path:
    """The nbgrader course directory (``grading/``): ``$NETLAB_COURSE`` or the checkout's.

    Example:
        >>> course_root().name
        'grading'
    """
    env = os.environ.get("NETLAB_COURSE")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "grading"


def workbooks_dir(root: Path | None = None) -> Path:
    """Where student versions go: ``$NETLAB_WORKBOOKS_DIR`` or ``workbooks/`` beside
    ``grading/``.

    Example:
        >>> workbooks_dir().name
        'workbooks'
    """
    env = os.environ.get("NETLAB_WORKBOOKS_DIR")
    if env:
        return Path(env)
    return (root or course_root()).resolve().parent / "workbooks"


def assignments(root: Path | None = None) -> list[str]:
    """The assignments of the course (folders of ``grading/source``).

    Example:
        >>> "01_problem_typing" in assignments()
        True
    """
    source = (root or course_root()) / "source"
    return sorted(p.name for p in source.iterdir() if p.is_dir()) if source.is_dir() else []


def course_config(root: Path) -> Config:
    """The configuration in ``<root>/nbgrader_config.py``, read as nbgrader reads it.

    Example:
        >>> course_config(course_root()).Netlab.release_language in ("th", "en")
        True
    """
    from traitlets.config import PyFileConfigLoader

    return PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()


def source_path(name: str, root: Path | None = None) -> Path:
    """The instructor source of an assignment: ``<root>/source/<name>/<name>.ipynb``.

    Example:
        >>> source_path("01_problem_typing").name
        '01_problem_typing.ipynb'
    """
    return (root or course_root()) / "source" / name / f"{name}.ipynb"


def sources(root: Path | None = None) -> list[Path]:
    """Every instructor source of the course: the start-here workbook, then each assignment.

    Example:
        >>> [p.stem for p in sources()][:2]
        ['00_start_here', '01_problem_typing']
    """
    root = root or course_root()
    return [root / START, *(source_path(a, root) for a in assignments(root))]
