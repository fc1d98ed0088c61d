"""A real browser: JupyterLab + Debian's chromium + Playwright.

For each language the student workbook is opened in JupyterLab, all cells are run, the
explorer widget and the charts must render, a click on a widget must change the result, and
Thai text must be drawn with a real Thai font (not empty boxes). A screenshot is saved:
to ``$NETLAB_SCREENSHOT_DIR`` (``make screenshots`` points it at docs/screenshots) or to
build/screenshots.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from axe_audit import audit_both_themes

from netlab.course_layout import assignments, workbooks_dir

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
INSTALL_HINT = ("Debian's chromium is not installed. Install it (and Thai fonts) with:\n"
                "  sudo apt-get install -y chromium fonts-thai-tlwg\n"
                "or run `CI=true make test` as root, which installs both.")
NAME = "01_problem_typing"
PARTNERS = "02_partner_classification"
REPO = Path(__file__).resolve().parents[1]

# The option labels of S1 and the result labels, per language (from the catalogue).
EXPECT = {
    "th": {"complex": "ปัญหาสลับซับซ้อน", "mess": "ปัญหายุ่งยากเชิงสังคม",
           "s1_zero": "เถียงกันแม้แต่นิยาม", "not_answered": "ยังไม่ได้ตอบ"},
    "en": {"complex": "complex problem", "mess": "social mess",
           "s1_zero": "Contested", "not_answered": "not answered yet"},
}
# The partner explorer's labels, per language (from the catalogue).
PARTNER_EXPECT = {
    "th": {"both": "เป็นทั้งสองบทบาท", "boundary": "ภาคีหุ้นส่วน", "no": "ไม่ใช่",
           "quadrant": "มุม AIIM"},
    "en": {"both": "both roles", "boundary": "boundary partner", "no": "no",
           "quadrant": "AIIM quadrant"},
}


def _require_browser() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("NETLAB_BROWSER_REQUIRED"):
            pytest.fail(INSTALL_HINT)
        pytest.skip(INSTALL_HINT)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory,
        venv_env: dict[str, str]) -> Iterator[tuple[str, str, Path]]:
    """A JupyterLab server on localhost, in a folder holding copies of the student workbooks."""
    _require_browser()
    root = tmp_path_factory.mktemp("lab")
    for lang in ("th", "en"):
        for name in ("00_start_here", *assignments()):
            shutil.copy(workbooks_dir() / lang / f"{name}.ipynb", root / f"{name}_{lang}.ipynb")
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(venv_env)
    # Keep the user's own Jupyter settings and workspaces out of the test.
    for var, sub in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTERLAB_WORKSPACES_DIR", "ws"),
                     ("JUPYTER_RUNTIME_DIR", "runtime"), ("JUPYTERLAB_SETTINGS_DIR", "settings")):
        env[var] = str(root / ".jupyter" / sub)
    # JupyterLab 4 leaves cells outside the viewport out of the page ("windowing"); the test
    # looks at every cell, so render them all.
    tracker = root / ".jupyter" / "settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    (tracker / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}",
           "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={root}", "--ServerApp.open_browser=False"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    log = open(root / "lab.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not start:\n"
                                + (root / "lab.log").read_text(errors="replace")[-3000:])
                time.sleep(0.5)
        yield url, token, root
    finally:
        try:  # shut kernels down, then the server
            req = urllib.request.Request(f"{url}/api/sessions?token={token}")
            with urllib.request.urlopen(req, timeout=5) as resp:
                for session in json.load(resp):
                    urllib.request.urlopen(urllib.request.Request(
                        f"{url}/api/sessions/{session['id']}?token={token}",
                        method="DELETE"), timeout=5)
        except OSError:
            pass
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"])
        yield chromium
        chromium.close()


# Width of text with combining vowels vs without, in the page's own font: with a real Thai
# font the vowel marks have zero advance width; drawn as boxes ("tofu") each adds width.
_THAI_RENDERS = """(font) => {
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = '20px ' + font;
  const plain = ctx.measureText('กกกกกก').width;
  const marked = ctx.measureText('กิกิกิกิกิกิ').width;
  return {plain, marked, ok: plain > 0 && Math.abs(marked - plain) < 0.5};
}"""


def _screenshot_dir() -> Path:
    env = os.environ.get("NETLAB_SCREENSHOT_DIR")
    path = Path(env) if env else REPO / "build" / "screenshots"
    path = path if path.is_absolute() else REPO / path
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def _page(browser: Any, screenshot: str) -> Iterator[Any]:
    """A fresh page; on success a screenshot named ``screenshot``, on failure ``FAILED_...``."""
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    page.set_default_timeout(60_000)
    try:
        yield page
        page.screenshot(path=str(_screenshot_dir() / f"{screenshot}.png"))
    except Exception:
        page.screenshot(path=str(_screenshot_dir() / f"FAILED_{screenshot}.png"))
        raise
    finally:
        page.close()


def _open_and_run_all(page: Any, url: str, token: str, name: str, lang: str) -> None:
    """Open a copied student workbook in a fresh, reset workspace and run all its cells."""
    from playwright.sync_api import expect

    page.goto(f"{url}/lab/workspaces/{lang}-{name[:2]}/tree/{name}_{lang}.ipynb"
              f"?reset&token={token}")
    notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").first
    notebook.locator(".jp-Cell").first.wait_for()
    # The status bar says Idle once the kernel is connected (the toolbar says so earlier).
    expect(page.locator(".jp-StatusBar-Widget").filter(has_text="Idle").first).to_be_visible(
        timeout=90_000)
    first_code = notebook.locator(".jp-CodeCell .jp-InputPrompt").first
    for _attempt in range(2):
        notebook.locator(".jp-Cell").first.click()  # the notebook must have the focus
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        try:
            expect(first_code).not_to_have_text("[ ]:", timeout=15_000)
            break
        except AssertionError:
            continue


def _ran_to_the_end(page: Any) -> None:
    """Run All on the blank workbook reached its last cell, and no cell shows an error (a
    traceback or anything written to stderr)."""
    from playwright.sync_api import expect

    notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").first
    last = notebook.locator(".jp-CodeCell .jp-InputPrompt").last
    expect(last).to_have_text(re.compile(r"\[\d+\]:"), timeout=180_000)
    errors = notebook.locator(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    assert errors.count() == 0, errors.first.inner_text()


def _thai_renders(page: Any, *elements: Any) -> None:
    """Thai is drawn with a real font in each element (not empty boxes)."""
    for element in elements:
        font = element.evaluate("e => getComputedStyle(e).fontFamily")
        measured = page.evaluate(_THAI_RENDERS, font)
        assert measured["ok"], f"Thai renders as boxes in {font!r}: {measured}"


@pytest.mark.parametrize("lang", ["th", "en"])
def test_workbook_in_jupyterlab(lab: tuple[str, str, Path], browser: object, lang: str) -> None:
    from playwright.sync_api import expect

    url, token, root = lab
    want = EXPECT[lang]
    with _page(browser, f"problem_typing_{lang}") as page:
        _open_and_run_all(page, url, token, NAME, lang)

        # Learn: the type cards and the question table render.
        expect(page.locator(".netlab-card")).to_have_count(4, timeout=90_000)
        expect(page.locator("table.netlab-questions")).to_be_visible()
        # Explore: the widget with its chart (inline SVG with drawn marks).
        explorer = page.locator(".netlab-explorer")
        expect(explorer).to_be_visible(timeout=90_000)
        chart = explorer.locator(".netlab-chart svg")
        expect(chart).to_be_visible()
        assert chart.locator("path, circle").count() > 10
        # Run All goes on to the last cell with every answer still blank: the first check
        # says "not answered yet" in a panel, and the recap ends the workbook.
        _ran_to_the_end(page)
        audit_both_themes(page, page.url.rsplit("/", 1)[-1], _set_theme)
        blank = page.locator(".jp-Cell").filter(has=page.locator(".netlab-check")).first
        expect(blank.locator(".netlab-check")).to_contain_text(want["not_answered"])
        blank.scroll_into_view_if_needed()
        blank.screenshot(path=str(_screenshot_dir() / f"blank_check_{lang}.png"))
        recap = page.locator(".netlab-recap")
        recap.scroll_into_view_if_needed()
        recap.screenshot(path=str(_screenshot_dir() / f"recap_{lang}.png"))
        # The plane chart of the data section rendered as SVG in the output area.
        assert page.locator(".netlab-figure svg[role=img]").count() >= 1

        # Change a widget and see the result change.
        result = explorer.locator(".netlab-result")
        select = explorer.locator("select").first
        option = select.locator("option", has_text="P03")  # raising a child
        select.select_option(value=option.get_attribute("value"))
        expect(result).to_contain_text(want["complex"])
        before = result.inner_text()
        explorer.locator(".netlab-q-S1 button").filter(has_text=want["s1_zero"]).click()
        expect(result).to_contain_text(want["mess"])
        assert result.inner_text() != before

        # Thai is drawn with a real font, in the notebook and in the chart.
        _thai_renders(page, result, chart.locator("text").first)
        assert "ความเห็นพ้อง" in chart.inner_html() or lang == "en"

        # The chosen answer stands out from the others (WCAG contrast of at least 3:1).
        row = explorer.locator(".netlab-q-S1")
        chosen = row.locator("button.mod-active")
        other = row.locator("button:not(.mod-active)").first
        ratio = page.evaluate(_CONTRAST, [chosen.element_handle(), other.element_handle()])
        assert ratio >= 3, f"the chosen toggle has a contrast of {ratio:.2f}:1 with the others"
        _explorer_by_keyboard(page, explorer)
        explorer.scroll_into_view_if_needed()

        # The recap's link opens the next workbook inside JupyterLab (a tab), not a raw file.
        next_file = "02_partner_classification.ipynb"
        shutil.copy(root / f"02_partner_classification_{lang}.ipynb", root / next_file)
        pages = len(page.context.pages)
        recap.locator("a").click()
        expect(page.locator(".lm-TabBar-tab").filter(has_text=next_file)).to_be_visible(
            timeout=60_000)
        assert len(page.context.pages) == pages, "the link opened a browser tab, not Lab's"
        page.locator(".lm-TabBar-tab").filter(has_text=f"{NAME}_{lang}.ipynb").click()
        explorer.scroll_into_view_if_needed()  # for the screenshot


# The WCAG contrast ratio of two elements' background colours (computed styles, rgb()).
_CONTRAST = r"""([a, b]) => {
  const lum = (el) => {
    const [r, g, b] = getComputedStyle(el).backgroundColor.match(/[\d.]+/g).slice(0, 3)
      .map((v) => { v = v / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}"""


def test_a_phone_width_page_keeps_every_control_usable(lab: tuple[str, str, Path],
                                                        browser: Any) -> None:
    """At 390 px wide, with the side bar closed, the explorer's and the builder's controls
    wrap inside the page: nothing sticks out to the right."""
    from playwright.sync_api import expect

    url, token, _ = lab
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.set_default_timeout(60_000)
    try:
        for name, widget in ((NAME, ".netlab-explorer"), (MAPPING, ".netlab-map-builder")):
            _open_and_run_all(page, url, token, name, "en")
            page.keyboard.press("Control+b")  # close the side bar, as on a phone
            target = page.locator(widget).first
            expect(target).to_be_visible(timeout=120_000)
            target.scroll_into_view_if_needed()
            width = page.evaluate("() => document.documentElement.clientWidth")
            stuck = target.evaluate("""(root) => [...root.querySelectorAll(
                'button, select, input, .widget-toggle-buttons')].filter((el) => {
                  const box = el.getBoundingClientRect();
                  return box.width > 0 && box.right > document.documentElement.clientWidth + 1;
                }).map((el) => el.outerHTML.slice(0, 80))""")
            assert stuck == [], f"{name} at {width} px: {stuck}"
        page.screenshot(path=str(_screenshot_dir() / "phone_width_map_builder.png"))
    except Exception:
        page.screenshot(path=str(_screenshot_dir() / "FAILED_phone_width.png"))
        raise
    finally:
        page.close()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_partner_workbook_in_jupyterlab(lab: tuple[str, str, Path], browser: object,
                                        lang: str) -> None:
    from playwright.sync_api import expect

    url, token, _ = lab
    want = PARTNER_EXPECT[lang]
    with _page(browser, f"partner_classification_{lang}") as page:
        _open_and_run_all(page, url, token, PARTNERS, lang)
        # Learn: the role cards and the question table render.
        expect(page.locator(".netlab-role")).to_have_count(4, timeout=90_000)
        expect(page.locator("table.netlab-partner-questions")).to_be_visible()
        # Explore: the partner explorer with its AIIM chart (inline SVG with drawn marks).
        explorer = page.locator(".netlab-explorer")
        expect(explorer).to_be_visible(timeout=90_000)
        chart = explorer.locator(".netlab-chart svg")
        expect(chart).to_be_visible()
        assert chart.locator("path, circle").count() > 20
        # Run All stops at the first unanswered exercise, as expected; the AIIM chart and the
        # worked outcome-challenge review above it rendered.
        _ran_to_the_end(page)
        audit_both_themes(page, page.url.rsplit("/", 1)[-1], _set_theme)
        assert page.locator(".netlab-figure svg[role=img]").count() >= 1
        expect(page.locator(".netlab-review").first).to_be_visible()

        # Load the SAO (W03): both roles; answer "no" to both strategic questions: boundary.
        result = explorer.locator(".netlab-result")
        select = explorer.locator("select").first
        option = select.locator("option", has_text="W03")
        select.select_option(value=option.get_attribute("value"))
        expect(result).to_contain_text(want["both"])
        expect(result).to_contain_text(want["quadrant"])
        for key in ("provides_resources", "co_implements"):
            explorer.locator(f".netlab-q-{key} button").filter(
                has_text=want["no"]).first.click()
        expect(result).not_to_contain_text(want["both"])
        expect(result.locator("b").first).to_have_text(want["boundary"])

        _thai_renders(page, result, chart.locator("text").first)
        explorer.scroll_into_view_if_needed()


STEPS = "03_network_steps"
HEALTH = "04_network_health"
# Words the steps and health workbooks must show, per language (from the catalogue).
STEPS_EXPECT = {"th": {"step4": "ขั้นที่ 4", "step1": "ขั้นที่ 1", "slider": "เลื่อนดูเหตุการณ์:"},
                "en": {"step4": "step 4", "step1": "step 1",
                       "slider": "Move through the events:"}}
HEALTH_EXPECT = {"th": {"weakest": "องค์ประกอบที่อ่อนที่สุด", "skipped": "ข้ามแถวนี้"},
                 "en": {"weakest": "Weakest component", "skipped": "Skipped this row"}}


def _code_of(sorter: Any) -> str:
    return str(sorter.locator("pre.netlab-code").inner_text())


@pytest.mark.parametrize("lang", ["th", "en"])
def test_steps_workbook_in_jupyterlab(lab: tuple[str, str, Path], browser: object,
                                      lang: str) -> None:
    from playwright.sync_api import expect

    url, token, _ = lab
    want = STEPS_EXPECT[lang]
    with _page(browser, f"network_steps_{lang}") as page:
        _open_and_run_all(page, url, token, STEPS, lang)
        expect(page.locator(".netlab-step")).to_have_count(4, timeout=90_000)
        expect(page.locator(".netlab-phase")).to_have_count(4)
        expect(page.locator("table.netlab-indicators")).to_be_visible()

        # The timeline explorer: chart, diagnosis, events; the slider moves it to the start.
        timeline = page.locator(".netlab-timeline")
        expect(timeline).to_be_visible(timeout=90_000)
        assert timeline.locator(".netlab-chart svg circle, .netlab-chart svg path").count() > 10
        result = timeline.locator(".netlab-result")
        expect(result).to_contain_text(want["step4"])
        expect(timeline.locator(".netlab-event")).to_have_count(10)
        # Keyboard only: the slider is named by its label and says the event, not an index.
        slider = timeline.get_by_role("slider", name=want["slider"])
        expect(slider).to_have_attribute("aria-valuetext", re.compile(r"E10$"))
        slider.focus()
        page.keyboard.press("Home")
        expect(result).to_contain_text(want["step1"])
        expect(timeline.locator(".netlab-event")).to_have_count(1)
        expect(slider).to_have_attribute("aria-valuetext", re.compile(r"E01$"))
        page.keyboard.press("ArrowRight")
        expect(slider).to_have_attribute("aria-valuetext", re.compile(r"E02$"))
        expect(timeline.locator(".netlab-event")).to_have_count(2)

        # Run All stops at the first unanswered exercise, after both sorters have rendered.
        _ran_to_the_end(page)
        audit_both_themes(page, page.url.rsplit("/", 1)[-1], _set_theme)
        sorters = page.locator(".netlab-sorter")
        expect(sorters).to_have_count(2)
        practice, graded = sorters.nth(0), sorters.nth(1)
        assert graded.locator(".netlab-sort-card").count() == 8

        # Keyboard: focus a card, press 1 -> step 1; the code shown follows.
        card = graded.locator('.netlab-sort-card[data-id="T05"]')
        card.focus()
        card.press("1")
        expect(graded.locator(".netlab-sort-column").first.locator(
            '[data-id="T05"]')).to_be_visible()
        expect(graded.locator("pre.netlab-code")).to_contain_text('"T05": "awareness"')
        # Dropdown fallback.
        graded.locator('.netlab-sort-card[data-id="T04"] select').select_option("alliance")
        expect(graded.locator("pre.netlab-code")).to_contain_text('"T04": "alliance"')
        # Drag and drop into the third column.
        graded.locator('.netlab-sort-card[data-id="T01"]').drag_to(
            graded.locator(".netlab-sort-column").nth(2))
        expect(graded.locator("pre.netlab-code")).to_contain_text('"T01": "relationship"')
        # Put one back with 0.
        card = graded.locator('.netlab-sort-card[data-id="T05"]')
        card.focus()
        card.press("0")
        expect(graded.locator("pre.netlab-code")).to_contain_text('"T05": None')
        assert '"T05": "awareness"' not in _code_of(graded)
        _sorter_by_keyboard(page, graded, lang)

        # The practice sorter marks a placed card right (A01 is a step-1 activity).
        first = practice.locator('.netlab-sort-card[data-id="A01"]')
        first.focus()
        first.press("1")
        expect(practice.locator('.netlab-sort-card.netlab-ok[data-id="A01"]')).to_be_visible()
        first = practice.locator('.netlab-sort-card[data-id="A01"]')
        first.focus()
        first.press("4")
        expect(practice.locator('.netlab-sort-card.netlab-wrong[data-id="A01"]')).to_be_visible()

        _thai_renders(page, graded.locator(".netlab-sort-card").first,
                      timeline.locator(".netlab-chart svg text").first)
        graded.scroll_into_view_if_needed()

        # In JupyterLab's dark theme a card's text stays readable (it was white on white).
        if lang == "en":
            _set_theme(page, "JupyterLab Dark")
            try:
                card = graded.locator(".netlab-sort-card").first
                ratio = page.evaluate(_TEXT_CONTRAST, card.element_handle())
                assert ratio >= 4.5, f"card text contrast {ratio:.2f}:1 in the dark theme"
            finally:
                _set_theme(page, "JupyterLab Light")


# What a screen reader is told by the sorter, per language (from the catalogue).
SORTER_SAYS = {
    "th": {"moved": "การ์ด {id} ย้ายไปขั้นที่ {n}", "back": "การ์ด {id} กลับไป",
           "where": "อยู่ในขั้นที่ {n}", "name": "จัดกิจกรรมเข้าสี่ขั้น"},
    "en": {"moved": "Card {id} moved to step {n}", "back": "Card {id} is back",
           "where": "in step {n}", "name": "Sort the activities"},
}


def _explorer_by_keyboard(page: Any, explorer: Any) -> None:
    """Two questions answered with the keyboard alone; a screen reader hears each question (the
    group's name) and which answer is chosen (aria-pressed), never only a shade."""
    from playwright.sync_api import expect

    for question, key in (("S2", "Enter"), ("K1", " ")):
        group = explorer.get_by_role("group", name=re.compile(f"^{question} "))
        expect(group.get_by_role("button", pressed=True)).to_have_count(1)
        before = group.get_by_role("button", pressed=True).inner_text()
        label = group.get_by_role("button", pressed=False).first.inner_text()
        choice = group.get_by_role("button", name=label, exact=True)
        choice.focus()
        cell = _active_cell(page)
        page.keyboard.press(key)
        expect(choice).to_have_attribute("aria-pressed", "true")
        expect(group.get_by_role("button", pressed=True)).to_have_count(1)
        assert group.get_by_role("button", pressed=True).inner_text() != before
        assert _active_cell(page) == cell
    expect(explorer.locator(".netlab-code")).to_contain_text('"S2"')


def _active_cell(page: Any) -> int:
    return int(page.evaluate("""() => Array.from(document.querySelectorAll(
        '.jp-Notebook .jp-Cell')).findIndex((c) => c.classList.contains('jp-mod-active'))"""))


def _sorter_by_keyboard(page: Any, sorter: Any, lang: str) -> None:
    """Keyboard only, as a screen-reader user works: three cards placed, each move announced in
    the live region, every card and list named, and no key leaking to JupyterLab (an arrow key
    used to move to another cell)."""
    from playwright.sync_api import expect

    says = SORTER_SAYS[lang]
    live = sorter.locator("xpath=..").locator(".netlab-sort-live")
    expect(live).to_have_attribute("role", "status")
    group = sorter.page.get_by_role("group", name=re.compile(says["name"])).last
    expect(group).to_have_count(1)
    expect(sorter.get_by_role("list")).to_have_count(5)  # the pile and the four steps

    def focused() -> str:
        return str(page.evaluate("() => document.activeElement.dataset.id || "
                                 "document.activeElement.tagName"))

    sorter.locator('.netlab-sort-card[data-id="T02"]').focus()
    cell = _active_cell(page)
    for n in (1, 2):  # Right arrow: one step on, twice
        page.keyboard.press("ArrowRight")
        expect(live).to_have_text(re.compile(says["moved"].format(id="T02", n=n)))
    card = sorter.locator('.netlab-sort-card[data-id="T02"]')
    expect(card).to_have_attribute("aria-label", re.compile(says["where"].format(n=2)))
    expect(sorter.get_by_role("listitem", name=re.compile("^T02"))).to_have_count(1)
    assert focused() == "T02"
    page.keyboard.press("ArrowDown")  # to another card, inside the sorter
    page.keyboard.press("3")
    moved = focused()
    assert moved.startswith("T") and moved != "T02", moved
    expect(live).to_have_text(re.compile(says["moved"].format(id=moved, n=3)))
    page.keyboard.press("Home")  # the first card of the pile
    page.keyboard.press("4")
    last = focused()
    assert last not in ("T02", moved), last
    expect(live).to_have_text(re.compile(says["moved"].format(id=last, n=4)))
    page.keyboard.press("ArrowLeft")
    expect(live).to_have_text(re.compile(says["moved"].format(id=last, n=3)))
    for _ in range(3):
        page.keyboard.press("ArrowLeft")
    expect(live).to_have_text(re.compile(says["back"].format(id=last)))
    page.keyboard.press("4")
    # Enter opens the card's list of steps; Escape comes back to the card.
    page.keyboard.press("Enter")
    assert focused() == "SELECT"
    page.keyboard.press("Escape")
    assert focused() == last
    assert _active_cell(page) == cell, "a key reached JupyterLab and moved to another cell"
    for ident, n in (("T02", 2), (moved, 3), (last, 4)):
        expect(sorter.locator("pre.netlab-code")).to_contain_text(f'"{ident}": ')
        expect(sorter.get_by_role("list").nth(n).get_by_role(
            "listitem", name=re.compile(f"^{ident}"))).to_have_count(1)
    # Escape on a card leaves the sorter; JupyterLab's keys work again.
    page.keyboard.press("Escape")
    assert not page.evaluate("() => !!document.activeElement.closest('.netlab-sorter')")


def _data_table_on_request(figure: Any) -> None:
    """A chart's data table is folded under its figure and opens on request (keyboard)."""
    from playwright.sync_api import expect

    table = figure.locator("figcaption table")
    expect(table).to_be_hidden()
    figure.locator("summary").focus()
    figure.page.keyboard.press("Enter")
    expect(table).to_be_visible()
    assert table.locator("tbody tr").count() >= 1


def _set_theme(page: Any, theme: str) -> None:
    """Switch JupyterLab's theme from its Settings menu and wait until it applies."""
    from playwright.sync_api import expect

    page.keyboard.press("Control+Shift+C")  # the command palette
    palette = page.locator(".lm-CommandPalette-input")
    palette.fill(f"Use Theme: {theme}")
    page.locator(".lm-CommandPalette-item").filter(has_text=f"Use Theme: {theme}").first.click()
    light = "true" if "Light" in theme else "false"
    expect(page.locator(f'body[data-jp-theme-light="{light}"]')).to_have_count(1,
                                                                            timeout=30_000)


# The WCAG contrast of an element's text colour against its own background colour.
_TEXT_CONTRAST = r"""(el) => {
  const lum = (c) => {
    const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3)
      .map((v) => { v = v / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(el);
  const [x, y] = [lum(style.color), lum(style.backgroundColor)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}"""


@pytest.mark.parametrize("lang", ["th", "en"])
def test_health_workbook_in_jupyterlab(lab: tuple[str, str, Path], browser: object,
                                       lang: str) -> None:
    from playwright.sync_api import expect

    url, token, _ = lab
    want = HEALTH_EXPECT[lang]
    with _page(browser, f"network_health_{lang}") as page:
        _open_and_run_all(page, url, token, HEALTH, lang)
        expect(page.locator(".netlab-component")).to_have_count(7, timeout=90_000)
        outputs = page.locator(".jp-OutputArea-output")
        expect(outputs.filter(has_text=want["skipped"]).first).to_be_visible(timeout=90_000)
        expect(outputs.filter(has_text=want["weakest"]).first).to_be_visible()
        # The profile chart rendered as SVG, with Thai labels drawn in a Thai font.
        _ran_to_the_end(page)
        audit_both_themes(page, page.url.rsplit("/", 1)[-1], _set_theme)
        # The profile chart: an SVG figure named by what it shows, with its data on request.
        chart = page.locator(".netlab-figure svg[role=img]").first
        expect(chart).to_be_visible()
        assert chart.evaluate("svg => svg.width.baseVal.value") > 300
        assert len(chart.get_attribute("aria-label") or "") > 20
        _data_table_on_request(page.locator(".netlab-figure").first)
        _thai_renders(page, page.locator(".netlab-component").first)
        chart.scroll_into_view_if_needed()


FOUNDATIONS = "05_network_foundations"
MAPPING = "06_social_mapping"
MAPPING_EXPECT = {
    "th": {"saved": "บันทึกแล้ว: ภาคี 2 ราย เส้นโยง 0 เส้น",
           "self_loop": "โยงหาตัวเอง", "tie_saved": "เส้นโยง 1 เส้น",
           "add_actor": "เพิ่ม/แก้ภาคี", "add_tie": "เพิ่มเส้นโยง"},
    "en": {"saved": "Saved: 2 actors, 0 ties", "self_loop": "tied to itself",
           "tie_saved": "1 tie", "add_actor": "Add / update actor", "add_tie": "Add tie"},
}


@pytest.mark.parametrize("lang", ["th", "en"])
def test_foundations_workbook_in_jupyterlab(lab: tuple[str, str, Path], browser: object,
                                            lang: str) -> None:
    from playwright.sync_api import expect

    url, token, _ = lab
    with _page(browser, f"network_foundations_{lang}") as page:
        _open_and_run_all(page, url, token, FOUNDATIONS, lang)
        # 3 origins, 2 orientations + 3 tie kinds, 3 member links; 7 checklists; 8 cases
        expect(page.locator(".netlab-concept")).to_have_count(11, timeout=90_000)
        expect(page.locator(".netlab-checklist")).to_have_count(7)
        _ran_to_the_end(page)
        audit_both_themes(page, page.url.rsplit("/", 1)[-1], _set_theme)
        # the 8 example networks, then (Run All goes to the end) the 8 obstacle cases
        expect(page.locator(".netlab-case")).to_have_count(16)
        _thai_renders(page, page.locator(".netlab-concept").first,
                      page.locator(".netlab-case").first)
        page.locator(".netlab-case").first.scroll_into_view_if_needed()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_social_mapping_workbook_and_map_builder_in_jupyterlab(
        lab: tuple[str, str, Path], browser: object, lang: str) -> None:
    from playwright.sync_api import expect

    url, token, root = lab
    want = MAPPING_EXPECT[lang]
    for old in root.glob("my_network_*.csv"):
        old.unlink()
    with _page(browser, f"social_mapping_{lang}") as page:
        _open_and_run_all(page, url, token, MAPPING, lang)
        _ran_to_the_end(page)
        audit_both_themes(page, page.url.rsplit("/", 1)[-1], _set_theme)
        # Two map charts (by sector, by level) rendered offline as SVG figures.
        charts = page.locator(".netlab-figure svg[role=img]")
        expect(charts).to_have_count(2)
        for n in range(2):
            assert charts.nth(n).evaluate("svg => svg.width.baseVal.value") > 600
        # Run the map-builder cell of Exercise D on its own, then build a tiny map.
        cell = page.locator(".jp-CodeCell").filter(has_text='map_builder("my_network")')
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Shift+Enter")
        builder = page.locator(".netlab-map-builder")
        expect(builder).to_be_visible(timeout=60_000)
        texts = builder.locator("input[type=text]")
        for ident, name in (("V1", "อาสาสมัครหมู่บ้าน"), ("V2", "รพ.สต.")):
            texts.nth(0).fill(ident)
            texts.nth(1).fill(name)
            builder.get_by_role("button", name=want["add_actor"]).click()
            expect(builder.locator("table").first).to_contain_text(ident)
            # Saved: the form is empty again, ready for the next actor (a person sees it
            # clear before typing on).
            expect(texts.nth(0)).to_have_value("")
            expect(texts.nth(1)).to_have_value("")
        expect(builder).to_contain_text(want["saved"])
        actors = root / "my_network_actors.csv"
        assert "อาสาสมัครหมู่บ้าน" in actors.read_text(encoding="utf-8")
        # Both ends default to V1: refused in the language, nothing written.
        builder.get_by_role("button", name=want["add_tie"]).click()
        expect(builder).to_contain_text(want["self_loop"])
        ties = root / "my_network_ties.csv"
        assert ties.read_text(encoding="utf-8").strip().count("\n") == 0
        builder.locator("select").nth(3).select_option(label="V2")
        builder.get_by_role("button", name=want["add_tie"]).click()
        expect(builder).to_contain_text(want["tie_saved"])
        assert "V1,V2,information" in ties.read_text(encoding="utf-8")
        _thai_renders(page, builder.locator("table").first)
        # A fast typist: two more actors typed and saved in quick succession, without waiting
        # for the first save to show (the kernel is still drawing the map). ipywidgets sends a
        # field's changes apart from the click, and a plain Button's click could reach the
        # kernel first (a blank or stale id saved; a late clear wiping the next actor). Each
        # click carries what was on the screen; nothing typed is lost; the form clears after.
        for ident, name in (("V3", "ab"), ("V4", "cd")):
            texts.nth(0).fill(ident)
            texts.nth(1).fill(name)
            builder.get_by_role("button", name=want["add_actor"]).click()
        expect(builder.locator("table").first).to_contain_text("cd", timeout=30_000)
        expect(texts.nth(0)).to_have_value("")
        expect(texts.nth(1)).to_have_value("")
        rows = [row.split(",")[:2] for row in
                actors.read_text(encoding="utf-8").splitlines()[1:]]
        assert rows[2:] == [["V3", "ab"], ["V4", "cd"]], rows
        builder.scroll_into_view_if_needed()


def test_a_trainees_lab_shows_no_nbgrader_instructor_tool(lab: tuple[str, str, Path]) -> None:
    """`netlab lab-setup` (a trainee's, the default of `make install`): JupyterLab serves no
    Formgrader and lists nbgrader's instructor plugins as disabled; the Assignments list stays."""
    import urllib.error

    from netlab.lab_setup import INSTRUCTOR_ONLY

    url, token, _ = lab
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{url}/formgrader?token={token}", timeout=10)
    assert missing.value.code == 404
    with urllib.request.urlopen(f"{url}/lab?token={token}", timeout=10) as resp:
        page = resp.read().decode("utf-8")
    found = re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                      page, re.S)
    assert found, "no page config in /lab"
    disabled = json.loads(found.group(1))["disabledExtensions"]
    assert all(name in disabled for name in INSTRUCTOR_ONLY["lab"]), disabled
    assert "@jupyter/nbgrader:assignment-list" not in disabled
