"""One language of a bilingual instructor source, without what only the instructor may read.

The instructor source ``grading/source/<NN_topic>/<NN_topic>.ipynb`` holds both languages:
cells tagged ``lang-th`` or ``lang-en`` belong to one language, untagged cells (all graded cells
among them) to both. Cells tagged ``instructor`` (rubrics, keys) never reach trainees.

Example:
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("ไทย", metadata={"tags": ["lang-th"]}),
    ...     nbformat.v4.new_markdown_cell("English", metadata={"tags": ["lang-en"]}),
    ...     nbformat.v4.new_markdown_cell("rubric", metadata={"tags": ["instructor"]})])
    >>> [c.source for c in student_version(nb, "en").cells]
    ['English']
"""

from __future__ import annotations

import copy
import re
from typing import Any

from nbconvert.preprocessors import Preprocessor
from traitlets import Bool, Unicode
from traitlets.config import Config

from netlab.i18n import LANGUAGES

__all__ = ["INSTRUCTOR_TAG", "RemoveInstructorCells", "SelectLanguage", "is_instructor_only",
           "language_of", "release_version", "student_version", "unmark_answer_places"]

INSTRUCTOR_TAG = "instructor"
LANG_TAGS = {lang: f"lang-{lang}" for lang in LANGUAGES}


def _tags(cell: Any) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def language_of(cell: Any) -> str | None:
    """The language a cell belongs to, or None for a cell of both languages.

    Example:
        >>> language_of({"metadata": {"tags": ["lang-th"]}})
        'th'
    """
    found = [lang for lang, tag in LANG_TAGS.items() if tag in _tags(cell)]
    if len(found) > 1:
        raise ValueError(f"cell tagged with several languages: {found}")
    return found[0] if found else None


def is_instructor_only(cell: Any) -> bool:
    """True for cells tagged ``instructor``.

    Example:
        >>> is_instructor_only({"metadata": {"tags": ["instructor"]}})
        True
    """
    return INSTRUCTOR_TAG in _tags(cell)


class RemoveInstructorCells(Preprocessor):
    """nbconvert preprocessor: drop cells tagged ``instructor``.

    Enabled by default: nbconvert runs a preprocessor only when its ``enabled`` trait is true,
    and that trait defaults to false (a preprocessor listed in a configuration but left
    disabled silently does nothing).

    Example:
        >>> from nbformat.v4 import new_markdown_cell, new_notebook
        >>> nb = new_notebook(cells=[new_markdown_cell("key", metadata={"tags": ["instructor"]})])
        >>> len(RemoveInstructorCells()(nb, {})[0].cells)
        0
    """

    enabled = Bool(True).tag(config=True)

    def preprocess(self, nb: Any, resources: Any) -> tuple[Any, Any]:
        nb.cells = [cell for cell in nb.cells if not is_instructor_only(cell)]
        return nb, resources


class SelectLanguage(Preprocessor):
    """nbconvert preprocessor: :func:`student_version` in one language (no instructor cell,
    no output, netlab's tags gone). First among nbgrader's ``GenerateAssignment``
    preprocessors in ``grading/nbgrader_config.py``, so that the release, and what the
    exchange hands trainees, holds one language. Graded cells belong to both languages, so the
    gradebook learns the same cells whichever language is released.

    ``lang`` defaults to the class setting ``c.Netlab.release_language``.

    Example:
        >>> from nbformat.v4 import new_markdown_cell, new_notebook
        >>> nb = new_notebook(cells=[new_markdown_cell("ไทย", metadata={"tags": ["lang-th"]}),
        ...                          new_markdown_cell("English", metadata={"tags": ["lang-en"]})])
        >>> [c.source for c in SelectLanguage(lang="en")(nb, {})[0].cells]
        ['English']
    """

    enabled = Bool(True).tag(config=True)
    lang = Unicode("", help="th or en; empty: c.Netlab.release_language").tag(config=True)

    def preprocess(self, nb: Any, resources: Any) -> tuple[Any, Any]:
        from netlab.settings import Netlab

        lang = self.lang or Netlab(config=self.config).release_language
        return student_version(nb, lang), resources


def _strip_netlab_tags(cell: Any) -> None:
    ours = {INSTRUCTOR_TAG, *LANG_TAGS.values()}
    tags = [tag for tag in _tags(cell) if tag not in ours]
    if tags:
        cell.metadata["tags"] = tags
    else:
        cell.metadata.pop("tags", None)


_BEGIN = re.compile(r"^([ \t]*)### BEGIN SOLUTION", re.MULTILINE)


def _mark_answer_places(source: str, lang: str) -> str:
    r"""A comment in ``lang`` above each solution region, saying what to do there once nbgrader
    has put its stub (``pass``) in place of the solution.

    Example:
        >>> print(_mark_answer_places("def f():\n    ### BEGIN SOLUTION", "en"))
        def f():
            # ✎ Write your code in place of the pass line below.
            ### BEGIN SOLUTION
    """
    from netlab.i18n import t

    def comment(match: re.Match[str]) -> str:
        indent = match.group(1)
        key = "release.answer_here_code" if indent else "release.answer_here"
        return f"{indent}{t(key, lang)}\n{match.group(0)}"

    return _BEGIN.sub(comment, source)


def unmark_answer_places(source: str) -> str:
    r"""``source`` without the comments :func:`_mark_answer_places` adds, in any language: so
    that a blank answer cell is recognised as blank whichever language's release it came from.

    Example:
        >>> marked = _mark_answer_places("x = None\n### BEGIN SOLUTION", "th")
        >>> unmark_answer_places(marked) == unmark_answer_places(
        ...     _mark_answer_places("x = None\n### BEGIN SOLUTION", "en"))
        True
    """
    from netlab.i18n import t

    marks = {t(key, lang) for key in ("release.answer_here", "release.answer_here_code")
             for lang in LANGUAGES}
    return "\n".join(line for line in source.split("\n") if line.strip() not in marks)


def student_version(nb: Any, lang: str) -> Any:
    """One language of a notebook, without instructor cells, outputs or execution counts.

    Only cells are selected: given the release it makes the student version; given the
    instructor source, the instructor version in one language (solutions kept).

    Args:
        nb: a notebook holding both languages.
        lang: "th" or "en".

    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
        >>> len(student_version(nb, "th").cells)
        1
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; allowed: {', '.join(LANGUAGES)}")
    out = copy.deepcopy(nb)
    cells = []
    for cell in out.cells:
        if is_instructor_only(cell) or language_of(cell) not in (None, lang):
            continue
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            cell.source = _mark_answer_places(cell.source, lang)
        _strip_netlab_tags(cell)
        cells.append(cell)
    out.cells = cells
    out.metadata.setdefault("netlab", {})["lang"] = lang
    return out


def _release_preprocessors(config: Config) -> list[type]:
    """nbgrader's ``GenerateAssignment`` preprocessors as the course configures them, without
    the two that need the gradebook or pick a language (:func:`release_version` adds its own)."""
    from nbgrader.converters import GenerateAssignment
    from nbgrader.preprocessors import SaveCells

    listed = config.GenerateAssignment.get("preprocessors") if "GenerateAssignment" in config \
        else None
    classes = listed or GenerateAssignment.class_traits()["preprocessors"].default()
    return [cls for cls in classes if cls not in (SaveCells, SelectLanguage)]


def release_version(source_nb: Any, lang: str, config: Config | None = None) -> Any:
    r"""The student version of an instructor source in ``lang``: what stock
    ``nbgrader generate_assignment`` releases for that language (its preprocessors, with the
    course ``config``), without touching the gradebook.

    Example:
        >>> import nbformat
        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> answer = {"nbgrader": {"grade_id": "a", "solution": True, "grade": False,
        ...                        "locked": False, "schema_version": 3}}
        >>> source = new_notebook(cells=[new_code_cell(
        ...     "### BEGIN SOLUTION\nx = 1\n### END SOLUTION", metadata=answer)],
        ...     metadata={"kernelspec": {"language": "python", "name": "python3",
        ...                              "display_name": "Python 3"}})
        >>> "x = 1" in release_version(source, "en").cells[0].source
        False
    """
    config = config or Config()
    nb = SelectLanguage(lang=lang, config=config)(copy.deepcopy(source_nb), {})[0]
    resources: dict[str, Any] = {}
    for cls in _release_preprocessors(config):
        nb, resources = cls(config=config)(nb, resources)
    return nb
