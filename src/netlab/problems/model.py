"""The typing model: dimension scores, profiles, nearest-profile typing with reasons."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from netlab._frames import frame_index, records
from netlab.i18n import Message, t
from netlab.problems.questions import QUESTION_IDS, QUESTIONS, validate_answers
from netlab.problems.types import ProblemType

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BOUNDARY_MARGIN", "DIMENSIONS", "PROFILES", "WEIGHTS", "ProblemTyping",
    "dimension_scores", "type_problem", "type_problems",
]


#: The four dimensions, in the order profiles are written.
DIMENSIONS: tuple[str, ...] = ("knowledge", "agreement", "actors", "linkage")

#: Where each type sits on the dimensions (0..1). knowledge and agreement: higher is easier;
#: actors and linkage: higher is harder.
PROFILES: Mapping[ProblemType, Mapping[str, float]] = MappingProxyType({
    ProblemType.SIMPLE: MappingProxyType(
        {"knowledge": 1.0, "agreement": 1.0, "actors": 0.0, "linkage": 0.0}),
    ProblemType.TECHNICAL: MappingProxyType(
        {"knowledge": 0.75, "agreement": 1.0, "actors": 0.5, "linkage": 0.25}),
    ProblemType.COMPLEX: MappingProxyType(
        {"knowledge": 0.25, "agreement": 0.75, "actors": 0.75, "linkage": 0.75}),
    ProblemType.SOCIAL_MESS: MappingProxyType(
        {"knowledge": 0.0, "agreement": 0.0, "actors": 1.0, "linkage": 1.0}),
})

#: Weight of each dimension in the distance: disagreement makes a problem wicked more than
#: anything else (Roberts 2000; Conklin 2005), the number of actors the least.
WEIGHTS: Mapping[str, float] = MappingProxyType(
    {"knowledge": 1.0, "agreement": 1.5, "actors": 0.5, "linkage": 0.75})

#: Fits closer than this make a case a boundary case.
BOUNDARY_MARGIN = 0.06

# The political zone: a solution is known (knowledge high) but goals, values or interests
# conflict outright (S2 = 0); partial agreement (S2 = 1) is not a conflict.
_POLITICAL_KNOWLEDGE = 0.625

# When fits tie, the harder type wins: treat complex as complex, not merely complicated.
_SEVERITY = (ProblemType.SIMPLE, ProblemType.TECHNICAL, ProblemType.COMPLEX,
             ProblemType.SOCIAL_MESS)


def dimension_scores(answers: Mapping[str, int]) -> dict[str, float]:
    """Average the answers into the four dimensions, each 0..1.

    Example:
        >>> dimension_scores(dict(K1=2, K2=0, K3=2, K4=2, S1=2, S2=2, S3=1, L1=0, L2=0))
        {'knowledge': 0.75, 'agreement': 1.0, 'actors': 0.5, 'linkage': 0.0}
    """
    return _scores(validate_answers(answers))


def _scores(clean: Mapping[str, int]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for dim in DIMENSIONS:
        values = [clean[q] for q in QUESTIONS.values() if q.dimension == dim]
        scores[dim] = sum(values) / (2 * len(values))
    return scores


def _fits(scores: Mapping[str, float]) -> dict[ProblemType, float]:
    worst = math.sqrt(sum(WEIGHTS.values()))
    return {
        ptype: 1 - math.sqrt(sum(WEIGHTS[d] * (scores[d] - profile[d]) ** 2
                                 for d in DIMENSIONS)) / worst
        for ptype, profile in PROFILES.items()
    }


@dataclass(frozen=True)
class ProblemTyping:
    """The result of :func:`type_problem`; it explains itself.

    Attributes:
        type: the problem type.
        runner_up: the second-best type.
        boundary: True when the case lies between types (close fits, or a known solution with
            conflicting values or interests).
        scores: the four dimensions, each 0..1.
        fits: how well each type's profile fits, 0..1.
        answers: the validated answers.
    """

    type: ProblemType
    runner_up: ProblemType
    boundary: bool
    scores: Mapping[str, float]
    fits: Mapping[ProblemType, float]
    answers: Mapping[str, int]
    messages: tuple[Message, ...] = field(default=(), repr=False)

    @property
    def reasons(self) -> list[str]:
        """Why this type: sentences in the active language."""
        return [m.render() for m in self.messages]

    @property
    def political(self) -> bool:
        """True when a solution is known but values or interests conflict."""
        return _is_political(self.scores, self.answers)

    def summary(self) -> str:
        """One line: the type, the runner-up and whether it is a boundary case."""
        key = "problems.summary.boundary" if self.boundary else "problems.summary.plain"
        return t(key, type=self.type.label, runner_up=self.runner_up.label)

    def __str__(self) -> str:
        return "\n".join([self.summary(), *("- " + r for r in self.reasons)])


def _is_political(scores: Mapping[str, float], answers: Mapping[str, int]) -> bool:
    return scores["knowledge"] >= _POLITICAL_KNOWLEDGE and answers["S2"] == 0


def _level(score: float) -> str:
    return "low" if score < 1 / 3 else ("high" if score > 2 / 3 else "medium")


def _decisive(answers: Mapping[str, int], chosen: ProblemType,
              other: ProblemType) -> list[tuple[float, str]]:
    """Questions whose answer fits ``chosen`` better than ``other``, strongest first."""
    counts = {d: sum(1 for q in QUESTIONS.values() if q.dimension == d) for d in DIMENSIONS}
    gains = []
    for q in QUESTIONS.values():
        d = q.dimension
        a = answers[q]
        gain = WEIGHTS[d] / counts[d] * (abs(a - 2 * PROFILES[other][d])
                                         - abs(a - 2 * PROFILES[chosen][d]))
        if gain > 0:
            gains.append((gain, q.id))
    return sorted(gains, key=lambda g: (-g[0], g[1]))


def _type_label(ptype: ProblemType) -> Message:
    return Message(f"problems.type.{ptype.value}.name")


def type_problem(answers: Mapping[str, int]) -> ProblemTyping:
    """Type a problem from the answers to the nine diagnostic questions.

    Args:
        answers: ``{"K1": 0|1|2, ..., "L2": 0|1|2}``, all nine ids of :data:`QUESTIONS`.

    Returns:
        A :class:`ProblemTyping` with the type, runner-up, dimension scores, fits, a boundary
        flag and reasons a trainee can read.

    Raises:
        ValueError: in the active language, naming every bad id or value.

    Example:
        >>> child = dict(K1=1, K2=0, K3=0, K4=0, S1=2, S2=1, S3=1, L1=1, L2=2)
        >>> result = type_problem(child)
        >>> result.type.value, result.runner_up.value, result.boundary
        ('complex', 'technical', False)
    """
    clean = validate_answers(answers)
    return _type_clean(tuple(clean[q] for q in QUESTION_IDS))


@lru_cache(maxsize=4096)
def _type_clean(values: tuple[int, ...]) -> ProblemTyping:
    """The typing of validated answers. Cached: there are only 3**9 answer sets, results are
    immutable, and their reasons are rendered in the active language only when read."""
    clean = dict(zip(QUESTION_IDS, values, strict=True))
    scores = _scores(clean)
    fits = _fits(scores)
    ranked = sorted(fits, key=lambda p: (-round(fits[p], 9), -_SEVERITY.index(p)))
    chosen, runner_up = ranked[0], ranked[1]
    messages: list[Message] = []
    political = _is_political(scores, clean)
    if political:
        deep = clean["S1"] <= 1 and clean["S2"] == 0
        chosen = ProblemType.SOCIAL_MESS if deep else ProblemType.TECHNICAL
        runner_up = ProblemType.TECHNICAL if deep else ProblemType.SOCIAL_MESS
    margin = fits[ranked[0]] - fits[ranked[1]]
    boundary = political or margin < BOUNDARY_MARGIN

    profile = {"type": _type_label(ranked[0]), "fit": f"{fits[ranked[0]]:.0%}",
               "runner_up": _type_label(ranked[1]), "runner_fit": f"{fits[ranked[1]]:.0%}"}
    if political:
        messages.append(Message("problems.reason.political"))
        messages.append(Message(
            "problems.reason.political_deep" if chosen is ProblemType.SOCIAL_MESS
            else "problems.reason.political_agreed"))
        messages.append(Message("problems.reason.profile_only", profile))
    else:
        messages.append(Message("problems.reason.closest", profile))
    for dim in DIMENSIONS:
        messages.append(Message(f"problems.reason.{dim}.{_level(scores[dim])}",
                                {"score": f"{scores[dim]:.2f}"}))
    for _, qid in _decisive(clean, chosen, runner_up)[:2]:
        q = QUESTIONS[qid]
        messages.append(Message("problems.reason.decisive", {
            "qid": qid, "value": clean[qid], "option": Message(f"problems.q.{qid}.{clean[qid]}"),
            "type": _type_label(chosen), "runner_up": _type_label(runner_up),
            "question": Message(f"problems.q.{q.id}.text")}))
    if boundary and not political:
        messages.append(Message("problems.reason.close", {
            "type": _type_label(chosen), "runner_up": _type_label(runner_up)}))
    return ProblemTyping(type=chosen, runner_up=runner_up, boundary=boundary,
                         scores=MappingProxyType(scores), fits=MappingProxyType(fits),
                         answers=MappingProxyType(clean), messages=tuple(messages))


def type_problems(df: pd.DataFrame) -> pd.DataFrame:
    """Type every row of a table that has the nine answer columns K1 ... L2.

    Args:
        df: one problem per row, with columns K1-K4, S1-S3, L1-L2 (other columns are ignored).
            If it has an ``id`` column, the result is indexed by it; otherwise by ``df.index``.

    Returns:
        A DataFrame with columns ``type``, ``runner_up`` (type values as text), ``boundary``
        and the four dimension scores.

    Raises:
        ValueError: a missing answer column, or a bad answer, naming the row.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame([dict(id="X", K1=2, K2=2, K3=2, K4=2, S1=2, S2=2, S3=0, L1=0, L2=0)])
        >>> type_problems(df).loc["X", "type"]
        'simple'
    """
    import pandas as pd

    rows = []
    for _, result in records(df, QUESTION_IDS, "problems.error.columns", "problems.error.row",
                             type_problem):
        rows.append({"type": result.type.value, "runner_up": result.runner_up.value,
                     "boundary": result.boundary, **result.scores})
    return pd.DataFrame(rows, index=frame_index(df))


