"""The social-map chart: offline SVG in both languages, seeded, typed ties, towers and goals,
and a 2,000-actor map that is grouped or sampled and says so."""

from __future__ import annotations

import json
import unicodedata

import pytest

from netlab.charts import map_chart, to_svg
from netlab.i18n import language
from netlab.mapping import wawee_map
from netlab.mapping.drawing import drawing, short_label
from tests.test_mapping import big_map


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_teaching_map_renders_offline_with_labels_in_the_language(lang: str) -> None:
    with language(lang):
        svg = to_svg(map_chart(wawee_map(), size="influence", colour="level"))
    assert svg.startswith("<svg")
    expected = ("ตำบล", "ชนิดเส้นโยง", "สนับสนุน") if lang == "th" else (
        "sub-district", "tie type", "supports")
    for text in expected:
        assert text in svg, text


def test_the_layout_is_the_same_every_run_and_changes_with_the_seed() -> None:
    m = wawee_map()
    first = json.dumps(map_chart(m).to_dict(), sort_keys=True, default=str)
    again = json.dumps(map_chart(wawee_map()).to_dict(), sort_keys=True, default=str)
    assert first == again
    assert not drawing(m, seed=1).nodes[["x", "y"]].equals(drawing(m, seed=2).nodes[["x", "y"]])


def test_the_drawing_carries_types_directions_towers_and_goals() -> None:
    m = wawee_map()
    d = drawing(m, size="influence")
    assert d.note == "" and not d.grouped
    assert len(d.ties) == len(m.ties)
    assert int(d.ties["directed"].sum()) == int(m.ties["directed"].sum())
    assert set(d.ties["type"]) == set(m.ties["type"])
    nodes = d.nodes.set_index("id")
    assert nodes.loc["W15", "size"] == m.actors.loc["W15", "influence"]
    assert nodes.loc["W10", "goal"] == "opposes"  # alignment 2
    # two ties between one pair are drawn apart, not on top of each other
    m2 = m.with_tie("W01", "W02", "information")
    pair = drawing(m2).ties.query("(source == 'W01' and target == 'W02')")
    assert len(pair) == 2 and pair["x"].nunique() == 2
    # isolated actors sit in a row under the map
    assert nodes.loc["W14", "y"] == nodes.loc["W24", "y"] < nodes["y"].drop(["W14", "W24"]).min()


def test_thai_labels_are_never_cut_before_a_vowel_or_tone_mark() -> None:
    name = "องค์การบริหารส่วนตำบลวาวี"
    for limit in range(2, len(name)):
        cut = short_label(name, limit)
        kept = cut[:-1]
        assert len(cut) <= limit and cut.endswith("…") and name.startswith(kept)
        # the letter after the kept text is not a mark that belonged to the last kept letter
        assert unicodedata.category(name[len(kept)]) != "Mn", (limit, cut)


def test_a_2000_actor_map_is_grouped_by_the_colour_or_sampled_and_says_so() -> None:
    m, _ = big_map()
    with language("en"):
        grouped = drawing(m, colour="sector")
        sampled = drawing(m, colour=None, max_actors=150)
        spec = map_chart(m, colour="sector").to_dict()
    assert grouped.grouped and len(grouped.nodes) == 5
    assert grouped.nodes["size"].sum() == 2000
    assert "too many actors (2000)" in grouped.note and "sector" in grouped.note
    assert len(sampled.nodes) == 150 and "150 actors with the most ties out of 2000" in (
        sampled.note)
    assert spec["title"]["subtitle"] == [grouped.note]
    assert to_svg(map_chart(m, colour="sector")).startswith("<svg")


def test_a_map_without_ties_still_draws() -> None:
    import pandas as pd

    from netlab.mapping import SocialMap

    m = SocialMap(pd.DataFrame({"id": ["A", "B"], "name": ["Volunteers", None]}),
                  pd.DataFrame({"source": [], "target": []}))
    d = drawing(m, colour=None)
    assert d.ties.empty
    assert d.nodes["label"].tolist() == ["A Volunteers", "B"]  # a blank name: the id alone
    assert to_svg(map_chart(m, colour=None)).startswith("<svg")


def test_drawing_a_large_map_does_not_wait_for_betweenness() -> None:
    from netlab.mapping import SocialMap

    m, _ = big_map()
    fresh = SocialMap(m.actors.reset_index(), m.ties.drop(columns="row"))
    drawing(fresh, colour=None)
    drawing(fresh, colour="sector")
    assert set(fresh._measured) == {"degree"}  # only what the drawing needed


def _answers_read_from(reader: object) -> dict[str, object]:
    """What a trainee who does not program reads off the map reader, step by step."""
    import re

    def first_row(measure: str) -> str:
        reader.rank_by.value = measure
        return re.search(r"<tr><td>1</td><td>(W\d+)</td>", reader._ranking.value).group(1)

    reader.rank_by.value = "degree"
    isolates = set(re.findall(r"<td>(W\d+)</td><td>[^<]*</td><td>0</td></tr>",
                              reader._ranking.value))
    before = reader.pieces()
    cutpoints = set()
    for actor in reader.map.actors.index:
        reader.take_out.value = actor
        shown = int(re.search(r": (\d+) \(", reader._split.value).group(1))
        if shown > before:
            cutpoints.add(actor)
    reader.pairs.value = "across"
    across = int(re.search(r": (\d+)</p>", reader._pair_table.value).group(1))
    reader.pairs.value = "same"
    same = int(re.search(r": (\d+)</p>", reader._pair_table.value).group(1))
    return {"a_hub": first_row("degree"), "a_broker": first_row("betweenness"),
            "a_cutpoints": cutpoints, "a_isolates": isolates, "b_vertical": across,
            "b_ei": round((across - same) / (across + same), 2)}


def test_the_map_reader_leads_a_non_programmer_to_full_points_on_a_and_b() -> None:
    # the no-code path of workbook 06: values read off the widget earn every point the
    # pandas path earns (the same answer cells, the same checks)
    from netlab.check import grade
    from netlab.widgets import map_reader

    m = wawee_map()
    with language("en"):
        read = _answers_read_from(map_reader(m))
    assert read["a_cutpoints"] == m.cutpoints() and read["a_isolates"] == set(m.isolates())
    for exercise, points in (("a_hub", 1), ("a_broker", 1), ("a_cutpoints", 3),
                             ("a_isolates", 2), ("b_vertical", 1), ("b_ei", 1)):
        assert float(grade(f"mapping.{exercise}", read[exercise])) == points, exercise


def test_the_map_reader_never_shows_an_answer_column() -> None:
    from netlab.widgets import map_reader

    reader = map_reader(wawee_map())
    assert "cutpoint" not in [value for _, value in reader.rank_by.options]
    for measure in [value for _, value in reader.rank_by.options]:
        reader.rank_by.value = measure
        assert "cutpoint" not in reader._ranking.value.lower()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_map_reader_names_a_bad_actor_or_filter(lang: str) -> None:
    from netlab.widgets import map_reader

    reader = map_reader(wawee_map())
    with language(lang):
        with pytest.raises(ValueError, match="'W99'") as err:
            reader.pieces("W99")
        assert "W05" in str(err.value)
        with pytest.raises(ValueError, match="'diagonal'"):
            reader.pair_rows("diagonal")
