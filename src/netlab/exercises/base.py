"""Kinds of exercise the self-check and the grader understand.

Each kind turns a trainee's answer into report lines and points. Specs for a workbook
(``netlab.exercises.<workbook>``) are instances of these kinds holding digests, never answers.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Callable, Collection, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from netlab._errors import kind_of
from netlab.check import Line, digest
from netlab.i18n import t

__all__ = ["ChoiceItems", "Completeness", "Criteria", "Exercise", "FunctionResult", "Hidden",
           "MemberSet", "Selection", "SingleValue", "known_id", "result_rows", "text_line"]

Evaluation = tuple[list[Line], float]

#: How strong a wrong item's hint is: 1 = none on the line (the live self-check adds one nudge
#: for the whole exercise, see :mod:`netlab.tracking.coach`), 2 = the item's own hint (the
#: default, and always under nbgrader).
_HINT_STAGE: ContextVar[int] = ContextVar("hint_stage", default=2)


@contextlib.contextmanager
def hint_stage(stage: int) -> Iterator[None]:
    """Evaluate with hints of this stage (1: none on the lines, 2: each item's hint).

    Example:
        >>> from netlab.check import report
        >>> with hint_stage(1):
        ...     line = report("problem_typing.b_rate", 0.99).lines[0]
        >>> line.status, "—" in line.text
        ('wrong', False)
    """
    token = _HINT_STAGE.set(stage)
    try:
        yield
    finally:
        _HINT_STAGE.reset(token)


@dataclass(frozen=True)
class Hidden:
    """A check that runs only at grading: the nbgrader grade id of its cell, and its points."""

    grade_id: str
    points: float


@dataclass(frozen=True, kw_only=True)
class Exercise:
    """Common part: id, points of the public check, the hidden checks, manual or automatic."""

    id: str
    points: float
    hidden: tuple[Hidden, ...] = ()
    manual: bool = False

    def title(self) -> str:
        """The exercise's title in the active language."""
        return t(f"exercises.{self.id}.title")

    def hint(self, item: str | None = None) -> str:
        """The hint for the exercise, or for one of its items."""
        return t(f"exercises.{self.id}.{item}.hint" if item else f"exercises.{self.id}.hint")

    def wrong(self, key: str, hinted: str | None = None, /, **fields: Any) -> str:
        """The "not right yet" sentence ``key``, with the hint of item ``hinted`` (or of the
        whole exercise) from hint stage 2 on, without it at stage 1 (``<key>_nohint``)."""
        if _HINT_STAGE.get() >= 2:
            return t(key, hint=self.hint(hinted), **fields)
        return t(f"{key}_nohint", **fields)

    def footer(self, *, hidden_run: bool = False) -> str:
        """The honesty note: what runs here and what runs only at grading."""
        if self.manual:
            return t("check.footer.manual")
        if hidden_run:
            return t("check.footer.hidden_run")
        if self.hidden:
            return t("check.footer.hidden", count=len(self.hidden),
                     points=f"{sum(h.points for h in self.hidden):g}")
        return t("check.footer.all_here")

    def evaluate(self, answer: object, **options: Any) -> Evaluation:
        """Lines and points for ``answer``."""
        raise NotImplementedError


def result_rows(result: object, columns: tuple[str, ...],
                convert: Callable[[Any], list[Any]]) -> tuple[list[Line], list[list[Any]] | None]:
    """A function's result as rows ``[id, *convert(row)]``, or the lines saying what is wrong.

    The result must be a DataFrame with ``columns``, indexed by id (or with an ``id`` column);
    ``convert`` turns one row into comparable values (raising ValueError or TypeError).

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"id": ["W10"], "alignment": [2]})
        >>> result_rows(df, ("alignment",), lambda row: [int(row["alignment"])])
        ([], [['W10', 2]])
        >>> result_rows(None, ("alignment",), list)[1] is None
        True
    """
    import pandas as pd

    if not isinstance(result, pd.DataFrame):
        return [Line("error", t("check.frame.not_frame", got=kind_of(result)))], None
    frame = result.set_index("id") if "id" in result.columns else result
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        return [Line("error", t("check.frame.columns", missing=", ".join(missing),
                                needed=", ".join(columns)))], None
    rows = []
    for label, row in frame[list(columns)].iterrows():
        try:
            rows.append([str(label), *convert(row)])
        except (TypeError, ValueError) as exc:
            return [Line("error", f"{label}: {exc}")], None
    return [], rows


def text_line(answer: Mapping[str, Any], field: str, minimum: int = 1) -> Line:
    """Whether ``answer[field]`` is text of at least ``minimum`` characters, as a report line.

    Example:
        >>> text_line({"network": "Wawee"}, "network").status
        'ok'
        >>> text_line({"evidence": "short"}, "evidence", 200).status
        'missing'
    """
    value = answer.get(field)
    text = value.strip() if isinstance(value, str) else ""
    if minimum <= 1:
        return (Line("ok", t("check.field.ok", field=field)) if text
                else Line("missing", t("check.field.missing", field=field)))
    if len(text) >= minimum:
        return Line("ok", t("check.field.long_ok", field=field, count=len(text)))
    return Line("missing", t("check.field.short", field=field, count=len(text),
                             minimum=minimum))


def known_id(value: object, ids: Collection[str]) -> str | None:
    """``value`` as one of ``ids`` ("k4", " K04 " → "K04" when the ids look like "K04"), or
    None when it is not one of them; the caller words the error.

    Example:
        >>> known_id("w4", ["W03", "W04"]), known_id("W99", ["W03", "W04"])
        ('W04', None)
    """
    text = value.strip().upper() if isinstance(value, str) else ""
    if text[1:].isdigit():
        text = f"{text[0]}{int(text[1:]):02d}"
    return text if text in ids else None


def _parse_all(values: list[object], parse: Callable[[object], str]
               ) -> tuple[list[str], list[Line]]:
    """Each value parsed to its canonical text, and an error line for each that is not."""
    canonical: list[str] = []
    errors: list[Line] = []
    for value in values:
        try:
            canonical.append(parse(value))
        except ValueError as exc:
            errors.append(Line("error", str(exc)))
    return canonical, errors


def _blank(value: object) -> bool:
    return value is None or value is Ellipsis or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True, kw_only=True)
class ChoiceItems(Exercise):
    """A dict of items, each answered with one choice; a share of the points per item.

    ``parse`` turns an answer into its canonical text (raising ValueError, worded for the
    trainee, on a value that is not a choice at all).
    """

    items: tuple[str, ...]
    digests: Mapping[str, str]
    parse: Callable[[object], str]

    def evaluate(self, answer: object, **options: Any) -> Evaluation:
        if not isinstance(answer, Mapping):
            kind = kind_of(answer)
            return [Line("error", t("check.error.not_mapping", got=kind,
                                    items=", ".join(self.items)))], 0.0
        per_item = self.points / len(self.items)
        lines: list[Line] = []
        earned = 0.0
        for item in self.items:
            value = answer.get(item)
            if _blank(value):
                lines.append(Line("missing", t("check.item.missing", item=item), item))
                continue
            try:
                canonical = self.parse(value)
            except ValueError as exc:
                lines.append(Line("error", t("check.item.invalid", item=item, error=str(exc)),
                                  item, str(value)))
                continue
            if digest(self.id, item, canonical) == self.digests[item]:
                earned += per_item
                lines.append(Line("ok", t("check.item.ok", item=item), item, canonical))
            else:
                lines.append(Line("wrong", self.wrong("check.item.wrong", item, item=item),
                                  item, canonical))
        extra = [repr(k) for k in answer if k not in self.items]
        if extra:
            lines.append(Line("info", t("check.item.ignored", keys=", ".join(extra))))
        return lines, round(earned, 6)


@dataclass(frozen=True, kw_only=True)
class SingleValue(Exercise):
    """One value (a number, a text), normalised then compared by digest."""

    normalise: Callable[[object], object]
    expected_digest: str

    def evaluate(self, answer: object, **options: Any) -> Evaluation:
        if _blank(answer):
            return [Line("missing", t("check.value.missing"))], 0.0
        try:
            value = self.normalise(answer)
        except (TypeError, ValueError) as exc:
            return [Line("error", str(exc))], 0.0
        if digest(self.id, "value", value) == self.expected_digest:
            return [Line("ok", t("check.value.ok"), "value", str(value))], self.points
        return [Line("wrong", self.wrong("check.value.wrong"), "value",
                     str(value))], 0.0


@dataclass(frozen=True, kw_only=True)
class FunctionResult(Exercise):
    """A function the trainee writes, run on data and its result compared.

    ``data`` loads the public input; ``inspect`` checks the result's shape, returning problem
    lines and a normalised value (compared by digest, or with ``expected=`` in a hidden test).
    """

    data: Callable[[], Any]
    inspect: Callable[[Any], tuple[list[Line], object]]
    expected_digest: str

    def evaluate(self, answer: object, **options: Any) -> Evaluation:
        if not callable(answer):
            kind = kind_of(answer)
            return [Line("error", t("check.function.not_callable", got=kind))], 0.0
        data = options.get("data")
        data = self.data() if data is None else data
        points = float(options.get("points", self.points))
        try:
            # Anything the trainee's code prints to stderr would make nbgrader give 0 points.
            with contextlib.redirect_stderr(io.StringIO()), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = answer(data.copy() if hasattr(data, "copy") else data)
        except Exception as exc:
            return [Line("error", t("check.function.raised", error=type(exc).__name__,
                                    message=str(exc)))], 0.0
        problems, value = self.inspect(result)
        if problems:
            return problems, 0.0
        if "expected" in options:
            right = value == options["expected"]
        else:
            right = digest(self.id, "result", value) == self.expected_digest
        if right:
            return [Line("ok", t("check.function.ok"))], points
        return [Line("wrong", self.wrong("check.function.wrong"))], 0.0


@dataclass(frozen=True, kw_only=True)
class Selection(Exercise):
    """Choose exactly ``count`` options; each suitable one earns ``points / count``.

    ``parse`` turns a choice into its canonical text (raising ValueError, worded for the
    trainee, on a value that is not an option); ``digests`` hold ``digest(id, "valid", option)``
    for every suitable option.
    """

    count: int
    digests: frozenset[str]
    parse: Callable[[object], str]

    def evaluate(self, answer: object, **options: Any) -> Evaluation:
        if isinstance(answer, str) or not isinstance(answer, (list, tuple, set)):
            return [Line("error", t("check.select.not_list", got=kind_of(answer),
                                    count=self.count))], 0.0
        choices = [c for c in answer if not _blank(c)]
        if not choices:
            return [Line("missing", t("check.select.missing", count=self.count))], 0.0
        canonical, lines = _parse_all(choices, self.parse)
        if lines:
            return lines, 0.0
        if len(set(canonical)) != len(canonical):
            return [Line("error", t("check.select.duplicate", count=self.count))], 0.0
        if len(canonical) != self.count:
            return [Line("error", t("check.select.count", found=len(canonical),
                                    count=self.count))], 0.0
        earned = 0.0
        for choice in canonical:
            if digest(self.id, "valid", choice) in self.digests:
                earned += self.points / self.count
                lines.append(Line("ok", t("check.select.ok", choice=choice), choice, choice))
            else:
                lines.append(Line("wrong", self.wrong("check.select.wrong", choice=choice),
                                  choice, choice))
        return lines, round(earned, 6)


@dataclass(frozen=True, kw_only=True)
class MemberSet(Exercise):
    """Name every member of a set (cutpoints, isolates…): each right one earns
    ``points / size``, each wrong one costs as much, never below 0.

    ``parse`` turns a member into its canonical text (raising ValueError, worded for the
    trainee); ``digests`` hold ``digest(id, "member", member)`` for every member of the set.
    """

    digests: frozenset[str]
    parse: Callable[[object], str]

    def evaluate(self, answer: object, **options: Any) -> Evaluation:
        if isinstance(answer, str) or not isinstance(answer, (list, tuple, set, frozenset)):
            return [Line("error", t("check.set.not_collection", got=kind_of(answer)))], 0.0
        named = [m for m in answer if not _blank(m)]
        if not named:
            return [Line("missing", t("check.set.missing"))], 0.0
        canonical, lines = _parse_all(named, self.parse)
        if lines:
            return lines, 0.0
        share = self.points / len(self.digests)
        right = [m for m in dict.fromkeys(canonical)
                 if digest(self.id, "member", m) in self.digests]
        wrong = [m for m in dict.fromkeys(canonical) if m not in right]
        lines += [Line("ok", t("check.set.ok", member=m), m, m) for m in right]
        lines += [Line("wrong", self.wrong("check.set.wrong", member=m), m, m) for m in wrong]
        if len(right) < len(self.digests):
            lines.append(Line("missing", t("check.set.more",
                                           count=len(self.digests) - len(right))))
        return lines, round(max(0.0, share * (len(right) - len(wrong))), 6)


@dataclass(frozen=True, kw_only=True)
class Completeness(Exercise):
    """An instructor-graded answer: the self-check only says whether it is complete."""

    validate: Callable[[object], list[Line]]
    manual: bool = True

    def evaluate(self, answer: object, **options: Any) -> Evaluation:
        return self.validate(answer), 0.0


@dataclass(frozen=True, kw_only=True)
class Criteria(Exercise):
    """Structural criteria, each worth an equal share of the points.

    ``assess`` returns the report lines and, for each criterion, whether it passed; lines
    that are not criteria (notes, soft warnings) cost nothing.
    """

    assess: Callable[[object], tuple[list[Line], list[bool]]]
    #: Points the instructor gives for quality on the answer cell itself (0: none).
    quality_points: float = 0.0

    def footer(self, *, hidden_run: bool = False) -> str:
        if self.quality_points:
            return t("check.footer.structure", points=f"{self.quality_points:g}")
        return super().footer(hidden_run=hidden_run)

    def evaluate(self, answer: object, **options: Any) -> Evaluation:
        lines, passed = self.assess(answer)
        if not passed:
            return lines, 0.0
        return lines, round(self.points * sum(passed) / len(passed), 6)
