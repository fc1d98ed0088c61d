"""The course's answer keys: salted digests (:func:`digest`) of the instructor
source's solutions, in ``netlab/resources/keys.json``, one entry per exercise.

The keys live in a data file, not in the exercise specs, so that what holds them can be left
out or walled off: a class that grades (``c.Netlab.self_check = False``) builds its trainees'
package without the file, and ``netlab grade`` runs every graded kernel with the file hidden,
so code in a submission can neither read the key nor try answers against it. Without the file
a self-check still checks the form of an answer and says the key is checked at grading.

Example:
    >>> available()
    True
    >>> len(key_of("problem_typing.a"))
    8
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["KEYS_FILE", "SALT", "available", "digest", "key_of"]

SALT = "netlab-check-v1"

KEYS_FILE = Path(__file__).resolve().parents[1] / "resources" / "keys.json"


def digest(exercise: str, item: str, value: object) -> str:
    """Salted digest of one expected answer (what the key file stores instead of the answer).

    Correct answers are stored this way, so that the key is never in plain text in the
    trainee's files or kernel. This keeps answers out of sight; it is not secrecy against a
    determined trainee (a choice among four can be tried).

    Example:
        >>> digest("ex", "C01", "complex") == digest("ex", "C01", "complex")
        True
        >>> digest("ex", "C01", "complex") == digest("ex", "C02", "complex")
        False
    """
    payload = json.dumps([exercise, item, value], ensure_ascii=False, sort_keys=True,
                         default=str)
    return hashlib.sha256((SALT + payload).encode("utf-8")).hexdigest()[:24]


@cache
def _keys() -> dict[str, Any] | None:
    """The key file's entries, or None where this installation has no key (no file, or an
    empty one: what a graded kernel sees)."""
    try:
        text = KEYS_FILE.read_text(encoding="utf-8")
    except OSError:
        return None
    return json.loads(text) if text.strip() else None


def available() -> bool:
    """Whether this installation carries the answer keys.

    Example:
        >>> available() in (True, False)
        True
    """
    return _keys() is not None


def key_of(exercise_id: str) -> Any | None:
    """The stored key of one exercise (digests), or None without a key file.

    Example:
        >>> isinstance(key_of("health.c"), list)
        True
    """
    keys = _keys()
    return None if keys is None else keys.get(exercise_id)
