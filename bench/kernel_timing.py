"""A cell's round trip in a live kernel, shared by the benchmarks (``foundation``, ``pulse``).

Example::

    >>> round_trip(client, "1 + 1", 50)   # doctest: +SKIP
    0.0051
"""

from __future__ import annotations

import statistics
import time

__all__ = ["round_trip"]


def round_trip(client: object, code: str, n: int) -> float:
    """The median seconds of ``n`` runs of ``code`` through ``client`` (a jupyter_client
    blocking client), from the request to the kernel's reply; a failing run stops it."""
    times = []
    for _ in range(n):
        start = time.perf_counter()
        reply = client.execute_interactive(code, silent=False, store_history=False,  # type: ignore[attr-defined]
                                           output_hook=lambda msg: None, timeout=60)
        times.append(time.perf_counter() - start)
        assert reply["content"]["status"] == "ok", reply["content"]
    return statistics.median(times)
