"""The class pulse's database: the events a class's pulse service receives, kept in SQLite,
and what the pulse page reads from them.

Every event is stored at most once (its id is the key, so an event a kernel sends twice
after a lost connection counts once), survives a restart (SQLite on disk, each event in one
transaction), and is exported as CSV for the class report. The page's numbers:

- per exercise: how many trainees started, passed (every point on some try) and are stuck
  (3 tries or more without passing);
- the items most often wrong right now (each trainee's latest check of the exercise), with
  the wrong answer most often given;
- who shares, and who has turned sharing off.

Example:
    >>> from netlab.classroom.pulse_events import new_event, parse_event, encode_event
    >>> store = PulseStore(":memory:")
    >>> raw = encode_event(new_event("problem_typing.a", points=7.0, max_points=8.0, tries=1,
    ...     hint_stage=0, items=[("C03", "wrong", "technical")], at=1.0))
    >>> store.add("trainee1", parse_event(raw)), store.add("trainee1", parse_event(raw))
    (True, False)
    >>> store.progress()[0]["started"]
    1
"""

from __future__ import annotations

import csv
import sqlite3
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

from netlab.classroom.pulse_events import PulseEvent

__all__ = ["STUCK_TRIES", "PulseStore"]

#: Tries without passing from which a trainee counts as stuck.
STUCK_TRIES = 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, user TEXT NOT NULL, exercise TEXT NOT NULL, points REAL NOT NULL,
    max_points REAL NOT NULL, tries INTEGER NOT NULL, hint_stage INTEGER NOT NULL,
    time REAL NOT NULL, received REAL NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    event TEXT NOT NULL REFERENCES events(id), item TEXT NOT NULL, status TEXT NOT NULL,
    given TEXT);
CREATE TABLE IF NOT EXISTS sharing (user TEXT PRIMARY KEY, sharing INTEGER NOT NULL,
    time REAL NOT NULL);
CREATE INDEX IF NOT EXISTS events_by_exercise ON events(exercise, user, time);
"""

_LATEST = """
SELECT e.* FROM events e WHERE e.time = (
    SELECT MAX(time) FROM events WHERE user = e.user AND exercise = e.exercise)
"""


def _among(users: Collection[str] | None, column: str = "user") -> tuple[str, list[str]]:
    """An SQL condition keeping the rows of ``users`` (all rows for None), and its values."""
    if users is None:
        return "1", []
    names = sorted(users)
    return f"{column} IN ({', '.join('?' * len(names))})", names


class PulseStore:
    """The events of one class (SQLite at ``path``; ``":memory:"`` for a test)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def add(self, user: str, event: PulseEvent, received: float | None = None) -> bool:
        """Store one checked event of ``user``; False when that event id is already stored
        (a kernel sending again after a lost answer), so each counts once."""
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            inserted = self._db.execute(
                "INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event.id, user, event.exercise, event.points, event.max_points, event.tries,
                 event.hint_stage, event.time, received or time.time())).rowcount == 1
            if inserted:
                self._db.executemany("INSERT INTO items VALUES (?, ?, ?, ?)",
                                     [(event.id, *item) for item in event.items])
        return inserted

    def set_sharing(self, user: str, sharing: bool, at: float | None = None) -> None:
        """Record that ``user`` turned sharing on or off."""
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO sharing VALUES (?, ?, ?)",
                             (user, int(sharing), at or time.time()))

    def not_sharing(self) -> set[str]:
        """The trainees who have turned sharing off."""
        return {r["user"] for r in self._db.execute("SELECT user FROM sharing WHERE NOT sharing")}

    def users(self, prefix: str = "") -> set[str]:
        """The trainees with an event for an exercise whose id starts with ``prefix``."""
        return {r["user"] for r in self._db.execute(
            "SELECT DISTINCT user FROM events WHERE exercise LIKE ? || '%'", (prefix,))}

    def progress(self, prefix: str = "",
                 users: Collection[str] | None = None) -> list[dict[str, Any]]:
        """Per exercise (id starting with ``prefix``; only ``users``' checks when given):
        started, passed, stuck, and the names of the stuck (``stuck_users``)."""
        among, names = _among(users)
        rows = self._db.execute(f"""
            SELECT exercise, user, MAX(points >= max_points AND max_points > 0) AS passed,
                   MAX(tries) AS tries
            FROM events WHERE exercise LIKE ? || '%' AND {among}
            GROUP BY exercise, user ORDER BY exercise, user""", (prefix, *names))
        found: dict[str, dict[str, Any]] = {}
        for row in rows:
            entry = found.setdefault(row["exercise"], {
                "exercise": row["exercise"], "started": 0, "passed": 0, "stuck": 0,
                "stuck_users": []})
            entry["started"] += 1
            entry["passed"] += bool(row["passed"])
            if not row["passed"] and row["tries"] >= STUCK_TRIES:
                entry["stuck"] += 1
                entry["stuck_users"].append(row["user"])
        return list(found.values())

    def wrong_now(self, prefix: str = "", top: int = 10,
                  users: Collection[str] | None = None) -> list[dict[str, Any]]:
        """The items most often wrong in each trainee's latest check (only ``users``' when
        given), with the wrong answer most often given for each (None when no safe answer
        was sent)."""
        among, names = _among(users, "l.user")
        rows = self._db.execute(f"""
            WITH latest AS ({_LATEST}),
            wrong AS (SELECT l.exercise, i.item, i.given FROM latest l
                      JOIN items i ON i.event = l.id
                      WHERE i.status = 'wrong' AND l.exercise LIKE ? || '%' AND {among}),
            counted AS (SELECT exercise, item, COUNT(*) AS wrong FROM wrong
                        GROUP BY exercise, item),
            answers AS (SELECT exercise, item, given, COUNT(*) AS n FROM wrong
                        WHERE given IS NOT NULL GROUP BY exercise, item, given)
            SELECT c.exercise, c.item, c.wrong,
                   (SELECT given FROM answers a WHERE a.exercise = c.exercise
                    AND a.item = c.item ORDER BY n DESC, given LIMIT 1) AS given
            FROM counted c ORDER BY c.wrong DESC, c.exercise, c.item LIMIT ?""",
                               (prefix, *names, top))
        return [dict(r) for r in rows]

    def export_csv(self, path: Path) -> Path:
        """Every event with its items, one row per item (an event without items: one row),
        for the class report."""
        rows = self._db.execute("""
            SELECT e.user, e.exercise, e.points, e.max_points, e.tries, e.hint_stage, e.time,
                   i.item, i.status, i.given
            FROM events e LEFT JOIN items i ON i.event = e.id ORDER BY e.time, e.id""")
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["user", "exercise", "points", "max_points", "try", "hint_stage",
                             "time", "item", "status", "given"])
            writer.writerows(tuple(r) for r in rows)
        return path
