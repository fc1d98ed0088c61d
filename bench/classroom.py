"""What a class costs on one server: a real class (``netlab classroom init``, JupyterHub, the
real proxy) on loopback, measured for N trainees at once.

For each N (default 5, 10 and 20, what a 2-core machine allows): N trainees' servers are
started at once (spawn time); each fetches the first workbook through its server's
Assignments API and runs it, solved, cell by cell in its own kernel, all N at the same time
(the self-checks' latency under that load, as the trainee waits for it); then the memory of
each trainee (server + kernel: PSS, which counts shared pages once, and RSS); then every
trainee submits and the instructor's ``netlab classroom grade`` grades the class (time, and
that every solved workbook scored full marks). From these, a sizing table for 25, 51 and 100
trainees. Root only (it creates Unix accounts); everything is removed afterwards.

    sudo .venv/bin/python bench/classroom.py [--sizes 5 10 20]
                                             [--write docs/benchmarks_classroom.md]
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from hub_class import HubClient, add_service_token, free_ports, write_roster  # noqa: E402

from netlab.build import solved_version  # noqa: E402
from netlab.classroom.grade import owner_env  # noqa: E402
from netlab.classroom.hub import HubProcess, remove_class  # noqa: E402
from netlab.classroom.layout import ClassDir, course_dir  # noqa: E402
from netlab.classroom.unix import run_as  # noqa: E402

A = "01_problem_typing"
FULL = 12.0  # the autograded points of a solved 01_problem_typing
MARKER = "<!-- classroom benchmark: bench/classroom.py -->"
NETLAB = str(Path(sys.executable).parent / "netlab")


def _smaps(pid: int | str) -> tuple[int, int]:
    """(PSS, RSS) in KiB of one process (0, 0 if it ended)."""
    pss = rss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
            elif line.startswith("Rss:"):
                rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


def _total(pids: list[int | str]) -> tuple[int, int]:
    sizes = [_smaps(pid) for pid in pids]
    return sum(p for p, _ in sizes), sum(r for _, r in sizes)


def memory_kib(user: str) -> tuple[int, int]:
    """(PSS, RSS) in KiB of all processes of ``user``."""
    return _total(subprocess.run(["pgrep", "-u", user], capture_output=True,
                                 text=True).stdout.split())


def tree_memory_kib(pid: int) -> tuple[int, int]:
    """(PSS, RSS) in KiB of a process and its descendants that run as root (the hub, its
    proxy and its culler; the trainees' servers are counted per trainee)."""
    mine, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            if Path(f"/proc/{current}").stat().st_uid == 0:
                mine.append(current)
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return _total(mine)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def _check_cells(nb: nbformat.NotebookNode) -> tuple[list[str], list[int]]:
    cells = [c.source for c in nb.cells if c.cell_type == "code"]
    checks = [i for i, code in enumerate(cells) if "grade(" in code or "check(" in code]
    return cells, checks


def one_round(client: HubClient, room: ClassDir, trainees: list[str],
              source: nbformat.NotebookNode) -> dict[str, float]:
    """Start, run, measure, submit and grade N trainees; the round's figures."""
    course = course_dir(room.read_settings().owner)
    started = time.monotonic()
    ready = client.spawn(trainees, timeout=600)
    all_ready = time.monotonic() - started
    path = f"{A}/{A}.ipynb"
    for person in trainees:
        body = client.server("POST", person, "assignments/fetch",
                             params={"course_id": "netlab", "assignment_id": A}).json()
        assert body.get("success", True), body
        fetched = nbformat.from_dict(client.server("GET", person,
                                                   f"api/contents/{path}").json()["content"])
        client.server("PUT", person, f"api/contents/{path}",
                      json={"type": "notebook", "content": solved_version(fetched, source)})
    cells, checks = _check_cells(solved_version(fetched, source))
    started = time.monotonic()
    with ThreadPoolExecutor(len(trainees)) as pool:
        runs = list(pool.map(lambda p: client.run_notebook(p, path, cells), trainees))
    run_all = time.monotonic() - started
    errors = [e for run in runs for _, e in run if e]
    assert not errors, errors[0][-3000:]
    latencies = [run[i][0] for run in runs for i in checks]
    memory = [memory_kib(p) for p in trainees]
    for person in trainees:
        body = client.server("POST", person, "assignments/submit",
                             params={"course_id": "netlab", "assignment_id": A}).json()
        assert body["success"], body
    started = time.monotonic()
    graded = subprocess.run([NETLAB, "classroom", "grade", A, "--root", str(room.root),
                             "--lang", "en"], capture_output=True, text=True, timeout=1800)
    grade_time = time.monotonic() - started
    assert graded.returncode == 0, graded.stdout[-3000:] + graded.stderr[-3000:]
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        scores = [gradebook.find_submission(A, p).score for p in trainees]
    assert scores == [FULL] * len(trainees), scores
    return {"spawn_median": statistics.median(ready.values()), "spawn_all": all_ready,
            "workbook_median": statistics.median(sum(t for t, _ in run) for run in runs),
            "workbook_all": run_all, "check_median": statistics.median(latencies),
            "check_p95": percentile(latencies, 0.95),
            "pss_mib": statistics.mean(m[0] for m in memory) / 1024,
            "rss_mib": statistics.mean(m[1] for m in memory) / 1024, "grade": grade_time,
            "checks": len(latencies)}


def reset(client: HubClient, room: ClassDir, trainees: list[str]) -> None:
    """Stop the servers and clear the round's work, so the next round starts alike."""
    for person in trainees:
        client.http.delete(f"{client.url}/hub/api/users/{person}/server", timeout=120)
    end = time.monotonic() + 120
    while time.monotonic() < end and any(
            client.api("GET", f"/users/{p}").json()["servers"] for p in trainees):
        time.sleep(0.5)
    course = course_dir(room.read_settings().owner)
    # the gradebook stays: it holds the assignment; a trainee graded again is updated
    leftovers = [course / name for name in ("submitted", "autograded", "feedback")]
    for kind in ("inbound", "feedback"):
        leftovers += (room.exchange / "netlab" / kind).glob("*")
    for target in leftovers:
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        else:
            target.unlink(missing_ok=True)
    for person in trainees:
        shutil.rmtree(Path("/home") / person / A, ignore_errors=True)


def sizing(rounds: dict[int, dict[str, float]], base_mib: float) -> list[str]:
    """The sizing table's rows, from the largest round measured."""
    n = max(rounds)
    per = rounds[n]["pss_mib"]
    cores_here = os.cpu_count() or 1
    per_core = n / cores_here  # trainees per core at the largest load measured
    rows = []
    for size in (25, 51, 100):
        memory = (base_mib + size * per) * 1.5 / 1024  # 50 % headroom: outputs, peaks
        cores = max(2, math.ceil(size / per_core))
        rows.append(f"| {size} | {cores} | {math.ceil(memory)} GiB |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 20])
    parser.add_argument("--write", type=Path, help="put the results in this markdown file")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("bench/classroom.py needs root: it creates Unix accounts")
    sizes = sorted(set(args.sizes))
    trainees = [f"nlbench-{i:02d}" for i in range(1, max(sizes) + 1)]
    room = ClassDir(Path(f"/tmp/netlab-bench-class-{uuid.uuid4().hex[:8]}"))
    hub = HubProcess(room)
    rounds: dict[int, dict[str, float]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            roster = write_roster(Path(tmp) / "roster.csv", [
                ("nlbench-kru", "th", "", "instructor"),
                *((p, "th" if i % 2 else "en", "", "trainee") for i, p in enumerate(trainees))])
            init = subprocess.run([NETLAB, "classroom", "init", str(roster), "--root",
                                   str(room.root), "--port", str(free_ports()), "--lang", "en"],
                                  capture_output=True, text=True, timeout=900)
            assert init.returncode == 0, init.stdout + init.stderr
        token = add_service_token(room)
        hub = HubProcess(room)
        hub.start()
        owner = room.read_settings().owner
        for step in (["nbgrader", "generate_assignment", A, "--force"],
                     ["nbgrader", "release_assignment", A]):
            done = run_as(owner, step, course_dir(owner), owner_env(room))
            assert done.returncode == 0, done.stderr[-3000:]
        hub.wait_up()
        client = HubClient(hub.url, token)
        time.sleep(5)
        base_mib = tree_memory_kib(hub.proc.pid)[0] / 1024
        source = nbformat.read(course_dir(owner) / "source" / A / f"{A}.ipynb", as_version=4)
        for n in sizes:
            rounds[n] = one_round(client, room, trainees[:n], source)
            print(n, {k: round(v, 3) for k, v in rounds[n].items()}, flush=True)
            reset(client, room, trainees[:n])
    finally:
        hub.stop()
        remove_class(room)
    report(rounds, base_mib, args.write)


def report(rounds: dict[int, dict[str, float]], base_mib: float, write: Path | None) -> None:
    rows = [f"| {n} | {r['spawn_median']:.1f} / {r['spawn_all']:.1f} | "
            f"{r['workbook_median']:.1f} / {r['workbook_all']:.1f} | "
            f"{r['check_median'] * 1000:.0f} / {r['check_p95'] * 1000:.0f} | "
            f"{r['pss_mib']:.0f} / {r['rss_mib']:.0f} | {r['grade']:.1f} |"
            for n, r in sorted(rounds.items())]
    table = "\n".join([
        "| trainees at once | spawn: median / all ready (s) | workbook run: median / all (s) "
        "| self-check: median / p95 (ms) | memory per trainee: PSS / RSS (MiB) "
        "| `netlab classroom grade` (s) |", "|---|---|---|---|---|---|", *rows])
    sizes = "\n".join(["| trainees | cores | memory |", "|---|---|---|",
                       *sizing(rounds, base_mib)])
    print(table, "\n\n", sizes, sep="")
    if write:
        cmd = " ".join(["python bench/classroom.py", *sys.argv[1:]])
        largest = max(rounds)
        section = (
            f"{MARKER}\n## What a class costs on one server\n\n"
            f"Measured with `sudo {cmd}` (`make bench-class`) on {os.cpu_count()} cores, "
            "loopback only: a real class made by `netlab classroom init` (JupyterHub with "
            "LocalProcessSpawner and configurable-http-proxy), N trainees' servers started at "
            f"once, each running the solved `{A}` through its own kernel, all N at the same "
            "time; a self-check's latency is the time of a check cell's run as the trainee "
            "waits for it. Memory is per trainee (server and kernel), PSS counting pages "
            "shared between trainees once (the honest sum), RSS counting them in every "
            "trainee. Grading: all N submissions, kernels walled in, every solved workbook "
            f"checked at full marks ({FULL:g}). The hub, its proxy and its culler take "
            f"{base_mib:.0f} MiB (PSS).\n\n{table}\n\n"
            "### Sizing a server\n\n"
            f"From the largest round ({largest} trainees on {os.cpu_count()} cores): memory = "
            f"(hub + trainees × {rounds[largest]['pss_mib']:.0f} MiB) × 1.5 for headroom "
            "(bigger outputs, a second kernel, peaks while a workbook runs); cores = as many "
            f"trainees per core as the {largest}-trainee round had "
            f"({largest / (os.cpu_count() or 1):g}), at least 2. A room where everyone runs a "
            "workbook at the same moment is the worst case measured here; a workshop's "
            "load is usually spread out. Grading speed grows with cores too.\n\n"
            f"{sizes}\n")
        old = write.read_text(encoding="utf-8") if write.exists() else ""
        write.write_text(old.split(MARKER)[0].rstrip("\n") + ("\n\n" if old else "")
                         + section, encoding="utf-8")


if __name__ == "__main__":
    main()
