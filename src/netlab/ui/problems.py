"""Problem typing on screen: the agreement × knowledge plane (chart), the type cards, the
question table and case lists (views); the explorer is ``problems_explorer``.

Example:
    >>> "K1" in question_table()._repr_html_()
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from netlab._errors import TraineeError
from netlab.i18n import get_language, t
from netlab.problems import (
    QUESTION_IDS,
    QUESTIONS,
    ProblemType,
    ProblemTyping,
    dimension_scores,
    type_problem,
)
from netlab.ui.parts.chart_colours import SHAPES, TYPE_COLOURS
from netlab.ui.parts.chart_labels import (
    Frame,
    corner_label,
    dot_box,
    label_box,
    place_labels,
    spread,
)
from netlab.ui.parts.html import BORDER, CARD, MUTED, HTMLView, card, escape, html_table

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

__all__ = ["case_list", "problem_plane", "question_table",
           "type_cards"]

# Guide zones tiling the agreement (x) x knowledge (y) plane: (x0, x1, y0, y1, label key).
_LO, _HI = -0.06, 1.06


_ZONES = (
    (0.6, _HI, 0.6, _HI, "charts.plane.zone.ordered"),
    (_LO, 0.6, 0.6, _HI, "charts.plane.zone.political"),
    (_LO, 0.45, _LO, 0.6, "charts.plane.zone.mess"),
    (0.45, _HI, _LO, 0.6, "charts.plane.zone.complex"),
)


def _points(scenarios: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    lang_title = f"title_{get_language()}"
    rows = []
    for _, row in scenarios.iterrows():
        scores = dimension_scores({q: int(row[q]) for q in QUESTION_IDS})
        ptype = ProblemType.parse(row["expected_type"])
        rows.append({
            "id": row["id"],
            "title": row.get(lang_title, row["id"]),
            "agreement": scores["agreement"],
            "knowledge": scores["knowledge"],
            "type": ptype.value,
            "type_label": ptype.label,
        })
    return spread(pd.DataFrame(rows))


def problem_plane(scenarios: pd.DataFrame | None = None,
                  current: Mapping[str, int] | ProblemTyping | None = None, *,
                  width: int = 460, height: int = 380) -> alt.LayerChart | alt.FacetChart:
    """The agreement x knowledge plane: guide zones, scenarios as dots, the current answers.

    Args:
        scenarios: rows with the nine answers, ``id``, ``expected_type`` (and titles); dots are
            coloured by the experts' type. None draws no dots.
        current: answers (or a typing result) to mark with a star and the helper's type.

    Example:
        >>> from netlab.datasets import load
        >>> layers = problem_plane(load("problem_scenarios")).to_dict()["layer"]
        >>> len(layers) >= 3
        True
    """
    import altair as alt
    import pandas as pd

    x_title, y_title = t("charts.plane.x"), t("charts.plane.y")
    scale = alt.Scale(domain=[_LO, _HI], nice=False)
    x = alt.X("x0:Q", scale=scale, title=x_title)
    y = alt.Y("y0:Q", scale=scale, title=y_title)

    # Labels are placed in pixels, so that none overlaps another label, a dot or a zone title.
    frame = Frame(width, height, (_LO, _HI), (_LO, _HI))
    pts = _points(scenarios) if scenarios is not None and len(scenarios) else None
    result = (None if current is None else current if isinstance(current, ProblemTyping)
              else type_problem(current))
    spots: list[tuple[float, float, float, float]] = []
    if pts is not None:
        spots += [dot_box(*frame.px(a, b), 5.5)
                  for a, b in zip(pts["agreement"], pts["knowledge"], strict=True)]
    if result is not None:
        spots.append(dot_box(*frame.px(result.scores["agreement"],
                                       result.scores["knowledge"]), 12))
    rows = []
    for i, (a, b, c, d, key) in enumerate(_ZONES):
        (left, top), (right, bottom) = frame.px(a, d), frame.px(b, c)
        # away from the dots and the room their own labels need around them
        room = [(a0 - 30, b0 - 16, a1 + 30, b1 + 16) for a0, b0, a1, b1 in spots]
        centre = corner_label((left, top, right, bottom), t(key), 11, room)
        rows.append({"x0": a, "x1": b, "y0": c, "y1": d, "label": t(key), "shade": i % 2,
                     **dict(zip(("lx", "ly"), frame.data(*centre), strict=True))})
    zones = pd.DataFrame(rows)
    taken = [*spots, *(label_box(z.lx, z.ly, z.label, 11, frame) for z in zones.itertuples())]
    label_at = {"x": alt.X("lx:Q", scale=scale), "y": alt.Y("ly:Q", scale=scale)}
    base = alt.Chart(zones)
    layers: list[Any] = [
        base.mark_rect(stroke="#bbb", strokeDash=[3, 3])
        .encode(x=x, x2="x1:Q", y=y, y2="y1:Q",
                fill=alt.Fill("shade:N", scale=alt.Scale(range=["#f4f4f4", "#eaeaea"]),
                              legend=None)),
        base.mark_text(align="center", baseline="middle", fontSize=11, color="#555")
        .encode(**label_at, text="label:N"),
    ]
    # Where a scenario or the current answers sit: agreement across, knowledge up.
    enc = {"x": alt.X("agreement:Q", scale=scale, title=x_title),
           "y": alt.Y("knowledge:Q", scale=scale, title=y_title)}
    order = [p.value for p in ProblemType]
    legend = alt.Legend(orient="bottom", columns=2, direction="vertical")
    domain = [ProblemType(v).label for v in order]
    colour = alt.Color(
        "type_label:N", title=t("charts.plane.legend"), legend=legend,
        scale=alt.Scale(domain=domain, range=[TYPE_COLOURS[v] for v in order]))
    # The type by shape too, not by colour alone (one legend: same field and title).
    shape = alt.Shape("type_label:N", title=t("charts.plane.legend"), legend=legend,
                      scale=alt.Scale(domain=domain, range=list(SHAPES)))
    if result is not None:
        here = place_labels(pd.DataFrame([{
            "agreement": result.scores["agreement"], "knowledge": result.scores["knowledge"],
            "label": t("charts.plane.current", type=result.type.label)}]), frame,
            font_size=13.5, radius=12, x="agreement", y="knowledge", fixed=taken)
        taken.append(label_box(here["lx"].iloc[0], here["ly"].iloc[0], here["label"].iloc[0],
                               13.5, frame))
    if pts is not None:
        pts = place_labels(pts.assign(label=pts["id"]), frame, font_size=10, radius=5.5,
                           x="agreement", y="knowledge", fixed=taken)
        dots = alt.Chart(pts)
        layers.append(alt.Chart(pts[pts["far"]]).mark_rule(color="#888", strokeWidth=0.8)
                      .encode(**enc, x2="lx:Q", y2="ly:Q"))  # a line to a label set apart
        layers.append(dots.mark_point(size=90, opacity=0.85, filled=True).encode(
            **enc, color=colour, shape=shape,
            tooltip=[alt.Tooltip("id:N"), alt.Tooltip("title:N"), alt.Tooltip("type_label:N")]))
        layers.append(dots.mark_text(align="center", baseline="middle", fontSize=10,
                                     color="#333").encode(**label_at, text="id:N"))
    if result is not None:
        star = alt.Chart(here)
        layers.append(star.mark_point(shape="diamond", size=420, filled=True, color="#111",
                                      opacity=0.9).encode(**enc))
        layers.append(star.mark_text(fontSize=12, fontWeight="bold", color="#111",
                                     align="center", baseline="middle")
                      .encode(**label_at, text="label:N"))
    return alt.layer(*layers).properties(
        width=width, height=height,
        title=alt.TitleParams(t("charts.plane.title"),
                              subtitle=[t("charts.plane.subtitle"), t("charts.plane.subtitle2")]))


def type_cards() -> HTMLView:
    """The four problem types as cards: name (Thai and English), description, example,
    guidance and the closest published frameworks.

    Example:
        >>> "ปัญหาเชิงเดี่ยว" in type_cards()._repr_html_()
        True
    """
    from netlab.ui.parts.chart_colours import TYPE_COLOURS

    cards, lines = [], []
    for ptype in ProblemType:
        cards.append(card(
            "netlab-card", TYPE_COLOURS[ptype.value], ptype, "",
            f"{escape(ptype.description)}<br>"
            f"<i>{escape(t('views.example'))}:</i> {escape(ptype.example)}<br>"
            f"<i>{escape(t('views.guidance'))}:</i> {escape(ptype.guidance)}<br>"
            f"<small style='color:{MUTED}'>{escape(t('views.anchors'))}: "
            f"{escape(ptype.anchors)}</small>"))
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
        answers = " · ".join(f"{v} = {escape(o)}" for v, o in enumerate(q.options))
        rows.append(
            f"<tr><td><b>{escape(q.id)}</b></td><td style='text-align:left'>{escape(q.text)}<br>"
            f"<small style='color:{MUTED}'>{escape(t(f'problems.q.{q.id}.help'))}</small></td>"
            f"<td style='text-align:left'>{answers}</td>"
            f"<td style='text-align:left'><small>{escape(q.source)}</small></td></tr>")
        lines.append(f"{q.id}: {q.text} ({', '.join(q.options)})")
    table = html_table("netlab-questions", ("views.q.id", "views.q.question", "views.q.answers",
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
        body = f"<br>{escape(text)}" if text and title else f" {escape(text)}" if text else ""
        items.append(f'<div class="netlab-case" style="{CARD.format(colour=BORDER)}">'
                     f"<b>{escape(head)}</b>{body}</div>")
        lines.append(" ".join(filter(None, (case_id, title and f"{title}:", text))))
    return HTMLView("".join(items), "\n".join(lines))
