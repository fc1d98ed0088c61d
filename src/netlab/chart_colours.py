"""The colours of netlab's charts and views: one per problem type, partner role, step and
life-cycle phase (Okabe-Ito, safe for colour-blind readers).

Example:
    >>> sorted(STEP_COLOURS)
    ['alliance', 'awareness', 'continuity', 'relationship']
"""

from __future__ import annotations

from collections.abc import Mapping

from netlab.partners import PartnerRole
from netlab.problems import ProblemType

__all__ = ["PHASE_COLOURS", "ROLE_COLOURS", "STEP_COLOURS", "TYPE_COLOURS"]

#: One colour per problem type (colour-blind safe, from the Okabe-Ito palette).
TYPE_COLOURS: Mapping[str, str] = {
    ProblemType.SIMPLE.value: "#009E73",
    ProblemType.TECHNICAL.value: "#0072B2",
    ProblemType.COMPLEX.value: "#E69F00",
    ProblemType.SOCIAL_MESS.value: "#D55E00",
}

#: One colour per partner role (Okabe-Ito).
ROLE_COLOURS: Mapping[str, str] = {
    PartnerRole.BOUNDARY.value: "#0072B2",
    PartnerRole.BOTH.value: "#CC79A7",
    PartnerRole.STRATEGIC.value: "#E69F00",
    PartnerRole.INDIRECT.value: "#999999",
}

#: One colour per step of building a network (Okabe-Ito).
STEP_COLOURS: Mapping[str, str] = {
    "awareness": "#56B4E9", "alliance": "#0072B2", "relationship": "#009E73",
    "continuity": "#E69F00",
}

#: One colour per life-cycle phase (Okabe-Ito).
PHASE_COLOURS: Mapping[str, str] = {
    "emerging": "#56B4E9", "existing": "#009E73", "changing": "#E69F00", "ending": "#999999",
}
