"""Exercise specs of the foundations workbook (``05_network_foundations``).

The key lives in the instructor source's solution cells; its salted digests are in the key file
(:mod:`netlab.exercises.keys`).

- ``foundations.a_origin`` / ``foundations.a_orientation``: the origin (natural, organised,
  evolutionary) and the orientation (horizontal, vertical) of eight networks described in
  ``network_examples`` (1 point each).
- ``foundations.b``: the remedy (``obstacle_remedies``, K01–K08) for each of the six obstacles
  of seed 004 (1 point each; two remedies fit none).
- ``foundations.c``: a reflection on one's own network: its origin and orientation with the
  evidence for them, and what would make it stronger (instructor, 4 points); the self-check
  says only whether it is complete.
"""

from __future__ import annotations

from collections.abc import Mapping

from netlab._errors import TraineeError, kind_of
from netlab.exercises.base import ChoiceItems, Completeness, known_id, text_line
from netlab.foundations import Orientation, Origin
from netlab.i18n import t
from netlab.report import Line

__all__ = ["EXERCISES", "MIN_EVIDENCE", "MIN_REFLECTION", "OBSTACLE_IDS", "remedy_id"]

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


#: The shortest evidence and reflection counted as complete, in characters.
MIN_EVIDENCE = 150
MIN_REFLECTION = 300


def _concept_line(answer: Mapping[str, object], field: str,
                  concept: type[Origin] | type[Orientation]) -> Line:
    try:
        value = concept.parse(answer.get(field))
    except ValueError as exc:
        return Line("missing" if not answer.get(field) else "error", f"{field}: {exc}")
    return Line("ok", t("exercises.foundations.c.concept_ok", field=field, value=value.label))


def _own_network(answer: object) -> list[Line]:
    if not isinstance(answer, Mapping):
        return [Line("error", t("exercises.foundations.c.not_mapping", got=kind_of(answer)))]
    return [text_line(answer, "network"),
            _concept_line(answer, "origin", Origin),
            _concept_line(answer, "orientation", Orientation),
            text_line(answer, "evidence", MIN_EVIDENCE),
            text_line(answer, "reflection", MIN_REFLECTION)]


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
    Completeness(id="foundations.c", points=4.0, validate=_own_network),
)
