"""The start-here workbook in a real browser (JupyterLab, Debian's chromium, Playwright): the
course map and the progress dashboard render, and the practice check's hints get stronger
check by check, in each language, with the progress file counting the checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from axe_audit import audit_both_themes
from test_browser import _open_and_run_all, _page, _set_theme, _thai_renders, browser, lab

import netlab

pytestmark = [pytest.mark.browser, pytest.mark.slow]
__all__ = ["browser", "lab"]  # the fixtures, shared with test_browser

NAME = "00_start_here"


def _set_answer(page: object, cell: object, text: str) -> None:
    """Replace a code cell's text as a trainee would: click, select all, paste."""
    cell.locator(".cm-content").click()  # type: ignore[attr-defined]
    page.keyboard.press("Control+A")  # type: ignore[attr-defined]
    page.keyboard.insert_text(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_start_workbook_in_jupyterlab(lab: tuple[str, str, Path], browser: object,
                                      lang: str) -> None:
    from playwright.sync_api import expect

    url, token, root = lab
    (root / "netlab-progress.json").unlink(missing_ok=True)
    with netlab.language(lang):
        nudge = netlab.t("exercises.start.practice.nudge")
        hint = netlab.t("exercises.start.practice.P1.hint")
        first_workbook = netlab.t("syllabus.01_problem_typing.title")
    with _page(browser, f"start_here_{lang}") as page:
        _open_and_run_all(page, url, token, NAME, lang)
        course_map = page.locator("table.netlab-course-map")
        expect(course_map).to_be_visible(timeout=90_000)
        expect(course_map.locator("tbody tr")).to_have_count(6)
        expect(course_map).to_contain_text(first_workbook)
        expect(page.locator(".netlab-progress")).to_be_visible(timeout=90_000)
        check_out = page.locator(".netlab-check").first
        expect(check_out).to_be_visible()
        audit_both_themes(page, f"{NAME}_{lang}", _set_theme)

        # A wrong letter: first a nudge for the exercise, then the item's own hint.
        answers = page.locator(".jp-CodeCell").filter(has_text="answers_start = {").first
        _set_answer(page, answers, 'answers_start = {"P1": "c", "P2": "b", "P3": "b"}')
        page.keyboard.press("Shift+Enter")  # runs the answers
        checker = page.locator(".jp-CodeCell").filter(has_text='check("start.practice"').first
        checker.locator(".cm-content").click()
        page.keyboard.press("Shift+Enter")
        expect(checker.locator(".netlab-check")).to_contain_text(nudge, timeout=60_000)
        expect(checker.locator(".netlab-check")).not_to_contain_text(hint)
        # Checked again without editing the answer: the hint, and the note that this is the
        # same answer as the last try (the answer cell was not run again), not a new try.
        checker.locator(".cm-content").click()
        page.keyboard.press("Shift+Enter")
        expect(checker.locator(".netlab-check")).to_contain_text(hint, timeout=60_000)
        expect(checker.locator(".netlab-check")).to_contain_text("Shift+Enter")
        if lang == "th":
            _thai_renders(page, checker.locator(".netlab-check"))
    record = json.loads((root / "netlab-progress.json").read_text(encoding="utf-8"))
    entry = record["exercises"]["start.practice"]
    # Run All checked the blank answer (a check, not a try), then a try that missed, then the
    # same answer again (a check, not a new try).
    assert entry["checks"] == 3 and entry["misses"] == 1 and not entry["passed"]
