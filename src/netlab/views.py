"""Static HTML views for notebooks: type cards, the question table, case lists.

Each function returns an :class:`HTMLView`, shown as HTML by Jupyter and as plain text
elsewhere, in the active language. No widgets, no domain logic.

Example:
    >>> from netlab.views import question_table
    >>> "K1" in question_table()._repr_html_()
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from netlab._errors import TraineeError
from netlab._labels import CatalogueEnum
from netlab.folded import folded
from netlab.i18n import get_language, lang_attr, t
from netlab.palette import colour, styled
from netlab.partners import PARTNER_QUESTIONS, PartnerRole
from netlab.problems import QUESTIONS, ProblemType
from netlab.steps.checklists import Checklist

if TYPE_CHECKING:
    from netlab.foundations.concepts import _Concept

__all__ = ["HTMLView", "action_table", "case_list", "checklist_view", "component_cards",
           "course_map", "folded", "indicator_table", "member_link_cards", "orientation_cards",
           "origin_cards", "partner_question_table", "phase_cards", "question_table",
           "role_cards", "step_cards", "type_cards"]

_MUTED, _BORDER = colour("muted"), colour("border")
_CARD = ("border:1px solid var(--jp-border-color2, #ccc);border-left:6px solid {colour};"
         "border-radius:4px;padding:6px 12px;margin:6px 0")


class HTMLView:
    """A piece of HTML with a plain-text fallback."""

    def __init__(self, markup: str, text: str) -> None:
        self.markup = markup
        self.text = text
        self.lang = get_language()  # the language it was written in

    def _repr_html_(self) -> str:
        return styled(f'<div class="netlab-view" {lang_attr(self.lang)}>{self.markup}</div>')

    def __repr__(self) -> str:
        return self.text


def _e(text: object) -> str:
    return html.escape(str(text))


def _cite(keys: str) -> str:
    """Short citations (active language) for comma-separated keys: catalogue ``source.<key>``."""
    return "; ".join(t(f"source.{key.strip()}") for key in keys.split(","))


def _card(classes: str, colour: str, member: CatalogueEnum, after_title: str, body: str) -> str:
    """One card: the member's name in the active language, the other language's name in
    brackets, then ``body`` (already HTML)."""
    other = member.name_en if get_language() == "th" else member.name_th
    return (f'<div class="{classes}" style="{_CARD.format(colour=colour)}">'
            f"<b>{_e(member.label)}</b> <span style='color:{_MUTED}'>({_e(other)})</span>"
            f"{after_title}<br>{body}</div>")


def _items(label_key: str, items: list[str]) -> str:
    """A labelled bullet list (HTML)."""
    lis = "".join(f"<li>{_e(i)}</li>" for i in items)
    return f"<i>{_e(t(label_key))}:</i><ul style='margin:2px 0'>{lis}</ul>"


def _table(classes: str, head_keys: tuple[str, ...], rows: list[str]) -> str:
    head = "".join(f"<th style='text-align:left'>{_e(t(k))}</th>" for k in head_keys)
    return (f"<table class='{classes}'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def type_cards() -> HTMLView:
    """The four problem types as cards: name (Thai and English), description, example,
    guidance and the closest published frameworks.

    Example:
        >>> "ปัญหาเชิงเดี่ยว" in type_cards()._repr_html_()
        True
    """
    from netlab.charts import TYPE_COLOURS

    cards, lines = [], []
    for ptype in ProblemType:
        cards.append(_card(
            "netlab-card", TYPE_COLOURS[ptype.value], ptype, "",
            f"{_e(ptype.description)}<br>"
            f"<i>{_e(t('views.example'))}:</i> {_e(ptype.example)}<br>"
            f"<i>{_e(t('views.guidance'))}:</i> {_e(ptype.guidance)}<br>"
            f"<small style='color:{_MUTED}'>{_e(t('views.anchors'))}: {_e(ptype.anchors)}</small>"))
        lines.append(f"{ptype.label}: {ptype.description}")
    return HTMLView("".join(cards), "\n".join(lines))


def question_table() -> HTMLView:
    """The nine diagnostic questions with what 0, 1 and 2 mean and where each comes from.

    Example:
        >>> "S3" in repr(question_table())
        True
    """
    rows, lines = [], []
    for q in QUESTIONS.values():
        answers = " · ".join(f"{v} = {_e(o)}" for v, o in enumerate(q.options))
        rows.append(
            f"<tr><td><b>{_e(q.id)}</b></td><td style='text-align:left'>{_e(q.text)}<br>"
            f"<small style='color:{_MUTED}'>{_e(t(f'problems.q.{q.id}.help'))}</small></td>"
            f"<td style='text-align:left'>{answers}</td>"
            f"<td style='text-align:left'><small>{_e(q.source)}</small></td></tr>")
        lines.append(f"{q.id}: {q.text} ({', '.join(q.options)})")
    table = _table("netlab-questions", ("views.q.id", "views.q.question", "views.q.answers",
                                        "views.q.source"), rows)
    return HTMLView(table, "\n".join(lines))


def case_list(name: str = "problem_cases", ids: Iterable[str] | None = None) -> HTMLView:
    """Cases of a dataset (id, title, text) in the active language.

    Args:
        name: a dataset with ``id`` and ``title_th/en`` or ``text_th/en`` columns (or both).
        ids: only these ids, in this order (default: all rows).

    Raises:
        ValueError: an id that is not in the dataset (naming it and the known ones).

    Example:
        >>> "C01" in repr(case_list())
        True
    """
    from netlab.datasets import load

    df = load(name).set_index("id")
    chosen = list(ids) if ids is not None else list(df.index)
    unknown = [repr(i) for i in chosen if i not in df.index]
    if unknown:
        raise TraineeError(t("views.error.unknown_ids", ids=", ".join(unknown), name=name,
                           allowed=", ".join(df.index)))
    lang = get_language()
    items, lines = [], []
    for case_id in chosen:
        row = df.loc[case_id]
        title = row[f"title_{lang}"] if f"title_{lang}" in df.columns else ""
        text = row[f"text_{lang}"] if f"text_{lang}" in df.columns else ""
        head = f"{case_id} · {title}" if title else case_id
        body = f"<br>{_e(text)}" if text and title else f" {_e(text)}" if text else ""
        items.append(f'<div class="netlab-case" style="{_CARD.format(colour=_BORDER)}">'
                     f"<b>{_e(head)}</b>{body}</div>")
        lines.append(" ".join(filter(None, (case_id, title and f"{title}:", text))))
    return HTMLView("".join(items), "\n".join(lines))


def role_cards() -> HTMLView:
    """The four partner roles as cards: name (Thai and English), meaning, what to do next.

    Example:
        >>> "ภาคีหุ้นส่วน" in role_cards()._repr_html_()
        True
    """
    from netlab.charts import ROLE_COLOURS

    cards, lines = [], []
    for role in PartnerRole:
        cards.append(_card(
            "netlab-card netlab-role", ROLE_COLOURS[role.value], role,
            f" <code>{_e(role.value)}</code>",
            f"{_e(role.explanation)}<br>"
            f"<i>{_e(t('views.next_step'))}:</i> {_e(role.next_step)}"))
        lines.append(f"{role.value} ({role.label}): {role.explanation}")
    return HTMLView("".join(cards), "\n".join(lines))


def partner_question_table() -> HTMLView:
    """The six partner questions: key, question, what to think about, which test it feeds.

    Example:
        >>> "in_influence" in repr(partner_question_table())
        True
    """
    rows, lines = [], []
    for q in PARTNER_QUESTIONS.values():
        rows.append(
            f"<tr><td><code>{_e(q.key)}</code></td><td style='text-align:left'>{_e(q.text)}"
            f"<br><small style='color:{_MUTED}'>{_e(q.help)}</small></td>"
            f"<td style='text-align:left'>{_e(t(f'views.pq.test.{q.test}'))}</td></tr>")
        lines.append(f"{q.key}: {q.text}")
    table = _table("netlab-questions netlab-partner-questions",
                   ("views.pq.key", "views.q.question", "views.pq.test"), rows)
    return HTMLView(table, "\n".join(lines))


def step_cards() -> HTMLView:
    """The four steps of building a network as cards: purpose, typical activities, the
    manager's questions, what to watch for and the closest international model.

    Example:
        >>> "alliance" in step_cards()._repr_html_()
        True
    """
    from netlab.charts import STEP_COLOURS
    from netlab.steps import Step

    cards, lines = [], []
    for step in Step:
        cards.append(_card(
            "netlab-card netlab-step", STEP_COLOURS[step.value], step,
            f" <code>{_e(step.value)}</code>",
            f"{_e(step.purpose)}"
            f"{_items('views.steps.activities', step.activities)}"
            f"{_items('views.steps.questions', step.questions)}"
            f"{_items('views.steps.watch', step.watch_for)}"
            f"<small style='color:{_MUTED}'>{_e(step.anchor)}</small>"))
        lines.append(f"{step.number}. {step.value} ({step.label}): {step.purpose}")
    return HTMLView("".join(cards), "\n".join(lines))


def phase_cards() -> HTMLView:
    """The four phases of the life cycle as cards: meaning and what a manager does.

    Example:
        >>> "ending" in repr(phase_cards())
        True
    """
    from netlab.charts import PHASE_COLOURS
    from netlab.steps import Phase

    cards, lines = [], []
    for phase in Phase:
        cards.append(_card(
            "netlab-card netlab-phase", PHASE_COLOURS[phase.value], phase,
            f" <code>{_e(phase.value)}</code>",
            f"{_e(phase.meaning)}<br><i>{_e(t('views.phase.tools'))}:</i> {_e(phase.tools)}"))
        lines.append(f"{phase.value} ({phase.label}): {phase.meaning}")
    return HTMLView("".join(cards), "\n".join(lines))


def indicator_table() -> HTMLView:
    """The eleven observable signs of :func:`netlab.steps.diagnose_stage` and what each feeds.

    Example:
        >>> "joint_work" in repr(indicator_table())
        True
    """
    from netlab.steps import INDICATORS, Step

    rows, lines = [], []
    for sign in INDICATORS.values():
        feeds = (t("views.indicator.phase") if sign.group == "phase"
                 else f"{Step(sign.group).number}. {Step(sign.group).short}")
        rows.append(
            f"<tr><td><code>{_e(sign.key)}</code></td><td style='text-align:left'>"
            f"{_e(sign.text)}<br><small style='color:{_MUTED}'>{_e(sign.help)}</small></td>"
            f"<td style='text-align:left'>{_e(feeds)}</td></tr>")
        lines.append(f"{sign.key}: {sign.text} ({feeds})")
    table = _table("netlab-questions netlab-indicators",
                   ("views.pq.key", "views.q.question", "views.pq.test"), rows)
    return HTMLView(table, "\n".join(lines))


def component_cards() -> HTMLView:
    """The seven components as cards: meaning, the sign that it is weak, the actions.

    Example:
        >>> "interdependence" in component_cards()._repr_html_()
        True
    """
    from netlab.health import Component, actions_for

    cards, lines = [], []
    for component in Component:
        ids = ", ".join(a.id for a in actions_for(component))
        cards.append(_card(
            "netlab-card netlab-component", "#4c78a8", component,
            f" <code>{_e(component.value)}</code>",
            f"{_e(component.meaning)}<br><i>{_e(t('views.component.weak'))}:</i> "
            f"{_e(component.weak_sign)}<br><i>{_e(t('views.component.actions'))}:</i> "
            f"{_e(ids)}"))
        lines.append(f"{component.value} ({component.label}): {component.meaning}")
    return HTMLView("".join(cards), "\n".join(lines))


def action_table() -> HTMLView:
    """The recommended actions: id, what to do, the components they strengthen, the seed.

    Example:
        >>> "R18" in repr(action_table())
        True
    """
    from netlab.health import ACTIONS

    rows, lines = [], []
    for action in ACTIONS.values():
        comps = ", ".join(c.label for c in action.components)
        rows.append(
            f"<tr><td><b>{_e(action.id)}</b></td><td style='text-align:left'>"
            f"{_e(action.text)}</td><td style='text-align:left'>{_e(comps)}</td>"
            f"<td style='text-align:left'><small>{_e(_cite(action.source))}</small></td></tr>")
        lines.append(f"{action.id}: {action.text} ({comps})")
    heads = ("views.q.id", "views.action", "views.action.components", "views.q.source")
    table = _table("netlab-questions netlab-actions", heads, rows)
    return HTMLView(table, "\n".join(lines))


def _concept_cards(members: Iterable[_Concept], parts: tuple[str, ...],
                   colour: str) -> tuple[list[str], list[str]]:
    """Cards of foundations concepts: each part under its ``foundations.label.*`` label."""
    cards, lines = [], []
    for member in members:
        body = "<br>".join(f"<i>{_e(t(f'foundations.label.{p}'))}:</i> "
                           f"{_e(member.part(p))}" for p in parts)
        short = member.short
        after = f" <code>{_e(member.value)}</code>" + (f" · <i>{_e(short)}</i>" if short else "")
        cards.append(_card("netlab-card netlab-concept", colour, member, after, body))
        lines.append(f"{member.value} ({member.label}): {member.part(parts[0])}")
    return cards, lines


def origin_cards() -> HTMLView:
    """The three origins of a network: meaning, how to recognise it, example, anchor.

    Example:
        >>> "evolutionary" in repr(origin_cards())
        True
    """
    from netlab.foundations import Origin

    cards, lines = _concept_cards(Origin, ("meaning", "signs", "example", "anchor"), "#3B8C86")
    return HTMLView("".join(cards), "\n".join(lines))


def orientation_cards() -> HTMLView:
    """Horizontal and vertical networks, then bonding, bridging and linking ties.

    Example:
        >>> "linking" in repr(orientation_cards())
        True
    """
    from netlab.foundations import Orientation, TieKind

    cards, lines = _concept_cards(Orientation, ("meaning", "signs", "anchor"), "#4c78a8")
    more, more_lines = _concept_cards(TieKind, ("meaning", "example"), "#9d755d")
    heading = f"<h4>{_e(t('foundations.label.tie_kinds'))}</h4>"
    return HTMLView("".join([*cards, heading, *more]), "\n".join([*lines, *more_lines]))


def member_link_cards() -> HTMLView:
    """The three kinds of member link (seed 004).

    Example:
        >>> "group_group" in repr(member_link_cards())
        True
    """
    from netlab.foundations import MemberLink

    cards, lines = _concept_cards(MemberLink, ("meaning", "example"), "#b279a2")
    heading = f"<h4>{_e(t('foundations.label.member_links'))}</h4>"
    return HTMLView(heading + "".join(cards), "\n".join(lines))


def checklist_view(*checklists: Checklist) -> HTMLView:
    """Checklists as numbered lists under their titles (the seeds' lists to read or tick).

    Example:
        >>> from netlab.foundations import TECHNIQUES
        >>> repr(checklist_view(TECHNIQUES)).splitlines()[1].startswith("1. ")
        True
    """
    blocks, lines = [], []
    for checklist in checklists:
        items = "".join(f"<li>{_e(item)}</li>" for item in checklist.items)
        blocks.append(f'<div class="netlab-checklist" style="{_CARD.format(colour=_BORDER)}">'
                      f"<b>{_e(checklist.title)}</b> <small>({_e(_cite(checklist.source))})</small>"
                      f"<ol style='margin:2px 0'>{items}</ol></div>")
        lines += [checklist.title, *(f"{n}. {item}" for n, item in
                                     enumerate(checklist.items, start=1))]
    return HTMLView("".join(blocks), "\n".join(lines))


def course_map() -> HTMLView:
    """The start-here workbook's map of the course: the workbooks in order, with minutes.

    Example:
        >>> repr(course_map()).startswith("01 ")
        True
    """
    from netlab.course_map import course_map as _course_map

    table = _course_map()
    return HTMLView(table._repr_html_(), table.text())
