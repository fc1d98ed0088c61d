"""Every static view of the course, as the workbooks call them (``netlab.views.<name>``): cards,
tables and lists in the active language, each an :class:`HTMLView` (HTML in Jupyter, plain text
elsewhere), drawn in its topic's module of :mod:`netlab.ui` (``ui/<topic>.py``).

Example:
    >>> from netlab.views import question_table
    >>> "K1" in question_table()._repr_html_()
    True
"""

from __future__ import annotations

from netlab.ui.course import course_map
from netlab.ui.foundations import member_link_cards, orientation_cards, origin_cards
from netlab.ui.health import action_table, component_cards
from netlab.ui.partners import partner_question_table, role_cards
from netlab.ui.parts.folded import folded
from netlab.ui.parts.html import HTMLView
from netlab.ui.problems import case_list, question_table, type_cards
from netlab.ui.steps import checklist_view, indicator_table, phase_cards, step_cards

__all__ = ["HTMLView", "action_table", "case_list", "checklist_view", "component_cards",
           "course_map", "folded", "indicator_table", "member_link_cards", "orientation_cards",
           "origin_cards", "partner_question_table", "phase_cards", "question_table",
           "role_cards", "step_cards", "type_cards"]
