"""Ties across groups: the E-I index and Gould & Fernandez brokerage roles.

networkx has neither, so they are written here, small and checked against hand-computed
examples in the tests.

- E-I index (Krackhardt & Stern 1988): (E − I) / (E + I) over tied pairs, where E counts pairs
  whose two actors are in different groups and I pairs in the same group. −1: every tie stays
  inside a group; +1: every tie crosses groups. With ``level`` as the groups it is the
  horizontal (same level) versus vertical (across levels) lens of seed 003.
- Brokerage (Gould & Fernandez 1989): actor b brokers when a → b → c and there is no tie
  a → c. The role depends on the groups of a, b and c:

  ============== ===================================== ========================
  role            groups                                 b …
  ============== ===================================== ========================
  coordinator     a, b, c all in one group               works inside its group
  itinerant       a and c together, b elsewhere          an outside go-between
  representative  a and b together, c elsewhere          speaks for its group
  gatekeeper      b and c together, a elsewhere          controls what comes in
  liaison         all three in different groups          links outsiders
  ============== ===================================== ========================

  An undirected tie counts as a tie both ways, so on an undirected map each path a – b – c is
  two brokered pairs (a to c and c to a), and representative equals gatekeeper.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = ["BROKERAGE_ROLES", "brokerage_counts", "ei_counts"]

#: The five brokerage roles, in Gould & Fernandez's order.
BROKERAGE_ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")


def ei_counts(graph: nx.Graph, groups: Mapping[Any, object]) -> tuple[int, int]:
    """(external, internal): tied pairs across groups and within a group.

    Example:
        >>> import networkx as nx
        >>> g = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
        >>> ei_counts(g, {"a": 1, "b": 1, "c": 2, "d": 2})
        (1, 2)
    """
    external = sum(1 for u, v in graph.edges() if u != v and groups[u] != groups[v])
    internal = sum(1 for u, v in graph.edges() if u != v and groups[u] == groups[v])
    return external, internal


def _role(ga: object, gb: object, gc: object) -> str:
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "itinerant"
    if ga == gb:
        return "representative"
    if gb == gc:
        return "gatekeeper"
    return "liaison"


def brokerage_counts(digraph: nx.DiGraph, groups: Mapping[Any, object]
                     ) -> pd.DataFrame:
    """How many pairs each actor brokers in each role, with ``total``; one row per node.

    Example:
        >>> import networkx as nx
        >>> g = nx.DiGraph([("a", "b"), ("b", "c")])
        >>> brokerage_counts(g, {"a": 1, "b": 2, "c": 2}).loc["b"].tolist()
        [0, 0, 0, 1, 0, 1]
    """
    import pandas as pd

    counts = {node: dict.fromkeys(BROKERAGE_ROLES, 0) for node in digraph.nodes}
    for b in digraph.nodes:
        for a in digraph.predecessors(b):
            for c in digraph.successors(b):
                if a == c or digraph.has_edge(a, c):  # no self-loops: a, c != b
                    continue
                counts[b][_role(groups[a], groups[b], groups[c])] += 1
    frame = pd.DataFrame.from_dict(counts, orient="index", columns=list(BROKERAGE_ROLES))
    frame["total"] = frame.sum(axis=1)
    return frame
