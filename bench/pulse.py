"""Benchmarks of the class pulse: what it adds to a self-check, an event's round trip, and the
service under a burst from 100 simulated kernels.

Each figure comes with a baseline measured in the same run:
- a self-check in a live kernel with the pulse off (no class hub), on (the service up) and on
  with the service down, each against a trivial ``1 + 1`` round trip in the same kernel;
- an event's round trip (POST to stored) against an empty GET to the same service;
- the burst: 100 threads, one per simulated kernel, each with its own token, posting its
  events as fast as the service answers; every event is then looked for in the database.

The service is the real application (``make_app``) on loopback with the hub left out: tokens
are looked up in a table where the hub would be asked (on a hub, ``HubAuth`` keeps the answer
for a minute, so a kernel costs the hub one request a minute).

    python bench/pulse.py [--checks N] [--burst-events N] [--write docs/benchmarks_pulse.md]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from jupyter_client.manager import start_new_kernel

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from kernel_timing import round_trip  # noqa: E402
from pulse_service import RunningService  # noqa: E402

from netlab.classroom.pulse_events import encode_event, new_event  # noqa: E402
from netlab.classroom.pulse_outbox import http_sender  # noqa: E402

_SETUP = """
from netlab.check import check
WRONG = {**{f"C0{n}": "simple" for n in range(1, 9)}, "C03": "technical"}
tries = 0
def one_try():
    global tries
    tries += 1  # a new answer each time: each check is a try, and a try is sent
    answer = {**WRONG, "C08": ("simple", "complex", "social_mess")[tries % 3]}
    return check("problem_typing.a", answer)
one_try()  # warm: imports, the key file, the outbox's thread
"""


#: Before the kernel is shut down: give its outbox up to 10 s to send what waits.
_DRAIN = """
import time
from netlab.tracking import pulse
end = time.monotonic() + 10
while pulse._outbox is not None and pulse._outbox.pending() and time.monotonic() < end:
    time.sleep(0.05)
"""


def _kernel_case(env: dict[str, str], n: int) -> tuple[float, float, int]:
    """(baseline, check) median seconds in a kernel with ``env``, and the events it queued."""
    folder = Path(tempfile.mkdtemp())
    km, client = start_new_kernel(kernel_name="python3", env={
        **os.environ, "NETLAB_PROGRESS_FILE": str(folder / "progress.json"),
        "NETLAB_PULSE_DIR": str(folder / "pulse"), **env})
    try:
        reply = client.execute_interactive(_SETUP, output_hook=lambda msg: None, timeout=120)
        assert reply["content"]["status"] == "ok", reply["content"]
        base = round_trip(client, "1 + 1", n)
        check = round_trip(client, "one_try()", n)
        client.execute_interactive(_DRAIN, output_hook=lambda msg: None, timeout=60)
    finally:
        client.stop_channels()
        km.shutdown_kernel(now=True)
    outbox = folder / "pulse" / "pulse-outbox.jsonl"
    waiting = len(outbox.read_bytes().splitlines()) if outbox.exists() else 0
    return base, check, waiting


def bench_check(n: int) -> list[str]:
    """The self-check's round trip with the pulse off, on, and on with the service down."""
    service = RunningService(Path(tempfile.mkdtemp()), {"token-t1": "t1"})
    service.start()
    try:
        on = {"NETLAB_PULSE_URL": f"{service.url}events", "JUPYTERHUB_API_TOKEN": "token-t1"}
        down = {**on, "NETLAB_PULSE_URL": "http://127.0.0.1:9/services/pulse/events"}
        off = {"NETLAB_PULSE_URL": "", "JUPYTERHUB_API_TOKEN": ""}
        rows = ["| self-check A (wrong, a new try each time) | `1 + 1` (ms) | check (ms) | "
                "check minus `1 + 1` (ms) | events stored / waiting |", "|---|---|---|---|---|"]
        for label, env in (("pulse off (a laptop, Binder)", off), ("pulse on, service up", on),
                           ("pulse on, service down", down)):
            before = service.store._db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
            base, check, waiting = _kernel_case(env, n)
            stored = service.store._db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
            rows.append(f"| {label} | {base * 1000:.1f} | {check * 1000:.1f} | "
                        f"{(check - base) * 1000:.1f} | {stored - before} / {waiting} |")
        return rows
    finally:
        service.stop()


def _event(n: int) -> bytes:
    return encode_event(new_event("problem_typing.a", points=5.0, max_points=8.0, tries=n + 1,
                                  hint_stage=1, at=time.time(), items=[
                                      (f"C0{k}", "wrong" if k == 3 else "ok", "technical")
                                      for k in range(1, 9)]))


def benchround_trip(n: int) -> list[str]:
    """One event POSTed and stored, against an empty GET to the same service."""
    service = RunningService(Path(tempfile.mkdtemp()), {"token-t1": "t1"})
    service.start()
    try:
        send = http_sender(f"{service.url}events", "token-t1")
        http = requests.Session()
        gets, posts = [], []
        for k in range(n):
            start = time.perf_counter()
            http.get(f"{service.url}nothing-here", timeout=10)
            gets.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert send(_event(k)) == 201
            posts.append(time.perf_counter() - start)
        base, post = statistics.median(gets), statistics.median(posts)
        return ["| request to the service on loopback | median (ms) |", "|---|---|",
                f"| baseline: GET of a missing page (404) | {base * 1000:.2f} |",
                f"| an event POSTed, checked and stored (201) | {post * 1000:.2f} |"]
    finally:
        service.stop()


def bench_burst(kernels: int, events: int) -> list[str]:
    """``kernels`` threads, each posting ``events`` events with its own token at once."""
    tokens = {f"token-k{k}": f"k{k}" for k in range(kernels)}
    service = RunningService(Path(tempfile.mkdtemp()), tokens)
    service.start()
    try:
        def one_kernel(k: int) -> tuple[int, int]:
            send = http_sender(f"{service.url}events", f"token-k{k}", timeout=30)
            statuses = [send(_event(n)) for n in range(events)]
            return statuses.count(201), len(statuses)

        start = time.perf_counter()
        with ThreadPoolExecutor(kernels) as pool:
            results = list(pool.map(one_kernel, range(kernels)))
        seconds = time.perf_counter() - start
        accepted = sum(ok for ok, _ in results)
        stored = service.store._db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        users = len(service.store.users())
        total = kernels * events
        return ["| burst | value |", "|---|---|",
                f"| simulated kernels, each with its own token | {kernels} |",
                f"| events sent (8 items each) | {total} |",
                f"| accepted (201) | {accepted} |",
                f"| stored, read back from the database | {stored} (of {users} trainees) |",
                f"| lost | {total - stored} |",
                f"| wall time | {seconds:.1f} s |",
                f"| events per second held | {total / seconds:.0f} |"]
    finally:
        service.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=60, help="checks per kernel case")
    parser.add_argument("--burst-events", type=int, default=20,
                        help="events per kernel (at most the service's BURST, 30: beyond it "
                             "the service answers 429 and a kernel's outbox waits)")
    parser.add_argument("--write", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    sections = [
        "## What the pulse adds to a self-check (budget: 20 ms of the check's own time)", "",
        *bench_check(args.checks), "",
        "## An event's round trip", "", *benchround_trip(200), "",
        "## 100 kernels at once", "", *bench_burst(100, args.burst_events), "",
    ]
    text = "\n".join(sections)
    print(text)
    if args.write:
        header = ("# Benchmarks: the class pulse\n\nMeasured with `python bench/pulse.py "
                  f"--checks {args.checks} --burst-events {args.burst_events} --write "
                  f"{args.write}` (part of `make bench`) on a 2-core machine; medians, each "
                  "beside a baseline measured in the same run.\n\n")
        footer = (
            "\n## Reading the numbers\n\n"
            "- A check with the pulse on pays one line appended to the outbox file and a "
            "thread woken; the thread posts while the kernel waits for the next cell. "
            "With the service down the check costs the same: the event waits in the file.\n"
            "- A check's own time is its round trip minus that of `1 + 1`, which every cell "
            "pays for the kernel's messages; the budget is 20 ms of it.\n"
            "- The burst's service is the real application; only the hub's answer to \"whose "
            "token is this\" is a table lookup here.\n")
        args.write.write_text(header + text + footer, encoding="utf-8")


if __name__ == "__main__":
    main()
