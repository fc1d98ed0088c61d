"""Benchmarks of the foundation: import time, headless workbook runs, self-check latency.

Each figure comes with a baseline measured in the same run, because these machines are noisy:
- ``import netlab`` against a bare interpreter start (``python -c pass``);
- each workbook's headless run against an empty notebook through the same client;
- a self-check in a live kernel against a trivial ``1 + 1`` round trip in that kernel.

    python bench/foundation.py [--repeat N] [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import start_new_kernel

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from kernel_timing import round_trip  # noqa: E402

from notebooks import assignments, instructor_version, run  # noqa: E402


def _median_seconds(cmd: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_import(repeat: int) -> list[str]:
    py = sys.executable
    base = _median_seconds([py, "-c", "pass"], repeat)
    plain = _median_seconds([py, "-c", "import netlab"], repeat)
    setup = _median_seconds([py, "-c", "import netlab; netlab.setup('th')"], repeat)
    return [
        "| measure | median (s) | vs. baseline |",
        "|---|---|---|",
        f"| baseline: `python -c pass` | {base:.3f} | 1.00× |",
        f"| `import netlab` | {plain:.3f} | "
        f"{plain / base:.2f}× (+{(plain - base) * 1000:.0f} ms) |",
        f"| `import netlab; netlab.setup()` (loads altair) | {setup:.3f} | "
        f"{setup / base:.2f}× (+{(setup - base) * 1000:.0f} ms) |",
    ]


def bench_workbooks(repeat: int) -> list[str]:
    rows = ["| workbook | language | median (s) | empty notebook (s) | difference (s) |",
            "|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        empty = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass")])
        empty.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                        "language": "python"}
        base = statistics.median(run(nbformat.from_dict(empty), Path(tmp))[1]
                                 for _ in range(repeat))
        for name in assignments():
            for lang in ("th", "en"):
                times = [run(instructor_version(name, lang), Path(tmp))[1]
                         for _ in range(repeat)]
                med = statistics.median(times)
                rows.append(f"| {name} | {lang} | {med:.2f} | {base:.2f} | {med - base:.2f} |")
    return rows


_SETUP = """
import netlab
netlab.setup("th")
from netlab.check import grade, check, report
from netlab.problems import type_problems
answers_a = {"C01": "complex", "C02": "simple", "C03": "social_mess", "C04": "technical",
             "C05": "simple", "C06": "social_mess", "C07": "technical", "C08": "complex"}
def compare_with_experts(df):
    typed = type_problems(df)
    joined = df.set_index("id")[["expected_type"]].join(typed[["type", "runner_up", "boundary"]])
    return joined[joined["type"] != joined["expected_type"]]
grade("problem_typing.b", compare_with_experts)  # warm: loads pandas and the dataset once
"""


def bench_selfcheck(n: int) -> list[str]:
    """Round trips in a live kernel, where every check also updates the progress file (kept
    in a temporary folder here) and stages its hints."""
    progress = Path(tempfile.mkdtemp()) / "netlab-progress.json"
    km, client = start_new_kernel(kernel_name="python3",
                                  env={**os.environ, "NETLAB_PROGRESS_FILE": str(progress)})
    try:
        reply = client.execute_interactive(_SETUP, output_hook=lambda msg: None, timeout=120)
        assert reply["content"]["status"] == "ok", reply["content"]
        base = round_trip(client, "1 + 1", n)
        cases = [
            ("A without the live path: `report(...)`, nothing staged or recorded",
             'report("problem_typing.a", answers_a)'),
            ("A: eight typed cases", 'grade("problem_typing.a", answers_a)'),
            ("B: function on 26 scenarios", 'grade("problem_typing.b", compare_with_experts)'),
            ("C: completeness check", 'check("problem_typing.c", {"title": "x"})'),
            ("start-here practice, wrong (nudge, then hints, then the worked-answer offer)",
             'check("start.practice", {"P1": "a", "P2": "c", "P3": "b"})'),
        ]
        rows = ["| self-check in the live kernel | median round trip (ms) | minus `1 + 1` (ms) |",
                "|---|---|---|",
                f"| baseline: `1 + 1` | {base * 1000:.1f} | 0.0 |"]
        for label, code in cases:
            med = round_trip(client, code, n)
            rows.append(f"| {label} | {med * 1000:.1f} | {(med - base) * 1000:.1f} |")
        return rows
    finally:
        client.stop_channels()
        km.shutdown_kernel(now=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure (median)")
    parser.add_argument("--write", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    sections = [
        "## Import time", "", *bench_import(max(args.repeat, 7)), "",
        "## Headless execution of each workbook (instructor version, fresh kernel)", "",
        *bench_workbooks(args.repeat), "",
        "## Self-check latency (target ≤ 20 ms per check)", "",
        *bench_selfcheck(max(args.repeat * 10, 50)), "",
    ]
    text = "\n".join(sections)
    print(text)
    if args.write:
        header = ("# Benchmarks\n\nMeasured with `make bench` (`python bench/foundation.py "
                  f"--repeat {args.repeat}`) on a 2-core machine; medians, each beside a baseline "
                  "measured in the same run.\n\n")
        footer = (
            "\n## Reading the numbers\n\n"
            "- `import netlab` stays light: altair, pandas and networkx load on first use.\n"
            "- `netlab.setup()` pays for importing altair (about 1 s of which is jsonschema "
            "building rfc3987 parsers); it runs once, in a workbook's first cell.\n"
            "- Most of a workbook's run is that first cell and the first chart drawn by "
            "vl-convert; differences of a second between languages or runs are noise here.\n"
            "- Self-checks A and C compare digests; B runs the trainee's function on the 26 "
            "scenarios, so its cost is mostly the trainee's own pandas code.\n"
            "- Every check in a live kernel also reads and rewrites the learner's "
            "`netlab-progress.json` (a temporary file renamed over it) and stages its hints; "
            "the `report(...)` row, which does neither, is the baseline for that cost.\n"
            "- The ≤ 20 ms target is read as a check's own time: its round trip minus that of "
            "`1 + 1`, which every cell pays for the kernel's messages. B, whose time is mostly "
            "the trainee's function, is the one check whose whole round trip is above 20 ms.\n")
        # keep the sections other benchmarks write below their marker (bench/grading.py)
        old = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        kept = old[old.index("\n<!-- ") + 1:] if "\n<!-- " in old else ""
        args.write.write_text(header + text + footer + ("\n" + kept if kept else ""),
                              encoding="utf-8")


if __name__ == "__main__":
    main()
