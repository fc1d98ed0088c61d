"""netlab.partners: roles from the six questions, bad input, AIIM, outcome challenges,
progress markers and strategy maps."""

from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
import pytest

from netlab.datasets import load
from netlab.i18n import language
from netlab.partners import (
    ANSWER_KEYS,
    SOFT_COUNTS,
    STRATEGY_CELLS,
    AiimQuadrant,
    MarkerLevel,
    OutcomeChallenge,
    PartnerRole,
    StrategyMap,
    aiim_frame,
    aiim_quadrant,
    cell_key,
    classify_partner,
    classify_partners,
    review_outcome,
    review_strategy,
)

BP = dict(direct=True, intend_change=True, outcome_challenge=True, provides_resources=False,
          co_implements=False, in_influence=True)
SP = dict(BP, intend_change=False, outcome_challenge=False, provides_resources=True)


def _expected(a: dict[str, bool]) -> PartnerRole:
    """The rule of domain.md §1.5, written independently as a truth table."""
    if not a["direct"]:
        return PartnerRole.INDIRECT
    bp = a["intend_change"] and a["outcome_challenge"] and a["in_influence"]
    sp = a["provides_resources"] or a["co_implements"]
    return {(True, True): PartnerRole.BOTH, (True, False): PartnerRole.BOUNDARY,
            (False, True): PartnerRole.STRATEGIC,
            (False, False): PartnerRole.INDIRECT}[(bool(bp), bool(sp))]


@pytest.mark.parametrize("values", list(itertools.product([False, True], repeat=6)))
def test_every_answer_set_gets_the_rule_and_reasons(values: tuple[bool, ...]) -> None:
    answers = dict(zip(ANSWER_KEYS, values, strict=True))
    result = classify_partner(answers)
    assert result.role is _expected(answers)
    for lang in ("th", "en"):
        with language(lang):
            assert len(result.reasons) >= 2 and all(r.strip() for r in result.reasons)
            assert result.role.label in result.summary()
    if result.future_boundary:
        assert result.role is PartnerRole.INDIRECT and answers["intend_change"]


@pytest.mark.parametrize("answers,role", [
    (BP, "boundary"),
    (SP, "strategic"),
    (dict(SP, co_implements=True, provides_resources=False), "strategic"),
    (dict(BP, provides_resources=True), "both"),
    (dict(BP, co_implements=True), "both"),
    (dict(BP, direct=False), "indirect"),
    (dict(BP, in_influence=False), "indirect"),
    (dict(BP, outcome_challenge=False), "indirect"),
    (dict(BP, in_influence=False, provides_resources=True), "strategic"),
])
def test_named_roles(answers: dict[str, bool], role: str) -> None:
    assert classify_partner(answers).role.value == role


def test_reasons_say_why_in_the_active_language() -> None:
    with language("en"):
        reasons = " ".join(classify_partner(dict(BP, in_influence=False)).reasons)
        assert "within our influence" in reasons and "not met" in reasons
        future = classify_partner(dict(BP, direct=False))
        assert future.future_boundary and "future boundary partner" in " ".join(future.reasons)
    with language("th"):
        assert "ภาคีหุ้นส่วน" in " ".join(classify_partner(BP).reasons)


@pytest.mark.parametrize("bad,named_th,named_en", [
    (dict(BP, sphere=True), "'sphere'", "Unknown key 'sphere'"),
    ({k: v for k, v in BP.items() if k != "co_implements"}, "co_implements",
     "No answer yet for: co_implements"),
    (dict(BP, direct=1), "direct: 1 (int)", "direct: 1 (int) is not True or False"),
    (dict(BP, direct="yes"), "'yes'", "'yes' (str) is not True or False"),
    (dict(BP, direct=None), "None", "None (NoneType) is not True or False"),
    (["direct"], "list", "must be a dict of the six questions"),
])
def test_bad_answers_raise_clear_errors(bad: object, named_th: str, named_en: str) -> None:
    with pytest.raises(ValueError) as exc:
        classify_partner(bad)  # type: ignore[arg-type]
    assert named_th in str(exc.value) and any("\u0e00" <= ch <= "\u0e7f" for ch in str(exc.value))
    with language("en"), pytest.raises(ValueError, match=named_en.replace("(", r"\(")
                                       .replace(")", r"\)")):
        classify_partner(bad)  # type: ignore[arg-type]


def test_misspelt_key_gets_a_suggestion() -> None:
    with language("en"), pytest.raises(ValueError, match="did you mean intend_change"):
        classify_partner({**{k: v for k, v in BP.items() if k != "intend_change"},
                          "intend_chnge": True})


def test_numpy_booleans_are_booleans() -> None:
    import numpy as np

    assert classify_partner({k: np.bool_(v) for k, v in BP.items()}).role.value == "boundary"


def test_the_dataset_roles_follow_the_rule() -> None:
    df = load("partners")
    assert len(df) >= 20
    roles = classify_partners(df)
    assert list(roles.columns) == ["role", "role_label", "boundary_test", "strategic_test",
                                   "reasons"]
    assert (roles["role"].to_numpy() == df["expected_role"].to_numpy()).all()
    counts = roles["role"].value_counts()
    assert set(counts.index) == {r.value for r in PartnerRole} and (counts >= 3).all()
    # The seed's actors are there: volunteers, parents, the SAO, the CBR NGO (003).
    for actor in ("W01", "W02", "W03", "W05"):
        assert "workshop-2560" in df.set_index("id").loc[actor, "source"]


def test_classify_partners_names_the_bad_row_and_missing_columns() -> None:
    df = load("partners").astype({"direct": object})
    df.loc[3, "direct"] = None
    with language("en"), pytest.raises(ValueError, match=r"Row W04:\n(.|\n)*direct: None"):
        classify_partners(df)
    with language("en"), pytest.raises(ValueError, match="no answer column in_influence"):
        classify_partners(load("partners").drop(columns=["in_influence"]))
    plain = pd.DataFrame([BP, SP])  # no id column: indexed like the input
    assert list(classify_partners(plain)["role"]) == ["boundary", "strategic"]


@pytest.mark.parametrize("text,role", [
    ("boundary", "boundary"), ("BP", "boundary"), ("ภาคีหุ้นส่วน", "boundary"),
    ("Strategic Partner", "strategic"), ("sp", "strategic"), ("ภาคียุทธศาสตร์", "strategic"),
    ("both", "both"), ("เป็นทั้งสองบทบาท", "both"), ("indirect", "indirect"),
    ("ภาคีทางอ้อม", "indirect"),
])
def test_roles_parse_from_names(text: str, role: str) -> None:
    assert PartnerRole.parse(text).value == role


def test_unknown_role_names_the_value_and_the_choices() -> None:
    with language("en"), pytest.raises(ValueError, match=r"'ally'.*\"boundary\""):
        PartnerRole.parse("ally")


def test_every_role_explains_itself_in_both_languages() -> None:
    for role in PartnerRole:
        assert role.name_th != role.name_en
        for lang in ("th", "en"):
            with language(lang):
                assert len(role.explanation) > 40 and role.next_step


@pytest.mark.parametrize("alignment,interest,quadrant", [
    (5, 5, "allies"), (4, 4, "allies"), (5, 2, "raise_interest"), (4, 3, "raise_interest"),
    (2, 5, "challenge"), (3, 4, "challenge"), (3, 3, "monitor"), (1, 1, "monitor"),
])
def test_aiim_quadrants(alignment: int, interest: int, quadrant: str) -> None:
    assert aiim_quadrant(alignment, interest).value == quadrant


@pytest.mark.parametrize("bad", [0, 6, 2.5, True, "4", None])
def test_bad_ratings_are_named(bad: object) -> None:
    with language("en"), pytest.raises(ValueError, match=r"alignment: .* from 1 to 5"):
        aiim_quadrant(bad, 3)  # type: ignore[arg-type]


def test_aiim_is_a_second_lens_not_a_classifier() -> None:
    frame = aiim_frame(load("partners"))
    allies = frame[frame["quadrant"] == AiimQuadrant.ALLIES.value]
    # Boundary and strategic partners share the allies corner: the ratings alone cannot say
    # which is which.
    assert {"boundary", "strategic"} <= set(allies["role"])
    assert set(frame["quadrant"]) == {q.value for q in AiimQuadrant}
    bad = load("partners").copy()
    bad.loc[0, "interest"] = 9
    with language("en"), pytest.raises(ValueError, match=r"Row W01:\n.*interest: 9"):
        aiim_frame(bad)


GOOD = {
    "partner": "W02",
    "challenge": "The network intends to see parents and carers of disabled children who "
                 "practise rehabilitation at home and speak up for their children.",
    "expect": ["attend the monthly CBR gathering", "ask volunteers how to exercise a child"],
    "like": ["practise exercises at home every day", "share tips with other parents"],
    "love": ["run a parents' group in their own village"],
}


def test_a_complete_outcome_challenge_passes() -> None:
    review = review_outcome(GOOD, names=["parents and carers of disabled children"])
    assert review.ok and review.codes() == ["complete"]
    assert "W02" in review.text()


@pytest.mark.parametrize("change,severity,code", [
    ({"love": []}, "error", "level_missing"),
    ({"like": ["attend the monthly CBR gathering"]}, "error", "duplicate"),
    ({"like": ["Attend the monthly  CBR gathering!"]}, "error", "duplicate"),
    ({"expect": ["a", "b", "c", "d", "e", "f"]}, "warning", "count"),
    ({"love": ["lead the village campaign by 2568"]}, "warning", "time_words"),
    ({"like": ["ดูแลลูกที่บ้านภายใน 6 เดือน", "x"]}, "warning", "time_words"),
    ({"expect": ["advocate for a sub-district disability policy", "x"]}, "warning",
     "too_deep_for_expect"),
    ({"expect": ["เป็นแกนนำผลักดันนโยบายของตำบล", "x"]}, "warning", "too_deep_for_expect"),
    ({"love": ["attend meetings"]}, "warning", "too_shallow_for_love"),
    ({"challenge": "We want better rehabilitation for every child in the sub-district."},
     "warning", "partner_not_named"),
])
def test_outcome_review_finds_what_is_missing_or_misplaced(change: dict[str, object],
                                                           severity: str, code: str) -> None:
    review = review_outcome({**GOOD, **change}, names=["parents"])
    assert code in review.codes(severity), review.text()
    assert review.ok is (severity != "error")


def test_counts_are_soft() -> None:
    low, high = SOFT_COUNTS[MarkerLevel.EXPECT]
    assert low >= 1 and high > low
    one = {**GOOD, "expect": ["attend the monthly CBR gathering"]}
    assert review_outcome(one, names=["parents"]).ok


@pytest.mark.parametrize("bad,message", [
    ({**GOOD, "vision": "x"}, "Unknown key 'vision'"),
    ({k: v for k, v in GOOD.items() if k != "love"}, "No answer yet for: love"),
    ({**GOOD, "challenge": "   "}, "challenge is empty"),
    ({**GOOD, "expect": "attend"}, "expect must be a list"),
    ({**GOOD, "like": ["ok", ""]}, r"like\[1\] is empty"),
    ({**GOOD, "partner": 7}, "partner must be text"),
    ("a challenge", "must be a dict"),
])
def test_malformed_outcome_challenges_raise(bad: object, message: str) -> None:
    with language("en"), pytest.raises(ValueError, match=message):
        OutcomeChallenge.from_mapping(bad)
    with language("en"):
        review = review_outcome(bad)
    assert not review.ok and review.codes("error") == ["malformed"]


@pytest.mark.parametrize("text,cell", [("I1", "I1"), ("i-2", "I2"), ("E 3", "E3"),
                                       ("E-causal", "E1"), ("i_supportive", "I3")])
def test_cell_names(text: str, cell: str) -> None:
    assert cell_key(text) == cell and cell in STRATEGY_CELLS


def test_strategy_map_flags_causal_only() -> None:
    causal = review_strategy("W02", {"I1": ["lend wheelchairs"], "E1": ["fix ramps"]})
    assert causal.ok and "causal_only" in causal.codes("warning")
    mixed = review_strategy("W02", {"I1": ["lend wheelchairs"], "I3": ["monthly home visits"],
                                    "E2": ["radio talks in local languages"]})
    assert mixed.ok and not mixed.codes("warning")
    assert "no_environment" in review_strategy("W02", {"I2": ["train"]}).codes("info")
    assert review_strategy("W02", {}).codes("error") == ["empty"]
    table = StrategyMap.from_mapping("W02", {"I1": ["a", "b"], "E3": ["c"]}).frame()
    assert table.shape == (2, 3) and table.iloc[0, 0] == "a; b" and table.iloc[1, 2] == "c"


@pytest.mark.parametrize("partner,cells,message", [
    ("W02", {"I4": ["x"]}, "Unknown strategy-map cell 'I4'"),
    ("W02", {"I1": "lend"}, "I1 must be a list"),
    ("W02", {"I1": [""]}, r"I1\[0\] is empty"),
    ("", {"I1": ["x"]}, "partner is empty"),
    ("W02", ["I1"], "must be a dict"),
])
def test_bad_strategy_maps_raise(partner: str, cells: object, message: str) -> None:
    with language("en"), pytest.raises(ValueError, match=message):
        StrategyMap.from_mapping(partner, cells)


def test_domain_modules_do_not_need_a_display(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys, netlab.partners; "
            "print(any(m in sys.modules for m in ('ipywidgets', 'altair', 'IPython')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path)
    assert out.stdout.strip() == "False"
