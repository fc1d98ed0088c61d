"""The catalogue is complete in both languages, and every key the code uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import netlab
from netlab.catalogue import MESSAGES
from netlab.i18n import LANGUAGES, Message, get_language, language, set_language, t
from netlab.problems import QUESTIONS, ProblemType

SRC = Path(netlab.__file__).parent


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGUAGES), f"{key}: languages {sorted(entry)}"
    for lang in LANGUAGES:
        assert entry[lang].strip(), f"{key}: empty {lang} text"
    assert _fields(entry["th"]) == _fields(entry["en"]), f"{key}: placeholders differ"


def test_thai_texts_are_thai() -> None:
    thai = re.compile(r"[\u0E00-\u0E7F]")
    # Citations and proper names may be identical in both languages; prose must not be.
    same_ok = re.compile(r"^(problems\.q\.\w+\.source|problems\.type\.\w+\.anchors|"
                         r"check\.item\.invalid|problems\.summary)")
    for key, entry in MESSAGES.items():
        if same_ok.match(key):
            continue
        # Placeholders are filled with text in the active language; only prose counts.
        prose = re.sub(r"\{\w+\}", "", entry["en"])
        assert thai.search(entry["th"]) or not re.search("[A-Za-z]{4,}", prose), key


_LITERAL = re.compile(r"""\b(?:t|Message)\(\s*["']([a-z_][\w.]*)["']""")


def test_every_literal_key_used_in_the_code_exists() -> None:
    used = set()
    for path in SRC.rglob("*.py"):
        used |= set(_LITERAL.findall(path.read_text(encoding="utf-8")))
    assert used, "the scan found no keys: the pattern is wrong"
    missing = sorted(k for k in used if k not in MESSAGES)
    assert not missing, f"keys used but not in the catalogue: {missing}"


def test_dynamic_keys_exist() -> None:
    for ptype in ProblemType:
        for part in ("name", "description", "guidance", "anchors", "example"):
            assert f"problems.type.{ptype.value}.{part}" in MESSAGES
    for q in QUESTIONS:
        for part in ("text", "help", "source", "0", "1", "2"):
            assert f"problems.q.{q}.{part}" in MESSAGES
    for dim in ("knowledge", "agreement", "actors", "linkage"):
        for level in ("low", "medium", "high"):
            assert f"problems.reason.{dim}.{level}" in MESSAGES
    from netlab.exercises import all_exercises
    from netlab.exercises.base import ChoiceItems

    for exercise in all_exercises().values():
        assert f"exercises.{exercise.id}.title" in MESSAGES
        if isinstance(exercise, ChoiceItems):
            for item in exercise.items:
                assert f"exercises.{exercise.id}.{item}.hint" in MESSAGES
        elif not exercise.manual:
            assert f"exercises.{exercise.id}.hint" in MESSAGES


def test_language_switch_and_context() -> None:
    assert get_language() == "th"
    with language("en"):
        assert t("lang.name") == "English"
    assert t("lang.name") == "ภาษาไทย"
    set_language("EN ")
    assert get_language() == "en"


@pytest.mark.parametrize("bad", ["fr", "", None, 1])
def test_unknown_language_is_named_in_both_languages(bad: object) -> None:
    with pytest.raises(ValueError) as exc:
        set_language(bad)  # type: ignore[arg-type]
    assert repr(bad) in str(exc.value)
    assert "ไม่รู้จักภาษา" in str(exc.value) and "Unknown language" in str(exc.value)


def test_message_renders_in_the_active_language_later() -> None:
    m = Message("problems.summary.plain", {"type": Message("problems.type.simple.name"),
                                           "runner_up": Message("problems.type.complex.name")})
    assert "ปัญหาเชิงเดี่ยว" in str(m)
    with language("en"):
        assert str(m) == "simple problem (runner-up: complex problem)"


def test_import_netlab_is_light(venv_env: dict[str, str]) -> None:
    import subprocess
    import sys

    code = ("import sys, netlab; heavy = [m for m in ('altair', 'pandas', 'networkx', "
            "'ipywidgets', 'numpy', 'nbformat') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=venv_env)
    assert out.stdout.strip() == "[]"


_VERBS = {"is", "was", "has", "does", "needs", "says", "looks", "repeats", "means", "runs",
          "costs", "gives", "keeps", "shows", "takes", "lacks", "comes", "stays", "makes",
          "belongs", "counts", "earns", "uses", "links", "leaves", "holds", "asks", "goes",
          "happens"}


def test_english_plurals_agree_with_their_counts() -> None:
    """Every English message, its placeholders all 1, reads "1 point", "1 more try",
    "1 actor, 1 tie" (never "1 points" or "point(s)"): plurals come from netlab.i18n.Plural
    (Babel's CLDR rules), not from string tricks."""
    bad = re.compile(r"\b1 (?:more |of 1 )?([a-z]+s)\b")
    wrong = []
    for key, entry in MESSAGES.items():
        assert "(s)" not in entry["en"], key
        fields = {name.split(":")[0] for name in _fields(entry["en"])}
        with language("en"):
            text = t(key, **dict.fromkeys(fields, 1))
        wrong += [f"{key}: {text}" for m in bad.finditer(text) if m.group(1) not in _VERBS]
    assert wrong == []
    with language("en"):
        assert t("check.headline.points", points=0, max=1) == "0 of 1 point"
        assert t("mapping.repr", actors=3, ties=1) == "<SocialMap: 3 actors, 1 tie>"
        assert "1 more try that does not" in t("hint.worked_later", more=1)
    with language("th"):
        assert t("mapping.repr", actors=3, ties=1) == "<SocialMap: ภาคี 3 ราย เส้นโยง 1 เส้น>"


def test_plural_forms_use_only_their_messages_placeholders() -> None:
    from netlab.i18n import Plural

    def forms(text: str) -> list[str]:
        if isinstance(text, Plural):
            return [f for form in text.forms.values() for f in forms(form)]
        return [text]

    for key, entry in MESSAGES.items():
        for lang in LANGUAGES:
            # a form may leave its count out ("the item answered right least often")
            assert all(_fields(f) <= _fields(entry[lang]) for f in forms(entry[lang])), key
