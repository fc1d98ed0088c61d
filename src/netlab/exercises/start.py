"""Exercise spec of the start-here workbook (``00_start_here``): a practice round with checks.

- ``start.practice``: three questions on how the course works (answers in code cells, what a
  check shows, keeping work on Binder), each answered "a", "b" or "c". Not graded by an
  instructor (0 points in no gradebook); it lets a newcomer meet the nudge, the hint and the
  worked answer on questions whose answers the workbook itself explains.

Example:
    >>> from netlab.judge import report
    >>> report("start.practice", {"P1": "A", "P2": " b ", "P3": "c"}).points
    2.0
"""

from __future__ import annotations

from netlab._errors import TraineeError
from netlab.exercises.base import ChoiceItems
from netlab.i18n import t

__all__ = ["CHOICES", "EXERCISES", "parse_choice"]

CHOICES = ("a", "b", "c")


def parse_choice(value: object) -> str:
    """One of "a", "b", "c" (any case, spaces ignored), or a ValueError naming the value.

    Example:
        >>> parse_choice(" B ")
        'b'
    """
    text = value.strip().lower().rstrip(")") if isinstance(value, str) else None
    if text not in CHOICES:
        raise TraineeError(t("exercises.start.practice.choice.invalid", value=repr(value)))
    return text


EXERCISES = (
    ChoiceItems(
        id="start.practice", points=3.0, items=("P1", "P2", "P3"),
        parse=parse_choice,
    ),
)
