"""The course in order: the workbooks, how long each takes, and which exercises belong to it.

One list serves the start-here workbook's map, the progress dashboard and the tests that keep
each workbook's own "about N minutes" in step with it. Titles and summaries are catalogue keys
(``syllabus.<name>.title`` and ``.summary``), read in the active language by the views.

Example:
    >>> [wb.number for wb in WORKBOOKS][:3]
    ['00', '01', '02']
    >>> workbook_of("partners.b").name
    '02_partner_classification'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["WORKBOOKS", "Workbook", "workbook_of"]


@dataclass(frozen=True)
class Workbook:
    """One workbook: its file name (without ``.ipynb``), the prefix of its exercise ids, and
    the minutes its first cell announces."""

    name: str
    prefix: str
    minutes: int

    @property
    def number(self) -> str:
        """The two-digit place in the course ("01")."""
        return self.name[:2]

    @property
    def file(self) -> str:
        """The notebook's file name, the same in ``workbooks/th`` and ``workbooks/en``."""
        return f"{self.name}.ipynb"


WORKBOOKS: tuple[Workbook, ...] = (
    Workbook("00_start_here", "start", 15),
    Workbook("01_problem_typing", "problem_typing", 75),
    Workbook("02_partner_classification", "partners", 90),
    Workbook("03_network_steps", "steps", 90),
    Workbook("04_network_health", "health", 90),
    Workbook("05_network_foundations", "foundations", 75),
    Workbook("06_social_mapping", "mapping", 90),
)

_BY_PREFIX = {wb.prefix: wb for wb in WORKBOOKS}


def workbook_of(exercise_id: str) -> Workbook:
    """The workbook an exercise id belongs to (its prefix before the first dot).

    Raises:
        KeyError: no workbook has that prefix.

    Example:
        >>> workbook_of("problem_typing.a").minutes
        75
    """
    return _BY_PREFIX[exercise_id.split(".", 1)[0]]
