"""The four problem types of the course, with names and guidance in both languages."""

from __future__ import annotations

from enum import StrEnum

from netlab.i18n import t

__all__ = ["ProblemType"]


class ProblemType(StrEnum):
    """The four problem types, with names, description and handling guidance in both languages.

    Example:
        >>> ProblemType.COMPLEX.name_th
        'ปัญหาสลับซับซ้อน'
        >>> ProblemType.parse("social mess") is ProblemType.SOCIAL_MESS
        True
    """

    SIMPLE = "simple"
    TECHNICAL = "technical"
    COMPLEX = "complex"
    SOCIAL_MESS = "social_mess"

    def _text(self, part: str, lang: str | None = None) -> str:
        return t(f"problems.type.{self.value}.{part}", lang)

    @property
    def name_th(self) -> str:
        """The Thai name used in the course."""
        return self._text("name", "th")

    @property
    def name_en(self) -> str:
        """The English name."""
        return self._text("name", "en")

    @property
    def label(self) -> str:
        """The name in the active language."""
        return self._text("name")

    @property
    def description(self) -> str:
        """What makes a problem this type (active language)."""
        return self._text("description")

    @property
    def guidance(self) -> str:
        """How to handle a problem of this type (active language)."""
        return self._text("guidance")

    @property
    def anchors(self) -> str:
        """The published frameworks closest to this type (crosswalk, active language)."""
        return self._text("anchors")

    @property
    def example(self) -> str:
        """The canonical example (recipe, rocket, child, contested problem)."""
        return self._text("example")

    @classmethod
    def parse(cls, value: object) -> ProblemType:
        """Read a type from its value, English or Thai name (case and spaces do not matter).

        Raises:
            ValueError: in the active language, naming the value and the allowed ones.

        Example:
            >>> ProblemType.parse("ปัญหาเชิงเทคนิค")
            <ProblemType.TECHNICAL: 'technical'>
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            wanted = _normalise(value)
            for member in cls:
                names = (member.value, member.name, member.name_en, member.name_th)
                if wanted in {_normalise(n) for n in names}:
                    return member
        raise ValueError(
            t("problems.error.unknown_type", value=repr(value), allowed=_allowed_types())
        )


def _normalise(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def _allowed_types() -> str:
    return ", ".join(f'"{m.value}" ({m.label})' for m in ProblemType)
