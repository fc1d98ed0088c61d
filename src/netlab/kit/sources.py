"""What the kit reads from a workbook's instructor source: its cells in one language, its
section headings, and its instructor-only cells.

Example:
    >>> from nbformat.v4 import new_markdown_cell, new_notebook
    >>> nb = new_notebook(cells=[new_markdown_cell("## Why", metadata={"tags": ["lang-en"]}),
    ...                          new_markdown_cell("## ทำไม", metadata={"tags": ["lang-th"]})])
    >>> headings(nb, "en")
    ['Why']
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import nbformat

from netlab.course_layout import grade_id, sources
from netlab.release import is_instructor_only, language_of

__all__ = ["GUIDE_TAG", "cells_in", "guide_part", "headings", "learn_cells", "read_source"]

#: Tag of the cells that hold the facilitator guide (always also tagged ``instructor``).
GUIDE_TAG = "guide"

_HEADING = re.compile(r"^##\s+(.+?)\s*$", re.MULTILINE)


def read_source(name: str, root: Path | None = None) -> Any:
    """The instructor source of workbook ``name`` (solutions, keys and guide included): an
    assignment's, or the start-here workbook's.

    Example:
        >>> len(read_source("01_problem_typing").cells) > 10
        True
    """
    for path in sources(root):
        if path.stem == name:
            return nbformat.read(path, as_version=4)
    raise FileNotFoundError(f"no instructor source for {name!r} under {root or 'grading/'}")


def cells_in(nb: Any, lang: str, *, instructor: bool = False) -> list[Any]:
    """The cells a reader of ``lang`` sees: that language's and both languages' cells;
    instructor-only cells only when ``instructor`` is true.

    Example:
        >>> from nbformat.v4 import new_markdown_cell, new_notebook
        >>> nb = new_notebook(cells=[new_markdown_cell("key", metadata={"tags": ["instructor"]})])
        >>> len(cells_in(nb, "en")), len(cells_in(nb, "en", instructor=True))
        (0, 1)
    """
    return [cell for cell in nb.cells if language_of(cell) in (None, lang)
            and (instructor or not is_instructor_only(cell))]


def learn_cells(nb: Any, lang: str) -> list[Any]:
    """The learning part of a workbook in ``lang``: its trainee cells before the section of
    the first graded cell (the first exercise).

    Example:
        >>> cells = learn_cells(read_source("02_partner_classification"), "en")
        >>> any("Exercise A" in c.source for c in cells)
        False
    """
    cells = cells_in(nb, lang)
    first = next((i for i, c in enumerate(cells) if grade_id(c)), len(cells))
    heading = max((i for i in range(first) if cells[i].cell_type == "markdown"
                   and _HEADING.search(cells[i].source)), default=first)
    return cells[:heading] if heading < first else cells[:first]


def headings(nb: Any, lang: str, *, learn_only: bool = False) -> list[str]:
    """The workbook's section titles (its ``##`` headings) in ``lang``, trainee cells only;
    with ``learn_only``, those of its learning part (:func:`learn_cells`).

    Example:
        >>> headings(read_source("02_partner_classification"), "en")[0]
        'Why tell partners apart?'
    """
    cells = learn_cells(nb, lang) if learn_only else cells_in(nb, lang)
    return [match.group(1) for cell in cells if cell.cell_type == "markdown"
            for match in _HEADING.finditer(cell.source)]


def guide_part(cell: Any) -> str | None:
    """Which part of the facilitator guide a cell holds (``metadata.netlab.guide``), or None
    for a cell outside the guide.

    Example:
        >>> guide_part({"metadata": {"tags": ["instructor", "guide"],
        ...                          "netlab": {"guide": "points"}}})
        'points'
    """
    meta = cell.get("metadata", {})
    if GUIDE_TAG not in meta.get("tags", []):
        return None
    return str(meta.get("netlab", {}).get("guide", ""))
