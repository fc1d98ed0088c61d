"""Where a graded notebook's time goes: kernel start, imports, cells, shutdown (issue 6 groundwork).

Runs one notebook twice through nbclient: in a cold kernel, and in a kernel whose heavy imports
(netlab, pandas, altair, vl-convert, networkx, ipywidgets) ran first, timed apart.

    PATH=.venv/bin:$PATH .venv/bin/python bench/experiments/warm_kernel.py \\
        grading/release/04_network_health/04_network_health.ipynb
"""

from __future__ import annotations

import sys
import time

import nbformat
from nbclient import NotebookClient

PRELOAD = ("import netlab, pandas, altair, vl_convert, networkx, ipywidgets\n"
           "import netlab.charts, netlab.views, netlab.widgets, netlab.check")


def timed_run(nb: nbformat.NotebookNode, preload: str | None) -> tuple[float, ...]:
    """Seconds spent starting the kernel, preloading, running the cells, shutting down."""
    client = NotebookClient(nbformat.from_dict(nb), timeout=120, allow_errors=True,
                            kernel_name="python3")
    t0 = time.perf_counter()
    with client.setup_kernel():
        t1 = time.perf_counter()
        if preload:
            client.execute_cell(nbformat.v4.new_code_cell(preload), 0, store_history=False)
        t2 = time.perf_counter()
        for index, cell in enumerate(client.nb.cells):
            client.execute_cell(cell, index)
        t3 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, time.perf_counter() - t3


def main() -> None:
    nb = nbformat.read(sys.argv[1], as_version=4)
    for label, preload in (("cold", None), ("warm", PRELOAD)):
        start, imports, cells, shutdown = timed_run(nb, preload)
        print(f"{label}: start {start:.2f} preload {imports:.2f} cells {cells:.2f} "
              f"shutdown {shutdown:.2f}")


if __name__ == "__main__":
    main()
