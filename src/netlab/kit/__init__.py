"""The workshop kit: what a facilitator needs to run the two-day course, built from the same
sources as the workbooks (``netlab kit``, ``make kit``).

One folder, offline, in Thai and English:

- ``<lang>/session_plan.pdf``: the two days as timed sessions, one page per day;
- ``<lang>/guides/<workbook>.pdf``: a facilitator guide per workbook (keys and rubrics in it:
  never in a folder trainees receive);
- ``<lang>/handouts/<name>.pdf``: the printable handouts for paper work (A4, Thai fonts
  embedded);
- ``slides/<workbook>.<lang>.html``: the learning parts as reveal.js slides;
- ``index.html``: a page linking them all.

Every PDF also keeps its HTML beside it, so a facilitator can adapt a page in a browser.

Example:
    >>> [h.name for h in HANDOUTS]
    ['problem_card', 'bp_sp_table', 'netmap_kit', 'health_form', 'steps_sheet']
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from netlab.course_layout import course_root, workbooks_dir
from netlab.i18n import LANGUAGES, language, t
from netlab.kit.forms import health_form, steps_sheet
from netlab.kit.guide import WrongAnswer, facilitator_guide
from netlab.kit.handouts import bp_sp_table, problem_card
from netlab.kit.netmap import netmap_kit
from netlab.kit.page import esc
from netlab.kit.pdf import KitError, Printer
from netlab.kit.plan import session_plan
from netlab.kit.slides import copy_reveal, slides
from netlab.kit.sources import headings, read_source
from netlab.syllabus import WORKBOOKS

__all__ = ["HANDOUTS", "Handout", "KitError", "build_kit", "class_errors", "default_node_modules"]


@dataclass(frozen=True)
class Handout:
    """A printable handout: its file stem and the function that writes it in a language."""

    name: str
    render: Callable[[str], str]


#: The handouts, in the order the index lists them.
HANDOUTS: tuple[Handout, ...] = (
    Handout("problem_card", problem_card), Handout("bp_sp_table", bp_sp_table),
    Handout("netmap_kit", netmap_kit), Handout("health_form", health_form),
    Handout("steps_sheet", steps_sheet))


def default_node_modules() -> Path:
    """Where ``make kit`` installs reveal.js and require.js: ``<venv>/kit-js/node_modules``.

    Example:
        >>> default_node_modules().parts[-2:]
        ('kit-js', 'node_modules')
    """
    return Path(sys.prefix) / "kit-js" / "node_modules"


def _refuse_student_folders(out: Path, root: Path) -> None:
    for folder in (workbooks_dir(root), root / "release", root / "feedback"):
        if out.resolve().is_relative_to(folder.resolve()):
            raise KitError(t("kit.out_in_student_folder", path=out))


def class_errors(root: Path, name: str) -> list[WrongAnswer]:
    """The wrong answers a graded class of ``name`` gave most often (as ``netlab report``
    counts them), or none when no class has been graded there.

    Example:
        >>> class_errors(Path("/nowhere"), "01_problem_typing")
        []
    """
    from netlab.grading.course import Course, GradingError
    from netlab.grading.report import load, wrong_answers

    try:
        course = Course.load(root)
        if not Path(course.db_url.removeprefix("sqlite:///")).is_file():
            return []  # never create a gradebook just to look into it
        results = load(course, name)
    except (GradingError, OSError):
        return []
    if results.items.empty:
        return []
    return [(str(r.item), str(r.given), int(r.count), float(r.share))
            for r in wrong_answers(results.items, top=8).itertuples()]


_MARK = ".netlab-kit"
_OURS = ("th", "en", "slides", "index.html")


def _prepare(out: Path) -> None:
    """Make ``out`` ready: a new or empty folder, or an earlier kit (its parts removed so no
    stale page survives). Any other folder with files in it is refused, so nothing of the
    facilitator's is overwritten."""
    if out.is_dir() and any(out.iterdir()) and not (out / _MARK).exists():
        raise KitError(t("kit.out_not_kit", path=out))
    for child in _OURS:
        path = out / child
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    out.mkdir(parents=True, exist_ok=True)
    (out / _MARK).write_text("netlab kit\n", encoding="utf-8")


def _write(path: Path, html: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path


def _link(out: Path, path: Path, label: str) -> str:
    return f'<a href="{esc(path.relative_to(out).as_posix())}">{esc(label)}</a>'


def _index(out: Path, langs: Sequence[str]) -> Path:
    """A page linking every part, per language: each PDF with its HTML beside it."""
    blocks = []
    for lang in langs:
        with language(lang):
            def both(page: Path, label: str) -> str:
                return (f"<li>{_link(out, page.with_suffix('.pdf'), label)} · "
                        f"{_link(out, page, 'HTML')}</li>")
            here = out / lang
            titles = {wb.name: f"{wb.number} {t(f'syllabus.{wb.name}.title')}"
                      for wb in WORKBOOKS}
            blocks.append(
                f'<section lang="{lang}"><h2>{esc(t("kit.index.title"))}</h2>'
                f'<p>{esc(t("kit.index.lede"))}</p><ul>'
                + both(here / "session_plan.html", t("kit.plan.title")) + "</ul>"
                f'<h3>{esc(t("kit.index.guides"))}</h3><ul>'
                + "".join(both(here / "guides" / f"{n}.html", title)
                          for n, title in titles.items()) + "</ul>"
                f'<h3>{esc(t("kit.index.handouts"))}</h3><ul>'
                + "".join(both(here / "handouts" / f"{h.name}.html", t(f"kit.handout.{h.name}"))
                          for h in HANDOUTS) + "</ul>"
                f'<h3>{esc(t("kit.index.slides"))}</h3><ul>'
                + "".join(f"<li>{_link(out, out / 'slides' / f'{n}.{lang}.html', title)}</li>"
                          for n, title in titles.items()) + "</ul></section>")
    return _write(out / "index.html", '<!DOCTYPE html>\n<html lang="th"><head><meta '
                  'charset="utf-8"><title>netlab kit</title></head><body>'
                  + "".join(blocks) + "</body></html>\n")


def build_kit(out: Path, *, root: Path | None = None, langs: Sequence[str] = LANGUAGES,
              node_modules: Path | None = None, chromium: str | None = None,
              pdf: bool = True) -> list[Path]:
    """Build the whole kit into ``out``; returns the files written (PDFs, their HTML, the
    slides and the index).

    Raises:
        KitError: in the active language: ``out`` is a folder trainees receive or holds
            files that are not an earlier kit, chromium or reveal.js is missing, or a page
            asked for the network.

    Example (prints PDFs in chromium, so not a doctest)::

        >>> build_kit(Path("build/kit"))  # doctest: +SKIP
    """
    root = (root or course_root()).resolve()
    _refuse_student_folders(out, root)
    _prepare(out)
    names = [wb.name for wb in WORKBOOKS]
    sources = {name: read_source(name, root) for name in names}
    wrong = {name: class_errors(root, name) for name in names}  # the gradebook, read once
    pages: list[Path] = []
    copy_reveal(node_modules or default_node_modules(), out / "slides")
    written: list[Path] = []
    for lang in langs:
        sections = {n: headings(nb, lang, learn_only=True) for n, nb in sources.items()}
        pages.append(_write(out / lang / "session_plan.html", session_plan(lang, sections)))
        for handout in HANDOUTS:
            pages.append(_write(out / lang / "handouts" / f"{handout.name}.html",
                                handout.render(lang)))
        for name, nb in sources.items():
            pages.append(_write(out / lang / "guides" / f"{name}.html",
                                facilitator_guide(name, nb, lang, wrong[name])))
            written.append(_write(out / "slides" / f"{name}.{lang}.html", slides(nb, lang)))
    written += pages
    if pdf:
        with Printer(chromium) as printer:
            written += [printer.print_pdf(page, page.with_suffix(".pdf")) for page in pages]
    written.append(_index(out, langs))
    return written
