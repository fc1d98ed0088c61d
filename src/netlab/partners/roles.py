"""The four partner roles of the course, with names and explanations in both languages."""

from __future__ import annotations

from collections.abc import Mapping

from netlab._labels import CatalogueEnum

__all__ = ["PartnerRole"]


class PartnerRole(CatalogueEnum):
    """Where an actor stands for a programme: boundary, strategic, both, or indirect.

    Boundary and strategic partners come from Outcome Mapping (Earl, Carden & Smutylo 2001);
    ``BOTH`` and ``INDIRECT`` are the course's synthesis of practitioners' usage, so that an actor
    that plays two roles, or is out of reach, is not forced into one box.

    Example:
        >>> PartnerRole.BOUNDARY.name_en
        'boundary partner'
        >>> PartnerRole.parse("SP") is PartnerRole.STRATEGIC
        True
    """

    BOUNDARY = "boundary"
    STRATEGIC = "strategic"
    BOTH = "both"
    INDIRECT = "indirect"

    @classmethod
    def _prefix(cls) -> str:
        return "partners.role"

    @classmethod
    def _error_key(cls) -> str:
        return "partners.error.unknown_role"

    @classmethod
    def _aliases(cls) -> Mapping[str, tuple[str, ...]]:
        return _ALIASES

    @property
    def explanation(self) -> str:
        """What the role means, in a sentence or two (active language)."""
        return self._text("explanation")

    @property
    def next_step(self) -> str:
        """What the programme does with an actor in this role (active language)."""
        return self._text("next_step")


_ALIASES = {
    "boundary": ("bp", "bps", "boundary partners"),
    "strategic": ("sp", "sps", "strategic partners"),
    "both": ("bp+sp", "bp and sp", "boundary and strategic"),
    "indirect": ("context", "future boundary partner"),
}

