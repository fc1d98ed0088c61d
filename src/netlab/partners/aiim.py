"""The Alignment-Interest-Influence Matrix (AIIM): a second lens on a programme's actors.

AIIM (Mendizabal 2010, ODI RAPID; Hearn 2014, OMLC) places actors by how far they agree with
the programme (alignment) and how much they invest in the issue (interest); influence sizes
the dot. It helps set priorities and choose strategies. It is **not** a classifier: allies in
the high-alignment, high-interest corner can be boundary partners or strategic partners; what
tells them apart is whether the programme intends to change the actor's behaviour.

Ratings are whole numbers from 1 to 5; a rating above :data:`MIDPOINT` counts as high.

Example:
    >>> aiim_quadrant(5, 4).value
    'allies'
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from netlab._errors import TraineeError
from netlab._frames import frame_index, records
from netlab._labels import CatalogueEnum
from netlab.i18n import t
from netlab.partners.classify import classify_partner
from netlab.partners.questions import ANSWER_KEYS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MIDPOINT", "RATINGS", "RATING_RANGE", "AiimQuadrant", "aiim_frame", "aiim_quadrant",
           "validate_rating"]

#: The three AIIM ratings, in the order of the dataset's columns.
RATINGS: tuple[str, ...] = ("alignment", "interest", "influence")
#: The allowed ratings.
RATING_RANGE: tuple[int, ...] = (1, 2, 3, 4, 5)
#: Ratings above this are high; the chart draws its quadrant lines here.
MIDPOINT = 3


class AiimQuadrant(CatalogueEnum):
    """The four AIIM quadrants, with names and what to do about actors in them.

    Example:
        >>> AiimQuadrant.CHALLENGE.name_en
        'engaged but not aligned'
    """

    ALLIES = "allies"
    RAISE_INTEREST = "raise_interest"
    CHALLENGE = "challenge"
    MONITOR = "monitor"

    @classmethod
    def _prefix(cls) -> str:
        return "partners.aiim"

    @classmethod
    def _error_key(cls) -> str:
        return "partners.error.unknown_quadrant"

    @property
    def advice(self) -> str:
        """What to do about actors here (active language)."""
        return self._text("advice")


def validate_rating(name: str, value: object) -> int:
    """A rating as an int from 1 to 5.

    Raises:
        ValueError: in the active language, naming the rating, the value and the range.

    Example:
        >>> validate_rating("interest", 4)
        4
    """
    if (isinstance(value, bool) or not isinstance(value, numbers.Integral)
            or int(value) not in RATING_RANGE):
        raise TraineeError(t("partners.error.rating", name=name, value=repr(value),
                           low=RATING_RANGE[0], high=RATING_RANGE[-1]))
    return int(value)


def aiim_quadrant(alignment: int, interest: int) -> AiimQuadrant:
    """The quadrant of an actor with these ratings (1-5; above 3 is high).

    Raises:
        ValueError: a rating that is not a whole number from 1 to 5.

    Example:
        >>> aiim_quadrant(2, 5).value, aiim_quadrant(3, 3).value
        ('challenge', 'monitor')
    """
    high_a = validate_rating("alignment", alignment) > MIDPOINT
    high_i = validate_rating("interest", interest) > MIDPOINT
    if high_a:
        return AiimQuadrant.ALLIES if high_i else AiimQuadrant.RAISE_INTEREST
    return AiimQuadrant.CHALLENGE if high_i else AiimQuadrant.MONITOR


def _row(row: dict[str, object]) -> dict[str, object]:
    ratings = {name: validate_rating(name, row[name]) for name in RATINGS}
    out: dict[str, object] = {
        **ratings,
        "quadrant": aiim_quadrant(ratings["alignment"], ratings["interest"]).value}
    if all(key in row for key in ANSWER_KEYS):
        # The cast: classify_partner checks every answer (a ValueError for a bad one).
        answers = cast(Mapping[str, bool], {k: row[k] for k in ANSWER_KEYS})
        out["role"] = classify_partner(answers).role.value
    return out


def aiim_frame(df: pd.DataFrame) -> pd.DataFrame:
    """AIIM coordinates of every actor: the three ratings, the quadrant and, when the six
    answer columns are present, the role from :func:`classify_partner` (for comparison).

    Raises:
        ValueError: a missing rating column or a bad rating, naming the row.

    Example:
        >>> from netlab.datasets import load
        >>> frame = aiim_frame(load("partners"))
        >>> frame.loc["W05", ["quadrant", "role"]].tolist()
        ['allies', 'strategic']
    """
    import pandas as pd

    with_answers = all(k in df.columns for k in ANSWER_KEYS)
    columns = list(RATINGS) + (list(ANSWER_KEYS) if with_answers else [])
    rows = [out for _, out in records(df, columns, "partners.error.rating_columns",
                                      "partners.error.row", _row)]
    return pd.DataFrame(rows, index=frame_index(df))
