"""Aggregate many members' 0–2 ratings of the seven components into one profile with spread.

A blank answer is missing, not zero: it is left out of every statistic and counted apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netlab._errors import TraineeError
from netlab._frames import frame_index
from netlab.health.components import Component
from netlab.i18n import problems_error, t

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COMPONENT_KEYS", "PROFILE_COLUMNS", "survey_profile"]

#: The seven component values, in the seeds' order (the survey's rating columns).
COMPONENT_KEYS: tuple[str, ...] = tuple(c.value for c in Component)
#: The columns of :func:`survey_profile`'s result.
PROFILE_COLUMNS = ("label", "answered", "missing", "mean", "median", "q1", "q3", "iqr",
                   "share_low")
_ALLOWED = (0, 1, 2)


def _check(df: pd.DataFrame) -> None:
    import pandas as pd

    absent = [c for c in COMPONENT_KEYS if c not in df.columns]
    if absent:
        raise TraineeError(t("health.error.columns", columns=", ".join(absent)))
    problems = []
    for label, row in zip(frame_index(df), df[list(COMPONENT_KEYS)].itertuples(index=False),
                          strict=True):
        for column, value in zip(COMPONENT_KEYS, row, strict=True):
            if pd.isna(value):  # None, NaN or pandas NA: a blank answer
                continue
            if isinstance(value, bool) or value not in _ALLOWED:
                problems.append(t("health.error.rating", row=label, column=column,
                                  value=repr(value)))
    if problems:
        raise problems_error("health.error.survey_header", problems)


def survey_profile(df: pd.DataFrame) -> pd.DataFrame:
    """One row per component: how many answered and left it blank, mean, median, quartiles,
    the inter-quartile range and the share of 0s — blanks left out, never counted as 0.

    Args:
        df: one member per row with the seven component columns (:data:`COMPONENT_KEYS`),
            each 0, 1, 2 or blank; other columns are ignored.

    Returns:
        A DataFrame indexed by component value with :data:`PROFILE_COLUMNS` (``label`` in the
        active language). The median is the score to pass on to
        :func:`netlab.health.assess_health`.

    Raises:
        ValueError: a missing component column, or a rating other than 0, 1, 2 or blank,
            naming the row and the column.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({c: [0, 2, None] for c in COMPONENT_KEYS})
        >>> row = survey_profile(df).loc["vision"]
        >>> int(row["answered"]), int(row["missing"]), float(row["mean"]), float(row["iqr"])
        (2, 1, 1.0, 1.0)
    """
    import pandas as pd

    _check(df)
    ratings = df[list(COMPONENT_KEYS)].apply(pd.to_numeric).astype("float64")
    q1, q3 = ratings.quantile(0.25), ratings.quantile(0.75)
    answered = ratings.notna().sum()
    profile = pd.DataFrame({
        "label": [c.label for c in Component],
        "answered": answered.astype("int64"),
        "missing": ratings.isna().sum().astype("int64"),
        "mean": ratings.mean(),
        "median": ratings.median(),
        "q1": q1,
        "q3": q3,
        "iqr": q3 - q1,
        "share_low": (ratings == 0).sum() / answered.where(answered > 0),
    }, index=pd.Index(COMPONENT_KEYS, name="component"))
    return profile[list(PROFILE_COLUMNS)]
