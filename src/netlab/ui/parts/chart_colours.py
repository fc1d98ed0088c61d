"""The colours of netlab's charts and views: one per problem type, partner role, step and
life-cycle phase. From the Okabe-Ito palette (safe for colour-blind readers), with its light
orange, sky blue, pink and grey darkened or replaced so that every mark is at least 3:1 on
the charts' white background and every card edge on both themes (WCAG 1.4.11); charts also
show each category by shape or label.

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
    ProblemType.COMPLEX.value: "#C17A00",
    ProblemType.SOCIAL_MESS.value: "#D55E00",
}

#: One colour per partner role (Okabe-Ito).
ROLE_COLOURS: Mapping[str, str] = {
    PartnerRole.BOUNDARY.value: "#0072B2",
    PartnerRole.BOTH.value: "#BC5FA0",
    PartnerRole.STRATEGIC.value: "#C17A00",
    PartnerRole.INDIRECT.value: "#767676",
}

#: One colour per step of building a network (Okabe-Ito).
STEP_COLOURS: Mapping[str, str] = {
    "awareness": "#7B61A8", "alliance": "#0072B2", "relationship": "#009E73",
    "continuity": "#C17A00",
}

#: One colour per life-cycle phase (Okabe-Ito).
PHASE_COLOURS: Mapping[str, str] = {
    "emerging": "#7B61A8", "existing": "#009E73", "changing": "#C17A00", "ending": "#767676",
}

#: One shape per category (problem type, partner role), beside its colour.
SHAPES = ("circle", "square", "triangle-up", "triangle-down")
