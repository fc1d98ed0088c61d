"""Charts of grading results, for the feedback pages and the class report (drawn to SVG there).

Labels come from the catalogue in the active language; the theme from :func:`netlab.setup`
gives the Thai+Latin font stack.

Example:
    >>> import pandas as pd
    >>> chart = share_bars(pd.DataFrame({"name": ["a_check"], "share": [0.5]}), "Share")
    >>> chart.to_dict()["mark"]["type"]
    'bar'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netlab.i18n import t

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

__all__ = ["score_histogram", "share_bars"]


def share_bars(frame: pd.DataFrame, title: str, *, width: int = 420) -> alt.Chart:
    """One horizontal bar per row of ``frame`` (columns ``name``, ``share`` in 0..1), in the
    frame's order, on a 0–100 % axis.

    Example:
        >>> import pandas as pd
        >>> share_bars(pd.DataFrame({"name": ["x"], "share": [1.0]}), "T").to_dict()["title"]
        'T'
    """
    import altair as alt

    height = max(60, 22 * len(frame))
    return alt.Chart(frame).mark_bar(color="#0072B2").encode(
        x=alt.X("share:Q", title=t("grading.chart.share"), scale=alt.Scale(domain=[0, 1]),
                axis=alt.Axis(format="%")),
        y=alt.Y("name:N", title=None, sort=list(frame["name"]),
                axis=alt.Axis(labelLimit=260)),
        tooltip=["name:N", alt.Tooltip("share:Q", format=".0%")],
    ).properties(width=width, height=height, title=title)


def score_histogram(scores: pd.Series, max_score: float, *, width: int = 420) -> alt.Chart:
    """How many trainees got each total score (bins of one point, 0 to ``max_score``).

    Example:
        >>> import pandas as pd
        >>> chart = score_histogram(pd.Series([3.0, 7.5, 8.0]), 8.0)
        >>> chart.to_dict()["mark"]["type"]
        'bar'
    """
    import altair as alt
    import pandas as pd

    frame = pd.DataFrame({"score": scores.astype(float)})
    return alt.Chart(frame).mark_bar(color="#009E73").encode(
        x=alt.X("score:Q", bin=alt.Bin(step=1, extent=[0, max(max_score, 1)]),
                title=t("grading.chart.score", max=f"{max_score:g}")),
        y=alt.Y("count():Q", title=t("grading.chart.trainees")),
    ).properties(width=width, height=180, title=t("grading.chart.distribution"))
