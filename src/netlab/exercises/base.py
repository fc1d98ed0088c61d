"""Kinds of exercise the self-check and the grader understand.

Each kind judges an answer in two steps, so that the judging can happen away from the code that
gave the answer:

- :meth:`Exercise.collect` runs where the answer lives (the trainee's kernel): it turns the
  answer into what is judged. For most kinds that is the answer itself; for a function it is
  the function's result on the data the check chose.
- :meth:`Exercise.judge` turns that into report lines and points, from plain data only
  (:mod:`netlab.plain`) and the exercise's key (:mod:`netlab.exercises.keys`).

The live self-check does both in one process, with the answer made plain data in between
(:meth:`Exercise.evaluate`); ``netlab grade`` has the kernel collect and judges in its own
process (:mod:`netlab.grading.verdict`). Specs for a workbook (``netlab.exercises.<workbook>``)
are instances of these kinds; their keys are in the key file, never in the specs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from netlab._errors import TraineeError, kind_of
from netlab.exercises.keys import digest, key_of
from netlab.i18n import t
from netlab.plain import roundtrip
from netlab.report import Line

__all__ = ["ChoiceItems", "Completeness", "Criteria", "Exercise", "Hidden",
           "SingleValue", "blank", "blank_answer", "known_id", "text_line", "unchecked"]

Evaluation = tuple[list[Line], float]

#: How strong a wrong item's hint is: 1 = none on the line (the live self-check adds one nudge
#: for the whole exercise, see :mod:`netlab.tracking.coach`), 2 = the item's own hint (the
#: default, and always under nbgrader).
_HINT_STAGE: ContextVar[int] = ContextVar("hint_stage", default=2)


@contextlib.contextmanager
def hint_stage(stage: int) -> Iterator[None]:
    """Evaluate with hints of this stage (1: none on the lines, 2: each item's hint).

    Example:
        >>> from netlab.judge import report
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
    #: The answer key as digests; None (the course's specs): this installation's key file.
    key: Any = None

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

    def stored_key(self) -> Any | None:
        """The key the judge compares with: :attr:`key`, else the key file's entry (None
        where this installation has no key)."""
        return self.key if self.key is not None else key_of(self.id)

    def collect(self, answer: object, **options: Any) -> object:
        """Where the answer lives: what is judged (by default the answer itself)."""
        return answer

    @property
    def keyed(self) -> bool:
        """Whether the exercise is judged against a key: its kind derives one from the
        solution (it has its own :meth:`key_for`)."""
        return type(self).key_for is not Exercise.key_for

    def key_for(self, solution: object, solved: Mapping[str, object]) -> Any | None:
        """The key of this exercise, from its solution as its check cell collects it (plain
        data) and, where the key depends on them, the other exercises' solutions (``solved``,
        by id); None for an exercise with no key (judged by an instructor or by structure).
        Raises ValueError when the solution is not an answer of the right form.

        Example:
            >>> from netlab.exercises import get
            >>> get("problem_typing.c").key_for({}, {}) is None
            True
        """
        return None

    def judge(self, answer: object, **options: Any) -> Evaluation:
        """Lines and points for what :meth:`collect` gave (``answer``), as plain data."""
        raise NotImplementedError

    def trial(self, collected: object) -> list[Line]:
        """What a trial run on the trainee's own data shows (:func:`netlab.check.trial`): only
        a function answer has one."""
        raise TraineeError(t("check.error.no_trial", id=self.id))

    def evaluate(self, answer: object, **options: Any) -> Evaluation:
        """Lines and points for ``answer``: collected, made plain data, judged.

        Example:
            >>> from netlab.exercises import get
            >>> get("problem_typing.b_rate").evaluate(0.99)[1]
            0.0
        """
        return self.judge(roundtrip(self.collect(answer, **options)), **options)


def unchecked(item: str = "", given: str = "") -> Line:
    """The line for an answer of the right form where this installation has no key: it is
    checked at grading.

    Example:
        >>> unchecked("C01", "complex").status
        'unchecked'
    """
    if item and item != "value":
        return Line("unchecked", t("check.item.unchecked", item=item), item, given)
    return Line("unchecked", t("check.value.unchecked"), item, given)


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


def blank(value: object) -> bool:
    """Whether an answer is still blank: None, ``...`` or empty text.

    Example:
        >>> blank(" "), blank("simple")
        (True, False)
    """
    return value is None or value is Ellipsis or (isinstance(value, str) and not value.strip())


def blank_answer(value: object) -> bool:
    """Whether a whole answer is still as the workbook gave it: every value in it blank
    (:func:`blank`), through dicts, lists and sets, as a reflection's template is.

    Example:
        >>> blank_answer({"title": "", "answers": {"K1": None}, "notes": ["", {"who": ""}]})
        True
        >>> blank_answer({"title": "Our network", "answers": {"K1": None}})
        False
    """
    if isinstance(value, Mapping):
        return all(blank_answer(v) for v in value.values())
    if isinstance(value, (list, tuple, set, frozenset)):
        return all(blank_answer(v) for v in value)
    return blank(value)


def _not_answered() -> Evaluation:
    return [Line("missing", t("check.answer.blank"))], 0.0


@dataclass(frozen=True, kw_only=True)
class ChoiceItems(Exercise):
    """A dict of items, each answered with one choice; a share of the points per item.

    ``parse`` turns an answer into its canonical text (raising ValueError, worded for the
    trainee, on a value that is not a choice at all).
    """

    items: tuple[str, ...]
    parse: Callable[[object], str]

    def key_for(self, solution: object, solved: Mapping[str, object]) -> dict[str, str]:
        """One digest per item of the solution's canonical choice."""
        if not isinstance(solution, Mapping):
            raise ValueError(f"not a dict of items: {kind_of(solution)}")
        return {item: digest(self.id, item, self.parse(solution[item])) for item in self.items}

    def judge(self, answer: object, **options: Any) -> Evaluation:
        if not isinstance(answer, Mapping):
            kind = kind_of(answer)
            return [Line("error", t("check.error.not_mapping", got=kind,
                                    items=", ".join(self.items)))], 0.0
        per_item = self.points / len(self.items)
        key = self.stored_key()
        lines: list[Line] = []
        earned = 0.0
        for item in self.items:
            value = answer.get(item)
            if blank(value):
                lines.append(Line("missing", t("check.item.missing", item=item), item))
                continue
            try:
                canonical = self.parse(value)
            except ValueError as exc:
                lines.append(Line("error", t("check.item.invalid", item=item, error=str(exc)),
                                  item, str(value)))
                continue
            if key is None:
                lines.append(unchecked(item, canonical))
            elif digest(self.id, item, canonical) == key[item]:
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

    def key_for(self, solution: object, solved: Mapping[str, object]) -> str:
        """The digest of the solution's normalised value."""
        return digest(self.id, "value", self.normalise(solution))

    def judge(self, answer: object, **options: Any) -> Evaluation:
        if blank(answer):
            return [Line("missing", t("check.value.missing"))], 0.0
        try:
            value = self.normalise(answer)
        except (TypeError, ValueError) as exc:
            return [Line("error", str(exc))], 0.0
        key = self.stored_key()
        if key is None:
            return [unchecked("value", str(value))], 0.0
        if digest(self.id, "value", value) == key:
            return [Line("ok", t("check.value.ok"), "value", str(value))], self.points
        return [Line("wrong", self.wrong("check.value.wrong"), "value",
                     str(value))], 0.0


@dataclass(frozen=True, kw_only=True)
class Completeness(Exercise):
    """An instructor-graded answer: the self-check only says whether it is complete."""

    validate: Callable[[object], list[Line]]
    manual: bool = True

    def judge(self, answer: object, **options: Any) -> Evaluation:
        if blank_answer(answer):
            return _not_answered()
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

    def judge(self, answer: object, **options: Any) -> Evaluation:
        if blank_answer(answer):
            return _not_answered()
        lines, passed = self.assess(answer)
        if not passed:
            return lines, 0.0
        return lines, round(self.points * sum(passed) / len(passed), 6)
