"""Function answers: the trainee writes a function, the check runs it on data and judges its
result (:class:`FunctionResult`).

Example:
    >>> from netlab.exercises import get
    >>> isinstance(get("problem_typing.b"), FunctionResult)
    True
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from netlab._errors import kind_of
from netlab.exercises.base import Evaluation, Exercise, unchecked
from netlab.exercises.keys import digest
from netlab.i18n import t
from netlab.report import Line

__all__ = ["FunctionResult", "result_rows"]


def result_rows(result: object, columns: tuple[str, ...],
                convert: Callable[[Any], list[Any]]) -> tuple[list[Line], list[list[Any]] | None]:
    """A function's result as rows ``[id, *convert(row)]``, or the lines saying what is wrong.

    The result must be a DataFrame with ``columns``, indexed by id (or with an ``id`` column);
    ``convert`` turns one row into comparable values (raising ValueError or TypeError).

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"id": ["W10"], "alignment": [2]})
        >>> result_rows(df, ("alignment",), lambda row: [int(row["alignment"])])
        ([], [['W10', 2]])
        >>> result_rows(None, ("alignment",), list)[1] is None
        True
    """
    import pandas as pd

    if not isinstance(result, pd.DataFrame):
        return [Line("error", t("check.frame.not_frame", got=kind_of(result)))], None
    frame = result.set_index("id") if "id" in result.columns else result
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        return [Line("error", t("check.frame.columns", missing=", ".join(missing),
                                needed=", ".join(columns)))], None
    rows = []
    for label, row in frame[list(columns)].iterrows():
        try:
            rows.append([str(label), *convert(row)])
        except (TypeError, ValueError) as exc:
            return [Line("error", f"{label}: {exc}")], None
    return [], rows


@dataclass(frozen=True, kw_only=True)
class FunctionResult(Exercise):
    """A function the trainee writes, run on data and its result compared.

    ``data`` loads the public input; ``inspect`` checks the result's shape, returning problem
    lines and a normalised value (compared by digest, or with ``expected=`` in a hidden test).
    The function runs in :meth:`collect`, where the trainee's code lives, on the data the
    check chose (``data=`` in a hidden test); only its result is judged.
    """

    data: Callable[[], Any]
    inspect: Callable[[Any], tuple[list[Line], object]]

    def key_for(self, solution: object, solved: Mapping[str, object]) -> str:
        """The digest of the solution function's normalised result on the public data."""
        problems, value = self._form(solution)
        if problems:
            raise ValueError(problems[0].text)
        return digest(self.id, "result", value)

    def collect(self, answer: object, **options: Any) -> object:
        """``{"result": ...}``, ``{"raised": [name, message]}`` or ``{"not_callable": kind}``.

        Example:
            >>> from netlab.exercises import get
            >>> get("problem_typing.b").collect(None)
            {'not_callable': 'None'}
        """
        if not callable(answer):
            return {"not_callable": kind_of(answer)}
        data = options.get("data")
        data = self.data() if data is None else data
        try:
            # Anything the trainee's code prints to stderr would make nbgrader give 0 points.
            with contextlib.redirect_stderr(io.StringIO()), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return {"result": answer(data.copy() if hasattr(data, "copy") else data)}
        except Exception as exc:
            return {"raised": [type(exc).__name__, str(exc)]}

    def _form(self, collected: object) -> tuple[list[Line], object]:
        """The lines saying why a collected result cannot be judged (the function is missing,
        still blank, raised, or gave something of the wrong form), or none and the result's
        normalised value."""
        if not isinstance(collected, Mapping) or len(collected) != 1:
            return [Line("error", t("check.function.not_callable",
                                    got=kind_of(collected)))], None
        if "not_callable" in collected:
            return [Line("error", t("check.function.not_callable",
                                    got=str(collected["not_callable"])))], None
        if "raised" in collected:
            raised = collected["raised"]
            error, message = (raised if isinstance(raised, list) and len(raised) == 2
                              else ["?", raised])
            return [Line("error", t("check.function.raised", error=error,
                                    message=message))], None
        if collected.get("result") is None:  # the stub's body, or a function not finished
            return [Line("missing", t("check.function.blank"))], None
        return self.inspect(collected.get("result"))

    def trial(self, collected: object) -> list[Line]:
        """The trial run's line: the result has the right form, or what is wrong with it.

        Example:
            >>> from netlab.exercises import get
            >>> get("problem_typing.b").trial({"result": None})[0].status
            'missing'
        """
        problems, _ = self._form(collected)
        return problems or [Line("ok", t("check.function.trial_ok"))]

    def judge(self, answer: object, **options: Any) -> Evaluation:
        points = float(options.get("points", self.points))
        problems, value = self._form(answer)
        if problems:
            return problems, 0.0
        if "expected" in options:
            right = value == options["expected"]
        else:
            key = self.stored_key()
            if key is None:
                return [unchecked()], 0.0
            right = digest(self.id, "result", value) == key
        if right:
            return [Line("ok", t("check.function.ok"))], points
        return [Line("wrong", self.wrong("check.function.wrong"))], 0.0
