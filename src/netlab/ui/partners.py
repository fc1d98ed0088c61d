"""Partner classification on screen: the AIIM chart, the role cards and the partner question
table (views); the explorer is ``partners_explorer``.

Example:
    >>> "netlab-card" in role_cards()._repr_html_()
    True
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from netlab.i18n import get_language, t
from netlab.partners import (
    MIDPOINT,
    PARTNER_QUESTIONS,
    AiimQuadrant,
    PartnerRole,
    aiim_frame,
)
from netlab.ui.parts.chart_colours import ROLE_COLOURS, SHAPES
from netlab.ui.parts.chart_labels import Frame, label_box, place_labels, spread
from netlab.ui.parts.html import MUTED, HTMLView, card, escape, html_table

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

__all__ = ["aiim_chart", "partner_question_table",
           "role_cards"]

def aiim_chart(actors: pd.DataFrame, highlight: str | None = None, *, width: int = 460,
               height: int = 400) -> alt.LayerChart | alt.FacetChart:
    """The Alignment-Interest-Influence Matrix: actors placed by alignment (across) and
    interest (up), sized by influence, coloured by the helper's role.

    The role colours show that the matrix is a second lens, not a classifier: boundary and
    strategic partners share the allies corner.

    Args:
        actors: rows with ``id``, the three ratings (1-5), the six answers and names.
        highlight: an actor id to ring (e.g. the one chosen in the explorer).

    Example:
        >>> from netlab.datasets import load
        >>> layers = aiim_chart(load("partners")).to_dict()["layer"]
        >>> len(layers) >= 4
        True
    """
    import altair as alt
    import pandas as pd

    frame = aiim_frame(actors)
    name = f"name_{get_language()}"
    names = actors.set_index("id")[name] if name in actors.columns else frame.index.to_series()
    pts = frame.reset_index().assign(
        name=lambda d: d["id"].map(names),
        role_label=lambda d: d["role"].map(lambda r: PartnerRole(r).label),
        quadrant_label=lambda d: d["quadrant"].map(lambda q: AiimQuadrant(q).label),
        px=lambda d: d["alignment"], py=lambda d: d["interest"])
    pts = spread(pts, "px", "py", radius=0.22)
    lo, hi, mid = 0.5, 5.5, MIDPOINT + 0.5
    scale = alt.Scale(domain=[lo, hi], nice=False)
    x = alt.X("px:Q", scale=scale, title=t("charts.aiim.x"),
              axis=alt.Axis(values=[1, 2, 3, 4, 5], format="d"))
    y = alt.Y("py:Q", scale=scale, title=t("charts.aiim.y"),
              axis=alt.Axis(values=[1, 2, 3, 4, 5], format="d"))
    corners = pd.DataFrame([
        {"x": hi - 0.05, "y": hi - 0.05, "align": "right", "q": AiimQuadrant.ALLIES},
        {"x": hi - 0.05, "y": lo + 0.05, "align": "right", "q": AiimQuadrant.RAISE_INTEREST},
        {"x": lo + 0.05, "y": hi - 0.05, "align": "left", "q": AiimQuadrant.CHALLENGE},
        {"x": lo + 0.05, "y": lo + 0.05, "align": "left", "q": AiimQuadrant.MONITOR},
    ]).assign(label=lambda d: d["q"].map(lambda q: q.label),
              baseline=lambda d: d["y"].map(lambda v: "top" if v > mid else "bottom"))
    layers: list[Any] = [
        alt.Chart(pd.DataFrame({"v": [mid]})).mark_rule(color="#999", strokeDash=[4, 4])
        .encode(x=alt.X("v:Q", scale=scale)),
        alt.Chart(pd.DataFrame({"v": [mid]})).mark_rule(color="#999", strokeDash=[4, 4])
        .encode(y=alt.Y("v:Q", scale=scale)),
    ]
    for (align, baseline), part in corners.groupby(["align", "baseline"]):
        layers.append(alt.Chart(part).mark_text(align=align, baseline=baseline, fontSize=11,
                                                color="#666", fontStyle="italic")
                      .encode(x=alt.X("x:Q", scale=scale), y=alt.Y("y:Q", scale=scale),
                              text="label:N"))
    order = [r.value for r in PartnerRole]
    roles = [PartnerRole(r).label for r in order]
    legend = alt.Legend(orient="bottom", columns=2, direction="vertical")
    colour = alt.Color("role_label:N", title=t("charts.aiim.legend"), legend=legend,
                       scale=alt.Scale(domain=roles, range=[ROLE_COLOURS[r] for r in order]))
    shape = alt.Shape("role_label:N", title=t("charts.aiim.legend"), legend=legend,
                      scale=alt.Scale(domain=roles, range=list(SHAPES)))
    size = alt.Size("influence:Q", title=t("charts.aiim.size"),
                    scale=alt.Scale(domain=[1, 5], range=[60, 420]),
                    legend=alt.Legend(orient="bottom", values=[1, 3, 5]))
    # Labels placed in pixels: none over another, a dot or a corner's name.
    frame = Frame(width, height, (lo, hi), (lo, hi))
    fixed = [label_box(c.x, c.y, c.label, 11, frame, align=c.align, baseline=c.baseline)
             for c in corners.itertuples()]
    radius = [math.sqrt((60 + (float(v) - 1) / 4 * 360) / math.pi) + 1
              for v in pts["influence"]]
    pts = place_labels(pts.assign(label=pts["id"], r=radius), frame, font_size=9,
                       radius="r", x="px", y="py", fixed=fixed)
    dots = alt.Chart(pts)
    layers.append(alt.Chart(pts[pts["far"]]).mark_rule(color="#888", strokeWidth=0.8)
                  .encode(x=x, y=y, x2="lx:Q", y2="ly:Q"))
    layers.append(dots.mark_point(opacity=0.8, filled=True, stroke="white", strokeWidth=1)
                  .encode(x=x, y=y, color=colour, shape=shape, size=size,
        tooltip=["id:N", "name:N", "role_label:N", "quadrant_label:N", "alignment:Q",
                 "interest:Q", "influence:Q"]))
    layers.append(dots.mark_text(align="center", baseline="middle", fontSize=9, color="#333")
                  .encode(x=alt.X("lx:Q", scale=scale), y=alt.Y("ly:Q", scale=scale),
                          text="id:N"))
    if highlight is not None and highlight in set(pts["id"]):
        ring = alt.Chart(pts[pts["id"] == highlight])
        layers.append(ring.mark_point(size=700, color="#111", strokeWidth=2).encode(x=x, y=y))
    return alt.layer(*layers).properties(
        width=width, height=height,
        title=alt.TitleParams(t("charts.aiim.title"), subtitle=[t("charts.aiim.subtitle")]))


def role_cards() -> HTMLView:
    """The four partner roles as cards: name (Thai and English), meaning, what to do next.

    Example:
        >>> "ภาคีหุ้นส่วน" in role_cards()._repr_html_()
        True
    """
    from netlab.ui.parts.chart_colours import ROLE_COLOURS

    cards, lines = [], []
    for role in PartnerRole:
        cards.append(card(
            "netlab-card netlab-role", ROLE_COLOURS[role.value], role,
            f" <code>{escape(role.value)}</code>",
            f"{escape(role.explanation)}<br>"
            f"<i>{escape(t('views.next_step'))}:</i> {escape(role.next_step)}"))
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
            f"<tr><td><code>{escape(q.key)}</code></td><td style='text-align:left'>{escape(q.text)}"
            f"<br><small style='color:{MUTED}'>{escape(q.help)}</small></td>"
            f"<td style='text-align:left'>{escape(t(f'views.pq.test.{q.test}'))}</td></tr>")
        lines.append(f"{q.key}: {q.text}")
    table = html_table("netlab-questions netlab-partner-questions",
                   ("views.pq.key", "views.q.question", "views.pq.test"), rows)
    return HTMLView(table, "\n".join(lines))
