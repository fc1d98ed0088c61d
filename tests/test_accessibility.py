"""What a screen reader needs from netlab's outputs, in both languages: every HTML output
says its language (``lang``), so Thai is read with a Thai voice; the class report is a page
with a language and a main region. (Issue 19 builds on this with an axe-core audit.)"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pandas as pd
import pytest

import netlab
from netlab.check import report
from netlab.grading.feedback import offline
from netlab.grading.pages import page
from netlab.i18n import language
from netlab.partners import review_outcome
from netlab.tracking.dashboard import progress
from netlab.tracking.recap import recap

ROOT_LANG = re.compile(r'^<(\w+)[^>]*\blang="(\w+)"')


def _outputs() -> list[tuple[str, object]]:
    board = Path(tempfile.mkdtemp()) / "p.json"
    return [
        ("check report", report("problem_typing.a", {"C01": "simple"})),
        ("progress", progress(board)),
        ("recap", recap("01_problem_typing", board)),
        ("view", netlab.views.type_cards()),
        ("course map", netlab.views.course_map()),
        ("folded", netlab.views.folded(pd.DataFrame({"a": [1]}))),
        ("outcome review", review_outcome({"partner": "W01", "challenge": "x"})),
    ]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_html_output_says_its_language(lang: str) -> None:
    with language(lang):
        for name, output in _outputs():
            markup = output._repr_html_()  # type: ignore[attr-defined]
            found = ROOT_LANG.match(markup)
            assert found and found.group(2) == lang, (name, markup[:120])


@pytest.mark.parametrize("lang", ["th", "en"])
def test_pages_have_a_language_and_a_main_region(lang: str) -> None:
    with language(lang):
        whole = page("Report", [("Scores", "<p>x</p>")])
    assert f'<html lang="{lang}">' in whole and whole.index("<main>") < whole.index("Scores")
    assert offline('<!DOCTYPE html>\n<html><body>ก</body></html>', lang).count(
        f'<html lang="{lang}">') == 1
