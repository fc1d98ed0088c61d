"""What the pulse page shows, as data: read from the pulse database and the class's people,
for one workbook (or all) and one group (or all), with or without names.

The projector view is the same numbers with every trainee's name left out: it is made here,
on the service, so a name never reaches a projected page, not even hidden.

Example:
    >>> from netlab.classroom.pulse_store import PulseStore
    >>> people = [{"id": "t1", "lang": "th", "group": "A", "role": "trainee"}]
    >>> view = class_pulse(PulseStore(":memory:"), people, workbook="01_problem_typing")
    >>> view["trainees"], view["not_started"], view["exercises"][0]["started"]
    (1, ['t1'], 0)
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from netlab.classroom.pulse_store import PulseStore
from netlab.i18n import language, t
from netlab.syllabus import WORKBOOKS

__all__ = ["PEOPLE_FILE", "Person", "class_pulse", "read_people"]

#: The class's people, as the pulse service reads them (written by the hub's configuration).
PEOPLE_FILE = "people.json"
Person = dict[str, str]


def read_people(folder: Path) -> list[Person]:
    """The class's people (id, lang, group, role) from ``folder/people.json``; none when the
    file is missing or unreadable (the page then says it knows no trainee).

    Example:
        >>> read_people(Path("/nonexistent"))
        []
    """
    try:
        rows = json.loads((folder / PEOPLE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [{key: str(row.get(key, "")) for key in ("id", "lang", "group", "role")}
            for row in rows if isinstance(row, dict) and row.get("id")]


def _exercises(prefix: str) -> list[str]:
    from netlab.exercises import all_exercises

    order = {wb.prefix: n for n, wb in enumerate(WORKBOOKS)}
    ids = [i for i in all_exercises() if i.startswith(prefix)]
    return sorted(ids, key=lambda i: (order.get(i.split(".")[0], 99), i))


def class_pulse(store: PulseStore, people: Sequence[Person], *, workbook: str = "",
                group: str = "", projector: bool = False, lang: str = "en") -> dict[str, Any]:
    """The page's data: per exercise started, passed, stuck and not started; the items most
    often wrong now; who has not started and who does not share (only counts in the
    projector view).

    Example:
        >>> view = class_pulse(PulseStore(":memory:"), [], projector=True)
        >>> view["not_started"], view["groups"]
        (0, [])
    """
    trainees = [p for p in people if p["role"] == "trainee"]
    groups = sorted({p["group"] for p in trainees if p["group"]})
    names = {p["id"] for p in trainees if not group or p["group"] == group}
    book = next((wb for wb in WORKBOOKS if wb.name == workbook), None)
    prefix = f"{book.prefix}." if book else ""
    found = {row["exercise"]: row for row in store.progress(prefix, names)}
    with language(lang):
        exercises = [{
            "id": ident, "title": t(f"exercises.{ident}.title"),
            "started": found.get(ident, {}).get("started", 0),
            "passed": found.get(ident, {}).get("passed", 0),
            "stuck": found.get(ident, {}).get("stuck", 0),
            "stuck_users": [] if projector else found.get(ident, {}).get("stuck_users", []),
        } for ident in _exercises(prefix)]
        titles = {row["id"]: row["title"] for row in exercises}
        workbooks = [{"name": wb.name, "title": f"{wb.number} {t(f'syllabus.{wb.name}.title')}"}
                     for wb in WORKBOOKS]
    for row in exercises:
        row["not_started"] = len(names) - row["started"]
    wrong = [{**row, "title": titles.get(row["exercise"], row["exercise"])}
             for row in store.wrong_now(prefix, 10, names)]
    not_started = sorted(names - store.users(prefix))
    not_sharing = sorted(store.not_sharing() & names)
    return {"updated": time.time(), "workbook": book.name if book else "", "group": group,
            "projector": projector, "trainees": len(names), "groups": groups,
            "workbooks": workbooks, "exercises": exercises, "wrong": wrong,
            "not_started": len(not_started) if projector else not_started,
            "not_sharing": len(not_sharing) if projector else not_sharing}
