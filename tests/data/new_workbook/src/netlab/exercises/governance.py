"""Exercise spec of a throw-away workbook (``07_network_governance``), the fixture of
``tests/test_new_workbook.py``: what a newcomer writes to add a workbook that reuses an existing
exercise kind.

- ``governance.a``: the orientation (horizontal, vertical) of three ways of deciding in a
  network (1 point each).
"""

from __future__ import annotations

from netlab.exercises.base import ChoiceItems
from netlab.foundations import Orientation

__all__ = ["EXERCISES"]


def _orientation(value: object) -> str:
    return Orientation.parse(value).value


EXERCISES = (
    ChoiceItems(id="governance.a", points=3.0, items=("G1", "G2", "G3"), parse=_orientation),
)
