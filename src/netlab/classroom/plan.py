"""What setting up a class from a roster would do to the class's accounts, before anything is
done: who gets a new account, whose disabled account comes back, whose account is disabled
(never deleted: a person's work stays), whose language, group or role changes.

The accounts a class manages are kept in a small JSON file (``accounts.json`` in the class's
folder), written whole through a temporary file, so a second run with a changed roster knows
what the first one made.

Example:
    >>> from pathlib import Path
    >>> from netlab.classroom.roster import Person, Roster
    >>> roster = Roster(Path("r.csv"), (Person(2, "kru", "", "th", "", "instructor"),
    ...                                 Person(3, "t01", "", "th", "A", "trainee")))
    >>> plan = plan_class(roster, {})
    >>> [p.id for p in plan.add], plan.disable
    (['kru', 't01'], ())
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from netlab.classroom.roster import Person, Roster
from netlab.i18n import t

__all__ = ["Account", "Plan", "apply_plan", "plan_class", "read_accounts", "write_accounts"]


@dataclass(frozen=True)
class Account:
    """An account the class made: who it is for, and whether it may log in."""

    id: str
    lang: str
    group: str
    role: str
    active: bool = True

    @classmethod
    def of(cls, person: Person) -> Account:
        """The account a roster row asks for.

        Example:
            >>> Account.of(Person(2, "t01", "Malee", "en", "A", "trainee")).lang
            'en'
        """
        return cls(person.id, person.lang, person.group, person.role)


@dataclass(frozen=True)
class Plan:
    """The changes to the class's accounts, in roster order (``disable`` in id order)."""

    add: tuple[Person, ...]
    enable: tuple[Person, ...]
    change: tuple[Person, ...]
    disable: tuple[str, ...]
    keep: tuple[str, ...]

    def lines(self) -> list[str]:
        """The plan in the active language, one line per kind of change that happens.

        Example:
            >>> from netlab.i18n import language
            >>> plan = Plan((), (), (), ("t09",), ("t01",))
            >>> with language("en"):
            ...     plan.lines()
            ['Disable (their work is kept): t09', 'Unchanged: t01']
        """
        kinds = (("add", [p.id for p in self.add]), ("enable", [p.id for p in self.enable]),
                 ("change", [p.id for p in self.change]), ("disable", list(self.disable)),
                 ("keep", list(self.keep)))
        return [t(f"classroom.plan.{kind}", ids=", ".join(ids)) for kind, ids in kinds if ids]


def plan_class(roster: Roster, accounts: Mapping[str, Account]) -> Plan:
    """Compare the roster with the accounts the class already made.

    Example:
        >>> from netlab.classroom.roster import Roster
        >>> old = {"t01": Account("t01", "th", "A", "trainee", active=False)}
        >>> back = Roster(Path("r.csv"), (Person(2, "t01", "", "th", "A", "trainee"),))
        >>> [p.id for p in plan_class(back, old).enable]
        ['t01']
    """
    add, enable, change, keep = [], [], [], []
    for person in roster.people:
        had = accounts.get(person.id)
        wanted = Account.of(person)
        if had is None:
            add.append(person)
        elif not had.active:
            enable.append(person)
        elif had != wanted:
            change.append(person)
        else:
            keep.append(person.id)
    listed = {p.id for p in roster.people}
    disable = sorted(i for i, a in accounts.items() if a.active and i not in listed)
    return Plan(tuple(add), tuple(enable), tuple(change), tuple(disable), tuple(keep))


def apply_plan(accounts: Mapping[str, Account], roster: Roster,
               plan: Plan) -> dict[str, Account]:
    """The accounts after ``plan`` is carried out (disabled accounts stay, inactive).

    Example:
        >>> from netlab.classroom.roster import Roster
        >>> roster = Roster(Path("r.csv"), ())
        >>> after = apply_plan({"t01": Account("t01", "th", "", "trainee")}, roster,
        ...                    plan_class(roster, {"t01": Account("t01", "th", "", "trainee")}))
        >>> after["t01"].active
        False
    """
    after = dict(accounts)
    for person in roster.people:
        after[person.id] = Account.of(person)
    for ident in plan.disable:
        old = after[ident]
        after[ident] = Account(old.id, old.lang, old.group, old.role, active=False)
    return after


def read_accounts(path: str | os.PathLike[str]) -> dict[str, Account]:
    """The accounts recorded at ``path`` (none if there is no file yet).

    Raises:
        ValueError: the file is not an accounts record (named, in the active language).

    Example:
        >>> import tempfile
        >>> read_accounts(Path(tempfile.mkdtemp()) / "accounts.json")
        {}
    """
    path = Path(path)
    if not path.exists():
        return {}
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["accounts"]
        return {row["id"]: Account(**row) for row in rows}
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(t("classroom.accounts.unreadable", path=path, error=exc)) from None


def write_accounts(path: str | os.PathLike[str], accounts: Mapping[str, Account]) -> None:
    """Record ``accounts`` at ``path`` whole: written to a temporary file, then moved.

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "accounts.json"
        >>> write_accounts(path, {"t01": Account("t01", "th", "", "trainee")})
        >>> read_accounts(path)["t01"].role
        'trainee'
    """
    path = Path(path)
    body = {"accounts": [asdict(a) for _, a in sorted(accounts.items())]}
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(body, out, ensure_ascii=False, indent=1)
    os.replace(tmp, path)
