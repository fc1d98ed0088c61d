"""The registry of graded exercises: one module of specs per workbook, each defining
``EXERCISES``, found in this package rather than listed (the kinds they reuse live in ``base``,
``function`` and ``sets``).

Example:
    >>> from netlab.exercises import get
    >>> get("problem_typing.a").points
    8.0
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from functools import cache

from netlab._errors import TraineeError
from netlab.exercises.base import Exercise
from netlab.i18n import t

__all__ = ["all_exercises", "get"]

@cache
def all_exercises() -> Mapping[str, Exercise]:
    """Every exercise by id.

    Example:
        >>> "problem_typing.b" in all_exercises()
        True
    """
    registry: dict[str, Exercise] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for exercise in getattr(module, "EXERCISES", ()):
            if exercise.id in registry:
                raise RuntimeError(f"duplicate exercise id {exercise.id!r}")
            registry[exercise.id] = exercise
    return registry


def get(exercise_id: str) -> Exercise:
    """The exercise with this id.

    Raises:
        ValueError: unknown id, naming it and the known ones.

    Example:
        >>> get("problem_typing.c").manual
        True
    """
    registry = all_exercises()
    if exercise_id not in registry:
        raise TraineeError(t("check.error.unknown_exercise", id=repr(exercise_id),
                           allowed=", ".join(sorted(registry))))
    return registry[exercise_id]
