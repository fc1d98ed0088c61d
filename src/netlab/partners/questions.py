"""The six partner questions and the validation of a trainee's yes/no answers."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from types import MappingProxyType

from netlab._errors import kind_of, problems_error
from netlab.i18n import t

__all__ = ["ANSWER_KEYS", "PARTNER_QUESTIONS", "PartnerQuestion", "validate_partner_answers"]


class PartnerQuestion(str):
    """A yes/no question about an actor. It *is* its key (``== "direct"``) and has its texts.

    Example:
        >>> PARTNER_QUESTIONS["direct"].test
        'reach'
    """

    key: str
    test: str

    def __new__(cls, key: str, test: str) -> PartnerQuestion:
        obj = super().__new__(cls, key)
        obj.key = key
        obj.test = test
        return obj

    def _text(self, part: str, lang: str | None = None) -> str:
        return t(f"partners.q.{self.key}.{part}", lang)

    @property
    def text(self) -> str:
        """The question in the active language."""
        return self._text("text")

    @property
    def short(self) -> str:
        """A short label (for buttons and table headers), active language."""
        return self._text("short")

    @property
    def help(self) -> str:
        """What to think about when answering, active language."""
        return self._text("help")

    def __repr__(self) -> str:
        return f"PartnerQuestion({self.key!r}, test={self.test!r})"


# Which part of the decision each question feeds: reach (Q1), the boundary-partner test,
# the strategic-partner test.
_TESTS = {
    "direct": "reach",
    "intend_change": "boundary",
    "outcome_challenge": "boundary",
    "provides_resources": "strategic",
    "co_implements": "strategic",
    "in_influence": "boundary",
}

#: The six questions, keyed (and iterable) by key, in the order they are asked.
PARTNER_QUESTIONS: Mapping[str, PartnerQuestion] = MappingProxyType(
    {q: q for q in (PartnerQuestion(key, test) for key, test in _TESTS.items())})

#: The answer keys as plain strings, in order (handy for DataFrame columns).
ANSWER_KEYS: tuple[str, ...] = tuple(_TESTS)


def _as_bool(value: object) -> bool | None:
    """True/False for a Python or numpy boolean, None for anything else."""
    if isinstance(value, bool):
        return value
    dtype = getattr(value, "dtype", None)  # a numpy boolean scalar
    if getattr(dtype, "kind", None) == "b" and getattr(value, "ndim", 1) == 0:
        return bool(value)
    return None


def validate_partner_answers(answers: object) -> dict[str, bool]:
    """Check the six yes/no answers and return them as a plain ``{key: bool}`` dict.

    Raises:
        ValueError: in the active language, listing every problem at once: not a mapping,
            unknown or missing keys, values that are not True or False.

    Example:
        >>> validate_partner_answers(dict(direct=True, intend_change=True,
        ...     outcome_challenge=True, provides_resources=False, co_implements=False,
        ...     in_influence=True))["direct"]
        True
    """
    if not isinstance(answers, Mapping):
        kind = kind_of(answers)
        raise ValueError(t("partners.error.not_mapping", got=kind,
                           keys=", ".join(ANSWER_KEYS)))
    problems: list[str] = []
    allowed = ", ".join(ANSWER_KEYS)
    for key in answers:
        if key not in PARTNER_QUESTIONS:
            close = difflib.get_close_matches(str(key).lower(), ANSWER_KEYS, n=1)
            suggestion = t("partners.error.suggest", suggestion=close[0]) if close else ""
            problems.append(t("partners.error.unknown_key", key=repr(key), allowed=allowed)
                            + suggestion)
    missing = [key for key in ANSWER_KEYS if key not in answers]
    if missing:
        problems.append(t("partners.error.missing_key", keys=", ".join(missing)))
    clean: dict[str, bool] = {}
    for key in ANSWER_KEYS:
        if key not in answers:
            continue
        value = _as_bool(answers[key])
        if value is None:
            problems.append(t("partners.error.not_bool", key=key, value=repr(answers[key]),
                              kind=type(answers[key]).__name__))
        else:
            clean[key] = value
    if problems:
        raise problems_error("partners.error.header", problems)
    return clean
