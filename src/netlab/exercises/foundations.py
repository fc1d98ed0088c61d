"""Exercise specs of the foundations workbook (``05_network_foundations``).

The key lives in the instructor source's solution cells; these specs hold salted digests.

- ``foundations.a_origin`` / ``foundations.a_orientation``: the origin (natural, organised,
  evolutionary) and the orientation (horizontal, vertical) of eight networks described in
  ``network_examples`` (1 point each).
- ``foundations.b``: the remedy (``obstacle_remedies``, K01–K08) for each of the six obstacles
  of seed 004 (1 point each; two remedies fit none).
"""

from __future__ import annotations

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
        raise ValueError(t("exercises.foundations.b.unknown", value=repr(value),
                           allowed=", ".join(_REMEDIES)))
    return text


EXERCISES = (
    ChoiceItems(
        id="foundations.a_origin", points=8.0, items=_CASES, parse=_origin,
        digests={
            "N01": "75ef4186b84b1ac1b6f0b9e4", "N02": "3297ffc77be8d8b61424993a",
            "N03": "47d02119b27842213023c090", "N04": "d86189d5159910fdbebaaa73",
            "N05": "cce4e1a82c528727f21c6664", "N06": "1fb67a4526e8e6b6f91671ff",
            "N07": "a71c35985d21368a24c69244", "N08": "c7f942ee1e2b47394e2157eb",
        },
    ),
    ChoiceItems(
        id="foundations.a_orientation", points=8.0, items=_CASES, parse=_orientation,
        digests={
            "N01": "11ecef88be0c8d785288dabe", "N02": "87a28073461637f883cc33b7",
            "N03": "54792556df2e137dbc5324bb", "N04": "7d75b43c3b123b8807abede2",
            "N05": "27cb7fa804395690af898f39", "N06": "cc32d0e6f82d9a98f4e09773",
            "N07": "63422f6aedd67594806d42cc", "N08": "63a765a7990aee4b84573494",
        },
    ),
    ChoiceItems(
        id="foundations.b", points=6.0, items=OBSTACLE_IDS, parse=remedy_id,
        digests={
            "O1": "591b31d62d98d546a1b18ce1", "O2": "977af9bd49c2f6fbf0a07444",
            "O3": "6b4a51635fbedabed822e1a4", "O4": "ffdca8cfbe70911287154351",
            "O5": "7cedf65605cd9b0263bae596", "O6": "5ae095b6cf8f19a4b29995d1",
        },
    ),
)
