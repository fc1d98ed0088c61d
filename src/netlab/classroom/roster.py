"""A class's roster: who gets an account on the class's JupyterHub server, in what language
and group, and who teaches.

The roster is a CSV file an instructor writes (a spreadsheet saved as CSV, UTF-8):

    id,name,lang,group,role
    kru_somchai,สมชาย ใจดี,th,,instructor
    t01,มาลี ศรีสุข,th,A,
    t02,Jane Doe,en,B,

Only ``id`` is required: it becomes a Unix account, so it must be a valid Unix name
(lower-case Latin letters, digits, ``_`` and ``-``); Thai names go in ``name``. ``lang`` is
``th`` (the default) or ``en``; ``role`` is ``trainee`` (the default) or ``instructor``.
Every bad row is reported at once, each by its row number in the file (the header is row 1),
and nothing is created from a roster with a bad row.

Example:
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "roster.csv"
    >>> _ = path.write_text("id,name,role\\nkru,Kru,instructor\\nt01,มาลี,\\n", encoding="utf-8")
    >>> [(p.id, p.role, p.lang) for p in read_roster(path).people]
    [('kru', 'instructor', 'th'), ('t01', 'trainee', 'th')]
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from netlab.i18n import LANGUAGES, t

__all__ = ["COLUMNS", "Person", "Roster", "RosterError", "read_roster"]

#: The roster's columns: ``id`` is required, the others optional.
COLUMNS = ("id", "name", "lang", "group", "role")
ROLES = ("trainee", "instructor")
#: Debian's rule for a user name (adduser's NAME_REGEX), at most 32 characters (useradd).
_UNIX_NAME = re.compile(r"[a-z][-a-z0-9_]{0,31}")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
#: Names of system accounts and groups a class must never take over.
RESERVED = frozenset({
    "root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail", "news", "uucp",
    "proxy", "www-data", "backup", "list", "irc", "gnats", "nobody", "systemd-network",
    "systemd-resolve", "messagebus", "sshd", "admin", "sudo", "staff", "users", "jupyter",
    "jupyterhub", "netlab",
})


class RosterError(ValueError):
    """A roster that cannot be used, with every reason (in the active language)."""


@dataclass(frozen=True)
class Person:
    """One row of the roster."""

    row: int
    id: str
    name: str
    lang: str
    group: str
    role: str


@dataclass(frozen=True)
class Roster:
    """The people of a class, in the roster's order."""

    path: Path
    people: tuple[Person, ...]

    @property
    def instructors(self) -> tuple[Person, ...]:
        """The people whose role is instructor."""
        return tuple(p for p in self.people if p.role == "instructor")

    @property
    def trainees(self) -> tuple[Person, ...]:
        """The people whose role is trainee."""
        return tuple(p for p in self.people if p.role == "trainee")

    def summary(self) -> str:
        """One line in the active language: how many of each role, language and group.

        Example:
            >>> from netlab.i18n import language
            >>> roster = Roster(Path("r.csv"), (Person(2, "kru", "", "th", "", "instructor"),
            ...                                 Person(3, "t01", "", "en", "A", "trainee")))
            >>> with language("en"):
            ...     print(roster.summary())  # doctest: +ELLIPSIS
            The roster r.csv is usable: 1 instructor, 1 trainee (0 in Thai, ...); groups: A.
        """
        trainees = self.trainees
        groups = sorted({p.group for p in trainees if p.group})
        people = ", ".join((
            t("classroom.roster.instructors", count=len(self.instructors)),
            t("classroom.roster.trainees", count=len(trainees),
              th=sum(p.lang == "th" for p in trainees),
              en=sum(p.lang == "en" for p in trainees))))
        return t("classroom.roster.summary", path=self.path.name, people=people,
                 groups=", ".join(groups) or t("classroom.roster.no_groups"))


def _problems(cells: dict[str, str], seen: dict[str, int]) -> list[str]:
    """What is wrong with one row (its cells stripped), given the ids seen so far."""
    problems = []
    ident = cells.get("id", "")
    if not ident:
        problems.append(t("classroom.roster.no_id"))
    elif _THAI.search(ident):
        problems.append(t("classroom.roster.thai_id", id=ident))
    elif not _UNIX_NAME.fullmatch(ident):
        problems.append(t("classroom.roster.bad_id", id=ident))
    elif ident in RESERVED:
        problems.append(t("classroom.roster.reserved_id", id=ident))
    elif ident in seen:
        problems.append(t("classroom.roster.duplicate", id=ident, first=seen[ident]))
    lang = cells.get("lang", "") or "th"
    if lang not in LANGUAGES:
        problems.append(t("classroom.roster.bad_lang", lang=lang, allowed=", ".join(LANGUAGES)))
    role = cells.get("role", "") or "trainee"
    if role not in ROLES:
        problems.append(t("classroom.roster.bad_role", role=role, allowed=", ".join(ROLES)))
    return problems


def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # a spreadsheet may write a BOM
    except FileNotFoundError:
        raise RosterError(t("classroom.roster.no_file", path=path)) from None
    lines = list(csv.reader(io.StringIO(text, newline="")))
    header = [c.strip().lower() for c in lines[0]] if lines else []
    if "id" not in header:
        raise RosterError(t("classroom.roster.columns", path=path.name, required="id",
                            optional=", ".join(COLUMNS[1:]), found=", ".join(header) or "–"))
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        raise RosterError(t("classroom.roster.unknown_columns", path=path.name,
                            columns=", ".join(unknown), allowed=", ".join(COLUMNS)))
    return header, lines[1:]


def read_roster(path: str | os.PathLike[str]) -> Roster:
    """The roster at ``path``, checked row by row.

    Raises:
        RosterError: the file is missing, its header lacks ``id`` or has unknown columns,
            a row is bad (each bad row named), or nobody is an instructor.

    Example:
        >>> import pathlib, tempfile
        >>> from netlab.i18n import language
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "r.csv"
        >>> _ = path.write_text("id,role\\nkru,instructor\\nสมชาย,\\n", encoding="utf-8")
        >>> with language("en"):
        ...     read_roster(path)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        netlab.classroom.roster.RosterError: The roster r.csv has rows ...
        row 3: the user id 'สมชาย' has Thai letters; ...
    """
    path = Path(path)
    header, rows = _rows(path)
    seen: dict[str, int] = {}
    people, bad = [], []
    for number, row in enumerate(rows, start=2):
        cells = {column: (row[i].strip() if i < len(row) else "")
                 for i, column in enumerate(header)}
        if not any(cells.values()):
            bad.append(t("classroom.roster.row", row=number,
                         problem=t("classroom.roster.empty_line")))
            continue
        problems = _problems(cells, seen)
        bad += [t("classroom.roster.row", row=number, problem=p) for p in problems]
        if not problems:
            seen[cells["id"]] = number
            people.append(Person(number, cells["id"], cells.get("name", ""),
                                 cells.get("lang", "") or "th", cells.get("group", ""),
                                 cells.get("role", "") or "trainee"))
    if bad:
        raise RosterError("\n".join([t("classroom.roster.bad", path=path.name), *bad]))
    roster = Roster(path, tuple(people))
    if not roster.instructors:
        raise RosterError(t("classroom.roster.no_instructor", path=path.name))
    return roster
