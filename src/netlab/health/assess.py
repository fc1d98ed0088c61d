"""Score the seven components 0–2 with evidence, and report the weakest first with actions.

0 = not there yet, 1 = partly, 2 = clearly there. An aggregated score (a survey's median) may
fall between, e.g. 0.5. This is a structured conversation starter for a network team, not a
validated instrument, and on purpose there is no single "network score".
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netlab._errors import TraineeError, kind_of
from netlab.health.components import Action, Component, actions_for
from netlab.i18n import problems_error, t

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SCORE_RANGE", "ComponentScore", "HealthReport", "assess_health", "level_of"]

#: The lowest and highest score of a component.
SCORE_RANGE = (0.0, 2.0)


def level_of(score: float) -> str:
    """The level a score shows: "weak" (up to 0.5), "partial" (below 1.5) or "strong".

    Example:
        >>> level_of(0), level_of(1), level_of(1.5)
        ('weak', 'partial', 'strong')
    """
    if score <= 0.5:
        return "weak"
    return "partial" if score < 1.5 else "strong"


@dataclass(frozen=True)
class ComponentScore:
    """One component's score, level and the evidence note (may be empty)."""

    component: Component
    score: float
    evidence: str

    @property
    def level(self) -> str:
        """"weak", "partial" or "strong" (see :func:`level_of`)."""
        return level_of(self.score)


@dataclass(frozen=True)
class HealthReport:
    """The result of :func:`assess_health`: components weakest first (ties in the seeds'
    order), the weakest ones, and the actions the seeds recommend for them."""

    components: tuple[ComponentScore, ...]

    @property
    def weakest(self) -> list[Component]:
        """The component(s) with the lowest score."""
        low = self.components[0].score
        return [c.component for c in self.components if c.score == low]

    def actions(self) -> list[Action]:
        """The recommended actions for the weakest component(s), in id order."""
        found: dict[str, Action] = {}
        for component in self.weakest:
            found.update((a.id, a) for a in actions_for(component))
        return [found[k] for k in sorted(found)]

    def score(self, component: object) -> float:
        """The score of one component."""
        wanted = Component.parse(component)
        return next(c.score for c in self.components if c.component is wanted)

    @property
    def note(self) -> str:
        """The honesty note: not a validated instrument, no overall score."""
        return t("health.note")

    def frame(self) -> pd.DataFrame:
        """The report as a table, weakest first: component, label, score, level, evidence."""
        import pandas as pd

        return pd.DataFrame(
            [{"component": c.component.value, "label": c.component.label, "score": c.score,
              "level": t(f"health.level.{c.level}"), "evidence": c.evidence}
             for c in self.components]).set_index("component")

    def __str__(self) -> str:
        lines = [t("health.weakest", components=", ".join(c.label for c in self.weakest))]
        for c in self.components:
            lines.append(t("health.line", component=c.component.label, score=f"{c.score:g}",
                           level=t(f"health.level.{c.level}"),
                           evidence=f" · {c.evidence}" if c.evidence else ""))
        lines.append(t("health.actions_heading"))
        lines += [f"- {a.id}: {a.text}" for a in self.actions()]
        lines.append(self.note)
        return "\n".join(lines)


def _as_mapping(value: object, what: str) -> Mapping[object, object]:
    if hasattr(value, "to_dict") and not isinstance(value, Mapping):
        value = value.to_dict()  # a pandas Series, e.g. a profile's median column
    if not isinstance(value, Mapping):
        raise TraineeError(t("health.error.not_mapping", what=what, got=kind_of(value)))
    return value


def _by_component(raw: Mapping[object, object], problems: list[str]) -> dict[Component, object]:
    out: dict[Component, object] = {}
    for key, value in raw.items():
        try:
            component = Component.parse(key)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        if component in out:
            problems.append(t("health.error.duplicate", component=component.label,
                              key=repr(key)))
        out[component] = value
    return out


def _score(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    number = float(value)
    low, high = SCORE_RANGE
    return number if not math.isnan(number) and low <= number <= high else None


def assess_health(scores: Mapping[object, float],
                  evidence: Mapping[object, str] | None = None) -> HealthReport:
    """Report on the seven components, weakest first, with the seeds' recommended actions.

    Args:
        scores: a score from 0 to 2 for each of the seven components, keyed by the
            component's value ("vision"), English or Thai name (a pandas Series works too).
        evidence: optional notes ``{component: text}``: what you saw that gives the score.

    Raises:
        ValueError: in the active language, naming every unknown, duplicate or missing
            component, every score that is not a number from 0 to 2 and every note that is
            not text.

    Example:
        >>> scores = dict(perception=2, vision=1, interests=2, participation=2,
        ...               complementarity=1, interdependence=0, interaction=2)
        >>> report = assess_health(scores, {"interdependence": "each agency could go alone"})
        >>> [c.value for c in report.weakest], [a.id for a in report.actions()]
        (['interdependence'], ['R08', 'R09', 'R10'])
    """
    problems: list[str] = []
    raw = _by_component(_as_mapping(scores, "scores"), problems)
    notes = _by_component(_as_mapping(evidence or {}, "evidence"), problems)
    missing = [c.label for c in Component if c not in raw]
    if missing:
        problems.append(t("health.error.missing", components=", ".join(missing)))
    clean: dict[Component, float] = {}
    for component, value in raw.items():
        number = _score(value)
        if number is None:
            problems.append(t("health.error.score", component=component.label,
                              value=repr(value), low=0, high=2))
        else:
            clean[component] = number
    for component, note in notes.items():
        if note is not None and not isinstance(note, str):
            problems.append(t("health.error.evidence", component=component.label,
                              got=kind_of(note)))
    if problems:
        raise problems_error("health.error.header", problems)
    order = {c: i for i, c in enumerate(Component)}
    rows = sorted((ComponentScore(c, clean[c], str(notes.get(c) or "").strip())
                   for c in Component), key=lambda r: (r.score, order[r.component]))
    return HealthReport(tuple(rows))
