"""The nine diagnostic questions (K1-K4, S1-S3, L1-L2) and answer validation."""

from __future__ import annotations

import difflib
import numbers
from collections.abc import Mapping
from types import MappingProxyType

from netlab._errors import TraineeError, kind_of
from netlab.i18n import problems_error, t

__all__ = ["QUESTIONS", "QUESTION_IDS", "Question", "validate_answers"]


class Question(str):
    """A diagnostic question. It *is* its id (``Question == "K1"``) and carries its texts.

    Being a ``str`` lets :data:`QUESTIONS` be used both as a list of questions and as a mapping
    from id to question.

    Example:
        >>> q = QUESTIONS["S3"]
        >>> q == "S3", q.dimension, q.options_en[2]
        (True, 'actors', 'Many')
    """

    id: str
    dimension: str

    def __new__(cls, qid: str, dimension: str) -> Question:
        obj = super().__new__(cls, qid)
        obj.id = qid
        obj.dimension = dimension
        return obj

    def _text(self, part: str, lang: str | None = None) -> str:
        return t(f"problems.q.{self.id}.{part}", lang)

    @property
    def text_th(self) -> str:
        """The question in Thai."""
        return self._text("text", "th")

    @property
    def text_en(self) -> str:
        """The question in English."""
        return self._text("text", "en")

    @property
    def text(self) -> str:
        """The question in the active language."""
        return self._text("text")

    def _options(self, lang: str | None) -> tuple[str, str, str]:
        return (self._text("0", lang), self._text("1", lang), self._text("2", lang))

    @property
    def options_th(self) -> tuple[str, str, str]:
        """What answers 0, 1 and 2 mean, in Thai."""
        return self._options("th")

    @property
    def options_en(self) -> tuple[str, str, str]:
        """What answers 0, 1 and 2 mean, in English."""
        return self._options("en")

    @property
    def options(self) -> tuple[str, str, str]:
        """What answers 0, 1 and 2 mean, in the active language."""
        return self._options(None)

    @property
    def source(self) -> str:
        """The framework(s) the question comes from (author, year)."""
        return self._text("source", "en")

    def __repr__(self) -> str:
        return f"Question({self.id!r}, dimension={self.dimension!r})"


_QUESTION_DIMENSIONS = {
    "K1": "knowledge", "K2": "knowledge", "K3": "knowledge", "K4": "knowledge",
    "S1": "agreement", "S2": "agreement", "S3": "actors",
    "L1": "linkage", "L2": "linkage",
}

#: The nine questions, keyed (and iterable) by id: K1-K4, S1-S3, L1-L2. Keys and values are
#: the same :class:`Question` objects.
QUESTIONS: Mapping[str, Question] = MappingProxyType(
    {q: q for q in (Question(qid, dim) for qid, dim in _QUESTION_DIMENSIONS.items())}
)

#: The question ids as plain strings, in order (handy for DataFrame columns).
QUESTION_IDS: tuple[str, ...] = tuple(_QUESTION_DIMENSIONS)

_ANSWER_VALUES = (0, 1, 2)


def validate_answers(answers: object) -> dict[str, int]:
    """Check a set of answers and return it as a plain ``{id: int}`` dict.

    Raises:
        ValueError: in the active language, listing every problem found: not a mapping,
            missing or unknown ids, values that are not 0, 1 or 2, wrong types, None.

    Example:
        >>> validate_answers(dict(K1=2, K2=2, K3=2, K4=2, S1=2, S2=2, S3=0, L1=0, L2=0))["S3"]
        0
    """
    if not isinstance(answers, Mapping):
        kind = kind_of(answers)
        raise TraineeError(t("problems.error.not_mapping", got=kind))
    problems: list[str] = []
    ids = list(QUESTIONS)
    allowed_ids = ", ".join(ids)
    for key in answers:
        if key not in QUESTIONS:
            hint = difflib.get_close_matches(str(key).upper(), ids, n=1)
            suggestion = t("problems.error.suggest", suggestion=hint[0]) if hint else ""
            problems.append(
                t("problems.error.unknown", key=repr(key), allowed=allowed_ids) + suggestion)
    missing = [qid for qid in ids if qid not in answers]
    if missing:
        problems.append(t("problems.error.missing", ids=", ".join(missing), allowed=allowed_ids))
    clean: dict[str, int] = {}
    for qid in ids:
        if qid not in answers:
            continue
        value = answers[qid]
        if value is None:
            problems.append(t("problems.error.none", qid=qid))
        elif isinstance(value, bool) or not isinstance(value, numbers.Integral):
            problems.append(
                t("problems.error.type", qid=qid, value=repr(value), kind=type(value).__name__))
        elif int(value) not in _ANSWER_VALUES:
            problems.append(t("problems.error.value", qid=qid, value=repr(value)))
        else:
            clean[qid] = int(value)
    if problems:
        raise problems_error("problems.error.header", problems)
    return clean
