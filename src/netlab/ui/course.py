"""The map of the course for the start-here workbook: the workbooks in order, with minutes.

Example:
    >>> from netlab.i18n import language
    >>> with language("en"):
    ...     "Problem typing" in course_table().text()
    True
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from netlab.i18n import lang_attr, t
from netlab.syllabus import WORKBOOKS, Workbook
from netlab.ui.parts.html import HTMLView

__all__ = ["CourseMap", "course_map", "course_table"]

_COLUMNS = ("syllabus.col.number", "syllabus.col.workbook", "syllabus.col.minutes",
            "syllabus.col.summary", "syllabus.col.file")


@dataclass(frozen=True)
class CourseMap:
    """The workbooks after the start-here one, as a table in the active language."""

    workbooks: tuple[Workbook, ...]

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """(number, title, minutes, summary, file) per workbook."""
        return [(wb.number, t(f"syllabus.{wb.name}.title"), str(wb.minutes),
                 t(f"syllabus.{wb.name}.summary"), wb.file) for wb in self.workbooks]

    def total(self) -> str:
        """The sentence with the total time."""
        minutes = sum(wb.minutes for wb in self.workbooks)
        return t("syllabus.total", hours=round(minutes / 60, 1), minutes=minutes)

    def text(self) -> str:
        """The map as plain text, one workbook a line."""
        lines = [f"{n} {title} ({minutes} min): {summary} [{file}]"
                 for n, title, minutes, summary, file in self.rows()]
        return "\n".join([*lines, self.total()])

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        head = "".join(f"<th style='text-align:left;padding:2px 8px'>{html.escape(t(k))}</th>"
                       for k in _COLUMNS)
        body = "".join(
            "<tr>" + "".join(f"<td style='padding:2px 8px'>{html.escape(cell)}</td>"
                             for cell in row) + "</tr>" for row in self.rows())
        return (f"<table class='netlab-course-map' {lang_attr()}><thead><tr>{head}</tr></thead>"
                f"<tbody>{body}</tbody></table><p>{html.escape(self.total())}</p>")


def course_table() -> CourseMap:
    """The course map as a table (:func:`course_map` shows it in the start-here workbook).

    Example:
        >>> [row[0] for row in course_table().rows()]
        ['01', '02', '03', '04', '05', '06']
    """
    return CourseMap(tuple(wb for wb in WORKBOOKS if wb.number != "00"))


def course_map() -> HTMLView:
    """The start-here workbook's map of the course: the workbooks in order, with minutes.

    Example:
        >>> repr(course_map()).startswith("01 ")
        True
    """
    table = course_table()
    return HTMLView(table._repr_html_(), table.text())
