"""The hand-built map: MapDraft saves after every change and never loses or overwrites work;
the MapBuilder form drives it; SocialMap.from_files reads it back; the workbook 06 checks."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from netlab.check import check, grade
from netlab.i18n import language
from netlab.mapping import SocialMap
from netlab.mapping.draft import MapDraft
from netlab.mapping.files import map_paths
from netlab.ui.mapping_builder import MapBuilder


def _two_actor_draft(folder: Path) -> MapDraft:
    draft = MapDraft("mine", folder)
    draft.set_actor("A", name="อาสาสมัคร", level="community", influence=2, goal="+")
    draft.set_actor("B", name="รพ.สต.", level="subdistrict", influence=4, goal="supports")
    draft.add_tie("A", "B", "information", 2)
    return draft


def test_every_change_is_saved_and_read_back(tmp_path: Path) -> None:
    draft = _two_actor_draft(tmp_path)
    actors, ties = map_paths("mine", tmp_path)
    saved = pd.read_csv(actors)
    assert saved["id"].tolist() == ["A", "B"] and saved["goal"].tolist() == ["supports"] * 2
    assert pd.read_csv(ties).iloc[0][["source", "target", "type"]].tolist() == [
        "A", "B", "information"]
    draft.set_actor("A", influence=3)  # editing keeps the other fields
    again = SocialMap.from_files("mine", tmp_path)
    assert again.actors.loc["A", "influence"] == 3 and again.actors.loc["A", "name"] == "อาสาสมัคร"
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file, then moved


def test_reopening_resumes_the_saved_map(tmp_path: Path) -> None:
    _two_actor_draft(tmp_path)
    resumed = MapDraft("mine", tmp_path)
    assert resumed.loaded and len(resumed.actors) == 2 and len(resumed.ties) == 1
    resumed.add_tie("B", "A", "money", 1, True)
    assert len(SocialMap.from_files("mine", tmp_path).ties) == 2


def test_a_file_changed_elsewhere_is_not_overwritten(tmp_path: Path) -> None:
    draft = _two_actor_draft(tmp_path)
    actors = map_paths("mine", tmp_path)[0]
    edited = actors.read_text(encoding="utf-8") + "C,Hand-added,,,,\n"
    actors.write_text(edited, encoding="utf-8")
    with language("en"), pytest.raises(ValueError, match="changed elsewhere"):
        draft.set_actor("D", name="New")
    assert actors.read_text(encoding="utf-8") == edited  # the other edit survives
    assert "D" in set(draft.actors["id"])  # and the trainee's change is kept in memory


def test_an_unreadable_file_is_left_alone(tmp_path: Path) -> None:
    actors, ties = map_paths("mine", tmp_path)
    actors.write_text("id,name\nA,x\nA,y\n", encoding="utf-8")  # a duplicate id
    ties.write_text("source,target\n", encoding="utf-8")
    with language("en"), pytest.raises(ValueError, match="repeats row 1"):
        MapDraft("mine", tmp_path)
    assert actors.read_text(encoding="utf-8") == "id,name\nA,x\nA,y\n"
    with language("th"):
        builder = MapBuilder("mine", tmp_path)
    assert builder.draft is None and "ไฟล์เดิมไม่ถูกแตะต้อง" in builder.children[0].value


def test_refused_edits_change_nothing(tmp_path: Path) -> None:
    draft = _two_actor_draft(tmp_path)
    before = [p.read_bytes() for p in map_paths("mine", tmp_path)]
    with language("en"):
        with pytest.raises(ValueError, match="still has ties"):
            draft.remove_actor("A")
        with pytest.raises(ValueError, match="not in the actors table"):
            draft.add_tie("A", "Z")
        with pytest.raises(ValueError, match="repeats row 1"):
            draft.add_tie("B", "A", "information")
        with pytest.raises(ValueError, match="influence -1"):
            draft.set_actor("C", influence=-1)
        with pytest.raises(ValueError, match="no tie number 5"):
            draft.remove_tie(5)
        with pytest.raises(ValueError, match="cannot be used"):
            MapDraft("../escape", tmp_path)
    assert [p.read_bytes() for p in map_paths("mine", tmp_path)] == before
    draft.remove_tie(0)
    draft.remove_actor("A")
    assert SocialMap.from_files("mine", tmp_path).actors.index.tolist() == ["B"]


def test_from_files_names_a_missing_or_broken_file(tmp_path: Path) -> None:
    with language("en"), pytest.raises(ValueError, match=r"no file .*nothing_actors\.csv"):
        SocialMap.from_files("nothing", tmp_path)
    (tmp_path / "bad_actors.csv").write_text("id\nA\n", encoding="utf-8")
    (tmp_path / "bad_ties.csv").write_text("source,target\nA,Q\n", encoding="utf-8")
    with language("en"), pytest.raises(ValueError, match=r"(?s)map bad:.*Q is not in the actors"):
        SocialMap.from_files("bad", tmp_path)
    (tmp_path / "alone_actors.csv").write_text("id\nA\nB\n", encoding="utf-8")
    assert SocialMap.from_files("alone", tmp_path).isolates() == {"A", "B"}  # no ties file yet


def test_the_form_adds_edits_and_removes(tmp_path: Path) -> None:
    with language("th"):
        builder = MapBuilder("form", tmp_path)
        for ident, level in (("A", "community"), ("B", "district")):
            builder.actor_id.value, builder.actor_level.value = ident, level
            builder.actor_influence.value = 3
            builder.save_actor.click()
        assert "บันทึกแล้ว: ภาคี 2 ราย" in builder.status.value
        assert builder.tie_source.options == ("A", "B")
        assert (builder.tie_source.value, builder.tie_target.value) == ("A", "A")  # as shown
        builder.add_tie.click()  # A to A: refused in the language, nothing saved
        assert "A โยงหาตัวเอง" in builder.status.value and builder.draft.ties.empty
        assert "None" not in builder.table.value
        builder.tie_target.value = "B"
        builder.tie_type.value, builder.tie_directed.value = "command", True
        builder.add_tie.click()
        builder.actor_id.value = "A"
        builder.remove_actor.click()  # refused: A still has a tie
        assert "ยังลบ A ไม่ได้" in builder.status.value
        builder.tie_pick.value = "0"
        builder.remove_tie.click()
    saved = SocialMap.from_files("form", tmp_path)
    assert saved.actors["level"].tolist() == ["community", "district"] and saved.ties.empty


def test_weaver_move_criteria() -> None:
    with language("en"):
        full = check("mapping.c", {"source": "W14", "target": "w12", "type": "information",
                                   "why": "x" * 80})
        no_why = check("mapping.c", {"source": "W14", "target": "W12", "type": "information",
                                     "why": "short"})
        old = check("mapping.c", {"source": "W04", "target": "W01", "type": "support",
                                  "why": "x" * 80})
        bad = check("mapping.c", {"source": "W99", "target": "W01", "type": "gossip"})
    assert full.points == 3 and "separate parts 3 → 2" in str(full)
    assert no_why.points == 2
    assert old.points == 0 and "not tied yet" in str(old)
    assert bad.points == 0 and "'W99'" in str(bad) and "'gossip'" in str(bad)


def test_map_questions_partial_credit_and_errors() -> None:
    assert float(grade("mapping.a_cutpoints", ["W05", "W13", "W22"])) == 3
    with language("en"):
        report = check("mapping.a_cutpoints", {"W05", "W04"})
        assert report.points == 0 and "2 more to find" in str(report)
        assert "must be a set" in str(check("mapping.a_isolates", "W14"))
        assert "not a count" in str(check("mapping.b_vertical", 24.5))
        assert "from −1 to 1" in str(check("mapping.b_ei", 3))
        assert '"balanced"' in str(check("mapping.b_reading", "flat"))
    assert float(grade("mapping.b_reading", "สมดุล")) == 1


def test_own_map_check_loads_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    draft = MapDraft("own")
    for n in range(8):
        draft.set_actor(f"A{n}", influence=n % 5, goal="supports")
    for n in range(7):
        draft.add_tie(f"A{n}", f"A{n + 1}")
    text = {"files": "own", "hubs": "A3", "gaps": "g" * 150, "move": "m" * 150}
    with language("en"):
        short = str(check("mapping.d", text))
        for n in range(3):
            draft.add_tie(f"A{n}", f"A{n + 3}", "support")
        complete = check("mapping.d", text)
    assert "8 actors (at least 8), 7 ties (at least 10)" in short
    assert "not complete" not in str(complete)


def test_the_form_clears_after_a_save_confirms_a_change_and_draws_the_map(
        tmp_path: Path) -> None:
    with language("en"):
        builder = MapBuilder("drawn", tmp_path)
        assert builder.drawn.value == ""  # nothing to draw yet
        builder.actor_id.value, builder.actor_name.value = "A", "Volunteers"
        builder.actor_influence.value = 2
        builder.save_actor.click()
        assert (builder.actor_id.value, builder.actor_name.value,
                builder.actor_influence.value) == ("", "", 0)  # ready for the next actor
        assert builder.drawn.value.startswith("<svg") and "Volunteers" in builder.drawn.value
        # The same id again: nothing is written until the change is confirmed.
        builder.actor_id.value, builder.actor_name.value = "A", "Village volunteers"
        builder.actor_influence.value = 2
        builder.save_actor.click()
        assert "A is already on the map" in builder.status.value
        assert "Volunteers → Village volunteers" in builder.status.value
        assert builder.save_actor.description == "Confirm: change A"
        assert SocialMap.from_files("drawn", tmp_path).actors.loc["A", "name"] == "Volunteers"
        assert builder.actor_name.value == "Village volunteers"  # what was typed is kept
        builder.save_actor.click()  # confirmed
        assert SocialMap.from_files("drawn", tmp_path).actors.loc["A", "name"] == (
            "Village volunteers")
        assert builder.save_actor.description == "Add / update actor"
        # Editing the form after the question withdraws it.
        builder.actor_id.value, builder.actor_name.value = "A", "Someone else"
        builder.save_actor.click()
        builder.actor_name.value = "Someone else again"
        assert builder.save_actor.description == "Add / update actor"
        # An actor without an id is refused, and what was typed stays.
        builder.actor_id.value, builder.actor_name.value = " ", "Nobody"
        builder.save_actor.click()
        assert "has no id yet" in builder.status.value and builder.actor_name.value == "Nobody"
        assert "" not in set(SocialMap.from_files("drawn", tmp_path).actors.index)



def test_a_click_saves_what_the_screen_showed_not_the_kernels_late_copy(tmp_path: Path) -> None:
    """The browser sends each field's keystrokes apart from the click, and holds some back
    while the kernel is busy: the kernel may still have "V" when "V2" was on the screen. The
    click's own message carries the screen's values; the browser, not the kernel, blanks the
    form afterwards (only fields still showing what was sent)."""
    with language("en"):
        _screen_values_win(MapBuilder("race", tmp_path))


def _screen_values_win(builder: MapBuilder) -> None:
    sent: list[dict[str, object]] = []
    builder.save_actor.send = sent.append  # what goes back to the browser
    builder.actor_id.value = "V"  # the kernel's late copy
    screen = [{"value": "V2"}, {"value": "รพ.สต."}, {"value": ""},
              {"index": 2, "label": builder.actor_level.options[2][0]}, {"value": 3},
              {"index": 0, "label": builder.actor_goal.options[0][0]}]
    builder.save_actor._on_message(builder.save_actor,
                                   {"event": "click", "seq": 7, "values": screen}, None)
    row = builder.draft.actors.set_index("id").loc["V2"]
    assert (row["name"], row["level"], row["influence"]) == ("รพ.สต.", "subdistrict", 3)
    assert "V" not in set(builder.draft.actors["id"])
    assert sent == [{"event": "done", "seq": 7, "clear": True}]
    assert builder.actor_id.value == "V"  # left for the browser's own blanking to reach
    # A dropdown whose list changed since it was drawn: the label no longer matches the
    # index, so the kernel's own value is used, never a neighbour's.
    builder.tie_target.value = "V2"
    stale = [{"index": 0, "label": "V2"}, {"index": 0, "label": "gone"},
             {"index": 0, "label": builder.tie_type.options[0][0]}, {"value": 1},
             {"value": False}]
    builder.add_tie.send = sent.append
    builder.add_tie._on_message(builder.add_tie, {"event": "click", "seq": 1,
                                                  "values": stale}, None)
    assert builder.draft.ties.empty and "V2 is tied to itself" in builder.status.value
    # A refused save answers "keep the form"; a malformed message changes nothing.
    builder.save_actor._on_message(builder.save_actor, {"event": "click", "seq": 8, "values": [
        {"value": " "}, *screen[1:]]}, None)
    assert sent[-1] == {"event": "done", "seq": 8, "clear": False}
    for junk in ({"event": "click", "values": "x"}, {"event": "other"}, ["click"]):
        builder.save_actor._on_message(builder.save_actor, junk, None)
    assert len(sent) == 3 and len(builder.draft.actors) == 1


def test_a_groups_shared_map_is_one_file_per_group_and_no_member_overwrites_another(
        tmp_path: Path) -> None:
    # the kit's group activity: each group keeps one map ("group_a"), built by several members
    # in one shared folder; the builder's rules make that safe without anything new
    first = MapDraft("group_a", tmp_path)
    second = MapDraft("group_a", tmp_path)  # another member opened it at the same time
    first.set_actor("A1", name="อสม.", level="community", influence=3, goal="+")
    with language("th"), pytest.raises(ValueError, match="group_a"):
        second.set_actor("A2", name="รพ.สต.", level="subdistrict")  # stale: refused
    assert list(SocialMap.from_files("group_a", tmp_path).actors.index) == ["A1"]
    reopened = MapDraft("group_a", tmp_path)  # the second member reopens, then adds
    reopened.set_actor("A2", name="รพ.สต.", level="subdistrict", influence=4, goal="+")
    reopened.add_tie("A1", "A2", "information")
    MapDraft("group_b", tmp_path).set_actor("A1", name="เทศบาล", level="subdistrict")
    group_a = SocialMap.from_files("group_a", tmp_path)
    assert list(group_a.actors.index) == ["A1", "A2"] and len(group_a.ties) == 1
    assert list(SocialMap.from_files("group_b", tmp_path).actors.index) == ["A1"]
    assert sorted(p.name for p in tmp_path.glob("*.csv")) == [
        "group_a_actors.csv", "group_a_ties.csv", "group_b_actors.csv", "group_b_ties.csv"]
