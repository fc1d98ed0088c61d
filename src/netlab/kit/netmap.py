"""The paper Net-Map kit: actor cards to cut out, the tie legend with influence towers and goals,
and the facilitator's script (Net-Map: Schiffer & Hauck 2010; ../shared/domain.md §4.1).

Paper and screen say the same thing: tie types, goals, sectors and levels are named from the
mapping catalogue, the pens are the chart's colours (:data:`netlab.ui.mapping.TIE_COLOURS`), and
every card carries a printed id and the fields of the map builder
(:data:`netlab.mapping.draft.ACTOR_FIELDS`), so a group's map can be typed in afterwards.

Example:
    >>> html = netmap_kit("en")
    >>> "A1" in html and "Influence towers" in html
    True
"""

from __future__ import annotations

from netlab.catalogue import MESSAGES
from netlab.i18n import language, t
from netlab.kit.page import blank, document, esc, source_note
from netlab.mapping.draft import ACTOR_FIELDS
from netlab.mapping.vocab import Goal, TieType
from netlab.ui.mapping import TIE_COLOURS

__all__ = ["NETMAP_PAGES", "netmap_kit"]

#: How many A4 pages the kit prints to (checked by printing it in both languages).
NETMAP_PAGES = 6

_SHEETS = 2  # card sheets: A1–A12, A13–A24
_ROWS, _COLS = 6, 2
#: The script's steps and the minutes each takes.
_STEPS = (("question", 5), ("actors", 10), ("ties", 15), ("goals", 5), ("towers", 10),
          ("discuss", 10))
_DISCUSS = ("central", "bridge", "missing", "conflict", "next")
_TOWERS = (0, 2, 5)  # the heights the towers figure shows
_RECORD_ROWS = 11  # rows in each half of the ties list
_CARD_FILL = "#f4f4f4"

_CSS = """
.page { padding-top: 1.2mm; }  /* room for Thai marks above the h1 */
.cards { table-layout: fixed; margin: 0; }
.cards td { border: 0.35mm dashed #777; height: 38.6mm; padding: 2mm 3mm; font-size: 9.4pt; }
.card { height: 34mm; display: flex; flex-direction: column; justify-content: space-between; }
.card-line { display: flex; align-items: baseline; gap: 1.6mm; white-space: nowrap; }
.card-line .fill { flex: 1; border-bottom: 0.3mm dotted #333; }
.card-name .fill { height: 9mm; }
.card-id { border: 0.5mm solid #111; font-weight: bold; font-size: 12pt; padding: 0 2mm;
           align-self: flex-start; }
.lab { display: inline-block; font-weight: bold; }
.lab::first-letter, .cap::first-letter { text-transform: uppercase; }
.cap { display: inline-block; }
.opts span { margin-right: 2.2mm; }
.opts span.m { margin-right: 3.4mm; }
.opts b { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; }
.opts span:last-child { margin-right: 0; }
.cut { font-size: 9pt; color: #555; }
.legend { font-size: 10.5pt; }
.legend h2 { margin: 2.5mm 0 1mm; }
.legend ul { margin: 0 0 1mm; padding-left: 5mm; }
.ties td { vertical-align: middle; padding: 0.8mm 1.6mm; }
.ties td:first-child { width: 28mm; }
.ties td:nth-child(2) { width: 27mm; font-weight: bold; }
.side { display: flex; gap: 4mm; align-items: center; }
.side > div { flex: 1; }
.goals { list-style: none; padding-left: 2mm; }
.mark { display: inline-block; width: 6mm; text-align: center; font-size: 13pt;
        font-family: "DejaVu Sans", sans-serif; }
.build td, .build th { font-size: 9pt; padding: 0.6mm 1.6mm; }
.build td:first-child { width: 52mm; }
.build td:nth-child(2) { width: 44mm; }
.record { table-layout: fixed; }
.record td { height: 7.5mm; }
.record th { font-size: 9pt; padding: 0.8mm 1mm; }
.record th:nth-child(6n+1) { width: 7mm; }
.record th:nth-child(6n+2), .record th:nth-child(6n+3) { width: 13mm; }
.record th:nth-child(6n+5) { width: 17mm; }
.record th:nth-child(6n) { width: 13mm; }
.record td:nth-child(6n+1) { text-align: center; color: #555; font-size: 9pt; }
.record td:nth-child(7), .record th:nth-child(7) { border-left: 0.8mm solid #555; }
.steps td { font-size: 10.2pt; }
.steps td:first-child { width: 9mm; text-align: center; font-weight: bold; }
.steps td:nth-child(2) { width: 30mm; font-weight: bold; }
.steps td:last-child { width: 15mm; text-align: center; }
.question { border: 0.5mm solid #111; padding: 2.5mm 3mm; margin: 2mm 0 3mm;
            font-size: 11.5pt; }
.discuss h3 { margin-top: 2.5mm; }
"""


def _source() -> str:
    return source_note(t("kit.netmap.source"))


def _choices(items: list[str], marks: list[str] | None = None) -> str:
    """Words to circle, each after its mark (bold) when there are marks."""
    signs = [f"<b>{esc(m)}</b> " for m in marks] if marks else [""] * len(items)
    return ('<span class="opts">'
            + "".join(f'<span{" class=m" if sign else ""}>{sign}{esc(i)}</span>'
                      for sign, i in zip(signs, items, strict=True))
            + "</span>")


def _values(prefix: str) -> list[str]:
    """The catalogue's names for a column's values (sectors, levels), in catalogue order."""
    return [t(key) for key in MESSAGES if key.startswith(prefix)]


def _card(ident: str) -> str:
    """One actor card: its printed id, blanks to write on and choices to circle."""
    def line(label: str, rest: str, extra: str = "") -> str:
        return (f'<div class="card-line{extra}"><span class="lab">{esc(label)}</span>'
                f"{rest}</div>")

    fill = '<span class="fill"></span>'
    return ('<div class="card">'
            + line(t("mapping.builder.name"), f'{fill}<span class="card-id">{esc(ident)}</span>',
                   " card-name")
            + line(t("mapping.column.sector"), fill)
            + line(t("mapping.column.level"), _choices(_values("mapping.value.level.")))
            + line(t("mapping.chart.goal"), _choices([g.label for g in Goal],
                                                     [g.marker for g in Goal]))
            + line(t("mapping.chart.influence"), _choices([""] * 6, [str(n) for n in range(6)]))
            + "</div>")


def _card_sheet(sheet: int) -> str:
    """One A4 sheet of cards, ids numbered on from the sheets before it."""
    per = _ROWS * _COLS
    ids = [f"A{sheet * per + n}" for n in range(1, per + 1)]
    rows = "".join("<tr>" + "".join(f"<td>{_card(i)}</td>" for i in ids[r:r + _COLS])
                   + "</tr>" for r in range(0, per, _COLS))
    title = t("kit.netmap.cards.title", first=ids[0], last=ids[-1])
    return (f'<section class="page"><h1>{esc(title)}</h1>'
            f'<p class="cut">✂ {esc(t("kit.netmap.cards.lede"))}</p>'
            f'<table class="cards">{rows}</table>{_source()}</section>')


def _arrow(x1: float, x2: float, y: float, colour: str, heads: int) -> str:
    """A horizontal SVG line from x1 to x2 with an arrowhead at x2 (heads=1) or at both ends
    (heads=2), in the viewBox's millimetres."""
    def head(x: float, back: float) -> str:
        return (f'<polygon points="{x},{y} {x - back},{y - 1.6} {x - back},{y + 1.6}" '
                f'fill="{colour}"/>')

    start = x1 + 3 if heads == 2 else x1
    parts = [f'<line x1="{start}" y1="{y}" x2="{x2 - 3}" y2="{y}" stroke="{colour}" '
             f'stroke-width="0.9"/>', head(x2, 3.4)]
    if heads == 2:
        parts.append(head(x1, -3.4))
    return "".join(parts)


def _svg(width: int, height: int, inner: str, label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{esc(label)}" '
            f'width="{width}mm" height="{height}mm" viewBox="0 0 {width} {height}">'
            f"{inner}</svg>")


def _mini_card(x: float, y: float, ident: str) -> str:
    return (f'<rect x="{x}" y="{y}" width="13" height="8" rx="1" fill="{_CARD_FILL}" '
            f'stroke="#333" stroke-width="0.3"/><text x="{x + 6.5}" y="{y + 5.4}" '
            f'font-size="3.6" font-weight="bold" text-anchor="middle">{esc(ident)}</text>')


def _ties_figure() -> str:
    """Two cards joined one way, two joined both ways (information's colour)."""
    colour = TIE_COLOURS[TieType.INFORMATION.value]
    inner = (_mini_card(1, 2, "A1") + _arrow(15, 40, 6, colour, 1) + _mini_card(41, 2, "A2")
             + _mini_card(1, 14, "A3") + _arrow(15, 40, 18, colour, 2)
             + _mini_card(41, 14, "A4"))
    return _svg(56, 24, inner, TieType.INFORMATION.label)


def _towers_figure() -> str:
    """Cards with towers of 0, 2 and 5 discs and each height written below."""
    inner = []
    for n, height in enumerate(_TOWERS):
        x = 2 + n * 24
        inner.append(_mini_card(x, 17, f"A{n + 1}"))
        for level in range(height):
            inner.append(f'<ellipse cx="{x + 18}" cy="{23 - level * 3}" rx="3.6" ry="1.4" '
                         'fill="#c9a227" stroke="#6b5200" stroke-width="0.3"/>')
        inner.append(f'<text x="{x + 18}" y="29.5" font-size="3.8" font-weight="bold" '
                     f'text-anchor="middle">{height}</text>')
    return _svg(72, 31, "".join(inner), t("kit.netmap.towers.title"))


def _tie_rows() -> str:
    rows = []
    for tie in TieType:
        colour = TIE_COLOURS[tie.value]
        sample = _svg(25, 6, _arrow(1, 24, 3, colour, 1), tie.label)
        rows.append(f'<tr><td>{sample}</td><td><span class="cap">{esc(tie.label)}</span></td>'
                    f"<td>{esc(t(f'kit.netmap.tie.{tie.value}'))}</td></tr>")
    return "".join(rows)


def _builder_rows() -> str:
    """Paper mark → builder field → what to type, for the actor fields and the tie's."""
    fields = {"id": "mapping.builder.id", "name": "mapping.builder.name",
              "sector": "mapping.column.sector", "level": "mapping.column.level",
              "influence": "mapping.chart.influence", "goal": "mapping.chart.goal"}
    sectors = " / ".join(_values("mapping.value.sector.")[:3])
    goals = " · ".join(f"{g.marker} = {g.label}" for g in Goal)
    rows = []
    for field in ACTOR_FIELDS:
        paper = f"kit.netmap.builder.paper.{field}"
        rows.append((t(paper) if paper in MESSAGES else t(fields[field]), t(fields[field]),
                     t(f"kit.netmap.builder.value.{field}", examples=sectors, goals=goals)))
    ends = f'{t("mapping.builder.source")} / {t("mapping.builder.target")}'
    for part, field in (("ends", ends), ("type", t("mapping.chart.tie_type")),
                        ("directed", t("mapping.builder.directed")),
                        ("weight", t("mapping.chart.weight"))):
        rows.append((t(f"kit.netmap.builder.paper.{part}"), field,
                     t(f"kit.netmap.builder.value.{part}")))
    return "".join(f'<tr><td><span class="cap">{esc(a)}</span></td>'
                   f"<td>{esc(b)}</td><td>{esc(c)}</td></tr>"
                   for a, b, c in rows)


def _legend() -> str:
    """The tie types with their pens, how to draw a tie, influence towers and goals."""
    head = (f'<tr><th>{esc(t("kit.netmap.legend.line"))}</th>'
            f'<th><span class="cap">{esc(t("mapping.chart.tie_type"))}</span></th>'
            f'<th>{esc(t("kit.netmap.legend.meaning"))}</th></tr>')
    draw = "".join(f"<li>{esc(t(f'kit.netmap.draw.{k}'))}</li>"
                   for k in ("one_way", "both_ways", "more", "strong"))
    goals = "".join(f'<li><b class="mark">{esc(g.marker)}</b> <b>{esc(g.label)}</b>: '
                    f"{esc(t(f'kit.netmap.goal.{g.value}'))}</li>" for g in Goal)
    return (f'<section class="page legend"><h1>{esc(t("kit.netmap.legend.title"))}</h1>'
            f'<p class="lede">{esc(t("kit.netmap.legend.lede"))}</p>'
            f'<table class="ties keep">{head}{_tie_rows()}</table>'
            f'<h2>{esc(t("kit.netmap.draw.title"))}</h2>'
            f'<div class="side"><div><ul>{draw}</ul></div>{_ties_figure()}</div>'
            f'<h2>{esc(t("kit.netmap.towers.title"))}</h2>'
            f'<div class="side"><div><p>{esc(t("kit.netmap.towers.text"))}</p></div>'
            f"{_towers_figure()}</div>"
            f'<h2>{esc(t("kit.netmap.goals.title"))}</h2>'
            f'<p>{esc(t("kit.netmap.goals.text"))}</p><ul class="goals">{goals}</ul>'
            f"{_source()}</section>")


def _script() -> str:
    """The facilitator's page: who, what to bring, the question, and the timed steps."""
    minutes = sum(m for _, m in _STEPS)
    mark = "\x00"
    question = esc(t("kit.netmap.script.question", blank=mark)).replace(mark, blank(60))
    rows = "".join(
        f"<tr><td>{n}</td><td>{esc(t(f'kit.netmap.step.{key}.name'))}</td>"
        f"<td>{esc(t(f'kit.netmap.step.{key}.do'))}</td><td>{m}</td></tr>"
        for n, (key, m) in enumerate(_STEPS))
    head = (f'<th colspan="2">{esc(t("kit.netmap.script.step"))}</th>'
            f'<th>{esc(t("kit.netmap.script.do"))}</th>'
            f'<th>{esc(t("kit.netmap.script.minutes"))}</th>')
    total = (f'<tr><td></td><td colspan="2">{esc(t("kit.netmap.script.total"))}</td>'
             f"<td><b>{minutes}</b></td></tr>")
    return (f'<section class="page"><h1>{esc(t("kit.netmap.script.title", minutes=minutes))}'
            f'</h1><p>{esc(t("kit.netmap.script.who"))}</p>'
            f'<p>{esc(t("kit.netmap.script.materials"))}</p>'
            f'<p><b>{esc(t("kit.netmap.script.one_map"))}</b></p>'
            f'<div class="question">{question}<br><span class="muted">'
            f'{esc(t("kit.netmap.script.example"))}</span></div>'
            f'<table class="steps"><tr>{head}</tr>{rows}{total}</table>'
            f'<p class="muted">{esc(t("kit.netmap.script.care"))}</p>{_source()}</section>')


def _discussion() -> str:
    """Step 5's questions, each with lines for the answers."""
    questions = "".join(f"<h3>{n}. {esc(t(f'kit.netmap.discuss.{key}'))}</h3>"
                        '<div class="lines" style="--lines:34mm"></div>'
                        for n, key in enumerate(_DISCUSS, 1))
    return (f'<section class="page discuss"><h1>{esc(t("kit.netmap.discuss.title"))}</h1>'
            f'<p class="lede">{esc(t("kit.netmap.discuss.lede"))}</p>{questions}'
            f"{_source()}</section>")


def _after() -> str:
    """After the session: what goes into which field of the map builder, and the ties listed
    one per row, ready to type in."""
    after = "".join(f"<li>{esc(t(f'kit.netmap.after.{k}'))}</li>" for k in ("photo", "keep"))
    call = 'netlab.widgets.map_builder("group_a")'
    build = (f'<tr><th>{esc(t("kit.netmap.builder.paper"))}</th>'
             f'<th>{esc(t("kit.netmap.builder.field"))}</th>'
             f'<th>{esc(t("kit.netmap.builder.value"))}</th></tr>{_builder_rows()}')
    fields = [t(f"mapping.column.{c}") for c in ("source", "target", "type", "directed",
                                                  "weight")]
    half = "<th>#</th>" + "".join(f'<th><span class="cap">{esc(f)}</span></th>'
                                  for f in fields)
    empty = "<td></td>" * len(fields)
    rows = "".join(f"<tr><td>{n}</td>{empty}<td>{n + _RECORD_ROWS}</td>{empty}</tr>"
                   for n in range(1, _RECORD_ROWS + 1))
    head = f"<tr>{half}{half}</tr>"
    return (f'<section class="page"><h1>{esc(t("kit.netmap.after.title"))}</h1>'
            f"<ul>{after}<li>{esc(t('kit.netmap.after.name'))} {blank(45)}</li></ul>"
            f'<h2>{esc(t("kit.netmap.builder.title"))}</h2>'
            f'<p>{esc(t("kit.netmap.builder.lede", call=call))}</p>'
            f'<table class="build keep">{build}</table>'
            f'<h2>{esc(t("kit.netmap.record.title"))}</h2>'
            f'<p>{esc(t("kit.netmap.record.lede"))}</p>'
            f'<table class="record">{head}{rows}</table>{_source()}</section>')


def netmap_kit(lang: str) -> str:
    """The paper Net-Map kit as one printable HTML document of :data:`NETMAP_PAGES` A4 pages:
    two sheets of actor cards (A1–A24), the tie legend with influence towers and goals, the
    facilitator's timed script, the discussion questions, and the after-session page (what goes
    into which field of the map builder, and a list of the ties to type in).

    Example:
        >>> html = netmap_kit("th")
        >>> html.count('<section class="page') == NETMAP_PAGES, "A24" in html
        (True, True)
    """
    with language(lang):
        body = ("".join(_card_sheet(s) for s in range(_SHEETS)) + _legend() + _script()
                + _discussion() + _after())
        return document(t("kit.netmap.title"), body, lang, extra_css=_CSS)
