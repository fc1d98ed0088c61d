"""The strategy map of Outcome Mapping: six cells of strategies for one boundary partner.

Strategies are aimed at the individual partner (I) or at its environment (E), and are causal
(1: directly produce an output), persuasive (2: open new thinking, build skills) or supportive
(3: sustained support over time). A partner served only by causal strategies is flagged: the
programme hands things over but does not build the partner's own capacity to change.

Example:
    >>> review = review_strategy("W02", {"I1": ["hand out wheelchairs"]})
    >>> review.codes("warning")
    ['causal_only']
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from netlab._errors import TraineeError, kind_of
from netlab.i18n import Message, problems_error, t
from netlab.partners.review import Finding, Review

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["STRATEGY_CELLS", "StrategyMap", "StrategyTarget", "StrategyType", "cell_key",
           "review_strategy"]


class StrategyTarget(StrEnum):
    """Whom a strategy is aimed at: the partner itself, or its environment."""

    INDIVIDUAL = "I"
    ENVIRONMENT = "E"

    @property
    def label(self) -> str:
        """The name in the active language."""
        return t(f"partners.strategy.target.{self.value}")


class StrategyType(StrEnum):
    """The three kinds of strategy, numbered 1-3 in the map's cells."""

    CAUSAL = "causal"
    PERSUASIVE = "persuasive"
    SUPPORTIVE = "supportive"

    @property
    def number(self) -> int:
        """1 causal, 2 persuasive, 3 supportive."""
        return list(StrategyType).index(self) + 1

    @property
    def label(self) -> str:
        """The name in the active language."""
        return t(f"partners.strategy.type.{self.value}")


#: The six cells: I1 I2 I3 (aimed at the partner), E1 E2 E3 (aimed at its environment).
STRATEGY_CELLS: tuple[str, ...] = tuple(
    f"{target.value}{kind.number}" for target in StrategyTarget for kind in StrategyType)

_NAMES = {kind.value: str(kind.number) for kind in StrategyType}


def cell_key(value: object) -> str:
    """The canonical cell name ("I1" ... "E3") of ``"I1"``, ``"i-1"``, ``"E-persuasive"``.

    Raises:
        ValueError: in the active language, naming the value and the six cells.

    Example:
        >>> cell_key("e-supportive"), cell_key("I 2")
        ('E3', 'I2')
    """
    if isinstance(value, str):
        match = re.fullmatch(r"\s*([IiEe])[\s_\-]*([123]|[A-Za-z]+)\s*", value)
        if match:
            kind = _NAMES.get(match.group(2).lower(), match.group(2))
            key = match.group(1).upper() + kind
            if key in STRATEGY_CELLS:
                return key
    raise TraineeError(t("partners.error.cell", value=repr(value),
                       allowed=", ".join(STRATEGY_CELLS)))


@dataclass(frozen=True)
class StrategyMap:
    """The strategies for one partner, by cell.

    Example:
        >>> m = StrategyMap.from_mapping("W02", {"I1": ["loan equipment"], "E2": ["radio"]})
        >>> m.causal_only, m.filled
        (False, ('I1', 'E2'))
    """

    partner: str
    cells: Mapping[str, tuple[str, ...]]

    @classmethod
    def from_mapping(cls, partner: object, cells: object) -> StrategyMap:
        """Read ``{"I1": [strategy, ...], ...}``; cells may be left out.

        Raises:
            ValueError: in the active language, naming every problem: an empty partner, a
                cell name that is not one of the six, a strategy that is empty or not text.
        """
        problems: list[str] = []
        if not isinstance(partner, str) or not partner.strip():
            problems.append(t("partners.error.empty_text", field="partner"))
        if not isinstance(cells, Mapping):
            kind = kind_of(cells)
            problems.append(t("partners.error.not_mapping_cells", got=kind,
                              allowed=", ".join(STRATEGY_CELLS)))
            cells = {}
        clean: dict[str, list[str]] = {key: [] for key in STRATEGY_CELLS}
        for raw, items in cells.items():
            try:
                key = cell_key(raw)
            except ValueError as exc:
                problems.append(str(exc))
                continue
            if isinstance(items, str) or not isinstance(items, Sequence):
                problems.append(t("partners.error.not_list", field=key,
                                  kind=type(items).__name__))
                continue
            for i, item in enumerate(items):
                if not isinstance(item, str) or not item.strip():
                    problems.append(t("partners.error.empty_text", field=f"{key}[{i}]"))
                else:
                    clean[key].append(" ".join(item.split()))
        if problems:
            raise problems_error("partners.error.strategy_header", problems)
        return cls(str(partner).strip(),
                   MappingProxyType({k: tuple(v) for k, v in clean.items()}))

    @property
    def filled(self) -> tuple[str, ...]:
        """The cells that hold at least one strategy, in map order."""
        return tuple(k for k in STRATEGY_CELLS if self.cells[k])

    @property
    def causal_only(self) -> bool:
        """True when there are strategies and every one of them is causal (I1 or E1)."""
        return bool(self.filled) and set(self.filled) <= {"I1", "E1"}

    def frame(self) -> pd.DataFrame:
        """The map as a 2 x 3 table (rows: partner, environment; columns: the three kinds).

        Example:
            >>> StrategyMap.from_mapping("W02", {"I1": ["a", "b"]}).frame().shape
            (2, 3)
        """
        import pandas as pd

        return pd.DataFrame(
            [["; ".join(self.cells[f"{target.value}{kind.number}"]) for kind in StrategyType]
             for target in StrategyTarget],
            index=[f"{target.value} · {target.label}" for target in StrategyTarget],
            columns=[f"{kind.number} · {kind.label}" for kind in StrategyType])


def review_strategy(partner: object, cells: object) -> Review:
    """Review a strategy map: errors for a malformed or empty map, a warning when every
    strategy is causal, notes on an untouched target (the partner or its environment).

    Example:
        >>> r = review_strategy("W02", {"I1": ["loan equipment"], "I3": ["home visits"]})
        >>> r.ok, r.codes("info")
        (True, ['no_environment'])
    """
    subject = t("partners.review.strategy_of", partner=str(partner))
    try:
        smap = StrategyMap.from_mapping(partner, cells)
    except ValueError as exc:
        return Review(subject, (Finding("error", "malformed", Message(
            "partners.review.malformed", {"error": str(exc)})),))
    if not smap.filled:
        return Review(subject, (Finding("error", "empty", Message("partners.review.empty")),))
    findings = [Finding("ok", "filled", Message("partners.review.filled", {
        "count": len(smap.filled), "cells": ", ".join(smap.filled)}))]
    if smap.causal_only:
        findings.append(Finding("warning", "causal_only",
                                Message("partners.review.causal_only")))
    for target, code in ((StrategyTarget.ENVIRONMENT, "no_environment"),
                         (StrategyTarget.INDIVIDUAL, "no_individual")):
        if not any(k.startswith(target.value) for k in smap.filled):
            findings.append(Finding("info", code, Message(f"partners.review.{code}")))
    return Review(subject, tuple(findings))
