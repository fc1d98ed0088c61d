"""Yes/no questions and the validation of a trainee's True/False answers, shared by the
partner questions and the stage indicators."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Self

from netlab._errors import TraineeError, kind_of
from netlab.i18n import problems_error, t

__all__ = ["YesNoQuestion", "as_bool", "validate_flags"]


class YesNoQuestion(str):
    """A yes/no question. It *is* its key (``== "direct"``) and reads its texts from
    ``<prefix>.<key>.text|short|help`` in the catalogue; ``group`` says what it feeds.

    Example:
        >>> from netlab.partners import PARTNER_QUESTIONS
        >>> PARTNER_QUESTIONS["direct"].group
        'reach'
    """

    key: str
    group: str
    prefix: str = ""

    def __new__(cls, key: str, group: str) -> Self:
        obj = super().__new__(cls, key)
        obj.key = key
        obj.group = group
        return obj

    def _text(self, part: str, lang: str | None = None) -> str:
        return t(f"{self.prefix}.{self.key}.{part}", lang)

    @property
    def text(self) -> str:
        """The question in the active language."""
        return self._text("text")

    @property
    def short(self) -> str:
        """A short label (for buttons, table headers and lists), active language."""
        return self._text("short")

    @property
    def help(self) -> str:
        """What to think about when answering, active language."""
        return self._text("help")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, group={self.group!r})"


def as_bool(value: object) -> bool | None:
    """True/False for a Python or numpy boolean, None for anything else.

    Example:
        >>> as_bool(True), as_bool(1), as_bool("yes")
        (True, None, None)
    """
    if isinstance(value, bool):
        return value
    dtype = getattr(value, "dtype", None)  # a numpy boolean scalar
    if getattr(dtype, "kind", None) == "b" and getattr(value, "ndim", 1) == 0:
        return bool(value)
    return None


def validate_flags(answers: object, keys: Sequence[str], *, header_key: str,
                   not_mapping_key: str) -> dict[str, bool]:
    """Check a dict of True/False answers to ``keys``; return it as a plain dict in order.

    Raises:
        ValueError: in the active language, listing every problem at once: not a mapping
            (``not_mapping_key`` with ``{got}`` and ``{keys}``), unknown keys (with a "did you
            mean"), missing keys, values that are not True or False; under ``header_key``.

    Example:
        >>> validate_flags({"a": True, "b": False}, ("a", "b"), header_key="partners.error.header",
        ...                not_mapping_key="partners.error.not_mapping")
        {'a': True, 'b': False}
    """
    if not isinstance(answers, Mapping):
        raise TraineeError(t(not_mapping_key, got=kind_of(answers), keys=", ".join(keys)))
    problems: list[str] = []
    allowed = ", ".join(keys)
    for key in answers:
        if key not in keys:
            close = difflib.get_close_matches(str(key).lower(), keys, n=1)
            suggestion = t("answers.suggest", suggestion=close[0]) if close else ""
            problems.append(t("answers.unknown_key", key=repr(key), allowed=allowed)
                            + suggestion)
    missing = [key for key in keys if key not in answers]
    if missing:
        problems.append(t("answers.missing_key", keys=", ".join(missing)))
    clean: dict[str, bool] = {}
    for key in keys:
        if key not in answers:
            continue
        value = as_bool(answers[key])
        if value is None:
            problems.append(t("answers.not_bool", key=key, value=repr(answers[key]),
                              kind=type(answers[key]).__name__))
        else:
            clean[key] = value
    if problems:
        raise problems_error(header_key, problems)
    return clean
