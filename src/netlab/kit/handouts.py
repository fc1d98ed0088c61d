"""Printable handouts for paper work: the problem-typing card and the BP/SP table.

Each handout asks on paper what a workbook's exercise asks in code, with the same questions
(taken from the domain, so the paper and the notebook cannot drift) and each answer's key
printed beside it, so a facilitator can type a group's paper answers into the notebook
afterwards (``{"K1": 2, ...}``, ``{"direct": True, ...}``).

Example:
    >>> html = problem_card("en")
    >>> "K1" in html and "L2" in html
    True
"""

from __future__ import annotations

from collections.abc import Iterable

from netlab.i18n import language, t
from netlab.kit.page import blank, document, esc, header_cells, source_note
from netlab.partners.questions import PARTNER_QUESTIONS
from netlab.partners.roles import PartnerRole
from netlab.problems.model import DIMENSIONS
from netlab.problems.questions import QUESTIONS
from netlab.problems.types import ProblemType

__all__ = ["bp_sp_table", "problem_card"]


def _example(function: str, keys: Iterable[str], values: tuple[object, ...]) -> str:
    """A call that types paper answers into a workbook, e.g.
    ``type_problem({"K1": 2, "K2": 1, ...})``, named from the domain's own keys."""
    pairs = ", ".join(f'"{key}": {value!r}' for key, value in zip(keys, values, strict=False))
    return f"{function}({{{pairs}, ...}})"



def problem_card(lang: str) -> str:
    """The problem-typing card: the nine questions (K1–L2) with their three answers to tick
    and the four dimensions on the front, the four types to compare with on the back (two A4
    pages).

    Example:
        >>> "ปัญหาสลับซับซ้อน" in problem_card("th")
        True
    """
    with language(lang):
        rows = []
        for q in QUESTIONS.values():
            options = "".join(f'<td><span class="box"></span>{n} · {esc(text)}</td>'
                              for n, text in enumerate(q.options))
            rows.append(f"<tr><td><b>{esc(q.id)}</b></td><td>{esc(q.text)}<br>"
                        f'<span class="muted">{esc(t(f"problems.dimension.{q.dimension}"))}'
                        f"</span></td>{options}</tr>")
        head = header_cells("kit.card.id", "kit.card.question", "kit.card.answer0",
                            "kit.card.answer1", "kit.card.answer2")
        types = "".join(
            f"<tr><td><b>{esc(p.label)}</b></td><td>{esc(t(f'problems.type.{p.value}.example'))}"
            f"</td><td>{esc(t(f'problems.type.{p.value}.guidance'))}</td></tr>"
            for p in ProblemType)
        enter = _example("type_problem", QUESTIONS, (2, 1))
        dims = " · ".join(t(f"problems.dimension.{d}") for d in DIMENSIONS)
        body = (
            f'<section class="page"><h1>{esc(t("kit.card.title"))}</h1>'
            f'<p class="lede">{esc(t("kit.card.lede"))}</p>'
            f'<p>{esc(t("kit.card.problem"))} {blank(120)}</p>'
            f'<table class="card"><tr>{head}</tr>{"".join(rows)}</table>'
            f'<p class="muted">{esc(t("kit.card.dimensions", dimensions=dims))}</p></section>'
            f'<section class="page"><h2>{esc(t("kit.card.types"))}</h2>'
            f'<table class="types keep"><tr><th>{esc(t("kit.card.type"))}</th>'
            f'<th>{esc(t("kit.card.example"))}</th><th>{esc(t("kit.card.guidance"))}</th></tr>'
            f"{types}</table>"
            f'<p>{esc(t("kit.card.enter", example=enter))}</p>'
            f'{source_note(t("kit.card.source"))}</section>')
        css = (".card td, .card th { font-size: 9pt; padding: 0.9mm 1.4mm; } "
               ".types td { font-size: 8.6pt; padding: 0.8mm 1.4mm; }")
        return document(t("kit.card.title"), body, lang, extra_css=css)


_ACTOR_ROWS = 6


def _rule() -> str:
    """The decision rule in words, numbered from the questions' own tests."""
    def numbers(test: str) -> str:
        return ", ".join(f"Q{n}" for n, q in enumerate(PARTNER_QUESTIONS.values(), 1)
                         if q.test == test)
    return t("kit.bpsp.rule", reach=numbers("reach"), boundary=numbers("boundary"),
             strategic=numbers("strategic"))


def bp_sp_table(lang: str) -> str:
    """The BP/SP table: seed 003's five-row form of boundary and strategic partners, then the
    six questions for up to eight actors, with the rule that turns answers into a role (two
    A4 pages: the form, then the questions).

    Example:
        >>> html = bp_sp_table("en")
        >>> html.count('class="form-row"'), "in_influence" in html
        (5, True)
    """
    with language(lang):
        five = "".join(f'<tr class="form-row"><td>{n}.</td><td></td><td>{n}.</td><td></td></tr>'
                       for n in range(1, 6))
        questions = "".join(
            f"<tr><td><b>Q{n}</b> <code>{esc(q.key)}</code></td><td>{esc(q.text)}<br>"
            f'<span class="muted">{esc(q.help)}</span></td>'
            f"<td>{esc(t(f'views.pq.test.{q.test}'))}</td></tr>"
            for n, q in enumerate(PARTNER_QUESTIONS.values(), 1))
        qhead = "".join(f"<th>Q{n}</th>" for n in range(1, len(PARTNER_QUESTIONS) + 1))
        grid = "".join(f"<tr><td>{n}</td><td></td>" + "<td>Y / N</td>" * len(PARTNER_QUESTIONS)
                       + "<td></td></tr>" for n in range(1, _ACTOR_ROWS + 1))
        example = _example("classify_partner", PARTNER_QUESTIONS, (True, False))
        roles = " · ".join(f"<b>{esc(r.label)}</b> (<code>{esc(r.value)}</code>)"
                           for r in PartnerRole)
        body = (
            f'<section class="page"><h1>{esc(t("kit.bpsp.title"))}</h1>'
            f'<p class="lede">{esc(t("kit.bpsp.lede"))}</p>'
            f'<p>{esc(t("kit.bpsp.network"))} {blank(110)}</p>'
            f'<table class="five"><tr><th colspan="2">{esc(t("kit.bpsp.boundary"))}</th>'
            f'<th colspan="2">{esc(t("kit.bpsp.strategic"))}</th></tr>{five}</table>'
            f'<h2>{esc(t("kit.bpsp.why"))}</h2><div class="lines" style="--lines:60mm"></div>'
            f'{source_note(t("kit.bpsp.source"))}</section>'
            f'<section class="page"><h1>{esc(t("kit.bpsp.questions"))}</h1>'
            f'<table><tr><th>{esc(t("kit.card.id"))}</th><th>{esc(t("kit.card.question"))}'
            f'</th><th>{esc(t("views.pq.test"))}</th></tr>{questions}</table>'
            f'<p>{esc(_rule())}</p>'
            f'<table class="grid"><tr><th>#</th><th>{esc(t("kit.bpsp.actor"))}</th>{qhead}'
            f'<th>{esc(t("kit.bpsp.role"))}</th></tr>{grid}</table>'
            f'<p class="muted">{esc(t("kit.bpsp.roles"))} {roles}</p>'
            f'<p>{esc(t("kit.bpsp.enter", example=example))}</p></section>')
        css = (".five td { height: 16mm; } .five td:nth-child(odd) { width: 8mm; } "
               ".grid td { height: 9mm; text-align: center; font-size: 8pt; } "
               ".grid td:nth-child(2) { width: 52mm; }")
        return document(t("kit.bpsp.title"), body, lang, extra_css=css)
