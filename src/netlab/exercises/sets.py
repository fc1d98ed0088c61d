"""Kinds of exercise answered with several ids: choose a number of suitable options
(:class:`Selection`), or name every member of a set (:class:`MemberSet`).

Example:
    >>> from netlab.exercises import get
    >>> lines, points = get("mapping.a_isolates").evaluate({"W99"})
    >>> [line.status for line in lines], points
    (['error', 'missing'], 0.0)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from netlab._errors import kind_of
from netlab.exercises.base import Evaluation, Exercise, blank, unchecked
from netlab.exercises.keys import digest
from netlab.i18n import t
from netlab.report import Line

__all__ = ["MemberSet", "Selection"]


@dataclass(frozen=True, kw_only=True)
class _Explained(Exercise):
    """An exercise whose wrong choices each get their own hint: ``explain(choice)`` says
    something about that choice (None: the exercise's hint for every one)."""

    explain: Callable[[str], str] | None = None

    def hint(self, item: str | None = None) -> str:
        if item and self.explain:
            return self.explain(item)
        return super().hint()


def _collection(solution: object) -> list[object]:
    """A solution that must be a list, tuple or set, as a list."""
    if isinstance(solution, str) or not isinstance(solution, (list, tuple, set, frozenset)):
        raise ValueError(f"not a list of options: {kind_of(solution)}")
    return list(solution)


def _parse_all(values: list[object], parse: Callable[[object], str]
               ) -> tuple[list[str], list[Line]]:
    """Each value parsed to its canonical text, and an error line for each that is not (the
    value is the line's item: the class report counts unknown ids too).

    Example:
        >>> from netlab.exercises.mapping import actor_id
        >>> known, unknown = _parse_all(["w5", "W99"], actor_id)
        >>> known, [line.item for line in unknown]
        (['W05'], ['W99'])
    """
    canonical: list[str] = []
    errors: list[Line] = []
    for value in values:
        try:
            canonical.append(parse(value))
        except ValueError as exc:
            errors.append(Line("error", str(exc), str(value), str(value)))
    return canonical, errors



@dataclass(frozen=True, kw_only=True)
class Selection(_Explained):
    """Choose exactly ``count`` options; each suitable one earns ``points / count``.

    ``parse`` turns a choice into its canonical text (raising ValueError, worded for the
    trainee, on a value that is not an option); the key holds ``digest(id, "valid", option)`` for
    every suitable option: the solution's choices, or all the options ``suitable`` names from
    the solutions (by exercise id) when more than ``count`` are right.
    """

    count: int
    parse: Callable[[object], str]
    suitable: Callable[[Mapping[str, object]], Iterable[object]] | None = None

    def key_for(self, solution: object, solved: Mapping[str, object]) -> list[str]:
        """The sorted digests of every suitable option."""
        options = self.suitable(solved) if self.suitable else _collection(solution)
        return sorted({digest(self.id, "valid", self.parse(o)) for o in options})

    def judge(self, answer: object, **options: Any) -> Evaluation:
        if isinstance(answer, str) or not isinstance(answer, (list, tuple, set)):
            return [Line("error", t("check.select.not_list", got=kind_of(answer),
                                    count=self.count))], 0.0
        choices = [c for c in answer if not blank(c)]
        if not choices:
            return [Line("missing", t("check.select.missing", count=self.count))], 0.0
        canonical, lines = _parse_all(choices, self.parse)
        if len(set(canonical)) != len(canonical):
            return [Line("error", t("check.select.duplicate", count=self.count))], 0.0
        if len(choices) != self.count:
            return [Line("error", t("check.select.count", found=len(choices),
                                    count=self.count))], 0.0
        key = self.stored_key()
        if key is None:
            return [*lines, *(unchecked(choice, choice) for choice in canonical)], 0.0
        earned = 0.0
        for choice in canonical:
            if digest(self.id, "valid", choice) in key:
                earned += self.points / self.count
                lines.append(Line("ok", t("check.select.ok", choice=choice), choice, choice))
            else:
                lines.append(Line("wrong", self.wrong("check.select.wrong", choice,
                                                      choice=choice), choice, choice))
        return lines, round(earned, 6)


@dataclass(frozen=True, kw_only=True)
class MemberSet(_Explained):
    """Name every member of a set (cutpoints, isolates…): each right one earns
    ``points / size``, each wrong one costs as much, never below 0.

    ``parse`` turns a member into its canonical text (raising ValueError, worded for the
    trainee); the key holds ``digest(id, "member", member)`` for every member of the set.
    """

    parse: Callable[[object], str]

    def key_for(self, solution: object, solved: Mapping[str, object]) -> list[str]:
        """The sorted digests of every member the solution names."""
        return sorted({digest(self.id, "member", self.parse(m)) for m in _collection(solution)})

    def judge(self, answer: object, **options: Any) -> Evaluation:
        if isinstance(answer, str) or not isinstance(answer, (list, tuple, set, frozenset)):
            return [Line("error", t("check.set.not_collection", got=kind_of(answer)))], 0.0
        named = [m for m in answer if not blank(m)]
        if not named:
            return [Line("missing", t("check.set.missing"))], 0.0
        # An id that is no actor at all is reported and earns nothing; the others are judged.
        canonical, lines = _parse_all(named, self.parse)
        key = self.stored_key()
        if key is None:
            return [*lines, *(unchecked(m, m) for m in dict.fromkeys(canonical))], 0.0
        share = self.points / len(key)
        right = [m for m in dict.fromkeys(canonical)
                 if digest(self.id, "member", m) in key]
        wrong = [m for m in dict.fromkeys(canonical) if m not in right]
        lines += [Line("ok", t("check.set.ok", member=m), m, m) for m in right]
        lines += [Line("wrong", self.wrong("check.set.wrong", m, member=m), m, m)
                  for m in wrong]
        if len(right) < len(key):
            lines.append(Line("missing", t("check.set.more", count=len(key) - len(right))))
        return lines, round(max(0.0, share * (len(right) - len(wrong))), 6)
