"""The course in order: the workbooks, how long each takes, and which exercises belong to it.

One list serves the start-here workbook's map, the progress dashboard and the recaps. It is
derived from the instructor sources by ``netlab build`` (:mod:`netlab.derived_syllabus`) and
stored in ``netlab/resources/syllabus.json``, so that a trainee's installation, which has no
source, reads the same map. Titles and summaries are catalogue keys (``syllabus.<name>.title``
and ``.summary``, in each workbook's texts), read in the active language by the views.

Example:
    >>> [wb.number for wb in WORKBOOKS][:3]
    ['00', '01', '02']
    >>> workbook_of("partners.b").name
    '02_partner_classification'
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SYLLABUS_FILE", "WORKBOOKS", "Workbook", "workbook_of"]

SYLLABUS_FILE = Path(__file__).resolve().parent / "resources" / "syllabus.json"


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


WORKBOOKS: tuple[Workbook, ...] = tuple(
    Workbook(**row) for row in json.loads(SYLLABUS_FILE.read_text(encoding="utf-8")))

_BY_PREFIX = {wb.prefix: wb for wb in WORKBOOKS}


def workbook_of(exercise_id: str) -> Workbook:
    """The workbook an exercise id belongs to (its prefix before the first dot).

    Raises:
        KeyError: no workbook has that prefix.

    Example:
        >>> workbook_of("problem_typing.a").minutes
        80
    """
    return _BY_PREFIX[exercise_id.split(".", 1)[0]]
