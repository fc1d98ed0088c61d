"""The ideas of what a network is: three origins, horizontal and vertical, member links, the
three kinds of tie of social capital, and the seeds' lists as checklists.

Sources: seed 004_ccf01575457a4d2f.txt and seed 001_8e630874275106d8.txt (origins, member
links, elements, techniques, benefits, points to bear in mind), seed 003_1728fab1958287cf.txt
(horizontal and vertical networks), seed 000_6b8b68732bc63b13.txt (LINK), seed
002_ba065127673e7714.txt (online networks). The three-way origin typology is the course
documents'; the international anchors (../shared/domain.md §3.3) are similar, not the same.
"""

from __future__ import annotations

from collections.abc import Mapping

from netlab._labels import CatalogueEnum
from netlab.i18n import t_or
from netlab.steps.checklists import Checklist

__all__ = ["BENEFITS", "CONSIDERATIONS", "ELEMENTS", "LINK_PHILOSOPHY", "ONLINE", "TECHNIQUES",
           "MemberLink", "Orientation", "Origin", "TieKind", "tie_kind"]

# Citation keys (catalogue ``source.<key>``: the short citation a trainee reads).
_S000, _S002, _S004 = "blog-sriwipa", "essay-weera", "lecture-notes-networking"


class _Concept(CatalogueEnum):
    """A foundations concept: texts under ``foundations.<kind>.<value>.<part>``."""

    @classmethod
    def _kind(cls) -> str:
        raise NotImplementedError

    @classmethod
    def _prefix(cls) -> str:
        return f"foundations.{cls._kind()}"

    @classmethod
    def _error_key(cls) -> str:
        return f"foundations.error.unknown_{cls._kind()}"

    @property
    def short(self) -> str:
        """A two- or three-word label (origins and orientations), or "" (active language)."""
        return t_or(f"{self._prefix()}.{self.value}.short", "")

    def part(self, name: str) -> str:
        """One of the concept's texts (``meaning``, ``signs``, ``example``, ``anchor``…) in
        the active language."""
        return self._text(name)


class Origin(_Concept):
    """How a network came to be (seeds 001, 004).

    Example:
        >>> Origin.parse("เครือข่ายจัดตั้ง") is Origin.ORGANISED
        True
    """

    NATURAL = "natural"
    ORGANISED = "organised"
    EVOLUTIONARY = "evolutionary"

    @classmethod
    def _kind(cls) -> str:
        return "origin"

    @classmethod
    def _aliases(cls) -> Mapping[str, tuple[str, ...]]:
        return {"organised": ("organized", "จัดตั้ง"), "natural": ("ธรรมชาติ",),
                "evolutionary": ("วิวัฒนาการ",)}


class Orientation(_Concept):
    """Whether members relate as equals or along a line of authority (seed 003).

    Example:
        >>> Orientation.parse("แนวราบ") is Orientation.HORIZONTAL
        True
    """

    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"

    @classmethod
    def _kind(cls) -> str:
        return "orientation"

    @classmethod
    def _aliases(cls) -> Mapping[str, tuple[str, ...]]:
        return {"horizontal": ("แนวนอน", "แนวราบ", "เครือข่ายแนวราบ"),
                "vertical": ("แนวตั้ง",)}


class MemberLink(_Concept):
    """The three kinds of member link (seed 004).

    Example:
        >>> [m.value for m in MemberLink]
        ['person_person', 'person_group', 'group_group']
    """

    PERSON_PERSON = "person_person"
    PERSON_GROUP = "person_group"
    GROUP_GROUP = "group_group"

    @classmethod
    def _kind(cls) -> str:
        return "member_link"


class TieKind(_Concept):
    """Bonding, bridging and linking ties (Szreter & Woolcock 2004; Woolcock 2001).

    Example:
        >>> TieKind.LINKING.orientation is Orientation.VERTICAL
        True
    """

    BONDING = "bonding"
    BRIDGING = "bridging"
    LINKING = "linking"

    @classmethod
    def _kind(cls) -> str:
        return "tie_kind"

    @property
    def orientation(self) -> Orientation:
        """Linking ties cross levels of power: vertical; the others are horizontal."""
        return Orientation.VERTICAL if self is TieKind.LINKING else Orientation.HORIZONTAL


def tie_kind(level_a: object, sector_a: object, level_b: object, sector_b: object) -> TieKind:
    """The kind of a tie from its two ends: different levels → linking (vertical); same level
    and different sectors → bridging; same level and sector → bonding (a course rule on the
    map's ``level`` and ``sector`` columns, ../shared/domain.md §3.3).

    Example:
        >>> tie_kind("community", "health", "province", "health").value
        'linking'
        >>> tie_kind("district", "health", "district", "media").value
        'bridging'
    """
    if level_a != level_b:
        return TieKind.LINKING
    return TieKind.BONDING if sector_a == sector_b else TieKind.BRIDGING


#: LINK: Learning, Investment, Nurture, Give/Keep (seed 000).
LINK_PHILOSOPHY = Checklist("foundations.link_philosophy", 4, _S000)
#: The four elements of successful networking (seed 004).
ELEMENTS = Checklist("foundations.elements", 4, _S004)
#: The techniques ให้ เกิด เพิ่ม ถูกคน (seed 004).
TECHNIQUES = Checklist("foundations.techniques", 4, _S004)
#: The benefits of building a network (seed 004).
BENEFITS = Checklist("foundations.benefits", 3, _S004)
#: Points to bear in mind when working as a network (seed 004).
CONSIDERATIONS = Checklist("foundations.considerations", 5, _S004)
#: Points on online networks (seed 002).
ONLINE = Checklist("foundations.online", 6, _S002)
