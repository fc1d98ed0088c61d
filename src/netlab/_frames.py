"""Small helpers shared by the domain modules that read rows of a DataFrame."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from netlab._errors import TraineeError
from netlab.i18n import t

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["frame_index", "plain", "records"]

T = TypeVar("T")


def plain(value: object) -> object:
    """A table cell as a plain Python value: missing -> None, numpy scalar -> Python scalar.

    pandas stores a column of whole numbers with a gap as floats, so whole floats become ints;
    1.5 stays 1.5 (and is then rejected by the validators).

    Example:
        >>> import numpy as np
        >>> plain(np.int64(2)), plain(2.0), plain(float("nan")), plain(np.bool_(True))
        (2, 2, None, True)
    """
    import pandas as pd

    if pd.api.types.is_scalar(value) and pd.isna(value):
        return None
    item = getattr(value, "item", None)
    if callable(item):
        value = item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def frame_index(df: pd.DataFrame) -> pd.Index:
    """The row labels of a result: the ``id`` column if there is one, else ``df.index``.

    Example:
        >>> import pandas as pd
        >>> list(frame_index(pd.DataFrame({"id": ["W01"], "x": [1]})))
        ['W01']
    """
    import pandas as pd

    if "id" in df.columns:
        return pd.Index(list(df["id"]), name="id")
    return df.index


def records(df: pd.DataFrame, columns: Sequence[str], missing_key: str,
            row_key: str, convert: Callable[[dict[str, Any]], T]) -> Iterator[tuple[Any, T]]:
    """Yield ``(row label, convert(row as plain values))`` for every row of ``df``.

    Raises:
        ValueError: a required column is missing (message ``missing_key`` with ``{columns}``),
            or ``convert`` raised for a row (message ``row_key`` with ``{row}``, then the
            reason).

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"id": ["A"], "x": [1]})
        >>> list(records(df, ["x"], "problems.error.columns", "problems.error.row",
        ...              lambda r: r["x"] + 1))
        [('A', 2)]
    """
    absent = [c for c in columns if c not in df.columns]
    if absent:
        raise TraineeError(t(missing_key, columns=", ".join(absent)))
    for label, record in zip(frame_index(df), df[list(columns)].to_dict("records"),
                             strict=True):
        row = {key: plain(value) for key, value in record.items()}
        try:
            yield label, convert(row)
        except ValueError as exc:
            raise TraineeError(t(row_key, row=label) + "\n" + str(exc)) from None
