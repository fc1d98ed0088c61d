"""A class on one JupyterHub server: the roster, the plan of accounts, the set-up
(:mod:`~netlab.classroom.setup`), the hub's configuration (:mod:`~netlab.classroom.hubconf`)
and grading as root (:mod:`~netlab.classroom.grade`).

Example:
    >>> from netlab.classroom import read_roster
    >>> callable(read_roster)
    True
"""

from __future__ import annotations

from netlab.classroom.plan import (
    Account,
    Plan,
    apply_plan,
    plan_class,
    read_accounts,
    write_accounts,
)
from netlab.classroom.roster import Person, Roster, RosterError, read_roster

__all__ = ["Account", "Person", "Plan", "Roster", "RosterError", "apply_plan", "plan_class",
           "read_accounts", "read_roster", "write_accounts"]
