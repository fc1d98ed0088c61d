"""netlab.health: the seven components, assess_health, the survey profile and the lenient
loading of the survey."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from netlab.catalogue import MESSAGES
from netlab.datasets import DatasetError, load, skipped
from netlab.health import (
    ACTIONS,
    COMPONENT_KEYS,
    STABILITY,
    Component,
    actions_for,
    assess_health,
    survey_profile,
)
from netlab.i18n import language
from netlab.steps import score_checklist


def _all(value: float) -> dict[str, float]:
    return dict.fromkeys(COMPONENT_KEYS, value)


def test_every_component_has_at_least_three_actions_from_a_seed() -> None:
    for component in Component:
        assert len(actions_for(component)) >= 3
    assert all(f"source.{key.strip()}" in MESSAGES  # every action cites a source document
               for a in ACTIONS.values() for key in a.source.split(","))
    assert [a.id for a in actions_for("common vision")] == ["R01", "R02", "R03", "R04"]


def test_report_orders_weakest_first_with_ties_in_seed_order() -> None:
    scores = _all(2) | {"interaction": 0, "perception": 0, "vision": 1.5}
    report = assess_health(scores, {"interaction": "we meet once a year", "vision": None})
    order = [c.component.value for c in report.components]
    assert order[:3] == ["perception", "interaction", "vision"]
    assert report.weakest == [Component.PERCEPTION, Component.INTERACTION]
    assert {a.id for a in report.actions()} == {"R03", "R04", "R05", "R14", "R16", "R17",
                                                "R18"}
    assert report.score("interaction") == 0
    frame = report.frame()
    assert frame.loc["interaction", "evidence"] == "we meet once a year"
    with language("en"):
        text = str(report)
        assert "not a validated instrument" in text and "single \"network score\"" in text
        assert "strong" in text and "weak" in text
    with language("th"):
        assert "ไม่ใช่แบบวัดที่ผ่านการตรวจสอบความถูกต้อง" in str(report)


@pytest.mark.parametrize("bad, needle", [
    ({**_all(1), "vision": 3}, "common vision: 3"),
    ({**_all(1), "vision": True}, "common vision: True"),
    ({**_all(1), "vision": float("nan")}, "common vision: nan"),
    ({**_all(1), "vision": "2"}, "common vision: '2'"),
    ({k: 1 for k in COMPONENT_KEYS[:-1]}, "No score yet for: interaction"),
    ({**_all(1), "trust": 1}, "Unknown component 'trust'"),
    ({**_all(1), "common vision": 1}, "scored twice"),
])
def test_bad_scores_name_the_problem(bad: dict[str, object], needle: str) -> None:
    with language("en"), pytest.raises(ValueError) as err:
        assess_health(bad)
    assert needle in str(err.value)


def test_bad_evidence_and_not_a_mapping() -> None:
    with language("en"):
        with pytest.raises(ValueError, match="evidence for common vision must be text"):
            assess_health(_all(1), {"vision": 3})
        with pytest.raises(ValueError, match="scores must be a dict"):
            assess_health([1, 2])
    with language("th"), pytest.raises(ValueError, match="ยังไม่มีคะแนนของ"):
        assess_health({})


def test_survey_loads_without_the_malformed_row_and_says_so() -> None:
    with language("en"):
        df = load("health_survey")
        notes = skipped(df)
    assert len(df) == 22 and "M23" not in set(df["member_id"])
    assert len(notes) == 1 and "M23" in notes[0] and "Skipped" in notes[0]
    with language("th"):
        assert "ข้ามแถวนี้" in skipped(load("health_survey"))[0]
    assert df["interdependence"].isna().sum() == 6


def test_a_strict_dataset_still_refuses_a_bad_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "stage_cases.csv"
    good = load("stage_cases")
    text = good.to_csv(index=False).replace("D02,", "X2,", 1)
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DatasetError, match="X2"):
        load("stage_cases", path=bad)


def test_profile_leaves_blanks_out_and_shows_spread() -> None:
    profile = survey_profile(load("health_survey"))
    assert list(profile.index) == list(COMPONENT_KEYS)
    inter = profile.loc["interdependence"]
    assert inter["answered"] == 16 and inter["missing"] == 6
    assert math.isclose(inter["mean"], 23 / 16)
    assert profile["median"].idxmin() == "vision"
    assert profile["iqr"].idxmax() == "interests"
    assert assess_health(profile["median"]).weakest == [Component.VISION]


def test_profile_refuses_bad_ratings_naming_row_and_column() -> None:
    df = pd.DataFrame({c: [1, 2] for c in COMPONENT_KEYS}, index=["a", "b"])
    df.loc["b", "vision"] = 5
    with language("en"), pytest.raises(ValueError, match="Row b, column vision: 5"):
        survey_profile(df)
    with language("en"), pytest.raises(ValueError, match="no rating column for: interaction"):
        survey_profile(df.drop(columns="interaction"))


def test_stability_checklist() -> None:
    result = score_checklist(STABILITY, [True] * 10 + [False] * 4)
    assert result.missing == (11, 12, 13, 14)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_seeds_two_lists_are_taught_whole(lang: str) -> None:
    from netlab.health import PROPOSALS, SUSTAINABILITY

    # seed 003's five proposals and seed 001's eleven suggestions, every item in its order
    assert (PROPOSALS.size, PROPOSALS.source) == (5, "workshop-2560")
    assert (SUSTAINABILITY.size, SUSTAINABILITY.source) == (11, "slides-networking")
    with language(lang):
        for checklist in (PROPOSALS, SUSTAINABILITY):
            items = checklist.items
            assert checklist.title and len(set(items)) == checklist.size
            assert all(len(item) > 20 for item in items)


def test_an_action_the_course_shaped_says_so() -> None:
    from netlab.ui.parts.html import cite

    with language("en"):
        assert cite(ACTIONS["R01"].source) == (
            "Networking slides, n.d.; in a form this course adds")
