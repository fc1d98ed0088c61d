"""Put a submitted notebook's graded cells back in order before nbgrader sees it.

Compared with the release version the trainee received, a submission may have:
- split or duplicated cells (Jupyter copies the nbgrader metadata to every part), which break
  stock autograde. Copies of an answer cell still holding the release's blank are removed
  (nothing the trainee typed is in them); answered parts next to each other are one answer
  split and are joined again; other answered copies keep the metadata on the first only.
  Copies of a test or read-only cell are removed but the one holding the release's text;
- read-only or test cells whose text or grading metadata changed: reported as tampering
  (nbgrader's ``OverwriteCells`` then restores them from the gradebook, hidden tests included);
- deleted graded cells: put back from the release, after the cell that preceded them there.

Only differences from the release are reported, so an untouched submission gets no warning.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from typing import cast

from nbformat import NotebookNode
from nbgrader.utils import is_locked, is_solution

from netlab.course_layout import grade_id
from netlab.grading.flags import Flag
from netlab.release import unmark_answer_places

__all__ = ["repair"]

#: The nbgrader metadata a trainee must not change.
GUARDED = ("grade", "solution", "locked", "points", "task")


def _meta(cell: NotebookNode) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def _flag(code: str, ids: list[str]) -> list[Flag]:
    return [Flag(code, ", ".join(sorted(set(ids))))] if ids else []


def _deduplicate(nb: NotebookNode, release: dict[str, NotebookNode]) -> list[Flag]:
    where: dict[str, list[int]] = defaultdict(list)
    for index, cell in enumerate(nb.cells):
        found = grade_id(cell)
        if found in release:
            where[found].append(index)
    split, duplicated = [], []
    drop: set[int] = set()
    for gid, indices in where.items():
        if len(indices) < 2:
            continue
        ref = release[gid]
        blank = unmark_answer_places(ref.source)  # the release's, in either language
        same = [i for i in indices if unmark_answer_places(nb.cells[i].source) == blank]
        if is_solution(ref):
            # untouched copies of the blank are dropped (nothing typed is lost); answered
            # parts next to each other are one answer split, others are duplicates
            answered = [i for i in indices if i not in same] or indices[:1]
            drop.update(i for i in indices if i not in answered)
            between = range(answered[0], answered[-1] + 1)
            if len(answered) > 1 and all(i in answered or i in drop for i in between):
                glue = "\n\n" if ref.cell_type == "markdown" else "\n"
                nb.cells[answered[0]].source = glue.join(nb.cells[i].source for i in answered)
                drop.update(answered[1:])
                split.append(gid)
                continue
            duplicated.append(gid)
            for i in answered[1:]:
                nb.cells[i].metadata.pop("nbgrader", None)
        else:
            duplicated.append(gid)
            keep = same[0] if same else indices[0]
            drop.update(i for i in indices if i != keep)
    nb.cells = [c for i, c in enumerate(nb.cells) if i not in drop]
    return _flag("split", split) + _flag("duplicated", duplicated)


def _tampered(nb: NotebookNode, release: dict[str, NotebookNode]) -> list[Flag]:
    changed = []
    for cell in nb.cells:
        gid = grade_id(cell)
        if gid not in release:  # as release.get(gid) is None: its values are cells
            continue
        ref = release[gid]
        meta, ref_meta = _meta(cell), _meta(ref)
        if any(meta.get(k) != ref_meta.get(k) for k in GUARDED) or (
                is_locked(ref) and (cell.source != ref.source
                                            or cell.cell_type != ref.cell_type)):
            changed.append(gid)
    return _flag("tampered", changed)


def _restore_deleted(nb: NotebookNode, release_nb: NotebookNode) -> list[Flag]:
    present = {grade_id(c) for c in nb.cells}
    restored = []
    anchor = -1  # where the previous graded cell of the release sits in the submission
    for ref in release_nb.cells:
        gid = grade_id(ref)
        if gid is None:
            continue
        if gid in present:
            anchor = next(i for i, c in enumerate(nb.cells) if grade_id(c) == gid)
            continue
        anchor += 1
        nb.cells.insert(anchor, copy.deepcopy(ref))
        restored.append(gid)
    return _flag("deleted", restored)


def repair(nb: NotebookNode, release_nb: NotebookNode) -> list[Flag]:
    """Repair ``nb`` in place against the release version; returns what was found.

    Args:
        nb: the submitted notebook (modified in place).
        release_nb: the notebook as released to trainees.

    Example:
        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> test = new_code_cell("assert f() == 1", metadata={"nbgrader": {
        ...     "grade_id": "t", "grade": True, "solution": False, "locked": True, "points": 1}})
        >>> release = new_notebook(cells=[test])
        >>> sent = new_notebook(cells=[new_code_cell("pass", metadata=test.metadata)])
        >>> [(f.code, f.detail) for f in repair(sent, release)], sent.cells[0].source
        ([('tampered', 't')], 'pass')
    """
    # The cast: only cells with a grade id are kept, so no key is None.
    release = cast(dict[str, NotebookNode],
                   {grade_id(c): c for c in release_nb.cells if grade_id(c)})
    flags = _deduplicate(nb, release)
    flags += _tampered(nb, release)
    flags += _restore_deleted(nb, release_nb)
    return flags
