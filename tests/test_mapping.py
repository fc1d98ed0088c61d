"""netlab.mapping: checked against networkx's Florentine families graph, hand-computed E-I and
brokerage examples, the designed teaching map, bad tables and a 2,000-actor map."""

from __future__ import annotations

import functools

import networkx as nx
import pandas as pd
import pytest

from netlab.i18n import language
from netlab.mapping import BROKERAGE_ROLES, MEASURE_COLUMNS, Goal, SocialMap, wawee_map


def _map(ids: list[str], ties: list[tuple], **attributes: list[object]) -> SocialMap:
    columns = ["source", "target", "type", "weight", "directed"][:len(ties[0])] if ties else [
        "source", "target"]
    return SocialMap(pd.DataFrame({"id": ids, **attributes}),
                     pd.DataFrame(ties, columns=columns))


@pytest.fixture(scope="module")
def florentine() -> SocialMap:
    graph = nx.florentine_families_graph()
    return SocialMap(pd.DataFrame({"id": sorted(graph.nodes)}),
                     pd.DataFrame(sorted(graph.edges), columns=["source", "target"]))


def test_florentine_families_match_networkx_and_the_known_facts(florentine: SocialMap) -> None:
    graph = nx.florentine_families_graph()
    measures = florentine.measures()
    assert list(measures.columns) == list(MEASURE_COLUMNS)
    assert measures["betweenness"].idxmax() == "Medici"
    assert measures.loc["Medici", "betweenness"] == pytest.approx(0.5219, abs=1e-3)
    for node, value in nx.closeness_centrality(graph).items():
        assert measures.loc[node, "closeness"] == pytest.approx(value)
    assert dict(measures["degree"]) == dict(graph.degree())
    assert florentine.cutpoints() == {"Albizzi", "Guadagni", "Medici", "Salviati"}
    assert florentine.density() == pytest.approx(20 / 105)
    assert florentine.components() == [set(graph.nodes)]
    assert florentine.isolates() == set()
    assert florentine.bridges() == {tuple(sorted(b)) for b in nx.bridges(graph)}


def test_ei_index_by_hand() -> None:
    # groups: A,B,C in x; D,E in y. Ties: A-B, B-C (internal), C-D, A-E (external), D-E
    # (internal), and a second, typed tie A-B that must not count twice: E=2, I=3.
    m = _map(list("ABCDE"), [("A", "B", "support"), ("B", "A", "money"), ("B", "C", None),
                             ("C", "D", None), ("A", "E", None), ("D", "E", None)],
             g=list("xxxyy"))
    assert m.ei_index("g") == pytest.approx((2 - 3) / 5)
    star = _map(list("ABCD"), [("A", "B"), ("A", "C"), ("A", "D")], g=[1, 2, 3, 4])
    assert star.ei_index("g") == 1.0
    assert _map(list("AB"), [("A", "B")], g=[1, 1]).ei_index("g") == -1.0


def test_brokerage_roles_by_hand() -> None:
    # b brokers a -> b -> c for every pair of groups; each row names the expected role.
    cases = {("x", "x", "x"): "coordinator", ("x", "y", "x"): "itinerant",
             ("x", "x", "y"): "representative", ("y", "x", "x"): "gatekeeper",
             ("x", "y", "z"): "liaison"}
    for (ga, gb, gc), role in cases.items():
        m = _map(["a", "b", "c"], [("a", "b", None, 1, True), ("b", "c", None, 1, True)],
                 g=[ga, gb, gc])
        row = m.brokerage("g").loc["b"]
        assert row[role] == 1 and row["total"] == 1, (ga, gb, gc, role)
        assert m.brokerage("g").loc[["a", "c"], "total"].tolist() == [0, 0]
    # A direct a -> c tie means b brokers nothing.
    closed = _map(["a", "b", "c"], [("a", "b", None, 1, True), ("b", "c", None, 1, True),
                                    ("a", "c", None, 1, True)], g=list("xyz"))
    assert closed.brokerage("g").loc["b", "total"] == 0


def test_undirected_brokerage_counts_both_directions() -> None:
    # A star: centre c (group 1), leaves p, q (group 1) and r (group 2), undirected.
    m = _map(["c", "p", "q", "r"], [("c", "p"), ("c", "q"), ("c", "r")], g=[1, 1, 1, 2])
    row = m.brokerage("g").loc["c"]
    assert row["coordinator"] == 2  # p->q and q->p
    assert row["representative"] == row["gatekeeper"] == 2  # p,q -> r and r -> p,q
    assert row["itinerant"] == row["liaison"] == 0
    assert row["total"] == 6 == 3 * 2
    assert list(m.brokerage("g").columns) == [*BROKERAGE_ROLES, "total"]


def test_teaching_map_has_the_designed_structure() -> None:
    m = wawee_map()
    measures = m.measures()
    assert (len(m.actors), len(m.ties)) == (24, 44)
    assert measures["degree"].idxmax() == "W04"
    assert measures["betweenness"].idxmax() == "W05"
    assert m.cutpoints() == {"W05", "W13", "W22"}
    assert m.isolates() == {"W14", "W24"}
    # conflict ties carry no flow; leaving them out changes none of the designed answers
    flows = m.select(exclude=["conflict"])
    assert len(flows.ties) == len(m.ties) - 2
    assert flows.cutpoints() == m.cutpoints() and flows.isolates() == m.isolates()
    assert flows.measures()["betweenness"].idxmax() == "W05"
    assert set(m.actors["goal"]) <= {g.value for g in Goal}
    external, total = 24, 44
    assert m.ei_index("level") == pytest.approx((external - (total - external - 0)) / total)


def test_one_measure_at_a_time() -> None:
    m = wawee_map()
    assert m.measure("degree").equals(m.measures()["degree"])
    with language("en"), pytest.raises(ValueError, match=r"no measure 'eigen'.*betweenness"):
        m.measure("eigen")


def test_with_tie_and_select_return_new_maps() -> None:
    m = wawee_map()
    moved = m.with_tie("W14", "W04", "information")
    assert "W14" not in moved.isolates() and "W14" in m.isolates()
    assert len(moved.ties) == len(m.ties) + 1
    assert len(m.select(include=["money"]).ties) == (m.ties["type"] == "money").sum()


def _error(actors: pd.DataFrame, ties: pd.DataFrame, lang: str = "en", **kw: object) -> str:
    with language(lang), pytest.raises(ValueError) as info:
        SocialMap(actors, ties, **kw)
    return str(info.value)


ACTORS = pd.DataFrame({"id": ["W01", "W02", "W03"], "influence": [1, 2, 3],
                       "goal": ["+", "0", "-"]})


@pytest.mark.parametrize(("ties", "expected"), [
    ({"source": ["W01"], "target": ["W99"]}, ["row 1", "W99", "not in the actors table"]),
    ({"source": ["W01"], "target": ["w02"]}, ["did you mean W02"]),
    ({"source": ["W01"], "target": ["W0l"]}, ["W0l", "did you mean"]),
    ({"source": ["W01"], "target": ["W01"]}, ["row 1", "W01", "tied to itself"]),
    ({"source": ["W01", "W02"], "target": ["W02", "W03"], "weight": [1, -2]},
     ["row 2", "weight -2", "above 0"]),
    ({"source": ["W01"], "target": ["W02"], "weight": [0]}, ["weight 0"]),
    ({"source": ["W01"], "target": ["W02"], "type": ["gossip"]},
     ["row 1", "'gossip'", "money", "conflict"]),
    ({"source": ["W01"], "target": ["W02"], "directed": ["maybe"]}, ["directed", "'maybe'"]),
    ({"source": ["W01", "W02"], "target": ["W02", "W01"], "type": ["money"] * 2},
     ["row 2", "repeats row 1"]),
    ({"source": [None], "target": ["W02"]}, ["row 1", "source is blank"]),
    ({"from": ["W01"], "to": ["W02"]}, ["source, target"]),
])
def test_bad_ties_are_named(ties: dict, expected: list[str]) -> None:
    message = _error(ACTORS, pd.DataFrame(ties))
    for part in expected:
        assert part in message, (part, message)


def test_bad_actors_are_named_and_every_problem_is_listed() -> None:
    actors = pd.DataFrame({"id": ["W01", "W01", None], "influence": [-1, "high", 2],
                           "goal": ["maybe", None, "+"]})
    message = _error(actors, pd.DataFrame({"source": [], "target": []}))
    for part in ("row 2", "repeats row 1", "row 3", "blank", "influence -1",
                 "influence 'high'", "'maybe'"):
        assert part in message, (part, message)
    assert "ยังสร้างแผนที่เครือข่ายไม่ได้" in _error(actors, pd.DataFrame(
        {"source": [], "target": []}), "th")


def test_self_loops_allowed_on_request_are_kept_but_not_measured() -> None:
    m = SocialMap(ACTORS, pd.DataFrame({"source": ["W01"], "target": ["W01"]}),
                  allow_self_loops=True)
    assert len(m.ties) == 1 and m.measures().loc["W01", "degree"] == 0
    assert m.isolates() == {"W01", "W02", "W03"}


def test_not_a_frame_and_unknown_attribute() -> None:
    with pytest.raises(ValueError, match="DataFrame"):
        SocialMap([{"id": "A"}], pd.DataFrame({"source": [], "target": []}))
    m = wawee_map()
    with language("en"), pytest.raises(ValueError, match="no column 'levl'"):
        m.ei_index("levl")
    blank = SocialMap(pd.DataFrame({"id": ["A", "B"], "g": ["x", None]}),
                      pd.DataFrame({"source": ["A"], "target": ["B"]}))
    with language("en"), pytest.raises(ValueError, match="no g: B"):
        blank.brokerage("g")
    with language("en"), pytest.raises(ValueError, match="no ties"):
        SocialMap(pd.DataFrame({"id": ["A"], "g": [1]}),
                  pd.DataFrame({"source": [], "target": []})).ei_index("g")


@functools.cache
def big_map(n: int = 2000, seed: int = 3) -> tuple[SocialMap, nx.Graph]:
    """A seeded 2,000-actor map (power-law clustered) and the networkx graph it came from."""
    graph = nx.relabel_nodes(nx.powerlaw_cluster_graph(n, 2, 0.3, seed=seed),
                             lambda i: f"A{i:04d}")
    sectors = ["health", "education", "community", "funder", "media"]
    actors = pd.DataFrame({"id": sorted(graph.nodes),
                           "sector": [sectors[i % 5] for i in range(n)]})
    ties = pd.DataFrame(sorted(graph.edges), columns=["source", "target"])
    return SocialMap(actors, ties), graph


def test_a_2000_actor_map_is_measured_exactly() -> None:
    m, graph = big_map()
    measures = m.measures()
    for node in ("A0000", "A0999", "A1999"):
        assert measures.loc[node, "closeness"] == pytest.approx(
            nx.closeness_centrality(graph, u=node))
        assert measures.loc[node, "degree"] == graph.degree(node)
    leaves = [node for node, degree in graph.degree() if degree == 1]
    assert (measures.loc[leaves, "betweenness"] == 0).all()
    assert measures["betweenness"].idxmax() in {node for node, _ in sorted(
        graph.degree(), key=lambda item: -item[1])[:20]}
    assert m.cutpoints() == set(nx.articulation_points(graph))
    assert m.density() == pytest.approx(nx.density(graph))
