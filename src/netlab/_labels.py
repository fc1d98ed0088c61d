"""A string enum whose members' names and texts live in the message catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Self

from netlab._errors import TraineeError
from netlab.i18n import t

__all__ = ["CatalogueEnum"]


def _normalise(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


class CatalogueEnum(StrEnum):
    """Members read their texts from ``<prefix>.<value>.<part>`` in the catalogue, and
    :meth:`parse` accepts a value, a member name, an English or Thai name or an alias.

    Example:
        >>> from netlab.problems import ProblemType
        >>> ProblemType.parse("Social-Mess").label == ProblemType.SOCIAL_MESS.label
        True
    """

    @classmethod
    def _prefix(cls) -> str:
        raise NotImplementedError

    @classmethod
    def _error_key(cls) -> str:
        raise NotImplementedError

    @classmethod
    def _aliases(cls) -> Mapping[str, tuple[str, ...]]:
        return {}

    def _text(self, part: str, lang: str | None = None) -> str:
        return t(f"{self._prefix()}.{self.value}.{part}", lang)

    @property
    def name_th(self) -> str:
        """The Thai name."""
        return self._text("name", "th")

    @property
    def name_en(self) -> str:
        """The English name."""
        return self._text("name", "en")

    @property
    def label(self) -> str:
        """The name in the active language."""
        return self._text("name")

    @classmethod
    def parse(cls, value: object) -> Self:
        """Read a member from its value, name, English or Thai name (case, spaces, dashes and
        underscores do not matter) or an alias.

        Raises:
            ValueError: in the active language, naming the value and the allowed ones.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            wanted = _normalise(value)
            for member in cls:
                names = {member.value, member.name, member.name_en, member.name_th,
                         *cls._aliases().get(member.value, ())}
                if wanted in {_normalise(n) for n in names}:
                    return member
        allowed = ", ".join(f'"{m.value}" ({m.label})' for m in cls)
        raise TraineeError(t(cls._error_key(), value=repr(value), allowed=allowed))
