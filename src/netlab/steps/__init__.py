"""The four steps of building a network, its life cycle, and the checklists for keeping it.

From the 2017 workshop report (seed 003_1728fab1958287cf.txt): four steps (:class:`Step`) and
the four phases of the life cycle of social phenomena (:class:`Phase`); from seed
001_8e630874275106d8.txt: the six principles for maintaining a network and the qualities of core
members (:data:`MAINTENANCE`, :data:`CORE_QUALITIES`, :func:`score_checklist`).
:func:`diagnose_stage` reads the likely step and phase from eleven observable signs.

Example:
    >>> from netlab.steps import INDICATOR_KEYS, diagnose_stage
    >>> signs = dict.fromkeys(INDICATOR_KEYS, True)
    >>> signs.update(contact_falling=False, purpose_shifting=False, purpose_ended=False)
    >>> diagnose_stage(signs).step.value
    'continuity'
"""

from netlab.steps.checklists import (
    CORE_QUALITIES,
    MAINTENANCE,
    Checklist,
    ChecklistResult,
    score_checklist,
)
from netlab.steps.diagnose import (
    INDICATOR_KEYS,
    INDICATORS,
    Indicator,
    StageDiagnosis,
    diagnose_stage,
)
from netlab.steps.model import Phase, Step

__all__ = [
    "CORE_QUALITIES", "INDICATORS", "INDICATOR_KEYS", "MAINTENANCE", "Checklist",
    "ChecklistResult", "Indicator", "Phase", "StageDiagnosis", "Step", "diagnose_stage",
    "score_checklist",
]
