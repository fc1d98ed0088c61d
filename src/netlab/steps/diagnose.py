"""Diagnose a network's likely step and life-cycle phase from signs a trainee can observe.

The rule is this course's teaching heuristic, not a validated instrument:

- each step has two observable signs; its score is the share of them present;
- the likely step is the furthest step with at least half its signs (none: awareness);
- the runner-up is the other step with the highest score above 0 (ties: the nearest to the
  likely step, then the lower one), so that a trainee looks again;
- an earlier step with fewer than half its signs gives a warning: steps build on each other;
- the phase: the purpose met or abandoned -> ending; the purpose being changed on purpose, or
  contact falling -> changing; otherwise steps 1-2 -> emerging and steps 3-4 -> existing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from netlab._answers import YesNoQuestion, validate_flags
from netlab.i18n import Message, t
from netlab.steps.model import Phase, Step

__all__ = ["INDICATORS", "INDICATOR_KEYS", "Indicator", "StageDiagnosis", "diagnose_stage"]


class Indicator(YesNoQuestion):
    """An observable sign; ``group`` is the step value it is evidence for, or "phase".

    Example:
        >>> INDICATORS["joint_work"].group
        'relationship'
    """

    prefix = "steps.indicator"


_GROUPS = {
    "need_recognised": Step.AWARENESS, "core_team": Step.AWARENESS,
    "partners_agreed": Step.ALLIANCE, "coordination": Step.ALLIANCE,
    "joint_work": Step.RELATIONSHIP, "benefits_seen": Step.RELATIONSHIP,
    "lesson_learning": Step.CONTINUITY, "new_leaders": Step.CONTINUITY,
    "contact_falling": "phase", "purpose_shifting": "phase", "purpose_ended": "phase",
}

#: The eleven signs, keyed (and iterable) by key, in the order they are asked.
INDICATORS: Mapping[str, Indicator] = MappingProxyType(
    {key: Indicator(key, str(group)) for key, group in _GROUPS.items()})
#: The indicator keys as plain strings, in order.
INDICATOR_KEYS: tuple[str, ...] = tuple(INDICATORS)
_SIGNS = {step: tuple(k for k, g in _GROUPS.items() if g is step) for step in Step}
_THRESHOLD = 0.5


@dataclass(frozen=True)
class StageDiagnosis:
    """The result of :func:`diagnose_stage`; it explains itself.

    Attributes:
        step: the likely step. step_runner_up: the next most likely step, or None.
        phase: the likely phase. phase_runner_up: the next most likely phase.
        scores: each step's share of signs present (0, 0.5 or 1).
        answers: the validated answers.
    """

    step: Step
    step_runner_up: Step | None
    phase: Phase
    phase_runner_up: Phase
    scores: Mapping[Step, float]
    answers: Mapping[str, bool]
    messages: tuple[Message, ...] = field(default=(), repr=False)

    @property
    def reasons(self) -> list[str]:
        """Why this step and phase: sentences in the active language."""
        return [m.render() for m in self.messages]

    def summary(self) -> str:
        """One line: the likely step and phase."""
        return t("steps.summary", number=self.step.number, step=self.step.label,
                 phase=self.phase.label)

    def __str__(self) -> str:
        return "\n".join([self.summary(), *("- " + r for r in self.reasons)])


def _signs(keys: tuple[str, ...]) -> tuple[Message, ...]:
    return tuple(Message(f"steps.indicator.{k}.short") for k in keys)


def _step_name(step: Step) -> Message:
    return Message("steps.step_ref", {"number": step.number, "step": Message(
        f"steps.step.{step.value}.short")})


def _runner_up(scores: Mapping[Step, float], likely: Step) -> Step | None:
    others = [s for s in Step if s is not likely and scores[s] > 0]
    if not others:
        return None
    return min(others, key=lambda s: (-scores[s], abs(s.number - likely.number), s.number))


def _phase(clean: Mapping[str, bool], step: Step) -> tuple[Phase, Phase, Message]:
    by_step = Phase.EMERGING if step.number <= 2 else Phase.EXISTING
    if clean["purpose_ended"]:
        return Phase.ENDING, Phase.CHANGING, Message("steps.reason.phase.ending")
    if clean["purpose_shifting"]:
        second = Phase.ENDING if clean["contact_falling"] else by_step
        return Phase.CHANGING, second, Message("steps.reason.phase.shifting")
    if clean["contact_falling"]:
        return Phase.CHANGING, Phase.ENDING, Message("steps.reason.phase.falling")
    if by_step is Phase.EMERGING:
        return by_step, Phase.EXISTING, Message("steps.reason.phase.emerging")
    return by_step, Phase.CHANGING, Message("steps.reason.phase.existing")


def diagnose_stage(answers: Mapping[str, bool]) -> StageDiagnosis:
    """The likely step and phase of a network from eleven observable signs.

    Args:
        answers: True/False for every key of :data:`INDICATOR_KEYS`.

    Returns:
        A :class:`StageDiagnosis` with the step, the phase, their runners-up, each step's
        score and the reasons (active language).

    Raises:
        ValueError: in the active language, naming every unknown or missing key and every
            value that is not True or False.

    Example:
        >>> signs = dict.fromkeys(INDICATOR_KEYS, False)
        >>> signs.update(need_recognised=True, core_team=True, partners_agreed=True)
        >>> result = diagnose_stage(signs)
        >>> result.step.value, result.phase.value, result.step_runner_up.value
        ('alliance', 'emerging', 'awareness')
    """
    clean = validate_flags(answers, INDICATOR_KEYS, header_key="steps.error.header",
                           not_mapping_key="steps.error.not_mapping")
    scores = {step: sum(clean[k] for k in keys) / len(keys) for step, keys in _SIGNS.items()}
    reached = [s for s in Step if scores[s] >= _THRESHOLD]
    likely = reached[-1] if reached else Step.AWARENESS
    messages: list[Message] = []
    for step in Step:
        present = tuple(k for k in _SIGNS[step] if clean[k])
        if present:
            messages.append(Message("steps.reason.evidence", {
                "step": _step_name(step), "signs": _signs(present),
                "count": len(present), "total": len(_SIGNS[step])}))
    if reached:
        messages.append(Message("steps.reason.likely", {"step": _step_name(likely)}))
    else:
        messages.append(Message("steps.reason.no_evidence"))
    for step in Step:
        if step.number < likely.number and scores[step] < _THRESHOLD:
            missing = tuple(k for k in _SIGNS[step] if not clean[k])
            messages.append(Message("steps.reason.gap", {"step": _step_name(step),
                                                         "signs": _signs(missing)}))
    second = _runner_up(scores, likely)
    if second is not None:
        messages.append(Message("steps.reason.runner_up", {"step": _step_name(second)}))
    phase, phase_second, phase_reason = _phase(clean, likely)
    messages.append(phase_reason)
    return StageDiagnosis(likely, second, phase, phase_second, MappingProxyType(scores),
                          MappingProxyType(clean), tuple(messages))
