"""The standalone pages a person reads outside JupyterLab, audited with axe-core in a real
browser (Debian's chromium): a trainee's feedback page (``netlab feedback``) and the class
report (``netlab report``), in both languages, on the class ``netlab grade`` graded."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from axe_audit import Known, audit
from graded_class import NAME
from test_browser import _page, browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]
__all__ = ["browser"]  # the fixture, shared with test_browser

#: The feedback page is nbgrader's feedback template (nbconvert's classic HTML export with
#: Bootstrap 3) with netlab's summary on top. The template's own colours fell under WCAG AA;
#: netlab.grading.feedback.READABLE mends them, so nothing of it is excused here.
NBCONVERT: Known = []


def _netlab(course: Path, env: dict[str, str], *args: str) -> None:
    run = subprocess.run(["netlab", *args], cwd=course, env=env, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr


def _language(course: Path) -> str:
    """The language the trainee "wrong" worked in (the feedback page says it on <html>)."""
    import nbformat

    book = nbformat.read(course / "autograded" / "wrong" / NAME / f"{NAME}.ipynb", 4)
    return str(book.metadata["netlab"]["lang"])


@pytest.mark.parametrize("lang", ["th", "en"])
def test_feedback_and_report_pages_pass_an_axe_audit(graded: tuple[Path, Path, str],
                                                     venv_env: dict[str, str], browser: object,
                                                     tmp_path: Path, lang: str) -> None:
    course, _, _ = graded
    _netlab(course, venv_env, "feedback", NAME, "--lang", lang)
    _netlab(course, venv_env, "report", NAME, "--lang", lang, "--out", str(tmp_path))
    feedback = course / "feedback" / "wrong" / NAME / f"{NAME}.html"
    with _page(browser, f"report_page_{lang}") as page:
        page.goto(feedback.as_uri())
        assert page.locator("html").get_attribute("lang") == _language(course)
        audit(page, f"feedback page ({lang})", whole=True, known=NBCONVERT)
        page.goto((tmp_path / "report.html").as_uri())
        assert page.locator("main").count() == 1
        audit(page, f"class report ({lang})", whole=True, known={})
