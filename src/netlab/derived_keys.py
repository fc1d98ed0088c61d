"""The answer keys, derived from the instructor sources at build time (``netlab build``).

A key is never typed by hand. Each source runs once in a fresh kernel, in English, as the
instructor has it: solutions in place, and a worked answer kept in an instructor cell (tagged
``worked``, as the start-here practice's) run where it stands. Each check cell is changed to send
the answer it would judge (:func:`netlab.check.collect`, as ``netlab grade`` does). Hidden tests
and trial runs are left out, since they hold their own expected values. Each exercise then
turns its solution's answer into the digests its key holds
(:meth:`~netlab.exercises.base.Exercise.key_for`). ``netlab build`` stores them in
``netlab/resources/keys.json``, and ``tests/test_keys.py`` fails when that file and the sources
disagree.

Example:
    >>> print(collecting('grade("health.c", actions_c)'))
    __import__('netlab.check', fromlist=['collect']).collect('health.c', actions_c)
"""

from __future__ import annotations

import ast
import json
import tempfile
from pathlib import Path
from typing import Any, cast

import nbformat

from netlab.check import ANSWER_MIME
from netlab.course_layout import sources
from netlab.exercises import all_exercises
from netlab.exercises.keys import KEYS_FILE
from netlab.grading.verdict import collect_call
from netlab.plain import decode
from netlab.release import INSTRUCTOR_TAG, student_version

__all__ = ["check_call", "collecting", "derive_keys", "solutions", "write_keys"]

#: Options of a check call that mark it as a hidden test (its expected value is in the call).
_HIDDEN = ("expected", "data", "points")
_CHECKS = ("grade", "check", "trial")


def check_call(node: ast.AST) -> str | None:
    """The exercise id a check call names (``grade``, ``check`` or ``trial`` with the id as its
    first argument), or None for any other node.

    Example:
        >>> check_call(ast.parse('grade("health.c", actions_c)').body[0].value)
        'health.c'
    """
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _CHECKS and node.args
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
        return node.args[0].value
    return None


class _Collect(ast.NodeTransformer):
    """Check calls (statements) changed to ``collect``; hidden tests and trials dropped."""

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        if check_call(node.value) is None:
            return node
        call = cast(ast.Call, node.value)  # a check call: a call of a name
        if cast(ast.Name, call.func).id == "trial" or any(k.arg in _HIDDEN for k in call.keywords):
            return ast.Pass()
        return ast.Expr(collect_call(call.args[:2], []))


def collecting(source: str) -> str:
    """A code cell with its check calls sending their answers instead of judging them.

    Example:
        >>> collecting('grade("problem_typing.b", f, data=d, expected=[])')
        'pass'
        >>> collecting("%matplotlib inline")  # not Python: left as it is
        '%matplotlib inline'
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    return ast.unparse(ast.fix_missing_locations(_Collect().visit(tree)))


def _run(path: Path) -> dict[str, object]:
    """The answers one source's solutions give, by exercise id (plain data)."""
    from nbclient import NotebookClient

    source = nbformat.read(path, as_version=4)
    for cell in source.cells:  # a worked answer kept for the instructor is the solution
        if cell.cell_type == "code" and "worked" in cell.metadata.get("tags", []):
            cell.metadata["tags"] = [t for t in cell.metadata["tags"] if t != INSTRUCTOR_TAG]
    nb = student_version(source, "en")
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = collecting(cell.source)
    with tempfile.TemporaryDirectory(prefix="netlab-keys-") as folder:
        NotebookClient(nb, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": folder}}).execute()
    found: dict[str, object] = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            sent = output.get("data", {}).get(ANSWER_MIME)
            if sent is None:
                continue
            if sent["exercise"] in found:
                raise RuntimeError(f"{path.name}: two check cells for {sent['exercise']}")
            found[sent["exercise"]] = decode(sent["answer"])
    return found


def solutions(root: Path | None = None) -> dict[str, object]:
    """Every exercise's solution as its check cell collects it, from every source.

    Raises:
        RuntimeError: a source fails to run (nbclient names the cell), or checks one exercise
            twice.

    Example::

        $ python -c "from netlab.derived_keys import solutions; print(solutions()['health.c'])"
        ['R01', 'R02']
    """
    found: dict[str, object] = {}
    for path in sources(root):
        for exercise, answer in _run(path).items():
            if exercise in found:
                raise RuntimeError(f"{path.name}: {exercise} is checked in another source too")
            found[exercise] = answer
    return found


def derive_keys(root: Path | None = None) -> dict[str, Any]:
    """The key of every exercise that has one, from the sources' solutions.

    Raises:
        RuntimeError: an exercise with a key has no check cell in any source, or its solution
            is not a right answer of its own kind (the message names the exercise).

    Example::

        $ python -c "from netlab.derived_keys import derive_keys; print(len(derive_keys()))"
        24
    """
    solved = solutions(root)
    keys: dict[str, Any] = {}
    for exercise in all_exercises().values():
        if exercise.id not in solved:
            if exercise.keyed:
                raise RuntimeError(f"{exercise.id}: no check cell in any source")
            continue
        try:
            key = exercise.key_for(solved[exercise.id], solved)
        except (TypeError, ValueError, KeyError) as exc:
            raise RuntimeError(f"{exercise.id}: the solution gives no key: {exc}") from None
        if key is not None:
            keys[exercise.id] = key
    return keys


def write_keys(root: Path | None = None, target: Path = KEYS_FILE) -> Path:
    """Store :func:`derive_keys` in ``netlab/resources/keys.json``.

    Example::

        $ netlab build   # writes it after the workbooks and the worked answers
    """
    keys = derive_keys(root)
    target.write_text(json.dumps(keys, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    return target
