"""Partner classification: boundary vs strategic partners, from Outcome Mapping.

Seed 003_1728fab1958287cf.txt asks workshop participants to sort their partners into boundary
partners (BPs) and strategic partners (SPs), a distinction from Outcome Mapping (Earl, Carden &
Smutylo 2001; Thai translation แผนที่ผลลัพธ์, 2004). This package holds:

- :class:`PartnerRole` and :func:`classify_partner` / :func:`classify_partners`: six yes/no
  questions give the role (boundary, strategic, both, indirect) with reasons;
- the AIIM lens (:func:`aiim_quadrant`, :func:`aiim_frame`), never a classifier by itself;
- outcome challenges with expect / like / love to see progress markers
  (:func:`review_outcome`) and the six-cell strategy map (:func:`review_strategy`).

Example:
    >>> from netlab.partners import classify_partner
    >>> parents = dict(direct=True, intend_change=True, outcome_challenge=True,
    ...                provides_resources=False, co_implements=False, in_influence=True)
    >>> classify_partner(parents).role.value
    'boundary'
"""

from netlab.partners.aiim import (
    MIDPOINT,
    RATING_RANGE,
    RATINGS,
    AiimQuadrant,
    aiim_frame,
    aiim_quadrant,
    validate_rating,
)
from netlab.partners.classify import PartnerClassification, classify_partner, classify_partners
from netlab.partners.outcomes import (
    OUTCOME_KEYS,
    SOFT_COUNTS,
    MarkerLevel,
    OutcomeChallenge,
    review_outcome,
)
from netlab.partners.questions import (
    ANSWER_KEYS,
    PARTNER_QUESTIONS,
    PartnerQuestion,
    validate_partner_answers,
)
from netlab.partners.review import Finding, Review
from netlab.partners.roles import PartnerRole
from netlab.partners.strategy import (
    STRATEGY_CELLS,
    StrategyMap,
    StrategyTarget,
    StrategyType,
    cell_key,
    review_strategy,
)

__all__ = [
    "ANSWER_KEYS", "MIDPOINT", "OUTCOME_KEYS", "PARTNER_QUESTIONS", "RATINGS", "RATING_RANGE",
    "SOFT_COUNTS", "STRATEGY_CELLS", "AiimQuadrant", "Finding", "MarkerLevel",
    "OutcomeChallenge", "PartnerClassification", "PartnerQuestion", "PartnerRole", "Review",
    "StrategyMap", "StrategyTarget", "StrategyType", "aiim_frame", "aiim_quadrant", "cell_key",
    "classify_partner", "classify_partners", "review_outcome", "review_strategy",
    "validate_partner_answers", "validate_rating",
]
