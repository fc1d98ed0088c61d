"""A class on one JupyterHub server: the roster first (issue 20 builds the rest on it).

Example:
    >>> from netlab.classroom import read_roster
    >>> callable(read_roster)
    True
"""

from __future__ import annotations

from netlab.classroom.roster import Person, Roster, RosterError, read_roster

__all__ = ["Person", "Roster", "RosterError", "read_roster"]
