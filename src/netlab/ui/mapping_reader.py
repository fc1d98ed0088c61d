"""The map reader (ipywidgets): workbook 06's no-code path. A trainee who does not program
reads the answers of Exercises A and B off a social map here, then types the values into the
answer cells: the same cells, the same points, the same understanding asked for.

It shows what a pandas call would, never the answer itself:

- **Rank the actors** by a measure the trainee chooses (degree, ties, strength, betweenness,
  closeness): which measure answers "tied to the most others" or "the most between" is theirs
  to know; ties at the top are named.
- **Take an actor out**: how many pieces the map falls into without it. A cutpoint is an actor
  whose removal splits the map; the reader never says which actors are cutpoints.
- **Tied pairs**: every tied pair once, with both levels, filtered to all pairs, pairs at one
  level or pairs across levels, with the number shown. The E-I index is left to compute.

Example:
    >>> from netlab.mapping import wawee_map
    >>> reader = map_reader(wawee_map())
    >>> reader.rank_by.value, reader.pieces("W05") > reader.pieces()
    ('degree', True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as w

from netlab._errors import TraineeError
from netlab.i18n import get_language, t
from netlab.palette import STYLE
from netlab.ui.parts.html import escape

if TYPE_CHECKING:
    from netlab.mapping import SocialMap

__all__ = ["MapReader", "map_reader"]

#: The measures a trainee may rank by (the cutpoint column is left out: that is an answer).
RANKABLE = ("degree", "ties", "strength", "betweenness", "closeness")
_PAIRS = ("all", "same", "across")


class MapReader(w.VBox):
    """Rank actors by a measure, take one actor out, and list tied pairs by level, on one
    map (see the module's docstring)."""

    def __init__(self, social_map: SocialMap) -> None:
        self.map = social_map
        self._measures = social_map.measures()
        lang = get_language()
        names = social_map.actors.get(f"name_{lang}", social_map.actors.get("name"))
        self._names = names if names is not None else social_map.actors.index.to_series()
        wide = {"description_width": "initial"}
        self.rank_by = w.Dropdown(
            options=[(t(f"mapping.column.{c}"), c) for c in RANKABLE], value="degree",
            description=t("widgets.reader.rank_by"), style=wide)
        self.take_out = w.Dropdown(
            options=[(t("widgets.reader.nobody"), "")] + [
                (f"{i} · {self._names[i]}", i) for i in social_map.actors.index],
            value="", description=t("widgets.reader.take_out"), style=wide)
        self.pairs = w.Dropdown(
            options=[(t(f"widgets.reader.pairs.{p}"), p) for p in _PAIRS], value="all",
            description=t("widgets.reader.show_pairs"), style=wide)
        self._ranking, self._split, self._pair_table = w.HTML(), w.HTML(), w.HTML()
        super().__init__([
            w.HTML(STYLE + f"<b>{escape(t('widgets.reader.title'))}</b>"),
            self.rank_by, self._ranking, self.take_out, self._split, self.pairs,
            self._pair_table])
        self.add_class("netlab-map-reader")
        self.rank_by.observe(lambda _: self._show_ranking(), names="value")
        self.take_out.observe(lambda _: self._show_split(), names="value")
        self.pairs.observe(lambda _: self._show_pairs(), names="value")
        self._show_ranking()
        self._show_split()
        self._show_pairs()

    # --- what the reader computes ---------------------------------------------------------
    def pieces(self, without: str | None = None) -> int:
        """How many pieces (groups of actors linked to each other, an actor alone counting as
        one) the map has, with ``without`` taken out.

        Raises:
            ValueError: ``without`` is not an actor of the map.
        """
        import networkx as nx

        graph = self.map.graph
        if without is not None:
            if without not in graph:
                raise TraineeError(t("widgets.reader.unknown", value=repr(without),
                                     allowed=", ".join(map(str, graph.nodes))))
            graph = graph.subgraph(n for n in graph if n != without)
        return int(nx.number_connected_components(graph))

    def pair_rows(self, which: str = "all") -> list[tuple[str, str, str, str]]:
        """The tied pairs (each once) with both levels: all, at the same level, or across
        levels.

        Raises:
            ValueError: ``which`` is not all, same or across.
        """
        if which not in _PAIRS:
            raise TraineeError(t("widgets.reader.bad_pairs", value=repr(which),
                                 allowed=", ".join(_PAIRS)))
        levels = self.map.actors["level"]
        rows = []
        for a, b in sorted(tuple(sorted(e)) for e in self.map.graph.edges()):
            across = levels[a] != levels[b]
            if which == "all" or across == (which == "across"):
                rows.append((a, str(levels[a]), b, str(levels[b])))
        return rows

    # --- what it shows --------------------------------------------------------------------
    def _show_ranking(self) -> None:
        column = self.rank_by.value
        ranked = self._measures[column].sort_values(ascending=False, kind="stable")
        top = ranked[ranked == ranked.iloc[0]].index.tolist()
        rows = "".join(
            f"<tr><td>{n}</td><td>{escape(i)}</td><td>{escape(self._names[i])}</td>"
            f"<td>{_fmt(v)}</td></tr>" for n, (i, v) in enumerate(ranked.items(), 1))
        note = (t("widgets.reader.tie_at_top", ids=", ".join(top)) if len(top) > 1 else "")
        head = "".join(f"<th>{escape(h)}</th>" for h in (
            "#", "id", t("mapping.column.name"), t(f"mapping.column.{column}")))
        caption = t("widgets.reader.ranked", measure=t(f"mapping.column.{column}"))
        self._ranking.value = (f"<div {_scroll(caption, 16)}><table>"
                               f"<caption>{escape(caption)}</caption><tr>{head}</tr>{rows}"
                               f"</table></div><p>{escape(note)}</p>")

    def _show_split(self) -> None:
        actor = self.take_out.value
        before = self.pieces()
        if not actor:
            text = t("widgets.reader.pieces", pieces=before)
        else:
            text = t("widgets.reader.pieces_without", actor=actor, pieces=self.pieces(actor),
                     before=before)
        self._split.value = f"<p>{escape(text)}</p>"

    def _show_pairs(self) -> None:
        rows = self.pair_rows(self.pairs.value)
        head = "".join(f"<th>{escape(h)}</th>" for h in (
            "id", t("mapping.column.level"), "id", t("mapping.column.level")))
        count = t("widgets.reader.pair_count", count=len(rows))
        body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                       for row in rows)
        self._pair_table.value = (
            f"<p>{escape(count)}</p>"
            f"<div {_scroll(count, 14)}><table><tr>{head}</tr>{body}"
            f"</table></div>")


def _scroll(label: str, height: int) -> str:
    """A scrolling box a keyboard can reach and a screen reader can name."""
    return (f'role="region" tabindex="0" aria-label="{escape(label)}" '
            f'style="max-height:{height}em;overflow:auto"')


def _fmt(value: float) -> str:
    return f"{value:g}" if float(value).is_integer() else f"{value:.3f}"


def map_reader(social_map: SocialMap) -> MapReader:
    """Create the map reader for ``social_map`` (see :class:`MapReader`).

    Example:
        >>> from netlab.mapping import wawee_map
        >>> len(map_reader(wawee_map()).pair_rows("all")) > 0
        True
    """
    return MapReader(social_map)
