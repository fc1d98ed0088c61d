"""The seven components of a network, the seeds' recommended actions, stability factors and
obstacles.

The seven components are in seeds 001_8e630874275106d8.txt and 004_ccf01575457a4d2f.txt (traced
to เกรียงศักดิ์ เจริญวงศ์ศักดิ์ via พระมหาสุทิตย์ อาภากโร 2547; ../shared/domain.md §3.1). The actions
paraphrase the recommendations of seeds 001 (suggestions for sustainable development), 003
(the Wawee case's practices, proposals to strengthen a network) and 004.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from netlab._labels import CatalogueEnum
from netlab.i18n import t
from netlab.steps.checklists import Checklist

__all__ = ["ACTIONS", "OBSTACLES", "PROPOSALS", "STABILITY", "SUSTAINABILITY", "Action",
           "Component", "actions_for"]


class Component(CatalogueEnum):
    """One of the seven components of a network, in the seeds' order.

    Example:
        >>> Component.parse("common vision") is Component.VISION
        True
    """

    PERCEPTION = "perception"
    VISION = "vision"
    INTERESTS = "interests"
    PARTICIPATION = "participation"
    COMPLEMENTARITY = "complementarity"
    INTERDEPENDENCE = "interdependence"
    INTERACTION = "interaction"

    @classmethod
    def _prefix(cls) -> str:
        return "health.component"

    @classmethod
    def _error_key(cls) -> str:
        return "health.error.unknown_component"

    @classmethod
    def _aliases(cls) -> Mapping[str, tuple[str, ...]]:
        return _ALIASES

    @property
    def short(self) -> str:
        """A short name for charts (active language)."""
        return self._text("short")

    @property
    def meaning(self) -> str:
        """What the component means (active language)."""
        return self._text("meaning")

    @property
    def weak_sign(self) -> str:
        """What members notice when the component is weak (active language)."""
        return self._text("weak_sign")


_ALIASES = {
    "perception": ("common perception", "shared perception"),
    "vision": ("common vision", "shared vision"),
    "interests": ("mutual interests", "mutual benefits", "mutual interests/benefits",
                  "benefits"),
    "participation": ("stakeholder participation", "stakeholders participation"),
    "complementarity": ("complementary relationship", "complementary"),
    "interdependence": ("interdependent",),
    "interaction": ("interactions",),
}


@dataclass(frozen=True)
class Action:
    """A recommended action: its id, the components it strengthens, the seed it comes from.

    Example:
        >>> ACTIONS["R09"].components
        (<Component.INTERDEPENDENCE: 'interdependence'>,)
    """

    id: str
    components: tuple[Component, ...]
    source: str  # citation key(s), comma-separated: catalogue ``source.<key>``

    @property
    def text(self) -> str:
        """The action in the active language."""
        return t(f"health.action.{self.id}")


# Citation keys (catalogue ``source.<key>``: the short citation a trainee reads).
_S001, _S003, _S004 = "slides-networking", "workshop-2560", "lecture-notes-networking"
_C = Component
_TABLE = (
    ("R01", (_C.VISION,), f"{_S001}, course"),  # the seed's aim; the workshop is ours
    ("R02", (_C.VISION, _C.PARTICIPATION), _S003),
    ("R03", (_C.VISION, _C.PERCEPTION), _S001),
    ("R04", (_C.PERCEPTION, _C.VISION), _S003),
    ("R05", (_C.PERCEPTION, _C.COMPLEMENTARITY), _S001),
    ("R06", (_C.INTERESTS,), f"{_S001}, {_S004}"),
    ("R07", (_C.INTERESTS,), _S003),
    ("R08", (_C.INTERESTS, _C.INTERDEPENDENCE), _S003),
    ("R09", (_C.INTERDEPENDENCE,), _S003),
    ("R10", (_C.INTERDEPENDENCE, _C.COMPLEMENTARITY), _S001),
    ("R11", (_C.COMPLEMENTARITY,), _S001),
    ("R12", (_C.COMPLEMENTARITY,), _S003),
    ("R13", (_C.PARTICIPATION,), f"{_S001}, {_S004}"),
    ("R14", (_C.PARTICIPATION, _C.INTERACTION), _S001),
    ("R15", (_C.PARTICIPATION,), f"{_S003}, {_S001}"),
    ("R16", (_C.INTERACTION,), f"{_S003}, {_S001}"),
    ("R17", (_C.INTERACTION,), f"{_S003}, {_S001}"),
    ("R18", (_C.INTERACTION, _C.PERCEPTION), _S003),
)

#: The recommended actions by id, in order.
ACTIONS: Mapping[str, Action] = MappingProxyType(
    {aid: Action(aid, comps, source) for aid, comps, source in _TABLE})


def actions_for(component: object) -> list[Action]:
    """The recommended actions that strengthen a component, in id order.

    Raises:
        ValueError: an unknown component, naming it and the allowed ones.

    Example:
        >>> [a.id for a in actions_for("interdependence")]
        ['R08', 'R09', 'R10']
    """
    wanted = Component.parse(component)
    return [action for action in ACTIONS.values() if wanted in action.components]


#: The factors for a network's stability (seed 003), to tick as a team.
STABILITY = Checklist("health.stability", 14, _S003)
#: The obstacles to building a network (seed 004), to watch for.
OBSTACLES = Checklist("health.obstacle", 6, _S004)
#: Five proposals to make a network more stable (seed 003, after its stability factors).
PROPOSALS = Checklist("health.proposals", 5, _S003)
#: Eleven suggestions for developing a network that lasts (seed 001, in its order).
SUSTAINABILITY = Checklist("health.sustainability", 11, _S001)
