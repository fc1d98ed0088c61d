"""The four problem types of the course, with names and guidance in both languages."""

from __future__ import annotations

from netlab._labels import CatalogueEnum

__all__ = ["ProblemType"]


class ProblemType(CatalogueEnum):
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

    @classmethod
    def _prefix(cls) -> str:
        return "problems.type"

    @classmethod
    def _error_key(cls) -> str:
        return "problems.error.unknown_type"

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
