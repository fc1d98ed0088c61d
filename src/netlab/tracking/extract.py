"""Worked answers taken from an instructor source at build time (``netlab build``).

For every exercise, the worked answer is

- the *code*: the solved answer cells before its check cell (nbgrader solution cells, or cells
  tagged ``worked`` in the start-here source), cut down to what gives that exercise's answer
  (the statements defining the variable its check reads, and what those use), so that one
  answer cell shared by several checks never gives away another exercise's answer; and
- the *reasoning* in prose, per language: markdown cells tagged ``instructor`` (never
  released) with ``"netlab": {"worked": "<exercise id>"}`` in their metadata and a language
  tag (``lang-th`` / ``lang-en``); a first line in bold (a label for the instructor reading
  the source) is left out.

Example:
    >>> from nbformat.v4 import new_code_cell, new_notebook
    >>> answer = {"nbgrader": {"solution": True}}
    >>> nb = new_notebook(cells=[
    ...     new_code_cell("x = None\\ny = None\\n### BEGIN SOLUTION\\nx = 1\\ny = x + 1\\n"
    ...                   "### END SOLUTION", metadata=answer),
    ...     new_code_cell('grade("demo.a", x)'), new_code_cell('grade("demo.b", y)')])
    >>> {k: v["code"] for k, v in extract(nb).items()}
    {'demo.a': 'x = 1', 'demo.b': 'x = 1\\ny = x + 1'}
"""

from __future__ import annotations

import ast
import re
from typing import Any

from netlab.i18n import LANGUAGES

__all__ = ["WORKED_TAG", "answer_code", "extract"]

WORKED_TAG = "worked"
_CALL = re.compile(r"""\b(?:grade|check)\(\s*["']([a-z_]+\.[a-z_0-9]+)["']\s*,\s*(\w+)""")
#: A prose cell may open with a bold label for the instructor reading the source.
_LABEL = re.compile(r"\A\*\*[^\n]*\*\*[^\n]*\n\s*\n")
_MARKER = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n?", re.MULTILINE)


def _is_answer_cell(cell: Any) -> bool:
    meta = cell.get("metadata", {})
    return cell.get("cell_type") == "code" and bool(
        meta.get("nbgrader", {}).get("solution") or WORKED_TAG in meta.get("tags", []))


def _defined(node: ast.stmt) -> set[str]:
    """Names a top-level statement defines."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
        targets = [node.target]
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}


def _used(node: ast.stmt) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)
            and isinstance(n.ctx, ast.Load)}


def answer_code(code: str, name: str) -> str:
    """The statements of ``code`` that give ``name`` its final value: its last definition and,
    before it, the last definition of each name that one uses (and so on). Comments between
    statements and earlier, overwritten values (the blank template) are left out.

    Example:
        >>> print(answer_code("m = 1\\na = None\\nb = m\\na = m + 1\\nprint(a)", "a"))
        m = 1
        a = m + 1
    """
    tree = ast.parse(code)
    body = tree.body
    keep: set[int] = set()
    wanted = {name}
    for index in range(len(body) - 1, -1, -1):
        defined = _defined(body[index]) & wanted
        if defined:
            keep.add(index)
            wanted = (wanted - defined) | _used(body[index])
    if not keep:
        return code.strip()
    return "\n".join(ast.get_source_segment(code, body[i]) or "" for i in sorted(keep))


def _prose(cell: Any) -> tuple[str, str] | None:
    """(exercise id, language) of a worked-answer prose cell, else None."""
    meta = cell.get("metadata", {})
    exercise = meta.get("netlab", {}).get("worked")
    tags = meta.get("tags", [])
    if cell.get("cell_type") != "markdown" or not exercise:
        return None
    langs = [lang for lang in LANGUAGES if f"lang-{lang}" in tags]
    if "instructor" not in tags or len(langs) != 1:
        raise ValueError(f"worked-answer prose for {exercise} must be tagged instructor and "
                         "one of " + ", ".join(f"lang-{lang}" for lang in LANGUAGES))
    return str(exercise), langs[0]


def extract(nb: Any) -> dict[str, dict[str, Any]]:
    """Exercise id -> ``{"code": ..., "why": {lang: prose}}`` from an instructor source.

    The answer cells of an exercise are those since the previous check cell; a check cell
    with none before it (several checks after one answer cell) shares the previous ones, cut
    down to its own answer (:func:`answer_code`).

    Example:
        >>> from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
        >>> nb = new_notebook(cells=[
        ...     new_code_cell("x = 1", metadata={"tags": ["worked"]}),
        ...     new_markdown_cell("Because.", metadata={
        ...         "tags": ["instructor", "lang-en"], "netlab": {"worked": "demo.a"}}),
        ...     new_code_cell('check("demo.a", x)')])
        >>> extract(nb)
        {'demo.a': {'code': 'x = 1', 'why': {'en': 'Because.'}}}
    """
    found: dict[str, dict[str, Any]] = {}
    why: dict[str, dict[str, str]] = {}
    pending: list[str] = []
    previous: list[str] = []
    for cell in nb.cells:
        prose = _prose(cell)
        if prose:
            why.setdefault(prose[0], {})[prose[1]] = _LABEL.sub("", cell.source).strip()
            continue
        if _is_answer_cell(cell):
            pending.append(_MARKER.sub("", cell.source))
            continue
        if cell.get("cell_type") != "code":
            continue
        for exercise, name in _CALL.findall(cell.source):
            if pending:
                previous, pending = pending, []
            if previous:
                found[exercise] = {"code": answer_code("\n\n".join(previous), name)}
    for exercise, texts in why.items():
        if exercise not in found:
            raise ValueError(f"worked-answer prose for {exercise}, which has no answer cell")
        found[exercise]["why"] = texts
    return found
