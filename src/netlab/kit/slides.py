"""Slides of a workbook's learning part for the facilitator's screen: Jupyter's own slideshow
(nbconvert's reveal.js export) from the same source trainees' workbooks come from.

The slides hold the learning part's text in one language (no code, no exercise, nothing for
instructors only): each ``##`` section starts a slide, and its further cells follow as
sub-slides below it. They run offline: reveal.js and require.js are copied beside them from
an npm install (``make kit`` does it), and the template fetches nothing else.

Example:
    >>> from netlab.kit.sources import read_source
    >>> nb = slide_notebook(read_source("02_partner_classification"), "en")
    >>> nb.cells[0].metadata.slideshow["slide_type"]
    'slide'
"""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from typing import Any

import nbformat

from netlab.i18n import language, t
from netlab.kit.page import FONTS
from netlab.kit.pdf import KitError
from netlab.kit.sources import learn_cells

__all__ = ["REQUIRE_VERSION", "REVEAL_VERSION", "copy_reveal", "slide_notebook", "slides"]

#: The npm versions ``make kit`` installs (and the slides were tested with).
REVEAL_VERSION = "5.2.1"
REQUIRE_VERSION = "2.3.8"

_TEMPLATES = Path(__file__).resolve().parents[1] / "resources"
_H2 = re.compile(r"^##\s", re.MULTILINE)


def slide_notebook(nb: Any, lang: str) -> Any:
    """The learning part of ``nb`` in ``lang`` as a slideshow notebook: its markdown cells,
    a new slide at each title or ``##`` section, the rest as sub-slides.

    Example:
        >>> from nbformat.v4 import new_markdown_cell, new_notebook
        >>> nb = new_notebook(cells=[new_markdown_cell("# T"), new_markdown_cell("more")])
        >>> [c.metadata.slideshow["slide_type"] for c in slide_notebook(nb, "en").cells]
        ['slide', 'subslide']
    """
    cells = []
    for n, cell in enumerate(c for c in learn_cells(nb, lang) if c.cell_type == "markdown"):
        cell = copy.deepcopy(cell)
        kind = "slide" if n == 0 or _H2.search(cell.source) else "subslide"
        cell.metadata = nbformat.NotebookNode({"slideshow": {"slide_type": kind}})
        cells.append(cell)
    return nbformat.v4.new_notebook(cells=cells, metadata={"language_info": {"name": "python"}})


def copy_reveal(node_modules: Path, out: Path) -> Path:
    """Copy what the slides need from an npm install (reveal.js's ``dist`` and notes plugin,
    require.js) into ``out``; returns ``out``.

    Raises:
        KitError: reveal.js or require.js is missing, naming where it was looked for.

    Example:
        >>> try:
        ...     copy_reveal(Path("/nowhere"), Path("/tmp/x"))
        ... except KitError as err:
        ...     print("/nowhere/reveal.js" in str(err))
        True
    """
    reveal, require = node_modules / "reveal.js", node_modules / "requirejs" / "require.js"
    for needed in (reveal / "dist" / "reveal.js", reveal / "plugin" / "notes" / "notes.js",
                   require):
        if not needed.exists():
            raise KitError(t("kit.no_reveal", path=reveal if needed != require else require))
    target = out / "reveal.js"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(reveal / "dist", target / "dist",
                    ignore=shutil.ignore_patterns("*.map", "*.esm.js"))
    shutil.copytree(reveal / "plugin" / "notes", target / "plugin" / "notes")
    shutil.copy2(require, out / "require.js")
    return out


def slides(nb: Any, lang: str) -> str:
    """The reveal.js slideshow (one HTML page) of ``nb``'s learning part in ``lang``, to sit
    in a folder prepared by :func:`copy_reveal`.

    Example:
        >>> from netlab.kit.sources import read_source
        >>> html = slides(read_source("01_problem_typing"), "th")
        >>> "unpkg.com" in html, "reveal.js/dist/reveal.js" in html, 'lang="th"' in html
        (False, True, True)
    """
    from nbconvert import SlidesExporter

    exporter = SlidesExporter(
        extra_template_basedirs=[str(_TEMPLATES)], template_name="kit_slides",
        reveal_url_prefix="reveal.js", require_js_url="require.js", reveal_theme="white",
        reveal_number="c/t")
    with language(lang):
        resources = {"netlab_fonts": FONTS, "netlab_footer": t("kit.generated_by")}
        body, _ = exporter.from_notebook_node(slide_notebook(nb, lang),
                                              resources=resources)
    return re.sub(r"<html\b[^>]*>", f'<html lang="{lang}">', body, count=1)
