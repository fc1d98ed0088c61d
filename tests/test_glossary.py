"""One Thai term per concept across the workbooks, the catalogue and the datasets
(netlab.glossary): each agreed term is used, and no variant to avoid appears anywhere a Thai
reader looks."""

from __future__ import annotations

import csv
from collections.abc import Iterator

import nbformat
import pytest

from netlab.catalogue import MESSAGES
from netlab.course_layout import assignments, workbooks_dir
from netlab.glossary import GLOSSARY
from netlab.i18n import Plural
from notebooks import REPO


def _thai_texts() -> Iterator[tuple[str, str]]:
    """(where, text) of everything a Thai reader sees."""
    for name in ("00_start_here", *assignments()):
        nb = nbformat.read(workbooks_dir() / "th" / f"{name}.ipynb", as_version=4)
        for number, cell in enumerate(nb.cells):
            yield f"workbooks/th/{name} cell {number}", cell.source
    for key, entry in MESSAGES.items():
        text = entry["th"]
        forms = list(text.forms.values()) if isinstance(text, Plural) else [text]
        for form in forms:
            yield f"catalogue {key}", str(form)
    for path in sorted((REPO / "datasets").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                for column, value in row.items():
                    if column and column.endswith("_th"):
                        yield f"{path.name} line {number} {column}", value or ""


TEXTS = list(_thai_texts())


@pytest.mark.parametrize("term", GLOSSARY, ids=lambda term: term.concept)
def test_each_concept_has_one_thai_term(term: object) -> None:
    for part in term.thai.split(" / "):  # type: ignore[attr-defined]
        assert any(part in text for _, text in TEXTS), f"{part} is never used"
    found = [f"{where}: {variant}" for variant in term.avoid  # type: ignore[attr-defined]
             for where, text in TEXTS if variant in text]
    assert found == [], f"use {term.thai!r} instead"  # type: ignore[attr-defined]


def test_the_check_would_find_a_variant() -> None:
    """The scan reads the places it claims to: a known Thai phrase is found in each kind."""
    kinds = {where.split(" ")[0].split("/")[0] for where, text in TEXTS if "ภาคี" in text}
    assert {"workbooks", "catalogue"} <= kinds and any(k.endswith(".csv") for k in kinds)
