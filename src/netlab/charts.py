"""Every chart of the course, as the workbooks call them (``netlab.charts.<name>``): each is
drawn in its topic's module of :mod:`netlab.ui` (``ui/<topic>.py``). Charts render offline, as
static SVG by default (:func:`to_svg`), with labels in the active language.

Example:
    >>> from netlab.charts import problem_plane
    >>> problem_plane().to_dict()["layer"][0]["mark"]["type"]
    'rect'
"""

from __future__ import annotations

from netlab.ui.health import health_profile
from netlab.ui.mapping import map_chart
from netlab.ui.partners import aiim_chart
from netlab.ui.parts.chart_access import to_svg
from netlab.ui.parts.chart_colours import PHASE_COLOURS, ROLE_COLOURS, STEP_COLOURS, TYPE_COLOURS
from netlab.ui.problems import problem_plane
from netlab.ui.steps import timeline_chart

__all__ = ["PHASE_COLOURS", "ROLE_COLOURS", "STEP_COLOURS", "TYPE_COLOURS", "aiim_chart",
           "health_profile", "map_chart", "problem_plane", "timeline_chart", "to_svg"]
