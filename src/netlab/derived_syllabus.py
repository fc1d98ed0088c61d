"""The course map, derived from the instructor sources at build time (``netlab build``): the
workbooks in the order of their folders' numbers, each with the prefix of the exercises its
check cells judge and the minutes its first cell announces (the same in both languages).

Nothing about a workbook is listed by hand outside its source and its exercise spec: a new
``grading/source/07_<topic>/`` is in the course map, the progress dashboard and the recaps once
``netlab build`` has run. The map is stored in ``netlab/resources/syllabus.json`` (read by
:mod:`netlab.syllabus`, also where no source is installed).

Example:
    >>> [wb.prefix for wb in derive_syllabus()][:3]
    ['start', 'problem_typing', 'partners']
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import nbformat

from netlab.course_layout import sources
from netlab.derived_keys import check_call
from netlab.release import student_version
from netlab.syllabus import SYLLABUS_FILE, Workbook

__all__ = ["ANNOUNCED", "derive_syllabus", "write_syllabus"]

#: How a workbook's first cell announces its length, per language.
ANNOUNCED = {"th": r"ประมาณ (\d+) นาที", "en": r"about (\d+) minutes"}


def _checked_ids(nb: nbformat.NotebookNode) -> set[str]:
    """The exercise ids the notebook's check calls name."""
    found = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        found |= {exercise for node in ast.walk(tree) if (exercise := check_call(node))}
    return found


def _workbook(path: Path) -> Workbook:
    """One source's line of the course map (RuntimeError naming the file if it has none)."""
    nb = nbformat.read(path, as_version=4)
    prefixes = {exercise.split(".", 1)[0] for exercise in _checked_ids(nb)}
    if len(prefixes) != 1:
        raise RuntimeError(f"{path.name}: its check cells must judge the exercises of one "
                           f"spec (one id prefix); found {sorted(prefixes) or 'none'}")
    minutes = {}
    for lang, pattern in ANNOUNCED.items():
        first = student_version(nb, lang).cells[0].source
        found = re.search(pattern, first)
        if not found:
            raise RuntimeError(f"{path.name}: its first {lang} cell does not say "
                               f"{pattern!r} (how long the workbook takes)")
        minutes[lang] = int(found.group(1))
    if len(set(minutes.values())) != 1:
        raise RuntimeError(f"{path.name}: the languages announce different minutes: {minutes}")
    return Workbook(path.stem, prefixes.pop(), minutes["en"])


def derive_syllabus(root: Path | None = None) -> list[Workbook]:
    """Every workbook of the course in order, from the sources (the start-here source first,
    then the assignments by folder name).

    Raises:
        RuntimeError: a source checks exercises of several specs or of none, or its first
            cell does not announce its minutes (the same in both languages).

    Example:
        >>> derive_syllabus()[1].minutes
        80
    """
    return [_workbook(path) for path in sources(root)]


def write_syllabus(root: Path | None = None, target: Path = SYLLABUS_FILE) -> Path:
    """Store :func:`derive_syllabus` in ``netlab/resources/syllabus.json``.

    Example::

        $ netlab build   # writes it with the worked answers and the keys
    """
    rows = [{"name": wb.name, "prefix": wb.prefix, "minutes": wb.minutes}
            for wb in derive_syllabus(root)]
    target.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return target
