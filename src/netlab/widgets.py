"""Every interactive widget of the course, as the workbooks call them (``netlab.widgets.<name>``),
each built in its topic's module of :mod:`netlab.ui`. They call the domain modules; no domain
logic here.

Widget state is lost when nbgrader re-executes a notebook, so no graded answer lives in a
widget: each explorer shows its answers as code to copy into an answer cell.

Example:
    >>> from netlab.widgets import ProblemExplorer
    >>> explorer = ProblemExplorer()
    >>> explorer.answers["S3"]
    1
"""

from __future__ import annotations

from netlab.ui.foundations_explorer import TieExplorer, tie_explorer
from netlab.ui.mapping_builder import map_builder
from netlab.ui.mapping_reader import MapReader, map_reader
from netlab.ui.partners_explorer import PartnerExplorer, partner_explorer
from netlab.ui.problems_explorer import ProblemExplorer, problem_explorer
from netlab.ui.steps_sorter import step_sorter
from netlab.ui.steps_timeline import wawee_timeline

__all__ = ["MapReader", "PartnerExplorer", "ProblemExplorer", "TieExplorer", "map_builder",
           "map_reader", "partner_explorer", "problem_explorer", "step_sorter", "tie_explorer",
           "wawee_timeline"]
