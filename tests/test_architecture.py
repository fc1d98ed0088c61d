"""The house's shape, checked on the import graph (grimp; imports inside functions count,
``if TYPE_CHECKING:`` imports do not, since they never run):

- no import cycles anywhere in ``netlab``;
- the domain never reaches the UI, directly or through another module: neither the UI libraries
  nor netlab's own UI modules;
- the self-check path reads top-down: the check cell → the exercise → the comparison with the
  key → the report → the coaching, and nothing below climbs back up.
"""

from __future__ import annotations

import grimp
import networkx as nx
import pytest

GRAPH = grimp.build_graph("netlab", include_external_packages=True,
                          exclude_type_checking_imports=True, cache_dir=None)
INTERNAL = sorted(m for m in GRAPH.modules if m == "netlab" or m.startswith("netlab."))

#: The domain: what a trainee's answers are judged with, free of any display.
DOMAIN = ["netlab.problems", "netlab.partners", "netlab.steps", "netlab.health",
          "netlab.foundations", "netlab.mapping", "netlab.schemas", "netlab.datasets",
          "netlab.i18n", "netlab.plurals", "netlab._errors", "netlab._answers",
          "netlab._frames", "netlab._labels", "netlab.plain"]
#: The UI: the display libraries and netlab's modules that draw, show or take input.
UI_LIBRARIES = ["ipywidgets", "altair", "IPython", "anywidget", "vl_convert"]
UI_MODULES = ["netlab.ui", "netlab.charts", "netlab.views", "netlab.widgets", "netlab._setup",
              "netlab.lab_setup"]
#: The self-check path, top first: each may import those after it, never those before.
SELF_CHECK = ["netlab.check", "netlab.tracking.coach", "netlab.judge", "netlab.exercises",
              "netlab.exercises.keys", "netlab.report"]


def _modules_of(name: str) -> set[str]:
    return {m for m in INTERNAL if m == name or m.startswith(name + ".")}


def _line(importer: str, imported: str) -> str:
    details = GRAPH.get_import_details(importer=importer, imported=imported)
    where = f":{details[0]['line_number']}" if details else ""
    return f"{importer}{where} imports {imported}"


def import_cycles() -> list[list[str]]:
    """Every import cycle among netlab's modules, one per strongly connected group, each as a
    list of "a:line imports b" steps."""
    graph = nx.DiGraph()
    for module in INTERNAL:
        graph.add_node(module)
        for imported in GRAPH.find_modules_directly_imported_by(module):
            if imported in INTERNAL:
                graph.add_edge(module, imported)
    cycles = []
    for group in nx.strongly_connected_components(graph):
        if len(group) > 1:
            cycle = nx.find_cycle(graph.subgraph(group))
            cycles.append([_line(a, b) for a, b in cycle])
    return cycles


def test_the_graph_sees_function_level_imports() -> None:
    """The test below would pass on a graph that missed imports inside functions: make sure
    it sees one (netlab.setup imports netlab._setup inside the function)."""
    assert "netlab._setup" in GRAPH.find_modules_directly_imported_by("netlab")
    assert all(m in GRAPH.modules for m in DOMAIN + UI_MODULES + SELF_CHECK)


def test_netlab_has_no_import_cycles() -> None:
    cycles = import_cycles()
    assert not cycles, "import cycles:\n" + "\n\n".join("\n".join(c) for c in cycles)


def test_the_cycle_finder_finds_a_cycle() -> None:
    """A graph with a cycle added (the domain importing the chart of its own map, as it once
    did) is reported, with the line of each import."""
    GRAPH.add_import(importer="netlab.mapping.model", imported="netlab.ui.mapping",
                     line_number=1, line_contents="from netlab.ui.mapping import map_chart")
    try:
        cycles = import_cycles()
    finally:
        GRAPH.remove_import(importer="netlab.mapping.model", imported="netlab.ui.mapping")
    assert any("netlab.mapping.model:1 imports netlab.ui.mapping" in c for c in cycles[0])
    assert not import_cycles()


def ui_chains(domain: str) -> list[str]:
    """The import chains from a domain package to the UI, as "a → b → c"."""
    found = []
    for ui in UI_LIBRARIES + UI_MODULES:
        chains = GRAPH.find_shortest_chains(importer=domain, imported=ui, as_packages=True)
        found += [" → ".join(c) for c in chains]
    return found


@pytest.mark.parametrize("domain", DOMAIN)
def test_the_domain_never_reaches_the_ui(domain: str) -> None:
    found = ui_chains(domain)
    assert not found, f"{domain} reaches the UI:\n" + "\n".join(found)


def test_a_domain_module_reaching_the_ui_through_another_is_found() -> None:
    GRAPH.add_import(importer="netlab.health.assess", imported="netlab.tracking.coach")
    try:
        found = ui_chains("netlab.health")
    finally:
        GRAPH.remove_import(importer="netlab.health.assess", imported="netlab.tracking.coach")
    assert any(c.startswith("netlab.health.assess → netlab.tracking.coach") for c in found)
    assert not ui_chains("netlab.health")


@pytest.mark.parametrize("lower", range(1, len(SELF_CHECK)))
def test_the_self_check_path_reads_top_down(lower: int) -> None:
    below = SELF_CHECK[lower]
    for higher in SELF_CHECK[:lower]:
        modules = {below} if below == "netlab.exercises.keys" else _modules_of(below)
        for module in modules:
            chain = GRAPH.find_shortest_chain(importer=module, imported=higher)
            assert chain is None, f"{module} climbs back to {higher}: {' → '.join(chain)}"
