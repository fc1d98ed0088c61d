"""Exercise specs of the social-mapping workbook (``06_social_mapping``).

The key lives in the instructor source's solution cells; its salted digests are in the key file
(:mod:`netlab.exercises.keys`).

- ``mapping.a_hub`` / ``mapping.a_broker``: the actor tied to the most others and the one with
  the highest betweenness (1 point each); ``mapping.a_cutpoints`` (3) and
  ``mapping.a_isolates`` (2): every member of the set, a share per right id, minus a share per
  wrong one.
- ``mapping.b_vertical`` (tied pairs across levels), ``mapping.b_ei`` (the E-I index on level,
  2 decimals), ``mapping.b_reading`` (horizontal, vertical or balanced): 1 point each.
- ``mapping.c``: one new tie a network weaver would make, three criteria computed on the map.
- ``mapping.d``: one's own map and its reading (instructor, 4 points); the self-check says
  whether it is complete and whether the files load.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from functools import cache
from typing import SupportsInt, cast

from netlab._errors import TraineeError, kind_of
from netlab._labels import CatalogueEnum
from netlab.exercises.base import (
    Completeness,
    Criteria,
    SingleValue,
    known_id,
    text_line,
)
from netlab.exercises.sets import MemberSet
from netlab.i18n import t
from netlab.mapping import Goal, SocialMap, TieType, wawee_map
from netlab.mapping.files import map_paths
from netlab.report import Line

__all__ = ["EXERCISES", "MIN_WHY", "Reading", "actor_id", "reading"]

#: The shortest "why" of the weaver's move, in characters.
MIN_WHY = 80
_INFLUENTIAL = 4
_MIN_ACTORS, _MIN_TIES = 8, 10


@cache
def _map() -> SocialMap:
    return wawee_map()


def actor_id(value: object) -> str:
    """An actor id of the Wawee map as written in ``partners`` ("w4", " W04 " → "W04").

    Raises:
        ValueError: not an actor of the map (naming the value and the allowed ids).

    Example:
        >>> actor_id("w4")
        'W04'
    """
    ids = list(_map().actors.index)
    text = known_id(value, ids)
    if text is None:
        raise TraineeError(t("exercises.mapping.unknown_actor", value=repr(value),
                           allowed=f"{ids[0]} … {ids[-1]}"))
    return text


def _count(value: object) -> int:
    # The casts: typeshed's numbers.Real has no __int__ (int() takes every real number).
    if (isinstance(value, bool) or not isinstance(value, numbers.Real)
            or value != int(cast(SupportsInt, value))):
        raise TraineeError(t("exercises.mapping.not_count", value=repr(value)))
    return int(cast(SupportsInt, value))


def _ei(value: object) -> float:
    # The cast: typeshed's numbers.Real has no __ge__ (a real number compares with an int).
    if (isinstance(value, bool) or not isinstance(value, numbers.Real)
            or not -1 <= cast(float, value) <= 1):
        raise TraineeError(t("exercises.mapping.not_ei", value=repr(value)))
    return round(float(value), 2)


class Reading(CatalogueEnum):
    """How to read an E-I index on level: below −0.2 horizontal, above 0.2 vertical, between
    them balanced (a course convention).

    Example:
        >>> Reading.parse("สมดุล").value
        'balanced'
    """

    HORIZONTAL = "horizontal"
    BALANCED = "balanced"
    VERTICAL = "vertical"

    @classmethod
    def _prefix(cls) -> str:
        return "exercises.mapping.reading"

    @classmethod
    def _error_key(cls) -> str:
        return "exercises.mapping.not_reading"


def reading(value: object) -> str:
    """A reading of the E-I index: "horizontal", "balanced" or "vertical" (or Thai).

    Example:
        >>> reading("สมดุล")
        'balanced'
    """
    return Reading.parse(value).value


def _weaver(answer: object) -> tuple[list[Line], list[bool]]:
    if not isinstance(answer, Mapping):
        return [Line("error", t("exercises.mapping.c.not_mapping", got=kind_of(answer)))], []
    m, lines, ends = _map(), [], []
    for field in ("source", "target"):
        try:
            ends.append(actor_id(answer.get(field)))
        except ValueError as exc:
            lines.append(Line("error", f"{field}: {exc}"))
    try:
        kind = TieType.parse(answer.get("type"))
    except ValueError as exc:
        lines.append(Line("error", f"type: {exc}"))
        kind = None
    if lines:
        return lines, []
    a, b = ends
    new = a != b and not m.graph.has_edge(a, b) and kind is not TieType.CONFLICT
    lines.append(Line("ok" if new else "wrong", t(
        "exercises.mapping.c.new_ok" if new else "exercises.mapping.c.not_new", a=a, b=b)))
    if not new:
        return lines, [False, False, False]
    after = m.with_tie(a, b, cast(TieType, kind).value)  # not None: a failed parse returned
    before_cut, after_cut = len(m.cutpoints()), len(after.cutpoints())
    before_parts, after_parts = len(m.components()), len(after.components())
    sturdier = after_cut < before_cut or after_parts < before_parts
    lines.append(Line("ok" if sturdier else "wrong", t(
        "exercises.mapping.c.sturdier" if sturdier else "exercises.mapping.c.not_sturdier",
        cut_before=before_cut, cut_after=after_cut, parts_before=before_parts,
        parts_after=after_parts)))
    actors = m.actors

    def _pulls_in(x: str, y: str) -> bool:
        return (actors.at[x, "influence"] >= _INFLUENTIAL
                and actors.at[y, "goal"] == Goal.SUPPORTS.value)

    strategic = _pulls_in(a, b) or _pulls_in(b, a)
    why = text_line(answer, "why", MIN_WHY)
    lines.append(Line("ok" if strategic else "wrong", t(
        "exercises.mapping.c.strategic" if strategic else "exercises.mapping.c.not_strategic",
        minimum=_INFLUENTIAL)))
    lines.append(why)
    return lines, [True, sturdier, strategic and why.status == "ok"]


def _own_map(answer: object) -> list[Line]:
    if not isinstance(answer, Mapping):
        return [Line("error", t("exercises.mapping.d.not_mapping", got=kind_of(answer)))]
    lines: list[Line] = []
    name = str(answer.get("files") or "")
    try:
        if not map_paths(name)[0].exists():  # not built yet: not a mistake
            lines.append(Line("missing", t("exercises.mapping.d.no_map", name=name)))
        else:
            own = SocialMap.from_files(name)
    except ValueError as exc:
        lines.append(Line("error", str(exc)))
    if not lines:
        size_ok = len(own.actors) >= _MIN_ACTORS and len(own.ties) >= _MIN_TIES
        blank = [c for c in ("influence", "goal") if c not in own.actors
                 or own.actors[c].isna().any()]
        lines.append(Line("ok" if size_ok and not blank else "missing", t(
            "exercises.mapping.d.map", actors=len(own.actors), ties=len(own.ties),
            min_actors=_MIN_ACTORS, min_ties=_MIN_TIES, blank=", ".join(blank) or "-")))
    lines += [text_line(answer, "hubs"), text_line(answer, "gaps", 150),
              text_line(answer, "move", 150)]
    return lines


def _not_a_cutpoint(actor: str) -> str:
    """Why an actor named as a cutpoint is not one, from its ties in the Wawee map."""
    ties = len(_neighbours(actor))
    if not ties:
        return t("exercises.mapping.a_cutpoints.no_ties", actor=actor)
    return t("exercises.mapping.a_cutpoints.member_hint", actor=actor, ties=ties)


def _not_an_isolate(actor: str) -> str:
    """Why an actor named as an isolate is not one: its ties, and one actor it is tied to."""
    others = sorted(_neighbours(actor))
    return t("exercises.mapping.a_isolates.member_hint", actor=actor, ties=len(others),
             other=others[0] if others else "-")


def _neighbours(actor: str) -> set[str]:
    graph = wawee_map().graph
    return set(graph.neighbors(actor)) if actor in graph else set()


def _id(exercise_id: str, points: float = 1.0) -> SingleValue:
    return SingleValue(id=exercise_id, points=points, normalise=actor_id)


EXERCISES = (
    _id("mapping.a_hub"),
    _id("mapping.a_broker"),
    MemberSet(id="mapping.a_cutpoints", points=3.0, parse=actor_id, explain=_not_a_cutpoint),
    MemberSet(id="mapping.a_isolates", points=2.0, parse=actor_id, explain=_not_an_isolate),
    SingleValue(id="mapping.b_vertical", points=1.0, normalise=_count),
    SingleValue(id="mapping.b_ei", points=1.0, normalise=_ei),
    SingleValue(id="mapping.b_reading", points=1.0, normalise=reading),
    Criteria(id="mapping.c", points=3.0, assess=_weaver),
    Completeness(id="mapping.d", points=4.0, validate=_own_map),
)
