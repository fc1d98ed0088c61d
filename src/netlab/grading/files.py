"""Find and read one trainee's submitted notebook, naming every problem instead of stopping:
a missing, empty, corrupt or wrongly named notebook, extra files, huge files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode
from nbformat.reader import NotJSONError

from netlab.grading.flags import Flag

__all__ = ["HUGE_BYTES", "Submission", "read_submission"]

#: A notebook or file above this size is reported as huge (its old outputs are cleared anyway).
HUGE_BYTES = 20 * 1024 * 1024
_CELL_KEYS = {"code": {"id", "cell_type", "metadata", "source", "outputs", "execution_count"},
              "markdown": {"id", "cell_type", "metadata", "source", "attachments"},
              "raw": {"id", "cell_type", "metadata", "source", "attachments"}}
#: Files the tools themselves keep in a submission folder: nbgrader's timestamp and the secret
#: its exchange writes on submit, netlab's progress file and the backups it keeps of a broken
#: one (``netlab-progress.json.bak-<date-time>``).
_OWN_FILES = {"timestamp.txt", "submission_secret.txt", "netlab-progress.json"}
_OWN_PREFIXES = ("netlab-progress.json.bak-",)


def _tool_file(name: str) -> bool:
    """Whether a file of that name belongs to nbgrader or netlab, not to the trainee.

    Example:
        >>> _tool_file("netlab-progress.json.bak-20261204-101500"), _tool_file("notes.txt")
        (True, False)
    """
    return name in _OWN_FILES or name.startswith(_OWN_PREFIXES)


@dataclass
class Submission:
    """What was found in a submission folder."""

    path: Path | None = None
    notebook: NotebookNode | None = None
    flags: list[Flag] = field(default_factory=list)


def _grade_ids(text: str) -> set[str]:
    try:
        cells = json.loads(text).get("cells", [])
        return {c["metadata"]["nbgrader"]["grade_id"] for c in cells
                if isinstance(c, dict) and "grade_id" in c.get("metadata", {}).get("nbgrader", {})}
    except (ValueError, AttributeError, TypeError, KeyError):
        return set()


def _locate(folder: Path, name: str, ids: set[str]) -> tuple[Path | None, list[Flag]]:
    expected = folder / f"{name}.ipynb"
    if expected.is_file() and not expected.is_symlink():
        return expected, []
    candidates = sorted(p for p in folder.glob("*.ipynb") if p.is_file() and not p.is_symlink())
    scored = [(len(ids & _grade_ids(p.read_text(encoding="utf-8", errors="replace"))), p)
              for p in candidates if p.stat().st_size <= 10 * HUGE_BYTES]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    if best[1] is not None and best[0] > 0:
        return best[1], [Flag("misnamed", best[1].name)]
    return None, [Flag("missing", expected.name)]


def _read(path: Path) -> tuple[NotebookNode | None, list[Flag]]:
    size = path.stat().st_size
    if size == 0:
        return None, [Flag("empty", path.name)]
    flags = [Flag("huge", f"{path.name} {size / 1e6:.0f} MB")] if size > HUGE_BYTES else []
    text = path.read_bytes().decode("utf-8", errors="replace")
    invalid: dict = {}
    try:  # one JSON parse and one validation; a second only for a notebook that needs mending
        nb = nbformat.reads(text, as_version=4, capture_validation_error=invalid)
        if invalid:
            for cell in nb.cells:  # what an editor may leave behind and nbgrader ignores
                for key in set(cell) - _CELL_KEYS.get(cell.get("cell_type"), set(cell)):
                    del cell[key]
            nbformat.validate(nb)
    except NotJSONError as exc:
        return None, [*flags, Flag("not_json", f"{path.name}: {exc.__cause__ or exc}")]
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return None, [*flags, Flag("not_notebook", f"{path.name}: {first[:160]}")]
    return nb, flags


def read_submission(folder: Path, name: str, grade_ids: set[str],
                    source_files: frozenset[str] = frozenset()) -> Submission:
    """The notebook ``name`` of one submission folder, with what was wrong on the way.

    Args:
        folder: ``submitted/<student>/<assignment>``.
        name: the notebook's name without ``.ipynb``.
        grade_ids: the grade ids of the release, to recognise a wrongly named copy.
        source_files: files the assignment itself ships (not reported as extra).

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "01_a.ipynb").write_text("")
        >>> found = read_submission(folder, "01_a", {"x"})
        >>> found.notebook is None, [f.code for f in found.flags]
        (True, ['empty'])
    """
    path, flags = _locate(folder, name, grade_ids)
    found = Submission(path=path, flags=flags)
    if path is not None:
        found.notebook, more = _read(path)
        found.flags += more
    inside = list(folder.rglob("*"))
    links = sorted(str(p.relative_to(folder)) for p in inside if p.is_symlink())
    if links:  # never followed: one could point at the gradebook
        found.flags.append(Flag("links", ", ".join(links)))
    extra = sorted(str(p.relative_to(folder)) for p in inside
                   if p.is_file() and not p.is_symlink() and p != path
                   and not _tool_file(p.name) and str(p.relative_to(folder)) not in source_files
                   and ".ipynb_checkpoints" not in p.parts)
    if extra:
        found.flags.append(Flag("extra_files", ", ".join(extra)))
    found.flags += [Flag("huge", f"{other} {(folder / other).stat().st_size / 1e6:.0f} MB")
                    for other in extra if (folder / other).stat().st_size > HUGE_BYTES]
    return found
