"""The four steps of building a network and the four phases of its life cycle.

Both come from the 2017 workshop report (seed 003_1728fab1958287cf.txt): the steps are the work
a network is doing (awareness and formation; alliances and management; relationships and use;
maintenance and continuity); the phases are where it stands in its life (coming into being,
existing, changing, ending). The sequence of steps is the workshop's; ../shared/domain.md §3.2
lists the international models that resemble it.
"""

from __future__ import annotations

from collections.abc import Mapping

from netlab._labels import CatalogueEnum

__all__ = ["Phase", "Step"]

#: How many typical activities, manager's questions and watch-fors each step has.
_PARTS = {"activity": 3, "question": 3, "watch": 2}


class Step(CatalogueEnum):
    """One of the four steps of building a network, in order.

    Example:
        >>> Step.parse("2") is Step.ALLIANCE, Step.parse(3) is Step.RELATIONSHIP
        (True, True)
        >>> Step.RELATIONSHIP.number
        3
    """

    AWARENESS = "awareness"
    ALLIANCE = "alliance"
    RELATIONSHIP = "relationship"
    CONTINUITY = "continuity"

    @classmethod
    def _prefix(cls) -> str:
        return "steps.step"

    @classmethod
    def _error_key(cls) -> str:
        return "steps.error.unknown_step"

    @classmethod
    def _aliases(cls) -> Mapping[str, tuple[str, ...]]:
        return {step.value: (str(step.number), f"step {step.number}",
                             f"ขั้นที่ {step.number}", f"ขั้น {step.number}",
                             step.short_en, step._text("short", "th")) for step in cls}

    @classmethod
    def parse(cls, value: object) -> Step:
        """Read a step from its value, name, number (1-4, also as text) or Thai name.

        Raises:
            ValueError: in the active language, naming the value and the allowed ones.
        """
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= len(cls):
            return list(cls)[value - 1]
        return super().parse(value)

    @property
    def number(self) -> int:
        """1 to 4, the step's place in the sequence."""
        return list(type(self)).index(self) + 1

    @property
    def short(self) -> str:
        """A short name for charts and lists (active language)."""
        return self._text("short")

    @property
    def short_en(self) -> str:
        """The short English name."""
        return self._text("short", "en")

    @property
    def purpose(self) -> str:
        """What the step is for (active language)."""
        return self._text("purpose")

    def _parts(self, part: str) -> list[str]:
        return [self._text(f"{part}.{n}") for n in range(1, _PARTS[part] + 1)]

    @property
    def activities(self) -> list[str]:
        """Typical activities of the step (active language)."""
        return self._parts("activity")

    @property
    def questions(self) -> list[str]:
        """The questions a network manager asks at this step (active language)."""
        return self._parts("question")

    @property
    def watch_for(self) -> list[str]:
        """What to watch for at this step (active language)."""
        return self._parts("watch")

    @property
    def anchor(self) -> str:
        """The closest international model, in a sentence (active language)."""
        return self._text("anchor")


class Phase(CatalogueEnum):
    """A phase of the life cycle of a social phenomenon, and so of a network (seed 003).

    Example:
        >>> Phase.parse("การสิ้นสุดลง") is Phase.ENDING
        True
    """

    EMERGING = "emerging"
    EXISTING = "existing"
    CHANGING = "changing"
    ENDING = "ending"

    @classmethod
    def _prefix(cls) -> str:
        return "steps.phase"

    @classmethod
    def _error_key(cls) -> str:
        return "steps.error.unknown_phase"

    @classmethod
    def _aliases(cls) -> Mapping[str, tuple[str, ...]]:
        return _PHASE_ALIASES

    @property
    def meaning(self) -> str:
        """What the phase means (active language)."""
        return self._text("meaning")

    @property
    def tools(self) -> str:
        """What a network manager does in this phase (active language)."""
        return self._text("tools")


_PHASE_ALIASES = {
    "emerging": ("coming into being", "forming", "birth", "เกิดขึ้น", "ก่อกำเนิด"),
    "existing": ("being", "exists", "ดำรงอยู่"),
    "changing": ("change", "เปลี่ยนแปลง"),
    "ending": ("end", "ended", "สิ้นสุด"),
}
