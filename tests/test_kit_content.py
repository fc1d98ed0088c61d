"""The workshop kit's content without a browser: the session plan adds up to the course map,
the handouts ask the domain's own questions in both languages, the guide cells are in every
source and never reach a trainee, and the kit refuses folders it must not write into."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path

import nbformat
import pytest

from netlab.course_layout import course_root, sources, workbooks_dir
from netlab.health.components import Component
from netlab.i18n import LANGUAGES, language, t
from netlab.kit import HANDOUTS, KitError, build_kit
from netlab.kit.agenda import DAYS, notebook_minutes
from netlab.kit.guide import GUIDE_PARTS, facilitator_guide
from netlab.kit.plan import session_plan
from netlab.kit.slides import slide_notebook, slides
from netlab.kit.sources import GUIDE_TAG, cells_in, guide_part, headings, read_source
from netlab.partners.questions import PARTNER_QUESTIONS
from netlab.problems.questions import QUESTIONS
from netlab.release import is_instructor_only, student_version
from netlab.syllabus import WORKBOOKS

REPO = Path(__file__).resolve().parents[1]
THAI = re.compile("[\u0e00-\u0e7f]")


def test_the_plan_gives_each_workbook_its_minutes_from_the_course_map() -> None:
    assert notebook_minutes() == {wb.name: wb.minutes for wb in WORKBOOKS}


def test_each_day_is_contiguous_and_ends_in_the_afternoon() -> None:
    for day in DAYS:
        times = list(day.timed())
        assert times[0][0] == "08:30"
        assert all(end == nxt for (_, end, _), (nxt, _, _) in pairwise(times))
        assert times[-1][1] <= "17:00", (day.number, times[-1][1])
        assert any(s.key == "lunch" for s in day.sessions)


def test_every_session_has_its_texts_and_real_handouts() -> None:
    names = {h.name for h in HANDOUTS}
    for day in DAYS:
        for session in day.sessions:
            for lang in LANGUAGES:
                assert t(f"kit.plan.{session.key}.title", lang)
                if not session.pause:
                    assert t(f"kit.plan.{session.key}.activity", lang)
            assert set(session.handouts) <= names, session.key
            assert set(session.notebook) <= {wb.name for wb in WORKBOOKS}


def test_every_handout_is_used_by_a_session() -> None:
    used = {h for day in DAYS for s in day.sessions for h in s.handouts}
    assert used == {h.name for h in HANDOUTS}


def test_the_plan_lists_the_sources_sections() -> None:
    sections = {"06_social_mapping": headings(read_source("06_social_mapping"), "en",
                                              learn_only=True)}
    html = session_plan("en", sections)
    assert "Why make a social map?" in html and "Cutpoints, bridges and isolates" in html
    assert html.count('class="day page"') == len(DAYS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_handouts_ask_the_domains_questions(lang: str) -> None:
    pages = {h.name: h.render(lang) for h in HANDOUTS}
    for q in QUESTIONS.values():
        assert q.id in pages["problem_card"]
        assert t(f"problems.q.{q.id}.text", lang).replace('"', "&quot;") in pages["problem_card"]
    for q in PARTNER_QUESTIONS.values():
        assert q.key in pages["bp_sp_table"]
    assert pages["bp_sp_table"].count('class="form-row"') == 5  # the seed's five rows
    assert pages["health_form"].count('class="component"') == len(Component)
    for html in pages.values():
        assert f'<html lang="{lang}">' in html
        assert not re.search(r'(?:src|href)="https?://', html)
        if lang == "th":
            assert THAI.search(re.sub(r"<[^>]+>", "", html))


def test_the_rule_on_the_bp_sp_table_is_numbered_from_the_questions() -> None:
    html = HANDOUTS[1].render("en")
    assert "if Q1 is no" in html and "every one of Q2, Q3, Q6 is yes" in html
    assert "any of Q4, Q5 is yes" in html


def _guide_cells(nb) -> list:
    return [c for c in nb.cells if GUIDE_TAG in c.metadata.get("tags", [])]


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.stem)
def test_every_source_holds_the_guide_in_both_languages(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    cells = _guide_cells(nb)
    for cell in cells:
        assert is_instructor_only(cell), "a guide cell must be instructor-only"
        assert guide_part(cell) in GUIDE_PARTS, guide_part(cell)
    for lang in LANGUAGES:
        tagged = [guide_part(c) for c in cells if f"lang-{lang}" in c.metadata["tags"]]
        assert len(tagged) == len(set(tagged)), f"a part twice in {lang}: {tagged}"
        # discussion questions may be the workbook's own "### Discuss" cells
        discuss = [c for c in cells_in(nb, lang) if re.match(r"###\s+(Discuss|ชวนคุย)", c.source)]
        assert set(tagged) | ({"discuss"} if discuss else set()) == set(GUIDE_PARTS), (
            lang, set(GUIDE_PARTS) - set(tagged))


_ROW = re.compile(r"^\|\s*(.+?)\s*\|\s*(\d+)\s*\|\s*$", re.MULTILINE)


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.stem)
def test_each_guides_timing_covers_the_workbooks_sections_and_minutes(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    minutes = next(wb.minutes for wb in WORKBOOKS if wb.name == path.stem)
    for lang in LANGUAGES:
        timing = [c for c in _guide_cells(nb) if guide_part(c) == "timing"
                  and f"lang-{lang}" in c.metadata["tags"]]
        rows = _ROW.findall(timing[0].source)
        assert sum(int(m) for _, m in rows) == minutes, (lang, rows)
        sections = [m.group(1) for c in cells_in(nb, lang) if c.cell_type == "markdown"
                    for m in re.finditer(r"^#{2,3}\s+(.+?)\s*$", c.source, re.MULTILINE)]
        assert [name for name, _ in rows] == [h for h in sections if h in dict(rows)]
        assert {name for name, _ in rows} <= set(sections), set(dict(rows)) - set(sections)


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.stem)
def test_no_guide_text_reaches_a_trainee(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    guide = [c.source for c in _guide_cells(nb)]
    for lang in LANGUAGES:
        released = json.dumps(nbformat.writes(student_version(nb, lang)), ensure_ascii=False)
        committed = (workbooks_dir() / lang / f"{path.stem}.ipynb").read_text(encoding="utf-8")
        for text in guide:
            line = text.splitlines()[2] if len(text.splitlines()) > 2 else text
            assert line not in released and json.dumps(line)[1:-1] not in committed
        assert f'"{GUIDE_TAG}"' not in committed


def test_the_guide_holds_keys_rubrics_solutions_and_its_place_in_the_plan() -> None:
    name = "02_partner_classification"
    html = facilitator_guide(name, read_source(name), "en")
    assert "Rubric for Exercise C" in html and "Key to Exercise A" in html
    assert "Model answer in cell b_corner" in html and "BEGIN SOLUTION" not in html
    start, end = next((s, e) for s, e, session in DAYS[0].timed() if session.key == "partners")
    assert f"Day 1, {start}–{end}, Understanding partners (notebook: 90 min)" in html
    assert "Worked answer, the reasoning" in html
    thai = facilitator_guide(name, read_source(name), "th")
    assert "เกณฑ์ให้คะแนนแบบฝึกหัด C" in thai and "Rubric for Exercise C" not in thai


def test_slides_hold_the_learning_part_and_nothing_for_instructors() -> None:
    for wb in WORKBOOKS:
        nb = read_source(wb.name)
        for lang in LANGUAGES:
            deck = slide_notebook(nb, lang)
            text = "\n".join(c.source for c in deck.cells)
            assert all(c.cell_type == "markdown" for c in deck.cells)
            assert not any(is_instructor_only(c) for c in deck.cells)
            assert "BEGIN SOLUTION" not in text and "grade(" not in text.replace("`grade(", "")
            for heading in headings(nb, lang, learn_only=True):
                assert heading in text
    html = slides(read_source("03_network_steps"), "en")
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert '<html lang="en">' in html


def test_the_kit_refuses_a_folder_trainees_receive(tmp_path: Path) -> None:
    for folder in (workbooks_dir() / "th" / "kit", course_root() / "release" / "kit"):
        with pytest.raises(KitError, match="คู่มือวิทยากรมีเฉลย"):  # Thai by default
            build_kit(folder, langs=("en",), pdf=False)
        with language("en"), pytest.raises(KitError, match="guides hold the answer keys"):
            build_kit(folder, langs=("en",), pdf=False)
        assert not folder.exists()


def test_the_kit_never_overwrites_a_folder_of_other_files(tmp_path: Path) -> None:
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "th").mkdir()
    (mine / "th" / "my_plan.docx").write_text("the facilitator's own file", encoding="utf-8")
    with pytest.raises(KitError) as err:
        build_kit(mine, langs=("th",), pdf=False)
    assert str(mine) in str(err.value)
    assert (mine / "th" / "my_plan.docx").read_text(encoding="utf-8") == \
        "the facilitator's own file"


def test_a_missing_reveal_is_named_with_the_fix(tmp_path: Path) -> None:
    with pytest.raises(KitError, match="make kit") as err:
        build_kit(tmp_path / "kit", langs=("en",), node_modules=tmp_path / "none", pdf=False)
    assert str(tmp_path / "none") in str(err.value)


def test_the_makefile_installs_the_reveal_and_require_the_slides_name() -> None:
    from netlab.kit.slides import REQUIRE_VERSION, REVEAL_VERSION

    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert f"REVEAL_VERSION  := {REVEAL_VERSION}\n" in makefile
    assert f"REQUIRE_VERSION := {REQUIRE_VERSION}\n" in makefile
