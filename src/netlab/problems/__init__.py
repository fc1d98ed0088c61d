"""Problem typing: the four problem types of the Thai course and the diagnostic questions.

The four types (seed 003_1728fab1958287cf.txt) are the course's own synthesis; the crosswalk to
Glouberman & Zimmerman, Cynefin, Rittel & Webber, Horn and others lives in each type's
``anchors``. Typing is a teaching heuristic, not a validated instrument:

1. Nine questions, each answered 0, 1 or 2, are averaged into four dimensions scored 0..1:
   ``knowledge`` (K1-K4), ``agreement`` (S1-S2), ``actors`` (S3) and ``linkage`` (L1-L2).
2. Each type has a profile on those dimensions (:data:`PROFILES`). The problem gets the type
   whose profile is nearest (weighted distance, :data:`WEIGHTS`); the second nearest is the
   runner-up, and the fit of every type is reported.
3. A solution that is known while goals, values or interests conflict (knowledge high, S2 = 0)
   fits no type well. It is always flagged ``boundary``: typed a social mess when the conflict
   reaches the definition of the problem itself, technical otherwise. Close calls (fits within
   :data:`BOUNDARY_MARGIN`) are flagged too.

Example:
    >>> from netlab.problems import type_problem
    >>> recipe = dict(K1=2, K2=2, K3=2, K4=2, S1=2, S2=2, S3=0, L1=0, L2=0)
    >>> type_problem(recipe).type.value
    'simple'
"""

from netlab.problems.model import (
    BOUNDARY_MARGIN,
    DIMENSIONS,
    PROFILES,
    WEIGHTS,
    ProblemTyping,
    dimension_scores,
    type_problem,
    type_problems,
)
from netlab.problems.questions import QUESTION_IDS, QUESTIONS, Question, validate_answers
from netlab.problems.types import ProblemType

__all__ = [
    "BOUNDARY_MARGIN",
    "DIMENSIONS",
    "PROFILES",
    "QUESTIONS",
    "QUESTION_IDS",
    "WEIGHTS",
    "ProblemType",
    "ProblemTyping",
    "Question",
    "dimension_scores",
    "type_problem",
    "type_problems",
    "validate_answers",
]
