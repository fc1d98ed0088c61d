"""The seven-component health check of a network.

Score each component of seeds 001_8e630874275106d8.txt / 004_ccf01575457a4d2f.txt from 0 to 2
with evidence (:func:`assess_health`), or aggregate members' survey answers into a profile with
spread (:func:`survey_profile`); the report lists the weakest components first with the
recommended actions of the seeds (:data:`ACTIONS`). :data:`STABILITY` (seed 003) and
:data:`OBSTACLES` (seed 004) are checklists for the team. Not a validated instrument.

Example:
    >>> from netlab.health import Component, assess_health
    >>> report = assess_health(dict.fromkeys([c.value for c in Component], 2) | {"vision": 1})
    >>> report.weakest
    [<Component.VISION: 'vision'>]
"""

from netlab.health.assess import (
    SCORE_RANGE,
    ComponentScore,
    HealthReport,
    assess_health,
    level_of,
)
from netlab.health.components import (
    ACTIONS,
    OBSTACLES,
    PROPOSALS,
    STABILITY,
    SUSTAINABILITY,
    Action,
    Component,
    actions_for,
)
from netlab.health.survey import COMPONENT_KEYS, PROFILE_COLUMNS, survey_profile

__all__ = [
    "ACTIONS", "COMPONENT_KEYS", "OBSTACLES", "PROFILE_COLUMNS", "PROPOSALS", "SCORE_RANGE",
    "STABILITY", "SUSTAINABILITY", "Action", "Component", "ComponentScore", "HealthReport",
    "actions_for", "assess_health", "level_of", "survey_profile",
]
