"""A social map: actors and typed ties, the measures a network manager reads from them.

``SocialMap(actors, ties)`` checks both tables (:mod:`netlab.mapping.validate`) and keeps two
graphs built with networkx:

- an undirected simple graph of who is tied to whom (several typed ties between two actors count
  once) for degree, betweenness, closeness, cutpoints, bridges, density, components, isolates
  and the E-I index;
- a directed graph (an undirected tie runs both ways) for the brokerage roles.

The map is read-only; :meth:`SocialMap.select` and :meth:`SocialMap.with_tie` return new maps.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from netlab._errors import TraineeError
from netlab._frames import plain
from netlab.i18n import problems_error, t
from netlab.mapping.files import read_files
from netlab.mapping.groups import brokerage_counts, ei_counts
from netlab.mapping.validate import read_actors, read_ties
from netlab.mapping.vocab import TieType

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = ["MEASURE_COLUMNS", "SocialMap"]

#: The columns of :meth:`SocialMap.measures`.
MEASURE_COLUMNS = ("degree", "ties", "strength", "betweenness", "closeness", "cutpoint")


class SocialMap:
    """Actors (a DataFrame with a unique ``id``; other columns are attributes) and ties
    (``source``, ``target``; optional ``type``, ``weight``, ``directed``).

    Example:
        >>> import pandas as pd
        >>> actors = pd.DataFrame({"id": ["A", "B", "C", "D"], "level": [1, 1, 2, 2]})
        >>> ties = pd.DataFrame({"source": ["A", "B"], "target": ["B", "C"]})
        >>> m = SocialMap(actors, ties)
        >>> sorted(m.cutpoints()), sorted(m.isolates()), m.ei_index("level")
        (['B'], ['D'], 0.0)
    """

    def __init__(self, actors: pd.DataFrame, ties: pd.DataFrame, *,
                 allow_self_loops: bool = False, influence: str = "influence",
                 goal: str = "goal") -> None:
        self.actors = read_actors(actors, influence=influence, goal=goal)
        self.ties = read_ties(ties, set(self.actors.index), allow_self_loops=allow_self_loops)
        self._options: dict[str, Any] = {"allow_self_loops": allow_self_loops,
                                         "influence": influence, "goal": goal}
        self._measured: dict[str, pd.Series] = {}

    @property
    def influence_column(self) -> str:
        """The actors column read as Net-Map influence (tower height)."""
        return str(self._options["influence"])

    @property
    def goal_column(self) -> str:
        """The actors column read as Net-Map goal."""
        return str(self._options["goal"])

    def __repr__(self) -> str:
        return t("mapping.repr", actors=len(self.actors), ties=len(self.ties))

    @classmethod
    def from_files(cls, name: str, folder: str | os.PathLike[str] = ".",
                   **options: Any) -> SocialMap:
        """The map saved as ``<name>_actors.csv`` and ``<name>_ties.csv`` (by the map builder
        or by hand) in ``folder``; without a ties file every actor is an isolate.

        Raises:
            ValueError: the actors file is missing, a file is unreadable (naming it), or a row
                is bad.

        Example:
            >>> import tempfile, pathlib
            >>> folder = pathlib.Path(tempfile.mkdtemp())
            >>> _ = (folder / "m_actors.csv").write_text("id\\nA\\nB\\n")
            >>> _ = (folder / "m_ties.csv").write_text("source,target\\nA,B\\n")
            >>> SocialMap.from_files("m", folder).density()
            1.0
        """
        frames = read_files(name, folder)
        try:
            return cls(frames[0], frames[1], **options)
        except ValueError as exc:
            raise TraineeError(t("mapping.error.in_files", name=name) + "\n" + str(exc)) from None

    # --- graphs ----------------------------------------------------------------------------
    @cached_property
    def graph(self) -> nx.Graph:
        """Who is tied to whom, undirected, one edge per tied pair (self-loops left out);
        edge attributes ``types`` (sorted) and ``weight`` (the sum of the ties' weights)."""
        import networkx as nx

        graph = nx.Graph()
        graph.add_nodes_from(self.actors.index)
        for tie in self.ties.itertuples(index=False):
            if tie.source == tie.target:
                continue
            data = graph.get_edge_data(tie.source, tie.target)
            if data is None:
                graph.add_edge(tie.source, tie.target, types=set(), weight=0.0)
                data = graph.edges[tie.source, tie.target]
            data["types"].add(tie.type or "")
            data["weight"] += tie.weight
        for _, _, data in graph.edges(data=True):
            data["types"] = sorted(data["types"])
        return graph

    @cached_property
    def digraph(self) -> nx.DiGraph:
        """Who reaches whom: a directed tie one way, an undirected tie both ways."""
        import networkx as nx

        digraph = nx.DiGraph()
        digraph.add_nodes_from(self.actors.index)
        for tie in self.ties.itertuples(index=False):
            if tie.source == tie.target:
                continue
            digraph.add_edge(tie.source, tie.target)
            if not tie.directed:
                digraph.add_edge(tie.target, tie.source)
        return digraph

    # --- whole-map measures ----------------------------------------------------------------
    def density(self) -> float:
        """The share of possible pairs that are tied: pairs / (n(n−1)/2).

        Example:
            >>> import pandas as pd
            >>> m = SocialMap(pd.DataFrame({"id": list("ABC")}),
            ...               pd.DataFrame({"source": ["A"], "target": ["B"]}))
            >>> round(m.density(), 3)
            0.333
        """
        import networkx as nx

        return float(nx.density(self.graph))

    def components(self) -> list[set[str]]:
        """The connected parts of the map, largest first (ties broken by the smallest id);
        an isolate is a part of its own.

        Example:
            >>> import pandas as pd
            >>> m = SocialMap(pd.DataFrame({"id": list("ABC")}),
            ...               pd.DataFrame({"source": ["A"], "target": ["B"]}))
            >>> [sorted(part) for part in m.components()]
            [['A', 'B'], ['C']]
        """
        import networkx as nx

        parts = [set(p) for p in nx.connected_components(self.graph)]
        return sorted(parts, key=lambda p: (-len(p), min(p)))

    def isolates(self) -> set[str]:
        """Actors with no tie to anyone.

        Example:
            >>> import pandas as pd
            >>> SocialMap(pd.DataFrame({"id": ["A"]}),
            ...           pd.DataFrame({"source": [], "target": []})).isolates()
            {'A'}
        """
        return {node for node, degree in self.graph.degree() if degree == 0}

    def cutpoints(self) -> set[str]:
        """Actors whose removal splits their part of the map (articulation points).

        Example:
            >>> import pandas as pd
            >>> m = SocialMap(pd.DataFrame({"id": list("ABC")}),
            ...               pd.DataFrame({"source": ["A", "B"], "target": ["B", "C"]}))
            >>> m.cutpoints()
            {'B'}
        """
        import networkx as nx

        return set(nx.articulation_points(self.graph))

    def bridges(self) -> set[tuple[str, str]]:
        """Tied pairs whose loss would split their part of the map, each as (smaller id,
        larger id).

        Example:
            >>> import pandas as pd
            >>> m = SocialMap(pd.DataFrame({"id": list("AB")}),
            ...               pd.DataFrame({"source": ["B"], "target": ["A"]}))
            >>> m.bridges()
            {('A', 'B')}
        """
        import networkx as nx

        return {tuple(sorted(pair)) for pair in nx.bridges(self.graph)}

    # --- per-actor measures ----------------------------------------------------------------
    def _compute(self, name: str) -> dict[str, object]:
        import networkx as nx
        import pandas as pd

        if name == "degree":
            return dict(self.graph.degree())
        if name in ("ties", "strength"):
            ends = pd.concat([self.ties[["source", "weight"]].set_axis(["id", "weight"], axis=1),
                              self.ties[["target", "weight"]].set_axis(["id", "weight"], axis=1)])
            totals = ends.groupby("id")["weight"].agg("size" if name == "ties" else "sum")
            return {i: totals.get(i, 0) for i in self.actors.index}
        if name == "betweenness":
            return nx.betweenness_centrality(self.graph)
        if name == "closeness":
            return nx.closeness_centrality(self.graph)
        cut = self.cutpoints()
        return {i: i in cut for i in self.actors.index}

    def measure(self, name: str) -> pd.Series:
        """One column of :meth:`measures`, computed on first use and kept: drawing a large
        map sized by degree does not wait for betweenness.

        Raises:
            ValueError: ``name`` is not one of :data:`MEASURE_COLUMNS`.

        Example:
            >>> from netlab.mapping import wawee_map
            >>> int(wawee_map().measure("degree")["W19"])
            8
        """
        import pandas as pd

        if name not in MEASURE_COLUMNS:
            raise TraineeError(t("mapping.error.measure", name=repr(name),
                               allowed=", ".join(MEASURE_COLUMNS)))
        if name not in self._measured:
            series = pd.Series(self._compute(name), name=name).reindex(self.actors.index)
            series.index.name = "id"
            self._measured[name] = series
        return self._measured[name].copy()

    def measures(self) -> pd.DataFrame:
        """One row per actor: ``degree`` (how many others it is tied to), ``ties`` (its ties,
        each type counted), ``strength`` (the sum of their weights), ``betweenness`` and
        ``closeness`` (networkx, normalised 0–1) and ``cutpoint``.

        Example:
            >>> import pandas as pd
            >>> m = SocialMap(pd.DataFrame({"id": list("ABC")}),
            ...               pd.DataFrame({"source": ["A", "B"], "target": ["B", "C"]}))
            >>> row = m.measures().loc["B"]
            >>> int(row["degree"]), float(row["betweenness"])
            (2, 1.0)
        """
        import pandas as pd

        return pd.concat([self.measure(name) for name in MEASURE_COLUMNS], axis=1)

    # --- groups ----------------------------------------------------------------------------
    def _groups(self, attribute: str) -> dict[str, object]:
        if attribute not in self.actors.columns:
            raise TraineeError(t("mapping.error.attribute", attribute=repr(attribute),
                               allowed=", ".join(map(str, self.actors.columns)) or "-"))
        groups = {ident: plain(v) for ident, v in self.actors[attribute].items()}
        tied = {node for node, degree in self.graph.degree() if degree}
        blank = sorted(ident for ident in tied if groups[ident] is None)
        if blank:
            raise problems_error("mapping.error.header", [t(
                "mapping.error.attribute_blank", attribute=attribute, ids=", ".join(blank))])
        return groups

    def ei_index(self, attribute: str) -> float:
        """Krackhardt & Stern's E-I index over tied pairs for the groups of ``attribute``:
        (external − internal) / (external + internal); with ``"level"`` it reads horizontal
        (−1) against vertical (+1).

        Raises:
            ValueError: the attribute is not a column, a tied actor has no value, or the map
                has no ties.

        Example:
            >>> import pandas as pd
            >>> m = SocialMap(pd.DataFrame({"id": list("ABC"), "g": [1, 1, 2]}),
            ...               pd.DataFrame({"source": ["A", "B"], "target": ["B", "C"]}))
            >>> m.ei_index("g")
            0.0
        """
        external, internal = ei_counts(self.graph, self._groups(attribute))
        if external + internal == 0:
            raise TraineeError(t("mapping.error.no_ties"))
        return (external - internal) / (external + internal)

    def brokerage(self, attribute: str) -> pd.DataFrame:
        """Gould & Fernandez brokerage roles per actor for the groups of ``attribute``
        (see :mod:`netlab.mapping.groups`): coordinator, itinerant, representative,
        gatekeeper, liaison and total.

        Example:
            >>> import pandas as pd
            >>> m = SocialMap(pd.DataFrame({"id": list("ABC"), "g": [1, 2, 2]}),
            ...               pd.DataFrame({"source": ["A", "B"], "target": ["B", "C"],
            ...                             "directed": [True, True]}))
            >>> int(m.brokerage("g").loc["B", "gatekeeper"])
            1
        """
        frame = brokerage_counts(self.digraph, self._groups(attribute))
        frame.index.name = "id"
        return frame.loc[self.actors.index]

    def tie_kinds(self, level: str = "level", sector: str = "sector") -> pd.DataFrame:
        """Every tie with its ``kind`` (bonding, bridging, linking:
        :func:`netlab.foundations.tie_kind`) and ``orientation`` (horizontal, vertical).

        Example:
            >>> from netlab.mapping import wawee_map
            >>> sorted(set(wawee_map().tie_kinds()["orientation"]))
            ['horizontal', 'vertical']
        """
        from netlab.foundations import tie_kind

        groups = {c: self._groups(c) for c in (level, sector)}
        kinds = [tie_kind(groups[level][s], groups[sector][s], groups[level][g],
                          groups[sector][g]) for s, g in zip(self.ties["source"],
                                                            self.ties["target"], strict=True)]
        return self.ties.drop(columns="row").assign(
            kind=[k.value for k in kinds], orientation=[k.orientation.value for k in kinds])

    # --- new maps --------------------------------------------------------------------------
    def _new(self, ties: pd.DataFrame) -> SocialMap:
        return SocialMap(self.actors.reset_index(), ties, **self._options)

    def select(self, include: Iterable[object] | None = None,
               exclude: Iterable[object] | None = None) -> SocialMap:
        """A map with only the ties of the ``include`` types and none of ``exclude``.

        Example:
            >>> import pandas as pd
            >>> m = SocialMap(pd.DataFrame({"id": list("AB")}),
            ...               pd.DataFrame({"source": ["A"], "target": ["B"],
            ...                             "type": ["conflict"]}))
            >>> len(m.select(exclude=["conflict"]).ties)
            0
        """
        import pandas as pd

        keep = pd.Series(True, index=self.ties.index)
        if include is not None:
            keep &= self.ties["type"].isin({TieType.parse(v).value for v in include})
        if exclude is not None:
            keep &= ~self.ties["type"].isin({TieType.parse(v).value for v in exclude})
        return self._new(self.ties.loc[keep].drop(columns="row"))

    def with_tie(self, source: object, target: object, type: object = "information",
                 **fields: Any) -> SocialMap:
        """The map with one more tie — to try a move before proposing it.

        Example:
            >>> import pandas as pd
            >>> m = SocialMap(pd.DataFrame({"id": list("AB")}),
            ...               pd.DataFrame({"source": [], "target": []}))
            >>> sorted(m.with_tie("A", "B").isolates())
            []
        """
        import pandas as pd

        extra = pd.DataFrame([{"source": source, "target": target, "type": type, **fields}])
        return self._new(pd.concat([self.ties.drop(columns="row"), extra], ignore_index=True))
