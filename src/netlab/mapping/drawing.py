"""What a map chart draws: node and tie positions from a seeded layout, with no plotting code.

A map of a few dozen actors is drawn actor by actor. Above ``max_actors`` a picture of every
actor is unreadable, so the drawing either groups actors by the colour attribute (one circle per
group, sized by its number of actors, lines by the number of ties between groups) or, with no
colour attribute, keeps the actors with the most ties. The drawing says which it did in
``note``; the measures of :class:`~netlab.mapping.SocialMap` always use every actor.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from netlab._errors import TraineeError
from netlab._frames import plain
from netlab.i18n import get_language, t

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from netlab.mapping.model import SocialMap

__all__ = ["Drawing", "drawing", "short_label"]

_OFFSET = 0.025  # how far apart two ties between the same pair are drawn
_TIE_FIELDS = ("source", "target", "type", "weight", "directed", "x", "y", "x2", "y2", "ax",
               "ay", "angle")


@dataclass(frozen=True)
class Drawing:
    """Nodes (``id``, ``label``, ``name``, ``x``, ``y``, ``size``, ``colour``, ``influence``,
    ``goal``) and ties (``x``, ``y``, ``x2``, ``y2``, ``type``, ``weight``, ``directed``,
    ``angle``), with ``note`` saying what was grouped or left out (empty when nothing was)."""

    nodes: pd.DataFrame
    ties: pd.DataFrame
    note: str
    grouped: bool


def short_label(text: str, limit: int = 22) -> str:
    """``text`` cut to ``limit`` characters with "…", never between a Thai letter and its
    vowel or tone mark.

    Example:
        >>> short_label("องค์การบริหารส่วนตำบลวาวี", 6)
        'องค์ก…'
    """
    if len(text) <= limit:
        return text
    cut = limit - 1
    while cut > 0 and unicodedata.category(text[cut]) == "Mn":
        cut -= 1
    return text[:cut] + "…"


def _name_column(actors: pd.DataFrame) -> str | None:
    for column in (f"name_{get_language()}", "name"):
        if column in actors.columns:
            return column
    return None


def _positions(graph: nx.Graph, seed: int) -> dict[object, tuple[float, float]]:
    """Each connected part laid out on its own (a seeded spring layout), the parts side by
    side from the largest, isolated actors in a row underneath."""
    import networkx as nx

    parts = sorted((sorted(p, key=str) for p in nx.connected_components(graph)),
                   key=lambda p: (-len(p), str(p[0])))
    pos: dict[object, tuple[float, float]] = {}
    left = 0.0
    for part in (p for p in parts if len(p) > 1):
        sub = nx.Graph()
        sub.add_nodes_from(part)
        sub.add_edges_from(sorted((tuple(sorted(e, key=str)) for e in
                                   graph.subgraph(part).edges), key=str))
        layout = nx.spring_layout(sub, seed=seed, k=2.2 / math.sqrt(len(sub)),
                                  iterations=200)
        scale = math.sqrt(len(part) / max(len(parts[0]), 1))
        for node, (x, y) in layout.items():
            pos[node] = (left + (float(x) + 1) * scale, float(y) * scale)
        left += 2 * scale + 0.3
    singles = [p[0] for p in parts if len(p) == 1]
    width = max(left - 0.3, 2.0)
    step = width / max(len(singles), 1)
    for index, node in enumerate(singles):
        pos[node] = (step * (index + 0.5), -1.35)
    return pos


def _tie_rows(pairs: list[dict[str, object]], pos: dict[object, tuple[float, float]]
              ) -> list[dict[str, object]]:
    seen: dict[frozenset[object], int] = {}
    counts: dict[frozenset[object], int] = {}
    for tie in pairs:
        key = frozenset((tie["source"], tie["target"]))
        counts[key] = counts.get(key, 0) + 1
    rows = []
    for tie in pairs:
        key = frozenset((tie["source"], tie["target"]))
        index = seen[key] = seen.get(key, -1) + 1
        (x1, y1), (x2, y2) = pos[tie["source"]], pos[tie["target"]]
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        shift = (index - (counts[key] - 1) / 2) * _OFFSET
        dx, dy = -(y2 - y1) / length * shift, (x2 - x1) / length * shift
        rows.append({**tie, "x": x1 + dx, "y": y1 + dy, "x2": x2 + dx, "y2": y2 + dy,
                     "ax": x1 + dx + 0.8 * (x2 - x1), "ay": y1 + dy + 0.8 * (y2 - y1),
                     "angle": (90 - math.degrees(math.atan2(y2 - y1, x2 - x1))) % 360})
    return rows


def _values(m: SocialMap, column: str | None) -> dict[str, object]:
    from netlab.mapping.model import MEASURE_COLUMNS

    if column is None:
        return dict.fromkeys(m.actors.index)
    if column in m.actors.columns:
        return {i: plain(v) for i, v in m.actors[column].items()}
    if column in MEASURE_COLUMNS:
        return {i: plain(v) for i, v in m.measure(column).items()}
    allowed = ", ".join([*map(str, m.actors.columns), *MEASURE_COLUMNS])
    raise TraineeError(t("mapping.error.attribute", attribute=repr(column), allowed=allowed))


def drawing(m: SocialMap, *, size: str = "degree", colour: str | None = "sector",
            max_actors: int = 150, seed: int = 7) -> Drawing:
    """The positions and fields a chart of ``m`` needs; the same every run for one ``seed``.

    Example:
        >>> from netlab.mapping import wawee_map
        >>> d = drawing(wawee_map())
        >>> len(d.nodes), len(d.ties), d.note
        (24, 44, '')
    """
    import pandas as pd

    colours = _values(m, colour)
    # The cast below: here colour names a column of m.actors, so it is not None.
    if len(m.actors) > max_actors and colour in m.actors.columns:  # group by an attribute,
        return _grouped(m, cast(str, colour), colours, seed)       # never by a measure
    sizes = _values(m, size)
    keep = list(m.actors.index)
    note = ""
    if len(keep) > max_actors:
        degree = m.measure("degree")
        keep = sorted(keep, key=lambda i: (-degree[i], str(i)))[:max_actors]
        note = t("mapping.chart.sampled", shown=max_actors, total=len(m.actors))
    kept = set(keep)
    pos = _positions(m.graph.subgraph(keep), seed)
    names = _values(m, _name_column(m.actors))
    influence = _values(m, m.influence_column if m.influence_column in m.actors else None)
    goal = _values(m, m.goal_column if m.goal_column in m.actors else None)
    nodes = pd.DataFrame([{
        "id": i, "name": str(names[i] or i),
        "label": f"{i} {short_label(str(names[i]), 14)}" if names[i] else str(i),
        "x": pos[i][0], "y": pos[i][1], "size": sizes[i], "colour": colours[i],
        "influence": influence[i], "goal": goal[i]} for i in keep])
    pairs = [{"source": tie.source, "target": tie.target, "type": tie.type,
              "weight": tie.weight, "directed": tie.directed}
             for tie in m.ties.itertuples(index=False)
             if tie.source in kept and tie.target in kept and tie.source != tie.target]
    return Drawing(nodes, pd.DataFrame(_tie_rows(pairs, pos), columns=list(_TIE_FIELDS)), note,
                   grouped=False)


def _grouped(m: SocialMap, colour: str, colours: dict[str, object], seed: int) -> Drawing:
    import networkx as nx
    import pandas as pd

    label = {i: "-" if v is None else str(v) for i, v in colours.items()}
    members = pd.Series(label).value_counts()
    graph = nx.Graph()
    graph.add_nodes_from(members.index)
    for u, v in m.graph.edges():
        a, b = label[u], label[v]
        if a != b:
            weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
            graph.add_edge(a, b, weight=weight + 1)
    pos = _positions(graph, seed)
    nodes = pd.DataFrame([{
        "id": g, "name": g, "label": f"{g} ({n})", "x": pos[g][0], "y": pos[g][1],
        "size": int(n), "colour": g, "influence": None, "goal": None}
        for g, n in members.items()])
    pairs = [{"source": a, "target": b, "type": None, "weight": float(d["weight"]),
              "directed": False} for a, b, d in graph.edges(data=True)]
    note = t("mapping.chart.grouped", total=len(m.actors), attribute=colour,
             groups=len(members))
    return Drawing(nodes, pd.DataFrame(_tie_rows(pairs, pos), columns=list(_TIE_FIELDS)), note,
                   grouped=True)
