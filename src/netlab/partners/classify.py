"""Classify an actor from the six yes/no answers: the role, and the reasons for it.

The rule (the course's synthesis of Outcome Mapping guidance, ../shared/domain.md §1.5):

1. Not worked with directly -> ``INDIRECT`` (context, or a future boundary partner to reach
   through someone who can influence it).
2. The boundary-partner test: the programme intends to change the actor and will invest in it,
   an outcome challenge can be written for it, and it is within the sphere of influence.
3. The strategic-partner test: its main role is to provide resources, or it co-implements as
   a peer.
4. Both tests -> ``BOTH``; one -> that role; neither -> ``INDIRECT``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from netlab._frames import frame_index, records
from netlab.i18n import Message, t
from netlab.partners.questions import ANSWER_KEYS, PARTNER_QUESTIONS, validate_partner_answers
from netlab.partners.roles import PartnerRole

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PartnerClassification", "classify_partner", "classify_partners"]

# Which answers feed which test, as the questions declare it.
_BOUNDARY_TEST = tuple(k for k, q in PARTNER_QUESTIONS.items() if q.test == "boundary")
_STRATEGIC_TEST = tuple(k for k, q in PARTNER_QUESTIONS.items() if q.test == "strategic")


@dataclass(frozen=True)
class PartnerClassification:
    """The result of :func:`classify_partner`; it explains itself.

    Attributes:
        role: the partner role.
        answers: the validated answers.
        boundary_test: the boundary-partner test is met (and the actor is reached directly).
        strategic_test: the strategic-partner test is met (and the actor is reached directly).
        future_boundary: out of reach now, but the programme would like it to change: a future
            boundary partner, to be reached through an actor who can influence it.
    """

    role: PartnerRole
    answers: Mapping[str, bool]
    boundary_test: bool
    strategic_test: bool
    future_boundary: bool
    messages: tuple[Message, ...] = field(default=(), repr=False)

    @property
    def reasons(self) -> list[str]:
        """Why this role: sentences in the active language."""
        return [m.render() for m in self.messages]

    def summary(self) -> str:
        """One line: the role and what to do with the actor."""
        return t("partners.summary", role=self.role.label, next_step=self.role.next_step)

    def __str__(self) -> str:
        return "\n".join([self.summary(), *("- " + r for r in self.reasons)])


def _labels(keys: list[str]) -> tuple[Message, ...]:
    """The questions' short labels, rendered (as a list) in whatever language is asked for."""
    return tuple(Message(f"partners.q.{k}.short") for k in keys)


def classify_partner(answers: Mapping[str, bool]) -> PartnerClassification:
    """Classify one actor from the six yes/no answers.

    Args:
        answers: ``{"direct": bool, "intend_change": bool, "outcome_challenge": bool,
            "provides_resources": bool, "co_implements": bool, "in_influence": bool}``.

    Returns:
        A :class:`PartnerClassification` with ``.role`` and ``.reasons`` (active language).

    Raises:
        ValueError: in the active language, naming every unknown or missing key and every
            value that is not True or False.

    Example:
        >>> sao = dict(direct=True, intend_change=True, outcome_challenge=True,
        ...            provides_resources=True, co_implements=True, in_influence=True)
        >>> classify_partner(sao).role.value
        'both'
        >>> funder = dict(sao, intend_change=False, outcome_challenge=False, co_implements=False)
        >>> classify_partner(funder).role.value
        'strategic'
    """
    clean = validate_partner_answers(answers)
    messages: list[Message] = []
    strategic_parts = [k for k in _STRATEGIC_TEST if clean[k]]
    if not clean["direct"]:
        future = clean["intend_change"]
        messages.append(Message("partners.reason.not_direct"))
        if future:
            messages.append(Message("partners.reason.future_boundary"))
        elif strategic_parts:
            messages.append(Message("partners.reason.supports_from_afar"))
        else:
            messages.append(Message("partners.reason.context"))
        return PartnerClassification(PartnerRole.INDIRECT, MappingProxyType(clean), False,
                                     False, future, tuple(messages))

    missing = [k for k in _BOUNDARY_TEST if not clean[k]]
    boundary = not missing
    strategic = bool(strategic_parts)
    messages.append(Message("partners.reason.direct"))
    if boundary:
        messages.append(Message("partners.reason.boundary_met"))
    elif clean["intend_change"]:
        messages.append(Message("partners.reason.boundary_partial",
                                {"missing": _labels(missing)}))
    else:
        messages.append(Message("partners.reason.no_intent"))
    if strategic:
        messages.append(Message("partners.reason.strategic_met",
                                {"parts": _labels(strategic_parts)}))
    else:
        messages.append(Message("partners.reason.strategic_not_met"))
    if boundary and strategic:
        role = PartnerRole.BOTH
    elif boundary:
        role = PartnerRole.BOUNDARY
    elif strategic:
        role = PartnerRole.STRATEGIC
    else:
        role = PartnerRole.INDIRECT
    future = role is PartnerRole.INDIRECT and clean["intend_change"]
    messages.append(Message(f"partners.reason.conclusion.{role.value}"))
    return PartnerClassification(role, MappingProxyType(clean), boundary, strategic, future,
                                 tuple(messages))


def classify_partners(df: pd.DataFrame) -> pd.DataFrame:
    """Classify every actor (row) of a table that has the six answer columns.

    Args:
        df: one actor per row with the columns of :data:`ANSWER_KEYS` (other columns are
            ignored). With an ``id`` column the result is indexed by it, else by ``df.index``.

    Returns:
        A DataFrame with ``role`` (the value, e.g. "boundary"), ``role_label`` (active
        language), ``boundary_test``, ``strategic_test`` and ``reasons`` (one text).

    Raises:
        ValueError: a missing answer column, or a bad answer, naming the row.

    Example:
        >>> from netlab.datasets import load
        >>> roles = classify_partners(load("partners"))
        >>> roles.loc["W03", "role"]
        'both'
    """
    import pandas as pd

    rows = []
    for _, result in records(df, ANSWER_KEYS, "partners.error.columns", "partners.error.row",
                             classify_partner):
        rows.append({"role": result.role.value, "role_label": result.role.label,
                     "boundary_test": result.boundary_test,
                     "strategic_test": result.strategic_test,
                     "reasons": " ".join(result.reasons)})
    return pd.DataFrame(rows, index=frame_index(df),
                        columns=["role", "role_label", "boundary_test", "strategic_test",
                                 "reasons"])
