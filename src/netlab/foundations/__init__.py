"""What a network is: origins, horizontal and vertical, member links, tie kinds, and the
seeds' lists (LINK, elements, techniques, benefits, points to bear in mind, online networks).

Domain only: no widgets, no charts. The obstacles of seed 004 are
:data:`netlab.health.OBSTACLES`.

Example:
    >>> from netlab.foundations import Origin, tie_kind
    >>> Origin.parse("natural").label != ""
    True
    >>> tie_kind("subdistrict", "health", "subdistrict", "health").value
    'bonding'
"""

from netlab.foundations.concepts import (
    BENEFITS,
    CONSIDERATIONS,
    ELEMENTS,
    LINK_PHILOSOPHY,
    ONLINE,
    TECHNIQUES,
    MemberLink,
    Orientation,
    Origin,
    TieKind,
    tie_kind,
)

__all__ = ["BENEFITS", "CONSIDERATIONS", "ELEMENTS", "LINK_PHILOSOPHY", "ONLINE", "TECHNIQUES",
           "MemberLink", "Orientation", "Origin", "TieKind", "tie_kind"]
