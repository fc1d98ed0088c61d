"""Exercise specs of the partner-classification workbook (``02_partner_classification``).

The key lives in the instructor source's solution cells; its salted digests are in the key file
(:mod:`netlab.exercises.keys`).

- ``partners.a``: classify eight actors of another network (1 point each).
- ``partners.b``: ``least_aligned_boundary(df, n)``; 1 point here, 2 more at grading on
  held-out actors (hidden test ``b_heldout``).
- ``partners.b_corner``: how many strategic partners sit in the AIIM allies corner (1 point).
- ``partners.c``: an outcome challenge with expect / like / love markers for one boundary
  partner: three structural criteria autograded (3 points); the quality is graded by the
  instructor on the answer cell itself.
- ``partners.d``: a reflection on one's own network's partners (instructor, 4 points); the
  self-check says only whether it is complete.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from typing import Any, SupportsInt, cast

from netlab._errors import TraineeError, kind_of
from netlab.exercises.base import (
    ChoiceItems,
    Completeness,
    Criteria,
    Hidden,
    SingleValue,
    text_line,
)
from netlab.exercises.function import FunctionResult, result_rows
from netlab.i18n import t
from netlab.partners import PartnerRole, classify_partner, classify_partners, review_outcome
from netlab.report import Line

__all__ = ["B_COLUMNS", "EXERCISES", "MIN_CHALLENGE", "MIN_REFLECTION", "normalise_least_aligned"]

#: Columns ``least_aligned_boundary`` must return (indexed by id).
B_COLUMNS = ("role", "alignment", "interest", "influence")
#: The shortest outcome challenge counted, in characters (Thai has no spaces between words).
MIN_CHALLENGE = 80
#: The shortest reflection counted as complete, in characters.
MIN_REFLECTION = 300
_MIN_ACTORS = 4


def _parse_role(value: object) -> str:
    return PartnerRole.parse(value).value


def _actors() -> Any:
    from netlab.datasets import load

    return load("partners")


def normalise_least_aligned(result: object) -> tuple[list[Line], object]:
    """Check the shape of ``least_aligned_boundary``'s result; reduce it to rows in order.

    Returns problem lines (empty when the shape is right) and the rows
    ``[id, role, alignment, interest, influence]`` in the result's order.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"role": ["boundary"], "alignment": [2], "interest": [2],
        ...                    "influence": [4]}, index=pd.Index(["W10"], name="id"))
        >>> normalise_least_aligned(df)[1]
        [['W10', 'boundary', 2, 2, 4]]
    """
    return result_rows(result, B_COLUMNS, lambda row: [
        _parse_role(row["role"]), *(int(row[c]) for c in B_COLUMNS[1:])])


def _count(value: object) -> int:
    # The casts: typeshed's numbers.Real has no __int__ (int() takes every real number).
    if (isinstance(value, bool) or not isinstance(value, numbers.Real)
            or value != int(cast(SupportsInt, value)) or value < 0):
        raise TraineeError(t("exercises.partners.b_corner.not_count", value=repr(value)))
    return int(cast(SupportsInt, value))


def _boundary_partners() -> Any:
    """The dataset's actors (indexed by id) that are boundary partners or both."""
    actors = _actors().set_index("id")
    roles = classify_partners(actors.reset_index())["role"]
    return actors[roles.isin(["boundary", "both"])]


def _outcome(answer: object) -> tuple[list[Line], list[bool]]:
    if not isinstance(answer, Mapping):
        return [Line("error", t("exercises.partners.c.not_mapping", got=kind_of(answer)))], []
    lines: list[Line] = []
    boundary = _boundary_partners()
    partner = answer.get("partner")
    pid = partner.strip().upper() if isinstance(partner, str) else None
    partner_ok = pid in boundary.index
    names: list[str] = []
    if partner_ok:
        names = [str(boundary.loc[pid, "name_th"]), str(boundary.loc[pid, "name_en"])]
        lines.append(Line("ok", t("exercises.partners.c.partner_ok", partner=pid)))
    else:
        lines.append(Line("wrong", t("exercises.partners.c.partner_bad", value=repr(partner),
                                     allowed=", ".join(sorted(boundary.index)))))
    challenge = answer.get("challenge")
    length = len(challenge.strip()) if isinstance(challenge, str) else 0
    long_enough = length >= MIN_CHALLENGE
    lines.append(Line("ok", t("exercises.partners.c.challenge_ok", count=length))
                 if long_enough else
                 Line("missing", t("exercises.partners.c.challenge_short", count=length,
                                   minimum=MIN_CHALLENGE)))
    review = review_outcome(answer, names=names)
    return (lines + [Line(f.severity, f.text) for f in review.findings],
            [partner_ok, long_enough, review.ok])


def _reflection(answer: object) -> list[Line]:
    if not isinstance(answer, Mapping):
        return [Line("error", t("exercises.partners.d.not_mapping", got=kind_of(answer)))]
    lines = [text_line(answer, "network")]
    actors = answer.get("actors")
    actors = actors if isinstance(actors, list) else []
    roles: list[PartnerRole] = []
    for i, actor in enumerate(actors, start=1):
        name = actor.get("name") if isinstance(actor, Mapping) else None
        if not isinstance(name, str) or not name.strip():
            lines.append(Line("missing", t("exercises.partners.d.actor_name", number=i)))
            continue
        try:
            mine = PartnerRole.parse(actor.get("my_role"))
            helper = classify_partner(actor.get("answers"))
        except ValueError as exc:
            lines.append(Line("error", f"{name}: {exc}"))
            continue
        roles.append(mine)
        key = ("exercises.partners.d.agrees" if helper.role is mine
               else "exercises.partners.d.differs")
        lines.append(Line("info", t(key, name=name, mine=mine.label, helper=helper.role.label)))
    if len(roles) >= _MIN_ACTORS:
        lines.append(Line("ok", t("exercises.partners.d.count_ok", count=len(roles))))
    else:
        lines.append(Line("missing", t("exercises.partners.d.count_few", count=len(roles),
                                       minimum=_MIN_ACTORS)))
    for wanted in (PartnerRole.BOUNDARY, PartnerRole.STRATEGIC):
        if not any(r in (wanted, PartnerRole.BOTH) for r in roles):
            lines.append(Line("missing", t("exercises.partners.d.role_missing",
                                           role=wanted.label)))
    lines.append(text_line(answer, "reflection", MIN_REFLECTION))
    return lines


EXERCISES = (
    ChoiceItems(
        id="partners.a", points=8.0,
        items=("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08"),
        parse=_parse_role,
    ),
    FunctionResult(
        id="partners.b", points=1.0, hidden=(Hidden("b_heldout", 2.0),),
        data=_actors, inspect=normalise_least_aligned,
    ),
    SingleValue(id="partners.b_corner", points=1.0, normalise=_count),
    Criteria(id="partners.c", points=3.0, assess=_outcome, quality_points=4.0),
    Completeness(id="partners.d", points=4.0, validate=_reflection),
)
