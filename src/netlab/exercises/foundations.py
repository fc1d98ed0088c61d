"""Exercise specs of the foundations workbook (``05_network_foundations``).

The key lives in the instructor source's solution cells; its salted digests are in the key file
(:mod:`netlab.exercises.keys`).

- ``foundations.a_origin`` / ``foundations.a_orientation``: the origin (natural, organised,
  evolutionary) and the orientation (horizontal, vertical) of eight networks described in
  ``network_examples`` (1 point each).
- ``foundations.b``: the remedy (``obstacle_remedies``, K01–K08) for each of the six obstacles
  of seed 004 (1 point each; two remedies fit none).
"""

from __future__ import annotations

from netlab._errors import TraineeError
from netlab.exercises.base import ChoiceItems, known_id
from netlab.foundations import Orientation, Origin
from netlab.i18n import t

__all__ = ["EXERCISES", "OBSTACLE_IDS", "remedy_id"]

_CASES = tuple(f"N{n:02d}" for n in range(1, 9))
#: The obstacles of :data:`netlab.health.OBSTACLES` as answer keys, in the seed's order.
OBSTACLE_IDS = tuple(f"O{n}" for n in range(1, 7))
_REMEDIES = tuple(f"K{n:02d}" for n in range(1, 9))


def _origin(value: object) -> str:
    return Origin.parse(value).value


def _orientation(value: object) -> str:
    return Orientation.parse(value).value


def remedy_id(value: object) -> str:
    """A remedy id as written in ``obstacle_remedies`` ("k4", " K04 " → "K04").

    Raises:
        ValueError: not one of K01–K08 (naming the value and the allowed ids).

    Example:
        >>> remedy_id("k4")
        'K04'
    """
    text = known_id(value, _REMEDIES)
    if text is None:
        raise TraineeError(t("exercises.foundations.b.unknown", value=repr(value),
                           allowed=", ".join(_REMEDIES)))
    return text


EXERCISES = (
    ChoiceItems(
        id="foundations.a_origin", points=8.0, items=_CASES, parse=_origin,
    ),
    ChoiceItems(
        id="foundations.a_orientation", points=8.0, items=_CASES, parse=_orientation,
    ),
    ChoiceItems(
        id="foundations.b", points=6.0, items=OBSTACLE_IDS, parse=remedy_id,
    ),
)
