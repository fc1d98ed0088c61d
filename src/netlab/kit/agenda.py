"""The two-day workshop as timed sessions, on the model of the workshop the course grew from.

Seed 003 (the report of the first cohort, 23–24 January 2017, 51 participants) gives each
day's topics in order: day 1 the nature of social phenomena and problems, social mapping,
understanding partners (BPs and SPs) and the ฐานใจ prelude; day 2 the basic ideas of networks,
working together, success factors, sharing experience between peers, the steps of building a
network, and a summary. The sessions follow that order with the workbooks that teach each
topic. The clock times are this course's suggestion (the report gives none); they are computed
from each day's start and the sessions' minutes, never typed.

Each session says how many of its minutes are notebook time, per workbook; over the two days
they add up to each workbook's minutes in the course map (``tests/test_kit.py`` checks it).
Titles, activities and notes are in the catalogue under ``kit.plan.<key>``.

Example:
    >>> [day.number for day in DAYS]
    [1, 2]
    >>> DAYS[0].sessions[0].key
    'opening'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = ["DAYS", "Day", "Session", "notebook_minutes"]


@dataclass(frozen=True)
class Session:
    """One block of a day: its catalogue key, its minutes, the notebook minutes it gives each
    workbook, the handouts it uses (file stems of the kit's handouts), and whether it is a
    break."""

    key: str
    minutes: int
    notebook: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    handouts: tuple[str, ...] = ()
    pause: bool = False


@dataclass(frozen=True)
class Day:
    """One day: its number, the clock time it starts (minutes after midnight) and its
    sessions in order."""

    number: int
    start: int
    sessions: tuple[Session, ...]

    def timed(self) -> Iterator[tuple[str, str, Session]]:
        """Each session with its start and end, as "HH:MM".

        Example:
            >>> next(DAYS[0].timed())[:2]
            ('08:30', '08:50')
        """
        now = self.start
        for session in self.sessions:
            yield _clock(now), _clock(now + session.minutes), session
            now += session.minutes

    @property
    def minutes(self) -> int:
        """The day's length, breaks included."""
        return sum(s.minutes for s in self.sessions)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _nb(**minutes: int) -> Mapping[str, int]:
    names = {"start": "00_start_here", "problems": "01_problem_typing",
             "partners": "02_partner_classification", "steps": "03_network_steps",
             "health": "04_network_health", "foundations": "05_network_foundations",
             "mapping": "06_social_mapping"}
    return MappingProxyType({names[k]: v for k, v in minutes.items()})


_BREAK = Session("break", 15, pause=True)
_LUNCH = Session("lunch", 60, pause=True)

#: The two days.
DAYS: tuple[Day, ...] = (
    Day(1, 8 * 60 + 30, (
        Session("opening", 20),
        Session("start", 15, _nb(start=15)),
        Session("problems", 100, _nb(problems=80), ("problem_card",)),
        _BREAK,
        Session("mapping", 95, _nb(mapping=60), ("netmap_kit",)),
        _LUNCH,
        Session("mapping_after", 40, _nb(mapping=30), ("netmap_kit",)),
        Session("partners", 105, _nb(partners=90), ("bp_sp_table",)),
        _BREAK,
        Session("heart", 25),
    )),
    Day(2, 8 * 60 + 30, (
        Session("recap", 10),
        Session("foundations", 110, _nb(foundations=90)),
        _BREAK,
        Session("health", 100, _nb(health=75), ("health_form",)),
        _LUNCH,
        Session("health_after", 15, _nb(health=15), ("health_form",)),
        Session("peers", 35),
        Session("steps", 105, _nb(steps=90), ("steps_sheet",)),
        _BREAK,
        Session("closing", 15),
    )),
)


def notebook_minutes(days: tuple[Day, ...] = DAYS) -> dict[str, int]:
    """The notebook minutes the plan gives each workbook over all days.

    Example:
        >>> notebook_minutes()["01_problem_typing"]
        80
    """
    total: dict[str, int] = {}
    for day in days:
        for session in day.sessions:
            for name, minutes in session.notebook.items():
                total[name] = total.get(name, 0) + minutes
    return total
