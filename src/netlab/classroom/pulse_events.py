"""The class pulse's event: what one self-check in a trainee's kernel tells the class's pulse
service, and the check every event passes before it is stored.

An event says which exercise was checked, how each item fared (by item id), the points, the
try number, the hint stage reached and when. It carries no answer text: an item's ``given`` is
sent only when it is one of an exercise's own words or ids (``"technical"``, ``"W07"``), the
values a check has already parsed, never what a trainee typed. The trainee is not named in
the event: the service takes the name from the hub token that sent it, so no kernel can
speak for another trainee.

Example:
    >>> raw = encode_event(new_event("problem_typing.a", points=7.0, max_points=8.0,
    ...     tries=2, hint_stage=1, items=[("C03", "wrong", "technical")], at=1764900000.0,
    ...     event_id="0" * 32))
    >>> parse_event(raw).items[0]
    ('C03', 'wrong', 'technical')
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from netlab._errors import TraineeError, kind_of
from netlab.i18n import t

__all__ = ["MAX_BYTES", "MAX_ITEMS", "PulseEvent", "PulseEventError", "SharingChange",
           "encode_event", "new_event", "new_sharing", "parse_event", "parse_message",
           "safe_given"]

#: The largest event the service accepts, in bytes of JSON.
MAX_BYTES = 4096
#: The most items one event may report.
MAX_ITEMS = 64
_ID = re.compile(r"^[0-9a-f]{32}$")
_EXERCISE = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z0-9_]*$")
_ITEM = re.compile(r"^[A-Za-z0-9_.-]{1,24}$")
#: What a ``given`` may look like: an exercise's own word or id, never free text.
_GIVEN = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_STATUSES = ("ok", "wrong", "missing")
_KEYS = {"id", "exercise", "points", "max_points", "try", "hint_stage", "time", "items"}
_SHARING_KEYS = {"id", "sharing", "time"}


class PulseEventError(TraineeError):
    """An event the service refuses, saying every problem found."""


@dataclass(frozen=True)
class PulseEvent:
    """One self-check, as the pulse service stores it (the trainee comes from the token)."""

    id: str
    exercise: str
    points: float
    max_points: float
    tries: int
    hint_stage: int
    time: float
    items: tuple[tuple[str, str, str | None], ...]

    @property
    def passed(self) -> bool:
        """Every point earned."""
        return self.max_points > 0 and self.points >= self.max_points


@dataclass(frozen=True)
class SharingChange:
    """A trainee turned sharing on or off (``netlab.pulse(False)``); the trainee comes from
    the token, as for an event."""

    id: str
    sharing: bool
    time: float


def safe_given(given: object) -> str | None:
    """``given`` when it is an exercise's own word or id (short, plain letters, digits, ``_``
    or ``-``), else None: free text never leaves the kernel.

    Example:
        >>> safe_given("technical"), safe_given("I think it is complex"), safe_given(3)
        ('technical', None, None)
    """
    return given if isinstance(given, str) and _GIVEN.match(given) else None


def new_event(exercise: str, *, points: float, max_points: float, tries: int, hint_stage: int,
              items: Iterable[tuple[str, str, object]], at: float,
              event_id: str | None = None) -> dict[str, Any]:
    """The event of one check, as a kernel sends it; ``given`` values that are not safe are
    dropped (:func:`safe_given`).

    Example:
        >>> event = new_event("partners.a", points=8.0, max_points=8.0, tries=1, hint_stage=0,
        ...                   items=[("C01", "ok", "my long reason")], at=0.0)
        >>> event["items"], len(event["id"])
        ([['C01', 'ok', None]], 32)
    """
    return {"id": event_id or uuid.uuid4().hex, "exercise": exercise, "points": float(points),
            "max_points": float(max_points), "try": int(tries), "hint_stage": int(hint_stage),
            "time": float(at),
            "items": [[str(item), str(status), safe_given(given)]
                      for item, status, given in items]}


def new_sharing(sharing: bool, at: float, event_id: str | None = None) -> dict[str, Any]:
    """The message a kernel sends when its trainee turns sharing on or off.

    Example:
        >>> sorted(new_sharing(False, 1.0))
        ['id', 'sharing', 'time']
    """
    return {"id": event_id or uuid.uuid4().hex, "sharing": bool(sharing), "time": float(at)}


def encode_event(event: dict[str, Any]) -> bytes:
    """An event as the bytes sent over the wire (compact JSON, UTF-8).

    Example:
        >>> encode_event({"a": 1})
        b'{"a":1}'
    """
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _number(value: object, low: float, high: float) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value) and low <= value <= high)


def _items(raw: object, problems: list[str]) -> tuple[tuple[str, str, str | None], ...]:
    if not isinstance(raw, list) or len(raw) > MAX_ITEMS:
        problems.append(t("pulse.event.items", got=kind_of(raw), most=MAX_ITEMS))
        return ()
    items = []
    for entry in raw:
        ok = (isinstance(entry, Sequence) and not isinstance(entry, str) and len(entry) == 3
              and isinstance(entry[0], str) and _ITEM.match(entry[0])
              and entry[1] in _STATUSES and (entry[2] is None or safe_given(entry[2])))
        if not ok:
            problems.append(t("pulse.event.item", value=repr(entry)[:80]))
            continue
        items.append((entry[0], entry[1], entry[2]))
    return tuple(items)


def parse_event(raw: bytes, known: Iterable[str] | None = None) -> PulseEvent:
    """Check the bytes of one event and read it; ``known`` limits the exercise ids (default:
    every exercise of the course).

    Raises:
        PulseEventError: too large, not JSON, or not an event, naming every problem.

    Example:
        >>> try:
        ...     parse_event(b'{"id": "x"}')
        ... except PulseEventError as exc:
        ...     "id" in str(exc)
        True
    """
    return _event(_object(raw), known)


def parse_message(raw: bytes, known: Iterable[str] | None = None) -> PulseEvent | SharingChange:
    """Check and read what a kernel sent: a check's event, or a change of sharing.

    Raises:
        PulseEventError: as :func:`parse_event`.

    Example:
        >>> parse_message(b'{"id": "%s", "sharing": false, "time": 5}' % (b"a" * 32)).sharing
        False
    """
    data = _object(raw)
    if set(data) != _SHARING_KEYS:
        return _event(data, known)
    problems = []
    if not (isinstance(data["id"], str) and _ID.match(data["id"])):
        problems.append(t("pulse.event.field", field="id", value=repr(data["id"])[:40]))
    if not isinstance(data["sharing"], bool):
        problems.append(t("pulse.event.field", field="sharing", value=repr(data["sharing"])[:40]))
    if not _number(data["time"], 0, 10 ** 11):
        problems.append(t("pulse.event.field", field="time", value=repr(data["time"])[:40]))
    if problems:
        raise PulseEventError(t("pulse.event.refused", problems="; ".join(problems)))
    return SharingChange(data["id"], data["sharing"], float(data["time"]))


def _object(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_BYTES:
        raise PulseEventError(t("pulse.event.too_large", size=len(raw), most=MAX_BYTES))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PulseEventError(t("pulse.event.not_json", error=str(exc)[:80])) from exc
    if not isinstance(data, dict):
        raise PulseEventError(t("pulse.event.not_object", got=kind_of(data)))
    return data


def _event(data: dict[str, Any], known: Iterable[str] | None) -> PulseEvent:
    problems = []
    if set(data) != _KEYS:
        problems.append(t("pulse.event.keys", missing=", ".join(sorted(_KEYS - set(data))),
                          unknown=", ".join(sorted(map(str, set(data) - _KEYS)))))
    if not (isinstance(data.get("id"), str) and _ID.match(data["id"])):
        problems.append(t("pulse.event.field", field="id", value=repr(data.get("id"))[:40]))
    exercise = data.get("exercise")
    if known is None:
        from netlab.exercises import all_exercises

        known = all_exercises()
    if not (isinstance(exercise, str) and _EXERCISE.match(exercise) and exercise in set(known)):
        problems.append(t("pulse.event.field", field="exercise", value=repr(exercise)[:40]))
    for field, low, high in (("points", 0, 1000), ("max_points", 0, 1000), ("try", 1, 10000),
                             ("hint_stage", 0, 10), ("time", 0, 10 ** 11)):
        if not _number(data.get(field), low, high):
            problems.append(t("pulse.event.field", field=field, value=repr(data.get(field))[:40]))
    items = _items(data.get("items"), problems)
    if problems:
        raise PulseEventError(t("pulse.event.refused", problems="; ".join(problems)))
    return PulseEvent(data["id"], str(exercise), float(data["points"]), float(data["max_points"]),
                      int(data["try"]), int(data["hint_stage"]), float(data["time"]), items)
