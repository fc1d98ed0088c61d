"""The workshop kit built for real (``netlab kit``, as ``make kit`` runs it): every PDF is A4
with the pages its layout promises, and is looked at: each page rendered to an image, every
Thai character drawn in an embedded Thai font and inked where the text layer puts it; the
slides open in chromium offline and show Thai text; the guides stay out of trainees' folders.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from netlab.i18n import LANGUAGES
from netlab.kit import HANDOUTS, default_node_modules
from netlab.kit.agenda import DAYS
from netlab.kit.netmap import NETMAP_PAGES
from netlab.kit.sources import headings, read_source
from netlab.syllabus import WORKBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

pdfium = pytest.importorskip("pypdfium2")
raw = pytest.importorskip("pypdfium2.raw")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HINT = ("The kit needs Debian's chromium, Thai fonts and reveal.js: sudo apt-get install -y "
        "chromium fonts-thai-tlwg npm, then make kit-js (or CI=true make test as root).")
#: Pages each handout prints to, in both languages (a layout change that spills a page fails).
PAGES = {"problem_card": 2, "bp_sp_table": 2, "netmap_kit": NETMAP_PAGES, "health_form": 1,
         "steps_sheet": 2}
A4 = (595.0, 842.0)  # points
THAI = re.compile("[\u0e01-\u0e4e]")


def _thai_fonts() -> set[str]:
    """The font families this machine has for Thai (fontconfig), e.g. Loma, Garuda."""
    out = subprocess.run(["fc-list", ":lang=th", "family"], capture_output=True, text=True)
    return {name.strip() for line in out.stdout.splitlines() for name in line.split(",")}


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kit, built once by the ``netlab`` command into a fresh folder."""
    ready = Path(CHROMIUM).exists() and _thai_fonts() and \
        (default_node_modules() / "reveal.js").is_dir()
    if not ready:
        if os.environ.get("NETLAB_BROWSER_REQUIRED"):
            pytest.fail(HINT)
        pytest.skip(HINT)
    out = tmp_path_factory.mktemp("kit") / "kit"
    run = subprocess.run([str(Path(sys.executable).parent / "netlab"), "kit", "--out", str(out)],
                         capture_output=True, text=True, timeout=600,
                         env={**os.environ, "LANG": "en_US.UTF-8"})
    assert run.returncode == 0, run.stderr
    assert str(out) in run.stdout and "index.html" in run.stdout
    return out


def _pdfs(kit: Path) -> list[Path]:
    return sorted(kit.rglob("*.pdf"))


def test_every_part_is_built_in_both_languages(kit: Path) -> None:
    for lang in LANGUAGES:
        assert (kit / lang / "session_plan.pdf").is_file()
        for handout in HANDOUTS:
            assert (kit / lang / "handouts" / f"{handout.name}.pdf").is_file()
        for wb in WORKBOOKS:
            assert (kit / lang / "guides" / f"{wb.name}.pdf").is_file()
            assert (kit / "slides" / f"{wb.name}.{lang}.html").is_file()
    index = (kit / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+)"', index)
    assert len(links) == len(set(links))
    assert all((kit / link).is_file() for link in links)
    pdfs = {p.relative_to(kit).as_posix() for p in kit.rglob("*.pdf")}
    slides = {p.relative_to(kit).as_posix() for p in (kit / "slides").glob("*.html")}
    assert pdfs | slides <= set(links)


def _pages(path: Path) -> int:
    return len(pdfium.PdfDocument(str(path)))


def test_pdfs_are_a4_with_the_pages_their_layout_promises(kit: Path) -> None:
    for path in _pdfs(kit):
        doc = pdfium.PdfDocument(str(path))
        for page in doc:
            width, height = page.get_size()
            assert (round(width), round(height)) == A4, (path, width, height)
    for lang in LANGUAGES:
        assert _pages(kit / lang / "session_plan.pdf") == len(DAYS)  # one page per day
        for name, pages in PAGES.items():
            assert _pages(kit / lang / "handouts" / f"{name}.pdf") == pages, (lang, name)
        for wb in WORKBOOKS:
            assert _pages(kit / lang / "guides" / f"{wb.name}.pdf") >= 2


def _font(textpage: object, index: int) -> tuple[str, bool]:
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage, index, buf, 256, ctypes.byref(flags))
    font = raw.FPDFTextObj_GetFont(raw.FPDFText_GetTextObject(textpage, index))
    return buf.value.decode().split("+")[-1], bool(raw.FPDFFont_GetIsEmbedded(font))


def _look_at(page: object, thai_fonts: set[str]) -> tuple[int, list[str]]:
    """Render the page; for every Thai character say what is wrong with it (font not Thai,
    not embedded, nothing drawn where it should be). Returns (Thai characters, problems)."""
    scale = 2.0
    image = page.render(scale=scale, grayscale=True).to_numpy()
    height = image.shape[0]
    textpage = page.get_textpage()
    problems, count = [], 0
    for i in range(textpage.count_chars()):
        char = chr(raw.FPDFText_GetUnicode(textpage, i))
        if not THAI.match(char):
            continue
        count += 1
        family, embedded = _font(textpage, i)
        if not any(family.startswith(f.replace(" ", "")) or family.startswith(f)
                   for f in thai_fonts):
            problems.append(f"{char!r} in {family}, not a Thai font")
        if not embedded:
            problems.append(f"{char!r}: {family} not embedded")
        left, bottom, right, top = textpage.get_charbox(i)
        box = image[max(0, int(height - top * scale) - 1):int(height - bottom * scale) + 1,
                    max(0, int(left * scale) - 1):int(right * scale) + 1]
        if box.size and box.min() > 160:  # no dark pixel where the glyph should be
            problems.append(f"{char!r} at {left:.0f},{bottom:.0f} drew nothing")
    return count, problems


def test_every_thai_page_draws_thai_glyphs_in_an_embedded_thai_font(kit: Path) -> None:
    fonts = _thai_fonts()
    for path in _pdfs(kit):
        if path.parts[len(kit.parts)] != "th":
            continue
        doc = pdfium.PdfDocument(str(path))
        total = 0
        for number, page in enumerate(doc, 1):
            count, problems = _look_at(page, fonts)
            assert not problems, f"{path.name} page {number}: {problems[:5]}"
            # a guide's page may be all code; every printed page of a form speaks Thai
            assert count >= 50 or path.parent.name == "guides", (path.name, number, count)
            total += count
        assert total >= 300, (path.name, total)


def test_english_pages_are_english_apart_from_thai_names(kit: Path) -> None:
    for name in PAGES:
        text = "".join(p.get_textpage().get_text_range()
                       for p in pdfium.PdfDocument(str(kit / "en" / "handouts" / f"{name}.pdf")))
        thai = len(THAI.findall(text))
        assert thai < 0.05 * len(text), (name, thai)


def test_the_guides_stay_out_of_what_trainees_receive(kit: Path) -> None:
    from netlab.course_layout import course_root, workbooks_dir

    key_line = "Rubric for Exercise C (instructor only"
    assert key_line in (kit / "en" / "guides" / "02_partner_classification.html").read_text(
        encoding="utf-8")
    for folder in (workbooks_dir(), course_root() / "release"):
        for path in folder.rglob("*.ipynb"):
            assert key_line not in path.read_text(encoding="utf-8"), path


def _only_files(refused: list[str]) -> Callable[[Any], None]:
    """A route handler: local files load, anything else is refused and noted."""
    def route(request: Any) -> None:
        if request.request.url.startswith("file:"):
            request.continue_()
        else:
            refused.append(request.request.url)
            request.abort()
    return route


def test_slides_open_offline_in_chromium_and_show_thai(kit: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            for wb in WORKBOOKS:
                for lang in LANGUAGES:
                    page = browser.new_page(viewport={"width": 1280, "height": 720})
                    refused: list[str] = []
                    errors: list[str] = []
                    page.route("**/*", _only_files(refused))
                    page.on("pageerror", lambda error, seen=errors: seen.append(str(error)))
                    path = kit / "slides" / f"{wb.name}.{lang}.html"
                    page.goto(path.as_uri())
                    page.wait_for_function("window.netlabReveal && netlabReveal.isReady()",
                                           timeout=20000)
                    total = page.evaluate("netlabReveal.getTotalSlides()")
                    sections = headings(read_source(wb.name), lang, learn_only=True)
                    assert total >= len(sections) >= 4, (wb.name, lang, total)
                    shown = page.inner_text(".reveal .slides section.present")
                    assert shown.strip(), (wb.name, lang)
                    if lang == "th":
                        assert THAI.search(shown), wb.name
                        assert page.evaluate("document.fonts.check('16px Loma', 'ภาคี')")
                    page.keyboard.press("ArrowRight")
                    page.wait_for_function("netlabReveal.getIndices().h === 1")
                    assert not refused and not errors, (wb.name, lang, refused, errors)
                    page.close()
        finally:
            browser.close()
