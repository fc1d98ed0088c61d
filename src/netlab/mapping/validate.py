"""Read and check the two tables of a social map: actors and ties.

Every problem is collected first and raised as one ``ValueError`` in the active language that
names the table, the row (1 = the first data row) and the bad value, so a trainee can fix a
hand-built map in one go. Nothing is dropped or repaired silently.
"""

from __future__ import annotations

import difflib
import numbers
from typing import TYPE_CHECKING, cast

from netlab._answers import as_bool
from netlab._errors import TraineeError, kind_of
from netlab._frames import plain
from netlab.i18n import problems_error, t
from netlab.mapping.vocab import Goal, TieType

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TIE_COLUMNS", "read_actors", "read_ties"]

#: The columns of the checked ties table.
TIE_COLUMNS = ("source", "target", "type", "weight", "directed")


def _frame(value: object, what: str, needed: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    if not isinstance(value, pd.DataFrame):
        raise TraineeError(t("mapping.error.not_frame", what=what, got=kind_of(value)))
    absent = [c for c in needed if c not in value.columns]
    if absent:
        raise TraineeError(t("mapping.error.columns", what=what, columns=", ".join(absent),
                           have=", ".join(map(str, value.columns)) or "-"))
    return value


def _id(value: object) -> str | None:
    value = plain(value)
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    return text or None


def read_actors(actors: object, *, influence: str = "influence",
                goal: str = "goal") -> pd.DataFrame:
    """The actors table checked and indexed by ``id`` (ids as text); other columns are kept.

    ``influence`` (the Net-Map tower height: a number from 0) and ``goal`` (supports, neutral,
    opposes, or +, 0, −) are checked when their columns exist; a blank means "not asked yet".

    Example:
        >>> import pandas as pd
        >>> read_actors(pd.DataFrame({"id": ["A", "B"], "goal": ["+", None]}))["goal"].tolist()
        ['supports', None]
    """
    import pandas as pd

    df = _frame(actors, t("mapping.actors"), ("id",))
    problems: list[str] = []
    ids: list[str | None] = []
    first: dict[str, int] = {}
    for row, raw in enumerate(df["id"], start=1):
        ident = _id(raw)
        ids.append(ident)
        if ident is None:
            problems.append(t("mapping.error.blank_id", row=row, value=repr(plain(raw))))
        elif ident in first:
            problems.append(t("mapping.error.duplicate_id", row=row, first=first[ident],
                              id=ident))
        else:
            first[ident] = row
    out = df.copy()
    out["id"] = pd.Series(ids, index=out.index, dtype=object)
    if influence in out.columns:
        heights = []
        for row, (ident, raw) in enumerate(zip(ids, out[influence], strict=True), start=1):
            value = plain(raw)
            # The cast: typeshed's numbers.Real has no __ge__ (it compares with an int).
            ok = value is None or (isinstance(value, numbers.Real)
                                   and not isinstance(value, bool) and cast(float, value) >= 0)
            if not ok:
                problems.append(t("mapping.error.influence", row=row, id=ident,
                                  value=repr(value)))
            heights.append(value if ok else None)
        out[influence] = heights
    if goal in out.columns:
        goals = []
        for row, (ident, raw) in enumerate(zip(ids, out[goal], strict=True), start=1):
            value = plain(raw)
            try:
                goals.append(None if value is None else Goal.parse(value).value)
            except ValueError as exc:
                problems.append(t("mapping.error.actor_row", row=row, id=ident, reason=exc))
                goals.append(None)
        out[goal] = pd.Series(goals, index=out.index, dtype=object)
    if problems:
        raise problems_error("mapping.error.header", problems)
    return out.set_index("id")


def _endpoint(value: object, known: set[str], row: int, column: str,
              problems: list[str]) -> str | None:
    ident = _id(value)
    if ident is None:
        problems.append(t("mapping.error.tie_blank", row=row, column=column))
    elif ident not in known:
        same = [k for k in sorted(known) if k.casefold() == ident.casefold()]
        close = same or difflib.get_close_matches(ident, sorted(known), n=1)
        hint = t("answers.suggest", suggestion=close[0]) if close else ""
        problems.append(t("mapping.error.unknown_actor", row=row, column=column, value=ident,
                          suggest=hint))
        return None
    return ident


def _tie_fields(record: dict[str, object], row: int, problems: list[str]
                ) -> tuple[str | None, float, bool]:
    kind = plain(record.get("type"))
    try:
        kind = None if kind is None else TieType.parse(kind).value
    except ValueError as exc:
        problems.append(t("mapping.error.tie_row", row=row, reason=exc))
        kind = None
    weight = plain(record.get("weight"))
    if weight is None:
        weight = 1
    elif (isinstance(weight, bool) or not isinstance(weight, numbers.Real)
          or not cast(float, weight) > 0):  # typeshed's numbers.Real has no __gt__
        problems.append(t("mapping.error.weight", row=row, value=repr(weight)))
        weight = 1
    raw = plain(record.get("directed"))
    directed = False if raw is None else as_bool(raw)
    if directed is None:
        problems.append(t("mapping.error.directed", row=row, value=repr(raw)))
        directed = False
    return kind, float(weight), directed


def read_ties(ties: object, ids: set[str], *, allow_self_loops: bool = False
              ) -> pd.DataFrame:
    """The ties table checked against the actor ids, with the columns of :data:`TIE_COLUMNS`
    (type blank → None, weight blank → 1, directed blank → False) and ``row``.

    Example:
        >>> import pandas as pd
        >>> ties = pd.DataFrame({"source": ["A"], "target": ["B"], "type": ["money"]})
        >>> tie = read_ties(ties, {"A", "B"}).iloc[0]
        >>> tie["type"], float(tie["weight"]), bool(tie["directed"]), int(tie["row"])
        ('money', 1.0, False, 1)
    """
    import pandas as pd

    df = _frame(ties, t("mapping.ties"), ("source", "target"))
    problems: list[str] = []
    rows: list[dict[str, object]] = []
    seen: dict[tuple[object, ...], int] = {}
    for row, record in enumerate(df.to_dict("records"), start=1):
        source = _endpoint(record["source"], ids, row, "source", problems)
        target = _endpoint(record["target"], ids, row, "target", problems)
        kind, weight, directed = _tie_fields(record, row, problems)
        if source is None or target is None:
            continue
        if source == target and not allow_self_loops:
            problems.append(t("mapping.error.self_loop", row=row, id=source))
            continue
        ends = (source, target) if directed else tuple(sorted((source, target)))
        key = (*ends, kind, directed)
        if key in seen:
            problems.append(t("mapping.error.duplicate_tie", row=row, first=seen[key],
                              source=source, target=target, type=kind or "-"))
            continue
        seen[key] = row
        rows.append({"source": source, "target": target, "type": kind, "weight": weight,
                     "directed": directed, "row": row})
    if problems:
        raise problems_error("mapping.error.header", problems)
    return pd.DataFrame(rows, columns=[*TIE_COLUMNS, "row"])
