"""The words of a social map: the five tie types and an actor's goal (the Net-Map lens).

Tie types follow Net-Map's link types (Schiffer & Hauck 2010; ../shared/domain.md §4.1): money,
information, support, command and conflict. A goal says where an actor stands on the network's
aim: it supports it, is neutral, or opposes it.
"""

from __future__ import annotations

from collections.abc import Mapping

from netlab._labels import CatalogueEnum

__all__ = ["LEVELS", "Goal", "TieType"]

#: The levels an actor works at, from the ground up (the ``level`` column of a map).
LEVELS: tuple[str, ...] = ("community", "subdistrict", "district", "province", "national")


class TieType(CatalogueEnum):
    """What flows along a tie (Net-Map link types).

    Example:
        >>> TieType.parse("ข้อมูลข่าวสาร") is TieType.INFORMATION
        True
    """

    MONEY = "money"
    INFORMATION = "information"
    SUPPORT = "support"
    COMMAND = "command"
    CONFLICT = "conflict"

    @classmethod
    def _prefix(cls) -> str:
        return "mapping.tie_type"

    @classmethod
    def _error_key(cls) -> str:
        return "mapping.error.unknown_type"

    @classmethod
    def _aliases(cls) -> Mapping[str, tuple[str, ...]]:
        return {"information": ("info",), "command": ("authority",),
                "conflict": ("disturbance",)}


class Goal(CatalogueEnum):
    """An actor's stance on the network's aim (the Net-Map goal flag).

    Example:
        >>> Goal.parse("+") is Goal.SUPPORTS, Goal.from_alignment(3).value
        (True, 'neutral')
    """

    SUPPORTS = "supports"
    NEUTRAL = "neutral"
    OPPOSES = "opposes"

    @classmethod
    def _prefix(cls) -> str:
        return "mapping.goal"

    @classmethod
    def _error_key(cls) -> str:
        return "mapping.error.unknown_goal"

    @classmethod
    def _aliases(cls) -> Mapping[str, tuple[str, ...]]:
        return {"supports": ("+",), "neutral": ("0",), "opposes": ("-", "−")}

    @classmethod
    def from_alignment(cls, rating: int) -> Goal:
        """The goal read from an AIIM alignment rating of 1–5: 4–5 supports, 3 neutral, 1–2
        opposes (a course convention for turning the partner ratings into Net-Map flags).

        Example:
            >>> [Goal.from_alignment(r).value for r in (1, 3, 5)]
            ['opposes', 'neutral', 'supports']
        """
        if rating >= 4:
            return cls.SUPPORTS
        return cls.NEUTRAL if rating == 3 else cls.OPPOSES

    @property
    def marker(self) -> str:
        """The sign drawn on the map: +, 0 or −."""
        return {"supports": "+", "neutral": "0", "opposes": "−"}[self.value]
