"""netlab.steps: the steps, phases, stage diagnosis and checklists; the timeline and stage
datasets agree with the helper."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from netlab.datasets import load
from netlab.i18n import language
from netlab.steps import (
    CORE_QUALITIES,
    INDICATOR_KEYS,
    MAINTENANCE,
    Phase,
    Step,
    diagnose_stage,
    score_checklist,
)
from netlab.ui.steps_timeline import signs_upto

_GROUPS = {"awareness": ("need_recognised", "core_team"),
           "alliance": ("partners_agreed", "coordination"),
           "relationship": ("joint_work", "benefits_seen"),
           "continuity": ("lesson_learning", "new_leaders")}
_ORDER = list(_GROUPS)


def _signs(**on: bool) -> dict[str, bool]:
    signs = dict.fromkeys(INDICATOR_KEYS, False)
    signs.update(on)
    return signs


def _expected(signs: dict[str, bool]) -> tuple[str, str]:
    """The rule written out independently of the implementation."""
    step = "awareness"
    for name in _ORDER:
        a, b = _GROUPS[name]
        if signs[a] + signs[b] >= 1:
            step = name
    if signs["purpose_ended"]:
        phase = "ending"
    elif signs["purpose_shifting"] or signs["contact_falling"]:
        phase = "changing"
    else:
        phase = "emerging" if _ORDER.index(step) < 2 else "existing"
    return step, phase


def test_every_combination_of_step_signs_follows_the_rule() -> None:
    step_keys = [k for keys in _GROUPS.values() for k in keys]
    for values in itertools.product([False, True], repeat=len(step_keys)):
        for phase_sign in (None, "contact_falling", "purpose_shifting", "purpose_ended"):
            signs = _signs(**dict(zip(step_keys, values, strict=True)))
            if phase_sign:
                signs[phase_sign] = True
            result = diagnose_stage(signs)
            assert (result.step.value, result.phase.value) == _expected(signs)


def test_runner_up_gap_warning_and_reasons_in_both_languages() -> None:
    signs = _signs(need_recognised=True, joint_work=True, lesson_learning=True,
                   new_leaders=True)
    result = diagnose_stage(signs)
    # awareness and relationship tie at 0.5: the runner-up is the one nearer to step 4
    assert result.step is Step.CONTINUITY and result.step_runner_up is Step.RELATIONSHIP
    assert result.scores[Step.ALLIANCE] == 0
    with language("en"):
        text = " ".join(result.reasons)
        assert "Watch out: step 2" in text and "Runner-up: step 3" in text
    with language("th"):
        assert "ข้อควรระวัง: ขั้นที่ 2" in " ".join(result.reasons)
    nothing = diagnose_stage(_signs())
    assert nothing.step is Step.AWARENESS and nothing.step_runner_up is None
    with language("en"):
        assert "very start" in str(nothing)


def test_numpy_booleans_and_bad_answers() -> None:
    assert diagnose_stage({k: np.bool_(False) for k in INDICATOR_KEYS}).phase is Phase.EMERGING
    bad = _signs()
    del bad["core_team"]
    bad["coordinaton"] = True
    bad["joint_work"] = "yes"
    with language("en"), pytest.raises(ValueError) as err:
        diagnose_stage(bad)
    message = str(err.value)
    assert "'coordinaton'" in message and "did you mean coordination" in message
    assert "core_team" in message and "joint_work: 'yes'" in message
    with language("th"), pytest.raises(ValueError, match="dict ของตัวบ่งชี้ 11 ข้อ"):
        diagnose_stage(["core_team"])


def test_steps_and_phases_parse_and_read() -> None:
    assert Step.parse("ขั้นที่ 3") is Step.RELATIONSHIP and Step.parse(4) is Step.CONTINUITY
    with pytest.raises(ValueError):
        Step.parse(True)
    assert Step.parse("step 2") is Step.ALLIANCE and Step.parse("4") is Step.CONTINUITY
    assert Phase.parse("coming into being") is Phase.EMERGING
    with language("en"):
        assert len(Step.AWARENESS.activities) == 3 and len(Step.CONTINUITY.watch_for) == 2
        with pytest.raises(ValueError, match="'step 9'"):
            Step.parse("step 9")
    with language("th"):
        assert Step.ALLIANCE.label.startswith("ขั้นการสร้างพันธมิตร")
        with pytest.raises(ValueError, match="ไม่รู้จักระยะ"):
            Phase.parse("born")


def test_checklists_score_and_refuse_bad_answers() -> None:
    result = score_checklist(MAINTENANCE, {str(n): n != 6 for n in range(1, 7)})
    assert result.met == (1, 2, 3, 4, 5) and result.missing == (6,)
    with language("en"):
        assert "5 of 6" in str(result) and "not a validated score" in str(result)
    assert score_checklist(CORE_QUALITIES, [True] * 9).share == 1
    with language("en"):
        with pytest.raises(ValueError, match="has 6 items, but answers given: 5"):
            score_checklist(MAINTENANCE, [True] * 5)
        with pytest.raises(ValueError) as err:
            score_checklist(MAINTENANCE, {1: True, 7: True, 2: "x"})
        assert "no item 7" in str(err.value) and "2: 'x'" in str(err.value)
        with pytest.raises(ValueError, match="No answer yet for: 3, 4, 5, 6"):
            score_checklist(MAINTENANCE, {1: True, 2: False})


def test_timeline_labels_match_the_helper_at_every_event() -> None:
    story = load("wawee_timeline")
    seen = []
    for _, row in story.iterrows():
        result = diagnose_stage(signs_upto(story, row["id"]))
        assert (result.step.value, result.phase.value) == (row["step"], row["phase"]), row["id"]
        seen.append(row["step"])
    assert seen == sorted(seen, key=_ORDER.index)  # the story never goes back a step
    assert set(seen) == set(_ORDER)
    with pytest.raises(ValueError, match="E99"):
        signs_upto(story, "E99")


def test_activities_cover_every_step_and_cite_their_source() -> None:
    df = load("activities")
    assert len(df) >= 24 and (df["step"].value_counts() >= 5).all()
    assert df["source"].str.contains("workshop-2560").sum() >= 10
    assert (df["title_th"].str.len() > 10).all() and (df["rationale_en"].str.len() > 20).all()
    cases = load("activity_cases")
    assert "step" not in cases.columns and len(cases) == 8
    assert "step" not in load("stage_cases").columns
