"""Checklists a network team ticks together, and a helper that scores them honestly.

Seed 001_8e630874275106d8.txt gives six principles for keeping a network's success
(:data:`MAINTENANCE`) and nine qualities of an effective core-member group
(:data:`CORE_QUALITIES`); :mod:`netlab.health` adds the stability factors of seed 003. A share
of items in place shows where the gaps are; it is not a validated score.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from netlab._answers import as_bool
from netlab._errors import TraineeError, kind_of
from netlab.i18n import problems_error, t

__all__ = ["CORE_QUALITIES", "MAINTENANCE", "Checklist", "ChecklistResult", "score_checklist"]


@dataclass(frozen=True)
class Checklist:
    """A numbered list of items whose texts are ``<prefix>.1`` … ``<prefix>.<size>``.

    Example:
        >>> len(MAINTENANCE.items) == MAINTENANCE.size == 6
        True
    """

    prefix: str
    size: int
    source: str  # citation key(s), comma-separated: catalogue ``source.<key>``

    @property
    def title(self) -> str:
        """The checklist's title (active language)."""
        return t(f"{self.prefix}.title")

    @property
    def items(self) -> list[str]:
        """The items' texts in order (active language)."""
        return [t(f"{self.prefix}.{n}") for n in range(1, self.size + 1)]


@dataclass(frozen=True)
class ChecklistResult:
    """Which items are in place. ``share`` is met / size, a way to see gaps, not a grade."""

    checklist: Checklist
    met: tuple[int, ...]
    missing: tuple[int, ...]

    @property
    def share(self) -> float:
        """The share of items in place, 0 to 1."""
        return len(self.met) / self.checklist.size

    @property
    def missing_items(self) -> list[str]:
        """The texts of the items not in place (active language)."""
        items = self.checklist.items
        return [items[n - 1] for n in self.missing]

    def summary(self) -> str:
        """One line: how many items are in place, with the honesty note."""
        return t("steps.checklist.summary", title=self.checklist.title, met=len(self.met),
                 size=self.checklist.size, percent=round(100 * self.share))

    def __str__(self) -> str:
        lines = [self.summary()]
        if self.missing:
            lines.append(t("steps.checklist.gaps"))
            lines += [f"- {n}. {text}" for n, text in zip(self.missing, self.missing_items,
                                                           strict=True)]
        return "\n".join(lines)


def _item_number(key: object, size: int) -> int | None:
    if isinstance(key, str) and key.strip().isdigit():
        key = int(key.strip())
    # The cast: typeshed's numbers.Integral has no __ge__ (it compares with an int).
    if (isinstance(key, numbers.Integral) and not isinstance(key, bool)
            and 1 <= cast(int, key) <= size):
        return int(key)
    return None


def score_checklist(checklist: Checklist,
                    answers: Mapping[object, bool] | Sequence[bool]) -> ChecklistResult:
    """Score a checklist from True/False answers, one per item.

    Args:
        checklist: e.g. :data:`MAINTENANCE`.
        answers: ``{item number: True/False}`` for every item (numbers from 1), or a list of
            True/False in item order.

    Raises:
        ValueError: in the active language, naming every bad item number, missing item and
            value that is not True or False.

    Example:
        >>> result = score_checklist(MAINTENANCE, [True, True, False, True, False, True])
        >>> result.missing, f"{result.share:.2f}"
        ((3, 5), '0.67')
    """
    size = checklist.size
    if isinstance(answers, Sequence) and not isinstance(answers, str):
        if len(answers) != size:
            raise TraineeError(t("steps.error.checklist_length", title=checklist.title,
                               size=size, found=len(answers)))
        answers = dict(enumerate(answers, start=1))
    if not isinstance(answers, Mapping):
        raise TraineeError(t("steps.error.checklist_type", got=kind_of(answers), size=size))
    problems: list[str] = []
    clean: dict[int, bool] = {}
    for key, value in answers.items():
        number = _item_number(key, size)
        flag = as_bool(value)
        if number is None:
            problems.append(t("steps.error.checklist_item", item=repr(key), size=size))
        elif flag is None:
            problems.append(t("answers.not_bool", key=number, value=repr(value),
                              kind=type(value).__name__))
        else:
            clean[number] = flag
    missing_answers = [n for n in range(1, size + 1) if n not in clean]
    if missing_answers and not problems:
        problems.append(t("answers.missing_key", keys=", ".join(map(str, missing_answers))))
    if problems:
        raise problems_error("steps.error.checklist_header", problems)
    met = tuple(n for n in range(1, size + 1) if clean[n])
    return ChecklistResult(checklist, met, tuple(n for n in range(1, size + 1) if not clean[n]))


MAINTENANCE = Checklist("steps.maintenance", 6, "slides-networking")
CORE_QUALITIES = Checklist("steps.core", 9, "slides-networking")
