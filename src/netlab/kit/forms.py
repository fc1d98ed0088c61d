"""Printable forms: the seven-component health check, and the four steps with the life cycle.

The components, steps and phases come from the domain (``netlab.health``, ``netlab.steps``),
so a form asks what workbooks 03 and 04 ask, in their words.

Example:
    >>> html = health_form("en")
    >>> html.count('class="component"')
    7
"""

from __future__ import annotations

from netlab.health.assess import level_of
from netlab.health.components import Component
from netlab.i18n import language, t
from netlab.kit.page import blank, document, esc, header_cells, source_note
from netlab.steps.model import Phase, Step

__all__ = ["health_form", "steps_sheet"]

# The survey's scale: each member scores each component 0, 1 or 2.
_SCALE = (0, 1, 2)


_ENTER = f'assess_health({{"{Component.VISION.value}": 1, ...}})'



def health_form(lang: str) -> str:
    """The seven-component health-check form: each component's meaning and its weak sign, a
    0/1/2 score to tick and the evidence seen; then the weakest component and one action
    (one A4 page).

    Example:
        >>> "วิสัยทัศน์" in health_form("th")
        True
    """
    with language(lang):
        scale = " · ".join(f"{n} = {esc(t(f'health.level.{level_of(n)}'))}" for n in _SCALE)
        rows = "".join(
            f'<tr class="component"><td><b>{n}. {esc(c.label)}</b><br>{esc(c.meaning)}<br>'
            f'<span class="muted">{esc(t("kit.health.weak_sign"))} {esc(c.weak_sign)}</span>'
            f'</td><td class="score">'
            + "".join(f'<span class="box"></span>{s} ' for s in _SCALE)
            + f'<br><code>"{esc(c.value)}"</code></td><td></td></tr>'
            for n, c in enumerate(Component, 1))
        body = (
            f'<h1>{esc(t("kit.health.title"))}</h1>'
            f'<p class="lede">{esc(t("kit.health.lede"))}</p>'
            f'<p>{esc(t("kit.bpsp.network"))} {blank(70)} {esc(t("kit.health.date"))} '
            f'{blank(30)}</p><p><b>{esc(t("kit.health.score"))}:</b> {scale}</p>'
            f'<table><tr><th>{esc(t("kit.health.component"))}</th>'
            f'<th>{esc(t("kit.health.score"))}</th>'
            f'<th>{esc(t("kit.health.evidence"))}</th></tr>{rows}</table>'
            f'<p><b>{esc(t("kit.health.weakest"))}</b> {blank(45)} '
            f'<b>{esc(t("kit.health.action"))}</b> {blank(65)}</p>'
            f'<p>{esc(t("kit.health.enter", example=_ENTER))}</p>'
            f'{source_note(t("kit.health.source"))}')
        css = (".component td { font-size: 8pt; line-height: 1.3; padding: 0.7mm 1.4mm; } "
               ".score { width: 27mm; white-space: nowrap; } "
               "table td:last-child { width: 62mm; } .lede { font-size: 9.5pt; }")
        return document(t("kit.health.title"), body, lang, extra_css=css)


def steps_sheet(lang: str) -> str:
    """The four steps of building a network (purpose, activities, questions, what to watch
    for) and the four phases of the life cycle with what a manager does in each, and a box
    to mark where one's own network is (two A4 pages).

    Example:
        >>> html = steps_sheet("en")
        >>> html.count('class="step"'), html.count('class="phase"')
        (4, 4)
    """
    with language(lang):
        steps = "".join(
            f'<tr class="step"><td><b>{s.number}. {esc(s.label)}</b><br>{esc(s.purpose)}</td>'
            f"<td><ul>{''.join(f'<li>{esc(a)}</li>' for a in s.activities)}</ul></td>"
            f"<td><ul>{''.join(f'<li>{esc(q)}</li>' for q in s.questions)}</ul></td>"
            f"<td><ul>{''.join(f'<li>{esc(w)}</li>' for w in s.watch_for)}</ul></td></tr>"
            for s in Step)
        phases = "".join(
            f'<tr class="phase"><td><span class="box"></span><b>{n}. {esc(p.label)}</b></td>'
            f"<td>{esc(p.meaning)}</td><td>{esc(p.tools)}</td></tr>"
            for n, p in enumerate(Phase, 1))
        head = header_cells("kit.steps.step", "kit.steps.activities", "kit.steps.questions",
                            "kit.steps.watch")
        body = (
            f'<section class="page"><h1>{esc(t("kit.steps.title"))}</h1>'
            f'<p class="lede">{esc(t("kit.steps.lede"))}</p>'
            f'<table class="steps"><tr>{head}</tr>{steps}</table>'
            f'{source_note(t("kit.steps.source"))}</section>'
            f'<section class="page"><h1>{esc(t("kit.steps.cycle"))}</h1>'
            f'<p class="lede">{esc(t("kit.steps.cycle_lede"))}</p>'
            f'<table><tr><th>{esc(t("kit.steps.phase"))}</th><th>{esc(t("kit.steps.meaning"))}'
            f'</th><th>{esc(t("kit.steps.tools"))}</th></tr>{phases}</table>'
            f'<h2>{esc(t("kit.steps.ours"))}</h2><div class="lines" style="--lines:45mm"></div>'
            f'<p>{esc(t("kit.steps.enter"))}</p>'
            f'{source_note(t("kit.steps.cycle_source"))}</section>')
        css = (".steps td { font-size: 8pt; line-height: 1.35; padding: 0.7mm 1.2mm; } "
               ".steps ul { padding-left: 4mm; margin: 0; }")
        return document(t("kit.steps.title"), body, lang, extra_css=css, landscape=False)
