"""The facilitator guide of one workbook, generated from its instructor source.

What the source already holds for instructors (worked answers, keys, rubrics, the solutions of
graded cells) and its guide cells (tagged ``guide``: key points, timing, group activity,
discussion questions, common misconceptions) are put in a facilitator's order, with where
the workbook sits in the session plan. When a class has been graded, the answers it got wrong
most often are added (``netlab report``'s wrong answers). The guide holds the keys: it is
written only into the kit, never into a folder trainees receive.

Example:
    >>> from netlab.kit.sources import read_source
    >>> html = facilitator_guide("02_partner_classification",
    ...                          read_source("02_partner_classification"), "en")
    >>> "Rubric for Exercise C" in html
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from netlab.course_layout import grade_id
from netlab.i18n import language, t
from netlab.kit.agenda import DAYS
from netlab.kit.page import document, esc, header_cells, markdown
from netlab.kit.sources import cells_in, guide_part, headings
from netlab.release import is_instructor_only
from netlab.syllabus import WORKBOOKS

__all__ = ["GUIDE_PARTS", "WrongAnswer", "facilitator_guide"]

#: The guide cells' parts, in the order the guide prints them.
GUIDE_PARTS: tuple[str, ...] = ("points", "timing", "group", "discuss", "misconceptions")

#: One of a graded class's most frequent wrong answers: (item, answer given, count, share).
WrongAnswer = tuple[str, str, int, float]

_SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.DOTALL)
_DISCUSS = re.compile(r"^###\s+(ชวนคุย|Discuss)\b")
_H2 = re.compile(r"^##\s+(.+)$", re.MULTILINE)


def _md(cell: Any) -> str:
    return markdown(cell.source)


def _sessions(name: str) -> str:
    rows = []
    for day in DAYS:
        for start, end, session in day.timed():
            if name in session.notebook:
                rows.append(t("kit.guide.session", day=day.number, start=start, end=end,
                              title=t(f"kit.plan.{session.key}.title"),
                              minutes=session.notebook[name]))
    return "".join(f"<li>{esc(row)}</li>" for row in rows)


def _glance(name: str, nb: Any, lang: str) -> str:
    minutes = next(wb.minutes for wb in WORKBOOKS if wb.name == name)
    learning = set(headings(nb, lang, learn_only=True))
    exercises = [h for h in headings(nb, lang) if h not in learning]
    return (f'<h2>{esc(t("kit.guide.glance"))}</h2>'
            f'<p>{esc(t("kit.guide.minutes", minutes=minutes))}</p>'
            f"<ul>{_sessions(name)}</ul>"
            f'<p>{esc(t("kit.guide.sections"))}</p>'
            f"<ol>{''.join(f'<li>{esc(h)}</li>' for h in exercises)}</ol>")


def _guide_cells(nb: Any, lang: str, part: str) -> list[Any]:
    return [c for c in cells_in(nb, lang, instructor=True) if guide_part(c) == part]


def _discussion(nb: Any, lang: str) -> str:
    cells = [c for c in cells_in(nb, lang) if c.cell_type == "markdown"
             and _DISCUSS.match(c.source)]
    return "".join(_md(c) for c in [*cells, *_guide_cells(nb, lang, "discuss")])


def _class_errors(wrong: Sequence[WrongAnswer]) -> str:
    if not wrong:
        return ""
    rows = "".join(f"<tr><td>{esc(item)}</td><td><code>{esc(given)}</code></td>"
                   f"<td>{count}</td><td>{share:.0%}</td></tr>"
                   for item, given, count, share in wrong)
    head = header_cells("kit.guide.item", "kit.guide.given", "kit.guide.count",
                        "kit.guide.share")
    return (f'<h3>{esc(t("kit.guide.class_errors"))}</h3>'
            f'<p class="muted">{esc(t("kit.guide.class_errors_lede"))}</p>'
            f"<table><tr>{head}</tr>{rows}</table>")


def _keys(nb: Any, lang: str) -> str:
    """The exercises in order: each section's heading, its solutions, then its worked
    answers, keys and rubrics."""
    out: list[str] = []
    for cell in cells_in(nb, lang, instructor=True):
        if guide_part(cell) is not None:
            continue
        heading = _H2.search(cell.source) if cell.cell_type == "markdown" else None
        if heading and not is_instructor_only(cell):
            if any(grade_id(c) or (is_instructor_only(c) and guide_part(c) is None)
                   for c in _section_after(nb, cell)):
                out.append(f"<h3>{esc(heading.group(1))}</h3>")
        elif is_instructor_only(cell):
            out.append(f'<div class="keep">{_md(cell)}</div>')
        elif grade_id(cell) and (found := _SOLUTION.findall(cell.source)):
            code = "\n".join(part.rstrip() for part in found)
            out.append(f'<p class="muted">{esc(t("kit.guide.solution", cell=grade_id(cell)))}'
                       f"</p><pre>{esc(code)}</pre>")
    return "".join(out)


def _section_after(nb: Any, heading_cell: Any) -> list[Any]:
    """The cells from a section's heading to the next heading (both languages)."""
    cells = nb.cells
    start = next(i for i, c in enumerate(cells) if c is heading_cell)
    end = next((i for i in range(start + 1, len(cells)) if cells[i].cell_type == "markdown"
                and _H2.search(cells[i].source) and not is_instructor_only(cells[i])),
               len(cells))
    return cells[start:end]


def facilitator_guide(name: str, nb: Any, lang: str,
                      wrong: Sequence[WrongAnswer] = ()) -> str:
    """The facilitator guide of workbook ``name`` (its instructor source ``nb``) in ``lang``:
    at a glance, purpose, key points, timing, group activity, discussion questions, common
    misconceptions (with ``wrong``, a graded class's most frequent wrong answers), and the
    answer key with the rubrics.

    Example:
        >>> from netlab.kit.sources import read_source
        >>> html = facilitator_guide("01_problem_typing", read_source("01_problem_typing"),
        ...                          "th", wrong=[("C03", "complex", 7, 0.41)])
        >>> "41%" in html and "คู่มือวิทยากร" in html
        True
    """
    with language(lang):
        cells = cells_in(nb, lang)
        title = _H2.sub("", cells[0].source).splitlines()[0].lstrip("# ").strip()
        parts = []
        for part in GUIDE_PARTS:
            body = _discussion(nb, lang) if part == "discuss" else "".join(
                _md(c) for c in _guide_cells(nb, lang, part))
            if part == "misconceptions":
                body += _class_errors(wrong)
            if body:
                parts.append(f'<section class="part">{body}</section>')
        body = (f'<h1>{esc(t("kit.guide.title", title=title))}</h1>'
                f'<p class="lede">{esc(t("kit.guide.lede"))}</p>'
                f"{_glance(name, nb, lang)}"
                f'<h2>{esc(t("kit.guide.purpose"))}</h2>'
                f'<div class="purpose">{markdown(cells[0].source.split(chr(10), 1)[-1])}</div>'
                f'{"".join(parts)}'
                f'<h2 class="keys">{esc(t("kit.guide.keys"))}</h2>{_keys(nb, lang)}')
        css = (".purpose, .part { margin-bottom: 2mm; } h2.keys { break-before: page; } "
               "h3 { break-after: avoid; }")
        return document(t("kit.guide.title", title=title), body, lang, extra_css=css)
