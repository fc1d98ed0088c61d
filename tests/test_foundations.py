"""netlab.foundations, its views and datasets, and the exercises of workbook 05."""

from __future__ import annotations

import pytest

from netlab.check import check, grade
from netlab.datasets import load
from netlab.foundations import (
    BENEFITS,
    CONSIDERATIONS,
    ELEMENTS,
    LINK_PHILOSOPHY,
    ONLINE,
    TECHNIQUES,
    MemberLink,
    Orientation,
    Origin,
    TieKind,
    tie_kind,
)
from netlab.i18n import language
from netlab.views import (
    case_list,
    checklist_view,
    member_link_cards,
    orientation_cards,
    origin_cards,
)


@pytest.mark.parametrize(("enum", "value", "expected"), [
    (Origin, "เครือข่ายที่เกิดขึ้นเองตามธรรมชาติ", Origin.NATURAL),
    (Origin, "organized", Origin.ORGANISED),
    (Origin, "Evolutionary network", Origin.EVOLUTIONARY),
    (Orientation, "แนวราบ", Orientation.HORIZONTAL),
    (Orientation, "เครือข่ายแนวตั้ง", Orientation.VERTICAL),
    (MemberLink, "group-group", MemberLink.GROUP_GROUP),
])
def test_concepts_parse_thai_english_and_aliases(enum: type, value: str, expected: object) -> None:
    assert enum.parse(value) is expected


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_bad_concept_names_the_value_and_the_choices(lang: str) -> None:
    with language(lang), pytest.raises(ValueError) as info:
        Origin.parse("spontaneous")
    message = str(info.value)
    assert "'spontaneous'" in message and '"natural"' in message and '"evolutionary"' in message
    assert ("ที่มาของเครือข่าย" in message) == (lang == "th")


def test_tie_kinds_follow_level_then_sector() -> None:
    assert tie_kind("community", "health", "community", "health") is TieKind.BONDING
    assert tie_kind("community", "health", "community", "religious") is TieKind.BRIDGING
    assert tie_kind("community", "health", "district", "health") is TieKind.LINKING
    assert [k.orientation.value for k in TieKind] == ["horizontal", "horizontal", "vertical"]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_checklists_have_every_item_in_both_languages(lang: str) -> None:
    sizes = {LINK_PHILOSOPHY: 4, ELEMENTS: 4, TECHNIQUES: 4, BENEFITS: 3, CONSIDERATIONS: 5,
             ONLINE: 6}
    with language(lang):
        for checklist, size in sizes.items():
            assert len(checklist.items) == size and all(checklist.items)
            assert checklist.title
        assert "ให้" in TECHNIQUES.items[0]  # the Thai keyword stays in both languages


@pytest.mark.parametrize("lang", ["th", "en"])
def test_cards_and_lists_in_the_language(lang: str) -> None:
    with language(lang):
        origins = origin_cards()._repr_html_()
        orientations = repr(orientation_cards())
        links = member_link_cards()._repr_html_()
        lists = checklist_view(ELEMENTS, TECHNIQUES)
    assert origins.count("netlab-concept") == 3
    assert "Kilduff" in origins and ("ความหมาย" in origins) == (lang == "th")
    assert all(v in orientations for v in ("horizontal", "vertical", "bonding", "linking"))
    assert links.count("netlab-concept") == 3
    assert lists._repr_html_().count("<li>") == 8
    assert repr(lists).splitlines()[1].startswith("1. ")


def test_case_list_shows_text_only_datasets() -> None:
    with language("en"):
        view = case_list("obstacle_remedies")
    assert repr(view).splitlines()[0].startswith("K01 ")
    assert view._repr_html_().count("netlab-case") == 8


def test_network_examples_never_name_their_answer() -> None:
    examples = load("network_examples")
    assert list(examples["id"]) == [f"N0{n}" for n in range(1, 9)]
    giveaways = ("natural", "organised", "organized", "evolutionary", "horizontal", "vertical",
                 "ธรรมชาติ", "จัดตั้ง", "วิวัฒนาการ", "แนวนอน", "แนวราบ", "แนวตั้ง")
    for text in [*examples["text_en"], *examples["text_th"], *examples["title_en"],
                 *examples["title_th"]]:
        assert not any(word in text.casefold() for word in giveaways), text
    assert load("obstacle_remedies")["id"].tolist() == [f"K0{n}" for n in range(1, 9)]


ORIGINS = {"N01": "natural", "N02": "organised", "N03": "evolutionary", "N04": "natural",
           "N05": "organised", "N06": "evolutionary", "N07": "natural", "N08": "organised"}
REMEDIES = {"O1": "K04", "O2": "K06", "O3": "K05", "O4": "K01", "O5": "K08", "O6": "K02"}


def test_foundations_exercises_give_partial_credit() -> None:
    assert float(grade("foundations.a_origin", ORIGINS)) == 8
    thai = {k: Origin.parse(v).name_th for k, v in ORIGINS.items()}
    assert float(grade("foundations.a_origin", thai)) == 8
    assert float(grade("foundations.a_origin", ORIGINS | {"N06": "natural"})) == 7
    assert float(grade("foundations.b", REMEDIES)) == 6
    assert float(grade("foundations.b", REMEDIES | {"O3": "k3"})) == 5  # a distractor
    with language("en"):
        report = check("foundations.b", REMEDIES | {"O1": "K9"})
    assert "'K9' is not a remedy id" in str(report) and report.points == 5


MY_NETWORK = {
    "network": "Riverside waste banks",
    "origin": "evolutionary",
    "orientation": "horizontal",
    "evidence": "Two village banks began on their own after a flood; the sub-district office "
                "later invited four more villages and pays for a truck, but each bank decides.",
    "reflection": "x" * 320,
}


def test_the_own_network_reflection_checks_completeness_only() -> None:
    with language("en"):
        done = check("foundations.c", MY_NETWORK)
        assert done.points == 0 and "complete" in str(done).lower()
        assert "✓ origin: evolutionary network" in str(done)
        short = check("foundations.c", MY_NETWORK | {"reflection": "too short"})
        assert "reflection: 9 characters; write at least 300" in str(short)
        thai_origin = check("foundations.c", MY_NETWORK | {"origin": Origin.NATURAL.name_th})
        assert "✓ origin: natural network" in str(thai_origin)
        bad = check("foundations.c", MY_NETWORK | {"orientation": "diagonal"})
        assert "'diagonal'" in str(bad) and '"horizontal"' in str(bad)
        assert "got list" in str(check("foundations.c", [1, 2]))
    with language("th"):
        assert "'diagonal'" in str(check("foundations.c", MY_NETWORK | {"orientation": "diagonal"}))


def test_the_tie_explorer_agrees_with_the_map_on_every_wawee_tie() -> None:
    from netlab.mapping import wawee_map
    from netlab.widgets import tie_explorer

    explorer = tie_explorer()
    kinds = wawee_map().tie_kinds()["kind"].tolist()
    table = explorer._table
    assert len(table) == len(kinds) == 44
    for tie_id, expected in zip(table["id"], kinds, strict=True):
        explorer._picker.value = tie_id  # what a click on the list does
        assert explorer.result.value == expected, tie_id
        # the code it shows gives the same kind when run
        code = explorer._code.value.split("<pre>")[1].split("</pre>")[0].replace("&quot;", '"')
        assert eval(code, {"tie_kind": tie_kind}).value == expected
    with language("en"):
        counted = tie_explorer({"level_a": "district", "level_b": "district",
                                "same_sector": False})._chart.value
    assert f"out of {len(kinds)}" in counted and str(kinds.count("bridging")) in counted


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_tie_explorer_refuses_bad_answers_in_the_language(lang: str) -> None:
    from netlab.widgets import tie_explorer

    with language(lang), pytest.raises(ValueError) as err:
        tie_explorer({"level_a": "village", "level_b": "province", "same_sector": "yes"})
    text = str(err.value)
    assert "'village'" in text and "subdistrict" in text and "'yes'" in text
