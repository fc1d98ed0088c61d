"""Charts a screen reader can use: a text alternative and the data table behind each chart.

Every netlab chart is drawn offline as SVG. Here the SVG gets ``role="img"``, an accessible name
and a ``<title>`` in the active language (the chart's own ``description`` if it has one, else
its title and subtitle, which say what it shows), and a notebook shows each chart as a
``<figure>`` whose caption holds the data table, folded until asked for ("Data table").

Example:
    >>> spec = {"title": {"text": "Scores", "subtitle": ["One dot per person"]},
    ...         "datasets": {"d": [{"who": "A", "score": 3}]}, "data": {"name": "d"},
    ...         "mark": "point", "encoding": {"tooltip": [{"field": "who", "type": "nominal"},
    ...                                                  {"field": "score", "title": "Score"}]}}
    >>> describe(spec)
    'Scores. One dot per person.'
    >>> data_table(spec)
    (['who', 'Score'], [['A', '3']])
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from netlab.i18n import lang_attr, t, t_or

if TYPE_CHECKING:
    import altair as alt

__all__ = ["accessible_svg", "data_table", "describe", "draw", "figure_html", "render"]

#: At most this many rows in a chart's data table (a chart of more is read as a summary).
MAX_ROWS = 200


def _texts(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    return [str(value)]


def describe(spec: Mapping[str, Any]) -> str:
    """One or two sentences saying what the chart shows, in the language it was drawn in.

    Example:
        >>> describe({"description": "Two dots.", "title": "T"})
        'Two dots.'
        >>> describe({"title": "Only a title"})
        'Only a title.'
    """
    own = str(spec.get("description") or "").strip()
    if own:
        return own
    title = spec.get("title")
    parts = (_texts(title.get("text")) + _texts(title.get("subtitle"))
             if isinstance(title, Mapping) else _texts(title))
    return " ".join(p if p.rstrip().endswith((".", "?", "!", ")")) else f"{p}."
                    for p in (part.strip() for part in parts))


def _layers(spec: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found = [spec]
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for sub in spec.get(key) or []:
            found += _layers(sub)
    return found


def _titles(spec: Mapping[str, Any]) -> dict[str, str]:
    """Each field's title as the chart's axes and legends name it."""
    titles: dict[str, str] = {}
    for layer in _layers(spec):
        for channel in (layer.get("encoding") or {}).values():
            if isinstance(channel, Mapping) and channel.get("field") and channel.get("title"):
                titles.setdefault(str(channel["field"]), str(channel["title"]))
    return titles


def data_table(spec: Mapping[str, Any]) -> tuple[list[str], list[list[str]]]:
    """The chart's data as a table: the fields its tooltips show (what a reader can point at),
    from the first layer that has them, headed as the chart names them; ``([], [])`` for a
    chart without tooltips.

    Example:
        >>> data_table({"mark": "point"})
        ([], [])
    """
    named = _titles(spec)
    datasets = spec.get("datasets") or {}
    inherited = (spec.get("data") or {}).get("name")
    for layer in _layers(spec):
        tips = (layer.get("encoding") or {}).get("tooltip")
        tips = [tips] if isinstance(tips, Mapping) else tips or []
        fields = [(tip["field"], str(tip.get("title") or named.get(tip["field"])
                                     or t_or(f"charts.field.{tip['field']}", tip["field"])))
                  for tip in tips if isinstance(tip, Mapping) and tip.get("field")]
        name = (layer.get("data") or {}).get("name") or inherited
        rows = datasets.get(name) if name else None
        if fields and rows:
            body = [["" if row.get(f) is None else str(row.get(f)) for f, _ in fields]
                    for row in rows[:MAX_ROWS]]
            return [title for _, title in fields], body
    return [], []


def accessible_svg(svg: str, text: str) -> str:
    """``svg`` as an image with ``text`` as its name (``role``, ``aria-label``, ``<title>``).

    Example:
        >>> accessible_svg('<svg width="1"><g/></svg>', "A & B")
        '<svg role="img" aria-label="A &amp; B" width="1"><title>A &amp; B</title><g/></svg>'
    """
    escaped = html.escape(text, quote=True)
    start = svg.index("<svg") + len("<svg")
    close = svg.index(">", start) + 1
    head = f'<svg role="img" aria-label="{escaped}"' + svg[start:close]
    return svg[:svg.index("<svg")] + head + f"<title>{escaped}</title>" + svg[close:]


def draw(spec: dict[str, Any]) -> tuple[str, str]:
    """The chart drawn offline (vl-convert) as an SVG named by what it shows, and that name.

    Example:
        >>> svg, text = draw({"title": "T", "mark": "point", "data": {"values": [{"a": 1}]},
        ...                   "encoding": {"x": {"field": "a", "type": "quantitative"}}})
        >>> text, svg.startswith('<svg role="img" aria-label="T."')
        ('T.', True)
    """
    import vl_convert as vlc

    text = describe(spec)
    return accessible_svg(vlc.vegalite_to_svg(spec), text), text


def figure_html(spec: Mapping[str, Any], svg: str) -> str:
    """A chart for a notebook: its named SVG (from :func:`draw`), and its data table behind
    "Data table".

    Example:
        >>> "<figure" in figure_html({"title": "T"}, "<svg></svg>")
        True
    """
    columns, rows = data_table(spec)
    table = ""
    if columns:
        head = "".join(f"<th scope='col'>{html.escape(c)}</th>" for c in columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                       for row in rows)
        table = (f"<figcaption><details><summary>{html.escape(t('charts.data_table'))}"
                 f"</summary><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody>"
                 "</table></details></figcaption>")
    return f"<figure class='netlab-figure' {lang_attr()} style='margin:0'>{svg}{table}</figure>"


def render(spec: dict[str, Any], **_options: Any) -> dict[str, str]:
    """Altair's renderer "netlab": the chart drawn offline, as a figure with its text
    alternative and data table (HTML), and as an SVG for front ends without HTML.

    Example:
        >>> sorted(render({"mark": "point", "data": {"values": [{"a": 1}]},
        ...                "encoding": {"x": {"field": "a", "type": "quantitative"}}}))
        ['image/svg+xml', 'text/html', 'text/plain']
    """
    svg, text = draw(spec)
    return {"text/html": figure_html(spec, svg), "image/svg+xml": svg,
            "text/plain": text or "<chart>"}


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Render a chart to an SVG string offline (vl-convert, no browser, no network), named
    for a screen reader by what it shows (see :mod:`netlab.ui.parts.chart_access`).

    Example:
        >>> from netlab.charts import problem_plane
        >>> to_svg(problem_plane()).startswith('<svg role="img" aria-label=')
        True
    """
    return draw(chart.to_dict(validate=False))[0]
