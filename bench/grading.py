"""Class-scale grading: stock ``nbgrader autograde`` against ``netlab grade`` on the same class.

For every released workbook it builds a class (by default 51 trainees, the seed's cohort):
correct answers in Thai and English, partly wrong, blank, tampered, crashing, looping and
cheating submissions (a blank workbook that rebinds ``grade`` to return nothing, which stock
nbgrader reads as full credit). It grades one copy of the course with stock nbgrader and
another with ``netlab grade`` (kernels walled in, verdicts outside the kernel, as root) in the
same run, checks that every well-formed submission (correct, partly wrong, blank, tampered)
gets identical grades cell by cell, and prints the speed ratio.

    python bench/grading.py [--size 51] [--timeout 10] [--workbooks 01_problem_typing ...]
                            [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from nbgrader.utils import is_grade, is_solution

from netlab.build import solved_version
from netlab.course_layout import grade_id

REPO = Path(__file__).resolve().parents[1]
COURSE = REPO / "grading"
MARKER = "<!-- grading benchmark: bench/grading.py -->"
#: Share of each kind in a class of 51; scaled for other sizes.
KINDS = (("correct", 18), ("partly_wrong", 16), ("blank", 6), ("tampered", 3),
         ("crashing", 4), ("looping", 2), ("cheating", 2))
WELL_FORMED = {"correct", "partly_wrong", "blank", "tampered"}
PAIR = re.compile(r'("[A-Z]\d{2}": )"([^"]+)"')


def solution(name: str, lang: str) -> nbformat.NotebookNode:
    """The student workbook with every answer cell holding the source's solution."""
    source = nbformat.read(COURSE / "source" / name / f"{name}.ipynb", as_version=4)
    return solved_version(
        nbformat.read(REPO / "workbooks" / lang / f"{name}.ipynb", as_version=4), source)


def _answer_cells(nb: nbformat.NotebookNode) -> list[int]:
    return [i for i, c in enumerate(nb.cells)
            if is_solution(c) and c.cell_type == "code"]


def partly_wrong(nb: nbformat.NotebookNode, blank: nbformat.NotebookNode,
                 rng: random.Random) -> nbformat.NotebookNode:
    """One to three typed answers swapped for another allowed value of the same cell, or, in
    a workbook without such answers, one answer cell left blank."""
    nb = copy.deepcopy(nb)
    cells = [i for i in _answer_cells(nb) if len(set(PAIR.findall(nb.cells[i].source))) > 1]
    if not cells:
        cell = nb.cells[rng.choice(_answer_cells(nb))]
        cell.source = next(c.source for c in blank.cells if grade_id(c) == grade_id(cell))
        return nb
    cell = nb.cells[rng.choice(cells)]
    pairs = PAIR.findall(cell.source)
    values = sorted({v for _, v in pairs})
    for key, value in rng.sample(pairs, k=min(len(pairs), rng.randint(1, 3))):
        other = rng.choice([v for v in values if v != value])
        cell.source = cell.source.replace(f'{key}"{value}"', f'{key}"{other}"', 1)
    return nb


def tampered(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The first test cell rewritten to claim its points by partial credit."""
    nb = copy.deepcopy(nb)
    cell = next(c for c in nb.cells if is_grade(c) and not is_solution(c))
    cell.source = f"{cell.metadata.nbgrader['points']}"
    return nb


def cheating(blank: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A blank workbook whose first answer cell starts by rebinding ``grade`` to return
    nothing (after the workbook's imports, before the blank answer)."""
    nb = copy.deepcopy(blank)
    first = nb.cells[_answer_cells(nb)[0]]
    first.source = "grade = lambda *args, **kwargs: None\n" + first.source
    return nb


def broken(nb: nbformat.NotebookNode, tail: str, rng: random.Random) -> nbformat.NotebookNode:
    nb = copy.deepcopy(nb)
    cells = _answer_cells(nb)
    nb.cells[rng.choice(cells[1:] or cells)].source += "\n" + tail
    return nb


def _variant(kind: str, right: nbformat.NotebookNode, blank: nbformat.NotebookNode,
             rng: random.Random) -> nbformat.NotebookNode:
    if kind == "correct":
        return right
    if kind == "blank":
        return blank
    if kind == "partly_wrong":
        return partly_wrong(right, blank, rng)
    if kind == "tampered":
        return tampered(right)
    if kind == "cheating":
        return cheating(blank)
    tail = "import os; os._exit(1)" if kind == "crashing" else "while True:\n    pass"
    return broken(right, tail, rng)


def make_class(name: str, size: int, seed: int) -> dict[str, tuple[str, nbformat.NotebookNode]]:
    """student id -> (kind, notebook); every kind at least once, so a small class may hold a
    few more than ``size``."""
    rng = random.Random(f"{seed}-{name}")
    right = {lang: solution(name, lang) for lang in ("th", "en")}
    blank = nbformat.read(REPO / "workbooks" / "th" / f"{name}.ipynb", as_version=4)
    counts = [(kind, max(1, round(n * size / 51))) for kind, n in KINDS]
    out: dict[str, tuple[str, nbformat.NotebookNode]] = {}
    for kind, count in counts:
        for k in range(count):
            out[f"{kind}_{k + 1:02d}"] = (kind, _variant(kind, right["th" if k % 2 else "en"],
                                                         blank, rng))
    return out


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int]:
    """Seconds taken and the exit status (stock autograde exits 1 when a submission fails,
    which the crashing kinds make it do)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start, done.returncode


def _grades(course: Path, name: str, student: str) -> dict[str, float] | None:
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        try:
            nb = gb.find_submission_notebook(name, name, student)
        except Exception:  # stock nbgrader leaves no grades for a submission it failed
            return None
        return {g.name: float(g.score) for g in nb.grades}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=51, help="trainees per workbook")
    parser.add_argument("--timeout", type=int, default=10, help="seconds per cell, both graders")
    parser.add_argument("--workbooks", nargs="*", help="default: every released workbook")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--write", type=Path, help="put the results in this markdown file")
    args = parser.parse_args()
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("NETLAB_COURSE", None)
    names = args.workbooks or sorted(p.name for p in (COURSE / "source").iterdir() if p.is_dir())
    rows, total_stock, total_ours, all_same = [], 0.0, 0.0, True
    with tempfile.TemporaryDirectory(prefix="netlab-bench-") as tmp:
        stock, ours = Path(tmp) / "stock" / "grading", Path(tmp) / "ours" / "grading"
        shutil.copytree(COURSE, stock, ignore=shutil.ignore_patterns(
            "gradebook.db", "submitted", "autograded", "feedback", "*.log"))
        for name in names:
            if _run(["nbgrader", "generate_assignment", name, "--force"], stock, env)[1]:
                raise SystemExit(f"nbgrader generate_assignment {name} failed")
        shutil.copytree(stock, ours)
        for name in names:
            klass = make_class(name, args.size, args.seed)
            for course in (stock, ours):
                for student, (_, nb) in klass.items():
                    target = course / "submitted" / student / name / f"{name}.ipynb"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    nbformat.write(nb, target)
            t_stock, _ = _run(["nbgrader", "autograde", name, "--force",
                               f"--Execute.timeout={args.timeout}"], stock, env)
            t_ours, status = _run(["netlab", "grade", name, "--quiet", "--timeout",
                                   str(args.timeout)], ours, env)
            if status:
                raise SystemExit(f"netlab grade {name} exited with {status}")
            same = [s for s, (kind, _) in klass.items() if kind in WELL_FORMED]
            # a well-formed submission without grades on either side counts as a difference
            differ = [s for s in same if _grades(stock, name, s) is None
                      or _grades(stock, name, s) != _grades(ours, name, s)]
            crashed = [s for s, (kind, _) in klass.items() if kind == "crashing"]
            kept = sum(sum((_grades(ours, name, s) or {}).values()) for s in crashed)
            lost = sum(sum((_grades(stock, name, s) or {}).values()) for s in crashed)
            cheats = [s for s, (kind, _) in klass.items() if kind == "cheating"]
            cheat_stock = sum(sum((_grades(stock, name, s) or {}).values()) for s in cheats)
            cheat_ours = sum(sum((_grades(ours, name, s) or {}).values()) for s in cheats)
            all_same &= not differ
            total_stock, total_ours = total_stock + t_stock, total_ours + t_ours
            rows.append(f"| {name} | {len(klass)} | {t_stock:.1f} | {t_ours:.1f} | "
                        f"{t_stock / t_ours:.2f}× | {len(same) - len(differ)} of {len(same)}"
                        f"{' (differ: ' + ', '.join(differ) + ')' if differ else ''} | "
                        f"{lost:g} / {kept:g} | {cheat_stock:g} / {cheat_ours:g} |")
            print(rows[-1], flush=True)
    rows.append(f"| **all** | | {total_stock:.1f} | {total_ours:.1f} | "
                f"**{total_stock / total_ours:.2f}×** | {'all' if all_same else 'NOT all'} | | |")
    table = "\n".join([
        "| workbook | trainees | stock `nbgrader autograde` (s) | `netlab grade` (s) | speed-up "
        "| identical grades (well-formed) | crashing: points stock / netlab "
        "| cheating: points stock / netlab |",
        "|---|---|---|---|---|---|---|---|", *rows])
    print(rows[-1])
    if args.write:
        cmd = " ".join(["python bench/grading.py", *sys.argv[1:]])
        section = (f"{MARKER}\n## Class-scale grading: stock nbgrader vs `netlab grade`\n\n"
                   f"Measured with `{cmd}` (part of `make bench`) on {os.cpu_count()} cores, "
                   f"both graders in the same run on copies of the same class, cell timeout "
                   f"{args.timeout} s for both. Kinds per 51 trainees: "
                   + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in KINDS)
                   + ". Well-formed = correct, partly wrong, blank and tampered (both graders "
                   "restore a tampered test cell). `netlab grade` ran as "
                   + ("root, every kernel walled in" if os.geteuid() == 0 else
                      "an ordinary user, kernels not walled in")
                   + "; cheating = a blank workbook that rebinds `grade` to return nothing, "
                   "which stock nbgrader reads as full credit.\n\n" + table + "\n")
        old = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        args.write.write_text(old.split(MARKER)[0].rstrip("\n") + "\n\n" + section,
                              encoding="utf-8")
    if not all_same:
        raise SystemExit("netlab grade and stock nbgrader disagree on a well-formed submission")


if __name__ == "__main__":
    main()
