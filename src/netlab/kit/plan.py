"""The session plan: the two days of :mod:`netlab.kit.agenda` as one printable page per day.

Each row: the clock time, the session, what happens (its group activity in bold), the
workbook sections it covers (read from the sources, so a renamed section shows here), the
handouts it uses and its minutes, notebook minutes apart.

Example:
    >>> html = session_plan("en", {"01_problem_typing": ["Four kinds of problem"]})
    >>> html.count('class="day page"'), "Four kinds of problem" in html
    (2, True)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from netlab.i18n import language, t
from netlab.kit.agenda import DAYS, Day, Session
from netlab.kit.page import document, esc, header_cells, markdown

__all__ = ["session_plan"]


def _materials(session: Session) -> str:
    names = [t(f"kit.handout.{stem}") for stem in session.handouts]
    if session.notebook:
        names.insert(0, t("kit.plan.laptops"))
    return "<br>".join(esc(name) for name in names)


def _what(session: Session, sections: Mapping[str, Sequence[str]], seen: set[str]) -> str:
    html = markdown(t(f"kit.plan.{session.key}.activity"))
    for name in session.notebook:
        if name in seen or not sections.get(name):
            continue
        seen.add(name)
        listed = " · ".join(sections[name])
        html += f'<p class="muted">{esc(t("kit.plan.sections", sections=listed))}</p>'
    return html


def _minutes(session: Session) -> str:
    notebook = sum(session.notebook.values())
    extra = (f'<br><span class="muted">{esc(t("kit.plan.notebook", minutes=notebook))}'
             f"</span>" if notebook else "")
    return f"{session.minutes}{extra}"


def _day(day: Day, sections: Mapping[str, Sequence[str]], seen: set[str]) -> str:
    rows = []
    for start, end, session in day.timed():
        title = esc(t(f"kit.plan.{session.key}.title"))
        if session.pause:
            rows.append(f'<tr class="pause"><td>{start}–{end}</td><td colspan="4">{title}'
                        f"</td></tr>")
            continue
        rows.append(f"<tr><td>{start}–{end}</td><td><b>{title}</b></td>"
                    f"<td>{_what(session, sections, seen)}</td><td>{_materials(session)}</td>"
                    f"<td>{_minutes(session)}</td></tr>")
    head = header_cells("kit.plan.time", "kit.plan.session", "kit.plan.activity",
                        "kit.plan.materials", "kit.plan.minutes")
    notebook = sum(sum(s.notebook.values()) for s in day.sessions)
    theme = t(f"kit.plan.day{day.number}")
    return (f'<section class="day page"><h1>{esc(t("kit.plan.title"))}</h1>'
            f'<h2>{esc(t("kit.plan.day", number=day.number, theme=theme))}</h2>'
            f'<p class="lede">{esc(t("kit.plan.lede", source=t("kit.plan.source_short")))}</p>'
            f'<table class="plan"><tr>{head}</tr>{"".join(rows)}</table>'
            f'<p><b>{esc(t("kit.plan.total", minutes=day.minutes, notebook=notebook))}</b></p>'
            f'<p class="source">{esc(t("kit.plan.source"))}</p></section>')


def session_plan(lang: str, sections: Mapping[str, Sequence[str]] | None = None,
                 days: tuple[Day, ...] = DAYS) -> str:
    """The session plan in ``lang``: one A4 page per day. ``sections`` maps a workbook to its
    section titles in ``lang`` (listed in the first session that uses the workbook).

    Example:
        >>> "08:30" in session_plan("th")
        True
    """
    with language(lang):
        seen: set[str] = set()
        body = "".join(_day(day, sections or {}, seen) for day in days)
        css = (".plan td { font-size: 8.2pt; line-height: 1.35; padding: 0.8mm 1.4mm; } "
               ".plan td p.muted { font-size: 7.6pt; } "
               ".plan td p { margin: 0 0 0.8mm; } .plan td:first-child { white-space: nowrap; } "
               ".plan td:nth-child(4) { width: 30mm; } .plan td:last-child { width: 17mm; } "
               ".pause td { background: #f3f3f3; color: #444; }")
        return document(t("kit.plan.title"), body, lang, extra_css=css)
