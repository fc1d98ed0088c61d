"""Column schemas for the datasets under ``datasets/``: names, types, ranges, uniqueness.

Pure data; :mod:`netlab.datasets` applies them.

Example:
    >>> SCHEMAS["problem_scenarios"].column("S3").allowed
    (0, 1, 2)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import Literal

from netlab.health import COMPONENT_KEYS
from netlab.mapping.vocab import LEVELS, TieType
from netlab.partners import ANSWER_KEYS, RATING_RANGE, RATINGS, PartnerRole
from netlab.problems import QUESTION_IDS, ProblemType
from netlab.steps import INDICATOR_KEYS, Phase, Step

Kind = Literal["text", "int", "float", "bool", "choice"]


@dataclass(frozen=True)
class Column:
    """One column: its kind, whether a value is required, allowed values or a range.

    Example:
        >>> Column("S1", "int", allowed=(0, 1, 2)).required
        True
    """

    name: str
    kind: Kind = "text"
    required: bool = True
    allowed: tuple[object, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    unique: bool = False
    pattern: str | None = None
    example: str | None = None


@dataclass(frozen=True)
class Schema:
    """A dataset's columns. ``key`` names the column used to identify rows in errors.

    Example:
        >>> SCHEMAS["problem_cases"].names[:2]
        ('id', 'domain')
    """

    name: str
    columns: tuple[Column, ...]
    key: str | None = "id"
    allow_extra: bool = False
    #: Skip a row with bad values (reporting it in ``df.attrs["skipped"]``) instead of
    #: refusing the file: for survey exports, where one bad row must not block the rest.
    skip_bad_rows: bool = False

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The column names in order."""
        return tuple(c.name for c in self.columns)

    @cached_property
    def _by_name(self) -> dict[str, Column]:
        return {c.name: c for c in self.columns}

    def column(self, name: str) -> Column:
        """The column called ``name`` (KeyError if there is none)."""
        return self._by_name[name]


_DOMAINS = ("canonical", "health", "community", "disability", "environment", "justice",
            "online")
_ANSWER = (0, 1, 2)


def _texts(*stems: str) -> tuple[Column, ...]:
    return tuple(Column(f"{stem}_{lang}") for stem in stems for lang in ("th", "en"))


_SECTORS = ("community", "local_government", "government", "health", "education",
            "civil_society", "funder", "academic", "private", "religious", "media")

_STEPS = tuple(s.value for s in Step)
_SIGNS = "|".join(INDICATOR_KEYS)
_GROUPS = ("volunteer", "parent", "staff", "partner_org")

_CASE_COLUMNS = (
    Column("domain", "choice", allowed=_DOMAINS),
    *_texts("title"),
    *_texts("text"),
)

SCHEMAS: Mapping[str, Schema] = MappingProxyType({
    "problem_scenarios": Schema(
        "problem_scenarios",
        (
            Column("id", unique=True, pattern=r"P\d{2}", example="P07"),
            *_CASE_COLUMNS,
            *(Column(qid, "int", allowed=_ANSWER) for qid in QUESTION_IDS),
            Column("expected_type", "choice", allowed=tuple(p.value for p in ProblemType)),
            *_texts("rationale"),
            Column("source"),
        ),
    ),
    "problem_cases": Schema(
        "problem_cases",
        (
            Column("id", unique=True, pattern=r"C\d{2}", example="C03"),
            *_CASE_COLUMNS,
            Column("source"),
        ),
    ),
    "partners": Schema(
        "partners",
        (
            Column("id", unique=True, pattern=r"W\d{2}", example="W03"),
            *_texts("name"),
            Column("sector", "choice", allowed=_SECTORS),
            Column("level", "choice", allowed=LEVELS),
            *(Column(key, "bool") for key in ANSWER_KEYS),
            *(Column(name, "int", allowed=RATING_RANGE) for name in RATINGS),
            Column("expected_role", "choice", allowed=tuple(r.value for r in PartnerRole)),
            *_texts("rationale"),
            Column("source"),
        ),
    ),
    "partner_cases": Schema(
        "partner_cases",
        (
            Column("id", unique=True, pattern=r"C\d{2}", example="C03"),
            *_texts("title"),
            *_texts("text"),
            Column("source"),
        ),
    ),
    "activities": Schema(
        "activities",
        (
            Column("id", unique=True, pattern=r"A\d{2}", example="A07"),
            *_texts("title"),
            Column("step", "choice", allowed=_STEPS),
            *_texts("rationale"),
            Column("source"),
        ),
    ),
    "activity_cases": Schema(
        "activity_cases",
        (
            Column("id", unique=True, pattern=r"T\d{2}", example="T03"),
            *_texts("title"),
            Column("source"),
        ),
    ),
    "stage_cases": Schema(
        "stage_cases",
        (
            Column("id", unique=True, pattern=r"D\d{2}", example="D02"),
            *_texts("title"),
            *_texts("text"),
            Column("source"),
        ),
    ),
    "wawee_timeline": Schema(
        "wawee_timeline",
        (
            Column("id", unique=True, pattern=r"E\d{2}", example="E04"),
            Column("year", "int", minimum=2000, maximum=2030),
            *_texts("title"),
            *_texts("text"),
            Column("sets", required=False, pattern=rf"({_SIGNS})( ({_SIGNS}))*",
                   example="core_team partners_agreed"),
            Column("step", "choice", allowed=_STEPS),
            Column("phase", "choice", allowed=tuple(p.value for p in Phase)),
            Column("source"),
        ),
    ),
    "network_examples": Schema(
        "network_examples",
        (
            Column("id", unique=True, pattern=r"N\d{2}", example="N03"),
            *_texts("title"),
            *_texts("text"),
            Column("source"),
        ),
    ),
    "obstacle_remedies": Schema(
        "obstacle_remedies",
        (
            Column("id", unique=True, pattern=r"K\d{2}", example="K03"),
            *_texts("text"),
            Column("source"),
        ),
    ),
    "ties": Schema(
        "ties",
        (
            Column("id", unique=True, pattern=r"L\d{2}", example="L07"),
            Column("source", pattern=r"W\d{2}", example="W03"),
            Column("target", pattern=r"W\d{2}", example="W04"),
            Column("type", "choice", allowed=tuple(tt.value for tt in TieType)),
            Column("weight", "int", allowed=(1, 2, 3)),
            Column("directed", "bool"),
            *_texts("note"),
            Column("provenance"),
        ),
    ),
    "health_survey": Schema(
        "health_survey",
        (
            Column("member_id", unique=True, pattern=r"M\d{2}", example="M07"),
            Column("group", "choice", allowed=_GROUPS),
            *(Column(key, "int", required=False, allowed=(0, 1, 2)) for key in COMPONENT_KEYS),
            Column("comment_th", required=False),
            Column("comment_en", required=False),
            Column("provenance"),
        ),
        key="member_id",
        skip_bad_rows=True,
    ),
})
