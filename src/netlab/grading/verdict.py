"""The verdict of every autograded cell, computed by ``netlab grade`` itself, never by the
trainee's kernel.

A test cell calls ``grade("<exercise>", answer, ...)``. Run as it stands, the kernel would
judge and the grade would be whatever the kernel printed: code in an answer cell can redefine
``grade``, patch netlab, or read the hidden test's ``expected=`` from the caller's frame. So
``netlab grade`` runs each test cell in two halves:

1. :func:`plan` reads the instructor's test cell (from the gradebook, hidden tests and all) and
   writes the kernel's half: the same cell with the ``grade`` call replaced by
   ``netlab.check.collect``, and without ``expected=`` and ``points=``. The kernel sends back
   the answer as plain data (:mod:`netlab.plain`): for a function, its result on the inputs
   the cell chose. Nothing of the key is in what the kernel runs.
2. :func:`verdict` judges that data in the grader's process, with the exercise's key and the
   instructor's ``expected=`` and ``points=``, and writes the cell's outputs exactly as the
   check would have (the record for the class report, then the points or ``CheckFailed``), so
   nbgrader's own ``SaveAutoGrades`` records that verdict and nothing else.

A cell whose answer never arrives (the kernel failed, or sent something else) scores 0.

Example:
    >>> p = plan("a_check", 'grade("problem_typing.a", answers_a)')
    >>> p.exercise
    'problem_typing.a'
    >>> print(p.kernel_source.replace("__import__('netlab.check', fromlist=['collect'])", "…"))
    ….collect('problem_typing.a', answers_a)
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from nbformat import NotebookNode

from netlab.check import ANSWER_MIME
from netlab.i18n import LANGUAGES, language, t
from netlab.judge import judged
from netlab.plain import PlainDataError, decode
from netlab.report import RECORD_MIME, Report

__all__ = ["Plan", "PlanError", "collect_call", "error_output", "plan", "verdict"]

#: Keyword arguments of ``grade`` in a test cell: ``data`` is the kernel's (the inputs it runs
#: a function on); ``points`` and ``expected`` stay with the grader.
_KERNEL_OPTIONS = ("data",)
_GRADER_OPTIONS = ("points", "expected")


def collect_call(args: list[ast.expr], keywords: list[ast.keyword]) -> ast.Call:
    """A call of :func:`netlab.check.collect` that works whatever the cell's own names are
    (``__import__('netlab.check', fromlist=['collect']).collect(...)``): what a check call
    becomes where the answer is to be sent rather than judged.

    Example:
        >>> ast.unparse(collect_call([ast.Constant("x.a"), ast.Name("a")], []))
        "__import__('netlab.check', fromlist=['collect']).collect('x.a', a)"
    """
    collect = ast.Attribute(
        value=ast.Call(func=ast.Name("__import__", ast.Load()),
                       args=[ast.Constant("netlab.check")],
                       keywords=[ast.keyword("fromlist", ast.List(
                           [ast.Constant("collect")], ast.Load()))]),
        attr="collect", ctx=ast.Load())
    return ast.Call(func=collect, args=args, keywords=keywords)


class PlanError(ValueError):
    """A test cell ``netlab grade`` cannot judge outside the kernel (it names the cell)."""


@dataclass(frozen=True)
class Plan:
    """How one test cell is graded: what the kernel runs and what the grader keeps."""

    grade_id: str
    source: str  # the instructor's cell, as the autograded notebook keeps it
    kernel_source: str  # what the kernel runs instead
    exercise: str
    options: dict[str, Any] = field(default_factory=dict)  # points=, expected=


def _is_grade_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "grade") or (
        isinstance(func, ast.Attribute) and func.attr == "grade")


class _Rewrite(ast.NodeTransformer):
    """Replace the one ``grade(...)`` call by ``collect(...)``, keeping the grader's options."""

    def __init__(self, grade_id: str) -> None:
        self.grade_id = grade_id
        self.found: list[tuple[str, dict[str, Any]]] = []

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if not _is_grade_call(node):
            return node
        if len(node.args) != 2 or not isinstance(node.args[0], ast.Constant) or not isinstance(
                node.args[0].value, str):
            raise PlanError(f"{self.grade_id}: grade() needs an exercise id and an answer")
        kept, options = [], {}
        for keyword in node.keywords:
            if keyword.arg in _KERNEL_OPTIONS:
                kept.append(keyword)
            elif keyword.arg in _GRADER_OPTIONS:
                try:
                    options[keyword.arg] = ast.literal_eval(keyword.value)
                except ValueError:
                    raise PlanError(f"{self.grade_id}: {keyword.arg}= must be a literal "
                                    "value") from None
            else:
                raise PlanError(f"{self.grade_id}: grade() option {keyword.arg}= is not "
                                "known to netlab grade")
        self.found.append((node.args[0].value, options))
        return collect_call(node.args, kept)


def plan(grade_id: str, source: str) -> Plan:
    """The plan of one test cell: exactly one ``grade("<id>", answer, ...)`` call.

    Raises:
        PlanError: the cell does not parse, has no ``grade`` call or more than one, or gives
            ``points=``/``expected=`` as something other than a literal.

    Example:
        >>> p = plan("b_heldout", 'd = 1\\ngrade("problem_typing.b", f, data=d, points=2, '
        ...          'expected=[["H03", True]])')
        >>> "expected" in p.kernel_source, p.options["expected"]
        (False, [['H03', True]])
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise PlanError(f"{grade_id}: the test cell does not parse: {exc}") from None
    rewrite = _Rewrite(grade_id)
    tree = ast.fix_missing_locations(rewrite.visit(tree))
    if len(rewrite.found) != 1:
        raise PlanError(f"{grade_id}: a test cell needs exactly one grade(...) call; found "
                        f"{len(rewrite.found)}")
    exercise, options = rewrite.found[0]
    return Plan(grade_id, source, ast.unparse(tree), exercise, options)


def _answer(plan: Plan, outputs: list[NotebookNode]) -> dict[str, Any] | None:
    """The last answer message for the planned exercise among a cell's outputs."""
    found = None
    for output in outputs:
        message = output.get("data", {}).get(ANSWER_MIME)
        if isinstance(message, dict) and message.get("exercise") == plan.exercise:
            found = message
    return found


def error_output(name: str, text: str) -> NotebookNode:
    """An error output as a graded notebook shows it: the name and the message, no trace.

    Example:
        >>> error_output("CheckFailed", "0 of 8 points").traceback
        ['CheckFailed: 0 of 8 points']
    """
    return NotebookNode(output_type="error", ename=name, evalue=text,
                        traceback=[f"{name}: {text}"])


def _outputs(result: Report, execution_count: int | None) -> list[NotebookNode]:
    """What ``netlab.check.grade`` leaves in a graded cell: its record, then the points (a
    result nbgrader reads as partial credit) or ``CheckFailed`` for none."""
    record = NotebookNode(output_type="display_data", metadata={},
                          data={RECORD_MIME: result.record()})
    if result.points <= 0:
        return [record, error_output("CheckFailed", "\n" + result.text())]
    score = NotebookNode(output_type="execute_result", metadata={},
                         execution_count=execution_count,
                         data={"text/plain": repr(float(result.points)),
                               "text/html": result._repr_html_()})
    return [record, score]


def verdict(plan: Plan, cell: NotebookNode, lang: str) -> list[NotebookNode]:
    """The outputs of an executed test cell, judged here from the answer its kernel sent.

    Args:
        plan: the cell's plan.
        cell: the cell as executed (its outputs hold what the kernel sent).
        lang: the language of the report when the answer does not say (the notebook's).

    Example:
        >>> from netlab.plain import encode
        >>> p = plan("b_rate_check", 'grade("problem_typing.b_rate", agree_rate)')
        >>> sent = NotebookNode(data={ANSWER_MIME: {"exercise": "problem_typing.b_rate",
        ...                                         "lang": "en", "answer": encode(2)}})
        >>> cell = NotebookNode(outputs=[sent], execution_count=3)
        >>> [o.get("ename") for o in verdict(p, cell, "th")][-1]
        'CheckFailed'
        >>> [o.get("ename") for o in verdict(p, NotebookNode(outputs=[]), "en")]
        ['NoAnswer']
    """
    outputs = cell.get("outputs", [])
    message = _answer(plan, outputs)
    if message is None:  # the kernel's own error (a NameError, a cut cell) or none at all
        errors = [o for o in outputs if o.get("output_type") == "error"]
        with language(lang):
            return errors or [error_output("NoAnswer", t("grading.verdict.no_answer"))]
    said = message.get("lang")
    with language(said if said in LANGUAGES else lang):
        try:
            answer = decode(message.get("answer"))
        except PlainDataError as exc:
            return [error_output("NoAnswer", t("grading.verdict.unreadable", error=str(exc)))]
        return _outputs(judged(plan.exercise, answer, **plan.options),
                        cell.get("execution_count"))
