"""Where a graded notebook's time goes: kernel start, imports, cells, shutdown (issue 6 groundwork).

Runs one notebook twice through nbclient: in a cold kernel, and in a kernel whose heavy imports
(netlab, pandas, altair, vl-convert, networkx, ipywidgets) ran first, timed apart.

    PATH=.venv/bin:$PATH .venv/bin/python bench/experiments/warm_kernel.py \
        grading/release/04_network_health/04_network_health.ipynb
"""
import time, nbformat, sys
from nbclient import NotebookClient
path = sys.argv[1]
nb = nbformat.read(path, as_version=4)
def run(preload):
    client = NotebookClient(nbformat.from_dict(nb), timeout=120, allow_errors=True, kernel_name="python3")
    t0 = time.perf_counter()
    with client.setup_kernel():
        t1 = time.perf_counter()
        if preload:
            client.execute_cell(nbformat.v4.new_code_cell(preload), 0, store_history=False)
        t2 = time.perf_counter()
        for i, cell in enumerate(client.nb.cells):
            client.execute_cell(cell, i)
        t3 = time.perf_counter()
    t4 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, t4 - t3
for label, pre in (("cold", None), ("warm", "import netlab, pandas, altair, vl_convert, networkx, ipywidgets; import netlab.charts, netlab.views, netlab.widgets, netlab.check")):
    s, p, c, d = run(pre)
    print(f"{label}: start {s:.2f} preload {p:.2f} cells {c:.2f} shutdown {d:.2f}")
