"""An outcome challenge and its graduated progress markers, with a structural review.

Outcome Mapping (Earl, Carden & Smutylo 2001) writes one outcome challenge per boundary
partner: the ideal change in its behaviour, relationships, activities or actions. Progress
markers grade the way there by *depth of change*, not by time (Dyer 2014, OMLC): what we would
**expect** to see (early responses to the programme), **like** to see (active engagement) and
**love** to see (deep transformation). The manual's own marker counts were not verified, so
counts only give soft warnings (:data:`SOFT_COUNTS`).

Example:
    >>> review = review_outcome({
    ...     "partner": "parents", "challenge": "The network intends to see parents who ...",
    ...     "expect": ["attend the monthly gathering"], "like": [], "love": []})
    >>> review.ok, "level_missing" in review.codes("error")
    (False, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from netlab._errors import TraineeError, kind_of
from netlab.i18n import Message, problems_error, t
from netlab.partners.review import Finding, Review

__all__ = ["OUTCOME_KEYS", "SOFT_COUNTS", "MarkerLevel", "OutcomeChallenge", "review_outcome"]


class MarkerLevel(StrEnum):
    """The three levels of progress markers, from the lightest change to the deepest.

    Example:
        >>> [level.value for level in MarkerLevel]
        ['expect', 'like', 'love']
    """

    EXPECT = "expect"
    LIKE = "like"
    LOVE = "love"

    @property
    def label(self) -> str:
        """The level's name in the active language ("expect to see", ...)."""
        return t(f"partners.level.{self.value}")


#: The keys of an outcome challenge written as a dict.
OUTCOME_KEYS: tuple[str, ...] = ("partner", "challenge", *(lv.value for lv in MarkerLevel))

#: Usual numbers of markers per level (practitioner templates; a guide, never a rule).
SOFT_COUNTS: Mapping[MarkerLevel, tuple[int, int]] = MappingProxyType({
    MarkerLevel.EXPECT: (2, 5), MarkerLevel.LIKE: (2, 6), MarkerLevel.LOVE: (1, 4)})

# Words that tie a marker to a date or a duration (markers are graded by depth, not time).
_TIME = re.compile(
    r"ภายใน|ปีหน้า|สิ้นปี|ไตรมาส|(?:ปี|พ\.ศ\.)\s*25\d\d|(?:เดือน|ปี)ที่\s*\d|"
    r"(?:หลังจาก|หลัง|ใน)\s*\d+\s*(?:วัน|สัปดาห์|เดือน|ปี)|"
    r"\bwithin\b|\bby (?:the end|next|(?:19|20|25)\d\d)|\b(?:first|second|third|next) "
    r"(?:year|month|quarter|week)\b|\b(?:in|after) \d+ (?:days|weeks|months|years)\b|"
    r"\b(?:19|20|25)\d\d\b", re.IGNORECASE)
# Wording heuristics: cues of deep change (love to see) and of first responses (expect to see).
_DEEP = re.compile(
    r"เป็นแกนนำ|ริเริ่ม|ผลักดัน|นโยบาย|ขยายผล|สอนคนอื่น|ถ่ายทอด|ด้วยตนเอง|ด้วยตัวเอง|"
    r"งบประมาณของตนเอง|งบของตนเอง|เป็นพี่เลี้ยง|\blead|\binitiat|\badvocat|\bpolic(?:y|ies)\b|"
    r"\bteach(?:es)? other|\bmentor(?:s)? other|\btrain(?:s)? other|\bown budget|"
    r"\bon (?:their|its) own\b|\bwithout (?:our )?support|\bchampion", re.IGNORECASE)
_FIRST = re.compile(
    r"เข้าร่วม|มาร่วม|รับฟัง|ได้รับ|มาประชุม|ยอมให้|\battend|\btake(?:s)? part|\breceive|"
    r"\blisten|\bagree(?:s)? to meet|\bcome(?:s)? to", re.IGNORECASE)


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        kind = kind_of(value)
        raise TraineeError(t("partners.error.not_text", field=field, kind=kind))
    if not value.strip():
        raise TraineeError(t("partners.error.empty_text", field=field))
    return " ".join(value.split())


def _markers(value: object, level: MarkerLevel) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        kind = kind_of(value)
        raise TraineeError(t("partners.error.not_list", field=level.value, kind=kind))
    return tuple(_text(item, f"{level.value}[{i}]") for i, item in enumerate(value))


@dataclass(frozen=True)
class OutcomeChallenge:
    """One boundary partner's outcome challenge and its progress markers.

    Example:
        >>> oc = OutcomeChallenge.from_mapping({"partner": "W02", "challenge": "parents who",
        ...     "expect": ["come"], "like": ["do"], "love": ["lead"]})
        >>> oc.markers[MarkerLevel.LOVE]
        ('lead',)
    """

    partner: str
    challenge: str
    markers: Mapping[MarkerLevel, tuple[str, ...]]

    @classmethod
    def from_mapping(cls, data: object) -> OutcomeChallenge:
        """Read ``{"partner", "challenge", "expect", "like", "love"}`` (marker lists).

        Raises:
            ValueError: in the active language, naming every problem: not a dict, unknown or
                missing keys, a text that is empty or not text, markers that are not a list.
        """
        if not isinstance(data, Mapping):
            kind = kind_of(data)
            raise TraineeError(t("partners.error.outcome_not_mapping", got=kind,
                               keys=", ".join(OUTCOME_KEYS)))
        problems = [t("answers.unknown_key", key=repr(k), allowed=", ".join(OUTCOME_KEYS))
                    for k in data if k not in OUTCOME_KEYS]
        missing = [k for k in OUTCOME_KEYS if k not in data]
        if missing:
            problems.append(t("answers.missing_key", keys=", ".join(missing)))
        values: dict[str, object] = {}
        for key in OUTCOME_KEYS:
            if key not in data:
                continue
            try:
                values[key] = (_text(data[key], key) if key in ("partner", "challenge")
                               else _markers(data[key], MarkerLevel(key)))
            except ValueError as exc:
                problems.append(str(exc))
        if problems:
            raise problems_error("partners.error.outcome_header", problems)
        markers = {level: values[level.value] for level in MarkerLevel}
        return cls(str(values["partner"]), str(values["challenge"]),
                   MappingProxyType(markers))  # type: ignore[arg-type]


def _norm(text: str) -> str:
    return re.sub(r"[\s\W_]+", " ", text.casefold()).strip()


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _duplicates(oc: OutcomeChallenge) -> list[Finding]:
    seen: dict[str, MarkerLevel] = {}
    found: list[Finding] = []
    challenge = _norm(oc.challenge)
    for level in MarkerLevel:
        for marker in oc.markers[level]:
            key = _norm(marker)
            if key == challenge:
                found.append(Finding("warning", "marker_is_challenge", Message(
                    "partners.review.marker_is_challenge", {"marker": _short(marker)})))
            if key in seen:
                found.append(Finding("error", "duplicate", Message(
                    "partners.review.duplicate", {"marker": _short(marker),
                                                  "first": Message(f"partners.level.{seen[key]}"),
                                                  "level": Message(f"partners.level.{level}")})))
            else:
                seen[key] = level
    return found


def _depth(oc: OutcomeChallenge) -> list[Finding]:
    found: list[Finding] = []
    for marker in oc.markers[MarkerLevel.EXPECT]:
        if _DEEP.search(marker):
            found.append(Finding("warning", "too_deep_for_expect", Message(
                "partners.review.too_deep", {"marker": _short(marker)})))
    for marker in oc.markers[MarkerLevel.LOVE]:
        if _FIRST.search(marker) and not _DEEP.search(marker):
            found.append(Finding("warning", "too_shallow_for_love", Message(
                "partners.review.too_shallow", {"marker": _short(marker)})))
    for level in MarkerLevel:
        for marker in oc.markers[level]:
            if _TIME.search(marker):
                found.append(Finding("warning", "time_words", Message(
                    "partners.review.time_words", {"marker": _short(marker)})))
    return found


def review_outcome(data: object, *, names: Iterable[str] = ()) -> Review:
    """Review an outcome challenge and its markers: what is missing or misplaced.

    Errors: a malformed dict, a missing level, duplicated markers. Warnings (soft): counts
    outside :data:`SOFT_COUNTS`, a challenge that does not name the partner, markers tied to
    dates or durations, markers whose wording suggests another level (a heuristic).

    Args:
        data: a dict as :meth:`OutcomeChallenge.from_mapping` reads it.
        names: other names of the partner that count as naming it in the challenge (e.g. the
            Thai and English names of a dataset actor whose id is the ``partner``).

    Example:
        >>> r = review_outcome({"partner": "parents",
        ...     "challenge": "We intend to see parents who care for their child at home.",
        ...     "expect": ["attend the CBR gathering", "ask questions"],
        ...     "like": ["do exercises at home", "share tips"],
        ...     "love": ["lead a parents' group", "attend meetings"]})
        >>> r.ok, r.codes("warning")
        (True, ['too_shallow_for_love'])
    """
    try:
        oc = OutcomeChallenge.from_mapping(data)
    except ValueError as exc:
        return Review(t("partners.review.outcome"), (
            Finding("error", "malformed", Message("partners.review.malformed",
                                                  {"error": str(exc)})),))
    findings: list[Finding] = []
    challenge = _norm(oc.challenge)
    wanted = [_norm(n) for n in (oc.partner, *names)]
    if not any(n and n in challenge for n in wanted):
        findings.append(Finding("warning", "partner_not_named", Message(
            "partners.review.partner_not_named", {"partner": oc.partner})))
    for level in MarkerLevel:
        count = len(oc.markers[level])
        low, high = SOFT_COUNTS[level]
        label = Message(f"partners.level.{level}")
        if count == 0:
            findings.append(Finding("error", "level_missing", Message(
                "partners.review.level_missing", {"level": label})))
        elif not low <= count <= high:
            findings.append(Finding("warning", "count", Message(
                "partners.review.count", {"level": label, "count": count, "low": low,
                                          "high": high})))
    findings += _duplicates(oc)
    findings += _depth(oc)
    if not any(f.severity == "error" for f in findings):
        total = sum(len(m) for m in oc.markers.values())
        findings.insert(0, Finding("ok", "complete", Message(
            "partners.review.complete", {"count": total})))
    return Review(t("partners.review.outcome_of", partner=oc.partner), tuple(findings))
