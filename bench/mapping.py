"""Benchmarks of netlab.mapping on a 2,000-actor map, each beside a baseline from the same run.

- ``SocialMap(actors, ties)`` (every row checked) against building the networkx graph alone;
- ``measures()`` against networkx's own betweenness + closeness on the same graph: the ratio is
  netlab's overhead on top of the exact algorithms;
- ``chart()`` of the 2,000-actor map (grouped by sector) and ``brokerage("sector")`` against
  the chart of the 24-actor teaching map.

    python bench/mapping.py [--repeat N] [--write docs/benchmarks_mapping.md]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netlab.charts import map_chart  # noqa: E402
from netlab.mapping import SocialMap, wawee_map  # noqa: E402
from tests.test_mapping import big_map  # noqa: E402


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    m, graph = big_map()
    actors, ties = m.actors.reset_index(), m.ties.drop(columns="row")
    edges = list(zip(ties["source"], ties["target"], strict=True))
    build = _median(lambda: SocialMap(actors, ties), args.repeat)
    build_nx = _median(lambda: nx.Graph(edges), args.repeat)
    measures = _median(lambda: SocialMap(actors, ties).measures(), args.repeat)
    measures_nx = _median(lambda: (nx.betweenness_centrality(graph),
                                   nx.closeness_centrality(graph)), args.repeat)
    map_chart(wawee_map()).to_dict()  # altair's import is paid once, before any timing
    chart_small = _median(lambda: map_chart(wawee_map()).to_dict(), args.repeat)
    # each drawing on a fresh map: nothing measured yet, as in a trainee's first cell
    chart_big = _median(lambda: map_chart(SocialMap(actors, ties), colour="sector").to_dict(),
                        args.repeat)
    chart_sampled = _median(lambda: map_chart(SocialMap(actors, ties), colour=None).to_dict(),
                            args.repeat)
    brokerage = _median(lambda: SocialMap(actors, ties).brokerage("sector"), args.repeat)
    n, e = len(m.actors), len(m.ties)
    lines = [
        "# Benchmarks: social maps",
        "",
        f"Measured with `make bench` (`python bench/mapping.py --repeat {args.repeat}`) on a "
        f"2-core machine: a seeded map of {n} actors and {e} ties; medians, each beside a "
        "baseline measured in the same run.",
        "",
        "| measure | median (s) | baseline | baseline (s) | ratio |",
        "|---|---|---|---|---|",
        f"| `SocialMap(actors, ties)`, every row checked | {build:.3f} | `nx.Graph(edges)` | "
        f"{build_nx:.3f} | {build / build_nx:.1f}× |",
        f"| `measures()` (exact betweenness and closeness) | {measures:.2f} | networkx "
        f"betweenness + closeness alone | {measures_nx:.2f} | {measures / measures_nx:.2f}× |",
        f"| new map + `chart(colour=\"sector\")`: grouped, to a spec | {chart_big:.2f} | new "
        f"24-actor map + its chart | {chart_small:.2f} | {chart_big / chart_small:.1f}× |",
        f"| new map + `chart(colour=None)`: the 150 actors with most ties | {chart_sampled:.2f} "
        f"| new 24-actor map + its chart | {chart_small:.2f} | "
        f"{chart_sampled / chart_small:.1f}× |",
        f"| new map + `brokerage(\"sector\")` | {brokerage:.2f} | new 24-actor map + its "
        f"chart | {chart_small:.2f} | {brokerage / chart_small:.1f}× |",
        "",
        "Reading: the analysis is exact, so `measures()` costs what networkx's algorithms cost "
        "(pure Python, O(n·m)); netlab adds the table around them and computes each column "
        "only when asked (`measure(name)`), so drawing a large map never waits for "
        "betweenness. The chart of a large map groups actors by the colour attribute, or "
        "keeps the actors with the most ties, and says so in its subtitle.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
