"""Table recipes: the no-code path of the exercises that ask for a pandas function.

A trainee who does not program answers such an exercise by filling in a recipe instead of
writing the function: which table to start from, which rows to keep, how to sort, how many
rows, how to group, which columns to return. :func:`recipe` turns those words into the
function the exercise asks for, so the same check and the same hidden test on unseen data
grade it, for the same points. What it asks of the trainee is the exercise's understanding
(which rows answer the question, in which order), not Python.

Example:
    >>> import pandas as pd
    >>> df = pd.DataFrame({"id": ["A", "B", "C"], "score": [3, 1, 2]})
    >>> lowest = recipe(sort=[("score", "lowest first")], first=2, columns=["score"])
    >>> lowest(df).index.tolist()
    ['B', 'C']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from netlab._errors import TraineeError, kind_of
from netlab.i18n import t

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COMPARISONS", "DIRECTIONS", "STARTS", "SUMMARIES", "Recipe", "or_recipe", "recipe"]


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    from netlab.problems import type_problems

    return df.set_index("id").join(type_problems(df), rsuffix="_helper")


def _classified(df: pd.DataFrame) -> pd.DataFrame:
    from netlab.partners import classify_partners

    return df.set_index("id").join(classify_partners(df), rsuffix="_helper")


def _as_is(df: pd.DataFrame) -> pd.DataFrame:
    return df.set_index("id") if "id" in df.columns else df


#: Where a recipe starts: the table itself, or the table with a helper's columns beside it.
STARTS: dict[str, Callable[[Any], Any]] = {
    "table": _as_is, "type_problems": _typed, "classify_partners": _classified}

#: How a row is kept: a column compared with a value, a list of values, or another column.
COMPARISONS: tuple[str, ...] = ("is", "is not", "is one of", "is above", "is below",
                                "equals column", "differs from column")
#: Sort directions, in words.
DIRECTIONS: tuple[str, ...] = ("lowest first", "highest first")
#: What a group's rows are summed up by.
SUMMARIES: tuple[str, ...] = ("median", "mean", "count")


def _problem(key: str, **params: object) -> TraineeError:
    return TraineeError(t(f"recipes.error.{key}", **params))


def _one_of(value: object, allowed: Sequence[str], what: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise _problem("choice", what=what, value=repr(value),
                       allowed=", ".join(f'"{a}"' for a in allowed))
    return value


class Recipe:
    """A table recipe, callable like the function an exercise asks for:
    ``recipe(df)`` or ``recipe(df, n)`` (``first="n"`` takes the row count from ``n``).

    Example:
        >>> import pandas as pd
        >>> r = recipe(keep=[("kind", "is", "x")], columns=["kind"])
        >>> r(pd.DataFrame({"id": ["A", "B"], "kind": ["x", "y"]})).index.tolist()
        ['A']
    """

    def __init__(self, start: str, keep: list[tuple[str, str, Any]],
                 sort: list[tuple[str, str]], first: int | str | None, group_by: str | None,
                 summary: str | None, columns: list[str]) -> None:
        self.start, self.keep, self.sort, self.first = start, keep, sort, first
        self.group_by, self.summary, self.columns = group_by, summary, columns

    def __call__(self, df: pd.DataFrame, n: int = 3) -> pd.DataFrame:
        table = STARTS[self.start](df)
        for column, comparison, value in self.keep:
            table = table[_mask(table, column, comparison, value)]
        if self.group_by is not None:
            _need(table, [self.group_by, *self.columns])
            grouped = table.groupby(self.group_by)[self.columns]
            return getattr(grouped, self.summary or "median")()
        if self.sort:
            flat = table.reset_index()
            _need(flat, [c for c, _ in self.sort])
            flat = flat.sort_values([c for c, _ in self.sort], kind="stable",
                                    ascending=[d == "lowest first" for _, d in self.sort])
            table = flat.set_index(table.index.name or "index")
        if self.first is not None:
            table = table.head(n if self.first == "n" else int(self.first))
        _need(table, self.columns)
        return table[self.columns] if self.columns else table

    def __repr__(self) -> str:
        parts = [f"start={self.start!r}"]
        parts += [f"keep={self.keep!r}"] if self.keep else []
        parts += [f"sort={self.sort!r}"] if self.sort else []
        parts += [f"first={self.first!r}"] if self.first is not None else []
        parts += [f"group_by={self.group_by!r}", f"summary={self.summary!r}"] \
            if self.group_by else []
        return f"recipe({', '.join(parts)}, columns={self.columns!r})"


def _need(table: pd.DataFrame, columns: Sequence[str]) -> None:
    names = [*table.columns, *[n for n in table.index.names if n]]
    missing = [c for c in columns if c not in names]
    if missing:
        raise _problem("column", value=", ".join(map(repr, missing)),
                       allowed=", ".join(map(str, names)))


def _mask(table: pd.DataFrame, column: str, comparison: str, value: Any) -> pd.Series:
    _need(table, [column])
    series = table[column] if column in table.columns else table.index.to_series()
    if comparison in ("equals column", "differs from column"):
        _need(table, [value])
        other = table[value]
        return series == other if comparison == "equals column" else series != other
    if comparison == "is one of":
        return series.isin(list(value))
    if comparison in ("is above", "is below"):
        return series > value if comparison == "is above" else series < value
    return series == value if comparison == "is" else series != value


def _rules(keep: object) -> list[tuple[str, str, Any]]:
    if not isinstance(keep, (list, tuple)):
        raise _problem("keep", value=repr(keep), kind=kind_of(keep))
    rules = []
    for rule in keep:
        if not isinstance(rule, (list, tuple)) or len(rule) != 3:
            raise _problem("keep", value=repr(rule), kind=kind_of(rule))
        column, comparison, value = rule
        comparison = _one_of(comparison, COMPARISONS, "comparison")
        if comparison == "is one of" and not isinstance(value, (list, tuple, set)):
            raise _problem("list", value=repr(value))
        rules.append((str(column), comparison, value))
    return rules


def recipe(*, start: str = "table", keep: object = (), sort: object = (),
           first: int | str | None = None, group_by: str | None = None,
           summary: str | None = None, columns: object = ()) -> Recipe:
    """A function made from words: start from a table (``"table"``, ``"type_problems"`` or
    ``"classify_partners"``: the table with the helper's columns beside it), keep the rows
    that pass every rule ``(column, comparison, value)``, sort by ``(column, "lowest first" |
    "highest first")`` pairs, take the first rows (a number, or ``"n"`` for the function's
    ``n``), or group by a column and sum each group up (``"median"``, ``"mean"``,
    ``"count"``), and return ``columns``.

    Raises:
        ValueError: in the active language, naming the word that is not allowed and the
            allowed ones (columns are checked when the recipe runs on a table).

    Example:
        >>> import pandas as pd
        >>> survey = pd.DataFrame({"id": ["M1", "M2", "M3"], "group": ["a", "a", "b"],
        ...                        "vision": [0, 2, 1]})
        >>> medians = recipe(group_by="group", summary="median", columns=["vision"])
        >>> medians(survey)["vision"].tolist()
        [1.0, 1.0]
    """
    start = _one_of(start, tuple(STARTS), "start")
    rules = _rules(keep)
    if not isinstance(sort, (list, tuple)) or not all(
            isinstance(s, (list, tuple)) and len(s) == 2 for s in sort):
        raise _problem("sort", value=repr(sort))
    order = [(str(c), _one_of(d, DIRECTIONS, "direction")) for c, d in sort]
    if first is not None and first != "n" and (
            isinstance(first, bool) or not isinstance(first, int) or first < 1):
        raise _problem("first", value=repr(first))
    if group_by is not None:
        summary = _one_of(summary or "median", SUMMARIES, "summary")
    if isinstance(columns, str) or not isinstance(columns, (list, tuple)):
        raise _problem("columns", value=repr(columns))
    return Recipe(start, rules, order, first, group_by, summary, [str(c) for c in columns])


def _filled(value: object) -> bool:
    """Whether a blank of the template was filled in (a blank is "" or only blanks)."""
    if isinstance(value, (list, tuple, set)):
        return any(_filled(v) for v in value)
    return value not in ("", None)


def or_recipe(function: Callable[..., Any], *, start: str = "", **words: Any) -> Any:
    """The answer an exercise grades: the recipe, once its ``start`` is filled in, else
    ``function`` (the one written above) unchanged. The workbooks' recipe cell calls it, so
    Run All works on either path. Rules, sort keys and columns left blank are left out.

    Raises:
        ValueError: as :func:`recipe`, for a filled-in recipe with a word that is not allowed.

    Example:
        >>> def mine(df):
        ...     return df
        >>> or_recipe(mine, start="", keep=[("", "", "")]) is mine
        True
        >>> or_recipe(mine, start="table", keep=[("", "", "")], first=2, columns=["score"])
        recipe(start='table', first=2, columns=['score'])
    """
    if not _filled(start):
        return function
    for name in ("keep", "sort", "columns"):
        if isinstance(words.get(name), (list, tuple)):
            words[name] = [w for w in words[name] if _filled(w)]
    for name in ("first", "group_by", "summary"):
        if not _filled(words.get(name)):
            words.pop(name, None)
    return recipe(start=start, **words)
