"""Social mapping: actors, typed ties, and what a network manager reads from the map.

Social mapping starts, as seed 003_1728fab1958287cf.txt describes it, from the effort of local
community work to identify an area's key resources and actors. :class:`SocialMap` turns the
two tables of such a map into networkx graphs and answers the questions of workbook 06: who is a
hub, who bridges, who is a cutpoint, who is isolated, how horizontal or vertical the ties are
(the E-I index on ``level``), who brokers between groups, and what one new tie would change.
Net-Map's influence towers and goals (Schiffer & Hauck 2010) are actor columns.

Example:
    >>> from netlab.mapping import wawee_map
    >>> m = wawee_map()
    >>> len(m.actors), sorted(m.isolates())
    (24, ['W14', 'W24'])
"""

from __future__ import annotations

from netlab.mapping.groups import BROKERAGE_ROLES
from netlab.mapping.model import MEASURE_COLUMNS, SocialMap
from netlab.mapping.vocab import Goal, TieType

__all__ = ["BROKERAGE_ROLES", "MEASURE_COLUMNS", "Goal", "SocialMap", "TieType", "wawee_map"]


def wawee_map() -> SocialMap:
    """The teaching map: the 24 partners of the Wawee network (``partners``) and their ties
    (``ties``), with each partner's Net-Map goal read from its alignment rating
    (:meth:`Goal.from_alignment`) and its influence rating as the tower height.

    Example:
        >>> wawee_map().actors.loc["W05", "goal"]
        'supports'
    """
    from netlab.datasets import load

    partners = load("partners")
    actors = partners.assign(goal=[Goal.from_alignment(r).value for r in partners["alignment"]])
    return SocialMap(actors, load("ties"))
